// The 公众号 channel as an office uses it, in the Chinese admin in a real browser, against the local
// stand-in of WeChat's API (tests/helpers/wechatStandIn.ts): a live story with three photos and a
// figures block is previewed at phone width; 「复制到公众号」 puts it on the clipboard and Chromium's
// own paste (Control+V) into an editor on another origin keeps the inline-styled sections, the bold
// text, the photos at their site addresses and the ▲ caption; the chief editor pushes it to the
// draft box (one draft the stand-in accepts, its photos at uploadimg addresses, the media_id in the
// sidebar); after a correction (by the administrator: a signed-off piece is locked to everyone
// else) a second push updates the same draft; a reporter gets no push button. The clipboard is
// Chromium's own (navigator.clipboard.write, then a real paste), no stand-in.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bold, figuresBlock, paragraph, photoBlock, richText } from '../../src/seed/lexical'
import { chromiumUnavailable, launchChromium } from '../helpers/browser'
import { waitForOtherBuilds } from '../helpers/processes'
import { startServer, type RunningServer } from '../helpers/server'
import { imageSources, startWeChatStandIn, type WeChatStandIn } from '../helpers/wechatStandIn'

/** The public site's address: the same server under another name, as a site with a domain of its own is. */
const siteOf = (base: string) => base.replace('127.0.0.1', 'localhost')

const missing = chromiumUnavailable()
if (missing) console.log(`WeChat browser test skipped: ${missing}`)

const APP = { appId: 'wx-e2e-union', appSecret: 'e2e-secret-0123456789abcdef' }
const TITLE = '港城路工会驿站迎来新一批户外劳动者'
const BOLD = '港城路工会驿站'
const CAPTIONS = ['驿站里，户外劳动者休息、饮水、充电。', '志愿者为骑手测量血压。', '驿站外墙上的服务指引。']
const BEFORE = '驿站于2019年建成，由港务集团工会管理。'
const AFTER = '驿站于2020年建成，由临港区总工会和港务集团工会共同管理。'

let server: RunningServer
let browser: Browser
let wechat: WeChatStandIn
let editorPage: { url: string; close: () => Promise<void> }
const tokens: Record<string, string> = {}
let storyId = 0

/** The story's body: bold text, three photos with their captions, a figures block; `sentence` is what a correction changes. */
const body = (photos: number[], sentence: string) =>
  richText(
    paragraph('午后两点，外卖骑手小杨把电动车停在', bold(BOLD), '门口，接了一杯凉白开，顺手给手机插上充电线。'),
    photoBlock({ photo: photos[0]!, caption: CAPTIONS[0], credit: '摄影 周扬' }),
    paragraph(sentence),
    figuresBlock({
      heading: '驿站一年间',
      items: [
        { label: '全市服务站点', value: 486, unit: '个' },
        { label: '服务户外劳动者', value: 52000, unit: '人次' },
        { label: '注册志愿者', value: 128, unit: '名' },
      ],
    }),
    photoBlock({ photo: photos[1]!, caption: CAPTIONS[1], credit: '通讯员 李雯 摄' }),
    '市总工会有关负责人表示，下一步将推动站点向物流园区和商业楼宇延伸。',
    photoBlock({ photo: photos[2]!, caption: CAPTIONS[2] }),
  )

/** A REST call to the running server as one of the demo users (or nobody); throws unless 2xx. */
async function api<T = Record<string, unknown>>(who: string | null, method: string, url: string, data?: unknown): Promise<T> {
  const headers: Record<string, string> = {}
  if (data !== undefined) headers['Content-Type'] = 'application/json'
  if (who) headers.Authorization = `JWT ${tokens[who]}`
  const res = await fetch(`${server.base}${url}`, { method, headers, body: data === undefined ? undefined : JSON.stringify(data), signal: AbortSignal.timeout(30_000) })
  const text = await res.text()
  if (!res.ok) throw new Error(`${method} ${url} as ${who ?? 'nobody'}: ${res.status} ${text.slice(0, 500)}`)
  return JSON.parse(text) as T
}

const EMAIL: Record<string, string> = { reporter: 'reporter@example.com', editor: 'editor@example.com', chief: 'chief@example.com', admin: 'admin@example.com' }

/** Three photos the demo's live stories show in their bodies (so their public copies are on the site). */
async function livePhotos(): Promise<number[]> {
  const { docs } = await api<{ docs: { body?: unknown }[] }>('chief', 'GET', '/api/articles?where[_status][equals]=published&depth=0&limit=100')
  const ids = new Set<number>()
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk)
    if (!node || typeof node !== 'object') return
    const n = node as Record<string, unknown>
    // Photo blocks and gallery items both name their photo as `photo`.
    if (typeof n.photo === 'number') ids.add(n.photo)
    Object.values(n).forEach(walk)
  }
  docs.forEach((d) => walk(d.body))
  expect(ids.size, 'the demo shows at least three photos in live stories').toBeGreaterThanOrEqual(3)
  return [...ids].slice(0, 3)
}

