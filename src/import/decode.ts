/**
 * Bytes → text. Newspaper text reaches the office as UTF-8 (with or without BOM) or as GB18030/GBK
 * from older Windows tools; anything else (a PDF, a Word file, Big5, Shift-JIS) is refused with a
 * reason instead of being imported as mojibake.
 */
import { ImportError } from './errors'
import { WARN, type Warning } from './warnings'

export type Encoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be'

export type Decoded = { text: string; encoding: Encoding; warnings: Warning[] }

/** File signatures of formats people save by mistake instead of text. */
const SIGNATURES: { bytes: number[]; name: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], name: 'a PDF' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP/Office (docx, wps) file' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'an old Word/WPS (.doc) file' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], name: 'an RTF file' },
]

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b)

/**
 * Decode a file's bytes. `forced` skips detection (from `--encoding`). Throws an `ImportError`
 * (EMPTY_FILE, BINARY_FILE, UNKNOWN_ENCODING) when the bytes are not usable text.
 */
export function decodeBytes(input: Uint8Array, forced?: string): Decoded {
  const bytes = input
  if (bytes.length === 0) throw new ImportError('EMPTY_FILE')

  if (forced) {
    let text: string
    try {
      text = new TextDecoder(forced, { fatal: true }).decode(bytes)
    } catch (err) {
      throw new ImportError('UNKNOWN_ENCODING', `not valid ${forced}`, { cause: err })
    }
    return checkText(text.replace(/^\uFEFF/, ''), forced as Encoding, [])
  }

  // Byte-order marks say it all.
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8(bytes.subarray(3), [])
  if (startsWith(bytes, [0xff, 0xfe])) return checkText(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le', [])
  if (startsWith(bytes, [0xfe, 0xff])) return checkText(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be', [])

  for (const sig of SIGNATURES) {
    if (startsWith(bytes, sig.bytes)) throw new ImportError('BINARY_FILE', `it looks like ${sig.name}`)
  }

  const utf16 = sniffUtf16(bytes)
  if (utf16) return checkText(new TextDecoder(utf16).decode(bytes), utf16, [])

  if (hasBinaryBytes(bytes)) throw new ImportError('BINARY_FILE', 'it contains control bytes that text never has')

  return decodeUtf8(bytes, [])
}

function decodeUtf8(bytes: Uint8Array, warnings: Warning[]): Decoded {
  try {
    return checkText(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8', warnings)
  } catch {
    // Not clean UTF-8: a few broken sequences in otherwise UTF-8 text (a file cut mid-character)
    // are repaired; otherwise the bytes are another encoding.
  }
  const { valid, invalid } = countUtf8(bytes)
  if (valid >= 20 * invalid && valid > 0) {
    const text = new TextDecoder('utf-8').decode(bytes)
    return checkText(text, 'utf-8', [...warnings, WARN.brokenUtf8({ count: invalid })])
  }
  return decodeGb18030(bytes, warnings)
}

/**
 * GB18030 decodes almost any byte soup, so decoding is not proof. Real GBK Chinese text keeps its
 * two-byte characters inside the GB2312 area (lead and trail bytes 0xA1–0xFE); Big5, Shift-JIS
 * and Latin-1 do not.
 */
function decodeGb18030(bytes: Uint8Array, warnings: Warning[]): Decoded {
  let text: string
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes)
  } catch {
    throw new ImportError('UNKNOWN_ENCODING', 'the bytes are not valid UTF-8 or GB18030')
  }
  let pairs = 0
  let common = 0
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!
    if (b < 0x81) continue
    const t = bytes[i + 1] ?? 0
    if (t >= 0x30 && t <= 0x39) {
      i += 3 // four-byte sequence
      pairs++
      continue
    }
    pairs++
    if (b >= 0xa1 && b <= 0xf7 && t >= 0xa1 && t <= 0xfe) common++
    i++
  }
  if (pairs > 0 && common / pairs < 0.75) {
    throw new ImportError('UNKNOWN_ENCODING', 'it decodes as GB18030 only into rare characters (Big5 or Shift-JIS?)')
  }
  return checkText(text, 'gb18030', warnings)
}

/** Valid multi-byte UTF-8 sequences and invalid bytes. */
function countUtf8(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0
  let invalid = 0
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0
    if (len === 1) {
      i++
      continue
    }
    let ok = len > 0 && i + len <= bytes.length
    for (let k = 1; ok && k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) ok = false
    if (ok) {
      valid++
      i += len
    } else {
      invalid++
      i++
    }
  }
  return { valid, invalid }
}

/** UTF-16 without BOM: every other byte is zero in ASCII-heavy text. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1
  if (n < 4) return null
  let evenZero = 0
  let oddZero = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++
    if (bytes[i + 1] === 0) oddZero++
  }
  const half = n / 2
  if (oddZero > half * 0.3 && evenZero < half * 0.05) return 'utf-16le'
  if (evenZero > half * 0.3 && oddZero < half * 0.05) return 'utf-16be'
  return null
}

/** NUL bytes, or many control characters other than tab, newline, carriage return and form feed. */
function hasBinaryBytes(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    if (b === 0) return true
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++
  }
  return control > n * 0.01
}

function checkText(text: string, encoding: Encoding, warnings: Warning[]): Decoded {
  if (text.trim() === '') throw new ImportError('EMPTY_FILE', 'it holds only white space')
  // Decoded but full of control characters: a binary file that happened to be valid.
  let control = 0
  const sample = text.length > 65536 ? text.slice(0, 65536) : text
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if (c === 0) throw new ImportError('BINARY_FILE', 'it contains NUL characters')
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++
  }
  if (control > sample.length * 0.01) throw new ImportError('BINARY_FILE', 'it contains control characters that text never has')
  return { text, encoding, warnings }
}
