/**
 * Lossless metadata removal for JPEG and PNG: the compressed image data is copied byte for byte and
 * only the segments or chunks that carry EXIF, XMP, IPTC, comments or embedded previews are left
 * out. Used for photos whose pixels need no rotation, so the stored original loses no quality.
 * Both return null when the file is not laid out as expected; the caller then re-encodes instead.
 */

/** JPEG APPn segments kept: JFIF/JFXX (APP0), ICC profile (APP2 "ICC_PROFILE"), Adobe colour transform (APP14). */
function keepJpegSegment(marker: number, payload: Buffer): boolean {
  if (marker === 0xe0) return true
  if (marker === 0xe2) return payload.subarray(0, 12).toString('latin1') === 'ICC_PROFILE\0'
  if (marker === 0xee) return payload.subarray(0, 5).toString('latin1') === 'Adobe'
  return false
}

export function stripJpeg(input: Buffer): Buffer | null {
  if (input.length < 4 || input[0] !== 0xff || input[1] !== 0xd8) return null
  const out: Buffer[] = [input.subarray(0, 2)]
  let at = 2
  while (at + 2 <= input.length) {
    if (input[at] !== 0xff) return null
    const marker = input[at + 1]
    if (marker === 0xff) {
      at += 1 // fill byte
      continue
    }
    if (marker === 0xd9) {
      out.push(input.subarray(at, at + 2))
      return Buffer.concat(out) // anything after EOI (trailers, MPF previews) is dropped
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || at + 4 > input.length) return null
    const length = input.readUInt16BE(at + 2)
    const end = at + 2 + length
    if (length < 2 || end > input.length) return null
    const isApp = marker >= 0xe0 && marker <= 0xef
    const isComment = marker === 0xfe
    if (!(isComment || (isApp && !keepJpegSegment(marker, input.subarray(at + 4, end))))) out.push(input.subarray(at, end))
    at = end
    if (marker === 0xda) {
      // Entropy-coded data follows the scan header: copy it up to the next real marker.
      let scan = at
      while (scan + 1 < input.length) {
        if (input[scan] === 0xff) {
          const next = input[scan + 1]
          if (next !== 0x00 && !(next >= 0xd0 && next <= 0xd7) && next !== 0xff) break
        }
        scan += 1
      }
      if (scan + 1 >= input.length) return null // no EOI: cut short
      out.push(input.subarray(at, scan))
      at = scan
    }
  }
  return null
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
/** Ancillary PNG chunks that carry metadata rather than how to show the pixels. */
const PNG_METADATA_CHUNKS = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME', 'dSIG', 'caBX'])

export function stripPng(input: Buffer): Buffer | null {
  if (input.length < 8 || !input.subarray(0, 8).equals(PNG_SIGNATURE)) return null
  const out: Buffer[] = [PNG_SIGNATURE]
  let at = 8
  while (at + 12 <= input.length) {
    const length = input.readUInt32BE(at)
    const type = input.toString('latin1', at + 4, at + 8)
    const end = at + 12 + length
    if (end > input.length) return null
    if (!PNG_METADATA_CHUNKS.has(type)) out.push(input.subarray(at, end))
    at = end
    if (type === 'IEND') return Buffer.concat(out)
  }
  return null
}
