import type { CollectionConfig } from 'payload'

import { anyone, isEditorOrAbove, isStaff } from '../src/access'
import { organizationField } from '../src/fields/common'
import { mediaDir } from '../src/lib/paths'
import { withoutLayoutMarks } from '../src/media/embeddedText'
import { acceptedMimeTypes } from '../src/media/identify'
import { sizesField } from '../src/media/sizesField'
import {
  fillCaptionFromMetadata,
  refuseUnsafeUploads,
  removeDerivativeFiles,
  removeReplacedFiles,
  renderSizes,
} from '../src/media/uploadHooks'
import { MEDIA, MODEL_WORKERS } from './slugs'

export { IMAGE_SIZES } from '../src/media/derivatives'

/**
 * Photos (and video files) with their caption, credit and provenance. Uploads are checked, cleaned
 * of metadata and rendered into sizes by the hooks in `src/media/uploadHooks.ts`; the sizes are
 * not Payload's `imageSizes` (see `src/media/sizesField.ts`).
 */
export const Media: CollectionConfig = {
  slug: MEDIA,
  labels: { singular: { zh: '图片与视频', en: 'Media' }, plural: { zh: '图片与视频库', en: 'Media' } },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isEditorOrAbove },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'alt', 'caption', 'credit', 'takenAt'],
    listSearchableFields: ['filename', 'alt', 'caption', 'credit', 'event'],
    group: { zh: '内容', en: 'Content' },
  },
  upload: {
    staticDir: mediaDir,
    mimeTypes: acceptedMimeTypes(),
    focalPoint: true,
    crop: true,
    pasteURL: false,
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: { zh: '替代文字（alt）', en: 'Alt text' },
      admin: { description: { zh: '为看不到图片的读者描述画面内容；发布引用此图的稿件前必须填写。', en: 'Required before a published document may use the photo.' } },
    },
    {
      name: 'caption',
      type: 'textarea',
      label: { zh: '图片说明', en: 'Caption' },
      admin: { description: { zh: '留空时自动读取照片自带的说明（IPTC/EXIF）。', en: 'Empty: read from the photo’s own metadata.' } },
      hooks: { beforeChange: [withoutLayoutMarks] },
    },
    {
      name: 'credit',
      type: 'text',
      label: { zh: '署名（摄影 / 提供）', en: 'Credit' },
      admin: { placeholder: '例如：摄影 王某' },
      hooks: { beforeChange: [withoutLayoutMarks] },
    },
    {
      type: 'row',
      fields: [
        { name: 'takenAt', type: 'date', label: { zh: '拍摄日期', en: 'Taken on' }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } } },
        { name: 'place', type: 'text', label: { zh: '拍摄地点', en: 'Place' } },
        { name: 'event', type: 'text', label: { zh: '活动', en: 'Event' } },
      ],
    },
    {
      name: 'people',
      type: 'relationship',
      relationTo: MODEL_WORKERS,
      hasMany: true,
      label: { zh: '画面中的劳模工匠', en: 'People shown' },
    },
    organizationField(),
    sizesField(MEDIA),
  ],
  hooks: {
    beforeOperation: [refuseUnsafeUploads],
    beforeChange: [fillCaptionFromMetadata, renderSizes],
    afterChange: [removeReplacedFiles],
    afterDelete: [removeDerivativeFiles],
  },
}
