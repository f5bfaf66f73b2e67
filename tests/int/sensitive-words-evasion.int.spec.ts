// A block word disguised with invisible or full-width characters still stops a submission over
// REST, and the refusal shows the reviewer where the word stands and how it was disguised.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rest, startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let reporter: string

type Refusal = { errors?: { message: string }[] }
const messageOf = (body: Refusal) => (body.errors ?? []).map((e) => e.message).join('\n')

beforeAll(async () => {
  t = await startPayload('words-evasion')
  // The first account is made an administrator whatever it asks for; the reporter comes second.
  await t.payload.create({ collection: 'users', data: { email: 'admin@words.test', password: 'pass-123456', name: '管理员', roles: ['admin'] } as never })
  await t.payload.create({ collection: 'users', data: { email: 'reporter@words.test', password: 'pass-123456', name: '记者', roles: ['reporter'] } as never })
  reporter = (await t.payload.login({ collection: 'users', data: { email: 'reporter@words.test', password: 'pass-123456' } })).token!
  await t.payload.create({ collection: 'sensitive-words', data: { word: '禁用示例词', action: 'block', replacement: '规范说法' } as never })
  await t.payload.create({ collection: 'sensitive-words', data: { word: 'ABC', action: 'block' } as never })
})

afterAll(async () => {
  await t?.close()
})

/** A reporter's draft with this summary, then the reporter's submit of it, both over REST. */
async function submitWithSummary(summary: string) {
  const created = await rest<{ doc: { id: number } }>(t, 'POST', '/api/articles?draft=true', { token: reporter, body: { title: '敏感词规避测试', summary } })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const id = created.body.doc.id
  const res = await rest<Refusal>(t, 'PATCH', `/api/articles/${id}?draft=true`, { token: reporter, body: { reviewStage: 'submitted' } })
  const after = await t.payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })
  return { res, after }
}

describe('submitting a block word hidden behind invisible characters (REST)', () => {
  it('refuses a reporter’s submit when a block word is split by a zero-width space, listing the hit', async () => {
    const { res, after } = await submitWithSummary('这里有一个禁\u200B用示例词，读者看不出来。')
    expect(res.status).toBe(400)
    const message = messageOf(res.body)
    expect(message).toContain('稿件含有禁用词，未能提交')
    expect(message).toContain('摘要：“这里有一个【禁〔零宽空格 U+200B〕用示例词】，读者看不出来。”')
    expect(message).toContain('中的「禁〔零宽空格 U+200B〕用示例词」（即词库中的「禁用示例词」），建议改为「规范说法」')
    expect(after.reviewStage).toBe('draft')
  })

  it('refuses full-width letters and a soft hyphen the same way', async () => {
    const { res, after } = await submitWithSummary('全角ａｂｃ和禁\u00AD用示例词')
    expect(res.status).toBe(400)
    const message = messageOf(res.body)
    expect(message).toContain('「ａｂｃ」（即词库中的「ABC」）')
    expect(message).toContain('「禁〔软连字符 U+00AD〕用示例词」')
    expect(after.reviewStage).toBe('draft')
  })

  it('lets the same reporter submit once the word is gone, spaces between Latin words included', async () => {
    const { res, after } = await submitWithSummary('这里写规范说法，a b c 不算。')
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(after.reviewStage).toBe('submitted')
  })
})
