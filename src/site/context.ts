import type { Article, Gallery, Honor, Media, ModelWorker, Organization, Topic, VideoCampaign, YearlyReview } from '../../payload-types'

/**
 * The generated type of each publishable kind's document, as the site reads it (depth 0: relations
 * are ids). Pages and cards take these, so a renamed field fails to compile.
 */
export type SiteDocs = {
  articles: Article
  'model-workers': ModelWorker
  galleries: Gallery
  'video-campaigns': VideoCampaign
  'yearly-reviews': YearlyReview
}
export type SiteDoc<K extends keyof SiteDocs = keyof SiteDocs> = SiteDocs[K]


export type { Id } from '../lib/relations'

/** What every component may look up while a page renders. Built by the publisher. */
export type SiteContext = {
  siteURL: string
  siteName: string
  description: string
  assets: { css: string; gallery: string; filter: string; search: string }
  media(id: unknown): Media | null
  topic(id: unknown): Topic | null
  org(id: unknown): Organization | null
  honor(id: unknown): Honor | null
  /** A published document by kind and id, or null (unpublished, deleted). */
  doc<K extends keyof SiteDocs>(collection: K, id: unknown): SiteDoc<K> | null
  abs(path: string): string
  /**
   * Where a document shown on this site comes from when it is another site's (a piece this site's
   * unit adopted, 采用): its unit's name and its page there; null for a document at home.
   */
  origin?(kind: keyof SiteDocs, doc: SiteDoc): { name: string; url: string } | null
}

/*
 * What a page shows is what it depends on: every document comes out of the publisher as a tracked
 * view (src/publish/render.tsx), so reading it while a page renders records it. Nothing to call.
 */

export { idOf } from '../lib/relations'
