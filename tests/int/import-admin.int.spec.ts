// The admin's 「导入报纸文本」: pasted text or an uploaded .txt becomes a draft owned by the editor who
// imported it, entering the review chain as a draft; bad input gets a Chinese reason and no draft.
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rest, startPayload, type TestPayload } from '../helpers/payload'

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

  it('says in Chinese what is wrong with a text without a headline, and creates nothing', async () => {
    const before = await t.payload.count({ collection: 'articles' })
    const res = await rest<{ errors: { message: string }[] }>(t, 'POST', '/api/articles/import-newspaper', { token, body: { text: '123\n456\n' } })
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

/** Encode text as GB18030 (Node decodes it natively but cannot encode it). */
function gb18030(text: string): Buffer {
  return iconv.encode(text, 'gb18030')
}
