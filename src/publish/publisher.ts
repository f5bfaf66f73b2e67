import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import type { Organization } from '../../payload-types'
import { idsOf } from '../lib/relations'

import { linkOrCopy } from '../lib/files'
import { siteSearchEnabled } from '../settings'
import { fallbackFilename } from '../media/derivatives'
import { copyMediaFile, mediaStoreOf } from '../media/files'
import { mediaPublicBase } from '../media/s3Settings'
import { fileForPath } from '../site/urls'
import { writeAssets } from './assets'
import { feedFiles } from './feeds'
import { withSiteLock } from './lock'
import { PublishError, resolveSiteDir, validatePlan } from './paths'
import { planSite } from './plan'
import { makeContext, pageSettings, renderPage, renderSettings, trackSiteData, type RenderScope, type RenderSettings } from './render'
import { renderKey } from './renderKey'
import { folderMaker, liveBuild, manifestPath, pruneBuilds, readManifest, readPublishStatus, switchLive, writeStatus, type Manifest } from './builds'
import { readSearchState, searchDir, shardCount, shardPages, updateSearch, type SearchSummary } from './search'
import { scopeData, siteMap, siteURLOf, unitSitesDir, withBase, writeSitesManifest, type SiteMap, type SiteTarget } from './sites'
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
  search: SearchSummary | null
  /** Each unit's own site (站群), when any unit has one enabled: what its publish did. */
  sites?: UnitSiteResult[]
}

/** One unit site's publish; `skipped` when nothing on it changed (its live build stays). */
export type UnitSiteResult = Omit<PublishResult, 'sites'> & { path: string; dir: string; skipped: boolean }


/** The renderer's code hash (bench:publish compares two to tell a real incremental publish from a full one). */
export { rendererCodeHash as templateHash } from './renderKey'

