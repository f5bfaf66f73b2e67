/**
 * `createBackup`: one .tar.gz archive with every document and version (the review log is part of
 * each document), every uploaded file and a manifest of counts and checksums.
 *
 * Everything is staged in a folder beside the archive first (uploads hard-linked, so a large
 * library costs nothing to stage), packed into `<file>.partial`, read back and checked against the
 * manifest, and only then renamed to `<file>`: an interrupted or failed backup never leaves a
 * half-written archive under the name a restore would use.
 *
 * With media in an object store (`MEDIA_S3_BUCKET`) the files come from the bucket instead of
 * `media/`, downloaded into the staging folder one stream at a time (./bucket.ts), under the same
 * `media/<name>` entries: an archive is the same whatever the storage.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { linkOrCopy } from '../lib/files'
import { mediaDir as defaultMediaDir } from '../lib/paths'
import { mediaStoreOf } from '../media/files'
import type { S3Settings } from '../media/s3Settings'
import { checksumArchive, packArchive } from './archive'
import { filesOfDocument, stageBucket, storeLabel } from './bucket'
import { databaseKind, dumpDatabase, migrationNames, readJsonLines } from './database'
import { MANIFEST_FILE, MEDIA_DIR } from './entries'
import { BackupError } from './errors'
import { byCodePoint, checksumFile, isInside, listFiles } from './files'
import { buildManifest, documentsFile, type FileEntry, formatBytes, type Manifest } from './manifest'
import { backupScope, type ScopedCollection } from './scope'

export type BackupOptions = {
  /** The upload folder (default `media/` of the checkout, see src/lib/paths.ts). */
  mediaDir?: string
  /** The object store holding the media files instead (default: the one Payload was started with, see src/media/files.ts `mediaStoreOf`; null: `mediaDir`). */
  store?: S3Settings | null
  onProgress?: (line: string) => void
}

export type BackupResult = { file: string; manifest: Manifest; archiveBytes: number; warnings: string[] }

export async function createBackup(payload: Payload, file: string, options: BackupOptions = {}): Promise<BackupResult> {
  const mediaDir = path.resolve(options.mediaDir ?? defaultMediaDir)
  const progress = options.onProgress ?? (() => {})
  const target = path.resolve(file)
  const store = options.store !== undefined ? options.store : mediaStoreOf(payload)
  if (!store && isInside(target, mediaDir)) throw new BackupError(`the archive ${target} would be inside the upload folder ${mediaDir}; write it somewhere else, e.g. backups/.`)
  if (fs.statSync(target, { throwIfNoEntry: false })?.isDirectory()) throw new BackupError(`${target} is a folder; give the name of the archive to write, e.g. backups/union-cms.tar.gz.`)
  const scope = backupScope(payload.config)
  const kind = databaseKind(payload)

  fs.mkdirSync(path.dirname(target), { recursive: true })
  // `.tmp-*` folders are git-ignored, should a backup into the checkout be interrupted.
  const stage = fs.mkdtempSync(path.join(path.dirname(target), '.tmp-backup-'))
  const partial = `${target}.partial`
  try {
    const dump = await dumpDatabase(payload, scope, stage, progress)
    for (const { slug } of scope) {
      const c = dump.collections[slug]!
      progress(`${slug}: ${c.documents} documents${c.versions === undefined ? '' : `, ${c.versions} versions`}`)
    }
    const migrations = await migrationNames(payload)

    const files: Record<string, FileEntry> = { ...dump.files }
    let mediaFiles: string[]
    let skipped: string[]
    if (store) {
      // Without a prefix, the files the media documents name are the CMS's part of the bucket.
      const staged = await stageBucket(store, stage, store.prefix ? new Set() : await namedFiles(stage, scope))
      mediaFiles = Object.keys(staged.files).sort(byCodePoint)
      for (const rel of mediaFiles) files[`${MEDIA_DIR}/${rel}`] = staged.files[rel]!
      skipped = staged.skipped
    } else {
      const media = listFiles(mediaDir)
      for (const rel of media.files) {
        const staged = path.join(stage, MEDIA_DIR, rel)
        fs.mkdirSync(path.dirname(staged), { recursive: true })
        linkOrCopy(path.join(mediaDir, rel), staged)
        files[`${MEDIA_DIR}/${rel}`] = await checksumFile(staged)
      }
      mediaFiles = media.files
      skipped = media.skipped.map((rel) => `media/${rel} is not a regular file (a link?) and was left out`)
    }
    const mediaBytes = mediaFiles.reduce((sum, rel) => sum + files[`${MEDIA_DIR}/${rel}`]!.bytes, 0)
    progress(`media: ${mediaFiles.length} files, ${formatBytes(mediaBytes)}${store ? ` from the ${storeLabel(store)}` : ''}`)

    const warnings = [...skipped, ...(await missingUploads(stage, scope, new Set(mediaFiles), store))]

    const manifest = buildManifest({ createdAt: new Date().toISOString(), database: { kind, migrations }, collections: dump.collections, files })
    fs.writeFileSync(path.join(stage, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`)
    await packArchive(stage, [MANIFEST_FILE, ...Object.keys(manifest.files)], partial)

    // Read the archive back: a file that changed while it was packed would make a backup that a
    // restore refuses, so it is caught now, while the data is still there to back up again.
    const packed = await checksumArchive(partial)
    for (const [name, entry] of Object.entries(manifest.files)) {
      const got = packed.get(name)
      if (!got || got.sha256 !== entry.sha256 || got.bytes !== entry.bytes) {
        throw new BackupError(`${name} changed while the archive was written; run the backup again.`)
      }
    }
    fs.renameSync(partial, target)
    return { file: target, manifest, archiveBytes: fs.statSync(target).size, warnings }
  } finally {
    fs.rmSync(stage, { recursive: true, force: true })
    fs.rmSync(partial, { force: true })
  }
}

/**
 * Files that upload documents name (original and sizes; in a bucket, the JPEG fallbacks too) but
 * the upload folder or bucket does not hold.
 */
async function missingUploads(stage: string, scope: ScopedCollection[], present: Set<string>, store: S3Settings | null): Promise<string[]> {
  const missing: string[] = []
  const where = store ? `the ${storeLabel(store)}` : 'the upload folder'
  for (const { slug, upload } of scope) {
    if (!upload) continue
    for await (const doc of readJsonLines(path.join(stage, documentsFile(slug)))) {
      const sizes = Object.values((doc.sizes ?? {}) as Record<string, { filename?: unknown } | null>)
      const names = store ? filesOfDocument(doc) : [doc.filename, ...sizes.map((s) => s?.filename)]
      for (const name of names) {
        if (typeof name === 'string' && name && !present.has(name)) missing.push(`${slug} ${String(doc.id)} names ${name}, which is not in ${where}`)
      }
    }
  }
  return missing
}

/** Every file the upload documents of the dump in `stage` name (original, sizes, JPEG fallbacks). */
async function namedFiles(stage: string, scope: ScopedCollection[]): Promise<Set<string>> {
  const names = new Set<string>()
  for (const { slug, upload } of scope) {
    if (!upload) continue
    for await (const doc of readJsonLines(path.join(stage, documentsFile(slug)))) for (const name of filesOfDocument(doc)) names.add(name)
  }
  return names
}
