import type { Field } from 'payload'

import { USERS } from '../../collections/slugs'
import { BYLINE_ROLE_OPTIONS, CREDIT_ROLE_OPTIONS } from './options'

/** Fields of pieces first printed in a newspaper (articles and yearly reviews): who wrote them, where they ran, who edited the page. */
export const bylinesField: Field = {
  name: 'bylines',
  type: 'array',
  label: { zh: '署名', en: 'Bylines' },
  labels: { singular: { zh: '署名', en: 'Byline' }, plural: { zh: '署名', en: 'Bylines' } },
  admin: { initCollapsed: false },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'role', type: 'select', options: BYLINE_ROLE_OPTIONS, label: { zh: '身份', en: 'Role' }, admin: { width: '30%' } },
        { name: 'name', type: 'text', required: true, label: { zh: '姓名', en: 'Name' }, admin: { width: '35%' } },
        { name: 'user', type: 'relationship', relationTo: USERS, label: { zh: '关联用户', en: 'User' }, admin: { width: '35%' } },
      ],
    },
  ],
}

export const sourceField: Field = {
  name: 'source',
  type: 'group',
  label: { zh: '见报信息', en: 'Print source' },
  admin: { description: { zh: '首发于报纸的稿件填写：报纸名称、版次、日期。', en: 'For pieces first printed in a newspaper.' } },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'publication', type: 'text', label: { zh: '报纸', en: 'Publication' } },
        { name: 'page', type: 'text', label: { zh: '版次', en: 'Page' } },
        { name: 'issueDate', type: 'date', label: { zh: '出版日期', en: 'Issue date' }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } } },
      ],
    },
  ],
}

export const creditsField: Field = {
  name: 'credits',
  type: 'array',
  label: { zh: '版面署名（编委/版式/责编/终审）', en: 'Editorial credits' },
  labels: { singular: { zh: '版面署名', en: 'Credit' }, plural: { zh: '版面署名', en: 'Credits' } },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'role', type: 'select', required: true, options: CREDIT_ROLE_OPTIONS, label: { zh: '职责', en: 'Role' } },
        { name: 'name', type: 'text', required: true, label: { zh: '姓名', en: 'Name' } },
      ],
    },
  ],
}
