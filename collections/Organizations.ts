import type { CollectionConfig } from 'payload'

import { anyone, isAdmin, isEditorOrAbove } from '../src/access'
import { keepUnitsInReach, withinReach } from '../src/access/units'
import { syncLiveMediaOfCatalog, syncLiveMediaOnDelete } from '../src/media/usage'
import { queuePublishOnDelete, queuePublishOnSupportChange } from '../src/publish/queue'
import { coverField, regionField } from '../src/fields/common'
import { ORGANIZATION_LEVELS } from '../src/fields/options'
import { slugField } from '../src/fields/slug'
import { siteField } from '../src/site/siteField'
import { ORGANIZATIONS } from './slugs'

export const Organizations: CollectionConfig = {
  slug: ORGANIZATIONS,
  labels: { singular: { zh: '工会组织', en: 'Organization' }, plural: { zh: '工会组织', en: 'Organizations' } },
  // Organizations are also the units users and documents belong to (src/access/README.md): a
  // unit's editors keep the units below their own.
  access: {
    read: anyone,
    create: isEditorOrAbove,
    update: withinReach(isEditorOrAbove, { field: 'id', unitless: false }),
    delete: withinReach(isAdmin, { field: 'id', unitless: false }),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'shortName', 'level', 'parent'],
    group: { zh: '分类与目录', en: 'Catalogs' },
  },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: { zh: '名称', en: 'Name' }, admin: { placeholder: '例如：某某市总工会' } },
    { name: 'shortName', type: 'text', label: { zh: '简称', en: 'Short name' } },
    slugField('name'),
    { name: 'level', type: 'select', required: true, options: ORGANIZATION_LEVELS, label: { zh: '层级', en: 'Level' } },
    regionField,
    {
      name: 'parent',
      type: 'relationship',
      relationTo: ORGANIZATIONS,
      label: { zh: '上级组织', en: 'Parent organization' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    coverField('logo', '标志'),
    { name: 'description', type: 'textarea', label: { zh: '简介', en: 'Description' } },
    siteField,
  ],
  hooks: { beforeChange: [keepUnitsInReach], afterChange: [queuePublishOnSupportChange, syncLiveMediaOfCatalog], afterDelete: [queuePublishOnDelete, syncLiveMediaOnDelete] },
}
