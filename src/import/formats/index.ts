/**
 * The intake of a submitted file: its format is decided (content first, the extension for text and
 * web pages), its extractor gives text and photos, the newspaper parser reads the text as it reads
 * any page, and each photo is placed after the block it followed in the document.
 *
 *   file → readSubmission (docx.ts | pdf.ts | savedPage.ts | plain text) → Intake
 *        → parseSubmission (parseNewspaperText + placeImages) → ImportedPiece → importer.saveDraft
 *
 * (A PDF page setting several stories gives an intake per story: parseStories/importStories.)
 */
import path from 'node:path'

import { parseNewspaperText, type ParseOptions } from '../index'
import type { ParsedPiece } from '../types'
import { WARN } from '../warnings'
import { readDocx, isOleFile } from './docx'
import { FormatError } from './errors'
import { intakeLimits, type IntakeLimits } from './limits'
import type { ImportedPiece, Intake, LeftOutImage, PlacedImage, SourceFormat, SubmittedImage } from './types'

export { FormatError } from './errors'
export type { ImportedPiece, Intake, LeftOutImage, PlacedImage, SourceFormat, SubmittedImage } from './types'

/** Extensions read as a document of their own (a folder import picks these up). */
export const SUBMISSION_EXTENSIONS = new Set(['.txt', '.text', '.md', '.docx', '.doc', '.pdf', '.html', '.htm'])

const TEXT = new Set(['.txt', '.text', '.md'])

export type Submission = {
  /** File name (for the format and reports), e.g. `稿件.docx`. */
  name: string
  bytes: Uint8Array
  /**
   * Where the file lies, for a saved web page's `<name>_files/` folder; without it (an upload in
   * the admin) its photos are not found and said so.
   */
  path?: string
}

const head = (bytes: Uint8Array, n = 1024) => Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, n))

/** The format, from the first bytes when they are telling, else from the extension. */
export function detectFormat(name: string, bytes: Uint8Array): SourceFormat | 'doc' | null {
  const start = head(bytes)
  const ext = path.extname(name).toLowerCase()
  if (start.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf'
  if (start.subarray(0, 4).toString('latin1') === 'PK\x03\x04') return 'docx'
  if (isOleFile(bytes)) return ext === '.docx' ? 'docx' : 'doc'
  if (ext === '.pdf' || ext === '.docx') return ext === '.pdf' ? 'pdf' : 'docx'
  if (ext === '.doc') return 'doc'
  if (ext === '.html' || ext === '.htm') return 'html'
  if (TEXT.has(ext) || ext === '') return 'text'
  // Unknown extension: a web page if it says so, else let the text parser judge it.
  const ascii = start.toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().slice(0, 200).toLowerCase()
  if (ascii.startsWith('<!doctype html') || ascii.startsWith('<html')) return 'html'
  return null
}

/** Read one file into text and photos. Throws `FormatError` for a file no extractor takes. */
export async function readSubmission(file: Submission, limits: IntakeLimits = intakeLimits()): Promise<Intake> {
  const format = detectFormat(file.name, file.bytes)
  if (format === 'doc') throw new FormatError('LEGACY_DOC')
  if (format !== 'text' && format !== null && file.bytes.byteLength > limits.fileBytes) {
    throw new FormatError('FILE_TOO_LARGE', `${Math.round(file.bytes.byteLength / 1024 / 1024)} MB`)
  }
  if (format === 'docx') return readDocx(file.bytes, file.name, limits)
  if (format === 'pdf') return (await import('./pdf')).readPdf(file.bytes, limits)
  if (format === 'html') return (await import('./savedPage')).readSavedPage(file.bytes, file.path ?? file.name, limits, { folder: Boolean(file.path) })
  // Any other kind (.rtf, .wps, .xlsx, a photo…): say which kinds are read, rather than parse its bytes as text.
  if (format === null) throw new FormatError('UNSUPPORTED_FORMAT', path.extname(file.name))
  return { format: 'text', text: file.bytes, images: [], leftOut: [] }
}

const norm = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '')

/**
 * Each photo after the block holding the end of the line it followed (the parser may have joined
 * lines or cleaned punctuation, so the match is on letters and digits). A photo that followed the
 * headline or byline — no block — goes above the body; one whose line is not found stays after the
 * photo before it.
 */
export function placeImages<I extends { after?: string | null }>(piece: Pick<ParsedPiece, 'blocks'>, images: I[]): (I & { block: number })[] {
  let cursor = -1
  return images.map((image) => {
    const key = image.after ? norm(image.after.split('\n').at(-1)!).slice(-16) : ''
    if (key) {
      for (let i = Math.max(cursor, 0); i < piece.blocks.length; i++) {
        if (norm(piece.blocks[i]!.text).includes(key)) {
          cursor = i
          break
        }
      }
    }
    return { ...image, block: cursor }
  })
}

/**
 * A photo left out (on the web, over a limit, not a photo format…) keeps its caption where it
 * stood: a caption block after the block its line followed, which the draft makes a photo block
 * for the editor to fill. Its reason is said with the other photos left out.
 */
