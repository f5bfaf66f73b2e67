// Units with their own sites (站群, issue 17): a city federation (the main site) with county 云溪
// (its own site at /sites/yunxi/ and yunxi.example.org, a street union below it without one) and
// county 青山 (no site). Each site is complete and shows its own units' documents only; a piece the
// city adopted shows on the city's site with 来源 and a link to the original; an edit reaches every
// site showing the piece and no other; a clashing path or host name is refused; the server answers
// each site at its address and host name. (A single office renders as before: site.int.spec.ts.)
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { parse } from 'node-html-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let siteDir: string
let unitDir: string
let publishSite: typeof import('../../src/publish/publisher').publishSite
let serveSites: typeof import('../../src/publish/siteRouting').serveSites
let closeSearch: () => Promise<void>

const SYSTEM = { overrideAccess: true, depth: 0, context: { seeding: true, skipPublish: true } } as const
const org = {} as Record<'city' | 'yunxi' | 'street' | 'qingshan', number>
const art = {} as Record<'city' | 'yunxi' | 'street' | 'qingshan' | 'none' | 'adopted', { id: number; slug: string; title: string }>
let unitTopic: { id: number; slug: string }

const page = (root: string, slug: string) => path.join(root, 'articles', slug, 'index.html')
const html = (root: string, slug: string) => fs.readFileSync(page(root, slug), 'utf8')

async function article(key: keyof typeof art, organization: number | null, extra: Record<string, unknown> = {}) {
  const title = `站群测试${key}稿件`
  const doc = await t.payload.create({
    collection: 'articles',
    data: { title, slug: `sites-${key}`, organization, publishedAt: '2026-03-01T08:00:00.000Z', _status: 'published', reviewStage: 'approved', ...extra } as never,
    ...SYSTEM,
  })
  art[key] = { id: doc.id as number, slug: `sites-${key}`, title }
}

/** Every HTML file under a built site. */
function htmlFiles(root: string): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isSymbolicLink()) continue
      const p = path.join(dir, e.name)
      if (e.isDirectory()) walk(p)
      else if (e.name.endsWith('.html')) out.push(p)
    }
  }
  walk(root)
  return out
}

async function saveFails(data: Record<string, unknown>): Promise<string> {
  try {
    await t.payload.create({ collection: 'organizations', data: { level: 'county', parent: org.city, ...data } as never, ...SYSTEM })
  } catch (err) {
    return JSON.stringify((err as { data?: unknown }).data ?? (err as Error).message)
  }
  return 'saved'
}

beforeAll(async () => {
  t = await startPayload('sites')
  siteDir = path.join(t.dir, 'site')
  unitDir = path.join(`${siteDir}.sites`, 'yunxi')
  process.env.SITE_DIR = siteDir
  process.env.SITE_URL = 'https://www.example.org'
  ;({ publishSite } = await import('../../src/publish/publisher'))
  ;({ serveSites } = await import('../../src/publish/siteRouting'))
  ;({ closeSearch } = await import('../../src/publish/search'))
  const make = async (name: string, level: string, parent: number | null, site?: Record<string, unknown>) =>
    (await t.payload.create({ collection: 'organizations', data: { name, level, parent, ...(site ? { site } : {}) } as never, ...SYSTEM })).id as number
  org.city = await make('江澄市总工会', 'city', null)
  org.qingshan = await make('青山区总工会', 'county', org.city)
  unitTopic = (await t.payload.create({ collection: 'topics', data: { name: '云溪职工风采', slug: 'yunxi-workers', organization: null } as never, ...SYSTEM })) as never
  org.yunxi = await make('云溪区总工会', 'county', org.city, { enabled: true, name: '云溪工会网', path: 'yunxi', domain: 'yunxi.example.org', featuredTopics: [unitTopic.id] })
  await t.payload.update({ collection: 'topics', id: unitTopic.id, data: { organization: org.yunxi } as never, ...SYSTEM })
  org.street = await make('云溪区城关街道工会', 'enterprise', org.yunxi)
  await article('city', org.city)
  await article('yunxi', org.yunxi, { topics: [unitTopic.id] })
  await article('street', org.street)
  await article('qingshan', org.qingshan)
  await article('none', null)
  await article('adopted', org.yunxi)
  await t.payload.update({ collection: 'articles', id: art.adopted.id, data: { adoptedBy: [org.city] } as never, ...SYSTEM, context: { ...SYSTEM.context, adoptAction: true } })
  await publishSite(t.payload)
}, 300_000)

