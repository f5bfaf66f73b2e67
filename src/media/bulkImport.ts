/**
 * Bulk import of a folder of photos (`npm run media:import`). Each photo goes through the same
 * upload pipeline as the admin (type check, limits, metadata removal, sizes). Captions come from a
 * `captions.csv` (file, caption, credit, alt) or a sidecar `photo.txt` beside `photo.jpg`, else
 * from the photo's own metadata. A photo whose content hash is already in the library is not
 * imported again, so an interrupted run can simply be started again. Optionally the photos become
 * a draft gallery, in file order.
 *
 * Runs as the system (Local API without a user): an import is an operator's command on the
 * server, like the seed, so access control and the review chain do not apply; the gallery is
 * created as a draft and goes through review like any other.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import { parse as parseCsv } from 'csv-parse/sync'
import { type Payload, ValidationError } from 'payload'

import { GALLERIES, MEDIA } from '../../collections/slugs'
import { stripLayoutMarks } from './embeddedText'
import { contentHash, findBySourceHash } from './uploadHooks'

/** Extensions the importer picks up; anything else in the folder is listed as ignored. */
const PHOTO_EXTENSIONS: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.heic': 'image/heic',
  '.heif': 'image/heif',
}
/** Files that belong to an import without being photos. */
const COMPANION = /^(captions\.csv|.*\.txt)$/i

export type CaptionEntry = { caption?: string; credit?: string; alt?: string }

export type ImportOptions = {
  /** Title of the gallery to make from the photos, in file order. */
  gallery?: string
  /** Credit for photos whose captions file gives none, e.g. "摄影 王某". */
  credit?: string
  /** Stop after the photo in progress (Ctrl-C). */
  signal?: AbortSignal
  /** Called after each photo. */
  onPhoto?: (event: PhotoEvent) => void
}

export type PhotoEvent = {
  file: string
  status: 'imported' | 'skipped' | 'refused'
  /** Why it was refused (the editor's message), or what it matched when skipped. */
  reason?: string
  index: number
  total: number
}

export type ImportResult = {
  photos: { file: string; id: number | string; status: 'imported' | 'skipped' }[]
  refused: { file: string; reason: string }[]
  ignored: string[]
  gallery?: { id: number | string; title: string; created: boolean }
  interrupted: boolean
  /** Files of imported photos still without alt text (needed before anything using them is published). */
  missingAlt: string[]
}

const collator = new Intl.Collator('zh-Hans-CN', { numeric: true, sensitivity: 'base' })

/** Text files from Chinese desks are UTF-8, or GB18030 when saved by older Windows software (Excel). */
export function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}

const HEADER_NAMES: Record<string, keyof CaptionEntry | 'file'> = {
  file: 'file',
  filename: 'file',
  文件: 'file',
  文件名: 'file',
  caption: 'caption',
  说明: 'caption',
  图片说明: 'caption',
  图说: 'caption',
  credit: 'credit',
  署名: 'credit',
  摄影: 'credit',
  alt: 'alt',
  替代文字: 'alt',
}

/**
 * `captions.csv`: one row per photo, columns file, caption, credit, alt (a header row with these
 * names, in English or Chinese, in any order; without one the columns are taken in that order).
 * Keys are file names in lower case.
 */
export function parseCaptionsCsv(text: string): Map<string, CaptionEntry> {
  const rows = parseCsv(text, { relax_column_count: true, skip_empty_lines: true, trim: true, bom: true }) as string[][]
  const entries = new Map<string, CaptionEntry>()
  if (rows.length === 0) return entries
  const header = rows[0].map((cell) => HEADER_NAMES[cell.toLowerCase()] ?? HEADER_NAMES[cell])
  const hasHeader = header.includes('file')
  const columns = hasHeader ? header : (['file', 'caption', 'credit', 'alt'] as const)
  for (const row of hasHeader ? rows.slice(1) : rows) {
    const entry: CaptionEntry & { file?: string } = {}
    row.forEach((cell, i) => {
      const key = columns[i]
      if (key && cell) entry[key] = key === 'file' ? cell : stripLayoutMarks(cell)
    })
    if (entry.file) entries.set(path.basename(entry.file).toLowerCase(), { caption: entry.caption, credit: entry.credit, alt: entry.alt })
  }
  return entries
}

async function readIfExists(file: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(file)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
}

