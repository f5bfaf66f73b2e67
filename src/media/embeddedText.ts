/**
 * Caption and credit that photographers and picture desks type into a photo's own metadata (IPTC
 * Caption-Abstract / By-line / Credit, XMP dc:description / dc:creator / photoshop:Credit, EXIF
 * ImageDescription / Artist and the Windows XP fields), read before the metadata is dropped.
 */
import exifr from 'exifr'

export type EmbeddedText = { caption?: string; credit?: string }

/**
 * Layout marks newspapers put before captions and credit lines (▲ 图为… / ▶ 摄影 …). The public
 * site draws its own, so stored text starts with the words.
 */
const LEADING_MARKS = /^[\s\u3000▲△▴▵►▶▷▸▹◀◁◆◇●○◎■□★☆※→⇒·•・—–]+/u

export function stripLayoutMarks(text: string): string {
  return text.replace(LEADING_MARKS, '').trim()
}

/** Camera defaults that are not captions. */
const JUNK = /^(olympus digital camera|sony dsc|digital camera|samsung|default|camera|picasa|exif_jpeg_\d*|dcim.*|image|photo|screenshot|untitled|[\s?_.-]*)$/i

function clean(value: unknown): string | undefined {
  const raw = Array.isArray(value) ? value.filter((v) => typeof v === 'string').join('、') : value
  if (raw && typeof raw === 'object' && 'value' in raw) return clean((raw as { value: unknown }).value)
  if (typeof raw !== 'string') return undefined
  // eslint-disable-next-line no-control-regex
  const text = stripLayoutMarks(raw.replace(/\u0000/g, '').replace(/\r\n?/g, '\n'))
  if (!text || JUNK.test(text) || text.includes('\uFFFD')) return undefined
  return text
}

const decodeUtf8 = new TextDecoder('utf-8', { fatal: true })
const decodeGb = new TextDecoder('gb18030')

/** IPTC-IIM text: UTF-8 when it is valid UTF-8 (or declared so), else GB18030 (older Chinese desks). */
function decodeIptc(bytes: Buffer): string {
  try {
    return decodeUtf8.decode(bytes)
  } catch {
    return decodeGb.decode(bytes)
  }
}

/**
 * IPTC-IIM records 2:120 (Caption-Abstract), 2:80 (By-line) and 2:110 (Credit) from the Photoshop
 * image resource block (APP13) sharp hands back as `metadata().iptc`.
 */
export function parseIptc(block: Buffer | undefined): { caption?: string; byline?: string; credit?: string } {
  const found: { caption?: string; byline?: string; credit?: string } = {}
  if (!block) return found
  const names: Record<number, keyof typeof found> = { 120: 'caption', 80: 'byline', 110: 'credit' }
  for (let at = 0; at + 5 <= block.length; ) {
    if (block[at] !== 0x1c) {
      at += 1
      continue
    }
    const record: number = block[at + 1]
    const dataset: number = block[at + 2]
    const length = block.readUInt16BE(at + 3)
    if (length & 0x8000) break // extended length: not used for text records
    const value = block.subarray(at + 5, at + 5 + length)
    const name = record === 2 ? names[dataset] : undefined
    if (name && found[name] === undefined) found[name] = decodeIptc(value)
    at += 5 + length
  }
  return found
}

/** Caption and credit from a photo's metadata, each undefined when none is usable. */
export async function readEmbeddedText(input: Buffer, iptcBlock?: Buffer): Promise<EmbeddedText> {
  let tags: Record<string, unknown> = {}
  try {
    tags =
      ((await exifr.parse(input, {
        tiff: true,
        ifd0: { pick: ['ImageDescription', 'Artist', 'XPTitle', 'XPComment', 'XPAuthor'] } as never,
        exif: false,
        gps: false,
        interop: false,
        ifd1: false,
        xmp: true,
        iptc: false,
        icc: false,
        jfif: false,
        ihdr: false,
        mergeOutput: true,
      })) as Record<string, unknown> | undefined) ?? {}
  } catch {
    // Unreadable metadata is not a reason to refuse the photo: it is about to be dropped anyway.
  }
  const iptc = parseIptc(iptcBlock)
  const first = (...values: unknown[]) => values.map(clean).find(Boolean)
  return {
    caption: first(iptc.caption, tags.description, tags.ImageDescription, tags.XPComment, tags.XPTitle),
    credit: first(iptc.credit, tags.Credit, iptc.byline, tags.creator, tags.Artist, tags.XPAuthor),
  }
}

/** Field hook: store caption and credit lines without leading layout marks. */
export const withoutLayoutMarks = ({ value }: { value?: unknown }) => (typeof value === 'string' ? stripLayoutMarks(value) : value)
