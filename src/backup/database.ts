/**
 * The database part of a backup: a logical dump of every document and version, read and written
 * through Payload's database adapter (`payload.db`), which both SQLite and MongoDB implement. The
 * adapter works below the Local API, as the system (the operator running `npm run backup` /
 * `npm run restore` on the server; the Local API's equivalent would be `overrideAccess: true`): no
 * access control, no hooks, hidden fields such as password hashes and salts included, and every
 * document written back with its own id, timestamps and review log, exactly as it was saved.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'

import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { canonicalJSON } from './canonical'
import { BackupError } from './errors'
import { byCodePoint } from './files'
import { type CollectionCounts, type DatabaseKind, documentsFile, type FileEntry, versionsFile } from './manifest'
import { readSnapshot } from './postgres'
import type { ScopedCollection } from './scope'

const PAGE_SIZE = 250
const ATTEMPTS = 3

export type DatabaseDump = {
  collections: Record<string, CollectionCounts>
  files: Record<string, FileEntry>
}

export function databaseKind(payload: Payload): DatabaseKind {
  if (payload.db.name === 'sqlite') return 'sqlite'
  if (payload.db.name === 'mongoose') return 'mongodb'
  if (payload.db.name === 'postgres') return 'postgres'
  throw new BackupError(`backups support SQLite, PostgreSQL and MongoDB; this server uses the "${payload.db.name}" database adapter.`)
}

/** Names of the schema migrations the database has run, sorted. */
export async function migrationNames(payload: Payload): Promise<string[]> {
  const { docs } = await payload.db.find<{ name?: string }>({ collection: 'payload-migrations' as CollectionSlug, where: {}, limit: 0, pagination: false })
  return [...new Set(docs.map((d) => d.name).filter((n): n is string => typeof n === 'string'))].sort(byCodePoint)
}

/**
 * Write every document (and version) of `scope` as JSON Lines into `dir`/data, or, with `dir` null,
 * only compute the checksums of what would be written (to check a restore).
 *
 * On SQLite the CLI dumps a VACUUM INTO snapshot, which nothing writes to. On PostgreSQL the dump
 * reads one snapshot of the live database (./postgres.ts). On a live MongoDB the dump
 * is taken as it stands; a fingerprint of every collection (count and newest `updatedAt`) is taken
 * before and after, and the dump starts again when they differ, so an edit made meanwhile is noticed
 * instead of leaving a backup that mixes two moments.
 */
export async function dumpDatabase(
  payload: Payload,
  scope: ScopedCollection[],
  dir: string | null,
  onProgress?: (line: string) => void,
): Promise<DatabaseDump> {
  if (databaseKind(payload) === 'postgres') return readSnapshot(payload, (req) => dumpOnce(payload, scope, dir, req))
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const before = await fingerprint(payload, scope)
    const dump = await dumpOnce(payload, scope, dir)
    if ((await fingerprint(payload, scope)) === before) return dump
    if (attempt < ATTEMPTS) onProgress?.(`content changed while it was read; reading it again (attempt ${attempt + 1} of ${ATTEMPTS})`)
  }
  throw new BackupError(`the content kept changing while it was read (${ATTEMPTS} attempts); run the backup again at a quieter time.`)
}

async function dumpOnce(payload: Payload, scope: ScopedCollection[], dir: string | null, req?: PayloadRequest): Promise<DatabaseDump> {
  const collections: Record<string, CollectionCounts> = {}
  const files: Record<string, FileEntry> = {}
  if (dir) fs.mkdirSync(path.join(dir, 'data'), { recursive: true })
  for (const { slug, versions } of scope) {
    const docs = new JsonLines(dir && path.join(dir, documentsFile(slug)))
    for await (const doc of pages((page) => payload.db.find({ collection: slug, where: {}, sort: 'id', limit: PAGE_SIZE, page, pagination: true, req }))) {
      docs.write(canonicalJSON(doc))
    }
    files[documentsFile(slug)] = docs.close()
    collections[slug] = { documents: docs.lines }
    if (!versions) continue
    const history = new JsonLines(dir && path.join(dir, versionsFile(slug)))
    for await (const version of pages((page) => payload.db.findVersions({ collection: slug, where: {}, sort: 'id', limit: PAGE_SIZE, page, pagination: true, req }))) {
      // A version's own id is not kept: no adapter can create a version with a given id, and nothing
      // refers to it. Versions are written in id order, which a restore keeps.
      const { id: _id, ...rest } = version as Record<string, unknown>
      history.write(canonicalJSON(rest))
    }
    files[versionsFile(slug)] = history.close()
    collections[slug].versions = history.lines
  }
  return { collections, files }
}