/**
 * The story through the review chain over REST, as the office writes it: the reporter writes and
 * submits it, the editor passes it (一校), the chief editor signs it off and publishes it.
 */
async function prepareLiveStory(): Promise<number> {
  const photos = await livePhotos()
  const { doc } = await api<{ doc: { id: number } }>('reporter', 'POST', '/api/articles?draft=true', {
    title: TITLE,
    summary: '市总工会建设的户外劳动者服务站点，让骑手、环卫工人有了歇脚的地方。',
    bylines: [{ role: 'multimedia-reporter', name: '林晓' }],
    body: body(photos, BEFORE),
    _status: 'draft',
  })
  await api('reporter', 'PATCH', `/api/articles/${doc.id}?draft=true`, { reviewStage: 'submitted' })
  await api('editor', 'PATCH', `/api/articles/${doc.id}?draft=true`, { reviewStage: 'edited', proofPass: 'first' })
  await api('chief', 'PATCH', `/api/articles/${doc.id}?draft=true`, { reviewStage: 'approved' })
  await api('chief', 'PATCH', `/api/articles/${doc.id}`, { _status: 'published' })
  return doc.id
}

/** A page on an origin of its own with an empty rich-text editor, standing in for WeChat's. */
async function serveEditorPage(): Promise<{ url: string; close: () => Promise<void> }> {
  const page = '<!doctype html><html lang="zh"><meta charset="utf-8"><title>公众号编辑器（测试）</title><div id="editor" contenteditable="true" style="width:375px;min-height:300px;border:1px solid #ccc"></div></html>'
  const s = http.createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page))
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(s.address() as AddressInfo).port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        s.closeAllConnections()
        s.close(() => resolve())
      }),
  }
}

async function loginAs(who: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 1000 } })
  context.setDefaultTimeout(30_000)
  const page = await context.newPage()
  await page.goto(`${server.base}/admin/login`)
  await page.fill('#field-email', EMAIL[who]!)
  await page.fill('#field-password', server.demoPassword(EMAIL[who]!))
  await page.click('button[type=submit]')
  await page.waitForURL(/\/admin$/, { timeout: 60_000 })
  return page
}

/** Open the story's edit view (hydrated) and its 公众号 dialog; the phone frame once the preview is there. */
async function openWeChatDialog(page: Page) {
  await page.goto(`${server.base}/admin/collections/articles/${storyId}`)
  await page.waitForLoadState('networkidle')
  await page.getByRole('button', { name: '公众号', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: '公众号预览' })
  const phone = dialog.locator('[data-testid=wechat-phone]')
  await phone.waitFor({ state: 'visible', timeout: 30_000 })
  return { dialog, phone, content: phone.locator('[data-testid=wechat-content]') }
}

const toast = (page: Page, text: string) => page.locator('.payload-toast-item', { hasText: text })

