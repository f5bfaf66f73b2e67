/** File helpers of backup and restore: listing a folder, checksums, cheap copies, transfers in turns. */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { FileEntry } from './manifest'

/** The placeholder that keeps `media/` in git; it is not an upload. */
export const PLACEHOLDER = '.gitkeep'

export const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Every regular file under `root` as a POSIX path relative to it, sorted; `.gitkeep` is left out
 * unless `withPlaceholder`. Symbolic links and other special files are returned in `skipped`.
 */
export function listFiles(root: string, { withPlaceholder = false } = {}): { files: string[]; skipped: string[] } {
  const files: string[] = []
  const skipped: string[] = []
  const walk = (dir: string, rel: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const relPath = rel ? `${rel}/${entry.name}` : entry.name
      if (entry.isDirectory()) walk(path.join(dir, entry.name), relPath)
      else if (entry.isFile()) {
        if (withPlaceholder || entry.name !== PLACEHOLDER) files.push(relPath)
      } else skipped.push(relPath)
    }
  }
  if (fs.existsSync(root)) walk(root, '')
  return { files: files.sort(byCodePoint), skipped: skipped.sort(byCodePoint) }
}

/** Size and SHA-256 of a file, read as a stream (uploads may be large videos). */
export async function checksumFile(file: string): Promise<FileEntry> {
  const hash = crypto.createHash('sha256')
  let bytes = 0
  for await (const chunk of fs.createReadStream(file)) {
    hash.update(chunk as Buffer)
    bytes += (chunk as Buffer).length
  }
  return { sha256: hash.digest('hex'), bytes }
}

/** Move `from` to `to`, copying when they are on different file systems. */
export function moveFile(from: string, to: string): void {
  try {
    fs.renameSync(from, to)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err
    fs.copyFileSync(from, to)
    fs.rmSync(from)
  }
}

/** Is `child` the same as or inside `parent`? */
export function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

/**
 * Run `work` on every item, at most `at` at once. The first failure stops the others from taking
 * more; it is thrown once those in flight have ended, so nothing still writes when the caller cleans up.
 */
export async function inTurns<T>(items: readonly T[], at: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  let failed = false
  const worker = async () => {
    while (!failed && next < items.length) {
      const item = items[next++]!
      try {
        await work(item)
      } catch (err) {
        failed = true
        throw err
      }
    }
  }
  const ends = await Promise.allSettled(Array.from({ length: Math.min(at, items.length) }, worker))
  const failure = ends.find((end): end is PromiseRejectedResult => end.status === 'rejected')
  if (failure) throw failure.reason
}
