import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { MEDIA } from '../../collections/slugs'
import type { SiteDoc } from '../site/context'
import { collectMediaRefs } from './mediaRefs'

/**
 * Refuse to publish a document that shows a photo without alt text, listing every such photo, so
 * nothing reaches readers who cannot see the picture without a description. Drafts may use any
 * photo. Video files are exempt (they carry a poster, which is a photo and is checked).
 */
export const requireAltOnPublish: CollectionBeforeChangeHook<SiteDoc> = async ({ data, collection, req }) => {
  if (data?._status !== 'published') return data
  const refs = collectMediaRefs(collection.fields, data)
  if (refs.length === 0) return data
  const ids = [...new Set(refs.map((r) => r.id))]
  const { docs } = await req.payload.find({
    collection: MEDIA,
    where: { id: { in: ids } },
    limit: ids.length,
    depth: 0,
    pagination: false,
    req,
  })
  const missing = docs.filter((m) => (m.mimeType ?? '').startsWith('image/') && !m.alt?.trim())
  if (missing.length === 0) return data
  const missingIds = new Set(missing.map((m) => m.id))
  const names = missing.map((m) => m.filename ?? String(m.id)).join('、')
  throw new ValidationError({
    collection: collection.slug,
    req,
    errors: refs
      .filter((r) => missingIds.has(r.id as never))
      .map((r) => ({
        path: r.path,
        message: `以下图片缺少替代文字（alt），请先在图片库中补充后再发布：${names}`,
      })),
  })
}