describe.skipIf(Boolean(missing && !process.env.CI))('the 公众号 channel in the admin', () => {
  beforeAll(async () => {
    await waitForOtherBuilds(path.resolve(__dirname, '../..'), { deadline: Date.now() + 300_000 })
    wechat = await startWeChatStandIn(APP)
    editorPage = await serveEditorPage()
    ;[server, browser] = await Promise.all([
      startServer('wechat', (base) => ({ WECHAT_APP_ID: APP.appId, WECHAT_APP_SECRET: APP.appSecret, WECHAT_API_BASE: wechat.url, SITE_URL: siteOf(base) })),
      launchChromium(),
    ])
    for (const who of Object.keys(EMAIL)) {
      tokens[who] = (await api<{ token: string }>(null, 'POST', '/api/users/login', { email: EMAIL[who], password: server.demoPassword(EMAIL[who]!) })).token
    }
    storyId = await prepareLiveStory()
  }, 600_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    await wechat?.close()
    await editorPage?.close()
  })

  let chief: Page

  it('previews the live story at phone width: title, three photos from the site, the ▲ caption, the figures', async () => {
    chief = await loginAs('chief')
    const { phone, content } = await openWeChatDialog(chief)
    expect((await phone.boundingBox())?.width).toBe(375)
    await expect.poll(() => phone.locator('h1').innerText()).toBe(TITLE)
    const images = content.locator('img')
    expect(await images.count()).toBe(3)
    // The site has an address of its own (SITE_URL), which the admin's content policy does not load
    // from: the preview shows the same files from the admin's origin.
    for (const src of await images.evaluateAll((imgs) => imgs.map((i) => i.getAttribute('src') ?? ''))) expect(src.startsWith('/media/'), src).toBe(true)
    // Every image has loaded.
    await expect.poll(() => images.evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0)), { timeout: 30_000 }).toBe(true)
    const text = await content.innerText()
    expect(text).toContain(`▲ ${CAPTIONS[0]}（摄影 周扬）`)
    for (const value of ['486', '5.2万', '128', '全市服务站点']) expect(text).toContain(value)
    expect(await content.locator('strong', { hasText: BOLD }).count()).toBe(1)
  })

  it('copies it as rich HTML that keeps its formatting when pasted into another page with Control+V', async () => {
    const context: BrowserContext = chief.context()
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.base })
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(editorPage.url).origin })
    await chief.getByRole('button', { name: '复制到公众号' }).click()
    await toast(chief, '已复制').waitFor({ state: 'visible', timeout: 10_000 })

    const target = await context.newPage()
    await target.goto(editorPage.url)
    await target.bringToFront()
    // What the button put on the clipboard: HTML with a plain-text twin.
    const types = await target.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => item.types))
    expect(types).toEqual(expect.arrayContaining(['text/html', 'text/plain']))
    await target.click('#editor')
    await target.keyboard.press('Control+V')
    const editor = target.locator('#editor')
    await expect.poll(() => editor.locator('img').count(), { timeout: 10_000 }).toBe(3)
    const pasted = await editor.innerHTML()
    // The house style's inline-styled sections, every one of them (not bare text or a flattened copy).
    const sections = await chief.locator('[data-testid=wechat-content] section[style]').count()
    expect(sections).toBeGreaterThan(3)
    expect(await editor.locator('section[style]').count(), pasted.slice(0, 2000)).toBe(sections)
    expect(await editor.locator('section[style]').first().getAttribute('style')).toMatch(/font-size:\s*16px.*line-height:\s*1\.75/)
    expect(await editor.locator('strong, b', { hasText: BOLD }).count(), pasted.slice(0, 2000)).toBeGreaterThan(0)
    const sources = await editor.locator('img').evaluateAll((imgs) => imgs.map((i) => i.getAttribute('src') ?? ''))
    // The copy keeps the public addresses: WeChat's editor fetches them.
    for (const src of sources) expect(src.startsWith(`${siteOf(server.base)}/media/`), src).toBe(true)
    const text = await editor.innerText()
    expect(text).toContain(`▲ ${CAPTIONS[0]}（摄影 周扬）`)
    expect(text).toContain('5.2万')
    await target.close()
  })

  it('pushes it to the draft box: a success toast, one draft WeChat accepts with its photos uploaded, the media_id in the sidebar', async () => {
    await chief.bringToFront()
    const { dialog } = await openWeChatDialog(chief)
    await dialog.getByRole('button', { name: '推送到公众号草稿箱' }).click()
    await toast(chief, '已推送到公众号草稿箱').waitFor({ state: 'visible', timeout: 60_000 })

    expect(wechat.state.refusals).toEqual([])
    expect(wechat.state.drafts.size).toBe(1)
    const [mediaId, articles] = [...wechat.state.drafts][0]!
    expect(articles[0]!.title).toBe(TITLE)
    const sources = imageSources(articles[0]!.content)
    expect(sources).toHaveLength(3)
    for (const src of sources) expect(wechat.state.uploads.has(src), src).toBe(true)
    expect(articles[0]!.content).toContain(BEFORE)

    await chief.reload()
    await chief.waitForLoadState('networkidle')
    await expect.poll(() => chief.locator('#field-wechat__mediaId').inputValue(), { timeout: 15_000 }).toBe(mediaId)
    expect(await chief.getByText('公众号草稿', { exact: true }).first().isVisible()).toBe(true)
  })

  it('updates the same draft after a correction', async () => {
    // A live, signed-off story is locked for everyone but administrators (src/workflow/stages.ts
    // EDITORS_AT.approved): the correction is the administrator's, published at once.
    const current = await api<{ body: unknown }>('admin', 'GET', `/api/articles/${storyId}?depth=0`)
    const corrected = JSON.parse(JSON.stringify(current.body).replace(BEFORE, AFTER)) as unknown
    expect(JSON.stringify(corrected)).toContain(AFTER)
    await api('admin', 'PATCH', `/api/articles/${storyId}`, { body: corrected, _status: 'published' })

    const { dialog, content } = await openWeChatDialog(chief)
    await expect.poll(() => content.innerText()).toContain(AFTER)
    await dialog.getByRole('button', { name: '推送到公众号草稿箱' }).click()
    await toast(chief, '已更新公众号草稿箱中的同一篇草稿').waitFor({ state: 'visible', timeout: 60_000 })

    expect(wechat.state.refusals).toEqual([])
    expect(wechat.state.drafts.size).toBe(1)
    const article = [...wechat.state.drafts.values()][0]![0]!
    expect(article.content).toContain(AFTER)
    expect(article.content).not.toContain(BEFORE)
    expect(wechat.state.calls['draft/add']).toBe(1)
    expect(wechat.state.calls['draft/update']).toBe(1)
    await chief.context().close()
  })

  it('shows a reporter the preview and the copy button, but no push button', async () => {
    const reporter = await loginAs('reporter')
    const { dialog } = await openWeChatDialog(reporter)
    await dialog.getByRole('button', { name: '复制到公众号' }).waitFor({ state: 'visible' })
    expect(await dialog.getByRole('button', { name: '推送到公众号草稿箱' }).count()).toBe(0)
    await reporter.context().close()
  })
})