afterAll(async () => {
  await closeSearch?.()
  await t?.close()
})

describe('a unit with its own site', () => {
  it('gets a complete site of its own folder: home, lists, archives, search, feeds, sitemap, 404', () => {
    for (const rel of ['index.html', 'articles/index.html', 'archive/2026/index.html', 'search/index.html', '404.html', 'feed.xml', 'sitemap.xml', 'robots.txt', 'topics/yunxi-workers/index.html']) {
      expect(fs.existsSync(path.join(unitDir, rel)), rel).toBe(true)
    }
    expect(fs.readFileSync(path.join(unitDir, 'index.html'), 'utf8')).toContain('云溪工会网')
    expect(fs.readdirSync(path.join(unitDir, 'pagefind')).length).toBeGreaterThan(0)
    const manifest = JSON.parse(fs.readFileSync(path.join(`${siteDir}.sites`, 'sites.json'), 'utf8'))
    expect(manifest.sites).toEqual([{ path: 'yunxi', domain: 'yunxi.example.org', folder: unitDir, name: '云溪工会网' }])
  })

  it('shows its own and its street union’s pieces, and none of another unit’s; the main site shows the rest', () => {
    for (const key of ['yunxi', 'street', 'adopted'] as const) expect(fs.existsSync(page(unitDir, art[key].slug)), key).toBe(true)
    for (const key of ['city', 'qingshan', 'none'] as const) expect(fs.existsSync(page(unitDir, art[key].slug)), key).toBe(false)
    for (const key of ['city', 'qingshan', 'none', 'adopted'] as const) expect(fs.existsSync(page(siteDir, art[key].slug)), key).toBe(true)
    for (const key of ['yunxi', 'street'] as const) expect(fs.existsSync(page(siteDir, art[key].slug)), key).toBe(false)
    // The unit's own topic is on its site only; its home features it.
    expect(fs.existsSync(path.join(siteDir, 'topics', 'yunxi-workers'))).toBe(false)
    expect(fs.readFileSync(path.join(unitDir, 'index.html'), 'utf8')).toContain('href="/sites/yunxi/topics/yunxi-workers/"')
  })

  it('links every page of the unit site within /sites/yunxi/, each link to a file of its folder', () => {
    const missing: string[] = []
    for (const file of htmlFiles(unitDir)) {
      const root = parse(fs.readFileSync(file, 'utf8'))
      for (const el of root.querySelectorAll('a[href], link[href], script[src], img[src], source[srcset]')) {
        const values = el.getAttribute('srcset') ? el.getAttribute('srcset')!.split(',').map((s) => s.trim().split(' ')[0]!) : [el.getAttribute('href') ?? el.getAttribute('src')!]
        for (const url of values) {
          if (!url.startsWith('/')) continue
          if (!url.startsWith('/sites/yunxi/')) missing.push(`${path.relative(unitDir, file)}: ${url} (outside the site)`)
          else {
            const rel = url.slice('/sites/yunxi/'.length).split('#')[0]!
            const target = path.join(unitDir, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel)
            if (!fs.existsSync(target)) missing.push(`${path.relative(unitDir, file)}: ${url}`)
          }
        }
      }
    }
    expect(missing).toEqual([])
    // Its search script and search index use the site's addresses too.
    const script = fs.readdirSync(path.join(unitDir, 'assets')).find((f) => f.startsWith('search.'))!
    expect(fs.readFileSync(path.join(unitDir, 'assets', script), 'utf8')).toContain('/sites/yunxi/pagefind/shards.json')
    const found = JSON.parse(execFileSync(process.execPath, [path.resolve('tests/helpers/pagefind-query.mjs'), path.join(unitDir, 'pagefind'), '站群测试', 'all'], { encoding: 'utf8' })) as { urls: string[] }
    expect(found.urls.sort()).toEqual(['adopted', 'street', 'yunxi'].map((k) => `/sites/yunxi/articles/sites-${k}/`))
    expect(fs.readFileSync(path.join(unitDir, 'sitemap.xml'), 'utf8')).toContain('<loc>https://yunxi.example.org/sites/yunxi/articles/sites-yunxi/</loc>')
  })
})

