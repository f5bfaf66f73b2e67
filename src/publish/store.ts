import type { Payload, Where } from 'payload'

import type { Honor, Media, Organization, Topic } from '../../payload-types'
import { PUBLISHABLE } from '../../collections/slugs'
import type { PublishableSlug } from '../kinds'
import type { SiteDoc } from '../site/context'

/** The kinds the site shows: every publishable kind (src/kinds). */
export const PUBLISHABLE_SITE = PUBLISHABLE
export type { PublishableSlug }

/** Everything the site is built from, keyed by id (as strings, so SQLite and MongoDB ids match). */
export type SiteData = {
  docs: { [K in PublishableSlug]: Map<string, SiteDoc<K>> }
  media: Map<string, Media>
  topics: Map<string, Topic>
  organizations: Map<string, Organization>
  honors: Map<string, Honor>
}

type Stamped = { id: number | string; updatedAt: string }

/** How many changed documents are read back per query (keeps `id in (…)` well under SQLite's limits). */
const BATCH = 250

/**
 * The data each Payload instance last published from, when each collection was last read, and
 * when every id was last checked: the next publish reads only what changed.
 */
type Remembered = { data: SiteData; readAt: number; checkedAt: number }
const remembered = new WeakMap<Payload, Remembered>()

/**
 * A change is looked for from this long before the previous read began: a save takes its
 * `updatedAt` before it commits, and servers sharing a database may disagree on the time a little.
 */
const OVERLAP_MS = 10_000
/** Every so often the light reads are checked against a listing of every visible id. */
const CHECK_EVERY_MS = 10 * 60_000

const publishedOnly = (collection: string): Where | undefined =>
  PUBLISHABLE_SITE.includes(collection as PublishableSlug) ? { _status: { equals: 'published' } } : undefined

/**
 * Read one collection as an anonymous reader (`overrideAccess: false`, no user): drafts and
 * documents under review are never visible here, whatever the publisher does next. Only the
 * status listing of `refresh` reads with `asAdmin` (ids, versions and statuses, no content).
 */
async function read<T extends Stamped>(payload: Payload, collection: string, where?: Where, select?: Record<string, true>, asAdmin = false): Promise<T[]> {
  const result = await payload.find({
    collection: collection as never,
    depth: 0,
    pagination: false,
    overrideAccess: asAdmin,
    draft: false,
    ...(where ? { where } : {}),
    ...(select ? { select: select as never } : {}),
  })
  return result.docs as unknown as T[]
}

/**
 * Bring one collection's map up to date with two light queries: the id, `updatedAt` and status of
 * documents changed since shortly before the previous read (whatever their status, so an
 * unpublished document is seen leaving; no content is read here), and the count of visible
 * documents (a deleted document leaves no trace but the count). Only new or changed documents are
 * then read in full, as an anonymous reader. A count that does not add up, and every
 * CHECK_EVERY_MS anyway, falls back to comparing with a listing of every visible id and version.
 */
async function refresh<T extends Stamped>(payload: Payload, collection: string, before: Map<string, T>, readAt: number, check: boolean): Promise<Map<string, T>> {
  const filter = publishedOnly(collection)
  const since = new Date(readAt - OVERLAP_MS).toISOString()
  const recent = await read<Stamped & { _status?: string }>(
    payload,
    collection,
    { updatedAt: { greater_than_equal: since } },
    filter ? { updatedAt: true, _status: true } : { updatedAt: true },
    true,
  )
  const out = new Map(before)
  const changed: (number | string)[] = []
  for (const s of recent) {
    const id = String(s.id)
    if (filter && s._status !== 'published') out.delete(id)
    else if (before.get(id)?.updatedAt !== s.updatedAt) changed.push(s.id)
  }
  for (let i = 0; i < changed.length; i += BATCH) {
    const ids = { id: { in: changed.slice(i, i + BATCH) } }
    const docs = await read<T>(payload, collection, filter ? { and: [filter, ids] } : ids)
    const seen = new Set(docs.map((d) => String(d.id)))
    for (const doc of docs) out.set(String(doc.id), doc)
    for (const id of changed.slice(i, i + BATCH)) if (!seen.has(String(id))) out.delete(String(id))
  }
  if (!check && (await countVisible(payload, collection)) === out.size) return out
  // Something was deleted (the count says so), or it is time to check: compare with every visible id and version.
  const visible = await read<Stamped>(payload, collection, filter, { updatedAt: true })
  const ids = new Set(visible.map((d) => String(d.id)))
  for (const id of out.keys()) if (!ids.has(id)) out.delete(id)
  if (visible.length !== out.size || visible.some((d) => out.get(String(d.id))?.updatedAt !== d.updatedAt)) return readAll<T>(payload, collection)
  return out
}

/** How many documents of a collection an anonymous reader sees. */
async function countVisible(payload: Payload, collection: string): Promise<number> {
  const where = publishedOnly(collection)
  return (await payload.count({ collection: collection as never, overrideAccess: false, ...(where ? { where } : {}) })).totalDocs
}

/** Documents per query of a full read: a whole collection at once held every row twice over in memory. */
const PAGE = 500

/**
 * Read a whole collection (as an anonymous reader) a page at a time, in id order. A document
 * published or removed while the pages are read shifts the pages; the count at the end notices
 * it and the read is done again.
 */
export async function readAll<T extends Stamped>(payload: Payload, collection: string, pageSize = PAGE): Promise<Map<string, T>> {
  const where = publishedOnly(collection)
  for (let attempt = 1; ; attempt++) {
    const out = new Map<string, T>()
    for (let page = 1; ; page++) {
      const result = await payload.find({ collection: collection as never, depth: 0, limit: pageSize, page, sort: 'id', overrideAccess: false, draft: false, ...(where ? { where } : {}) })
      for (const doc of result.docs as unknown as T[]) out.set(String(doc.id), doc)
      if (!result.hasNextPage) break
    }
    if ((await countVisible(payload, collection)) === out.size || attempt === 3) return out
  }
}

/**
 * The published site content. The first call for a Payload instance reads everything; later calls
 * (the publisher process stays up between publishes) read only the documents changed since, which
 * is what keeps an incremental publish of a large site fast. `fresh: true` forces a full read.
 */
export async function loadSiteData(payload: Payload, options: { fresh?: boolean } = {}): Promise<SiteData> {
  // A full read lets go of the previous data first: holding both would double the memory it needs.
  if (options.fresh) remembered.delete(payload)
  const last = remembered.get(payload)
  const before = last?.data
  const startedAt = Date.now()
  const check = !last || startedAt - last.checkedAt > CHECK_EVERY_MS
  const load = <T extends Stamped>(collection: string, previous: Map<string, T> | undefined) =>
    previous && last ? refresh<T>(payload, collection, previous, last.readAt, check) : readAll<T>(payload, collection)
  type Doc = SiteDoc & Stamped
  const [docs, media, topics, organizations, honors] = await Promise.all([
    Promise.all(PUBLISHABLE_SITE.map(async (kind) => [kind, await load<Doc>(kind, before?.docs[kind] as Map<string, Doc> | undefined)] as const)),
    load<Media>('media', before?.media),
    load<Topic>('topics', before?.topics),
    load<Organization>('organizations', before?.organizations),
    load<Honor>('honors', before?.honors),
  ])
  const data: SiteData = { docs: Object.fromEntries(docs) as SiteData['docs'], media, topics, organizations, honors }
  remembered.set(payload, { data, readAt: startedAt, checkedAt: check ? startedAt : last!.checkedAt })
  return data
}
