/**
 * The media collection's upload pipeline, in the order Payload runs it:
 *
 * 1. `refuseUnsafeUploads` (beforeOperation) decides the type from the bytes, applies the limits,
 *    decodes the photo to the end and replaces it with a clean, upright copy (no EXIF/XMP/IPTC),
 *    under a safe, short file name (`storedName`).
 *    It runs before Payload stores anything, so a refused file leaves nothing in `media/`, and
 *    Payload removes its temporary upload file when the operation throws.
 * 2. `fillCaptionFromMetadata` (beforeChange) puts the caption and credit found in the photo's
 *    metadata into empty `caption` / `credit` fields.
 * 3. `renderSizes` (beforeChange) renders the WebP and JPEG derivatives of a new photo, or of a
 *    photo whose focal point moved, and records them in `sizes`. Their names carry the first 12
 *    hex digits of the SHA-256 of the file as uploaded (`photo-3f2a9c1be07d-320x240.webp`), so a
 *    photo already in the library can be found by its content (`findBySourceHash`) without a
 *    column of its own, and a replaced photo never reuses a cached URL.
 * 4. `removeReplacedFiles` (afterChange) and `removeDerivativeFiles` (afterDelete) delete the
 *    derivative files nothing points at any more.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import type { Media } from '../../payload-types'

import { safeFileName } from '../lib/files'
import { cleanPhoto } from './cleanPhoto'
import { readMediaFile } from './files'
import { fallbackFilename, type Focal, renderDerivatives } from './derivatives'
import type { EmbeddedText } from './embeddedText'
import { MediaRefusal } from './errors'
import { type Identified, type IncomingFile, identifyUpload } from './identify'
import { NAME_STEM_MAX_BYTES } from './limits'

/** `req.context` key for the caption and credit read from the upload's metadata. */
const EMBEDDED_TEXT = 'mediaEmbeddedText'
/** `req.context` key under which `renderSizes` leaves the JPEG fallbacks when nothing is written locally (see storage.ts). */
export const PENDING_FALLBACKS = 'mediaPendingFallbacks'
export type PendingFallback = { filename: string; data: Buffer; mimeType: string }

/** `req.context` key for the SHA-256 of the upload as it arrived (before cleaning). */
const SOURCE_HASH = 'mediaSourceHash'

