// The review chain as editors use it, in the Chinese admin in a real browser: a reporter writes
// and submits, the editor returns it with a comment, the reporter resubmits, the editor passes it
// with a proofreading pass, the chief editor approves and publishes it, and it is on the site.
// A reporter never sees a publish button.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loginAs as loginAsIn, openHydrated, stageShown } from '../helpers/admin'
import { chromiumUnavailable, launchChromium } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'

const missing = chromiumUnavailable()
if (missing) console.log(`admin workflow browser test skipped: ${missing}`)

let server: RunningServer
let browser: Browser
let articleURL = ''

const loginAs = (email: string) => loginAsIn(browser, server, email)
const open = openHydrated

describe.skipIf(Boolean(missing && !process.env.CI))('review chain in the admin', () => {
  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer('admin-flow'), launchChromium()])
  }, 600_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('lets a reporter write and submit a story, without any publish button', async () => {
    const page = await loginAs('reporter@example.com')
    await open(page, `${server.base}/admin/collections/articles/create`)
    await page.fill('#field-title', '浏览器流程测试稿件')
    expect(await page.locator('#action-save').count()).toBe(0)
    await page.click('#action-save-draft')
    await page.waitForURL(/\/articles\/\d+/, { timeout: 30_000 })
    articleURL = page.url()
    await page.getByRole('button', { name: '提交审核' }).click()
    await expect.poll(() => stageShown(page), { timeout: 15_000 }).toBe('已提交（待初审）')
    await page.context().close()
  })

  it('makes the editor give a comment to return it, and shows the comment in the log', async () => {
    const page = await loginAs('editor@example.com')
    await open(page, articleURL)
    await page.getByRole('button', { name: '退回修改' }).click()
    await expect.poll(() => page.getByText('退回时请填写退回意见').count(), { timeout: 10_000 }).toBeGreaterThan(0)
    await page.fill('textarea[aria-label="审核意见"]', '请补充采访对象的岗位信息。')
    await page.getByRole('button', { name: '退回修改' }).click()
    await expect.poll(() => stageShown(page), { timeout: 15_000 }).toBe('已退回')
    await expect.poll(() => page.locator('.review-log').innerText(), { timeout: 15_000 }).toContain('请补充采访对象的岗位信息。')
    await page.context().close()
  })

  it('runs resubmit → first review with 一校 → final approval → publish, and the story reaches the site', async () => {
    const reporter = await loginAs('reporter@example.com')
    await open(reporter, articleURL)
    await reporter.getByRole('button', { name: '修改完毕，重新提交' }).click()
    await expect.poll(() => stageShown(reporter), { timeout: 15_000 }).toBe('已提交（待初审）')
    await reporter.context().close()

    const editor = await loginAs('editor@example.com')
    await open(editor, articleURL)
    await editor.selectOption('select[aria-label="校次"]', 'first')
    await editor.getByRole('button', { name: '初审通过，送终审' }).click()
    await expect.poll(() => stageShown(editor), { timeout: 15_000 }).toBe('已初审（待终审）')
    await editor.context().close()

    const chief = await loginAs('chief@example.com')
    await open(chief, articleURL)
    await chief.getByRole('button', { name: '终审通过' }).click()
    await expect.poll(() => stageShown(chief), { timeout: 15_000 }).toBe('终审通过')
    await chief.reload()
    await chief.waitForLoadState('networkidle')
    await chief.click('#action-save')
    await expect.poll(() => chief.locator('.review-log').innerText(), { timeout: 20_000 }).toContain('发布')
    const log = await chief.locator('.review-log').innerText()
    for (const step of ['提交审核', '责编退回', '修改后重新提交', '责编初审通过（一校）', '终审通过', '发布']) expect(log).toContain(step)

    const id = articleURL.split('/').pop()
    const res = await fetch(`${server.base}/api/articles/${id}?depth=0`)
    const { slug } = (await res.json()) as { slug: string }
    await expect
      .poll(async () => (await fetch(`${server.base}/articles/${slug}/`)).status, { timeout: 60_000, interval: 1000 })
      .toBe(200)
    await chief.context().close()
  }, 180_000)
})
