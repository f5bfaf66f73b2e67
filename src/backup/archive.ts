/**
 * The backup archive on disk: one gzip-compressed tar file (node-tar) with `manifest.json` first,
 * then `data/` and `media/`. Unpacking refuses the whole archive when any entry is unsafe (see
 * `entries.ts`) instead of skipping it quietly.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'

import * as tar from 'tar'

import { entryProblem, normalEntryPath } from './entries'
import { BackupError } from './errors'
import type { FileEntry } from './manifest'

/** Pack `entries` (paths relative to `dir`, in this order) into the .tar.gz `file`. */
export async function packArchive(dir: string, entries: string[], file: string): Promise<void> {
  // `portable` leaves out owner, group and other details of this machine.
  await tar.create({ gzip: true, file, cwd: dir, portable: true, strict: true }, entries)
}

/** Size and SHA-256 of every file in the archive, read straight from the archive. */
export async function checksumArchive(file: string): Promise<Map<string, FileEntry>> {
  const sums = new Map<string, FileEntry>()
  await readArchive(file, () =>
    tar.list({
      file,
      strict: true,
      onReadEntry: (entry) => {
        if (entry.type === 'Directory') return
        const hash = crypto.createHash('sha256')
        let bytes = 0
        entry.on('data', (chunk: Buffer) => {
          hash.update(chunk)
          bytes += chunk.length
        })
        entry.on('end', () => sums.set(normalEntryPath(entry.path), { sha256: hash.digest('hex'), bytes }))
      },
    }),
  )
  return sums
}

/**
 * Unpack `file` into the empty folder `dir`. Throws a BackupError naming the first unsafe entry;
 * what was unpacked by then stays in `dir`, which the caller removes.
 */
export async function extractArchive(file: string, dir: string): Promise<void> {
  const problems: string[] = []
  await readArchive(file, () =>
    tar.extract({
      file,
      cwd: dir,
      strict: true,
      preserveOwner: false,
      filter: (entryPath, entry) => {
        const problem = entryProblem(entryPath, 'type' in entry ? entry.type : 'File')
        if (problem) problems.push(problem)
        return problem === null
      },
    }),
  )
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more unsafe entries)` : ''
    throw new BackupError(`refusing the archive: ${problems[0]}${more}. It was not made by npm run backup or was tampered with; nothing was restored.`)
  }
}

async function readArchive(file: string, read: () => Promise<void>): Promise<void> {
  const stat = fs.statSync(file, { throwIfNoEntry: false })
  if (!stat) throw new BackupError(`there is no archive at ${file}.`)
  if (!stat.isFile()) throw new BackupError(`${file} is not a file; give the path of a .tar.gz archive made by npm run backup.`)
  try {
    await read()
  } catch (err) {
    if (err instanceof BackupError) throw err
    throw new BackupError(`${file} is not a readable .tar.gz archive (${(err as Error).message}); it is damaged or not a backup.`)
  }
}
