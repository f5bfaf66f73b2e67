/**
 * Bulk-adding photos to a gallery. The `addPhotos` field is a many-photo picker in the admin (pick
 * several from the library, or drop several files at once: Payload's bulk upload); it is not
 * stored (`virtual`). On save the picked photos are appended to the gallery's items, in the order
 * picked, skipping photos already in the gallery, and the picker is emptied.
 */
import type { CollectionBeforeValidateHook, Field } from 'payload'

import type { Gallery } from '../../payload-types'
import { MEDIA } from '../../collections/slugs'
import { idOf } from '../lib/relations'

type Item = NonNullable<Gallery['items']>[number]

export const addPhotosField: Field = {
  name: 'addPhotos',
  type: 'upload',
  relationTo: MEDIA,
  hasMany: true,
  virtual: true,
  label: { zh: '批量添加图片', en: 'Add photos' },
  admin: {
    description: {
      zh: '从图片库中多选，或一次拖入多个文件上传；保存后按顺序追加到下方图片列表，已在图集中的图片不会重复添加。',
      en: 'Pick several photos or upload several files; on save they are appended to the list below.',
    },
  },
}

export const appendBulkPhotos: CollectionBeforeValidateHook<Gallery> = ({ data, originalDoc }) => {
  if (!data) return data
  const picked = Array.isArray(data.addPhotos) ? data.addPhotos : []
  delete data.addPhotos
  if (picked.length === 0) return data
  const items: Item[] = Array.isArray(data.items) ? [...data.items] : Array.isArray(originalDoc?.items) ? [...originalDoc.items] : []
  const present = new Set(items.map((item) => String(idOf(item.photo))))
  for (const photo of picked) {
    const id = idOf(photo)
    if (id === null || present.has(String(id))) continue
    present.add(String(id))
    // An id is a number on SQLite and a string on MongoDB; the generated type knows only the first.
    items.push({ photo: id as number })
  }
  data.items = items
  return data
}
