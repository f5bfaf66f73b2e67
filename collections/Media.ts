import type { CollectionConfig } from 'payload'

import { isEditorOrAbove, isStaff, publicMediaOrStaff } from '../src/access'
import { assignCreatorUnit, withinReach } from '../src/access/units'
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
import { guardPhotoChange, photoChangeLogField, refuseDeletingLivePhoto, republishAfterPhotoDelete, republishLivePhoto } from '../src/workflow/photoChanges'
import { keepCreatedBy } from '../src/workflow/enforceReviewChain'
import { MEDIA, MODEL_WORKERS, USERS } from './slugs'

export { IMAGE_SIZES } from '../src/media/derivatives'

/**
 * Photos (and video files) with their caption, credit and provenance. Uploads are checked, cleaned
 * of metadata and rendered into sizes by the hooks in `src/media/uploadHooks.ts`; the sizes are
 * not Payload's `imageSizes` (see `src/media/sizesField.ts`).
 */
export const Media: CollectionConfig = {
  slug: MEDIA,
  labels: { singular: { zh: '图片与视频', en: 'Media' }, plural: { zh: '图片与视频库', en: 'Media' } },
  // Reading: staff, or anyone for photos the site shows. Changing a photo the site shows: see
  // src/workflow/photoChanges.ts (editors and above, logged, republished). Staff change only the
  // photos of the units they reach (src/access/units.ts).
  access: { read: publicMediaOrStaff, create: isStaff, update: withinReach(isStaff), delete: withinReach(isEditorOrAbove) },
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
    {
      name: 'publicUse',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '公开使用', en: 'For public use' },
      // Who may set it: src/workflow/photoChanges.ts (editors and above; a refusal, not a silent drop).
      admin: {
        position: 'sidebar',
        description: {
          zh: '不勾选时，图片只在被已发布内容使用后才对外公开；仅用于草稿的图片（如尚未取得同意的肖像）只有单位内部可见。由责编以上设置。',
          en: 'Unticked: the photo is public only once something published uses it.',
        },
      },
    },
    // Who uploaded it: set once by the server (src/workflow/photoChanges.ts lets reporters change
    // only their own photos).
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: USERS,
      label: { zh: '上传人', en: 'Uploaded by' },
      index: true,
      access: { read: ({ req: { user } }) => Boolean(user) },
      admin: { position: 'sidebar', readOnly: true },
      hooks: { beforeChange: [keepCreatedBy] },
    },
    // Kept by src/media/usage.ts: which live documents show this photo. Not editable.
    { name: 'usedByPublished', type: 'checkbox', index: true, label: { zh: '已用于发布内容', en: 'Used on the site' }, access: { create: () => false, update: () => false }, admin: { position: 'sidebar', readOnly: true } },
    { name: 'usedBy', type: 'text', access: { read: ({ req: { user } }) => Boolean(user), create: () => false, update: () => false }, admin: { hidden: true } },
    photoChangeLogField,
    sizesField(MEDIA),
  ],
  hooks: {
    beforeOperation: [refuseUnsafeUploads],
    beforeValidate: [assignCreatorUnit],
    beforeChange: [guardPhotoChange, fillCaptionFromMetadata, renderSizes],
    afterChange: [removeReplacedFiles, republishLivePhoto],
    beforeDelete: [refuseDeletingLivePhoto],
    afterDelete: [removeDerivativeFiles, republishAfterPhotoDelete],
  },
}
