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
