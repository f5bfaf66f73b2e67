import path from 'node:path'

import { mediaDir, projectRoot } from '../lib/paths'
import { setting, siteDir } from '../settings'

export class PublishError extends Error {
  override name = 'PublishError'
  /** The new pages were switched live before the failure (only the search index is behind). */
  pagesLive = false
}

/** Where the live site is (`SITE_DIR`, default dist/site), refusing places that would destroy data. */
export function resolveSiteDir(raw: string | undefined = siteDir()): string {
  const dir = path.resolve(projectRoot, raw?.trim() || 'dist/site')
  const inside = (child: string, parent: string) => {
    const rel = path.relative(parent, child)
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
  }
  if (dir === path.parse(dir).root) throw new PublishError(`SITE_DIR "${dir}" is the file-system root; choose a folder such as dist/site.`)
  if (inside(projectRoot, dir)) throw new PublishError(`SITE_DIR "${dir}" is the project folder (or contains it); choose a folder such as dist/site.`)
  if (inside(dir, mediaDir) || inside(mediaDir, dir)) throw new PublishError(`SITE_DIR "${dir}" overlaps the upload folder media/; choose a folder such as dist/site.`)
  for (const keep of ['src', 'collections', 'migrations', 'data', 'node_modules', '.git', 'tests']) {
    if (inside(dir, path.join(/* turbopackIgnore: true */ projectRoot, keep))) throw new PublishError(`SITE_DIR "${dir}" is inside ${keep}/; choose a folder such as dist/site.`)
  }
  return dir
}

/** The public address pages link to (`SITE_URL`), without a trailing slash. */
export function resolveSiteURL(raw?: string): string {
  try {
    return setting('SITE_URL', raw === undefined ? process.env : { ...process.env, SITE_URL: raw })
  } catch (err) {
    throw new PublishError((err as Error).message)
  }
}

const SAFE_PATH = /^\/(?:[a-z0-9][a-z0-9._-]*\/)*(?:[a-z0-9][a-z0-9._-]*)?$/

/** Checks the whole output plan before anything is written: unique, safe, inside the build. */
export function validatePlan(paths: string[]): void {
  const seen = new Set<string>()
  const problems: string[] = []
  for (const p of paths) {
    if (!SAFE_PATH.test(p) || p.includes('..')) problems.push(`unsafe path ${JSON.stringify(p)}`)
    else if (seen.has(p)) problems.push(`two pages would be written to ${p}`)
    seen.add(p)
  }
  if (problems.length) throw new PublishError(`The output plan is invalid; nothing was written:\n- ${problems.slice(0, 20).join('\n- ')}`)
}