/** The version of every document a site's pages may read: its own documents, and every shared record. */
function versions(data: SiteData, all: SiteData = data): Record<string, string> {
  const v: Record<string, string> = {}
  for (const c of PUBLISHABLE_SITE) for (const [id, d] of data.docs[c]) v[`${c}:${id}`] = d.updatedAt
  data = all
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

/** Downloads from the object store at once, while a publish copies photos into the site. */
const STORE_DOWNLOADS = 8

/**
 * Copy the files of the photos and videos the pages use into the build's `media/`: hard links to
 * `media/` on the local disk, or downloads from the object store. From the store, a file of a
 * photo unchanged since the live build is linked from that build instead of downloaded again.
 */
async function copyUsedMedia(payload: Payload, usedMedia: Set<string>, loaded: SiteData, buildDir: string, live: string | null, previous: Manifest | null): Promise<void> {
  const store = mediaStoreOf(payload)
  const dir = path.join(buildDir, 'media')
  fs.mkdirSync(dir, { recursive: true })
  const downloads = new Set<string>()
  for (const id of usedMedia) {
    const media = loaded.media.get(id)
    if (!media) continue
    const sizeNames = Object.values((media.sizes ?? {}) as Record<string, { filename?: string | null }>).map((s) => s?.filename)
    const names = [media.filename, ...sizeNames, ...sizeNames.map((n) => (n ? fallbackFilename(n) : n))]
    const unchanged = Boolean(live && previous?.versions?.[`media:${id}`] === media.updatedAt)
    for (const name of names) {
      if (!name || name.includes('/') || name.startsWith('.')) continue
      const kept = store && unchanged ? path.join(live!, 'media', name) : null
      if (kept && fs.existsSync(kept)) linkOrCopy(kept, path.join(dir, name))
      else if (store) downloads.add(name)
      else await copyMediaFile(payload, name, path.join(dir, name))
    }
  }
  const queue = [...downloads]
  await Promise.all(
    Array.from({ length: Math.min(STORE_DOWNLOADS, queue.length) }, async () => {
      for (let name = queue.shift(); name !== undefined; name = queue.shift()) await copyMediaFile(payload, name, path.join(dir, name))
    }),
  )
  // No file at all (none of them exists): no empty folder in the site.
  if (fs.readdirSync(dir).length === 0) fs.rmdirSync(dir)
}

/** Per site folder, the manifest of the build this process published last (saves reading and parsing it again). */
const remembered = new Map<string, { build: string; manifest: Manifest }>()

/**
 * Publish the site. Every page of the plan is written into a new build folder — rendered again
 * when a document it used changed since the live build, hard-linked from the live build otherwise —
 * and the live `SITE_DIR` (a symlink) is then switched to it with one atomic rename. A failure at
 * any point before the switch leaves the live site exactly as it was. After the switch, the search
 * shards holding changed pages are indexed again (readers search the previous index meanwhile).
 */
export async function publishSite(payload: Payload, options: PublishOptions = {}): Promise<PublishResult> {
  const siteDir = resolveSiteDir(options.siteDir)
  return withSiteLock(siteDir, () => publishSites(payload, siteDir, options), { onWait: options.onWait })
}

/**
 * The main site, then every unit site (sites.ts): the documents are read once, each site is planned
 * from its part of them and published as below into its own folder. With no unit site enabled this
 * is the single site it always was.
 */
async function publishSites(payload: Payload, siteDir: string, options: PublishOptions): Promise<PublishResult> {
  const started = Date.now()
  const settings = renderSettings(options)
  const withSearch = options.search !== false && siteSearchEnabled()
  // A wrong search setting is refused before anything is written, not after the pages are live.
  if (withSearch) shardPages()
  const loaded = await loadSiteData(payload, { fresh: options.fresh })
  const loadMs = Date.now() - started
  const all = trackSiteData(loaded)
  const map = siteMap(loaded.organizations, siteDir)
  const roots = [...loaded.organizations.values()].filter((o) => o.parent === null || o.parent === undefined)
  const featured = (org: Organization | undefined) => idsOf(org?.site?.featuredTopics)
  const common = { payload, options, started, loadMs, withSearch, loaded, all, map, mainURL: settings.siteURL }
  const main = await publishOne({
    ...common,
    site: map.main,
    settings,
    featuredTopics: roots.length === 1 ? featured(roots[0]) : [],
    federation: map.units.length > 0,
  })
  if (map.units.length === 0) {
    writeSitesManifest(siteDir, map)
    return main.finish()
  }
  const runs: { unit: SiteTarget; run: Awaited<ReturnType<typeof publishOne>> }[] = []
  for (const unit of map.units) {
    const org = loaded.organizations.get(unit.org!)
    const unitSettings: RenderSettings = { siteURL: siteURLOf(unit, settings.siteURL), siteName: unit.name!, description: org?.description?.trim() || settings.description }
    runs.push({ unit, run: await publishOne({ ...common, options: { ...options, failAfterPages: undefined }, site: unit, settings: unitSettings, featuredTopics: featured(org), federation: true }) })
  }
  // Every site's pages are live: the server learns of new sites now, the search indexes follow.
  writeSitesManifest(siteDir, map)
  let failure: unknown = null
  const mainResult = await main.finish().catch((err: unknown) => {
    failure = err
    return null
  })
  const sites: UnitSiteResult[] = []
  for (const { unit, run } of runs) {
    try {
      sites.push({ ...(await run.finish()), path: unit.path!, dir: unit.dir, skipped: run.skipped })
    } catch (err) {
      failure ??= err
    }
  }
  if (failure) throw failure
  return { ...mainResult!, ms: Date.now() - started, sites }
}

type SiteJob = {
  payload: Payload
  options: PublishOptions
  started: number
  loadMs: number
  withSearch: boolean
  /** Everything published, as read, and as tracked views. */
  loaded: SiteData
  all: SiteData
  map: SiteMap
  /** The main site's address (an adopted piece links to its original there or on a unit's site). */
  mainURL: string
  site: SiteTarget
  settings: RenderSettings
  featuredTopics: string[]
  /** Unit sites exist: a site none of whose pages would change keeps its live build. */
  federation: boolean
}

/**
 * Publish one site until its new pages are live; `finish` then brings its search index up to date
 * and removes old builds (called once every site is live, so no site waits for another's search).
 */
async function publishOne(job: SiteJob): Promise<{ skipped: boolean; liveMs: number; finish: () => Promise<PublishResult> }> {
  const { payload, options, started, withSearch, loaded, map, site, settings } = job
  const siteDir = site.dir
  const base = site.base
  let mark = started
  const lap = () => {
    const now = Date.now()
    const ms = now - mark
    mark = now
    return ms
  }
  const timings: PublishTimings = { load: job.loadMs, plan: 0, pages: 0, render: 0, media: 0, feeds: 0, switch: 0, manifest: 0, search: 0, prune: 0 }
  mark += job.loadMs
  const buildsDir = `${siteDir}.builds`
  fs.mkdirSync(buildsDir, { recursive: true })

  const data = job.federation ? scopeData(job.all, map, site) : job.all
  const specs = planSite(data, { featuredTopics: job.featuredTopics })
  validatePlan(specs.map((s) => s.path))

  // Which unit is on which site, and this site's address, are in the key of every page of every site.
  const key = renderKey({ ...pageSettings(settings), ...(map.signature ? { sites: map.signature, base } : {}) })
  const live = liveBuild(siteDir)
  const last = remembered.get(siteDir)
  const previous = live && last?.build === live ? last.manifest : readManifest(live)
  const reusable = live && previous?.version === 3 && previous.renderKey === key ? previous : null
  const v = versions(data, job.all)
  const changed = reusable ? changedKeys(reusable.versions, v) : null
  timings.plan = lap()

  // Several sites: one whose live build is already what this publish would write keeps it (an edit
  // in one unit touches its site and those that adopted the piece, not the other twenty) — the same
  // pages, none of them changed, the last publish finished on that build, its search index in step.
  const unchanged = (spec: (typeof specs)[number]) => {
    const before = reusable?.pages[spec.path]
    return Boolean(before && before.key === spec.key && !before.deps.some((d) => changed!.has(d)))
  }
  const upToDate =
    job.federation && reusable !== null && live !== null &&
    specs.length === Object.keys(reusable.pages).length && specs.every(unchanged) &&
    finishedOn(siteDir, live) && (!withSearch || searchInStep(siteDir, specs))
  if (upToDate) {
    if (changed!.size) {
      // New versions of documents no page here reads: remembered, so they are not looked at again.
      const manifest = { ...reusable, versions: v }
      remembered.set(siteDir, { build: live!, manifest })
      fs.writeFileSync(manifestPath(live!), JSON.stringify(manifest))
    }
    const liveMs = Date.now() - started
    const result: PublishResult = { pages: specs.length, written: 0, reused: specs.length, removed: 0, liveMs, ms: liveMs, buildDir: live!, timings, search: null }
    return { skipped: true, liveMs, finish: async () => result }
  }

  const buildDir = path.join(fs.realpathSync(buildsDir), `${new Date().toISOString().replace(/[:.]/g, '-')}-${crypto.randomBytes(3).toString('hex')}`)
  fs.mkdirSync(buildDir)
  const manifest: Manifest = { version: 3, renderKey: key, versions: v, pages: {} }
  let written = 0
  let reused = 0
  let removed = 0
  try {
    const assets = writeAssets(buildDir, base)
    const mkdir = folderMaker(buildDir)
    const scope: RenderScope | undefined = job.federation ? { map, site, mainURL: job.mainURL, organizations: job.all.organizations, docs: job.all.docs } : undefined
    const ctx = makeContext(data, settings, assets, scope)
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
        const rendered = renderPage(spec, ctx)
        const html = withBase(rendered.html, base)
        const list = rendered.deps
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

    // Only photos and videos used on published pages are copied out of the media library, unless
    // readers fetch them from the object store itself (MEDIA_S3_PUBLIC_URL: pages link there).
    if (!mediaPublicBase()) await copyUsedMedia(payload, usedMedia, loaded, buildDir, live, previous)
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
  remembered.set(siteDir, { build: buildDir, manifest })
  fs.writeFileSync(manifestPath(buildDir), JSON.stringify(manifest))
  timings.manifest = lap()
  return { skipped: false, liveMs, finish: () => finishSite() }

  /** The search index and the old builds: after every site's pages are live. */
  async function finishSite(): Promise<PublishResult> {
    mark = Date.now()
    let search: PublishResult['search'] = null
    let searchError: Error | null = null
    if (withSearch) {
      try {
        search = await updateSearch(siteDir, buildDir, specs, (p) => manifest.pages[p]?.h, removed > 0, base)
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
}

export { PublishError }

/**
 * The site's search index is in as many shards as its searchable pages make at the current shard
 * size: a site whose pages are unchanged is skipped only then (a change of SITE_SEARCH_SHARD_PAGES
 * still re-shards its index).
 */
function searchInStep(siteDir: string, specs: { search?: unknown }[]): boolean {
  const dir = searchDir(siteDir)
  if (!fs.existsSync(dir)) return false
  const state = readSearchState(fs.realpathSync(dir))
  return Object.keys(state.shards).length === shardCount(specs.filter((s) => s.search).length)
}

/**
 * The last publish of this site finished on its live build, search index and all: a publish killed
 * after its switch (while indexing) leaves the status on the build before, so the next one is not
 * skipped and brings the index up to date.
 */
function finishedOn(siteDir: string, live: string): boolean {
  const status = readPublishStatus(siteDir)
  if (!status?.ok || !status.buildDir) return false
  try {
    return fs.realpathSync(status.buildDir) === fs.realpathSync(live)
  } catch {
    return false
  }
}
