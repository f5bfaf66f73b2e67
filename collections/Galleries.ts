import type { CollectionConfig } from 'payload'

import { adoptedByField, coverField, organizationField, publishedAtField, summaryField, topicsField } from '../src/fields/common'
import { adaptedFromField } from '../src/federation/fields'
import { createdByField, publishableAccess, publishableAdminComponents, publishableHooks, publishableVersions, reviewFields } from '../src/fields/publishable'
import { slugField } from '../src/fields/slug'
import { withoutLayoutMarks } from '../src/media/embeddedText'
import { addPhotosField, appendBulkPhotos } from '../src/media/galleryBulkAdd'
import { KINDS } from '../src/kinds'
import { wechatEndpoints } from '../src/wechat/endpoints'
import { wechatFields } from '../src/wechat/fields'
import { signoffEndpoint } from '../src/workflow/signoff'
import { GALLERIES, MEDIA } from './slugs'

/** Photo galleries (图集 / 图片新闻): an ordered list of photos with per-use captions. */
export const Galleries: CollectionConfig = {
  slug: GALLERIES,
  labels: KINDS[GALLERIES].labels,
  access: publishableAccess,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'organization', '_status', 'publishedAt', 'updatedAt'],
    group: { zh: '内容', en: 'Content' },
    components: publishableAdminComponents,
  },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, label: { zh: '标题', en: 'Title' } },
    summaryField,
    coverField('cover', '封面图（留空则用第一张）'),
    addPhotosField,
    {
      name: 'items',
      type: 'array',
      label: { zh: '图片', en: 'Photos' },
      labels: { singular: { zh: '图片', en: 'Photo' }, plural: { zh: '图片', en: 'Photos' } },
      admin: { description: { zh: '拖动调整顺序；说明和署名留空时使用图片库中的内容。', en: 'Drag to reorder.' } },
      fields: [
        { name: 'photo', type: 'upload', relationTo: MEDIA, required: true, label: { zh: '图片', en: 'Photo' } },
        {
          name: 'caption',
          type: 'textarea',
          label: { zh: '图片说明（本图集）', en: 'Caption (this gallery)' },
          hooks: { beforeChange: [withoutLayoutMarks] },
        },
        { name: 'credit', type: 'text', label: { zh: '署名（本图集）', en: 'Credit (this gallery)' }, hooks: { beforeChange: [withoutLayoutMarks] } },
      ],
    },
    ...reviewFields,
    ...wechatFields,
    slugField('title'),
    publishedAtField,
    topicsField,
    organizationField(),
    adoptedByField(),
    adaptedFromField(),
    createdByField,
  ],
  endpoints: [signoffEndpoint(GALLERIES), ...wechatEndpoints(GALLERIES)],
  // Bulk-added photos join the items before anything validates or checks them.
  hooks: { ...publishableHooks, beforeValidate: [...(publishableHooks?.beforeValidate ?? []), appendBulkPhotos] },
  versions: publishableVersions,
}
