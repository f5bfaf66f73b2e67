import fs from 'node:fs'
import path from 'node:path'

/** Number of .html files under `dir` and their average size. */
export function countHtml(dir: string): { pages: number; avgKB: number } {
  let pages = 0
  let bytes = 0
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name)
      if (e.isDirectory()) walk(p)
      else if (e.name.endsWith('.html')) {
        pages++
        bytes += fs.statSync(p).size
      }
    }
  }
  walk(dir)
  return { pages, avgKB: pages ? bytes / pages / 1024 : 0 }
}
