import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { linkOrCopy } from '../lib/files'
import { mediaDir } from '../lib/paths'
import { fallbackFilename } from '../media/derivatives'
import { fileForPath } from '../site/urls'
import { writeAssets } from './assets'
import { feedFiles } from './feeds'
import { withSiteLock } from './lock'
import { PublishError, resolveSiteDir, resolveSiteURL, validatePlan } from './paths'
import { planSite, type PageSpec } from './plan'
import { makeContext, pageSettings, renderPage, renderSettings, trackSiteData } from './render'
import { renderKey } from './renderKey'
import { indexShard, readSearchState, searchDir, shardCount, shardOf, shardPages, writeSearchState, type SearchState } from './search'
import { mergeShards } from './search-merge'
import { loadSiteData, PUBLISHABLE_SITE, type SiteData } from './store'

export type PublishOptions = {
  siteDir?: string
  siteURL?: string
  siteName?: string
  description?: string
  /** Build the Pagefind search index (default true). */
  search?: boolean
  onProgress?: (done: number, total: number) => void
  /** Tests only: throw after this many pages have been written, to prove a failed build changes nothing. */
  failAfterPages?: number
  /** Read every document again instead of only what changed since this process's last publish. */
  fresh?: boolean
  /** Told when another process is publishing this site: this publish waits for it (lock.ts). */
  onWait?: (owner: { pid: number; host: string }) => void
}

/** Milliseconds per step of a publish. */
export type PublishTimings = { load: number; plan: number; pages: number; render: number; media: number; feeds: number; switch: number; manifest: number; search: number; prune: number }

export type PublishResult = {
  pages: number
  written: number
  reused: number
  removed: number
  /** From the start until the new pages were live (the switch). */
  liveMs: number
  /** Until everything was done, the search index included. */
  ms: number
  buildDir: string
  timings: PublishTimings
  /**
   * Search shards rebuilt (of how many), and whether they are served as one merged index (if not,
   * `unmerged` says why: a Pagefind layout the merge does not know); null when search is off.
   */
  search: { rebuilt: number; shards: number; pages: number; merged: boolean; unmerged?: string } | null
}

/** Per page: what it was made of (`key`, and the documents it read); `h` hashes a searchable page. */
type PageEntry = { key: string; deps: string[]; h?: string }
/**
 * Per build: what every page was rendered with (`renderKey`: the renderer's code, the installed
 * packages, the settings pages show), the version (`updatedAt`) of every document, and every page.
 */
type Manifest = { version: 3; renderKey: string; versions: Record<string, string>; pages: Record<string, PageEntry> }

/** The renderer's code hash (bench:publish compares two to tell a real incremental publish from a full one). */
export { rendererCodeHash as templateHash } from './renderKey'

function versions(data: SiteData): Record<string, string> {
  const v: Record<string, string> = {}
  for (const c of PUBLISHABLE_SITE) for (const [id, d] of data.docs[c]) v[`${c}:${id}`] = d.updatedAt
  for (const [id, d] of data.media) v[`media:${id}`] = d.updatedAt
  for (const [id, d] of data.topics) v[`topics:${id}`] = d.updatedAt
  for (const [id, d] of data.organizations) v[`organizations:${id}`] = d.updatedAt
  for (const [id, d] of data.honors) v[`honors:${id}`] = d.updatedAt
  return v
}

/** Documents added, changed or gone between two builds. */
function changedKeys(before: Record<string, string>, now: Record<string, string>): Set<string> {
  const changed = new Set<string>()
  for (const k in now) if (before[k] !== now[k]) changed.add(k)
  for (const k in before) if (!(k in now)) changed.add(k)
  return changed
}

