// The 三审 review chain: every role × every move × every publishable collection through the Local
// API with overrideAccess:false, a REST pass for articles, the append-only log, sensitive words,
// and what anonymous readers can see while a document is under review.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rest, startPayload, type TestPayload } from '../helpers/payload'
import { PUBLISHABLE } from '../../collections/slugs'
import type { PublishableSlug } from '../../src/kinds'

type Stage = 'draft' | 'submitted' | 'edited' | 'approved' | 'returned'
type Actor = 'admin' | 'chief' | 'editor' | 'author' | 'otherReporter'
type Target = Stage | 'publish'
type Slug = PublishableSlug

const STAGES: Stage[] = ['draft', 'submitted', 'edited', 'approved', 'returned']
const ACTORS: Actor[] = ['admin', 'chief', 'editor', 'author', 'otherReporter']
/** Every publishable kind (src/kinds): a kind added later is walked through the chain too. */
const COLLECTIONS: Slug[] = [...PUBLISHABLE]

/** The rules of the issue, written out by hand (not derived from the code under test). */
const ALLOWED = new Set([
  'author:draft>submitted',
  'author:returned>submitted',
  'editor:submitted>edited',
  'editor:submitted>returned',
  'chief:submitted>edited',
  'chief:submitted>returned',
  'chief:edited>approved',
  'chief:edited>returned',
  'chief:approved>publish',
  'admin:approved>publish',
])
const allowed = (actor: Actor, from: Stage, to: Target) =>
  (actor === 'admin' && to !== 'publish') || ALLOWED.has(`${actor}:${from}>${to}`)

let t: TestPayload
const users = {} as Record<Actor, { id: number | string; roles: string[]; collection: 'users' }>
const tokens = {} as Record<Actor, string>
let organizationId: number | string

function minimalData(slug: Slug, title: string): Record<string, unknown> {
  switch (slug) {
    case 'model-workers':
      return { name: title, kind: 'individual', publicationConsent: true }
    case 'yearly-reviews':
      return { title, period: { firstYear: 2025, lastYear: 2025 }, organization: organizationId }
    default:
      return { title }
  }
}

/** A document written by the author reporter and put into `stage` by the system. */
async function docAt(slug: Slug, stage: Stage, title: string) {
  const { payload } = t
  const doc = await payload.create({ collection: slug, data: minimalData(slug, title) as never, draft: true, user: users.author, overrideAccess: false })
  if (stage !== 'draft') {
    // System (no user) moves the document into place; it is allowed every move.
    await payload.update({ collection: slug, id: doc.id, data: { reviewStage: stage } as never, draft: true })
  }
  return payload.findByID({ collection: slug, id: doc.id, draft: true, depth: 0 }) as Promise<Record<string, any>>
}

beforeAll(async () => {
  t = await startPayload('workflow')
  const roles: Record<Actor, string[]> = {
    admin: ['admin'],
    chief: ['chief-editor'],
    editor: ['editor'],
    author: ['reporter'],
    otherReporter: ['reporter'],
  }
  for (const actor of ACTORS) {
    const email = `${actor.toLowerCase()}@wf.test`
    const user = await t.payload.create({ collection: 'users', data: { email, password: 'pass-123456', name: actor, roles } as never })
    // The first account is always made an administrator; set the intended roles afterwards.
    const fixed = await t.payload.update({ collection: 'users', id: user.id, data: { roles: roles[actor] } as never })
    users[actor] = { ...(fixed as any), collection: 'users' }
    tokens[actor] = (await t.payload.login({ collection: 'users', data: { email, password: 'pass-123456' } })).token!
  }
  const org = await t.payload.create({ collection: 'organizations', data: { name: '测试市总工会', level: 'city' } })
  organizationId = org.id
  await t.payload.create({ collection: 'sensitive-words', data: { word: '禁用示例词', action: 'block', replacement: '规范说法' } as never })
  await t.payload.create({ collection: 'sensitive-words', data: { word: '提醒示例词', action: 'warn' } as never })
})

afterAll(async () => {
  await t?.close()
})

