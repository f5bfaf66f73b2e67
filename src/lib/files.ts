import fs from 'node:fs'

/**
 * Put `from` at `to` (whose folder must exist): a hard link when both are on one file system, so
 * staging a media library or reusing an unchanged page costs no space or time, otherwise a copy.
 * Only for files that are never changed in place (uploads, published pages, search files), where a
 * link is as good as a copy.
 */
export function linkOrCopy(from: string, to: string): void {
  try {
    fs.linkSync(from, to)
  } catch {
    fs.copyFileSync(from, to)
  }
}

/** Windows device names, which no Windows machine (a backup copied there, a desktop sync) can create. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i

/**
 * A file name that is safe everywhere the upload goes: on any file system, as one percent-encoded
 * URL path segment (API file route, static site, CDN), in a shell, and not a dot-file (which the
 * site never serves). Letters of every script (Chinese included), digits, `_`, `-` and inner dots
 * are kept; anything else, runs of it included, becomes one `-`; control and invisible format
 * characters (RTL override, zero-width, BOM) and lone surrogates are dropped; folders in the name
 * are ignored; the text is NFC (macOS sends NFD); Windows device names get `-file`; the name part
 * is cut to `maxStemBytes` UTF-8 bytes at a character boundary; an empty result is `fallback`.
 * `ext` (without the dot) is the extension to end with, in lower case.
 */
export function safeFileName(raw: string, ext: string, fallback: string, maxStemBytes: number): string {
  const base = raw.slice(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1)
  const clean = base
    .normalize('NFC')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu, '')
  const dot = clean.lastIndexOf('.')
  let stem = (dot > 0 ? clean.slice(0, dot) : clean)
    .replace(/[^\p{L}\p{N}\p{M}_.-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[.-]+|[.-]+$/g, '')
  const device = stem.split('.')[0]!
  if (WINDOWS_DEVICE.test(device)) stem = `${device}-file${stem.slice(device.length)}`
  let bytes = 0
  let cut = ''
  for (const char of stem) {
    bytes += Buffer.byteLength(char)
    if (bytes > maxStemBytes) break
    cut += char
  }
  stem = cut.replace(/[.-]+$/, '') || fallback
  return `${stem}.${ext.toLowerCase()}`
}
