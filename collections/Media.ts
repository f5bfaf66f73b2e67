import type { CollectionConfig } from 'payload'

import { anyone, isEditorOrAbove, isStaff } from '../src/access'
import { organizationField } from '../src/fields/common'
import { mediaDir } from '../src/lib/paths'
import { MEDIA, MODEL_WORKERS } from './slugs'

/** Derivative sizes. Names are used by the public site's `srcset`. */
export const IMAGE_SIZES = [
  { name: 'thumbnail', width: 320, height: 240 },
  { name: 'card', width: 640, height: 427 },
  { name: 'feature', width: 1024, height: undefined },
  { name: 'hero', width: 1920, height: 1080 },
  { name: 'social', width: 1200, height: 630 },
] as const

/** Photos (and video files) with their caption, credit and provenance. */
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
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'video/mp4', 'video/webm'],
    focalPoint: true,
    crop: true,
    pasteURL: false,
    adminThumbnail: 'thumbnail',
    imageSizes: IMAGE_SIZES.map(({ name, width, height }) => ({
      name,
      width,
      height,
      position: 'centre',
      withoutEnlargement: true,
      formatOptions: { format: 'webp', options: { quality: 80 } },
    })),
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: { zh: '替代文字（alt）', en: 'Alt text' },
      admin: { description: { zh: '为看不到图片的读者描述画面内容；发布引用此图的稿件前必须填写。', en: 'Required before a published document may use the photo.' } },
    },
    { name: 'caption', type: 'textarea', label: { zh: '图片说明', en: 'Caption' } },
    { name: 'credit', type: 'text', label: { zh: '署名（摄影 / 提供）', en: 'Credit' }, admin: { placeholder: '例如：摄影 王某' } },
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
  ],
}
