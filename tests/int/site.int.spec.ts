// The public static site: seed → publish → every page, link and image checked in the HTML; drafts
// absent; JSON-LD valid; incremental publishes rebuild exactly the pages that depend on a change;
// a render that fails midway leaves the live site byte-identical; unpublished pages disappear.
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { parse } from 'node-html-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let siteDir: string
let publishSite: typeof import('../../src/publish/publisher').publishSite
let readAll: typeof import('../../src/publish/store').readAll
let closeSearch: () => Promise<void>

const files = (root: string): string[] => {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name)
      // The build's `pagefind` link to the search index beside the builds (checked on its own).
      if (e.isSymbolicLink()) continue
      if (e.isDirectory()) walk(p)
      else out.push(path.relative(root, p))
    }
  }
  walk(root)
  return out.sort()
}
const hashTree = (root: string) =>
  Object.fromEntries(files(root).map((f) => [f, crypto.createHash('sha1').update(fs.readFileSync(path.join(root, f))).digest('hex')]))
const live = () => fs.realpathSync(siteDir)
const read = (rel: string) => fs.readFileSync(path.join(siteDir, rel), 'utf8')
/** One search the way the site's search.js runs it (shards.json, merge, search), in a child process. */
const search = (word: string, shown: number | 'all' = 10) =>
  JSON.parse(execFileSync(process.execPath, [path.resolve('tests/helpers/pagefind-query.mjs'), path.join(siteDir, 'pagefind'), word, String(shown)], { encoding: 'utf8' })) as {
    results: number
    shards: number
    urls: string[]
    scores: number[]
    first: { url: string; title: string; excerpt: string } | null
  }
const pageFile = (urlPath: string) => (urlPath.endsWith('/') ? `${urlPath.slice(1)}index.html` : urlPath.slice(1))

beforeAll(async () => {
  t = await startPayload('site')
  siteDir = path.join(t.dir, 'site')
  process.env.SITE_DIR = siteDir
  process.env.SITE_URL = 'https://www.example.org'
  const { seed } = await import('../../src/seed')
  await seed(t.payload)
  ;({ publishSite } = await import('../../src/publish/publisher'))
  ;({ closeSearch } = await import('../../src/publish/search'))
  ;({ readAll } = await import('../../src/publish/store'))
  await publishSite(t.payload)
  // The demo's two counties have sites of their own (src/seed/federation.ts): their pieces are
  // published there, not on the main site this suite looks at (tests/int/sites.int.spec.ts does).
  const { docs: withSites } = await t.payload.find({ collection: 'organizations', where: { 'site.enabled': { equals: true } }, pagination: false, depth: 0 })
  for (const org of withSites as { id: number; site?: { path?: string | null } }[]) unitSites.set(org.id, org.site!.path!)
}, 300_000)

/** Unit id → path of the unit sites the demo has. */
const unitSites = new Map<number, string>()
/** Documents published on the main site: those of units without a site of their own. */
const onMainSite = () => ({ or: [{ organization: { exists: false } }, { organization: { not_in: [...unitSites.keys()] } }] })
/** The folder of the site a document is published on. */
const homeOf = (doc: { organization?: unknown }) => {
  const unit = unitSites.get(Number(doc.organization))
  return unit ? path.join(`${siteDir}.sites`, unit) : siteDir
}

afterAll(async () => {
  await closeSearch?.()
  await t?.close()
})

