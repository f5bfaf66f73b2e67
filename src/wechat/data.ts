/**
 * What the WeChat rendering reads, from the database: the piece itself and everything its
 * rendering looks up (photos, the workers of worker cards, embedded galleries, honours,
 * organizations, topics). Local API only, so it reads the same on every database adapter, and
 * always as the user asking (`overrideAccess: false`): someone who may not read a photo does not
 * get it into a preview.
 *
 *   const loaded = await loadWeChatArticle(payload, 'articles', slug, { user, siteURL })
 *   loaded?.article.content   // HTML for the preview or the clipboard; loaded.problems beside it
 *
 * For a push, render again with WeChat's image addresses once the photos are uploaded:
 *   renderWeChatChecked(kind, loaded.doc, { ...loaded.ctx, imageURL: (m) => uploaded.get(m.id) ?? '' })
 */
import type { Payload, PayloadRequest, Where } from 'payload'

import type { Honor, Media, Organization, Topic } from '../../payload-types'
import { HONORS, MEDIA, ORGANIZATIONS, TOPICS } from '../../collections/slugs'
import { isPublishable, type PublishableSlug } from '../kinds'
import { idOf, type Id } from '../lib/relations'
import type { SiteDoc } from '../site/context'
import { publicImageURL, renderWeChat, type WeChatArticle, type WeChatContext } from './render'
import { checkWeChatArticle, type WeChatProblem } from './rules'

type User = PayloadRequest['user']

/** The collections a rendering looks things up in. */
type Lookup = PublishableSlug | typeof MEDIA | typeof ORGANIZATIONS | typeof HONORS | typeof TOPICS

/** Ids per query (keeps `id in (…)` well under SQLite's limits, as the publisher's store does). */
const BATCH = 250

/** Lookups go round until nothing new is asked for: a gallery block asks for the gallery, then its photos. */
const MAX_ROUNDS = 8

const published: Where = { _status: { equals: 'published' } }

/** An id as the adapters write them: SQLite and Postgres numbers, MongoDB's 24 hex digits. */
/** Whether a route's `:id` may be an id (SQLite number, MongoDB ObjectId) rather than a slug. */
export const looksLikeId = (value: Id) => typeof value === 'number' || /^\d+$/.test(value) || /^[0-9a-f]{24}$/i.test(value)

/**
 * The version of a piece WeChat gets: the latest one when it has passed 终审 (reviewStage
 * `approved`: the office's word, even before it is live), else the published one; null when
 * there is neither, or `user` may not read it. `idOrSlug` is the document's id or its slug.
 */
export async function loadForWeChat<K extends PublishableSlug>(payload: Payload, kind: K, idOrSlug: Id, user: User): Promise<SiteDoc<K> | null> {
  const read = async (where: Where, draft: boolean): Promise<SiteDoc<K> | null> => {
    const result = await payload.find({ collection: kind, where, draft, depth: 0, limit: 1, overrideAccess: false, user })
    return (result.docs[0] as SiteDoc<K> | undefined) ?? null
  }
  const wheres: Where[] = [...(looksLikeId(idOrSlug) ? [{ id: { equals: idOrSlug } }] : []), { slug: { equals: String(idOrSlug) } }]
  for (const where of wheres) {
    // The latest version as `user` may see it: an anonymous reader sees none that is not live.
    const latest = await read(where, true)
    if (latest?.reviewStage === 'approved') return latest
    const live = await read({ and: [where, published] }, false)
    if (live) return live
  }
  return null
}

/** A WeChat context that can read, before a rendering, what the rendering of a piece looks up. */
export type WeChatLoader = WeChatContext & {
  /**
   * Read everything rendering `doc` looks up, as the loader's user: the piece is rendered, what it
   * asked for and was not there yet is read, and again, until it asks for nothing new. Documents
   * it refers to are read as published (what the site shows and its links reach).
   */
  include<K extends PublishableSlug>(kind: K, doc: SiteDoc<K>): Promise<void>
}

/**
 * A WeChat context over the database, read as `user`. Nothing is read until `include`; images
 * point at the public site (`publicImageURL`) unless `imageURL` says otherwise.
 */
export async function loadWeChatContext(
  payload: Payload,
  options: { user: User; siteURL: string; imageURL?: (media: Media) => string },
): Promise<WeChatLoader> {
  const siteURL = options.siteURL.replace(/\/+$/, '')
  const found = new Map<Lookup, Map<string, unknown>>()
  const wanted = new Map<Lookup, Set<string>>()

  function lookup<T>(collection: Lookup, value: unknown): T | null {
    const id = idOf(value)
    if (id === null) return null
    const known = found.get(collection)
    if (known?.has(String(id))) return (known.get(String(id)) as T | undefined) ?? null
    wanted.set(collection, (wanted.get(collection) ?? new Set()).add(String(id)))
    return null
  }

  async function read(collection: Lookup, ids: string[]) {
    const known = found.get(collection) ?? new Map<string, unknown>()
    found.set(collection, known)
    for (let i = 0; i < ids.length; i += BATCH) {
      const batch = ids.slice(i, i + BATCH)
      const byId: Where = { id: { in: batch } }
      const result = await payload.find({
        collection,
        where: isPublishable(collection) ? { and: [byId, published] } : byId,
        draft: false,
        depth: 0,
        pagination: false,
        overrideAccess: false,
        user: options.user,
      })
      for (const doc of result.docs) known.set(String(doc.id), doc)
      // Not there, or not for this user: asked once, answered null from now on.
      for (const id of batch) if (!known.has(id)) known.set(id, null)
    }
  }

  const ctx: WeChatLoader = {
    siteURL,
    media: (id) => lookup<Media>(MEDIA, id),
    doc: <K extends PublishableSlug>(kind: K, id: unknown) => lookup<SiteDoc<K>>(kind, id),
    org: (id) => lookup<Organization>(ORGANIZATIONS, id),
    honor: (id) => lookup<Honor>(HONORS, id),
    topic: (id) => lookup<Topic>(TOPICS, id),
    imageURL: options.imageURL ?? ((media) => publicImageURL(siteURL, media)),
    async include(kind, doc) {
      for (let round = 0; round < MAX_ROUNDS; round++) {
        wanted.clear()
        renderWeChat(kind, doc, { ...ctx, imageURL: (media) => publicImageURL(siteURL, media) })
        if (!wanted.size) return
        await Promise.all([...wanted].map(([collection, ids]) => read(collection, [...ids])))
      }
    },
  }
  return ctx
}

export type LoadedForWeChat<K extends PublishableSlug> = {
  doc: SiteDoc<K>
  ctx: WeChatLoader
  article: WeChatArticle
  /** What WeChat would refuse (rules.ts), to show beside a preview; empty when it may go. */
  problems: WeChatProblem[]
}

/**
 * A piece rendered for WeChat as `user` sees it, with what it looked up and its problems; null
 * when there is no version for WeChat (loadForWeChat) or `user` may not read it.
 */
export async function loadWeChatArticle<K extends PublishableSlug>(
  payload: Payload,
  kind: K,
  idOrSlug: Id,
  options: { user: User; siteURL: string; imageURL?: (media: Media) => string },
): Promise<LoadedForWeChat<K> | null> {
  const doc = await loadForWeChat(payload, kind, idOrSlug, options.user)
  if (!doc) return null
  const ctx = await loadWeChatContext(payload, options)
  await ctx.include(kind, doc)
  const article = renderWeChat(kind, doc, ctx)
  return { doc, ctx, article, problems: checkWeChatArticle(article) }
}
