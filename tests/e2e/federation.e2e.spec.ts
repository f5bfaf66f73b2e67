// Issue 17's "done when" path as the demo federation's people walk it, in the Chinese admin in a
// real browser (clicks and form fills only; REST is used to check results and to look up ids):
// a 云溪 reporter writes a piece, 云溪's editor and chief editor take it through the county's
// chain and publish it on the county's site; the chief editor sends it up (报送), the city editor
// finds it in the 来稿 queue and adopts it (采用) — the city site shows it with 来源; a correction
// taken through 云溪's chain again reaches both sites (and its publish is logged); another piece
// is declined with a comment the county sees, then sent again and adopted edited (改编采用), the
// copy showing where it came from; 北塘 sees nothing of 云溪's drafts; the federation's
// administrator is refused clashing site paths in Chinese, and the city chief editor merges a
// duplicate model-worker profile a county proposed.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loginAs as loginAsIn, openHydrated, stageShown } from '../helpers/admin'
import { chromiumUnavailable, launchChromium } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'

const missing = chromiumUnavailable()
if (missing) console.log(`federation browser test skipped: ${missing}`)

let server: RunningServer
let browser: Browser

// Digits only: the admin's pages are checked for English words.
const stamp = String(Date.now()).slice(-8)
const TITLE = `云溪县职工书屋开进茶山${stamp}`
const YUNXI_NAME = '云溪县总工会'
/** A seeded 云溪 piece that is live but was never sent up (src/seed/federation.ts). */
const LIVE_PIECE = '云溪县总工会为竹木加工企业送去夏季防暑物资'
/** Seeded 云溪 drafts that 北塘 must never see. */
const YUNXI_DRAFTS = ['云溪县户外劳动者服务站点扩展到28个', '县劳模工作室开展“师带徒”结对活动']

let articleId = ''
let slug = ''

type Json = Record<string, any>

const loginAs = (email: string) => loginAsIn(browser, server, email)
const open = (page: Page, url: string) => openHydrated(page, url.startsWith('http') ? url : `${server.base}${url}`)

/**
 * The piece through 云溪's chain in the admin: its editor passes 初审, its chief editor passes 终审
 * and clicks 发布. Returns the chief editor's page, the publish just clicked.
 */
async function throughYunxiChain(): Promise<Page> {
  const editor = await loginAs('yunxi.editor@example.com')
  await open(editor, `/admin/collections/articles/${articleId}`)
  await editor.getByRole('button', { name: '初审通过，送终审' }).click()
  await expect.poll(() => stageShown(editor), { timeout: 15_000 }).toBe('已初审（待终审）')
  await editor.context().close()

  const chief = await loginAs('yunxi.chief@example.com')
  await open(chief, `/admin/collections/articles/${articleId}`)
  await chief.getByRole('button', { name: '终审通过' }).click()
  await expect.poll(() => stageShown(chief), { timeout: 15_000 }).toBe('终审通过')
  await chief.reload()
  await chief.waitForLoadState('networkidle')
  await chief.click('#action-save')
  return chief
}

const bodyText = (page: Page) => page.locator('body').innerText()

