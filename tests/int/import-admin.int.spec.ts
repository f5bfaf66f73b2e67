// The admin's 「导入稿件」: pasted text, an uploaded .txt, or a Word file with photos becomes a draft
// owned by the editor who imported it, entering the review chain as a draft; bad input (an old
// .doc, a zip bomb, a scan) gets a Chinese reason and no draft.
import iconv from 'iconv-lite'
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { privatePhoto } from '../fixtures/media/make'
import { rest, startPayload, type TestPayload } from '../helpers/payload'
import { makeDocx, makePdf, storiesPdf, zipBomb } from '../unit/import/formats/make'

/** A file sent as the admin sends it: multipart, field `file`. */
async function upload<T = Record<string, unknown>>(name: string, bytes: Buffer, auth: boolean | string = true): Promise<{ status: number; body: T }> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)]), name)
  const request = new Request('http://localhost/api/articles/import-newspaper', {
    method: 'POST',
    headers: auth ? { Authorization: `JWT ${typeof auth === 'string' ? auth : token}` } : {},
    body: form,
  })
  const response = await handleEndpoints({ config: t.config, request, payloadInstanceCacheKey: t.key })
  return { status: response.status, body: (await response.json()) as T }
}

let t: TestPayload
let token: string
let reporterId: number | string

// Written for this test: a short feature in the newspaper layout the importer reads.
const PAGE = [
  '江澄日报  2026年3月2日 星期一  第6版',
  '',
  '# 夜班职工的“加油站”',
  '——港区工会驿站延长开放时间见闻',
  '',
  '■ 江澄日报记者 林晓 通讯员 王磊',
  '',
  '凌晨一点，港区工会驿站的灯还亮着。刚下夜班的装卸工人在这里热好饭菜，歇一歇脚。',
  '',
  '## 一张桌子 一杯热水',
  '',
  '今年以来，驿站累计接待夜班职工1.2万人次，提供法律咨询86场。',
  '',
  '▲ 夜班职工在驿站休息',
].join('\n')

beforeAll(async () => {
  t = await startPayload('import-admin')
  await t.payload.create({ collection: 'users', data: { email: 'admin@imp.test', password: 'pass-123456', name: '管理员', roles: ['admin'] } as never })
  const reporter = await t.payload.create({ collection: 'users', data: { email: 'reporter@imp.test', password: 'pass-123456', name: '林晓', roles: ['reporter'] } as never })
  reporterId = reporter.id
  token = (await t.payload.login({ collection: 'users', data: { email: 'reporter@imp.test', password: 'pass-123456' } })).token!
})

afterAll(async () => {
  await t?.close()
})

describe('导入报纸文本 in the admin', () => {
  it('turns pasted text into a draft article owned by the reporter and returns its admin URL', async () => {
    const res = await rest<{ collection: string; id: number; url: string; title: string }>(t, 'POST', '/api/articles/import-newspaper', { token, body: { text: PAGE } })
    expect(res.status).toBe(201)
    expect(res.body.url).toBe(`/admin/collections/${res.body.collection}/${res.body.id}`)
    const doc = await t.payload.findByID({ collection: res.body.collection as 'articles', id: res.body.id, draft: true, depth: 0 })
    expect(doc.title).toBe('夜班职工的“加油站”')
    expect(doc._status).toBe('draft')
    expect(doc.reviewStage).toBe('draft')
    expect(doc.createdBy).toBe(reporterId)
  })

  it('reads an uploaded GB18030 file the same way and updates the same draft on a second import', async () => {
    const first = await rest<{ id: number }>(t, 'POST', '/api/articles/import-newspaper', { token, body: { text: PAGE } })
    const gb = gb18030(PAGE)
    const again = await rest<{ id: number; action: string }>(t, 'POST', '/api/articles/import-newspaper', { token, body: { file: gb.toString('base64'), filename: 'page.txt' } })
    expect(again.status).toBe(200)
    expect(again.body.action).toBe('updated')
    expect(again.body.id).toBe(first.body.id)
  })

  it('says in Chinese what to check in the draft: a headline taken from a page that did not mark one', async () => {
    const text = ['全市工会组织开展了形式多样的职工文化活动，丰富了职工的业余生活。', '', '各级工会还积极推进职工书屋建设，为职工提供了良好的阅读环境。', '', '活动受到了广大职工的普遍欢迎。'].join('\n')
    const res = await rest<{ id: number; warnings: string[] }>(t, 'POST', '/api/articles/import-newspaper', { token, body: { text } })
    expect(res.status).toBe(201)
    expect(res.body.warnings).toEqual([expect.stringMatching(/^原文没有标出标题，已取「.+」作标题，请核对。$/)])
    // A page with its headline marked has nothing to check.
    const marked = await rest<{ warnings: string[] }>(t, 'POST', '/api/articles/import-newspaper', { token, body: { text: PAGE } })
    expect(marked.body.warnings).toEqual([])
  })

  it('says in Chinese what is wrong with a text without a body, and creates nothing', async () => {
    const before = await t.payload.count({ collection: 'articles' })
    // A headline alone: since the parser takes the best line as headline when none is marked, a
    // missing body is what it still refuses.
    const res = await rest<{ errors: { message: string }[] }>(t, 'POST', '/api/articles/import-newspaper', { token, body: { text: '# 标题\n' } })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expect(res.body.errors[0]!.message).toMatch(/[\u4e00-\u9fff]/)
    expect((await t.payload.count({ collection: 'articles' })).totalDocs).toBe(before.totalDocs)
  })

  it('asks for text when nothing was sent, and refuses anonymous callers', async () => {
    const empty = await rest<{ errors: { message: string }[] }>(t, 'POST', '/api/articles/import-newspaper', { token, body: {} })
    expect(empty.status).toBe(400)
    expect(empty.body.errors[0]!.message).toContain('请粘贴报纸文字')
    expect((await rest(t, 'POST', '/api/articles/import-newspaper', { body: { text: PAGE } })).status).toBe(401)
  })
})