describe('adopted pieces (采用)', () => {
  it('shows an adopted piece on the city site with 来源 and a link to the original on the unit site', () => {
    const city = parse(html(siteDir, art.adopted.slug))
    const origin = city.querySelector('p.origin')
    expect(origin?.text).toBe('来源：云溪区总工会')
    expect(origin?.querySelector('a')?.getAttribute('href')).toBe('https://yunxi.example.org/sites/yunxi/articles/sites-adopted/')
    // At home, and on the pages of the city's own pieces, there is no 来源 line.
    expect(parse(html(unitDir, art.adopted.slug)).querySelector('p.origin')).toBeNull()
    expect(parse(html(siteDir, art.city.slug)).querySelector('p.origin')).toBeNull()
  })

  it('names the original of an adapted copy (改编采用) on the copy’s page, linking to it on the unit site', async () => {
    const copy = await t.payload.create({
      collection: 'articles',
      data: { title: '站群测试改编稿件', slug: 'sites-adapted', organization: org.city, adaptedFrom: { relationTo: 'articles', value: art.yunxi.id }, publishedAt: '2026-03-02T08:00:00.000Z', _status: 'published', reviewStage: 'approved' } as never,
      ...SYSTEM,
      context: { ...SYSTEM.context, federationAdaptAction: true },
    })
    await publishSite(t.payload)
    const origin = parse(html(siteDir, 'sites-adapted')).querySelector('p.origin')
    expect(origin?.text).toBe('来源：云溪区总工会')
    expect(origin?.querySelector('a')?.getAttribute('href')).toBe(`https://yunxi.example.org/sites/yunxi/articles/${art.yunxi.slug}/`)
    await t.payload.delete({ collection: 'articles', id: copy.id, ...SYSTEM })
    await publishSite(t.payload)
  })

  it('re-renders an edited adopted piece on both sites, and an edit of an unadopted piece on its site only', async () => {
    const cityBuild = fs.realpathSync(siteDir)
    await t.payload.update({ collection: 'articles', id: art.adopted.id, data: { title: '站群测试采用稿件已更正' }, ...SYSTEM })
    const first = await publishSite(t.payload)
    expect(first.written).toBeGreaterThan(0)
    expect(first.sites?.[0]?.written).toBeGreaterThan(0)
    expect(html(siteDir, art.adopted.slug)).toContain('站群测试采用稿件已更正')
    expect(html(unitDir, art.adopted.slug)).toContain('站群测试采用稿件已更正')
    expect(fs.realpathSync(siteDir)).not.toBe(cityBuild)

    const cityNow = fs.realpathSync(siteDir)
    await t.payload.update({ collection: 'articles', id: art.yunxi.id, data: { title: '站群测试云溪稿件已更正' }, ...SYSTEM })
    const second = await publishSite(t.payload)
    expect(html(unitDir, art.yunxi.slug)).toContain('站群测试云溪稿件已更正')
    expect(second.sites?.[0]).toMatchObject({ path: 'yunxi', skipped: false })
    expect(second.written).toBe(0)
    expect(fs.realpathSync(siteDir)).toBe(cityNow)
  })
})

