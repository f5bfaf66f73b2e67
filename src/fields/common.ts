import type { Field } from 'payload'

import { MEDIA, ORGANIZATIONS, TOPICS } from '../../collections/slugs'
import { isStaffField } from '../access'

/** Date the piece went (or goes) public; shown in lists and used for ordering. */
export const publishedAtField: Field = {
  name: 'publishedAt',
  type: 'date',
  label: { zh: '发布时间', en: 'Published at' },
  index: true,
  admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } },
  hooks: {
    // Fill the date the first time a document is published, unless an editor chose one.
    beforeChange: [
      ({ value, siblingData }) =>
        value ?? (siblingData?._status === 'published' ? new Date().toISOString() : value),
    ],
  },
}

export const organizationField = (required = false): Field => ({
  name: 'organization',
  type: 'relationship',
  relationTo: ORGANIZATIONS,
  label: { zh: '所属单位', en: 'Organization' },
  required,
  index: true,
  admin: { position: 'sidebar' },
})

/**
 * 采用 (issue 17): the units above that adopted this piece — it shows on their sites too, as the
 * same document, with 来源 naming its own unit. Written only by the adopt action
 * (src/federation), which sets `req.context.adoptAction`; no form or request can set it, and the
 * review chain does not count it as an edit (src/workflow/enforceReviewChain.ts NON_CONTENT).
 */
export const adoptedByField = (): Field => ({
  name: 'adoptedBy',
  type: 'relationship',
  relationTo: ORGANIZATIONS,
  hasMany: true,
  index: true,
  label: { zh: '已被采用', en: 'Adopted by' },
  access: {
    create: () => false,
    update: ({ req }) => req.context.adoptAction === true,
  },
  // Shown once adopted: empty, a read-only relationship would read 「选择一个值」 on every piece.
  admin: { position: 'sidebar', readOnly: true, condition: (data) => Array.isArray(data?.adoptedBy) && data.adoptedBy.length > 0, description: { zh: '上级单位采用后，本稿也在其网站上显示（来源：本单位）。', en: 'Units above that adopted this piece; it shows on their sites too.' } },
})

export const topicsField: Field = {
  name: 'topics',
  type: 'relationship',
  relationTo: TOPICS,
  hasMany: true,
  label: { zh: '栏目', en: 'Topics' },
  admin: { position: 'sidebar' },
}

export const summaryField: Field = {
  name: 'summary',
  type: 'textarea',
  label: { zh: '摘要', en: 'Summary' },
  maxLength: 400,
  admin: { description: { zh: '列表和分享时显示，400 字以内。', en: 'Shown in lists and shares, at most 400 characters.' } },
}

export const coverField = (name = 'cover', zh = '封面图'): Field => ({
  name,
  type: 'upload',
  relationTo: MEDIA,
  label: { zh, en: name === 'cover' ? 'Cover image' : name },
})

export const seoField: Field = {
  name: 'seo',
  type: 'group',
  label: { zh: '搜索与分享（SEO）', en: 'SEO' },
  admin: { description: { zh: '留空则使用标题和摘要。', en: 'Empty fields fall back to title and summary.' } },
  fields: [
    { name: 'title', type: 'text', label: { zh: 'SEO 标题', en: 'SEO title' }, maxLength: 120 },
    { name: 'description', type: 'textarea', label: { zh: 'SEO 描述', en: 'SEO description' }, maxLength: 300 },
  ],
}

/** Content hash of the newspaper text a draft was imported from; re-importing it updates that draft. */
export const importHashField: Field = {
  name: 'importHash',
  type: 'text',
  index: true,
  label: { zh: '导入来源指纹', en: 'Import hash' },
  access: { read: isStaffField },
  admin: {
    position: 'sidebar',
    readOnly: true,
    condition: (data) => Boolean(data?.importHash),
    description: { zh: '由报纸文本导入时生成；再次导入同一文本会更新本稿。', en: 'Set by the newspaper importer.' },
  },
}

/** Province, city and district, for organizations and model workers (the directory filters by city). */
export const regionField: Field = {
  name: 'region',
  type: 'group',
  label: { zh: '地区', en: 'Region' },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'province', type: 'text', label: { zh: '省', en: 'Province' } },
        { name: 'city', type: 'text', label: { zh: '市', en: 'City' } },
        { name: 'district', type: 'text', label: { zh: '区县', en: 'District' } },
      ],
    },
  ],
}
