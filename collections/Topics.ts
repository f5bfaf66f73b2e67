import type { CollectionConfig } from 'payload'

import { anyone, isAdmin, isEditorOrAbove } from '../src/access'
import { syncLiveMediaOfCatalog, syncLiveMediaOnDelete } from '../src/media/usage'
import { queuePublishOnDelete, queuePublishOnSupportChange } from '../src/publish/queue'
import { slugField } from '../src/fields/slug'
import { ORGANIZATIONS, TOPICS } from './slugs'

export const Topics: CollectionConfig = {
  slug: TOPICS,
  labels: { singular: { zh: '栏目', en: 'Topic' }, plural: { zh: '栏目', en: 'Topics' } },
  access: { read: anyone, create: isEditorOrAbove, update: isEditorOrAbove, delete: isAdmin },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'order'], group: { zh: '分类与目录', en: 'Catalogs' } },
  defaultSort: 'order',
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: { zh: '栏目名称', en: 'Name' } },
    slugField('name'),
    { name: 'description', type: 'textarea', label: { zh: '栏目介绍', en: 'Description' } },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: ORGANIZATIONS,
      label: { zh: '所属单位', en: 'Unit' },
      admin: { position: 'sidebar', description: { zh: '单位自己的栏目只在该单位的网站上显示；不填则为全站栏目。', en: "A unit's own topic, shown on its site only." } },
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 100,
      label: { zh: '排序', en: 'Order' },
      admin: { position: 'sidebar', description: { zh: '数字小的排在前面。', en: 'Lower comes first.' } },
    },
  ],
  hooks: { afterChange: [queuePublishOnSupportChange, syncLiveMediaOfCatalog], afterDelete: [queuePublishOnDelete, syncLiveMediaOnDelete] },
}
