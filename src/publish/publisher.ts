import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'

import { mediaDir, sourceRoot } from '../lib/paths'
import { fallbackFilename } from '../media/derivatives'
import type { AnyDoc, SiteContext } from '../site/context'
import { fileForPath } from '../site/urls'
import { writeAssets } from './assets'
import { feedFiles } from './feeds'
import { PublishError, resolveSiteDir, resolveSiteURL, validatePlan } from './paths'
import { planSite, type PageSpec } from './plan'
import { indexForSearch } from './search'
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
}

export type PublishResult = {
  pages: number
  written: number
  reused: number
  removed: number
  ms: number
  buildDir: string
}

/** Per page: what it was made of, and the versions of the documents it used. */
type Manifest = { version: 1; template: string; pages: Record<string, { key: string; deps: string[]; sig: string }> }

const SITE_SOURCES = path.join(sourceRoot, 'src', 'site')

/** A hash of the site templates: changing a component or the CSS re-renders every page. */
function templateVersion(): string {
  const hash = crypto.createHash('sha1')
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(p)
      else hash.update(entry.name).update(fs.readFileSync(p))
    }
  }
  walk(SITE_SOURCES)
  hash.update(fs.readFileSync(path.join(sourceRoot, 'src', 'publish', 'plan.tsx')))
  return hash.digest('hex').slice(0, 16)
}

function versions(data: SiteData): Map<string, string> {
  const v = new Map<string, string>()
  for (const c of PUBLISHABLE_SITE) for (const [id, d] of data.docs[c]) v.set(`${c}:${id}`, d.updatedAt)
  for (const [id, d] of data.media) v.set(`media:${id}`, d.updatedAt)
  for (const [id, d] of data.topics) v.set(`topics:${id}`, d.updatedAt)
  for (const [id, d] of data.organizations) v.set(`organizations:${id}`, d.updatedAt)
  for (const [id, d] of data.honors) v.set(`honors:${id}`, d.updatedAt)
  return v
}

const signature = (key: string, deps: string[], v: Map<string, string>, template: string) =>
  crypto
    .createHash('sha1')
    .update(template)
    .update(key)
    .update(deps.map((d) => `${d}@${v.get(d) ?? 'missing'}`).join('\n'))
    .digest('hex')

function makeContext(data: SiteData, siteURL: string, siteName: string, description: string, assets: SiteContext['assets'], deps: Set<string>): SiteContext {
  const key = (v: unknown) => (v === null || v === undefined ? null : String(typeof v === 'object' ? (v as { id: unknown }).id : v))
  const get = <T,>(map: Map<string, T>, kind: string, v: unknown): T | null => {
    const id = key(v)
    if (id === null) return null
    deps.add(`${kind}:${id}`)
    return map.get(id) ?? null
  }
  return {
    siteURL,
    siteName,
    description,
    assets,
    media: (v) => get(data.media, 'media', v),
    topic: (v) => get(data.topics, 'topics', v),
    org: (v) => get(data.organizations, 'organizations', v),
    honor: (v) => get(data.honors, 'honors', v),
    doc: (collection, v) => {
      const docs = (data.docs as Record<string, Map<string, AnyDoc>>)[collection]
      return docs ? get(docs, collection, v) : null
    },
    abs: (p) => (/^https?:/.test(p) ? p : `${siteURL}${p.startsWith('/') ? p : `/${p}`}`),
    use: (collection, v) => {
      const id = key(v)
      if (id !== null) deps.add(`${collection}:${id}`)
    },
  }
}

function renderPage(spec: PageSpec, ctx: SiteContext): string {
  const out = spec.render(ctx)
  return typeof out === 'string' ? out : `<!doctype html>${renderToStaticMarkup(out)}`
}

function linkOrCopy(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true })
  try {
    fs.linkSync(from, to)
  } catch {
    fs.copyFileSync(from, to)
  }
}

/** Hard-link a folder's files into another (a copy where links are impossible). */
function linkTree(from: string, to: string): void {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (entry.isDirectory()) linkTree(source, target)
    else linkOrCopy(source, target)
  }
}

/** The build the live site points at, or null. */
export function liveBuild(siteDir: string): string | null {
  try {
    return fs.realpathSync(siteDir)
  } catch {
    return null
  }
}

/**
 * Publish the site. Every page of the plan is written into a new build folder — rendered again
 * when what it is made of changed since the live build, hard-linked from the live build otherwise —
 * and the live `SITE_DIR` (a symlink) is then switched to it with one atomic rename. A failure at
 * any point before the switch leaves the live site exactly as it was.
 */
