// 导入稿件 as a reporter uses it, in the Chinese admin in a real browser (issue 15's "done when"): a
// correspondent's Word file — title, byline line, body, three photos each with a caption line under
// it, the photos carrying GPS coordinates — is picked in the dialog above the articles list; the
// draft opens with the title and byline, three photo blocks in place with their captions, and the
// stored photos carry no location. A damaged file in the same pick is refused with its reason while
// the good one still imports.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import exifr from 'exifr'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { privatePhoto } from '../fixtures/media/make'
import { chromiumUnavailable, launchChromium } from '../helpers/browser'
import { waitForOtherBuilds } from '../helpers/processes'
import { startServer, type RunningServer } from '../helpers/server'
import { makeDocx, storiesPdf } from '../unit/import/formats/make'

const missing = chromiumUnavailable()
if (missing) console.log(`import browser test skipped: ${missing}`)

const TITLE = '百名工匠进校园 技能火种代代传'
const CAPTIONS = ['劳模工匠在实训车间为学生演示数控加工', '学生围观焊接技能展示', '活动结束后师生与劳模工匠合影']

let server: RunningServer
let browser: Browser
let dir: string

type Node = { type: string; fields?: { blockType: string; photo?: number | { id: number }; caption?: string } }

describe.skipIf(missing !== null)('导入稿件 in the admin', () => {
  beforeAll(async () => {
    await waitForOtherBuilds(path.resolve(__dirname, '../..'), { deadline: Date.now() + 300_000 })
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'union-cms-import-e2e-'))
    const photos = await Promise.all([1, 2, 3].map(async (n) => (await privatePhoto({ width: 800 + n * 40, height: 600 })).data))
    expect((await exifr.gps(photos[0]!))?.latitude, 'the fixture photos carry GPS').toBeDefined()
    const docx = await makeDocx([
      { p: TITLE, bold: true },
      { p: '本报通讯员 周明远' },
      { p: '11月20日，溪口市总工会“工匠进校园”活动在市职业技术学院启动，20名劳模工匠走进课堂，与近千名师生面对面交流。' },
      { image: photos[0]! },
      { p: `▲ ${CAPTIONS[0]}（周明远 摄）` },
      { p: '活动现场，省级技能大师工作室领办人现场展示精密加工绝活，引来学生阵阵掌声。' },
      { image: photos[1]! },
      { p: CAPTIONS[1]! },
      { p: '市总工会有关负责人介绍，今后每学期将组织劳模工匠进校园不少于4次，让工匠精神在青年学生中生根发芽。' },
      { image: photos[2]! },
      { p: `${CAPTIONS[2]} 陈晨 摄` },
    ])
    fs.writeFileSync(path.join(dir, '工匠进校园.docx'), docx)
    fs.writeFileSync(path.join(dir, '损坏的稿件.docx'), docx.subarray(0, docx.length >> 1))
    fs.writeFileSync(
      path.join(dir, '第6版.pdf'),
      storiesPdf('溪口日报 2026年11月21日 第6版', [
        { head: '劳模工匠进校园', lead: '本报讯（记者 周明远）20名劳模工匠走进市职业技术学院，与近千名师生面对面交流。' },
        { head: '职工书屋新添万册图书', lead: '本报讯（通讯员 陈晨）溪口市总工会为基层职工书屋配送图书一万余册。' },
      ]),
    )
    ;[server, browser] = await Promise.all([startServer('import-e2e'), launchChromium()])
  }, 600_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  })

  /** The reporter logged in, on the articles list, with the 导入稿件 dialog open. */
  async function importDialog() {
    const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage()
    await page.goto(`${server.base}/admin/login`)
    await page.fill('#field-email', 'reporter@example.com')
    await page.fill('#field-password', server.demoPassword('reporter@example.com'))
    await page.click('button[type=submit]')
    await page.waitForURL(/\/admin(\/)?$/)

    await page.goto(`${server.base}/admin/collections/articles`, { waitUntil: 'networkidle' })
    // A click before React has hydrated the list view does nothing: click until the dialog opens.
    const picker = page.locator('input[type=file][multiple]')
    for (let attempt = 0; attempt < 12 && !(await picker.count()); attempt++) {
      await page.getByRole('button', { name: '导入稿件' }).first().click()
      await picker.waitFor({ timeout: 5000 }).catch(() => {})
    }
    return { page, picker }
  }

  it('shows what to check before opening a draft whose page marked no headline', async () => {
    const { page } = await importDialog()
    await page.getByLabel('报纸文字').fill(['全市工会组织开展了形式多样的职工文化活动，丰富了职工的业余生活。', '', '各级工会还积极推进职工书屋建设，为职工提供了良好的阅读环境。'].join('\n'))
    await page.getByRole('button', { name: '导入并打开草稿' }).click()
    const line = page.getByRole('list', { name: '导入结果' }).getByText(/^请核对：原文没有标出标题，已取「.+」作标题/)
    await line.waitFor({ timeout: 60_000 })
    // The editor stays on the list until they open the draft from its line.
    expect(new URL(page.url()).pathname).toBe('/admin/collections/articles')
    await page.getByRole('list', { name: '导入结果' }).getByRole('link').first().click()
    await page.waitForURL(/\/admin\/collections\/articles\/\d+/)
  }, 240_000)

  it('makes a draft of each story on a PDF page, a line and a link for each', async () => {
    const { page, picker } = await importDialog()
    await picker.setInputFiles([path.join(dir, '第6版.pdf')])
    await page.getByRole('button', { name: '导入并打开草稿' }).click()
    const results = page.getByRole('list', { name: '导入结果' })
    await results.getByText('第6版.pdf（同版第 2 篇）').waitFor({ timeout: 60_000 })
    expect(await results.locator('li', { hasText: '第6版.pdf' }).first().innerText()).toMatch(/✓.*劳模工匠进校园[\s\S]*请核对：这一版上还有 1 篇稿件/)
    const second = results.locator('li', { hasText: '同版第 2 篇' })
    expect(await second.innerText()).toMatch(/✓.*已创建草稿「职工书屋新添万册图书」/)
    await second.getByRole('link').click()
    await page.waitForURL(/\/admin\/collections\/articles\/\d+/)
    await page.getByText('职工书屋新添万册图书').first().waitFor()
  }, 240_000)

  it('turns a correspondent’s Word file into a draft with its three photos and captions, refusing a damaged file beside it', async () => {
    const { page, picker } = await importDialog()
    await picker.setInputFiles([path.join(dir, '工匠进校园.docx'), path.join(dir, '损坏的稿件.docx')])
    await page.getByRole('button', { name: '导入 2 个文件' }).click()
    const results = page.getByRole('list', { name: '导入结果' })
    await results.getByText('损坏的稿件.docx').waitFor({ timeout: 60_000 })
    await results.getByText('工匠进校园.docx').waitFor({ timeout: 60_000 })
    expect(await results.locator('li', { hasText: '损坏的稿件.docx' }).first().innerText()).toMatch(/✗.*(损坏|无法读取|不是)/)

    // The good file's line links to its draft; the draft opens in the editor.
    await results.locator('li', { hasText: '工匠进校园.docx' }).first().getByRole('link').click()
    await page.waitForURL(/\/admin\/collections\/articles\/\d+/)
    await page.getByText(TITLE).first().waitFor()
    const id = Number(/articles\/(\d+)/.exec(page.url())![1])

    const login = await fetch(`${server.base}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'reporter@example.com', password: server.demoPassword('reporter@example.com') }),
    })
    const { token } = (await login.json()) as { token: string }
    const auth = { Authorization: `JWT ${token}` }
    const draft = (await (await fetch(`${server.base}/api/articles/${id}?draft=true&depth=1`, { headers: auth })).json()) as {
      title: string
      bylines: { name: string }[]
      body: { root: { children: Node[] } }
    }
    expect(draft.title).toBe(TITLE)
    expect(draft.bylines.map((b) => b.name)).toContain('周明远')
    const blocks = draft.body.root.children.filter((n) => n.type === 'block' && n.fields?.blockType === 'photo')
    expect(blocks.map((b) => b.fields!.caption)).toEqual(CAPTIONS)

    for (const block of blocks) {
      const photo = block.fields!.photo as { id: number; url: string }
      const file = await fetch(new URL(photo.url, server.base), { headers: auth })
      expect(file.status).toBe(200)
      const bytes = Buffer.from(await file.arrayBuffer())
      expect(await exifr.gps(bytes).catch(() => undefined), `photo ${photo.id} keeps no location`).toBeUndefined()
    }
  }, 240_000)
})