async function* pages(read: (page: number) => Promise<{ docs: unknown[]; hasNextPage: boolean }>): AsyncGenerator<unknown> {
  for (let page = 1; ; page++) {
    const result = await read(page)
    yield* result.docs
    if (!result.hasNextPage) return
  }
}

async function fingerprint(payload: Payload, scope: ScopedCollection[]): Promise<string> {
  const parts: string[] = []
  for (const { slug, versions, timestamps } of scope) {
    const { totalDocs } = await payload.db.count({ collection: slug, where: {} })
    const newest = timestamps
      ? (await payload.db.find<{ updatedAt?: string }>({ collection: slug, where: {}, sort: '-updatedAt', limit: 1, pagination: true })).docs[0]?.updatedAt
      : ''
    parts.push(`${slug}:${totalDocs}:${newest ?? ''}`)
    if (!versions) continue
    const counted = await payload.db.countVersions({ collection: slug, where: {} })
    const newestVersion = (await payload.db.findVersions({ collection: slug, where: {}, sort: '-updatedAt', limit: 1, pagination: true })).docs[0]?.updatedAt
    parts.push(`${slug}@versions:${counted.totalDocs}:${newestVersion ?? ''}`)
  }
  return parts.join('|')
}

/** Writes JSON Lines to a file (or nowhere) and keeps their size and SHA-256. */
class JsonLines {
  lines = 0
  private bytes = 0
  private readonly hash = crypto.createHash('sha256')
  private readonly fd: number | null
  private buffer: string[] = []
  private buffered = 0

  constructor(file: string | null) {
    this.fd = file ? fs.openSync(file, 'w') : null
  }

  write(line: string): void {
    const text = `${line}\n`
    this.hash.update(text)
    this.bytes += Buffer.byteLength(text)
    this.lines++
    if (this.fd === null) return
    this.buffer.push(text)
    this.buffered += text.length
    if (this.buffered > 1 << 20) this.flush()
  }

  close(): FileEntry {
    if (this.fd !== null) {
      this.flush()
      fs.closeSync(this.fd)
    }
    return { sha256: this.hash.digest('hex'), bytes: this.bytes }
  }

  private flush(): void {
    if (this.fd === null || this.buffer.length === 0) return
    fs.writeSync(this.fd, this.buffer.join(''))
    this.buffer = []
    this.buffered = 0
  }
}

/** The documents of a JSON Lines file, one by one. */
export async function* readJsonLines(file: string): AsyncGenerator<Record<string, unknown>> {
  const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity })
  for await (const line of lines) {
    if (line) yield JSON.parse(line) as Record<string, unknown>
  }
}

/** Delete every document and version of `scope` (for `restore --force`), and every edit lock. */
export async function wipeDatabase(payload: Payload, scope: ScopedCollection[]): Promise<void> {
  // Documents point at each other (a photo names its uploader, a submission its units, an account
  // its unit) and not every reference is cleared when what it points at goes: a collection that
  // cannot be emptied yet is tried again once the others are, until all are empty.
  let pending = [...scope].reverse()
  while (pending.length > 0) {
    const refused: { collection: ScopedCollection; err: unknown }[] = []
    for (const collection of pending) {
      try {
        if (collection.versions) await payload.db.deleteVersions({ collection: collection.slug, where: {} })
        await payload.db.deleteMany({ collection: collection.slug, where: {} })
      } catch (err) {
        refused.push({ collection, err })
      }
    }
    if (refused.length === pending.length) throw refused[0]!.err
    pending = refused.map((r) => r.collection)
  }
  const locks = 'payload-locked-documents' as CollectionSlug
  if (payload.collections[locks]) await payload.db.deleteMany({ collection: locks, where: {} })
}

/**
 * Create every document and version of the dump in `dir`, with their ids (versions in their order)
 * and timestamps, without hooks: what was saved is what comes back.
 */
export async function loadDatabase(payload: Payload, dir: string, scope: ScopedCollection[], onProgress?: (line: string) => void, req?: PayloadRequest): Promise<void> {
  for (const { slug, versions } of scope) {
    let documents = 0
    for await (const doc of readJsonLines(path.join(dir, documentsFile(slug)))) {
      await payload.db.create({ collection: slug, data: doc, customID: doc.id as number | string, returning: false, req })
      documents++
    }
    let restoredVersions = 0
    if (versions) {
      for await (const row of readJsonLines(path.join(dir, versionsFile(slug)))) {
        const { parent, version, createdAt, updatedAt, autosave, snapshot, publishedLocale } = row as Record<string, never>
        await payload.db.createVersion({ collectionSlug: slug, parent, versionData: version, createdAt, updatedAt, autosave, snapshot, publishedLocale, returning: false, req })
        restoredVersions++
      }
    }
    onProgress?.(`${slug}: ${documents} documents${versions ? `, ${restoredVersions} versions` : ''} loaded`)
  }
}