/** mkdir that remembers what it made: a build creates ~15,000 folders and asks about each once. */
function folderMaker(root: string) {
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

/** The manifest of the build this process published last (saves reading and parsing it again). */
let remembered: { build: string; manifest: Manifest } | null = null

/**
 * Publish the site. Every page of the plan is written into a new build folder — rendered again
 * when a document it used changed since the live build, hard-linked from the live build otherwise —
 * and the live `SITE_DIR` (a symlink) is then switched to it with one atomic rename. A failure at
 * any point before the switch leaves the live site exactly as it was. After the switch, the search
 * shards holding changed pages are indexed again (readers search the previous index meanwhile).
 */
export async function publishSite(payload: Payload, options: PublishOptions = {}): Promise<PublishResult> {
  const siteDir = resolveSiteDir(options.siteDir)
  return withSiteLock(siteDir, () => publishLocked(payload, siteDir, options), { onWait: options.onWait })
}

async function publishLocked(payload: Payload, siteDir: string, options: PublishOptions): Promise<PublishResult> {
  const started = Date.now()
  let mark = started
  const lap = () => {
    const now = Date.now()
    const ms = now - mark
    mark = now
    return ms
  }
  const timings: PublishTimings = { load: 0, plan: 0, pages: 0, render: 0, media: 0, feeds: 0, switch: 0, manifest: 0, search: 0, prune: 0 }
  const settings = renderSettings(options)
  const { siteURL } = settings
  const withSearch = options.search !== false && process.env.SITE_SEARCH !== '0'
  // A wrong search setting is refused before anything is written, not after the pages are live.
  if (withSearch) shardPages()
  const buildsDir = `${siteDir}.builds`
  fs.mkdirSync(buildsDir, { recursive: true })

  const loaded = await loadSiteData(payload, { fresh: options.fresh })
  timings.load = lap()
  const data = trackSiteData(loaded)
  const specs = planSite(data)
  validatePlan(specs.map((s) => s.path))

  const key = renderKey(pageSettings(settings))
  const live = liveBuild(siteDir)
  const previous = live && remembered?.build === live ? remembered.manifest : readManifest(live)
  const reusable = live && previous?.version === 3 && previous.renderKey === key ? previous : null
  const v = versions(loaded)
  const changed = reusable ? changedKeys(reusable.versions, v) : null
  timings.plan = lap()

  const buildDir = path.join(fs.realpathSync(buildsDir), `${new Date().toISOString().replace(/[:.]/g, '-')}-${crypto.randomBytes(3).toString('hex')}`)
  fs.mkdirSync(buildDir)
  const manifest: Manifest = { version: 3, renderKey: key, versions: v, pages: {} }
  let written = 0
  let reused = 0
  let removed = 0
  try {
    const assets = writeAssets(buildDir)
    const mkdir = folderMaker(buildDir)
    const ctx = makeContext(data, settings, assets)
    const usedMedia = new Set<string>()
    specs.forEach((spec, i) => {
      const rel = fileForPath(spec.path)
      const file = path.join(buildDir, rel)
      const before = reusable?.pages[spec.path]
      mkdir(path.dirname(file))
      if (before && before.key === spec.key && !before.deps.some((d) => changed!.has(d))) {
        linkOrCopy(path.join(live!, rel), file)
        manifest.pages[spec.path] = before
        for (const d of before.deps) if (d.startsWith('media:')) usedMedia.add(d.slice(6))
        reused++
      } else {
        const t = performance.now()
        const { html, deps: list } = renderPage(spec, ctx)
        timings.render += performance.now() - t
        fs.writeFileSync(file, html)
        manifest.pages[spec.path] = { key: spec.key, deps: list, ...(spec.search ? { h: crypto.createHash('sha1').update(html).digest('hex').slice(0, 16) } : {}) }
        for (const d of list) if (d.startsWith('media:')) usedMedia.add(d.slice(6))
        written++
        if (options.failAfterPages !== undefined && written >= options.failAfterPages) throw new PublishError('failAfterPages reached (test)')
      }
      options.onProgress?.(i + 1, specs.length)
    })
    timings.pages = lap()
    timings.render = Math.round(timings.render)

    // Only photos and videos used on published pages are copied out of the media library.
    for (const id of usedMedia) {
      const media = loaded.media.get(id)
      if (!media) continue
      const sizeNames = Object.values((media.sizes ?? {}) as Record<string, { filename?: string | null }>).map((s) => s?.filename)
      const names = [media.filename, ...sizeNames, ...sizeNames.map((n) => (n ? fallbackFilename(n) : n))]
      for (const name of names) {
        if (!name || name.includes('/') || name.startsWith('.')) continue
        const from = path.join(mediaDir, name)
        if (fs.existsSync(from)) {
          mkdir(path.join(buildDir, 'media'))
          linkOrCopy(from, path.join(buildDir, 'media', name))
        }
      }
    }
    timings.media = lap()

    for (const [rel, content] of Object.entries(feedFiles(data, specs, settings))) {
      mkdir(path.dirname(path.join(buildDir, rel)))
      fs.writeFileSync(path.join(buildDir, rel), content)
    }
    // The search index lives beside the builds (see search.ts); every build links to it.
    if (withSearch) {
      fs.mkdirSync(searchDir(siteDir), { recursive: true })
      fs.symlinkSync(path.relative(buildDir, fs.realpathSync(searchDir(siteDir))), path.join(buildDir, 'pagefind'), 'dir')
    }
    timings.feeds = lap()

    removed = previous ? Object.keys(previous.pages).filter((p) => !manifest.pages[p]).length : 0
    switchLive(siteDir, buildDir)
    timings.switch = lap()
  } catch (err) {
    fs.rmSync(buildDir, { recursive: true, force: true })
    writeStatus(buildsDir, { ok: false, at: new Date().toISOString(), error: (err as Error).message })
    throw err
  }
  const liveMs = Date.now() - started

  // The new pages are live. What follows only helps the next publish and the search.
  remembered = { build: buildDir, manifest }
  fs.writeFileSync(manifestPath(buildDir), JSON.stringify(manifest))
  timings.manifest = lap()

  let search: PublishResult['search'] = null
  let searchError: Error | null = null
  if (withSearch) {
    try {
      search = await updateSearch(siteDir, buildDir, specs, manifest, removed > 0)
    } catch (err) {
      searchError = err as Error
    }
  }
  timings.search = lap()

  await pruneBuilds(buildsDir, buildDir, live)
  timings.prune = lap()

  const result: PublishResult = { pages: specs.length, written, reused, removed, liveMs, ms: Date.now() - started, buildDir, timings, search }
  if (searchError) {
    writeStatus(buildsDir, { ok: false, at: new Date().toISOString(), error: `站点页面已发布，但搜索索引更新失败：${searchError.message}`, ...result })
    const error = new PublishError(`the pages are live, but the search index could not be updated (the previous one still answers): ${searchError.message}`)
    error.pagesLive = true
    throw error
  }
  writeStatus(buildsDir, { ok: true, at: new Date().toISOString(), ...result })
  return result
}

/**
 * Bring the search shards up to date with a build that is live: a shard is indexed again when the
 * pages in it, or their content (`h`), differ from what it was built from. Until a shard is done,
 * its previous version keeps answering.
 */
async function updateSearch(siteDir: string, buildDir: string, specs: PageSpec[], manifest: Manifest, withdrawn = false): Promise<NonNullable<PublishResult['search']>> {
  const root = fs.realpathSync(searchDir(siteDir))
  const before = readSearchState(root)
  const searchable = specs.filter((s) => s.search).map((s) => s.path)
  const count = shardCount(searchable.length)
  const shards = new Map<string, string[]>()
  for (const p of searchable) {
    const name = shardOf(p, count)
    const list = shards.get(name)
    if (list) list.push(p)
    else shards.set(name, [p])
  }
  const state: SearchState = { version: 1, shards: {} }
  const dirty: { name: string; paths: string[]; digest: string }[] = []
  let pages = 0
  for (const [name, paths] of [...shards].sort((a, b) => a[0].localeCompare(b[0]))) {
    paths.sort()
    pages += paths.length
    const digest = crypto
      .createHash('sha1')
      .update(paths.map((p) => `${p} ${manifest.pages[p]?.h ?? ''}`).join('\n'))
      .digest('hex')
      .slice(0, 16)
    const old = before.shards[name]
    if (old && old.digest === digest && fs.existsSync(path.join(root, old.dir))) state.shards[name] = old
    else dirty.push({ name, paths, digest })
  }
  // While dirty shards are indexed, the previous index keeps answering: the previous merged index,
  // or (without one) every previous shard — a dirty shard's previous version, and shards no longer
  // planned (the site grew past a multiple of the shard size).
  const standing = Object.entries(before.shards).filter(([, shard]) => fs.existsSync(path.join(root, shard.dir)))
  const previousMerged = before.merged && fs.existsSync(path.join(root, before.merged.dir)) ? before.merged : undefined
  const working: SearchState = { version: 1, shards: { ...Object.fromEntries(standing), ...state.shards }, merged: previousMerged }
  for (const shard of dirty) {
    const dir = await indexShard(root, shard.name, buildDir, shard.paths.map((p) => ({ url: p, file: fileForPath(p) })))
    working.shards[shard.name] = state.shards[shard.name] = { dir, digest: shard.digest, pages: shard.paths.length }
    writeSearchState(root, working, before)
  }
  // Several shards are made into one index, so that a reader's search downloads one word list and
  // one chunk per word (search-merge.ts); a layout the merge does not know leaves the shards listed.
  const dirs = Object.keys(state.shards)
    .sort()
    .map((n) => state.shards[n]!.dir)
  const of = dirs.join(' ')
  let unmerged: string | undefined
  if (dirs.length > 1) {
    if (previousMerged?.of === of) state.merged = previousMerged
    else {
      const merged = await mergeShards(root, dirs)
      if ('dir' in merged) state.merged = { dir: merged.dir, of }
      else unmerged = merged.unmerged
    }
  }
  const changed = dirty.length || state.merged?.dir !== before.merged?.dir || Object.keys(before.shards).some((n) => !state.shards[n])
  // Pages left the site (withdrawn, deleted): the previous folders still hold their text, so they
  // go now rather than after the next update, and no old index serves a withdrawn piece.
  if (changed || !fs.existsSync(path.join(root, 'shards.json'))) writeSearchState(root, state, withdrawn ? { version: 1, shards: {} } : before)
  return { rebuilt: dirty.length, shards: shards.size, pages, merged: Boolean(state.merged), ...(unmerged ? { unmerged } : {}) }
}

const manifestPath = (buildDir: string) => `${buildDir}.manifest.json`

function readManifest(build: string | null): Manifest | null {
  if (!build) return null
  try {
    return JSON.parse(fs.readFileSync(manifestPath(build), 'utf8')) as Manifest
  } catch {
    return null
  }
}

/** Point `siteDir` at `buildDir` with one rename of a fresh symlink over the old one. */
function switchLive(siteDir: string, buildDir: string): void {
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
async function pruneBuilds(buildsDir: string, current: string, previous: string | null): Promise<void> {
  const root = fs.realpathSync(buildsDir)
  for (const entry of fs.readdirSync(root)) {
    const p = path.join(root, entry)
    if (entry === 'status.json' || p === current || p === previous || p === manifestPath(current) || (previous && p === manifestPath(previous))) continue
    await fs.promises.rm(p, { recursive: true, force: true })
  }
}

export type PublishStatus = { ok: boolean; at: string; error?: string } & Partial<PublishResult>

function writeStatus(buildsDir: string, status: PublishStatus): void {
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

export { PublishError }
