import fs from 'node:fs'
import path from 'node:path'

/** What the admin build is made from: a change to any of these makes the build stale. */
const SOURCES = ['collections', 'src', 'payload.config.ts', 'next.config.mjs', 'tsconfig.json']
const SKIP = new Set(['node_modules', '.next', 'seed', 'cli'])

/** Newest modification time (ms) among the build's sources. */
export function newestSourceChange(root: string): number {
  let newest = 0
  const visit = (p: string): void => {
    let stat: fs.Stats
    try {
      stat = fs.statSync(p)
    } catch {
      return
    }
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p)) if (!SKIP.has(entry)) visit(path.join(p, entry))
    } else if (stat.mtimeMs > newest) {
      newest = stat.mtimeMs
    }
  }
  for (const source of SOURCES) visit(path.join(root, source))
  return newest
}
