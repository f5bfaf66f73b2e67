/**
 * `createBackup`: one .tar.gz archive with every document and version (the review log is part of
 * each document), every uploaded file and a manifest of counts and checksums.
 *
 * Everything is staged in a folder beside the archive first (uploads hard-linked, so a large
 * library costs nothing to stage), packed into `<file>.partial`, read back and checked against the
 * manifest, and only then renamed to `<file>`: an interrupted or failed backup never leaves a
 * half-written archive under the name a restore would use.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { linkOrCopy } from '../lib/files'
import { mediaDir as defaultMediaDir } from '../lib/paths'
import { checksumArchive, packArchive } from './archive'
import { databaseKind, dumpDatabase, migrationNames, readJsonLines } from './database'
import { MANIFEST_FILE, MEDIA_DIR } from './entries'
import { BackupError } from './errors'
import { checksumFile, isInside, listFiles } from './files'
import { buildManifest, documentsFile, type FileEntry, formatBytes, type Manifest } from './manifest'
import { backupScope, type ScopedCollection } from './scope'

export type BackupOptions = {
  /** The upload folder (default `media/` of the checkout, see src/lib/paths.ts). */
  mediaDir?: string
  onProgress?: (line: string) => void
}

export type BackupResult = { file: string; manifest: Manifest; archiveBytes: number; warnings: string[] }

export async function createBackup(payload: Payload, file: string, options: BackupOptions = {}): Promise<BackupResult> {
  const mediaDir = path.resolve(options.mediaDir ?? defaultMediaDir)
  const progress = options.onProgress ?? (() => {})
  const target = path.resolve(file)
  if (isInside(target, mediaDir)) throw new BackupError(`the archive ${target} would be inside the upload folder ${mediaDir}; write it somewhere else, e.g. backups/.`)
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

    const media = listFiles(mediaDir)
    const files: Record<string, FileEntry> = { ...dump.files }
    for (const rel of media.files) {
      const staged = path.join(stage, MEDIA_DIR, rel)
      fs.mkdirSync(path.dirname(staged), { recursive: true })
      linkOrCopy(path.join(mediaDir, rel), staged)
      files[`${MEDIA_DIR}/${rel}`] = await checksumFile(staged)
    }
    const mediaBytes = media.files.reduce((sum, rel) => sum + files[`${MEDIA_DIR}/${rel}`]!.bytes, 0)
    progress(`media: ${media.files.length} files, ${formatBytes(mediaBytes)}`)

    const warnings = [
      ...media.skipped.map((rel) => `media/${rel} is not a regular file (a link?) and was left out`),
      ...(await missingUploads(stage, scope, new Set(media.files))),
    ]

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

/** Files that upload documents name (original and sizes) but the upload folder does not hold. */
async function missingUploads(stage: string, scope: ScopedCollection[], present: Set<string>): Promise<string[]> {
  const missing: string[] = []
  for (const { slug, upload } of scope) {
    if (!upload) continue
    for await (const doc of readJsonLines(path.join(stage, documentsFile(slug)))) {
      const sizes = Object.values((doc.sizes ?? {}) as Record<string, { filename?: unknown } | null>)
      for (const name of [doc.filename, ...sizes.map((s) => s?.filename)]) {
        if (typeof name === 'string' && name && !present.has(name)) missing.push(`${slug} ${String(doc.id)} names ${name}, which is not in the upload folder`)
      }
    }
  }
  return missing
}
