import type { CollectionConfig } from 'payload'

import { anyone, isAdmin, isEditorOrAbove } from '../src/access'
import { federationDeletesHonors, federationKeepsHonors } from '../src/access/shared'
import { queuePublishOnDelete, queuePublishOnSupportChange } from '../src/publish/queue'
import { HONOR_LEVELS, RECIPIENT_TYPES } from '../src/fields/options'
import { HONORS } from './slugs'

/**
 * The honour catalog: 全国劳动模范, 全国五一劳动奖章, 工人先锋号, local craftsman titles… Shared by the
 * federation (issue 17): everyone reads it, the federation's editors keep it (src/access/shared.ts).
 */
export const Honors: CollectionConfig = {
  slug: HONORS,
  labels: { singular: { zh: '荣誉', en: 'Honor' }, plural: { zh: '荣誉目录', en: 'Honors' } },
  access: { read: anyone, create: isEditorOrAbove, update: isEditorOrAbove, delete: isAdmin },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'level', 'recipientType', 'awardingBody'],
    group: { zh: '分类与目录', en: 'Catalogs' },
  },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: { zh: '荣誉名称', en: 'Name' }, admin: { placeholder: '例如：全国五一劳动奖章' } },
    { name: 'level', type: 'select', required: true, options: HONOR_LEVELS, label: { zh: '级别', en: 'Level' } },
    {
      name: 'recipientType',
      type: 'select',
      required: true,
      defaultValue: 'individual',
      options: RECIPIENT_TYPES,
      label: { zh: '授予对象', en: 'Recipient type' },
    },
    { name: 'awardingBody', type: 'text', label: { zh: '授予机构', en: 'Awarding body' }, admin: { placeholder: '例如：中华全国总工会' } },
    { name: 'description', type: 'textarea', label: { zh: '说明', en: 'Description' } },
  ],
  hooks: { beforeChange: [federationKeepsHonors], beforeDelete: [federationDeletesHonors], afterChange: [queuePublishOnSupportChange], afterDelete: [queuePublishOnDelete] },
}