describe('a full publish of the demo content', () => {
  it('writes a page for every published document and none for drafts', async () => {
    const map = { articles: 'articles', 'model-workers': 'workers', galleries: 'galleries', 'video-campaigns': 'videos', 'yearly-reviews': 'reviews' } as const
    for (const [collection, section] of Object.entries(map)) {
      const all = await t.payload.find({ collection: collection as never, pagination: false, depth: 0 })
      expect(all.docs.length).toBeGreaterThan(0)
      for (const doc of all.docs as { slug: string; _status: string; organization?: unknown }[]) {
        const exists = fs.existsSync(path.join(homeOf(doc), section, doc.slug, 'index.html'))
        expect(exists, `${section}/${doc.slug} (${doc._status})`).toBe(doc._status === 'published')
      }
    }
  })

  it('resolves every internal link, image and script of every page to a file', () => {
    const root = live()
    const broken: string[] = []
    for (const rel of files(root).filter((f) => f.endsWith('.html'))) {
      const html = parse(fs.readFileSync(path.join(root, rel), 'utf8'))
      const refs = [
        ...html.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
        ...html.querySelectorAll('img[src], script[src], video source[src]').map((e) => e.getAttribute('src')!),
        ...html.querySelectorAll('link[rel=stylesheet]').map((e) => e.getAttribute('href')!),
        ...html.querySelectorAll('[srcset]').flatMap((e) => e.getAttribute('srcset')!.split(',').map((s) => s.trim().split(/\s+/)[0]!)),
        ...html.querySelectorAll('video[poster]').map((e) => e.getAttribute('poster')!),
      ]
      for (const ref of refs) {
        if (!ref.startsWith('/') || ref.startsWith('//')) continue
        const target = decodeURIComponent(ref.split(/[?#]/)[0]!)
        if (!fs.existsSync(path.join(root, pageFile(target)))) broken.push(`${rel} → ${ref}`)
      }
    }
    expect(broken).toEqual([])
  })

  it('gives every page lang="zh-CN", a canonical URL on SITE_URL and parseable JSON-LD', () => {
    for (const rel of files(live()).filter((f) => f.endsWith('.html'))) {
      const html = parse(read(rel))
      expect(html.querySelector('html')?.getAttribute('lang'), rel).toBe('zh-CN')
      expect(html.querySelector('link[rel=canonical]')?.getAttribute('href'), rel).toMatch(/^https:\/\/www\.example\.org\//)
      for (const script of html.querySelectorAll('script[type="application/ld+json"]')) expect(() => JSON.parse(script.textContent), rel).not.toThrow()
    }
    const article = files(live()).find((f) => /^articles\/[^/]+\/index\.html$/.test(f) && !f.startsWith('articles/page'))!
    const ld = JSON.parse(parse(read(article)).querySelector('script[type="application/ld+json"]')!.textContent)
    expect(ld['@type']).toBe('NewsArticle')
    const og = parse(read(article)).querySelector('meta[property="og:image:width"]')
    expect(og?.getAttribute('content')).toBe('1200')
  })

  it('writes feeds, a sitemap, robots.txt, a 404 page and a Chinese search index', () => {
    expect(read('feed.xml')).toContain('<rss')
    expect(read('sitemap.xml')).toContain('https://www.example.org/articles/')
    expect(read('robots.txt')).toContain('Sitemap: https://www.example.org/sitemap.xml')
    expect(read('404.html')).toContain('页面不存在')
    // The search index lives beside the builds; every build links to it.
    expect(fs.lstatSync(path.join(live(), 'pagefind')).isSymbolicLink()).toBe(true)
    expect(fs.realpathSync(path.join(siteDir, 'pagefind'))).toBe(fs.realpathSync(`${siteDir}.search`))
    const { shards } = JSON.parse(read('pagefind/shards.json')) as { shards: string[] }
    expect(shards.length).toBeGreaterThanOrEqual(1)
    // The publisher's own record of the shards is not published with them.
    expect(fs.readdirSync(path.join(siteDir, 'pagefind')).filter((e) => !shards.includes(e))).toEqual(['shards.json'])
    for (const shard of shards) {
      expect(fs.existsSync(path.join(siteDir, 'pagefind', shard, 'pagefind.js'))).toBe(true)
      expect(Object.keys(JSON.parse(read(`pagefind/${shard}/pagefind-entry.json`)).languages)).toEqual(['zh-cn'])
    }
  })

  it.each(['劳模', '驿站'])('finds 「%s」 in the search index, on pages that contain it', (word) => {
    const found = search(word)
    expect(found.results).toBeGreaterThan(0)
    for (const url of found.urls) {
      expect(fs.existsSync(path.join(siteDir, pageFile(url))), url).toBe(true)
      expect(fs.readFileSync(path.join(siteDir, pageFile(url)), 'utf8')).toContain(word)
    }
    // The result shows the page's own title (not the word-split text the indexer saw).
    expect(found.first!.title).not.toMatch(/\p{Script=Han} \p{Script=Han}/u)
    expect(found.first!.excerpt).toContain('<mark>')
  })

  it('indexes only document pages: no list, archive or home page is a search result', () => {
    const urls = search('劳模').urls
    expect(urls.length).toBeGreaterThan(0)
    for (const url of urls) expect(url).toMatch(/^\/(articles|workers|galleries|videos|reviews)\/(?!page\/)[^/]+\/$/)
  })

  it('copies only media used on published pages into the site', async () => {
    const media = await t.payload.find({ collection: 'media', pagination: false, depth: 0 })
    const inSite = new Set(fs.readdirSync(path.join(siteDir, 'media')))
    const used = media.docs.filter((m) => inSite.has(m.filename!))
    expect(used.length).toBeGreaterThan(0)
    for (const m of used) expect(inSite.has(m.filename!)).toBe(true)
  })
})

describe('incremental publishing', () => {
  it('reuses every page when nothing changed', async () => {
    const result = await publishSite(t.payload)
    expect(result.written).toBe(0)
    expect(result.reused).toBe(result.pages)
  })

  it('rebuilds exactly the pages that show an edited article and leaves the others byte-identical', async () => {
    const before = live()
    const beforeHashes = hashTree(before)
    const { docs } = await t.payload.find({ collection: 'articles', where: { and: [{ _status: { equals: 'published' } }, onMainSite()] }, limit: 1, depth: 0 })
    const article = docs[0]!
    await t.payload.update({ collection: 'articles', id: article.id, data: { title: `${article.title}（更新）` } })
    const result = await publishSite(t.payload)
    const after = live()
    expect(after).not.toBe(before)
    const afterHashes = hashTree(after)
    const changed = Object.keys(afterHashes).filter((f) => f.endsWith('.html') && afterHashes[f] !== beforeHashes[f])
    const showing = Object.keys(afterHashes).filter((f) => f.endsWith('.html') && fs.readFileSync(path.join(after, f), 'utf8').includes(`${article.title}（更新）`))
    // Every page that shows the new title was rebuilt, and nothing else changed.
    expect(new Set(changed)).toEqual(new Set(showing))
    expect(result.written).toBe(changed.length)
    expect(result.written).toBeLessThan(result.pages / 2)
    expect(showing).toContain(`articles/${article.slug}/index.html`)
    expect(showing).toContain('index.html')
  })

  it('removes the page of an unpublished article and its links', async () => {
    const { docs } = await t.payload.find({ collection: 'articles', where: { and: [{ _status: { equals: 'published' } }, onMainSite()] }, limit: 1, depth: 0 })
    const article = docs[0]!
    expect(fs.existsSync(path.join(siteDir, 'articles', article.slug!, 'index.html'))).toBe(true)
    await t.payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' } })
    const result = await publishSite(t.payload)
    expect(result.removed).toBeGreaterThanOrEqual(1)
    expect(fs.existsSync(path.join(siteDir, 'articles', article.slug!, 'index.html'))).toBe(false)
    expect(read('index.html')).not.toContain(`/articles/${article.slug}/`)
  })

  it('keeps the search index in step: an edit is found after the next publish, an unpublished page no longer', async () => {
    const { docs } = await t.payload.find({ collection: 'articles', where: { and: [{ _status: { equals: 'published' } }, onMainSite()] }, limit: 1, depth: 0 })
    const article = docs[0]!
    expect(search('榫卯').results).toBe(0)
    await t.payload.update({ collection: 'articles', id: article.id, data: { title: `${article.title}：榫卯里的匠心` } })
    const edited = await publishSite(t.payload)
    expect(edited.search?.rebuilt).toBeGreaterThanOrEqual(1)
    const found = search('榫卯').urls
    expect(found).toContain(`/articles/${article.slug}/`)
    for (const url of found) expect(fs.readFileSync(path.join(siteDir, pageFile(url)), 'utf8')).toContain('榫卯')
    const untouched = await publishSite(t.payload)
    // Nothing re-indexed (with unit sites, an unchanged site is not touched at all: no summary).
    expect(untouched.search?.rebuilt ?? 0).toBe(0)
    await t.payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' } })
    await publishSite(t.payload)
    expect(search('榫卯').results).toBe(0)
    // No older index folder is left to serve the withdrawn text: only the current ones remain.
    const root = fs.realpathSync(`${siteDir}.search`)
    const { readSearchState } = await import('../../src/publish/search')
    const state = readSearchState(root)
    const current = new Set([...Object.values(state.shards).map((s) => s.dir), state.merged?.dir])
    const folders = fs.readdirSync(root).filter((e) => fs.statSync(path.join(root, e)).isDirectory())
    expect(folders.filter((f) => !current.has(f))).toEqual([])
  })

  it('picks up a newly published and a deleted article in the same running publisher', async () => {
    const { docs } = await t.payload.find({ collection: 'articles', where: { and: [{ _status: { equals: 'published' } }, onMainSite()] }, limit: 1, depth: 0 })
    const gone = docs[0]!
    const fresh = await t.payload.create({
      collection: 'articles',
      data: { title: '新发布的稿件：夜班公交的温度', summary: '公交集团夜班线路上的职工服务。', reviewStage: 'approved', _status: 'published', bylines: [{ role: 'reporter', name: '林晓' }] } as never,
      context: { skipPublish: true },
    })
    await t.payload.delete({ collection: 'articles', id: gone.id })
    await publishSite(t.payload)
    expect(fs.existsSync(path.join(siteDir, 'articles', (fresh as { slug: string }).slug, 'index.html'))).toBe(true)
    expect(fs.existsSync(path.join(siteDir, 'articles', gone.slug!, 'index.html'))).toBe(false)
    expect(read('index.html')).not.toContain(`/articles/${gone.slug}/`)
  })

  it('reads a whole collection page by page: every published document once, no draft', async () => {
    const { docs } = await t.payload.find({ collection: 'articles', where: { _status: { equals: 'published' } }, pagination: false, depth: 0, draft: false })
    expect(docs.length).toBeGreaterThan(3)
    const paged = await readAll(t.payload, 'articles', 2)
    expect([...paged.keys()].sort()).toEqual(docs.map((d) => String(d.id)).sort())
    expect([...paged.values()].every((d) => (d as { _status?: string })._status === 'published')).toBe(true)
  })

  it('finds the same pages, equally ranked, when the index is built in many shards and merged', async () => {
    const ranked = (found: ReturnType<typeof search>) => Object.fromEntries(found.urls.map((u, i) => [u, found.scores[i]!.toFixed(5)]))
    const single = search('劳模', 'all')
    process.env.SITE_SEARCH_SHARD_PAGES = '5'
    try {
      const result = await publishSite(t.payload)
      expect(result.search!.shards).toBeGreaterThan(2)
      expect(result.search!.merged).toBe(true)
      const split = search('劳模', 'all')
      // The browser loads one index, made of the shards.
      expect(split.shards).toBe(1)
      expect(JSON.parse(read('pagefind/shards.json')).shards[0]).toMatch(/^all\./)
      expect(split.results).toBe(single.results)
      expect(ranked(split)).toEqual(ranked(single))
    } finally {
      delete process.env.SITE_SEARCH_SHARD_PAGES
    }
    // Back to one shard: no merged index, the small shards are dropped from the list.
    const back = await publishSite(t.payload)
    expect(back.search).toMatchObject({ shards: 1, merged: false })
    expect(JSON.parse(read('pagefind/shards.json')).shards).toEqual([expect.stringMatching(/^site\./)])
  })

  it('leaves the live site byte-identical when a render fails midway', async () => {
    const before = live()
    const beforeHashes = hashTree(before)
    const { docs } = await t.payload.find({ collection: 'articles', where: { and: [{ _status: { equals: 'published' } }, onMainSite()] }, limit: 1, depth: 0 })
    await t.payload.update({ collection: 'articles', id: docs[0]!.id, data: { summary: '这次发布会在中途失败' } })
    await expect(publishSite(t.payload, { failAfterPages: 1 })).rejects.toThrow()
    expect(live()).toBe(before)
    expect(hashTree(live())).toEqual(beforeHashes)
    expect(fs.readdirSync(`${siteDir}.builds`).filter((e) => !e.endsWith('.json'))).toHaveLength(fs.readdirSync(`${siteDir}.builds`).filter((e) => !e.endsWith('.json')).length)
  })

  it('refuses a SITE_DIR that is the project root or the media folder before writing anything', async () => {
    await expect(publishSite(t.payload, { siteDir: t.dir })).rejects.toThrow(/project folder/)
    await expect(publishSite(t.payload, { siteDir: path.join(t.dir, 'media') })).rejects.toThrow(/media/)
  })

  it('refuses a search setting that is not a page count before writing anything', async () => {
    const before = live()
    const builds = fs.readdirSync(`${siteDir}.builds`).sort()
    process.env.SITE_SEARCH_SHARD_PAGES = '一千'
    try {
      await expect(publishSite(t.payload)).rejects.toThrow(/SITE_SEARCH_SHARD_PAGES must be a whole number/)
    } finally {
      delete process.env.SITE_SEARCH_SHARD_PAGES
    }
    expect(live()).toBe(before)
    expect(fs.readdirSync(`${siteDir}.builds`).sort()).toEqual(builds)
  })
})

describe('what a page is made of', () => {
  it('renders every page again when SITE_URL and SITE_NAME change (they used to be missing from the incremental key: 0 of 46 pages re-rendered)', async () => {
    await publishSite(t.payload)
    expect((await publishSite(t.payload)).written).toBe(0)
    const saved = { url: process.env.SITE_URL, name: process.env.SITE_NAME }
    process.env.SITE_URL = 'https://news.example.org'
    process.env.SITE_NAME = '新站名职工之家'
    try {
      const result = await publishSite(t.payload)
      expect(result.written).toBe(result.pages)
      const html = files(live()).filter((f) => f.endsWith('.html'))
      for (const f of html) {
        const page = fs.readFileSync(path.join(live(), f), 'utf8')
        expect(page, f).not.toContain('https://www.example.org')
        expect(page, f).toContain('新站名职工之家')
      }
      const article = html.find((f) => /^articles\/[^/]+\/index\.html$/.test(f) && !f.startsWith('articles/page'))!
      const doc = parse(fs.readFileSync(path.join(live(), article), 'utf8'))
      expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).toMatch(/^https:\/\/news\.example\.org\//)
      expect(doc.querySelector('meta[property="og:site_name"]')!.getAttribute('content')).toBe('新站名职工之家')
    } finally {
      process.env.SITE_URL = saved.url
      if (saved.name === undefined) delete process.env.SITE_NAME
      else process.env.SITE_NAME = saved.name
    }
    const back = await publishSite(t.payload)
    expect(back.written).toBe(back.pages)
  })

  it('renders every page again when the time zone changes', async () => {
    process.env.SITE_TIMEZONE = 'Asia/Urumqi'
    try {
      const result = await publishSite(t.payload)
      expect(result.written).toBe(result.pages)
    } finally {
      delete process.env.SITE_TIMEZONE
    }
    expect((await publishSite(t.payload)).written).toBeGreaterThan(0)
  })

  it('reads no setting while planning and rendering that is not in the render key', async () => {
    const { trackSiteData, makeContext, renderPage, renderSettings, pageSettings } = await import('../../src/publish/render')
    const { planSite } = await import('../../src/publish/plan')
    const { feedFiles } = await import('../../src/publish/feeds')
    const { loadSiteData } = await import('../../src/publish/store')
    const data = trackSiteData(await loadSiteData(t.payload, { fresh: true }))
    const settings = renderSettings()
    const inKey = new Set(Object.keys(pageSettings(settings)))
    const env = process.env
    const read = new Set<string>()
    process.env = new Proxy(env, {
      get(target, name) {
        if (typeof name === 'string') read.add(name)
        return Reflect.get(target, name)
      },
    })
    try {
      const specs = planSite(data)
      const ctx = makeContext(data, settings, { css: '/a.css', gallery: '/g.js', filter: '/f.js', search: '/s.js' })
      for (const spec of specs) renderPage(spec, ctx)
      feedFiles(data, specs, settings)
    } finally {
      process.env = env
    }
    // NODE_ENV is React's own (development or production build), not a setting of ours.
    expect([...read].filter((name) => !inKey.has(name) && name !== 'NODE_ENV')).toEqual([])
  })

  it('renders the model-worker directory again when an honour it lists is renamed', async () => {
    const worker = (await t.payload.find({ collection: 'model-workers', where: { and: [{ _status: { equals: 'published' } }, onMainSite()] }, limit: 1, depth: 0 })).docs[0]!
    const honorId = (worker.honors ?? [])[0]!.honor as number
    const honor = await t.payload.findByID({ collection: 'honors', id: honorId })
    await t.payload.update({ collection: 'honors', id: honorId, data: { name: `${honor.name}（更名）` } })
    try {
      await publishSite(t.payload)
      expect(read('workers/index.html')).toContain(`${honor.name}（更名）`)
    } finally {
      await t.payload.update({ collection: 'honors', id: honorId, data: { name: honor.name } })
    }
  })
})
