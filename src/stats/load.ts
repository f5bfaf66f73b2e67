/**
 * Reading what the statistics count, through the Local API (so it works alike on SQLite,
 * PostgreSQL and MongoDB): every publishable document created before the end of the range (its
 * latest version, which carries the whole review log), which of them are live and since when,
 * which media they show are photos, and the directory (units, accounts, the correspondents roster).
 *
 * `as` is the user the request came from (reads with their access) or null for the command line,
 * which runs as the system.
 */
import type { CollectionSlug, Payload, TypedUser, Where } from 'payload'

import { CORRESPONDENTS, ORGANIZATIONS, PUBLISHABLE, USERS } from '../../collections/slugs'
import { idOf } from '../lib/relations'
import { collectMediaRefs } from '../media/mediaRefs'
import type { PublishableSlug } from '../kinds'
import { FEDERATION_ACTIONS } from '../federation/rules'
import { afterMonth } from './periods'
import type { Byline, Directory, Piece } from './types'

type Reader = { payload: Payload; as: TypedUser | null }

// No user (the command line): the Local API's default, the system, which reads everything.
const access = ({ as }: Reader) => (as ? { user: as, overrideAccess: false } : {})
const str = (value: unknown) => {
  const id = idOf(value)
  return id === null ? null : String(id)
}

type LogEntry = { action?: string | null; from?: string | null; to?: string | null; at?: string | null }

/** The first move into 已提交 (from a draft or a returned piece) in a review log. */
export function firstSubmission(log: LogEntry[] | null | undefined): string | null {
  for (const entry of log ?? []) if (entry.to === 'submitted' && entry.from !== 'submitted' && entry.at) return entry.at
  return null
}

const ADOPTIONS: readonly string[] = [FEDERATION_ACTIONS.adopt, FEDERATION_ACTIONS.adoptEdited]

/** The first step of the federation (报送; 采用 or 改编采用) in a review log. */
export function firstStep(log: LogEntry[] | null | undefined, step: 'reported' | 'adopted'): string | null {
  const wanted = step === 'reported' ? [FEDERATION_ACTIONS.submit as string] : ADOPTIONS
  for (const entry of log ?? []) if (entry.action && wanted.includes(entry.action) && entry.at) return entry.at
  return null
}

async function all<T>(reader: Reader, collection: CollectionSlug, where: Where | undefined, draft = false): Promise<T[]> {
  const { docs } = await reader.payload.find({ collection, where, draft, depth: 0, pagination: false, ...access(reader) } as never)
  return docs as T[]
}

export async function loadPieces(reader: Reader, to: string): Promise<Piece[]> {
  const before: Where = { createdAt: { less_than: afterMonth(to).toISOString() } }
  const pieces: (Piece & { media: string[] })[] = []
  for (const kind of PUBLISHABLE as readonly PublishableSlug[]) {
    const fields = reader.payload.collections[kind].config.fields
    const latest = await all<Record<string, any>>(reader, kind, before, true)
    const live = await all<{ id: unknown; publishedAt?: string | null; updatedAt: string }>(reader, kind, { and: [before, { _status: { equals: 'published' } }] })
    const liveSince = new Map(live.map((d) => [String(d.id), d.publishedAt ?? d.updatedAt]))
    for (const doc of latest) {
      const id = String(doc.id)
      const bylines: Byline[] = Array.isArray(doc.bylines)
        ? doc.bylines.map((b: Record<string, unknown>) => ({ role: (b.role as string) ?? null, name: String(b.name ?? ''), user: str(b.user) }))
        : []
      pieces.push({
        kind,
        id,
        title: String(doc.title ?? doc.name ?? ''),
        organization: str(doc.organization),
        createdAt: doc.createdAt,
        submittedAt: firstSubmission(doc.reviewLog),
        reportedAt: firstStep(doc.reviewLog, 'reported'),
        adoptedAt: firstStep(doc.reviewLog, 'adopted'),
        publishedAt: liveSince.get(id) ?? null,
        hasPhoto: false,
        creator: str(doc.createdBy),
        bylines,
        media: [...new Set(collectMediaRefs(fields, doc).map((r) => String(r.id)))],
      })
    }
  }
  const photos = await photoIds(reader, [...new Set(pieces.flatMap((p) => p.media))])
  return pieces.map(({ media, ...piece }) => ({ ...piece, hasPhoto: media.some((m) => photos.has(m)) }))
}

/** Which of these media documents are photos (not videos or other files). */
async function photoIds(reader: Reader, ids: string[]): Promise<Set<string>> {
  const photos = new Set<string>()
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500)
    const docs = await all<{ id: unknown }>(reader, 'media', { and: [{ id: { in: chunk } }, { mimeType: { contains: 'image/' } }] })
    for (const d of docs) photos.add(String(d.id))
  }
  return photos
}

export async function loadDirectory(reader: Reader): Promise<Directory> {
  const units = await all<{ id: unknown; name: string; parent?: unknown }>(reader, ORGANIZATIONS, undefined)
  const accounts = await all<{ id: unknown; name?: string; email?: string; organization?: unknown }>(reader, USERS, undefined)
  const roster = await all<{ id: unknown; name: string; organization?: unknown; active?: boolean | null }>(reader, CORRESPONDENTS, undefined)
  return {
    units: units.map((u) => ({ id: String(u.id), name: u.name, parent: str(u.parent) })),
    accounts: accounts.map((a) => ({ id: String(a.id), name: a.name || a.email || `用户${String(a.id)}`, organization: str(a.organization) })),
    roster: roster.map((c) => ({ id: String(c.id), name: c.name, organization: str(c.organization), active: c.active !== false })),
  }
}
