// Saved web pages: the article picked out of the page (menus, footers, scripts and styles left
// behind), its photos from the page's own `_files` folder with their captions, nothing fetched or
// read outside that folder, and the page read in the encoding it declares.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import iconv from 'iconv-lite'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ImportError } from '../../../../src/import/errors'
import { importSubmission, readSubmission } from '../../../../src/import/formats/index'

const BODY = `<nav><a href="/">首页</a> | <a href="/news">工会新闻</a> | <a href="/law">维权</a></nav>
<div id="main"><article>
<h1>劳模宣讲进企业</h1>
<p>记者 林晓 通讯员 王磊</p>
<p>近日，市总工会组织劳模宣讲团走进重点企业，全国劳动模范讲述扎根一线、精益求精的奋斗故事，近500名职工现场聆听。</p>
<figure><img src="劳模_files/talk.jpg" alt="宣讲"><figcaption>劳模在车间宣讲（王磊 摄）</figcaption></figure>
<p>宣讲团今年还将走进20家企业，让劳模精神在职工中落地生根，激励广大职工建功新时代。</p>
<p style="text-align:center"><img src="./劳模_files/team.jpg"></p><p style="text-align:center">宣讲团成员合影</p>
<p><img src="https://cdn.example.com/ad.jpg"><img src="../secret.jpg"><img src="劳模_files/missing.jpg"></p>
<script>document.write('<p>脚本写入的文字</p>')</script><style>p { color: red }</style>
</article></div>
<footer>版权所有 © 职工网 联系电话 12351</footer>`