/** SHA-256 (hex) of a file's bytes as uploaded: the same photo always gives the same hash. */
export async function contentHash(file: { data?: Buffer; tempFilePath?: string }): Promise<string> {
  const hash = createHash('sha256')
  if (file.data && file.data.length > 0) return hash.update(file.data).digest('hex')
  for await (const chunk of createReadStream(file.tempFilePath as string)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** A media document as stored, or the part of one a save sends. */
type MediaData = Partial<Media>

/** One derivative size of a photo, as stored in `sizes`. */
export type SizeFile = NonNullable<NonNullable<Media['sizes']>[keyof NonNullable<Media['sizes']>]>

/** Every derivative size a media document records. */
export function sizeFilesOf(doc: MediaData | undefined): (SizeFile | null | undefined)[] {
  return Object.values(doc?.sizes ?? {})
}

async function bytesOf(file: IncomingFile): Promise<Buffer> {
  if (file.data && file.data.length > 0) return file.data
  return fs.readFile(file.tempFilePath as string)
}

/**
 * The name an upload is stored (and linked) under: `safeFileName` of the name it came with, so
 * `#`, `?`, `%`, quotes, a leading dot, the RTL override or a Windows device name cannot make a
 * file the API route or the static site fails to serve, and a long Chinese name is shortened
 * (keeping its characters) instead of failing with ENAMETOOLONG once the sizes' suffixes are added.
 * A name without an extension gets the one its content calls for, so the stored file is served right.
 */
function storedName(uploaded: string, identified: Identified): string {
  const ext = path.extname(uploaded).slice(1).toLowerCase()
  return safeFileName(uploaded, /^[a-z0-9]+$/.test(ext) ? ext : identified.ext, identified.kind, NAME_STEM_MAX_BYTES)
}

export const refuseUnsafeUploads: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file as IncomingFile | undefined
  if (!file) return args
  try {
    const identified = await identifyUpload(file)
    req.context[SOURCE_HASH] = await contentHash(file)
    const name = storedName(file.name, identified)
    let next: IncomingFile = { ...file, name, mimetype: identified.mime }
    if (identified.kind === 'photo') {
      const cleaned = await cleanPhoto(await bytesOf(file))
      if (file.data && file.data.length > 0) next = { ...next, data: cleaned.data, size: cleaned.data.length }
      else {
        await fs.writeFile(file.tempFilePath as string, cleaned.data)
        next = { ...next, size: cleaned.data.length }
      }
      req.context[EMBEDDED_TEXT] = cleaned.embedded
    }
    // A new object: the Local API hands over the caller's own file object, which is not ours to change.
    req.file = next as typeof req.file
  } catch (err) {
    if (err instanceof MediaRefusal) {
      req.payload.logger.info({ msg: `media upload refused (${err.reason}, ${err.status}): ${file.name}`, reason: err.message })
      throw err
    }
    // Anything else reading an upload (sharp, the file system) is the file's fault, not the server's.
    req.payload.logger.warn({ err, msg: `media upload could not be read: ${file.name}` })
    throw new MediaRefusal('corrupt', '无法读取上传的文件，文件可能已损坏。请重新导出后再上传。')
  }
  return args
}

export const fillCaptionFromMetadata: CollectionBeforeChangeHook<Media> = ({ data, originalDoc, req }) => {
  const embedded = req.file ? (req.context[EMBEDDED_TEXT] as EmbeddedText | undefined) : undefined
  if (!embedded) return data
  const current = { ...originalDoc, ...data }
  if (embedded.caption && !current.caption?.trim()) data.caption = embedded.caption
  if (embedded.credit && !current.credit?.trim()) data.credit = embedded.credit
  return data
}

const focalOf = (doc: MediaData | undefined): Focal => ({ x: doc?.focalX ?? 50, y: doc?.focalY ?? 50 })

/** The stored original, for a re-crop: from the local disk or the object store (files.ts). */
async function storedOriginal(req: PayloadRequest, filename: string): Promise<Buffer | null> {
  const data = await readMediaFile(req.payload, filename).catch((err: unknown) => {
    req.payload.logger.warn({ err, msg: `media: ${filename} could not be read; its sizes were not re-cropped` })
    return null
  })
  if (!data) req.payload.logger.warn(`media: ${filename} is not where media files are kept; its sizes were not re-cropped`)
  return data
}

/** Length of the content tag in derivative names. */
const TAG_LENGTH = 12
const TAG_IN_NAME = new RegExp(`-([0-9a-f]{${TAG_LENGTH}})-\\d+x\\d+\\.webp$`)

/** The content tag of a stored photo, from one of its size file names. */
export function sourceTagOf(doc: MediaData | undefined): string | undefined {
  for (const size of sizeFilesOf(doc)) {
    const tag = size?.filename?.match(TAG_IN_NAME)?.[1]
    if (tag) return tag
  }
  return undefined
}

/** Photos in the library whose uploaded file had this SHA-256 (hex). */
export async function findBySourceHash(payload: PayloadRequest['payload'], sha256: string) {
  const tag = sha256.slice(0, TAG_LENGTH).toLowerCase()
  const { docs } = await payload.find({
    collection: 'media',
    where: { 'sizes.thumbnail.filename': { contains: `-${tag}-` } },
    depth: 0,
    limit: 10,
    pagination: false,
  })
  return docs
}

export const renderSizes: CollectionBeforeChangeHook<Media> = async ({ collection, data, operation, originalDoc, req }) => {
  const incoming = data
  const previous = originalDoc
  const mimeType = incoming.mimeType ?? previous?.mimeType
  const filename = incoming.filename ?? previous?.filename
  if (!filename || !mimeType?.startsWith('image/')) return data
  const upload = collection.upload
  const focal = { ...focalOf(previous), ...(incoming.focalX != null ? { x: incoming.focalX } : {}), ...(incoming.focalY != null ? { y: incoming.focalY } : {}) }
  const focalMoved = operation === 'update' && previous !== undefined && (focal.x !== focalOf(previous).x || focal.y !== focalOf(previous).y)

  let source: Buffer | null = null
  if (req.file) source = await bytesOf(req.file as IncomingFile)
  else if (focalMoved) source = await storedOriginal(req, filename)
  if (!source) return data

  // A file uploaded in this operation brings its own hash; a re-crop keeps the stored one.
  const uploadedHash = req.file ? (req.context[SOURCE_HASH] as string | undefined) : undefined
  const tag = uploadedHash ? uploadedHash.slice(0, TAG_LENGTH) : sourceTagOf(previous)
  const stem = path.parse(filename).name
  const rendered = await renderDerivatives(source, { baseName: tag ? `${stem}-${tag}` : stem, focal })
  const sizes: Record<string, SizeFile> = {}
  req.payloadUploadSizes = {}
  for (const size of rendered) {
    sizes[size.name] = { width: size.width, height: size.height, mimeType: size.webp.mimeType, filesize: size.webp.filesize, filename: size.webp.filename, url: null }
    // Storage adapters (S3) upload `payloadUploadSizes` next to the original.
    req.payloadUploadSizes[size.name] = size.webp.data
  }
  if (upload.disableLocalStorage) {
    // An object store (src/media/storage.ts): its adapter uploads the WebP sizes with a new file;
    // the JPEG fallbacks, and the WebP sizes of a re-crop (no file), are handed to storage.ts's hook.
    const files = rendered.flatMap((size) => (req.file ? [size.jpeg] : [size.webp, size.jpeg]))
    req.context[PENDING_FALLBACKS] = [...new Map(files.map((f) => [f.filename, f])).values()].map((f): PendingFallback => ({ filename: f.filename, data: f.data, mimeType: f.mimeType }))
  } else if (upload.staticDir) {
    await fs.mkdir(upload.staticDir, { recursive: true })
    const written = new Set<string>()
    for (const size of rendered) {
      for (const file of [size.webp, size.jpeg]) {
        if (written.has(file.filename)) continue
        written.add(file.filename)
        await fs.writeFile(path.join(upload.staticDir, file.filename), file.data)
      }
    }
  }
  data.sizes = sizes
  data.focalX = focal.x
  data.focalY = focal.y
  return data
}

function sizeFilenames(doc: MediaData | undefined): Set<string> {
  const names = new Set<string>()
  for (const size of sizeFilesOf(doc)) {
    if (size?.filename) {
      names.add(size.filename)
      names.add(fallbackFilename(size.filename))
    }
  }
  return names
}

async function unlinkAll(staticDir: string, filenames: Iterable<string>): Promise<void> {
  const root = path.resolve(staticDir)
  for (const name of filenames) {
    const target = path.resolve(root, name)
    if (path.dirname(target) !== root) continue
    await fs.rm(target, { force: true })
  }
}

export const removeReplacedFiles: CollectionAfterChangeHook<Media> = async ({ collection, doc, previousDoc, operation }) => {
  const staticDir = collection.upload.staticDir
  if (operation !== 'update' || !staticDir || collection.upload.disableLocalStorage) return doc
  const current = sizeFilenames(doc)
  const stale = [...sizeFilenames(previousDoc)].filter((name) => !current.has(name))
  await unlinkAll(staticDir, stale)
  return doc
}

export const removeDerivativeFiles: CollectionAfterDeleteHook<Media> = async ({ collection, doc }) => {
  const staticDir = collection.upload.staticDir
  if (!staticDir || collection.upload.disableLocalStorage) return doc
  await unlinkAll(staticDir, sizeFilenames(doc))
  return doc
}
