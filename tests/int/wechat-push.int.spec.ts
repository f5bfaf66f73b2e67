// The WeChat draft-box push (src/wechat/push.ts) through its REST route, against the local stand-in
// of WeChat's API (tests/helpers/wechatStandIn.ts, which refuses every documented rule): a chief
// editor pushes a live story with photos; a correction updates the same draft; photos are sent
// once; who may push and what may be pushed; failures say why, save nothing on the piece, and
// pushing again continues.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_LOGINS } from '../../src/seed'
import { startPayload, rest, type TestPayload } from '../helpers/payload'
import { startWeChatStandIn, type WeChatStandIn } from '../helpers/wechatStandIn'

let t: TestPayload
let wechat: WeChatStandIn
const tokens: Record<string, string> = {}
const APP = { appId: 'wx-test-union', appSecret: 'test-secret-0123456789abcdef' }

type Piece = { id: number; title: string; slug: string; wechat?: { mediaId?: string | null; state?: string | null; pushedBy?: number | null } | null; reviewLog?: { action: string; role?: string }[] }

const read = async (id: number, draft = true) => (await t.payload.findByID({ collection: 'articles', id, draft, depth: 0, overrideAccess: true })) as unknown as Piece
const push = (id: number, who = 'chief-editor') => rest<{ message?: string; mediaId?: string; state?: string; photos?: { sent: number; reused: number }; errors?: { message: string }[] }>(t, 'POST', `/api/articles/${id}/wechat`, { token: tokens[who] })
const calls = (endpoint: keyof WeChatStandIn['state']['calls']) => wechat.state.calls[endpoint]
const allCalls = () => Object.values(wechat.state.calls).reduce((a, b) => a + b, 0)

/** A published article of the demo that shows photos in its body. */
async function liveStoryWithPhotos(): Promise<Piece> {
  const { docs } = await t.payload.find({ collection: 'articles', where: { _status: { equals: 'published' } }, depth: 0, limit: 100, overrideAccess: true })
  const withPhotos = (docs as unknown as (Piece & { body?: unknown; title: string })[]).find((d) => JSON.stringify(d.body ?? '').includes('"blockType":"photo"') && [...d.title].length <= 32)
  expect(withPhotos, 'a demo story with photos and a title WeChat takes').toBeTruthy()
  return withPhotos!
}

beforeAll(async () => {
  t = await startPayload('wechat-push')
  wechat = await startWeChatStandIn(APP)
  Object.assign(process.env, { WECHAT_APP_ID: APP.appId, WECHAT_APP_SECRET: APP.appSecret, WECHAT_API_BASE: wechat.url, SITE_URL: 'https://www.example.org' })
  const { seed } = await import('../../src/seed')
  await seed(t.payload)
  for (const login of DEMO_LOGINS) tokens[login.role] = (await t.payload.login({ collection: 'users', data: { email: login.email, password: login.password } })).token!
}, 300_000)

afterAll(async () => {
  await wechat?.close()
  for (const name of ['WECHAT_APP_ID', 'WECHAT_APP_SECRET', 'WECHAT_API_BASE']) delete process.env[name]
  await t?.close()
})

