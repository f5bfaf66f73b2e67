/**
 * The media part of a backup when the CMS keeps its files in an object store (`MEDIA_S3_BUCKET`,
 * src/media/storage.ts) instead of `media/`. The archive is the same either way: every file is
 * `media/<name>` with its checksum, so a backup of a bucket restores onto a local disk and the
 * reverse (how an office moves its photos to an object store).
 *
 * Which objects are the CMS's:
 * - **With `MEDIA_S3_PREFIX`** everything under `<prefix>/` is: a backup takes every object there
 *   (not only those the documents name, so nothing the CMS stored is forgotten), and
 *   `restore --force` deletes every object there, and nothing outside it.
 * - **Without a prefix** the bucket may hold other things, so only the files media documents name
 *   are: a backup takes the original, every size and its JPEG fallback of each document; a restore
 *   counts, and `--force` deletes, only the objects that are files of the backup or of the media
 *   documents the target database holds. Nothing else in the bucket is read or touched.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

import { fallbackFilename } from '../media/derivatives'
import { listMediaObjects, openMediaObject, putMediaObject } from '../media/files'
import { describeStore, type S3Settings } from '../media/s3Settings'
import { entryProblem, MEDIA_DIR } from './entries'
import { BackupError } from './errors'
import { byCodePoint, inTurns, PLACEHOLDER } from './files'
import type { FileEntry } from './manifest'

/** Downloads and uploads at once (the publisher uses 8; a backup shares the store with running servers). */
const TRANSFERS = 4

/** `bucket "union-media" at https://oss.internal under media/`, for messages; never a key. */
export function storeLabel(s3: S3Settings): string {
  const { where, bucket } = describeStore(s3)
  return `bucket "${bucket}" at ${where}${s3.prefix ? ` under ${s3.prefix}/` : ''}`
}

/** Every file of a media document: the original, each size and the JPEG fallback beside each WebP size. */
export function filesOfDocument(doc: Record<string, unknown>): string[] {
  const sizes = Object.values((doc.sizes ?? {}) as Record<string, { filename?: unknown } | null>)
    .map((s) => s?.filename)
    .filter((n): n is string => typeof n === 'string' && n !== '')
  const names = [doc.filename, ...sizes, ...sizes.map(fallbackFilename)]
  return [...new Set(names.filter((n): n is string => typeof n === 'string' && n !== ''))]
}

/**
 * Why an object's name cannot be a file of the archive (a `..` step, an empty folder name, a file
 * that is also a folder…), or null. Such objects are not the CMS's own: they are left out, and said.
 */
function nameProblem(name: string, all: Set<string>): string | null {
  const segments = name.split('/')
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return 'its name has an empty, "." or ".." folder'
  const problem = entryProblem(`${MEDIA_DIR}/${name}`, 'File')
  if (problem) return problem
  for (let i = 1; i < segments.length; i++) {
    if (all.has(segments.slice(0, i).join('/'))) return `${segments.slice(0, i).join('/')} is a file, so it cannot be a folder as well`
  }
  return null
}

export type StagedMedia = { files: Record<string, FileEntry>; skipped: string[] }

/**
 * Download the CMS's files from the bucket into `stage`/media, streamed, with their checksums:
 * every object under the prefix, or, without a prefix, the files of `named` (those the media
 * documents name). A named file the bucket lacks is not staged (the caller warns about it); an
 * object deleted between the listing and its download is taken as gone.
 */