describe.each(COLLECTIONS)('review chain on %s (Local API, overrideAccess: false)', (slug) => {
  const cases = STAGES.flatMap((from) =>
    ([...STAGES, 'publish'] as Target[])
      .filter((to) => to !== from)
      .flatMap((to) => ACTORS.map((actor) => ({ from, to, actor, ok: allowed(actor, from, to) }))),
  )

  it.each(cases)('$actor moves $from → $to: allowed=$ok', async ({ from, to, actor, ok }) => {
    const { payload } = t
    const before = await docAt(slug, from, `流转测试 ${from} ${to} ${actor}`)
    const data = to === 'publish' ? { _status: 'published' } : { reviewStage: to, reviewComment: '审核意见：请核对数据' }
    const attempt = payload.update({
      collection: slug,
      id: before.id,
      data: data as never,
      ...(to === 'publish' ? {} : { draft: true }),
      user: users[actor],
      overrideAccess: false,
    })
    const after = async () => (await payload.findByID({ collection: slug, id: before.id, draft: true, depth: 0 })) as Record<string, any>
    if (ok) {
      await attempt
      const doc = await after()
      const last = doc.reviewLog.at(-1)
      if (to === 'publish') {
        expect(doc._status).toBe('published')
        expect(last).toMatchObject({ action: '发布', user: users[actor].id })
      } else {
        expect(doc.reviewStage).toBe(to)
        expect(last).toMatchObject({ from, to, user: users[actor].id, comment: '审核意见：请核对数据' })
      }
      expect(doc.reviewLog).toHaveLength(before.reviewLog.length + 1)
    } else {
      await expect(attempt).rejects.toThrow(/./)
      const doc = await after()
      expect(doc.reviewStage).toBe(before.reviewStage)
      expect(doc._status).toBe(before._status)
      expect(doc.reviewLog).toHaveLength(before.reviewLog.length)
      expect(doc.updatedAt).toBe(before.updatedAt)
    }
  })
})