describe('pushing a story to the draft box', () => {
  let story: Piece

  it('puts a live story with its photos into the draft box as a draft WeChat accepts, and records it on the story and in its log', async () => {
    story = await liveStoryWithPhotos()
    const reply = await push(story.id)
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(reply.body.state).toBe('created')
    expect(reply.body.message).toContain('已推送到公众号草稿箱')
    expect(wechat.state.refusals).toEqual([])
    expect(wechat.state.drafts.size).toBe(1)
    const [mediaId, articles] = [...wechat.state.drafts][0]!
    expect(mediaId).toBe(reply.body.mediaId)
    const article = articles[0]!
    expect(article.title).toBe(story.title)
    expect(article.content_source_url).toBe(`https://www.example.org/articles/${story.slug}/`)
    // Every body photo went through uploadimg (the stand-in refuses any other address), the cover as material.
    expect(calls('uploadimg')).toBeGreaterThan(0)
    expect(calls('add_material')).toBe(1)
    expect(article.content).toMatch(/<img [^>]*src="/)

    const saved = await read(story.id)
    expect(saved.wechat?.mediaId).toBe(mediaId)
    expect(saved.wechat?.state).toBe('created')
    expect(saved.reviewLog?.at(-1)).toMatchObject({ action: '推送到公众号草稿箱', role: 'chief-editor' })
    // Still live, still the same published piece: recording the push is not an edit or a publish.
    expect((await read(story.id, false)).title).toBe(story.title)
  })

  it('updates the same draft after a correction, sending no photo twice', async () => {
    const uploadsBefore = calls('uploadimg')
    const corrected = `${story.title.slice(0, 26)}（更正）`
    await t.payload.update({ collection: 'articles', id: story.id, data: { title: corrected }, overrideAccess: true })
    const reply = await push(story.id)
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(reply.body.state).toBe('updated')
    expect(reply.body.photos).toMatchObject({ sent: 0 })
    expect(calls('uploadimg')).toBe(uploadsBefore)
    expect(wechat.state.drafts.size).toBe(1)
    expect([...wechat.state.drafts.values()][0]![0]!.title).toBe(corrected)
    expect((await read(story.id)).reviewLog?.at(-1)?.action).toBe('更新公众号草稿')
  })

  it('fetches a new token when the old one expired mid-way, and goes on', async () => {
    wechat.expireTokens()
    const reply = await push(story.id)
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
  })

  it('says why when WeChat refuses (daily quota), saves nothing on the story, and the next push continues', async () => {
    const before = await read(story.id)
    const other = (await t.payload.find({ collection: 'articles', where: { and: [{ _status: { equals: 'published' } }, { id: { not_equals: story.id } }] }, depth: 0, limit: 50, overrideAccess: true })).docs.find((d) => [...(d as { title: string }).title].length <= 32) as unknown as Piece
    wechat.failNext('draft/add', 45009)
    const failed = await push(other.id)
    expect(failed.status).toBe(502)
    expect(failed.body.errors?.[0]?.message).toContain('今日接口调用次数已用完')
    expect((await read(other.id)).wechat?.mediaId ?? null).toBeNull()
    expect((await read(story.id)).wechat).toEqual(before.wechat)
    const again = await push(other.id)
    expect(again.status, JSON.stringify(again.body)).toBe(200)
    // The photos sent before the failure were not sent again.
    expect(again.body.photos?.reused).toBeGreaterThan(0)
  })
})

describe('who may push what', () => {
  it('refuses reporters and editors (403) and anonymous callers (401), changing nothing', async () => {
    const story = await liveStoryWithPhotos()
    const drafts = wechat.state.drafts.size
    for (const role of ['reporter', 'editor']) {
      const reply = await push(story.id, role)
      expect(reply.status, role).toBe(403)
      expect(reply.body.errors?.[0]?.message).toContain('只有终审或管理员')
    }
    expect((await rest(t, 'POST', `/api/articles/${story.id}/wechat`)).status).toBe(401)
    expect(wechat.state.drafts.size).toBe(drafts)
  })

  it('says the account is not configured (503) when WECHAT_APP_ID or the secret is missing, and offers copying', async () => {
    const story = await liveStoryWithPhotos()
    const saved = process.env.WECHAT_APP_SECRET
    delete process.env.WECHAT_APP_SECRET
    try {
      const reply = await push(story.id)
      expect(reply.status).toBe(503)
      expect(reply.body.errors?.[0]?.message).toContain('未配置公众号')
      const preview = await rest<{ pushConfigured: boolean }>(t, 'GET', `/api/articles/${story.id}/wechat`, { token: tokens['chief-editor'] })
      expect(preview.body.pushConfigured).toBe(false)
    } finally {
      process.env.WECHAT_APP_SECRET = saved
    }
  })

  it('ignores a draft record sent by a client, even an administrator’s: only a push writes it', async () => {
    // Another story than the one the other cases push (a draft save may reopen a signed-off piece).
    const first = await liveStoryWithPhotos()
    const story = (await t.payload.find({ collection: 'articles', where: { and: [{ _status: { equals: 'published' } }, { id: { not_equals: first.id } }] }, depth: 0, limit: 1, sort: '-id', overrideAccess: true })).docs[0] as unknown as Piece
    const before = (await read(story.id)).wechat?.mediaId ?? null
    const reply = await rest(t, 'PATCH', `/api/articles/${story.id}?draft=true`, { token: tokens.admin, body: { wechat: { mediaId: 'forged-media-id', state: 'created' } } })
    expect(reply.status).toBeLessThan(500)
    expect((await read(story.id)).wechat?.mediaId ?? null).toBe(before)
  })

  it('refuses a piece that is neither signed off nor live, saying at which stage it is', async () => {
    const { docs } = await t.payload.find({ collection: 'articles', where: { and: [{ _status: { equals: 'draft' } }, { reviewStage: { not_equals: 'approved' } }] }, draft: true, depth: 0, limit: 1, overrideAccess: true })
    const draft = docs[0] as unknown as Piece
    const reply = await push(draft.id, 'admin')
    expect(reply.status).toBe(403)
    expect(reply.body.errors?.[0]?.message).toMatch(/阶段：终审通过或已发布的稿件才能推送/)
    const preview = await rest<{ errors?: { message: string }[] }>(t, 'GET', `/api/articles/${draft.id}/wechat`, { token: tokens.editor })
    expect(preview.status).toBe(403)
  })

  it('refuses a title over 32 characters without a short title before sending anything, and takes the short title', async () => {
    const story = await liveStoryWithPhotos()
    const long = `${'职工技能大赛'.repeat(6)}圆满落幕`
    await t.payload.update({ collection: 'articles', id: story.id, data: { title: long }, overrideAccess: true })
    const before = allCalls()
    const refused = await push(story.id)
    expect(refused.status).toBe(400)
    expect(refused.body.errors?.[0]?.message).toContain('短标题')
    // Signed off, the piece is locked for the chief: the message says how it can be edited now.
    expect(refused.body.errors?.[0]?.message).toContain('请管理员将其退回重开')
    expect(allCalls()).toBe(before)
    await t.payload.update({ collection: 'articles', id: story.id, data: { shortTitle: '职工技能大赛圆满落幕' }, overrideAccess: true })
    const reply = await push(story.id)
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
  })

  it('lets editors preview a live story with its photos at their public addresses, and says when pushing is configured', async () => {
    const story = await liveStoryWithPhotos()
    const reply = await rest<{ content: string; title: string; problems: unknown[]; pushConfigured: boolean }>(t, 'GET', `/api/articles/${story.id}/wechat`, { token: tokens.editor })
    expect(reply.status).toBe(200)
    expect(reply.body.content).toContain('src="https://www.example.org/media/')
    expect(reply.body.content).not.toMatch(/<(script|style|iframe|link)\b|class=/)
    expect(reply.body.pushConfigured).toBe(true)
  })
})

describe('npm run wechat', () => {
  /** The command in a child process on the same database (async: the stand-in answers from this process). */
  const run = async (...args: string[]) => {
    const { execFile } = await import('node:child_process')
    return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', 'src/cli/wechat.ts', ...args], { env: { ...process.env, NODE_ENV: 'test' }, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      )
    })
  }

  it('prints a live story’s WeChat rendering by its slug', async () => {
    const story = await liveStoryWithPhotos()
    const result = await run('preview', 'articles', story.slug)
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/^<section/)
    expect(result.stdout).toContain('src="https://www.example.org/media/')
    expect(result.stderr).toContain(`标题 title: `)
  }, 150_000)

  it('pushes as the named chief editor, and refuses a reporter, a draft and bad usage with the reason', async () => {
    const story = await liveStoryWithPhotos()
    const pushed = await run('push', 'articles', String(story.id), '--user', 'chief@example.com')
    expect(pushed.code, pushed.stderr).toBe(0)
    expect(pushed.stdout).toMatch(/✔ (已推送到公众号草稿箱|已更新公众号草稿箱中的同一篇草稿)：「.+」 media_id \S+/)
    expect((await read(story.id)).wechat?.mediaId).toBeTruthy()

    const reporter = await run('push', 'articles', String(story.id), '--user', 'reporter@example.com')
    expect(reporter.code).toBe(1)
    expect(reporter.stderr).toContain('只有终审或管理员可以推送到公众号草稿箱')

    const { docs } = await t.payload.find({ collection: 'articles', where: { and: [{ _status: { equals: 'draft' } }, { reviewStage: { not_equals: 'approved' } }] }, draft: true, depth: 0, limit: 1, overrideAccess: true })
    const draft = await run('push', 'articles', String(docs[0]!.id))
    expect(draft.code).toBe(1)
    expect(draft.stderr).toContain('终审通过或已发布的稿件才能推送')

    const usage = await run('send', 'articles', '1')
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain('用法 usage: npm run wechat')
  }, 300_000)
})
