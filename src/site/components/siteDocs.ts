import type { SiteDoc, SiteDocs } from '../context'

/** A publishable kind: a key of `SiteDocs` (the collections with a page of their own). */
export type SiteKind = keyof SiteDocs

/**
 * A document with its kind beside it. A union over the kinds, so a `switch` on `collection`
 * narrows `doc` to that kind's generated type.
 */
export type SiteEntry<K extends SiteKind = SiteKind> = { [P in K]: { collection: P; doc: SiteDoc<P> } }[K]

/** Pairs a document with its kind (the caller knows which collection it came from). */
export const entryOf = <K extends SiteKind>(collection: K, doc: SiteDoc<K>): SiteEntry<K> => ({ collection, doc })
