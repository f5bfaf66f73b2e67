/**
 * Restoring a backup made by `createBackup`, in two steps:
 *
 * 1. `openBackup` unpacks the archive into a scratch folder and checks every file against the
 *    manifest. A damaged, tampered or unsafe archive is refused here, before the target database
 *    or upload folder is opened, let alone written.
 * 2. `restoreBackup` loads the documents into the database Payload is connected to and puts the
 *    uploads into the upload folder. It writes only into an empty target, or replaces everything
 *    with `force`; it then reads the database back and compares it with the backup's checksums.
 *
 * The server must be stopped while a restore runs: it keeps its own view of the database and media.
 *
 * With media in an object store (`MEDIA_S3_BUCKET`) the files go to the bucket under the same keys
 * the CMS uses (`objectKey`), and "empty" and `force` concern only the CMS's objects there (see
 * ./bucket.ts for which those are, with and without `MEDIA_S3_PREFIX`).
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload, PayloadRequest } from 'payload'

import { linkOrCopy } from '../lib/files'
import { mediaDir as defaultMediaDir, projectRoot } from '../lib/paths'
import { deleteMediaObjects, mediaStoreOf } from '../media/files'
import type { S3Settings } from '../media/s3Settings'
import { extractArchive } from './archive'
import { bucketContents, contentTypes, filesOfDocument, storeLabel, uploadToBucket } from './bucket'
import { databaseKind, dumpDatabase, loadDatabase, migrationNames, readJsonLines, wipeDatabase } from './database'
import { MANIFEST_FILE, MEDIA_DIR } from './entries'
import { BackupError } from './errors'
import { checksumFile, listFiles } from './files'
import { type CollectionCounts, documentsFile, type FileEntry, type Manifest, parseManifest } from './manifest'
import { backupScope, type ScopedCollection } from './scope'
import { withoutForeignKeyChecks } from './sqlite'
import { loadWithDeferredReferences } from './postgres'
import { shippedMigrationNames } from '../db/migrate'

export type OpenedBackup = {
  file: string
  /** Scratch folder holding the verified contents; removed by `close`. */
  dir: string
  manifest: Manifest
  close: () => void
}

/** Unpack and verify `file`. `workDir` gets the scratch folder (default: the checkout). */
export async function openBackup(file: string, options: { workDir?: string } = {}): Promise<OpenedBackup> {
  const workDir = options.workDir ?? projectRoot
  fs.mkdirSync(workDir, { recursive: true })
  // `.tmp-*` folders are git-ignored, should a restore be interrupted.
  const dir = fs.mkdtempSync(path.join(workDir, '.tmp-restore-'))
  const close = () => fs.rmSync(dir, { recursive: true, force: true })
  try {
    await extractArchive(path.resolve(file), dir)
    const manifestPath = path.join(dir, MANIFEST_FILE)
    if (!fs.existsSync(manifestPath)) throw new BackupError(`${file} has no manifest.json; it is not an archive made by npm run backup. Nothing was restored.`)
    const manifest = parseManifest(fs.readFileSync(manifestPath, 'utf8'))
    const problems = await verifyFiles(dir, manifest)
    if (problems.length > 0) {
      const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''
      throw new BackupError(`refusing the archive: ${problems[0]}${more}. It is damaged or was changed after it was made; nothing was restored.`)
    }
    return { file, dir, manifest, close }
  } catch (err) {
    close()
    throw err
  }
}

async function verifyFiles(dir: string, manifest: Manifest): Promise<string[]> {
  const problems: string[] = []
  const unpacked = new Set(listFiles(dir, { withPlaceholder: true }).files.filter((f) => f !== MANIFEST_FILE))
  for (const [name, expected] of Object.entries(manifest.files)) {
    if (!unpacked.delete(name)) {
      problems.push(`${name} is listed in the manifest but missing from the archive`)
      continue
    }
    const actual = await checksumFile(path.join(dir, name))
    if (actual.sha256 !== expected.sha256 || actual.bytes !== expected.bytes) problems.push(`checksum mismatch for ${name}`)
  }
  for (const name of unpacked) problems.push(`${name} is in the archive but not in its manifest`)
  return problems
}

