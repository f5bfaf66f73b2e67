import type { CollectionSlug, FieldHook, TextField, Validate } from 'payload'

import { checkSlugFormat, numberedSlug, slugify } from '../lib/slug'

/**
 * A `slug` text field, unique in its collection. Left empty, it is generated from `fromField`
 * (the Chinese title) as toneless pinyin, numbered (`-2`, `-3`…) when taken. A typed slug must be
 * well formed and free; otherwise saving is refused with a message saying what to change.
 */
export function slugField(fromField = 'title'): TextField {
  return {
    name: 'slug',
    type: 'text',
    label: { zh: '网址别名', en: 'Slug' },
    unique: true,
    index: true,
    // Not `required` in the schema (it is generated when left empty); validateSlug insists on one.
    admin: {
      position: 'sidebar',
      description: {
        zh: '用于网址，留空则根据标题自动生成拼音，例如 lao-mo-feng-cai。',
        en: 'Used in URLs; left empty it is generated from the title as pinyin.',
      },
    },
    // A copy (Payload's duplicate) gets a slug of its own, generated from its title; Payload's
    // default ("<slug> - Copy") is not a valid slug and made every duplicate fail.
    hooks: { beforeValidate: [generateSlug(fromField)], beforeDuplicate: [() => null] },
    validate: validateSlug,
  }
}

const generateSlug =
  (fromField: string): FieldHook =>
  async ({ value, data, originalDoc, collection, req }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim().toLowerCase()
    const source = data?.[fromField] ?? originalDoc?.[fromField]
    if (typeof source !== 'string' || source.trim() === '' || !collection) return value
    const base = slugify(source) || 'untitled'
    for (let n = 1; n < 1000; n++) {
      const candidate = n === 1 ? base : numberedSlug(base, n)
      const taken = await req.payload.count({
        collection: collection.slug as CollectionSlug,
        where: {
          and: [{ slug: { equals: candidate } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])],
        },
        req,
      })
      if (taken.totalDocs === 0) return candidate
    }
    return `${base}-${Date.now().toString(36)}`
  }

const validateSlug: Validate<string> = async (value, { collectionSlug, id, req }) => {
  const format = checkSlugFormat(value)
  if (format !== true) return format
  if (!collectionSlug) return true
  const taken = await req.payload.count({
    collection: collectionSlug as CollectionSlug,
    where: { and: [{ slug: { equals: value } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
    req,
  })
  return taken.totalDocs === 0 ? true : `网址别名「${value}」已被使用，请换一个（例如在末尾加 -2）。`
}
