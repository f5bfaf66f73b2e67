/**
 * What every page of a build was rendered with, as one hash in the build's manifest. A publish
 * reuses a page of the live build only when this key is the same as the live build's (and none of
 * the page's documents changed), so anything the renderer reads must be in it:
 *
 * - the renderer's code: every source module `plan.tsx`, `render.tsx` and `feeds.ts` import, followed
 *   through their relative imports (the site components, their format and URL helpers, option
 *   labels, the video-URL and image-derivative helpers, the generated types…), and every file
 *   under `src/site` (the stylesheet and scripts are read from disk, not imported);
 * - the installed packages (React, Payload, Lexical…): the lockfile;
 * - the settings the pages show (site address, name, description, time zone): `pageSettings()`, every
 *   setting declared with `pages: true` in src/settings. tests/unit/publish/render-key.spec.ts
 *   renders a site with every environment read recorded and fails when a page reads one that is
 *   not in the key.
 *
 * Astro keys its incremental build the same way (its config, the lockfile and the source files).
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { sourceRoot } from '../lib/paths'

/** The modules the renderer starts from; all they import (relatively) follows. */
export const RENDERER_ENTRIES = ['src/publish/plan.tsx', 'src/publish/render.tsx', 'src/publish/feeds.ts']

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g
const EXTENSIONS = ['', '.ts', '.tsx', '.js', '.mjs', '/index.ts', '/index.tsx']

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null
  const base = path.resolve(path.dirname(from), spec)
  for (const ext of EXTENSIONS) {
    const file = base + ext
    if (fs.statSync(file, { throwIfNoEntry: false })?.isFile()) return file
  }
  return null
}

/** Every source file the renderer's entries reach through relative imports, sorted, relative to `root`. */
export function rendererModules(root = sourceRoot): string[] {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const source = fs.readFileSync(file, 'utf8')
    for (const m of source.matchAll(IMPORT)) {
      const target = resolveImport(file, m[1]!)
      if (target) visit(target)
    }
  }
  for (const entry of RENDERER_ENTRIES) visit(path.join(root, entry))
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name)
      if (e.isDirectory()) walk(p)
      else seen.add(p)
    }
  }
  walk(path.join(root, 'src', 'site'))
  return [...seen].map((f) => path.relative(root, f).split(path.sep).join('/')).sort()
}

/** A hash of the renderer's code and the installed packages, as they are on disk now. */
export function rendererCodeHash(root = sourceRoot): string {
  const hash = crypto.createHash('sha1')
  for (const rel of rendererModules(root)) hash.update(rel).update('\0').update(fs.readFileSync(path.join(root, rel))).update('\0')
  for (const lock of ['package-lock.json', 'package.json']) {
    const file = path.join(root, lock)
    if (fs.existsSync(file)) {
      hash.update(lock).update(fs.readFileSync(file))
      break
    }
  }
  return hash.digest('hex').slice(0, 16)
}

let codeMemo: string | null = null

/**
 * The key of a build rendered now with `settings`. The code part is taken once per process (a
 * running worker has its modules loaded already; new code needs a restart, which the server's
 * worker gets when it idles out or the server restarts).
 */
export function renderKey(settings: Record<string, string>): string {
  codeMemo ??= rendererCodeHash()
  const sorted = Object.fromEntries(Object.entries(settings).sort(([a], [b]) => a.localeCompare(b)))
  return crypto.createHash('sha1').update(codeMemo).update(JSON.stringify(sorted)).digest('hex').slice(0, 16)
}