export async function stageBucket(s3: S3Settings, stage: string, named: Set<string>): Promise<StagedMedia> {
  let names: string[]
  const skipped: string[] = []
  if (s3.prefix) {
    names = []
    for await (const object of listMediaObjects(s3)) names.push(object.name)
  } else {
    names = [...named]
  }
  const all = new Set(names)
  const wanted = names.sort(byCodePoint).filter((name) => {
    // The placeholder that keeps media/ in git, should a folder have been copied into the bucket whole.
    if (name.split('/').pop() === PLACEHOLDER) return false
    const problem = nameProblem(name, all)
    if (problem) skipped.push(`${name} in the ${storeLabel(s3)} was left out: ${problem}`)
    return problem === null
  })
  const files: Record<string, FileEntry> = {}
  await inTurns(wanted, TRANSFERS, async (name) => {
    const body = await openMediaObject(s3, name)
    if (!body) return
    const staged = path.join(stage, MEDIA_DIR, name)
    fs.mkdirSync(path.dirname(staged), { recursive: true })
    const hash = crypto.createHash('sha256')
    let bytes = 0
    try {
      await pipeline(
        body,
        async function* (source: AsyncIterable<Buffer>) {
          for await (const chunk of source) {
            hash.update(chunk)
            bytes += chunk.length
            yield chunk
          }
        },
        fs.createWriteStream(staged),
      )
    } catch (err) {
      throw new BackupError(`${name} could not be read from the ${storeLabel(s3)} (${(err as Error).message}); run the backup again.`, { cause: err })
    }
    files[name] = { sha256: hash.digest('hex'), bytes }
  })
  return { files, skipped }
}

/**
 * The CMS's objects in the bucket now, by name with their size: everything under the prefix, or,
 * without a prefix, only the objects whose names are in `candidates` (the files of the backup and
 * of the target's media documents).
 */
export async function bucketContents(s3: S3Settings, candidates: Set<string>): Promise<Map<string, number>> {
  const found = new Map<string, number>()
  for await (const object of listMediaObjects(s3)) {
    if (s3.prefix || candidates.has(object.name)) found.set(object.name, object.bytes)
  }
  return found
}

const TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  mov: 'video/quicktime',
  webm: 'video/webm',
  pdf: 'application/pdf',
}

/**
 * The Content-Type each file is served with (`/api/media/file/<name>` answers with the object's):
 * the MIME type its document records (original and sizes; JPEG for fallbacks), else by extension.
 */
export function contentTypes(documents: Iterable<Record<string, unknown>>): (name: string) => string {
  const known = new Map<string, string>()
  for (const doc of documents) {
    if (typeof doc.filename === 'string' && typeof doc.mimeType === 'string') known.set(doc.filename, doc.mimeType)
    for (const size of Object.values((doc.sizes ?? {}) as Record<string, { filename?: unknown; mimeType?: unknown } | null>)) {
      if (typeof size?.filename !== 'string') continue
      if (typeof size.mimeType === 'string') known.set(size.filename, size.mimeType)
      if (fallbackFilename(size.filename) !== size.filename) known.set(fallbackFilename(size.filename), 'image/jpeg')
    }
  }
  return (name) => known.get(name) ?? TYPES[name.slice(name.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * Upload the archive's media files (unpacked and verified in `dir`) to the bucket under the same
 * names, each with Content-MD5 so the store refuses one damaged on the way; then list the bucket
 * and check that every file is there at its size.
 */
export async function uploadToBucket(
  s3: S3Settings,
  dir: string,
  files: Record<string, FileEntry>,
  typeOf: (name: string) => string,
  onUploaded?: (done: number) => void,
): Promise<void> {
  const names = Object.keys(files)
  let done = 0
  await inTurns(names, TRANSFERS, async (name) => {
    const file = path.join(dir, MEDIA_DIR, name)
    const md5 = crypto.createHash('md5')
    for await (const chunk of fs.createReadStream(file)) md5.update(chunk as Buffer)
    try {
      await putMediaObject(s3, name, { path: file, bytes: files[name]!.bytes, contentType: typeOf(name), md5: md5.digest('base64') })
    } catch (err) {
      throw new BackupError(`${name} could not be uploaded to the ${storeLabel(s3)} (${(err as Error).message})`, { cause: err })
    }
    if (++done % 100 === 0) onUploaded?.(done)
  })
  const stored = await bucketContents(s3, new Set(names))
  const wrong = names.filter((name) => stored.get(name) !== files[name]!.bytes)
  if (wrong.length > 0) {
    throw new BackupError(`the ${storeLabel(s3)} does not hold ${wrong[0]} as uploaded${wrong.length > 1 ? ` (and ${wrong.length - 1} more files)` : ''}; check the store`)
  }
}
