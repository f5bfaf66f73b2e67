/**
 * The manifest at the top of every backup archive: what the archive holds (documents and versions
 * per collection, every file with its size and SHA-256) and where it came from. It is made from the
 * content alone, so backing up, restoring and backing up again gives the same manifest apart from
 * `createdAt`.
 */
import { BackupError } from './errors'

export const BACKUP_FORMAT = 'union-cms-backup'
export const FORMAT_VERSION = 1

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'
export type FileEntry = { sha256: string; bytes: number }
export type CollectionCounts = { documents: number; versions?: number }

export type Manifest = {
  format: typeof BACKUP_FORMAT
  formatVersion: number
  /** When the backup was made (ISO 8601). The only member that differs between equal backups. */
  createdAt: string
  /** The database the documents came from and the schema migrations it had run. */
  database: { kind: DatabaseKind; migrations: string[] }
  /** Documents (and, for collections with drafts, versions) per collection slug. */
  collections: Record<string, CollectionCounts>
  /** Every file of the archive but the manifest: `data/…` documents, `media/…` uploads. */
  files: Record<string, FileEntry>
  totals: { documents: number; versions: number; mediaFiles: number; bytes: number }
}

/** Archive paths of a collection's documents and of its versions (JSON Lines, one per line). */
export const documentsFile = (slug: string) => `data/${slug}.jsonl`
export const versionsFile = (slug: string) => `data/${slug}.versions.jsonl`

export function buildManifest(input: Omit<Manifest, 'format' | 'formatVersion' | 'totals'>): Manifest {
  const counts = Object.values(input.collections)
  const files = Object.fromEntries(Object.entries(input.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  return {
    format: BACKUP_FORMAT,
    formatVersion: FORMAT_VERSION,
    createdAt: input.createdAt,
    database: { kind: input.database.kind, migrations: [...input.database.migrations].sort() },
    collections: input.collections,
    files,
    totals: {
      documents: counts.reduce((sum, c) => sum + c.documents, 0),
      versions: counts.reduce((sum, c) => sum + (c.versions ?? 0), 0),
      mediaFiles: Object.keys(files).filter((f) => f.startsWith('media/')).length,
      bytes: Object.values(files).reduce((sum, f) => sum + f.bytes, 0),
    },
  }
}

/** The manifest without its creation time: equal for two backups of the same content. */
export function manifestContent(manifest: Manifest): Omit<Manifest, 'createdAt'> {
  const { createdAt: _createdAt, ...content } = manifest
  return content
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/
const SHA256 = /^[0-9a-f]{64}$/
const count = (v: unknown) => Number.isInteger(v) && (v as number) >= 0

/** Read and check a manifest; anything malformed or of an unknown format is refused. */
export function parseManifest(text: string): Manifest {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new BackupError('the archive’s manifest.json is not valid JSON; the archive is damaged or not a union-cms backup.')
  }
  const m = raw as Partial<Manifest> | null
  if (!m || typeof m !== 'object' || m.format !== BACKUP_FORMAT) {
    throw new BackupError('the archive’s manifest.json is not a union-cms backup manifest.')
  }
  if (m.formatVersion !== FORMAT_VERSION) {
    throw new BackupError(
      `the archive is backup format ${String(m.formatVersion)}; this version of the CMS reads format ${FORMAT_VERSION}. Restore it with the version of the CMS that made it.`,
    )
  }
  const bad = (what: string) => new BackupError(`the archive’s manifest.json has an invalid ${what}; the archive is damaged.`)
  if (typeof m.createdAt !== 'string') throw bad('creation time')
  if (!m.database || !['sqlite', 'postgres', 'mongodb'].includes(m.database.kind) || !Array.isArray(m.database.migrations)) throw bad('database description')
  if (!m.database.migrations.every((name) => typeof name === 'string')) throw bad('migration list')
  if (!m.collections || typeof m.collections !== 'object') throw bad('collection list')
  for (const [slug, c] of Object.entries(m.collections)) {
    if (!SLUG.test(slug) || !c || !count(c.documents) || (c.versions !== undefined && !count(c.versions))) throw bad(`entry for collection "${slug}"`)
  }
  if (!m.files || typeof m.files !== 'object') throw bad('file list')
  for (const [file, entry] of Object.entries(m.files)) {
    if (!entry || typeof entry.sha256 !== 'string' || !SHA256.test(entry.sha256) || !count(entry.bytes)) throw bad(`entry for "${file}"`)
  }
  for (const [slug, c] of Object.entries(m.collections)) {
    if (!m.files[documentsFile(slug)]) throw bad(`file list (no ${documentsFile(slug)})`)
    if (c.versions !== undefined && !m.files[versionsFile(slug)]) throw bad(`file list (no ${versionsFile(slug)})`)
  }
  return m as Manifest
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KB', 'MB', 'GB', 'TB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`
}
