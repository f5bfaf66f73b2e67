// The published public site in a real browser (Debian's chromium driven by playwright-core), served
// over HTTP by serveSite with its real headers and CSP: a reader follows a link from the home page
// to an article, opens a gallery viewer with the keyboard, searches in Chinese and reaches the page;
// axe-core finds no serious or critical accessibility violation on each kind of page.
import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations, chromiumUnavailable, formatViolations, launchChromium, serveSiteOverHTTP, type SiteServer } from '../helpers/browser'
import { startPayload, type TestPayload } from '../helpers/payload'

const unavailable = chromiumUnavailable()
if (unavailable) console.warn(`[site.e2e] skipping the browser tests: ${unavailable}`)

let t: TestPayload | undefined
let server: SiteServer | undefined
let browser: Browser | undefined
let context: BrowserContext | undefined
let closeSearch: (() => Promise<void>) | undefined
let base = ''
/** Slugs of published documents, one per kind of page. */
const slugs = { article: '', worker: '', gallery: '', review: '', video: '' }
/** Errors the pages raised or logged (a CSP refusal shows up here), checked after each test. */
const pageErrors: string[] = []

async function publishedSlug(collection: 'articles' | 'model-workers' | 'yearly-reviews' | 'video-campaigns'): Promise<string> {
  // The demo's two counties have sites of their own: their pieces are not on the main site.
  const { docs: withSites } = await t!.payload.find({ collection: 'organizations', where: { 'site.enabled': { equals: true } }, pagination: false, depth: 0 })
  const onMainSite = { or: [{ organization: { exists: false } }, { organization: { not_in: withSites.map((o) => o.id) } }] }
  const { docs } = await t!.payload.find({
    collection,
    where: { and: [{ _status: { equals: 'published' } }, onMainSite] },
    sort: '-publishedAt',
    limit: 1,
    depth: 0,
  })
  const slug = (docs[0] as { slug?: string } | undefined)?.slug
  if (!slug) throw new Error(`the demo content has no published ${collection}`)
  return slug
}

async function open(pathname: string): Promise<Page> {
  const page = await context!.newPage()
  page.on('pageerror', (err) => pageErrors.push(`${pathname}: ${err.message}`))
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) pageErrors.push(`${pathname}: console: ${msg.text()}`)
  })
  page.on('response', (res) => {
    // Chromium asks for /favicon.ico by itself; the site has none (reported, not a page error).
    if (res.status() >= 400 && new URL(res.url()).pathname !== '/favicon.ico') pageErrors.push(`${pathname}: ${res.status()} ${res.url()}`)
  })
  page.on('requestfailed', (req) => {
    // Lazy photos still loading when a test moves on are aborted; other sites are blocked below.
    const error = req.failure()?.errorText ?? ''
    if (req.url().startsWith(`${base}/`) && error !== 'net::ERR_ABORTED') pageErrors.push(`${pathname}: failed ${req.url()}: ${error}`)
  })
  const response = await page.goto(`${base}${pathname}`, { waitUntil: 'load' })
  expect(response?.status(), pathname).toBe(200)
  return page
}

let siteDir: string
let publishSite: typeof import('../../src/publish/publisher').publishSite

function takeErrors(): string[] {
  return pageErrors.splice(0)
}

beforeAll(async () => {
  if (unavailable) return
  // Boot the browser while Payload seeds and publishes: both take a while.
  const launching = launchChromium()
  launching.catch(() => {})
  t = await startPayload('site-e2e')
  siteDir = path.join(t.dir, 'site')
  process.env.SITE_DIR = siteDir
  server = await serveSiteOverHTTP(siteDir)
  base = server.url
  process.env.SITE_URL = base
  const { seed } = await import('../../src/seed')
  await seed(t.payload)
  ;({ publishSite } = await import('../../src/publish/publisher'))
  ;({ closeSearch } = await import('../../src/publish/search'))
  await publishSite(t.payload, { siteDir, siteURL: base })
  slugs.article = await publishedSlug('articles')
  slugs.worker = await publishedSlug('model-workers')
  const galleries = await t.payload.find({ collection: 'galleries', where: { _status: { equals: 'published' } }, sort: '-publishedAt', pagination: false, depth: 0 })
  const gallery = galleries.docs.find((g) => (g.items ?? []).length > 1)
  if (!gallery?.slug) throw new Error('the demo content has no published gallery of two photos or more')
  slugs.gallery = gallery.slug
  slugs.review = await publishedSlug('yearly-reviews')
  slugs.video = await publishedSlug('video-campaigns')
  browser = await launching
  context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } })
  context.setDefaultTimeout(15_000)
  // Nothing leaves the machine: embedded players (v.qq.com…) are refused, so runs are deterministic.
  await context.route((url) => url.origin !== base, (route) => route.abort('blockedbyclient'))
}, 300_000)