describe('导入稿件: Word, PDF and web pages from the admin', () => {
  it('turns an uploaded Word file into the reporter’s draft with its photos, theirs too', async () => {
    const photo = (await privatePhoto({ width: 700, height: 500 })).data
    const docx = await makeDocx([
      { title: '工会驿站暖人心' },
      { p: '记者 林晓' },
      { p: '港区工会驿站今年累计接待户外劳动者3万余人次，成为职工身边的“暖心港湾”。' },
      { image: photo },
      { p: '▲ 环卫工人在驿站休息（林晓 摄）' },
    ])
    const res = await upload<{ id: number; collection: string; format: string; photos: number; photosLeftOut: unknown[] }>('驿站.docx', docx)
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ format: 'docx', photos: 1, photosLeftOut: [] })
    const doc = (await t.payload.findByID({ collection: 'articles', id: res.body.id, draft: true, depth: 0 })) as unknown as {
      createdBy: number
      body: { root: { children: { type: string; fields?: { photo: number; caption: string; credit: string } }[] } }
    }
    expect(doc.createdBy).toBe(reporterId)
    const block = doc.body.root.children.find((n) => n.type === 'block')!.fields!
    expect(block).toMatchObject({ caption: '环卫工人在驿站休息', credit: '林晓' })
    const media = await t.payload.findByID({ collection: 'media', id: block.photo, depth: 0 })
    expect(media.createdBy).toBe(reporterId)
  })

  it('refuses an old .doc with 415, a zip bomb with 413 and a scanned PDF with 422, in Chinese, creating nothing', async () => {
    const before = (await t.payload.count({ collection: 'articles' })).totalDocs
    const mediaBefore = (await t.payload.count({ collection: 'media' })).totalDocs
    const doc = await upload<{ errors: { message: string; code: string }[] }>('旧稿.doc', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(1024)]))
    expect(doc.status).toBe(415)
    expect(doc.body.errors[0]).toMatchObject({ code: 'LEGACY_DOC', message: expect.stringContaining('另存为') })
    const bomb = await upload<{ errors: { message: string; code: string }[] }>('炸弹.docx', await zipBomb(20 * 1024 * 1024))
    expect(bomb.status).toBe(413)
    expect(bomb.body.errors[0]).toMatchObject({ code: 'UNPACKS_TOO_LARGE', message: expect.stringMatching(/压缩炸弹/) })
    const scan = await upload<{ errors: { message: string; code: string }[] }>('扫描.pdf', makePdf([[]]))
    expect(scan.status).toBe(422)
    expect(scan.body.errors[0]).toMatchObject({ code: 'NO_TEXT_LAYER', message: expect.stringMatching(/没有文字层/) })
    expect((await t.payload.count({ collection: 'articles' })).totalDocs).toBe(before)
    expect((await t.payload.count({ collection: 'media' })).totalDocs).toBe(mediaBefore)
  })

  it('imports a saved web page without its scripts, naming the photos that were not uploaded with it', async () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>劳模宣讲进企业 - 职工网</title><script>window.steal=1</script></head><body>
      <article><h1>劳模宣讲进企业</h1><p>记者 林晓</p>
      <p>近日，市总工会组织劳模宣讲团走进重点企业，全国劳动模范讲述扎根一线、精益求精的奋斗故事，近500名职工聆听。</p>
      <p><img src="劳模_files/a.jpg"></p><p>宣讲现场</p>
      <p onclick="alert(1)">宣讲团今年还将走进20家企业，让劳模精神在职工中落地生根。<script>document.write('注入')</script></p></article></body></html>`
    const res = await upload<{ id: number; photos: number; photosLeftOut: { file: string; reason: string }[] }>('劳模.html', Buffer.from(html))
    expect(res.status).toBe(201)
    expect(res.body.photos).toBe(0)
    expect(res.body.photosLeftOut).toMatchObject([{ file: '劳模_files/a.jpg', reason: expect.stringMatching(/[\u4e00-\u9fff]/) }])
    const doc = await t.payload.findByID({ collection: 'articles', id: res.body.id, draft: true, depth: 0 })
    expect(doc.title).toBe('劳模宣讲进企业')
    expect(JSON.stringify(doc.body)).not.toMatch(/steal|注入|alert/)
  })

  it('makes a draft of each story a PDF page sets, the reporter’s each, the others listed with their links', async () => {
    const pdf = storiesPdf('江澄日报 2026年3月2日 第6版', [
      { head: '夜班职工的加油站', lead: '本报讯（记者 林晓）港区工会驿站延长开放时间，夜班职工有了歇脚处。' },
      { head: '港区职工书屋开放', lead: '本报讯（通讯员 王磊）港区总工会建设的职工书屋日前开放，藏书两万册。' },
    ])
    const res = await upload<{ id: number; title: string; warnings: string[]; more: { id: number; title: string; url: string; action: string }[] }>('版面.pdf', pdf)
    expect(res.status).toBe(201)
    expect(res.body.title).toBe('夜班职工的加油站')
    expect(res.body.warnings).toContain('这一版上还有 1 篇稿件，已分别导入成稿：「港区职工书屋开放」，请逐篇核对。')
    expect(res.body.more).toMatchObject([{ title: '港区职工书屋开放', action: 'created', url: `/admin/collections/articles/${res.body.more[0]!.id}` }])
    for (const id of [res.body.id, res.body.more[0]!.id]) {
      const doc = (await t.payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })) as unknown as { createdBy: number; _status: string; bylines?: unknown }
      expect(doc).toMatchObject({ createdBy: reporterId, _status: 'draft' })
    }
    const second = await t.payload.findByID({ collection: 'articles', id: res.body.more[0]!.id, draft: true, depth: 0 })
    expect(JSON.stringify(second.body)).toContain('职工书屋')
    expect(JSON.stringify(second.body)).not.toContain('夜班')
  })

  it('saves the stories it may and says why not the one that is a colleague’s draft, changing nothing of theirs', async () => {
    await t.payload.create({ collection: 'users', data: { email: 'colleague@imp.test', password: 'pass-123456', name: '王磊', roles: ['reporter'] } as never })
    const colleague = (await t.payload.login({ collection: 'users', data: { email: 'colleague@imp.test', password: 'pass-123456' } })).token!
    const theirs = { head: '港区职工食堂升级', lead: '本报讯（通讯员 王磊）港区总工会帮助企业改造职工食堂，夜班职工吃上热饭。' }
    const first = await upload<{ more: { id: number }[] }>('版面.pdf', storiesPdf('江澄日报 2026年3月9日 第6版', [{ head: '港区劳模宣讲进班组', lead: '本报讯（记者 林晓）港区劳模宣讲团走进20个班组，与一线职工面对面。' }, theirs]), colleague)
    expect(first.status).toBe(201)
    const before = await t.payload.findByID({ collection: 'articles', id: first.body.more[0]!.id, draft: true, depth: 0 })

    const res = await upload<{ id: number; title: string; more: { title: string; error?: string; id?: number }[] }>('版面2.pdf', storiesPdf('江澄日报 2026年3月9日 第6版', [{ head: '港区技能比武开赛', lead: '本报讯（记者 林晓）港区职工技能比武开赛，300余名职工参加。' }, theirs]))
    expect(res.status).toBe(201)
    expect(res.body.title).toBe('港区技能比武开赛')
    expect(res.body.more).toEqual([{ title: '港区职工食堂升级', error: expect.stringMatching(/^未能导入：.*作者本人/) }])
    // (Not the file-wide "nothing of this file was kept": the first story was.)
    expect(res.body.more[0]!.error).not.toMatch(/均未保存|未保存任何内容/)
    const after = await t.payload.findByID({ collection: 'articles', id: first.body.more[0]!.id, draft: true, depth: 0 })
    expect(after.updatedAt).toBe(before.updatedAt)
  })

  it('refuses a multipart upload by anonymous callers', async () => {
    expect((await upload('a.txt', Buffer.from('# 标题\n\n正文。'), false)).status).toBe(401)
  })
})

/** Encode text as GB18030 (Node decodes it natively but cannot encode it). */
function gb18030(text: string): Buffer {
  return iconv.encode(text, 'gb18030')
}
