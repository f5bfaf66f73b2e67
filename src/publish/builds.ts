/**
 * The build folders beside the live site: `<SITE_DIR>.builds/<time>-<random>/` each holding one
 * complete site, `<build>.manifest.json` saying what its pages were made of, `status.json` saying
 * how the last publish went. `SITE_DIR` itself is a symlink to the live build, switched with one
 * rename.
 */
import fs from 'node:fs'
import path from 'node:path'

import { resolveSiteDir } from './paths'
import type { PublishResult } from './publisher'

/** Per page: what it was made of (`key`, and the documents it read); `h` hashes a searchable page. */
export type PageEntry = { key: string; deps: string[]; h?: string }
/**
 * Per build: what every page was rendered with (`renderKey`: the renderer's code, the installed
 * packages, the settings pages show), the version (`updatedAt`) of every document, and every page.
 */
export type Manifest = { version: 3; renderKey: string; versions: Record<string, string>; pages: Record<string, PageEntry> }

/** mkdir that remembers what it made: a build creates ~15,000 folders and asks about each once. */
export function folderMaker(root: string) {
  const made = new Set<string>([root])
  const make = (dir: string): void => {
    if (made.has(dir)) return
    make(path.dirname(dir))
    try {
      fs.mkdirSync(dir)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
    }
    made.add(dir)
  }
  return make
}

/** The build the live site points at, or null. */
export function liveBuild(siteDir: string): string | null {
  try {
    return fs.realpathSync(siteDir)
  } catch {
    return null
  }
}
export const manifestPath = (buildDir: string) => `${buildDir}.manifest.json`

export function readManifest(build: string | null): Manifest | null {
  if (!build) return null
  try {
    return JSON.parse(fs.readFileSync(manifestPath(build), 'utf8')) as Manifest
  } catch {
    return null
  }
}

/** Point `siteDir` at `buildDir` with one rename of a fresh symlink over the old one. */
export function switchLive(siteDir: string, buildDir: string): void {
  const stat = fs.lstatSync(siteDir, { throwIfNoEntry: false })
  if (stat && !stat.isSymbolicLink()) {
    // A plain folder from an older version or made by hand: keep it beside the builds.
    fs.renameSync(siteDir, `${siteDir}.builds/previous-${Date.now()}`)
  }
  // Remove switch links a killed publish may have left behind, then switch.
  const parent = path.dirname(siteDir)
  for (const entry of fs.readdirSync(parent)) {
    if (entry.startsWith(`${path.basename(siteDir)}.switch-`)) fs.rmSync(path.join(parent, entry), { force: true })
  }
  const tmp = `${siteDir}.switch-${process.pid}`
  fs.symlinkSync(path.relative(path.dirname(siteDir), buildDir), tmp, 'dir')
  fs.renameSync(tmp, siteDir)
}

/** Keep the live build and the one before it (readers mid-download); remove older ones. */
export async function pruneBuilds(buildsDir: string, current: string, previous: string | null): Promise<void> {
  const root = fs.realpathSync(buildsDir)
  for (const entry of fs.readdirSync(root)) {
    const p = path.join(root, entry)
    if (entry === 'status.json' || p === current || p === previous || p === manifestPath(current) || (previous && p === manifestPath(previous))) continue
    await fs.promises.rm(p, { recursive: true, force: true })
  }
}

export type PublishStatus = { ok: boolean; at: string; error?: string } & Partial<PublishResult>

export function writeStatus(buildsDir: string, status: PublishStatus): void {
  try {
    fs.writeFileSync(path.join(buildsDir, 'status.json'), JSON.stringify(status))
  } catch {
    // status is informational
  }
}

export function readPublishStatus(siteDir = resolveSiteDir()): PublishStatus | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(`${siteDir}.builds`, 'status.json'), 'utf8')) as PublishStatus
  } catch {
    return null
  }
}