afterAll(async () => {
  await context?.close().catch(() => {})
  await browser?.close().catch(() => {})
  await server?.close()
  await closeSearch?.().catch(() => {})
  await t?.close()
})

describe.skipIf(Boolean(unavailable))('the public site in a browser', () => {
  it('opens the Chinese home page and follows a link to an article', async () => {
    const page = await open('/')
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN')
    const link = page.locator('section', { has: page.locator('h2', { hasText: '最新报道' }) }).locator('.cards a').first()
    const title = (await link.textContent())!.trim()
    expect(title).not.toBe('')
    const href = await link.getAttribute('href')
    expect(href).toMatch(/^\/articles\/[^/]+\/$/)
    await Promise.all([page.waitForURL(`${base}${href}`), link.click()])
    expect((await page.locator('h1').textContent())!.trim()).toBe(title)
    await page.close()
    expect(takeErrors()).toEqual([])
  })

  it('opens the gallery viewer with the keyboard, moves with the arrow keys and closes with Escape', async () => {
    const page = await open(`/galleries/${slugs.gallery}/`)
    const links = page.locator('[data-gallery] a[data-caption]')
    const count = await links.count()
    expect(count).toBeGreaterThan(1)
    const first = links.first()
    const firstHref = await first.getAttribute('href')
    // Tab through the page like a keyboard user until the first photo has the focus.
    const isFocused = () => first.evaluate((a) => document.activeElement === a)
    for (let i = 0; i < 40 && !(await isFocused()); i++) await page.keyboard.press('Tab')
    expect(await isFocused(), 'the first photo link is reachable with Tab').toBe(true)

    await page.keyboard.press('Enter')
    const viewer = page.getByRole('dialog', { name: '图片浏览' })
    await viewer.waitFor({ state: 'visible' })
    expect(page.url(), 'the link opens the viewer instead of navigating').toBe(`${base}/galleries/${slugs.gallery}/`)
    expect(await viewer.getAttribute('aria-modal')).toBe('true')
    const counter = viewer.locator('p')
    expect(await counter.textContent()).toMatch(new RegExp(`^1 / ${count}\\b`))
    expect(await viewer.locator('img').getAttribute('src')).toBe(firstHref)
    expect(await page.evaluate(() => document.activeElement?.closest('[role=dialog]') !== null), 'focus moves into the viewer').toBe(true)
    // The large photo really loads (same origin, allowed by the CSP).
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('[role=dialog] img')
      return Boolean(img && img.complete && img.naturalWidth > 0)
    })

    await page.keyboard.press('ArrowRight')
    await page.waitForFunction((n) => document.querySelector('[role=dialog] p')?.textContent?.startsWith(`2 / ${n}`), count)
    expect(await viewer.locator('img').getAttribute('src')).toBe(await links.nth(1).getAttribute('href'))
    await page.keyboard.press('ArrowLeft')
    await page.waitForFunction((n) => document.querySelector('[role=dialog] p')?.textContent?.startsWith(`1 / ${n}`), count)
    await page.keyboard.press('ArrowLeft')
    await page.waitForFunction((n) => document.querySelector('[role=dialog] p')?.textContent?.startsWith(`${n} / ${n}`), count)

    // Tab stays inside the open viewer.
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.closest('[role=dialog]') !== null), `Tab ${i + 1} stays in the viewer`).toBe(true)
    }

    await page.keyboard.press('Escape')
    await viewer.waitFor({ state: 'hidden' })
    expect(await isFocused(), 'focus returns to the photo that opened the viewer').toBe(true)
    await page.close()
    expect(takeErrors()).toEqual([])
  })

  for (const word of ['劳模', '驿站']) {
    it(`finds 「${word}」 with the site search and reaches a page that contains it`, async () => {
      const page = await open('/search/')
      await page.locator('#q').fill(word)
      await page.locator('#q').press('Enter')
      await page.waitForURL(`${base}/search/?q=${encodeURIComponent(word)}`)
      const first = page.locator('#search-results ol li a').first()
      await first.waitFor({ state: 'visible' })
      expect(await page.locator('#search-results > p').textContent()).toMatch(/^找到 \d+ 个结果$/)
      expect(await page.locator('#search-results mark').first().textContent()).toContain(word)
      const href = (await first.getAttribute('href'))!
      expect(href).toMatch(/^\/.+\/$/)
      await Promise.all([page.waitForURL(`${base}${href}`), first.click()])
      expect(await page.locator('main').innerText()).toContain(word)
      await page.close()
      expect(takeErrors()).toEqual([])
    })
  }

  it('shows the results of a shared search URL and says so when nothing matches', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('劳模')}`)
    expect(await page.locator('#q').inputValue()).toBe('劳模')
    await page.locator('#search-results ol li a').first().waitFor({ state: 'visible' })
    const nonsense = '氦氖氩氪氙'
    const before = await page.locator('#search-results').innerText()
    await page.locator('#q').fill(nonsense)
    await page.locator('#q').press('Enter')
    await page.waitForURL(`${base}/search/?q=${encodeURIComponent(nonsense)}`)
    await page.waitForFunction((text) => (document.querySelector('#search-results') as HTMLElement).innerText !== text, before)
    expect(await page.locator('#search-results').innerText()).toContain(`没有找到与“${nonsense}”相关的内容`)
    expect(await page.locator('#search-results ol li').count()).toBe(0)
    await page.close()
    expect(takeErrors()).toEqual([])
  })

  it('shows ten results at first and the rest with a button, moving focus to the first new one', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('工会')}`)
    const links = page.locator('#search-results ol li a')
    await links.first().waitFor({ state: 'visible' })
    const total = Number((await page.locator('#search-results > p').textContent())!.match(/找到 (\d+) 个结果/)![1])
    expect(total, 'the demo site has more than ten pages about 工会').toBeGreaterThan(10)
    expect(await links.count()).toBe(10)
    const more = page.getByRole('button', { name: /显示更多结果/ })
    expect(await more.textContent()).toContain(`还有 ${total - 10} 个`)
    await more.focus()
    await page.keyboard.press('Enter')
    await page.waitForFunction((n) => document.querySelectorAll('#search-results ol li').length === n, Math.min(total, 20))
    expect(await page.evaluate(() => document.activeElement === document.querySelectorAll('#search-results ol li a')[10])).toBe(true)
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(new Set(hrefs).size, 'no result shown twice').toBe(hrefs.length)
    if (total <= 20) expect(await more.count()).toBe(0)
    await page.close()
    expect(takeErrors()).toEqual([])
  })

  it('searches a merged index (the shards of a large site made into one) just like a single one', async () => {
    const results = async (word: string) => {
      const page = await open(`/search/?q=${encodeURIComponent(word)}`)
      await page.locator('#search-results ol li a').first().waitFor({ state: 'visible' })
      const found = {
        summary: await page.locator('#search-results > p').textContent(),
        hrefs: (await page.locator('#search-results ol li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).sort(),
      }
      await page.close()
      return found
    }
    const single = await results('劳模')
    process.env.SITE_SEARCH_SHARD_PAGES = '4'
    try {
      expect((await publishSite(t!.payload, { siteDir, siteURL: base })).search).toMatchObject({ merged: true })
      expect(await results('劳模')).toEqual(single)
    } finally {
      delete process.env.SITE_SEARCH_SHARD_PAGES
      await publishSite(t!.payload, { siteDir, siteURL: base })
    }
    expect(takeErrors()).toEqual([])
  })

  describe('axe-core finds no serious or critical accessibility violation', () => {
    const pages: [string, () => string][] = [
      ['the home page', () => '/'],
      ['an article', () => `/articles/${slugs.article}/`],
      ['a worker profile', () => `/workers/${slugs.worker}/`],
      ['a gallery', () => `/galleries/${slugs.gallery}/`],
      ['a yearly review', () => `/reviews/${slugs.review}/`],
      ['the model-worker directory (with its filters)', () => '/workers/'],
      ['a video campaign', () => `/videos/${slugs.video}/`],
    ]
    for (const [name, pathname] of pages) {
      it(`on ${name}`, async () => {
        const page = await open(pathname())
        const violations = await axeViolations(page)
        await page.close()
        expect(violations, `\n${formatViolations(pathname(), violations)}\n`).toEqual([])
        expect(takeErrors()).toEqual([])
      })
    }

    it('on a gallery with its viewer open', async () => {
      const page = await open(`/galleries/${slugs.gallery}/`)
      await page.locator('[data-gallery] a[data-caption]').first().click()
      await page.getByRole('dialog').waitFor({ state: 'visible' })
      const violations = await axeViolations(page)
      await page.close()
      expect(violations, `\n${formatViolations('gallery viewer', violations)}\n`).toEqual([])
      expect(takeErrors()).toEqual([])
    })

    it('on the search page with results and its “more results” button', async () => {
      const page = await open(`/search/?q=${encodeURIComponent('工会')}`)
      await page.locator('#search-results button.more-results').waitFor({ state: 'visible' })
      const violations = await axeViolations(page)
      await page.close()
      expect(violations, `\n${formatViolations('search', violations)}\n`).toEqual([])
      expect(takeErrors()).toEqual([])
    })
  })
})