describe('review chain rules beyond single moves', () => {
  it('refuses a return without a comment and says a comment is required', async () => {
    const doc = await docAt('articles', 'submitted', '退回须有意见')
    await expect(
      t.payload.update({ collection: 'articles', id: doc.id, data: { reviewStage: 'returned' }, draft: true, user: users.editor, overrideAccess: false }),
    ).rejects.toThrow(/退回意见/)
  })

  it('names the allowed move and who makes it when a move is refused', async () => {
    const doc = await docAt('articles', 'submitted', '提示允许的流转')
    await expect(
      t.payload.update({ collection: 'articles', id: doc.id, data: { reviewStage: 'approved' }, draft: true, user: users.chief, overrideAccess: false }),
    ).rejects.toThrow(/由责编改为「已初审（待终审）」/)
  })

  it("refuses a reporter editing another reporter's draft, and the author editing after submitting", async () => {
    const draft = await docAt('articles', 'draft', '别人的稿件')
    await expect(
      t.payload.update({ collection: 'articles', id: draft.id, data: { title: '改别人的' }, draft: true, user: users.otherReporter, overrideAccess: false }),
    ).rejects.toThrow(/只有作者本人可以修改/)
    const submitted = await docAt('articles', 'submitted', '已提交的稿件')
    await expect(
      t.payload.update({ collection: 'articles', id: submitted.id, data: { title: '提交后再改' }, draft: true, user: users.author, overrideAccess: false }),
    ).rejects.toThrow(/只有责编、终审可以修改/)
    const unchanged = await t.payload.findByID({ collection: 'articles', id: submitted.id, draft: true })
    expect(unchanged.title).toBe('已提交的稿件')
  })

  it('lets the editor edit the text while the piece is submitted', async () => {
    const doc = await docAt('articles', 'submitted', '责编可改')
    const updated = await t.payload.update({ collection: 'articles', id: doc.id, data: { title: '责编改过的标题' }, draft: true, user: users.editor, overrideAccess: false })
    expect(updated.title).toBe('责编改过的标题')
  })

  it('refuses publishing before approval even for an administrator', async () => {
    const doc = await docAt('articles', 'edited', '未终审不能发布')
    await expect(
      t.payload.update({ collection: 'articles', id: doc.id, data: { _status: 'published' }, user: users.admin, overrideAccess: false }),
    ).rejects.toThrow(/终审通过后才能发布/)
  })

  it('refuses submission with a block word, naming the word, the field and the suggestion; warn words are logged', async () => {
    const doc = await docAt('articles', 'draft', '敏感词检查')
    const attempt = t.payload.update({
      collection: 'articles',
      id: doc.id,
      data: { reviewStage: 'submitted', summary: '这里有一个禁用示例词和提醒示例词。' },
      draft: true,
      user: users.author,
      overrideAccess: false,
    })
    await expect(attempt).rejects.toThrow(/「禁用示例词」.*规范说法/)
    await expect(attempt).rejects.toThrow(/摘要/)
    expect((await t.payload.findByID({ collection: 'articles', id: doc.id, draft: true })).reviewStage).toBe('draft')

    const ok = await t.payload.update({
      collection: 'articles',
      id: doc.id,
      data: { reviewStage: 'submitted', summary: '这里只有提醒示例词。' },
      draft: true,
      user: users.author,
      overrideAccess: false,
    })
    expect(ok.reviewLog!.at(-1)!.warnings).toContain('提醒示例词')
  })

  it('finds block words inside rich text and array text too', async () => {
    const body = {
      root: {
        type: 'root',
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        children: [
          { type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', text: '正文中的禁用示例词', detail: 0, format: 0, mode: 'normal', style: '', version: 1 }] },
        ],
      },
    }
    const doc = await t.payload.create({ collection: 'articles', data: { title: '富文本敏感词', body, bylines: [{ name: '禁用示例词' }] } as never, draft: true, user: users.author, overrideAccess: false })
    const attempt = t.payload.update({ collection: 'articles', id: doc.id, data: { reviewStage: 'submitted' }, draft: true, user: users.author, overrideAccess: false })
    await expect(attempt).rejects.toThrow(/正文：“正文中的【禁用示例词】”/)
    await expect(attempt).rejects.toThrow(/署名第1项 › 姓名/)
  })

  it('keeps the review log append-only, even for an administrator with overrideAccess', async () => {
    const doc = await docAt('articles', 'submitted', '日志不可改')
    const original = doc.reviewLog
    expect(original.length).toBeGreaterThan(0)
    await t.payload.update({ collection: 'articles', id: doc.id, data: { reviewLog: [] } as never, draft: true })
    await t.payload.update({
      collection: 'articles',
      id: doc.id,
      data: { reviewLog: [{ ...original[0], comment: '篡改' }] } as never,
      draft: true,
      user: users.admin,
    })
    const after = await t.payload.findByID({ collection: 'articles', id: doc.id, draft: true, depth: 0 })
    expect(after.reviewLog!.map((e) => e.comment)).toEqual(original.map((e: { comment: string }) => e.comment))
  })

  it('keeps the published version live while an edit of it goes through the chain again', async () => {
    const doc = await docAt('articles', 'approved', '已发布的原稿')
    await t.payload.update({ collection: 'articles', id: doc.id, data: { _status: 'published' }, user: users.chief, overrideAccess: false })
    const edited = await t.payload.update({ collection: 'articles', id: doc.id, data: { title: '修改中的新稿' }, draft: true, user: users.admin, overrideAccess: false })
    expect(edited.reviewStage).toBe('draft')
    const anonymous = await t.payload.findByID({ collection: 'articles', id: doc.id, overrideAccess: false })
    expect(anonymous.title).toBe('已发布的原稿')
  })

  it('logs the publish of a correction that went through the chain again, and not a re-publish of the same live text', async () => {
    const doc = await docAt('articles', 'approved', '更正前的原稿')
    const as = (actor: Actor, data: Record<string, unknown>, draft = true) =>
      t.payload.update({ collection: 'articles', id: doc.id, data, draft, user: users[actor], overrideAccess: false }) as Promise<Record<string, any>>
    const publishes = (d: Record<string, any>) => (d.reviewLog ?? []).filter((e: Record<string, any>) => e.action === '发布').length
    expect(publishes(await as('chief', { _status: 'published' }, false))).toBe(1)
    // The same live text published again is no new step.
    expect(publishes(await as('chief', { _status: 'published' }, false))).toBe(1)
    await as('admin', { title: '更正后的新稿' })
    await as('admin', { reviewStage: 'submitted' })
    await as('editor', { reviewStage: 'edited' })
    await as('chief', { reviewStage: 'approved' })
    const live = await as('chief', { _status: 'published' }, false)
    expect(publishes(live)).toBe(2)
    expect((await t.payload.findByID({ collection: 'articles', id: doc.id, overrideAccess: false })).title).toBe('更正后的新稿')
  })

  it('lets the chief editor unpublish, and refuses it to an editor', async () => {
    const doc = await docAt('articles', 'approved', '撤稿测试')
    await t.payload.update({ collection: 'articles', id: doc.id, data: { _status: 'published' }, user: users.chief, overrideAccess: false })
    await expect(
      t.payload.update({ collection: 'articles', id: doc.id, data: { _status: 'draft' }, user: users.editor, overrideAccess: false }),
    ).rejects.toThrow(/只有终审或管理员可以撤下/)
    await t.payload.update({ collection: 'articles', id: doc.id, data: { _status: 'draft' }, user: users.chief, overrideAccess: false })
    const found = await t.payload.find({ collection: 'articles', where: { id: { equals: doc.id } }, overrideAccess: false })
    expect(found.totalDocs).toBe(0)
  })

  it('never shows anonymous readers a document under review', async () => {
    for (const stage of STAGES) await docAt('galleries', stage, `匿名不可见 ${stage}`)
    const found = await t.payload.find({ collection: 'galleries', where: { title: { like: '匿名不可见' } }, overrideAccess: false })
    expect(found.totalDocs).toBe(0)
  })

  it('prints a sign-off sheet with every step and the final sign-off', async () => {
    const doc = await docAt('articles', 'draft', '审签单<script>')
    const move = (to: Stage, actor: Actor, comment?: string) =>
      t.payload.update({ collection: 'articles', id: doc.id, data: { reviewStage: to, reviewComment: comment }, draft: true, user: users[actor], overrideAccess: false })
    await move('submitted', 'author')
    await move('returned', 'editor', '第二段数据请核实')
    await move('submitted', 'author')
    await move('edited', 'editor', '一校完毕')
    await move('approved', 'chief', '同意签发')
    const res = await fetchSignoff(doc.id, tokens.editor)
    expect(res.status).toBe(200)
    expect(res.text).toContain('审签单&lt;script&gt;')
    expect(res.text).not.toContain('审签单<script>')
    for (const text of ['第二段数据请核实', '一校完毕', '责编退回', '终审通过', '终审：chief']) expect(res.text).toContain(text)
    expect((await fetchSignoff(doc.id)).status).toBe(401)
  })
})

describe('review chain through REST (articles)', () => {
  it('refuses a reporter publishing by PATCH and records nothing', async () => {
    const doc = await docAt('articles', 'approved', 'REST 记者发布')
    const res = await rest(t, 'PATCH', `/api/articles/${doc.id}`, { token: tokens.author, body: { _status: 'published' } })
    expect(res.status).toBe(403)
    expect(JSON.stringify(res.body)).toContain('只有终审或管理员可以发布')
    const after = await t.payload.findByID({ collection: 'articles', id: doc.id, draft: true, depth: 0 })
    expect(after._status).toBe('draft')
    expect(after.reviewLog).toHaveLength(doc.reviewLog.length)
  })

  it('runs submit → pass → approve → publish with the right roles', async () => {
    const created = await rest<{ doc: { id: number } }>(t, 'POST', '/api/articles?draft=true', { token: tokens.author, body: { title: 'REST 全流程' } })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const steps: [Actor, Record<string, unknown>, string][] = [
      ['author', { reviewStage: 'submitted' }, '?draft=true'],
      ['editor', { reviewStage: 'edited', proofPass: 'second' }, '?draft=true'],
      ['chief', { reviewStage: 'approved' }, '?draft=true'],
      ['chief', { _status: 'published' }, ''],
    ]
    for (const [actor, body, query] of steps) {
      const res = await rest(t, 'PATCH', `/api/articles/${id}${query}`, { token: tokens[actor], body })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
    }
    const anonymous = await rest<{ title: string }>(t, 'GET', `/api/articles/${id}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.title).toBe('REST 全流程')
    const doc = await t.payload.findByID({ collection: 'articles', id, depth: 0 })
    expect(doc.reviewLog!.map((e) => e.proofPass ?? '')).toContain('二校')
  })

  it('keeps the review log, comments and author out of what anonymous readers get', async () => {
    const doc = await docAt('articles', 'approved', 'REST 匿名读者')
    await t.payload.update({ collection: 'articles', id: doc.id, data: { _status: 'published' }, user: users.chief, overrideAccess: false })
    const anonymous = await rest<Record<string, unknown>>(t, 'GET', `/api/articles/${doc.id}?depth=0`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.reviewLog ?? []).toEqual([])
    for (const field of ['reviewComment', 'proofPass', 'createdBy', 'importHash']) expect(anonymous.body, field).not.toHaveProperty(field)
    const staff = await rest<{ reviewLog: unknown[] }>(t, 'GET', `/api/articles/${doc.id}?depth=0`, { token: tokens.editor })
    expect(staff.body.reviewLog.length).toBeGreaterThan(0)
  })

  it('ignores a review log sent by PATCH', async () => {
    const doc = await docAt('articles', 'submitted', 'REST 改日志')
    const res = await rest(t, 'PATCH', `/api/articles/${doc.id}?draft=true`, { token: tokens.admin, body: { reviewLog: [] } })
    expect(res.status).toBe(200)
    const after = await t.payload.findByID({ collection: 'articles', id: doc.id, draft: true, depth: 0 })
    expect(after.reviewLog).toHaveLength(doc.reviewLog.length)
  })
})

async function fetchSignoff(id: number | string, token?: string) {
  const { handleEndpoints } = await import('payload')
  const headers = new Headers()
  if (token) headers.set('Authorization', `JWT ${token}`)
  const response = await handleEndpoints({
    config: t.config,
    request: new Request(`http://localhost/api/articles/${id}/signoff`, { headers }),
    payloadInstanceCacheKey: t.key,
  })
  return { status: response.status, text: await response.text() }
}
