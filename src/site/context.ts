import type { Honor, Media, Organization, Topic } from '../../payload-types'
import type { SiteCollection } from './urls'

/** A published document as the site sees it (depth 0: relations are ids). */
export type AnyDoc = Record<string, any> & { id: number | string; slug?: string | null; updatedAt: string }

export type Id = number | string

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
  /** A published document by collection and id, or null (unpublished, deleted). */
  doc(collection: SiteCollection, id: unknown): AnyDoc | null
  abs(path: string): string
  /** Records which documents the page being rendered used, for incremental publishing. */
  use(collection: string, id: unknown): void
}

export const idOf = (v: unknown): Id | null => {
  if (v === null || v === undefined || v === '') return null
  if (typeof v === 'object') return 'id' in (v as object) ? idOf((v as { id: unknown }).id) : null
  return v as Id
}
