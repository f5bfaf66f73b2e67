import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * The same hash the publisher takes of its templates (src/site and src/publish/plan.tsx): when it
 * changes between two publishes every page is rendered again. Others may be editing src/site
 * while the benchmark runs; comparing it before and after tells a real incremental publish from
 * one that re-rendered everything because the templates changed.
 */
export function templateHash(root = process.cwd()): string {
  const hash = crypto.createHash('sha1')
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(p)
      else hash.update(entry.name).update(fs.readFileSync(p))
    }
  }
  walk(path.join(root, 'src', 'site'))
  hash.update(fs.readFileSync(path.join(root, 'src', 'publish', 'plan.tsx')))
  return hash.digest('hex').slice(0, 16)
}