/** The photos of a folder in file order (natural order: 2 before 10), and the files ignored. */
export async function listPhotos(folder: string): Promise<{ photos: string[]; ignored: string[] }> {
  const entries = await fs.readdir(folder, { withFileTypes: true })
  const photos: string[] = []
  const ignored: string[] = []
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.startsWith('.')) continue
    if (PHOTO_EXTENSIONS[path.extname(entry.name).toLowerCase()]) photos.push(entry.name)
    else if (!COMPANION.test(entry.name)) ignored.push(entry.name)
  }
  return { photos: photos.sort(collator.compare), ignored: ignored.sort(collator.compare) }
}

const messageOf = (err: unknown): string => {
  if (err instanceof ValidationError) return err.data.errors.map((e) => e.message).join('；') || err.message
  return err instanceof Error ? err.message : String(err)
}

type GalleryItem = { photo: unknown; caption?: string | null; credit?: string | null; id?: string }
const idOf = (value: unknown): string => String(value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value)

/**
 * The draft gallery of an earlier run of the same import: same title, and every photo in it
 * comes from this folder. Any other gallery with the title is left alone.
 */
async function findEarlierGallery(payload: Payload, title: string, ids: Set<string>) {
  const { docs } = await payload.find({ collection: GALLERIES, where: { title: { equals: title } }, draft: true, depth: 0, limit: 20, sort: '-createdAt' })
  return docs.find((doc) => {
    const items = (doc.items ?? []) as GalleryItem[]
    return doc._status !== 'published' && items.every((item) => ids.has(idOf(item.photo)))
  })
}

export async function importFolder(payload: Payload, folder: string, options: ImportOptions = {}): Promise<ImportResult> {
  const stat = await fs.stat(folder).catch(() => null)
  if (!stat?.isDirectory()) throw new Error(`not a folder: ${folder}`)
  const { photos: files, ignored } = await listPhotos(folder)
  const csv = await readIfExists(path.join(folder, 'captions.csv'))
  const captions = csv ? parseCaptionsCsv(decodeText(csv)) : new Map<string, CaptionEntry>()

  const result: ImportResult = { photos: [], refused: [], ignored, interrupted: false, missingAlt: [] }
  for (const [index, file] of files.entries()) {
    if (options.signal?.aborted) {
      result.interrupted = true
      break
    }
    const report = (status: PhotoEvent['status'], reason?: string) => options.onPhoto?.({ file, status, reason, index: index + 1, total: files.length })
    try {
      const data = await fs.readFile(path.join(folder, file))
      const hash = await contentHash({ data })
      const [existing] = await findBySourceHash(payload, hash)
      if (existing) {
        result.photos.push({ file, id: existing.id, status: 'skipped' })
        report('skipped', existing.filename ?? undefined)
        continue
      }
      const entry = captions.get(file.toLowerCase()) ?? {}
      const sidecar = await readIfExists(path.join(folder, `${path.parse(file).name}.txt`))
      const caption = entry.caption || (sidecar ? stripLayoutMarks(decodeText(sidecar)) : undefined)
      const credit = entry.credit || options.credit
      // Empty caption / credit are filled from the photo's own metadata by the upload hooks.
      const doc = await payload.create({
        collection: MEDIA,
        data: { ...(caption ? { caption } : {}), ...(credit ? { credit } : {}), ...(entry.alt ? { alt: entry.alt } : {}) },
        file: { data, name: file, mimetype: PHOTO_EXTENSIONS[path.extname(file).toLowerCase()], size: data.length },
      })
      result.photos.push({ file, id: doc.id, status: 'imported' })
      if (!doc.alt?.trim()) result.missingAlt.push(file)
      report('imported')
    } catch (err) {
      const reason = messageOf(err)
      result.refused.push({ file, reason })
      report('refused', reason)
    }
  }

  if (options.gallery && !result.interrupted && result.photos.length > 0) {
    const ids = result.photos.map((p) => p.id)
    const earlier = await findEarlierGallery(payload, options.gallery, new Set(ids.map(String)))
    if (earlier) {
      // Keep any per-item caption or credit an editor has added since.
      const kept = new Map(((earlier.items ?? []) as GalleryItem[]).map((item) => [idOf(item.photo), item]))
      const items = ids.map((id) => ({ ...kept.get(String(id)), photo: id }))
      await payload.update({ collection: GALLERIES, id: earlier.id, data: { items } as never, draft: true })
      result.gallery = { id: earlier.id, title: options.gallery, created: false }
    } else {
      const created = await payload.create({
        collection: GALLERIES,
        data: { title: options.gallery, items: ids.map((id) => ({ photo: id })) } as never,
        draft: true,
      })
      result.gallery = { id: created.id, title: options.gallery, created: true }
    }
  }
  return result
}