function keepCaptionsOfLeftOut(piece: ParsedPiece, leftOut: LeftOutImage[]): void {
  const kept = leftOut.filter((l) => l.caption?.trim())
  // From the last: inserting shifts the blocks after it.
  for (const photo of placeImages(piece, kept).reverse()) {
    const before = piece.blocks[photo.block]
    const section = !before ? null : before.type === 'heading' ? before.text : before.section
    piece.blocks.splice(photo.block + 1, 0, { type: 'caption', text: photo.caption!, credit: photo.credit ?? null, section })
  }
}

/**
 * One line per reason for the photos left out, in English and Chinese: `photo a.jpg left out: …`
 * (`图片 a.jpg 未导入：…`), or for many with one reason `160 photos (big-图42.jpg … big-图201.jpg)
 * left out: …` (`160 张图片（big-图42.jpg … big-图201.jpg）未导入：…`).
 */
export function leftOutLines(leftOut: LeftOutImage[]): { en: string; zh: string }[] {
  const byReason = new Map<string, { reasonZh: string; files: string[] }>()
  for (const { file, reason, reasonZh } of leftOut) {
    const group = byReason.get(reason) ?? { reasonZh: reasonZh || reason, files: [] }
    group.files.push(file)
    byReason.set(reason, group)
  }
  return [...byReason].flatMap(([reason, { reasonZh, files }]) =>
    files.length > 3
      ? [{ en: `${files.length} photos (${files[0]} … ${files.at(-1)}) left out: ${reason}`, zh: `${files.length} 张图片（${files[0]} … ${files.at(-1)}）未导入：${reasonZh}` }]
      : files.map((f) => ({ en: `photo ${f} left out: ${reason}`, zh: `图片 ${f} 未导入：${reasonZh}` })),
  )
}

/** The English lines of `leftOutLines`, as the dry-run JSON's details give them beside the warnings. */
export const describeLeftOut = (leftOut: LeftOutImage[]): string[] => leftOutLines(leftOut).map((l) => l.en)

/** Parse the intake's text with the newspaper parser and place its photos. Throws `ImportError` as the parser does. */
export function parseSubmission(intake: Intake, options: ParseOptions = {}): ImportedPiece {
  const piece = parseNewspaperText(intake.text, options)
  // `文/图 某某`, `摄影 某某`: the piece's photographers credit every photo that names no one of its own.
  const photographers = [...new Set(piece.bylines.filter((b) => b.role === '图' || b.role === '摄影').map((b) => b.name))]
  const credited = photographers.length > 0 ? intake.images.map((image) => (image.credit ? image : { ...image, credit: photographers.join('、') })) : intake.images
  keepCaptionsOfLeftOut(piece, intake.leftOut)
  const images = placeImages(piece, credited)
  return { ...piece, captions: captionsInOrder(piece, images), format: intake.format, images, leftOut: intake.leftOut }
}

/**
 * The piece's captions in reading order: those left in the text (caption blocks) and those the
 * format reader took out with their photos (a Word file's or saved page's caption lines), each
 * photo's after the block it follows. A caption found both ways is listed once.
 */
export function captionsInOrder(piece: Pick<ParsedPiece, 'blocks'>, images: PlacedImage[]): string[] {
  const out: string[] = []
  const seen = new Set<string>()
  const push = (text: string | null) => {
    const key = text ? norm(text) : ''
    if (!key || seen.has(key)) return
    seen.add(key)
    out.push(text!)
  }
  for (const image of images) if (image.block < 0) push(image.caption)
  piece.blocks.forEach((block, i) => {
    if (block.type === 'caption') push(block.text)
    for (const image of images) if (image.block === i) push(image.caption)
  })
  return out
}

/**
 * Every story of the intake, parsed: one for most files, one per story for a PDF page that sets
 * several. The first says how many more there are and their headlines, each to be checked.
 */
export function parseStories(intake: Intake, options: ParseOptions = {}): [ImportedPiece, ...ImportedPiece[]] {
  const first = parseSubmission(intake, options)
  const more = (intake.more ?? []).map((story) => parseSubmission(story, options))
  if (more.length > 0) first.warnings.push(WARN.otherStories({ count: more.length, heads: more.map((p) => p.title).join('」「') }))
  return [first, ...more]
}

/** `readSubmission` then `parseSubmission`: the file's (first) story. */
export async function importSubmission(file: Submission, options: ParseOptions = {}, limits?: IntakeLimits): Promise<ImportedPiece> {
  return parseSubmission(await readSubmission(file, limits), { file: file.path ?? file.name, ...options })
}

/** `readSubmission` then `parseStories`: every story of the file. */
export async function importStories(file: Submission, options: ParseOptions = {}, limits?: IntakeLimits): Promise<ImportedPiece[]> {
  return parseStories(await readSubmission(file, limits), { file: file.path ?? file.name, ...options })
}