describe('site paths and host names', () => {
  it('refuses a path the site already has, another unit’s path, a bad path, a host name in use and another unit’s topic', async () => {
    expect(await saveFails({ name: '甲', site: { enabled: true, path: 'articles' } })).toContain('网站已有的地址')
    expect(await saveFails({ name: '乙', site: { enabled: true, path: 'search' } })).toContain('网站已有的地址')
    expect(await saveFails({ name: '丙', site: { enabled: true, path: 'sites' } })).toContain('网站已有的地址')
    expect(await saveFails({ name: '丁', site: { enabled: true, path: 'yunxi' } })).toContain('已被其他单位使用')
    expect(await saveFails({ name: '戊', site: { enabled: true, path: 'Yun Xi' } })).toContain('无效')
    expect(await saveFails({ name: '己', site: { enabled: true, path: 'jiyi', domain: 'yunxi.example.org' } })).toContain('域名“yunxi.example.org”已被其他单位使用')
    expect(await saveFails({ name: '庚', site: { enabled: true } })).toContain('需要填写网站路径')
    // Another unit's own topic cannot be featured.
    expect(await saveFails({ name: '壬', site: { enabled: false, featuredTopics: [unitTopic.id] } })).toContain('是其他单位自己的栏目')
    // Saving the unit itself again keeps its own path, host name and featured topic.
    await expect(t.payload.update({ collection: 'organizations', id: org.yunxi, data: { description: '云溪区' }, ...SYSTEM })).resolves.toBeTruthy()
    expect(await saveFails({ name: '辛', site: { enabled: false, path: 'xinzhen', domain: 'xinzhen.example.org' } })).toBe('saved')
  })
})

describe('serving (npm start)', () => {
  const get = async (url: string, host = 'www.example.org') => {
    const response = serveSites(siteDir, new Request(`http://localhost${url}`), host)
    return { status: response.status, location: response.headers.get('location'), text: response.body ? await response.text() : '' }
  }

  it('answers a unit site at /sites/<path>/ and at its host name, and the main site elsewhere', async () => {
    expect((await get('/sites/yunxi/')).text).toContain('<title>云溪工会网</title>')
    expect((await get(`/sites/yunxi/articles/${art.yunxi.slug}/`)).text).toContain('站群测试云溪稿件已更正')
    expect(await get('/sites/yunxi')).toMatchObject({ status: 308, location: '/sites/yunxi/' })
    expect(await get('/sites/yunxi/articles')).toMatchObject({ status: 308, location: '/sites/yunxi/articles/' })
    expect((await get('/sites/nowhere/')).status).toBe(404)
    expect((await get('/', 'yunxi.example.org:8080')).text).toContain('<title>云溪工会网</title>')
    expect((await get(`/sites/yunxi/articles/${art.street.slug}/`, 'YUNXI.example.org')).status).toBe(200)
    expect((await get(`/articles/${art.street.slug}/`, 'yunxi.example.org')).status).toBe(200)
    const main = await get('/')
    expect(main.text).toContain('站群测试city稿件')
    expect(main.text).not.toContain('云溪工会网')
    expect((await get(`/articles/${art.yunxi.slug}/`)).status).toBe(404)
  })

  it('takes a unit site down when the unit closes it: its pieces return to the main site', async () => {
    await t.payload.update({ collection: 'organizations', id: org.yunxi, data: { site: { enabled: false } } as never, ...SYSTEM })
    const result = await publishSite(t.payload)
    expect(result.sites).toBeUndefined()
    expect(fs.existsSync(unitDir)).toBe(false)
    expect(JSON.parse(fs.readFileSync(path.join(`${siteDir}.sites`, 'sites.json'), 'utf8')).sites).toEqual([])
    expect(fs.existsSync(page(siteDir, art.street.slug))).toBe(true)
    expect(parse(html(siteDir, art.adopted.slug)).querySelector('p.origin')).toBeNull()
    expect((await get('/sites/yunxi/')).status).toBe(404)
  })
})