/** REST as a demo account (checks only). */
const tokens = new Map<string, string>()
async function api(email: string | null, path: string): Promise<{ status: number; json: Json }> {
  let token = email ? tokens.get(email) : undefined
  if (email && !token) {
    const res = await fetch(`${server.base}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: server.demoPassword(email) }),
    })
    token = ((await res.json()) as { token: string }).token
    tokens.set(email, token)
  }
  const res = await fetch(`${server.base}${path}`, { headers: token ? { Authorization: `JWT ${token}` } : {} })
  return { status: res.status, json: (await res.json().catch(() => ({}))) as Json }
}

/** The article of `title` as `email` reads it (newest version), or undefined. */
async function articleTitled(email: string, title: string): Promise<Json | undefined> {
  const { json } = await api(email, `/api/articles?where[title][equals]=${encodeURIComponent(title)}&draft=true&depth=0&limit=1`)
  return json.docs?.[0]
}

async function submissionsOf(email: string, id: string | number): Promise<Json[]> {
  const { json } = await api(email, `/api/submissions?where[documentKey][equals]=articles:${id}&depth=0&sort=createdAt`)
  return json.docs ?? []
}

const siteStatus = async (path: string) => (await fetch(`${server.base}${path}`)).status

/** A toast's text, once one appears. */
async function toastText(page: Page): Promise<string> {
  const toast = page.locator('.payload-toast-container li, [data-sonner-toast]').last()
  await toast.waitFor({ timeout: 20_000 })
  return toast.innerText()
}

/** 报送上级 on an open live piece, as its unit's chief editor; the prompt gets `note`. */
async function sendUp(page: Page, note: string): Promise<void> {
  page.once('dialog', (dialog) => void dialog.accept(note))
  await page.getByRole('button', { name: '报送上级' }).click()
  expect(await toastText(page)).toContain('已报送上级单位')
}

/** Words in Latin letters on the page, but for Payload's 「API」 tab: the admin answers in Chinese. */
async function englishOn(page: Page): Promise<string[]> {
  return ((await bodyText(page)).match(/[A-Za-z]{3,}/g) ?? []).filter((word) => word !== 'API')
}

/** The city editor opens the 来稿 queue from the dashboard and the submission of `title` in it. */
async function openIncoming(page: Page, title: string): Promise<void> {
  await open(page, '/admin')
  await page.locator('.incoming-queue a', { hasText: '来稿待处理' }).click()
  await page.waitForURL(/\/admin\/collections\/submissions\?/)
  await page.waitForLoadState('networkidle')
  const row = page.locator('tbody tr', { hasText: title })
  await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1)
  // The queue names the unit each piece comes from.
  expect(await row.innerText()).toContain(YUNXI_NAME)
  expect(await englishOn(page)).toEqual([])
  await row.locator('a').first().click()
  await page.waitForURL(/\/admin\/collections\/submissions\/\d+/)
  await page.waitForLoadState('networkidle')
  expect(await englishOn(page)).toEqual([])
  const record = page.url()
  // The editor reads the piece before deciding: the record links it.
  await page.getByRole('link', { name: '打开原稿' }).click()
  await page.waitForURL(/\/admin\/collections\/articles\/\d+$/)
  await page.waitForLoadState('networkidle')
  expect(await page.locator('#field-title').inputValue()).toBe(title)
  await open(page, record)
}

describe.skipIf(Boolean(missing && !process.env.CI))('federation in the admin: 报送, 采用, isolation', () => {
  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer('federation'), launchChromium()])
  }, 600_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('云溪: the reporter writes and submits, the editor and the chief editor pass it, and it is live on the county site only', async () => {
    const reporter = await loginAs('yunxi.reporter@example.com')
    await open(reporter, '/admin/collections/articles/create')
    await reporter.fill('#field-title', TITLE)
    await reporter.locator('.field-type.rich-text-lexical [contenteditable="true"]').first().click()
    await reporter.keyboard.type('茶山深处的三个职工书屋本月开放，每个书屋配书一千余册。')
    expect(await reporter.locator('#action-save').count()).toBe(0)
    await reporter.click('#action-save-draft')
    await reporter.waitForURL(/\/articles\/\d+/, { timeout: 30_000 })
    articleId = reporter.url().split('/').pop()!
    await reporter.getByRole('button', { name: '提交审核' }).click()
    await expect.poll(() => stageShown(reporter), { timeout: 15_000 }).toBe('已提交（待初审）')
    await reporter.context().close()
    // The piece is 云溪's: its unit was set from the reporter's.
    const draft = await articleTitled('yunxi.reporter@example.com', TITLE)
    expect(draft?.organization).toBeTruthy()

    const chief = await throughYunxiChain()
    await expect.poll(() => chief.locator('.review-log').innerText(), { timeout: 20_000 }).toContain('发布')
    await chief.context().close()

    const { json } = await api(null, `/api/articles/${articleId}?depth=0`)
    slug = json.slug
    expect(slug).toBeTruthy()
    await expect.poll(() => siteStatus(`/sites/yunxi/articles/${slug}/`), { timeout: 90_000, interval: 1000 }).toBe(200)
    expect(await siteStatus(`/articles/${slug}/`)).toBe(404)
  }, 240_000)

  it('云溪\'s chief editor sends it up, the city editor adopts it from the 来稿 queue, and the city site shows it with 来源', async () => {
    const chief = await loginAs('yunxi.chief@example.com')
    await open(chief, `/admin/collections/articles/${articleId}`)
    await sendUp(chief, '请市总采用')
    await chief.context().close()

    const editor = await loginAs('editor@example.com')
    await openIncoming(editor, TITLE)
    await editor.getByRole('button', { name: '采用', exact: true }).click()
    expect(await toastText(editor)).toContain('已采用')
    await expect.poll(() => editor.locator('.field-type', { hasText: '状态' }).first().innerText(), { timeout: 15_000 }).toContain('已采用')
    await editor.context().close()

    await expect.poll(() => siteStatus(`/articles/${slug}/`), { timeout: 90_000, interval: 1000 }).toBe(200)
    const page = await browser.newPage()
    await page.goto(`${server.base}/articles/${slug}/`)
    const origin = page.locator('p.origin')
    expect(await origin.innerText()).toBe(`来源：${YUNXI_NAME}`)
    expect(await origin.locator('a').getAttribute('href')).toMatch(new RegExp(`/sites/yunxi/articles/${slug}/$`))
    // The link leads to the original on the county's site.
    await origin.locator('a').click()
    await page.waitForURL(new RegExp(`/sites/yunxi/articles/${slug}/$`))
    await page.close()

    // Both steps are in the piece's review log.
    const { json } = await api('yunxi.chief@example.com', `/api/articles/${articleId}?depth=0&draft=true`)
    const actions = (json.reviewLog as Json[]).map((e) => `${e.action} ${e.comment ?? ''}`).join('\n')
    expect(actions).toContain('报送')
    expect(actions).toContain('采用')
  }, 240_000)

  it('a correction goes through 云溪\'s chain again and reaches both sites that show the piece', async () => {
    const correction = `（更正：书屋开放时间为每天8时至20时。${stamp}）`
    // A signed-off piece is locked: the administrator reopens it (the live page stays meanwhile).
    const admin = await loginAs('admin@example.com')
    await open(admin, `/admin/collections/articles/${articleId}`)
    await admin.fill('textarea[aria-label="审核意见"]', '开放时间有误，请更正。')
    await admin.getByRole('button', { name: '退回重开（管理员）' }).click()
    await expect.poll(() => stageShown(admin), { timeout: 15_000 }).toBe('草稿')
    await admin.context().close()
    expect(await siteStatus(`/articles/${slug}/`)).toBe(200)

    const reporter = await loginAs('yunxi.reporter@example.com')
    await open(reporter, `/admin/collections/articles/${articleId}`)
    await reporter.locator('.field-type.rich-text-lexical [contenteditable="true"]').first().click()
    await reporter.keyboard.press('Control+End')
    await reporter.keyboard.press('Enter')
    await reporter.keyboard.type(correction)
    await reporter.click('#action-save-draft')
    await expect.poll(async () => (await toastText(reporter)) && reporter.locator('#action-save-draft').isDisabled(), { timeout: 15_000 }).toBe(true)
    await reporter.getByRole('button', { name: '提交审核' }).click()
    await expect.poll(() => stageShown(reporter), { timeout: 15_000 }).toBe('已提交（待初审）')
    await reporter.context().close()

    const chief = await throughYunxiChain()
    await expect.poll(async () => (await chief.locator('[data-sonner-toast]').allInnerTexts()).join(' '), { timeout: 20_000 }).toContain('成功')
    // The correction's publish is a step of its own in the log (the first 发布 was the original's).
    await chief.reload()
    await chief.waitForLoadState('networkidle')
    await expect.poll(async () => ((await chief.locator('.review-log').innerText()).match(/\t发布\t/g) ?? []).length, { timeout: 20_000 }).toBe(2)
    await chief.context().close()

    const pageText = async (path: string) => {
      const res = await fetch(`${server.base}${path}`)
      return res.status === 200 ? res.text() : ''
    }
    await expect.poll(() => pageText(`/sites/yunxi/articles/${slug}/`), { timeout: 90_000, interval: 1000 }).toContain(correction)
    // The city adopted the same document: its page follows the correction, still naming 来源.
    await expect.poll(() => pageText(`/articles/${slug}/`), { timeout: 90_000, interval: 1000 }).toContain(correction)
    expect(await pageText(`/articles/${slug}/`)).toContain(`来源：<a`)
  }, 300_000)

  it('a decline carries its comment back to the county; sent again, 改编采用 makes a city copy that shows its source', async () => {
    const piece = await articleTitled('yunxi.chief@example.com', LIVE_PIECE)
    expect(piece?._status).toBe('published')
    const chief = await loginAs('yunxi.chief@example.com')
    // The chief editor finds the piece by searching the articles list.
    await open(chief, '/admin/collections/articles')
    await chief.fill('#search-filter-input', '竹木加工企业')
    await chief.waitForURL(/search=/)
    await chief.waitForLoadState('networkidle')
    const row = chief.locator('tbody tr', { hasText: LIVE_PIECE })
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1)
    await row.locator('a').first().click()
    await chief.waitForURL(new RegExp(`/admin/collections/articles/${piece!.id}$`))
    await chief.waitForLoadState('networkidle')
    await sendUp(chief, '')

    const editor = await loginAs('editor@example.com')
    await openIncoming(editor, LIVE_PIECE)
    // A decline without a comment is refused, in Chinese.
    await editor.getByRole('button', { name: '退稿', exact: true }).click()
    expect(await toastText(editor)).toMatch(/意见/)
    const comment = '请补充各企业车间降温设备的整改情况后再报。'
    await editor.fill('textarea[placeholder^="处理意见"]', comment)
    await editor.getByRole('button', { name: '退稿', exact: true }).click()
    await expect.poll(() => editor.locator('.field-type', { hasText: '状态' }).first().innerText(), { timeout: 15_000 }).toContain('已退稿')

    // The county sees the comment: in the piece's review log and on its submission record.
    await open(chief, `/admin/collections/articles/${piece!.id}`)
    await expect.poll(() => chief.locator('.review-log').innerText(), { timeout: 15_000 }).toContain(comment)
    const [declined] = await submissionsOf('yunxi.chief@example.com', piece!.id)
    await open(chief, `/admin/collections/submissions/${declined!.id}`)
    expect(await chief.locator('#field-comment').inputValue()).toBe(comment)
    expect(await bodyText(chief)).toContain('已退稿')

    // After a decline the piece may be sent again; this time the city adapts it.
    await open(chief, `/admin/collections/articles/${piece!.id}`)
    await sendUp(chief, '已补充整改情况')
    await chief.context().close()

    await openIncoming(editor, LIVE_PIECE)
    await editor.getByRole('button', { name: '改编采用', exact: true }).click()
    expect(await toastText(editor)).toContain('已改编采用')
    await expect.poll(() => editor.locator('.field-type', { hasText: '状态' }).first().innerText(), { timeout: 15_000 }).toContain('已改编采用')
    // The record leads to the copy, which shows where it came from.
    const subs = await submissionsOf('editor@example.com', piece!.id)
    const copyId = subs.at(-1)!.copy?.value
    expect(copyId).toBeTruthy()
    await editor.getByRole('link', { name: '打开改编稿' }).click()
    await editor.waitForURL(new RegExp(`/admin/collections/articles/${copyId}$`))
    await editor.waitForLoadState('networkidle')
    const copyPage = await bodyText(editor)
    expect(copyPage).toContain('改编自（来稿原稿）')
    expect(copyPage).toContain(LIVE_PIECE)
    await expect.poll(() => editor.locator('.review-log').innerText(), { timeout: 15_000 }).toContain(YUNXI_NAME)
    await editor.context().close()
    // The copy is a draft in the city's own chain; the original is unchanged and still live.
    const copy = await api('editor@example.com', `/api/articles/${copyId}?depth=0&draft=true`)
    expect(copy.json._status).toBe('draft')
    expect(copy.json.organization).not.toBe(piece!.organization)
    expect((await api(null, `/api/articles/${piece!.id}?depth=0`)).json._status).toBe('published')
  }, 300_000)

  it('北塘\'s editor sees nothing of 云溪\'s drafts: not in the list, not by edit URL, not in the 来稿 queue', async () => {
    const ids: string[] = []
    for (const title of YUNXI_DRAFTS) {
      const draft = await articleTitled('yunxi.reporter@example.com', title)
      expect(draft, title).toBeTruthy()
      expect(draft!._status).toBe('draft')
      ids.push(String(draft!.id))
    }
    const page = await loginAs('beitang.editor@example.com')
    const dashboard = await bodyText(page)
    for (const title of YUNXI_DRAFTS) expect(dashboard).not.toContain(title)

    await open(page, '/admin/collections/articles')
    // The list shows 北塘's own pieces, none of 云溪's drafts, even when searched for.
    expect(await page.locator('tbody tr').count()).toBeGreaterThan(0)
    for (const title of YUNXI_DRAFTS) expect(await bodyText(page)).not.toContain(title)
    await page.fill('#search-filter-input', '云溪县户外劳动者')
    await expect.poll(() => page.locator('tbody tr').count(), { timeout: 15_000 }).toBe(0)

    for (const [i, id] of ids.entries()) {
      await open(page, `/admin/collections/articles/${id}`)
      const text = await bodyText(page)
      expect(text).not.toContain(YUNXI_DRAFTS[i])
      // The admin answers as for a piece that does not exist.
      expect(text).toContain(`无法找到 ID 为 ${id} 的文档`)
      await open(page, `/admin/collections/articles/${id}/versions`)
      expect(await bodyText(page)).not.toContain(YUNXI_DRAFTS[i])
    }

    await open(page, '/admin/collections/submissions')
    const queue = await bodyText(page)
    expect(queue).not.toContain(YUNXI_NAME)
    expect(queue).not.toContain(TITLE)
    expect(queue).not.toContain(LIVE_PIECE)
    await page.context().close()
  }, 180_000)

  it('the federation administrator is refused a clashing site path with a Chinese message', async () => {
    const page = await loginAs('admin@example.com')
    const { json } = await api('admin@example.com', `/api/organizations?where[name][equals]=${encodeURIComponent('北塘区总工会')}&depth=0`)
    const beitang = json.docs[0]
    await open(page, '/admin/collections/organizations')
    await page.locator('tbody tr', { hasText: '北塘区总工会' }).locator('a').first().click()
    await page.waitForURL(new RegExp(`/admin/collections/organizations/${beitang.id}$`))
    await page.waitForLoadState('networkidle')
    const path = page.locator('#field-site__path')
    for (const [value, message] of [
      ['yunxi', '网站路径“yunxi”已被其他单位使用，请换一个。'],
      ['admin', '网站路径“admin”是网站已有的地址'],
    ] as const) {
      await path.fill(value)
      await page.click('#action-save')
      // The reason is shown beside the field (not only 「下面的字段是无效的」 in a toast).
      const fieldError = page.locator('.field-type', { has: page.locator('#field-site__path') }).locator('.field-error').first()
      await expect.poll(() => fieldError.textContent(), { timeout: 15_000 }).toContain(message)
    }
    await page.context().close()
    const after = await api('admin@example.com', `/api/organizations/${beitang.id}?depth=0`)
    expect(after.json.site.path).toBe('beitang')
  }, 120_000)

  it('a county proposes a profile of a person already on file, and the city chief editor merges it with the button', async () => {
    const { json } = await api(null, '/api/model-workers?where[_status][equals]=published&where[employer][exists]=true&depth=0&limit=1&sort=id')
    const kept = json.docs[0]
    expect(kept?.employer).toBeTruthy()

    const reporter = await loginAs('yunxi.reporter@example.com')
    await open(reporter, '/admin/collections/model-workers/create')
    await reporter.fill('#field-name', kept.name)
    await reporter.fill('#field-employer', kept.employer)
    await reporter.click('#action-save-draft')
    // Refused, naming the profile on file.
    expect(await toastText(reporter)).toContain(`编号 ${kept.id}`)
    // The reporter marks it as a possible duplicate of that profile and saves it.
    await reporter.locator('#field-possibleDuplicateOf .rs__control').click()
    await reporter.keyboard.type(kept.name)
    await reporter.locator('.rs__option', { hasText: kept.name }).first().click()
    await reporter.click('#action-save-draft')
    await reporter.waitForURL(/\/model-workers\/\d+/, { timeout: 30_000 })
    const duplicateId = reporter.url().split('/').pop()!
    await reporter.context().close()

    const chief = await loginAs('chief@example.com')
    await open(chief, `/admin/collections/model-workers/${duplicateId}`)
    chief.once('dialog', (dialog) => void dialog.accept())
    await chief.getByRole('button', { name: '合并到保留档案' }).click()
    await chief.waitForURL(new RegExp(`/model-workers/${kept.id}$`), { timeout: 30_000 })
    await chief.waitForLoadState('networkidle')
    await expect.poll(() => chief.locator('.review-log').innerText(), { timeout: 15_000 }).toContain('合并')
    await chief.context().close()

    expect((await api('chief@example.com', `/api/model-workers/${duplicateId}?depth=0&draft=true`)).status).toBe(404)
  }, 180_000)
})
