/**
 * A look at a .docx package before anything reads it: its central directory is walked (no entry is
 * inflated yet) and the package refused when it is encrypted, has too many entries, or says it
 * unpacks to more than the limit; then each compressed entry is inflated with Node's
 * `maxOutputLength` set to the size it declared, so an entry that lies about its size (how zip bombs
 * pass a directory check) stops at that size instead of filling memory.
 *
 * mammoth (through JSZip) inflates the package again afterwards; this pass only proves it is safe.
 */
import { inflateRawSync } from 'node:zlib'

import { FormatError } from './errors'
import type { IntakeLimits } from './limits'

export type ZipEntry = { name: string; method: number; compressedSize: number; size: number; offset: number; encrypted: boolean }

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

/** The entries of a zip's central directory. Throws `FormatError('CORRUPT')` when there is none. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let end = -1
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      end = i
      break
    }
  }
  if (end < 0) throw new FormatError('CORRUPT', 'no zip directory')
  const count = buf.readUInt16LE(end + 10)
  const dirSize = buf.readUInt32LE(end + 12)
  let at = buf.readUInt32LE(end + 16)
  if (count === 0xffff || at === 0xffffffff || at + dirSize > buf.length) throw new FormatError('CORRUPT', 'zip directory out of range')
  const entries: ZipEntry[] = []
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) throw new FormatError('CORRUPT', 'broken zip directory')
    const flags = buf.readUInt16LE(at + 8)
    const nameLength = buf.readUInt16LE(at + 28)
    const extraLength = buf.readUInt16LE(at + 30)
    const commentLength = buf.readUInt16LE(at + 32)
    entries.push({
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      offset: buf.readUInt32LE(at + 42),
      encrypted: (flags & 1) === 1,
    })
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/** Refuse a package that is not safe to unpack (see the file comment). */
export function checkZip(bytes: Uint8Array, limits: IntakeLimits): ZipEntry[] {
  const entries = zipEntries(bytes)
  if (entries.length > limits.zipEntries) throw new FormatError('UNPACKS_TOO_LARGE', `${entries.length} entries`)
  if (entries.some((e) => e.encrypted)) throw new FormatError('ENCRYPTED')
  // 0xffffffff: a zip64 size, which no Word document needs.
  const declared = entries.reduce((sum, e) => sum + (e.size === 0xffffffff ? Infinity : e.size), 0)
  if (declared > limits.unpackedBytes) throw new FormatError('UNPACKS_TOO_LARGE', `declares ${declared === Infinity ? 'zip64 sizes' : `${Math.round(declared / 1024 / 1024)} MB`}`)

  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue
    if (entry.offset + 30 > buf.length || buf.readUInt32LE(entry.offset) !== LOCAL) throw new FormatError('CORRUPT', `entry ${entry.name}`)
    const start = entry.offset + 30 + buf.readUInt16LE(entry.offset + 26) + buf.readUInt16LE(entry.offset + 28)
    const data = buf.subarray(start, start + entry.compressedSize)
    if (data.length !== entry.compressedSize) throw new FormatError('CORRUPT', `entry ${entry.name} is cut short`)
    if (entry.method === 0) {
      if (entry.size !== entry.compressedSize) throw new FormatError('CORRUPT', `entry ${entry.name}`)
      continue
    }
    if (entry.method !== 8) throw new FormatError('CORRUPT', `entry ${entry.name} uses compression method ${entry.method}`)
    let out: Buffer
    try {
      // One byte more than declared: a longer output is the lie we look for.
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size + 1) })
    } catch (err) {
      if (err instanceof RangeError || (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new FormatError('UNPACKS_TOO_LARGE', `${entry.name} inflates past its declared ${entry.size} bytes`)
      }
      throw new FormatError('CORRUPT', `entry ${entry.name}: ${(err as Error).message}`)
    }
    if (out.length !== entry.size) throw new FormatError(out.length > entry.size ? 'UNPACKS_TOO_LARGE' : 'CORRUPT', `${entry.name} inflates to ${out.length}, not ${entry.size} bytes`)
  }
  return entries
}