export type RestoreOptions = {
  /** The upload folder (default `media/` of the checkout). */
  mediaDir?: string
  /** The object store to put the media files in instead (default: the one Payload was started with, see src/media/files.ts `mediaStoreOf`; null: `mediaDir`). */
  store?: S3Settings | null
  /** Replace whatever the target database and upload folder hold. */
  force?: boolean
  onProgress?: (line: string) => void
}

export type RestoreResult = { collections: Record<string, CollectionCounts>; mediaFiles: number; warnings: string[] }

export async function restoreBackup(payload: Payload, backup: OpenedBackup, options: RestoreOptions = {}): Promise<RestoreResult> {
  const mediaDir = path.resolve(options.mediaDir ?? defaultMediaDir)
  const progress = options.onProgress ?? (() => {})
  const { manifest } = backup
  const everything = backupScope(payload.config)
  const { scope, warnings } = await checkCompatible(payload, manifest, everything)

  const store = options.store !== undefined ? options.store : mediaStoreOf(payload)
  const uploads = Object.keys(manifest.files).filter((name) => name.startsWith(`${MEDIA_DIR}/`))
  const present = await targetContents(payload, everything)
  let mediaPresent: string[]
  let mediaWhat: string
  if (store) {
    // Without a prefix only these are the CMS's; read before --force empties the database.
    const candidates = store.prefix ? new Set<string>() : new Set([...uploads.map((name) => name.slice(MEDIA_DIR.length + 1)), ...(await targetFiles(payload, everything))])
    mediaPresent = [...(await bucketContents(store, candidates)).keys()]
    mediaWhat = `${mediaPresent.length} files in the ${storeLabel(store)}`
  } else {
    mediaPresent = listFiles(mediaDir).files
    mediaWhat = `${mediaPresent.length} files in ${mediaDir}`
  }
  const occupied = present.length > 0 || mediaPresent.length > 0
  const what = [...present, ...(mediaPresent.length > 0 ? [mediaWhat] : [])].join(', ')
  if (occupied && !options.force) {
    throw new BackupError(
      `the target is not empty (${what}); a restore writes only into an empty database and ${store ? 'media store' : 'upload folder'}. To replace all of it with the backup, stop the server and run the restore again with --force.`,
    )
  }

  try {
    if (occupied) {
      progress(`--force: removing what the target holds (${what})`)
      await wipeDatabase(payload, everything)
      if (store) await deleteMediaObjects(store, mediaPresent)
      else for (const rel of mediaPresent) fs.rmSync(path.join(mediaDir, rel), { force: true })
    }

    const load = (req?: PayloadRequest) => loadDatabase(payload, backup.dir, scope, progress, req)
    const broken = databaseKind(payload) === 'postgres' ? (await loadWithDeferredReferences(payload, load), []) : await withoutForeignKeyChecks(payload, load)
    if (broken.length > 0) warnings.push(`references to documents that are not in the backup remain in: ${broken.join(', ')}`)

    if (store) {
      const files: Record<string, FileEntry> = Object.fromEntries(uploads.map((name) => [name.slice(MEDIA_DIR.length + 1), manifest.files[name]!]))
      const typeOf = contentTypes(await backupDocuments(backup.dir, scope))
      await uploadToBucket(store, backup.dir, files, typeOf, (done) => progress(`media: ${done} of ${uploads.length} files uploaded`))
      progress(`media: ${uploads.length} files uploaded to the ${storeLabel(store)}`)
    } else {
      for (const name of uploads) {
        const to = path.join(mediaDir, name.slice(MEDIA_DIR.length + 1))
        fs.mkdirSync(path.dirname(to), { recursive: true })
        linkOrCopy(path.join(backup.dir, name), to)
      }
      progress(`media: ${uploads.length} files`)
    }

    // Read everything back the way a backup does: the same bytes as in the archive, or the restore
    // lost something on the way.
    const check = await dumpDatabase(payload, scope, null)
    const differing = Object.entries(check.files)
      .filter(([name, entry]) => manifest.files[name]?.sha256 !== entry.sha256)
      .map(([name]) => name)
    if (differing.length > 0) throw new BackupError(`the restored database differs from the backup in ${differing.join(', ')}; please report this`)
    return { collections: check.collections, mediaFiles: uploads.length, warnings }
  } catch (err) {
    // From here on the target holds part of the backup (and, with --force, no longer what it held).
    const reason = (err as Error).message.replace(/[.;]\s*$/, '')
    throw new BackupError(`${reason}. The target now holds part of the backup: fix the cause, then run the restore again with --force.`, { cause: err })
  }
}

