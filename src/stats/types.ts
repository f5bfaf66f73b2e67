/**
 * What the statistics count, read from the database once (load.ts) and then counted by pure
 * functions (count.ts), so the counting is tested without a database.
 */
import type { PublishableSlug } from '../kinds'

/** A byline as stored: its role value (`correspondent`…), the printed name, the linked account. */
export type Byline = { role: string | null; name: string; user: string | null }

/** One publishable document, with the moments the metrics count (ISO strings, or null). */
export type Piece = {
  kind: PublishableSlug
  id: string
  title: string
  /** The unit it is counted under: the document's `organization`. */
  organization: string | null
  /** Written: when it was created. */
  createdAt: string
  /** Sent into review (提交审核): the first move into 已提交 in its review log. */
  submittedAt: string | null
  /** Sent upward (报送, src/federation): the first 报送 in its review log. */
  reportedAt: string | null
  /** Adopted by a unit above (采用 or 改编采用): the first such step in its review log. */
  adoptedAt: string | null
  /** Published: its publication date, when it is live now (a withdrawn piece is not counted). */
  publishedAt: string | null
  /** It shows at least one photo (cover, body photo blocks, gallery items, portrait). */
  hasPhoto: boolean
  /** Who created it (the account), when known. */
  creator: string | null
  bylines: Byline[]
}

export type Unit = { id: string; name: string; parent: string | null }
export type Account = { id: string; name: string; organization: string | null }
export type RosterEntry = { id: string; name: string; organization: string | null; active: boolean }

/** Everything the counting needs besides the pieces. */
export type Directory = { units: Unit[]; accounts: Account[]; roster: RosterEntry[] }

export type Grouping = 'unit' | 'person'
export type Granularity = 'month' | 'year'

export type StatsOptions = {
  /** First and last month, inclusive: `2026-01`. */
  from: string
  to: string
  by: Grouping
  period: Granularity
  /** Only this unit (and, with `subunits`, those under it). */
  unit?: string | null
  /** A unit's row also counts the documents of the units under it. */
  subunits: boolean
  /** Only this person's rows (a reporter reading their own counts): a person key, `user:12`. */
  person?: string | null
  /** IANA time zone the months are read in (SITE_TIMEZONE). */
  timeZone: string
}