describe('saved web page (.html + _files)', () => {
  let dir: string
  let page: string

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saved-page-'))
    fs.mkdirSync(path.join(dir, 'site', '劳模_files'), { recursive: true })
    const photo = (color: string) => sharp({ create: { width: 80, height: 60, channels: 3, background: color } }).jpeg().toBuffer()
    fs.writeFileSync(path.join(dir, 'site', '劳模_files', 'talk.jpg'), await photo('#c8102e'))
    fs.writeFileSync(path.join(dir, 'site', '劳模_files', 'team.jpg'), await photo('#1f4e9c'))
    fs.writeFileSync(path.join(dir, 'secret.jpg'), await photo('#000000'))
    page = path.join(dir, 'site', '劳模.html')
    fs.writeFileSync(page, `<!doctype html><html><head><meta charset="utf-8"><title>劳模宣讲进企业_职工网</title></head><body>${BODY}</body></html>`)
  })
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('keeps the article and its photos with captions, and leaves menus, footer, scripts and styles behind', async () => {
    const piece = await importSubmission({ name: '劳模.html', bytes: fs.readFileSync(page), path: page })
    expect(piece).toMatchObject({ format: 'html', title: '劳模宣讲进企业', bylines: [{ name: '林晓' }, { name: '王磊' }] })
    const text = piece.blocks.map((b) => b.text).join('\n')
    expect(text).toMatch(/^近日，市总工会组织劳模宣讲团/)
    expect(text).not.toMatch(/首页|版权所有|脚本写入|color/)
    expect(piece.images.map(({ file, caption, credit, block }) => ({ file, caption, credit, block }))).toEqual([
      { file: path.join('劳模_files', 'talk.jpg'), caption: '劳模在车间宣讲', credit: '王磊', block: 0 },
      { file: path.join('劳模_files', 'team.jpg'), caption: '宣讲团成员合影', credit: null, block: 1 },
    ])
  })

  it('fetches nothing from the web, reads nothing outside the page’s folder, and names each photo it could not take', async () => {
    const { leftOut } = await readSubmission({ name: '劳模.html', bytes: fs.readFileSync(page), path: page })
    expect(leftOut.map((l) => [l.file, l.reason])).toEqual([
      ['https://cdn.example.com/ad.jpg', expect.stringMatching(/on the web/)],
      ['../secret.jpg', expect.stringMatching(/outside the page's folder/)],
      ['劳模_files/missing.jpg', expect.stringMatching(/missing/)],
    ])
  })

  it('names the photos as not uploaded when the page comes without its folder (an admin upload)', async () => {
    const { images, leftOut } = await readSubmission({ name: '劳模.html', bytes: fs.readFileSync(page) })
    expect(images).toEqual([])
    expect(leftOut.filter((l) => /not uploaded/.test(l.reason)).map((l) => l.file)).toEqual(['劳模_files/talk.jpg', './劳模_files/team.jpg', '../secret.jpg', '劳模_files/missing.jpg'])
  })

  it('names a lazy-loaded photo (a WeChat article’s data-src) as on the web, and keeps its caption where it stood', async () => {
    const wechat = path.join(dir, 'site', '公众号.html')
    const blank = "data:image/svg+xml,%3Csvg width='1px' height='1px' xmlns='http://www.w3.org/2000/svg'%3E%3C/svg%3E"
    fs.writeFileSync(
      wechat,
      `<!doctype html><html><head><meta charset="utf-8"><title>青禾工匠｜焊花里的青春</title></head><body><div id="js_content">
      <h1>焊花里的青春</h1>
      <section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/abc/640?wx_fmt=jpeg" src="${blank}"></section>
      <p style="text-align:center"><span style="font-size:12px">焊工班长在车间检查焊缝</span></p>
      <section><span>她是青禾重工结构件车间焊工班班长，进厂十七年，从握不稳焊枪的学徒成长为全市有名的焊接能手，带出的徒弟中已有五人成为技师。</span></section>
      <section style="text-align:center"><img src="./劳模_files/team.jpg"></section>
      <p style="text-align:center"><span style="font-size:12px">她带徒弟练习仰焊</span></p>
      <section><span>“焊工没有捷径，只有一道一道焊缝练出来。”她说。今年，班组又承担了两项技术攻关任务，全力保障重点项目按期交付。</span></section>
      </div></body></html>`,
    )
    const piece = await importSubmission({ name: '公众号.html', bytes: fs.readFileSync(wechat), path: wechat })
    expect(piece.leftOut.map((l) => [l.file, l.reasonZh])).toEqual([['https://mmbiz.qpic.cn/mmbiz_jpg/abc/640?wx_fmt=jpeg', expect.stringMatching(/图片在网上/)]])
    // The photo not taken keeps its caption in the draft, first, as a photo block for the editor to fill.
    expect(piece.blocks.map((b) => b.type)).toEqual(['caption', 'paragraph', 'paragraph'])
    expect(piece.blocks[0]).toMatchObject({ type: 'caption', text: '焊工班长在车间检查焊缝' })
    expect(piece.captions).toEqual(['焊工班长在车间检查焊缝', '她带徒弟练习仰焊'])
    expect(piece.images.map((i) => [i.file, i.caption])).toEqual([[path.join('劳模_files', 'team.jpg'), '她带徒弟练习仰焊']])
  })

  it('takes the day a page was posted and the account that posted it from the page’s header, the article’s own source first', async () => {
    const post = (body: string, meta = '') =>
      Buffer.from(`<!doctype html><html><head><meta charset="utf-8">${meta}<title>焊花里的青春</title></head><body>
      <div id="meta_content"><a id="js_name">青禾工会</a> <em id="publish_time">2026年04月28日 18:30</em></div>
      <div id="js_content"><h1>焊花里的青春</h1><p>她是青禾重工结构件车间焊工班班长，进厂十七年，从握不稳焊枪的学徒成长为全市有名的焊接能手，带出的徒弟中已有五人成为技师。</p>${body}</div></body></html>`)
    expect((await importSubmission({ name: 'a.html', bytes: post('') })).source).toEqual({ publication: '青禾工会', page: null, date: '2026-04-28' })
    expect((await importSubmission({ name: 'b.html', bytes: post('<p>来源：青禾工人报</p>') })).source).toMatchObject({ publication: '青禾工人报', date: '2026-04-28' })
    const iso = Buffer.from(`<!doctype html><html><head><meta charset="utf-8"><meta property="article:published_time" content="2026-05-02T09:30:00+08:00"><title>焊花里的青春</title></head><body><article><h1>焊花里的青春</h1><p>她是青禾重工结构件车间焊工班班长，进厂十七年，从握不稳焊枪的学徒成长为全市有名的焊接能手，带出的徒弟中已有五人成为技师。</p></article></body></html>`)
    expect((await importSubmission({ name: 'c.html', bytes: iso })).source.date).toBe('2026-05-02')
  })

  it('reads a page in the GBK encoding it declares', async () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>劳模宣讲进企业</title></head><body>${BODY}</body></html>`
    const piece = await importSubmission({ name: 'gbk.html', bytes: iconv.encode(html, 'gbk') })
    expect(piece.title).toBe('劳模宣讲进企业')
    expect(piece.blocks[0]!.text).toMatch(/^近日，市总工会/)
  })

  it('refuses a page in an encoding it cannot read, with the reason', async () => {
    const err = await readSubmission({ name: 'odd.html', bytes: Buffer.from('<html><head><meta charset="x-klingon"></head><body>x</body></html>') }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ImportError)
    expect(err).toMatchObject({ code: 'UNKNOWN_ENCODING', message: expect.stringMatching(/x-klingon/) })
  })
})
