// The admin in a real browser, as the browser tests drive it: log in as a demo account, open a page
// once it has hydrated, read the review panel's stage.
import type { Browser, Page } from 'playwright-core'

import type { RunningServer } from './server'

/**
 * A new browser context logged into the admin as `email` (the demo password the server printed).
 * By default an English-language browser: the admin must still answer in Chinese.
 */
export async function loginAs(browser: Browser, server: RunningServer, email: string, locale = 'en-US'): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 1000 } })
  const page = await context.newPage()
  await page.goto(`${server.base}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', server.demoPassword(email))
  await page.click('button[type=submit]')
  await page.waitForURL(/\/admin$/, { timeout: 60_000 })
  return page
}

/** Open a page and wait until the admin has hydrated, so form controls react to input. */
export async function openHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.waitForLoadState('networkidle')
}

/** The stage the review panel shows (e.g. 已提交（待初审）). */
export async function stageShown(page: Page): Promise<string> {
  return (await page.locator('.review-panel div').nth(1).innerText()).trim()
}