/** Refuse a backup this target cannot take; returns the collections to load and any warnings. */
async function checkCompatible(payload: Payload, manifest: Manifest, scope: ScopedCollection[]): Promise<{ scope: ScopedCollection[]; warnings: string[] }> {
  const kind = databaseKind(payload)
  const from = manifest.database.kind
  // SQLite and PostgreSQL number documents alike (the same tables through Payload's Drizzle
  // adapters), so a backup of one restores into the other: that is how an office moves to
  // PostgreSQL. MongoDB's ids are of another kind.
  const sameIds = from === kind || (from !== 'mongodb' && kind !== 'mongodb')
  if (!sameIds) {
    throw new BackupError(
      `the backup comes from a ${from} database and the target is ${kind}; a MongoDB backup restores only into MongoDB, and an SQLite or PostgreSQL backup only into SQLite or PostgreSQL (their document ids differ). Set DATABASE_URI accordingly.`,
    )
  }
  const bySlug = new Map<string, ScopedCollection>(scope.map((c) => [c.slug, c]))
  for (const [slug, counts] of Object.entries(manifest.collections)) {
    const collection = bySlug.get(slug)
    if (!collection || (counts.versions !== undefined) !== collection.versions) {
      throw new BackupError(`the backup’s collection "${slug}" does not match this version of the CMS; restore it with the version that made it.`)
    }
  }
  // Migrations are named per kind of database: across kinds, the backup is compared with the
  // migrations this checkout ships for the kind it came from.
  const targetMigrations = from === kind ? await migrationNames(payload) : shippedMigrationNames(from)
  const newer = manifest.database.migrations.filter((name) => !targetMigrations.includes(name))
  if (kind !== 'mongodb' && newer.length > 0) {
    throw new BackupError(
      `the backup comes from a newer version of the CMS (its database ran migration ${newer.join(', ')}, which this checkout does not have); update the checkout (git pull && npm install) and restore again.`,
    )
  }
  const older = kind !== 'mongodb' ? targetMigrations.filter((name) => !manifest.database.migrations.includes(name)) : []
  const warnings = older.length > 0 ? [`the backup predates migration ${older.join(', ')}; its documents were loaded into the current schema as they were`] : []
  return { scope: scope.filter((c) => c.slug in manifest.collections), warnings }
}

/** "users 4", "articles 9 (+9 versions)", … for every collection that is not empty. */
async function targetContents(payload: Payload, scope: ScopedCollection[]): Promise<string[]> {
  const found: string[] = []
  for (const { slug, versions } of scope) {
    const { totalDocs } = await payload.db.count({ collection: slug, where: {} })
    const versionCount = versions ? (await payload.db.countVersions({ collection: slug, where: {} })).totalDocs : 0
    if (totalDocs > 0 || versionCount > 0) found.push(`${slug} ${totalDocs}${versionCount > 0 ? ` (+${versionCount} versions)` : ''}`)
  }
  return found
}

/** Every file the upload documents of the target database name now (original, sizes, JPEG fallbacks). */
async function targetFiles(payload: Payload, scope: ScopedCollection[]): Promise<string[]> {
  const names: string[] = []
  for (const { slug, upload } of scope) {
    if (!upload) continue
    const { docs } = await payload.db.find<Record<string, unknown>>({ collection: slug, where: {}, limit: 0, pagination: false })
    for (const doc of docs) names.push(...filesOfDocument(doc))
  }
  return names
}

/** The upload documents of the unpacked backup (for the files' MIME types). */
async function backupDocuments(dir: string, scope: ScopedCollection[]): Promise<Record<string, unknown>[]> {
  const docs: Record<string, unknown>[] = []
  for (const { slug, upload } of scope) {
    if (!upload) continue
    for await (const doc of readJsonLines(path.join(dir, documentsFile(slug)))) docs.push(doc)
  }
  return docs
}