export async function publishSite(payload: Payload, options: PublishOptions = {}): Promise<PublishResult> {
  const started = Date.now()
  const siteDir = resolveSiteDir(options.siteDir)
  const siteURL = resolveSiteURL(options.siteURL)
  const siteName = options.siteName ?? process.env.SITE_NAME ?? '江澄职工之家'
  const description = options.description ?? process.env.SITE_DESCRIPTION ?? '工会新闻、劳模工匠风采、图片视频与年度工作回眸。'
  const buildsDir = `${siteDir}.builds`
  fs.mkdirSync(buildsDir, { recursive: true })

  const data = await loadSiteData(payload)
  const specs = planSite(data)
  validatePlan(specs.map((s) => s.path))

  const template = templateVersion()
  const live = liveBuild(siteDir)
  const previous = readManifest(live)
  const reusable = previous?.template === template ? previous : null
  const v = versions(data)

  const buildDir = path.join(buildsDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${crypto.randomBytes(3).toString('hex')}`)
  fs.mkdirSync(buildDir)
  try {
    const assets = writeAssets(buildDir)
    const manifest: Manifest = { version: 1, template, pages: {} }
    const usedMedia = new Set<string>()
    let written = 0
    let reused = 0
    specs.forEach((spec, i) => {
      const file = path.join(buildDir, fileForPath(spec.path))
      const before = reusable?.pages[spec.path]
      if (before && before.key === spec.key && before.sig === signature(spec.key, before.deps, v, template) && live) {
        linkOrCopy(path.join(live, fileForPath(spec.path)), file)
        manifest.pages[spec.path] = before
        before.deps.filter((d) => d.startsWith('media:')).forEach((d) => usedMedia.add(d.slice(6)))
        reused++
      } else {
        const deps = new Set<string>()
        const html = renderPage(spec, makeContext(data, siteURL, siteName, description, assets, deps))
        fs.mkdirSync(path.dirname(file), { recursive: true })
        fs.writeFileSync(file, html)
        const list = [...deps].sort()
        manifest.pages[spec.path] = { key: spec.key, deps: list, sig: signature(spec.key, list, v, template) }
        list.filter((d) => d.startsWith('media:')).forEach((d) => usedMedia.add(d.slice(6)))
        written++
        if (options.failAfterPages !== undefined && written >= options.failAfterPages) throw new PublishError('failAfterPages reached (test)')
      }
      options.onProgress?.(i + 1, specs.length)
    })

    // Only photos and videos used on published pages are copied out of the media library.
    for (const id of usedMedia) {
      const media = data.media.get(id)
      if (!media) continue
      const sizeNames = Object.values((media.sizes ?? {}) as Record<string, { filename?: string | null }>).map((s) => s?.filename)
      const names = [media.filename, ...sizeNames, ...sizeNames.map((n) => (n ? fallbackFilename(n) : n))]
      for (const name of names) {
        if (!name || name.includes('/') || name.startsWith('.')) continue
        const from = path.join(mediaDir, name)
        if (fs.existsSync(from)) linkOrCopy(from, path.join(buildDir, 'media', name))
      }
    }

    for (const [rel, content] of Object.entries(feedFiles(data, specs, { siteURL, siteName, description }))) {
      fs.mkdirSync(path.dirname(path.join(buildDir, rel)), { recursive: true })
      fs.writeFileSync(path.join(buildDir, rel), content)
    }

    if (options.search !== false && process.env.SITE_SEARCH !== '0') {
      const unchangedPages = reusable && written === 0 && live && fs.existsSync(path.join(live, 'pagefind'))
      if (unchangedPages) linkTree(path.join(live, 'pagefind'), path.join(buildDir, 'pagefind'))
      else await indexForSearch(buildDir)
    }

    fs.writeFileSync(manifestPath(buildDir), JSON.stringify(manifest))
    const removed = previous ? Object.keys(previous.pages).filter((p) => !manifest.pages[p]).length : 0
    switchLive(siteDir, buildDir)
    pruneBuilds(buildsDir, buildDir, live)
    const result = { pages: specs.length, written, reused, removed, ms: Date.now() - started, buildDir }
    writeStatus(buildsDir, { ok: true, at: new Date().toISOString(), ...result })
    return result
  } catch (err) {
    fs.rmSync(buildDir, { recursive: true, force: true })
    fs.rmSync(manifestPath(buildDir), { force: true })
    writeStatus(buildsDir, { ok: false, at: new Date().toISOString(), error: (err as Error).message })
    throw err
  }
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
function pruneBuilds(buildsDir: string, current: string, previous: string | null): void {
  for (const entry of fs.readdirSync(buildsDir)) {
    const p = path.join(buildsDir, entry)
    if (entry === 'status.json' || p === current || p === previous || p === manifestPath(current) || (previous && p === manifestPath(previous))) continue
    fs.rmSync(p, { recursive: true, force: true })
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
