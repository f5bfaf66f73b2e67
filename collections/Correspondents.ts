import type { CollectionConfig } from 'payload'

import { contactDetailsField, correspondentsAccess } from '../src/access'
import { assignCreatorUnit, keepRosterInReach } from '../src/access/units'
import { CORRESPONDENTS, ORGANIZATIONS } from './slugs'

/**
 * 通讯员名册: the part-time correspondents in the units who send the office their pieces. Their
 * names match the bylines (署名 · 通讯员) of the pieces, so the output statistics (src/stats)
 * count each correspondent's pieces under their unit. Contact details are the office's only: read
 * by editors and above, never by reporters, anonymous readers or the public site.
 */
export const Correspondents: CollectionConfig = {
  slug: CORRESPONDENTS,
  labels: { singular: { zh: '通讯员', en: 'Correspondent' }, plural: { zh: '通讯员名册', en: 'Correspondents' } },
  access: correspondentsAccess,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'organization', 'active', 'phone'],
    listSearchableFields: ['name'],
    group: { zh: '分类与目录', en: 'Catalogs' },
    description: { zh: '署名中的通讯员按姓名（同名时按单位）与名册对应，计入稿件统计。联系方式仅责编及以上可见。', en: 'Bylines are matched to the roster by name (and unit) for the output statistics.' },
  },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', required: true, index: true, label: { zh: '姓名', en: 'Name' } },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: ORGANIZATIONS,
      // Not required: a unit deleted later leaves its correspondents in the roster without one
      // (a required column would make deleting the unit fail).
      index: true,
      label: { zh: '所在单位', en: 'Unit' },
      admin: { description: { zh: '同名通讯员按单位区分。', en: 'Tells namesakes apart.' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', label: { zh: '电话', en: 'Phone' }, access: { read: contactDetailsField }, admin: { width: '50%' } },
        { name: 'email', type: 'email', label: { zh: '电子邮箱', en: 'E-mail' }, access: { read: contactDetailsField }, admin: { width: '50%' } },
      ],
    },
    { name: 'address', type: 'text', label: { zh: '通讯地址', en: 'Address' }, access: { read: contactDetailsField } },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      label: { zh: '在册', en: 'Active' },
      admin: { position: 'sidebar', description: { zh: '不再担任通讯员时取消勾选（保留其历史统计）。', en: 'Untick when they stop (their past counts stay).' } },
    },
    { name: 'note', type: 'textarea', label: { zh: '备注', en: 'Note' }, access: { read: contactDetailsField } },
  ],
  // A new entry without a unit gets its writer's; entries stay within the writer's reach.
  hooks: { beforeValidate: [assignCreatorUnit], beforeChange: [keepRosterInReach] },
}
