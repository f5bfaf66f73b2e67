/**
 * Which photos are live: used by something the public site shows (a published document, an
 * organization's logo…). A live photo is readable without a login and changes to it go through the
 * rules in src/workflow/photoChanges.ts; a photo used only by drafts (the portrait of a worker whose
 * profile waits for publication consent) stays inside the office.
 *
 * Each media document keeps the list of live documents that use it (`usedBy`, tokens
 * `|articles:12|`) and a flag for queries (`usedByPublished`). The list is brought up to date
 * whenever a document's live state changes — publish, edit while live, unpublish, version restore,
 * delete — by the hooks below, and in full on start for databases written before the list existed.
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionSlug,
  Field,
  Payload,
  PayloadRequest,
} from 'payload'

import type { Organization, Topic } from '../../payload-types'
import { MEDIA, ORGANIZATIONS, PUBLISHABLE, TOPICS } from '../../collections/slugs'
import type { SiteDoc } from '../site/context'
import { collectMediaRefs } from './mediaRefs'

/** Collections whose every document is public (catalogs shown on the site): their photos are live. */
export const ALWAYS_PUBLIC: readonly string[] = [ORGANIZATIONS, TOPICS]

const token = (collection: string, id: unknown) => `|${collection}:${String(id)}|`

const parseTokens = (usedBy: unknown): string[] =>
  typeof usedBy === 'string' ? usedBy.split('|').filter(Boolean).map((t) => `|${t}|`) : []

/** The stored form of a photo's live list: `|articles:12|topics:3|`, sorted, and its flag. */
const usageData = (tokens: Set<string>) => {
  const usedBy = [...tokens].sort().join('').replace(/\|\|/g, '|')
  return { usedBy: usedBy || null, usedByPublished: tokens.size > 0 }
}

type MediaUsage = { id: number | string; usedBy?: string | null; usedByPublished?: boolean | null }

/**
 * Record that `collection:id` now shows exactly the photos `liveIds` on the site (empty: it shows
 * none any more). Writes only the media documents whose list changes, through the database
 * adapter: this is bookkeeping, not an edit of the photo (no new `updatedAt`, no hooks, no log).
 */
export async function setLiveMediaOf(payload: Payload, collection: string, id: unknown, liveIds: Iterable<string | number>, req?: PayloadRequest): Promise<number> {
  const own = token(collection, id)
  const wanted = new Set([...liveIds].map(String))
  // One read: the photos listing this document now, and those it shows from this save on.
  const current = await payload.find({
    collection: MEDIA,
    where: wanted.size ? { or: [{ usedBy: { contains: own } }, { id: { in: [...wanted] } }] } : { usedBy: { contains: own } },
    pagination: false,
    depth: 0,
    select: { usedBy: true, usedByPublished: true },
    req,
  })
  let written = 0
  for (const doc of current.docs as MediaUsage[]) {
    const tokens = new Set(parseTokens(doc.usedBy))
    const had = tokens.has(own)
    const should = wanted.has(String(doc.id))
    if (had === should && doc.usedByPublished === tokens.size > 0) continue
    if (should) tokens.add(own)
    else tokens.delete(own)
    await payload.db.updateOne({
      collection: MEDIA,
      id: doc.id,
      data: usageData(tokens),
      req,
      returning: false,
    } as Parameters<Payload['db']['updateOne']>[0])
    written++
  }
  return written
}

const mediaIdsOf = (fields: Field[], doc: unknown) => new Set(collectMediaRefs(fields, doc).map((r) => String(r.id)))

/** After a publishable document is saved: keep its photos' live list in step with what is live. */
export const syncLiveMediaOnChange: CollectionAfterChangeHook<SiteDoc> = async ({ doc, collection, req }) => {
  // A published save is the live version: its photos are live. A save that takes the document
  // down (unpublish, restore of a draft version) leaves none. A draft saved beside a live version
  // changes nothing on the site.
  const takenDown = req.context?.[takenDownKey(collection.slug, doc.id)] === true
  if (doc._status !== 'published' && !takenDown) return doc
  await setLiveMediaOf(req.payload, collection.slug, doc.id, takenDown ? [] : mediaIdsOf(collection.fields, doc), req)
  return doc
}

/** After a catalog document (organization, topic) is saved: all its photos are live. */
export const syncLiveMediaOfCatalog: CollectionAfterChangeHook<Organization | Topic> = async ({ doc, collection, req }) => {
  await setLiveMediaOf(req.payload, collection.slug, doc.id, mediaIdsOf(collection.fields, doc), req)
  return doc
}

/** After a publishable or catalog document is deleted: it shows no photos any more. */
export const syncLiveMediaOnDelete: CollectionAfterDeleteHook<SiteDoc | Organization | Topic> = async ({ doc, collection, req }) => {
  await setLiveMediaOf(req.payload, collection.slug, doc.id, [], req)
  return doc
}

/** Key under which the review chain tells the hook above that a save took a live document down. */
export const takenDownKey = (collection: string, id: unknown) => `mediaTakenDown:${collection}:${String(id)}`

/**
 * Rebuild every photo's live list from the database: on start, for a database written before the
 * list existed (any media document without the flag), or when asked. Returns the photos marked live.
 */
export async function syncAllMediaUsage(payload: Payload, { force = false } = {}): Promise<number | null> {
  if (!force) {
    const unknown = await payload.count({ collection: MEDIA, where: { usedByPublished: { exists: false } } })
    if (unknown.totalDocs === 0) return null
  }
  const uses = new Map<string, Set<string>>()
  const scan = async (slug: string, where: Record<string, unknown> | undefined) => {
    const fields = payload.collections[slug as CollectionSlug].config.fields
    for (let page = 1; ; page++) {
      const found = await payload.find({ collection: slug as CollectionSlug, where: where as never, limit: 200, page, depth: 0, draft: false })
      for (const doc of found.docs) {
        for (const id of mediaIdsOf(fields, doc)) {
          if (!uses.has(id)) uses.set(id, new Set())
          uses.get(id)!.add(token(slug, doc.id))
        }
      }
      if (!found.hasNextPage) break
    }
  }
  for (const slug of PUBLISHABLE) await scan(slug, { _status: { equals: 'published' } })
  for (const slug of ALWAYS_PUBLIC) await scan(slug, undefined)
  let live = 0
  for (let page = 1; ; page++) {
    const media = await payload.find({ collection: MEDIA, limit: 500, page, depth: 0, select: { usedBy: true } })
    for (const doc of media.docs) {
      const tokens = uses.get(String(doc.id)) ?? new Set<string>()
      if (tokens.size) live++
      await payload.db.updateOne({
        collection: MEDIA,
        id: doc.id,
        data: usageData(tokens),
        returning: false,
      } as Parameters<Payload['db']['updateOne']>[0])
    }
    if (!media.hasNextPage) break
  }
  payload.logger.info(`Marked ${live} photo(s) as used on the public site.`)
  return live
}
