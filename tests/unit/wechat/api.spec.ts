// The WeChat API client (src/wechat/api.ts) against the stand-in (tests/helpers/wechatStandIn.ts):
// the token kept and shared, one retry when a kept token turns out expired, every failure in the
// editor's words (src/wechat/errors.ts), and neither the AppSecret nor a token in any of them.
import util from 'node:util'

import type { KVAdapter } from 'payload'
import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { draftProblems, WeChatClient, weChatClientFromSettings, weChatConfigured, type DraftArticle, type TokenStore } from '../../../src/wechat/api'
import { explainErrcode, WeChatError } from '../../../src/wechat/errors'
import { startWeChatStandIn, type WeChatStandIn } from '../../helpers/wechatStandIn'

const APP = { appId: 'wx-api-test', appSecret: 'api-test-secret-0123456789abcdef' }

let wechat: WeChatStandIn
/** Every access token the stand-in handed out during the test (read from the answers). */
let tokensSeen: Set<string>
let jpeg: Buffer

/** fetch, noting every token in an answer so the tests can look for it in error messages. */
const noting: typeof fetch = async (input, init) => {
  const response = await fetch(input, init)
  const text = await response.clone().text()
  const token = /"access_token":"([^"]+)"/.exec(text)?.[1]
  if (token) tokensSeen.add(token)
  return response
}

/** An in-memory stand-in for payload.kv, holding copies as a database would. */
function memoryStore() {
  const map = new Map<string, object>()
  const store: TokenStore = {
    get: async <T extends object>(key: string) => (map.has(key) ? (structuredClone(map.get(key)) as T) : null),
    set: async (key: string, value: object) => void map.set(key, structuredClone(value)),
  }
  return { map, store }
}

const client = (options: Partial<ConstructorParameters<typeof WeChatClient>[0]> = {}) =>
  new WeChatClient({ ...APP, apiBase: wechat.url, fetch: noting, ...options })

beforeEach(async () => {
  wechat = await startWeChatStandIn(APP)
  tokensSeen = new Set()
  jpeg ??= await sharp({ create: { width: 16, height: 16, channels: 3, background: '#c33' } }).jpeg().toBuffer()
})
afterEach(() => wechat.close().catch(() => undefined))

/** A draft article with its image uploaded and its cover added through `c`. */
async function article(c: WeChatClient): Promise<DraftArticle> {
  const src = await c.uploadImage(jpeg, 'photo.jpg', 'image/jpeg')
  const { mediaId } = await c.addImageMaterial(jpeg, 'cover.jpg', 'image/jpeg')
  return {
    title: '劳模工作室揭牌',
    author: '市总工会',
    digest: '揭牌仪式在厂区举行',
    content: `<p style="font-size:16px">正文</p><img src="${src}" style="width:100%">`,
    contentSourceURL: 'https://www.example.org/news/2',
    thumbMediaId: mediaId,
  }
}

describe('WeChatClient', () => {
  it('uploads the images, adds a draft and updates it, in the fields WeChat documents', async () => {
    const c = client()
    const a = await article(c)
    const mediaId = await c.addDraft({ ...a, needOpenComment: true })
    expect(wechat.state.drafts.get(mediaId)).toEqual([
      {
        title: a.title,
        author: a.author,
        digest: a.digest,
        content: a.content,
        content_source_url: a.contentSourceURL,
        thumb_media_id: a.thumbMediaId,
        need_open_comment: 1,
        only_fans_can_comment: 0,
      },
    ])
    await c.updateDraft(mediaId, 0, { ...a, title: '新标题' })
    expect(wechat.state.drafts.get(mediaId)?.[0]?.title).toBe('新标题')
    expect(wechat.state.uploads.size).toBe(1)
    expect(wechat.state.materials.size).toBe(1)
  })

  it('fetches the token once and keeps it for the following calls', async () => {
    const c = client()
    const t = await c.token()
    expect(await c.token()).toBe(t)
    await article(c)
    expect(wechat.state.calls.token).toBe(1)
  })

  it('shares the token through the store, under a key without the secret', async () => {
    const { map, store } = memoryStore()
    await client({ store }).token()
    await client({ store }).token()
    expect(wechat.state.calls.token).toBe(1)
    const [key] = map.keys()
    expect(key).toContain(APP.appId)
    expect(key).not.toContain(APP.appSecret)
    expect(JSON.stringify([...map.values()])).not.toContain(APP.appSecret)
  })

  it('fetches a new token and retries once when the kept one expired mid-push (42001)', async () => {
    const { store } = memoryStore()
    const c = client({ store })
    const a = await article(c)
    wechat.expireTokens()
    const mediaId = await c.addDraft(a)
    expect(wechat.state.drafts.has(mediaId)).toBe(true)
    expect(wechat.state.calls.token).toBe(2)
    expect(wechat.state.calls['draft/add']).toBe(2)
    // The store holds the new token: another process starts from it.
    await client({ store }).token()
    expect(wechat.state.calls.token).toBe(2)
  })

  it('retries only once: a second refusal is reported, not looped on', async () => {
    const c = client()
    const a = await article(c)
    wechat.failNext('draft/add', 42001)
    wechat.failNext('draft/add', 42001)
    const err = await c.addDraft(a).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(WeChatError)
    expect(err).toMatchObject({ errcode: 42001, endpoint: 'draft/add', retryable: true })
    expect(wechat.state.calls['draft/add']).toBe(2)
  })

  it('does not retry with a token it has just fetched', async () => {
    const c = client()
    wechat.failNext('uploadimg', 40001)
    await expect(c.uploadImage(jpeg, 'a.jpg', 'image/jpeg')).rejects.toMatchObject({ errcode: 40001 })
    expect(wechat.state.calls.uploadimg).toBe(1)
  })

  it('says in words that the daily quota is used up (45009)', async () => {
    const c = client()
    const a = await article(c)
    wechat.failNext('draft/add', 45009)
    await expect(c.addDraft(a)).rejects.toThrow('今日接口调用次数已用完：请明天再推送')
  })

  it('says what to do about a wrong secret, a wrong AppID and a server outside the IP whitelist', async () => {
    await expect(client({ appSecret: 'wrong-secret' }).token()).rejects.toThrow('AppSecret 错误或已重置：请检查 WECHAT_APP_SECRET')
    await expect(client({ appId: 'wx-other' }).token()).rejects.toThrow('请检查 WECHAT_APP_ID')
    wechat.failNext('token', 40164)
    const err = (await client().token().catch((e: unknown) => e)) as WeChatError
    expect(err.message).toBe('服务器 IP 不在公众号的 IP 白名单中：请在公众平台“设置与开发 › 基本配置”中添加本服务器的出口 IP（本服务器的出口 IP：203.0.113.7）')
  })

  it('shows an unknown code with its number and WeChat’s errmsg', async () => {
    wechat.failNext('token', 61234)
    const err = (await client().token().catch((e: unknown) => e)) as WeChatError
    expect(err.errcode).toBe(61234)
    expect(err.message).toMatch(/^公众号返回错误 61234（error \(stand-in: failNext\) rid: \w+）：/)
  })

  it('says the network failed and that pushing again continues when the server is gone', async () => {
    const c = client()
    await wechat.close()
    const err = (await c.token().catch((e: unknown) => e)) as WeChatError
    expect(err).toBeInstanceOf(WeChatError)
    expect(err.message).toBe('连接公众号服务器失败（网络不通）：请检查本服务器的网络，稍后再次推送，推送会从中断处继续')
    expect(err.retryable).toBe(true)
  })

  it('gives up on a call that does not answer in time', async () => {
    const c = client({ timeoutMs: 300 })
    await c.token()
    wechat.failNext('uploadimg', 'hang')
    const started = Date.now()
    await expect(c.uploadImage(jpeg, 'a.jpg', 'image/jpeg')).rejects.toThrow('公众号服务器 300 毫秒内没有应答：请检查本服务器的网络，稍后再次推送，推送会从中断处继续')
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('reports an answer that is not WeChat’s JSON', async () => {
    const html: typeof fetch = async () => new Response('<html>502 Bad Gateway</html>', { status: 502 })
    await expect(client({ fetch: html }).token()).rejects.toThrow('公众号服务器返回了无法识别的应答（HTTP 502）')
  })

  it('refuses, before calling WeChat, an image uploadimg would refuse and an article over the limits', async () => {
    const c = client()
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } }).gif().toBuffer()
    await expect(c.uploadImage(gif, 'a.gif', 'image/gif')).rejects.toBeInstanceOf(WeChatError)
    await expect(c.uploadImage(jpeg, 'a.png', 'image/png')).rejects.toBeInstanceOf(WeChatError)
    await expect(c.uploadImage(Buffer.concat([jpeg, Buffer.alloc(1_000_000)]), 'a.jpg', 'image/jpeg')).rejects.toBeInstanceOf(WeChatError)
    expect(wechat.state.calls.uploadimg).toBe(0)
    const a = await article(c)
    await expect(c.addDraft({ ...a, title: '标'.repeat(33) })).rejects.toThrow('标题超过 32 个字（现有 33 个）：请填写“短标题（公众号）”')
    expect(wechat.state.calls['draft/add']).toBe(0)
    expect(draftProblems(a)).toEqual([])
  })

  it('keeps the secret and every token out of every error and out of the client’s printout', async () => {
    const errors: unknown[] = []
    const collect = (p: Promise<unknown>) => p.then(() => expect.fail('should have failed'), (e: unknown) => errors.push(e))
    const c = client()
    const a = await article(c)
    for (const code of [40001, 40125, 40013, 40164, 42001, 45009, 45166, -1, 61234]) {
      wechat.failNext('draft/add', code)
      if (code === 40001 || code === 42001) wechat.failNext('draft/add', code)
      await collect(c.addDraft(a))
    }
    await collect(client({ appSecret: 'wrong-secret' }).token())
    wechat.failNext('token', 40164)
    await collect(client().token())
    // WeChat (or a proxy) repeating the token and the secret in its own errmsg.
    const parrot: typeof fetch = async (input) => {
      const url = String(input)
      if (url.includes('stable_token')) return Response.json({ access_token: 'TOKEN-parrot-123', expires_in: 7200 })
      return Response.json({ errcode: 48001, errmsg: `api unauthorized for ${url} secret=${APP.appSecret} token TOKEN-parrot-123` })
    }
    tokensSeen.add('TOKEN-parrot-123')
    await collect(client({ fetch: parrot }).addDraft(a))
    await collect(client({ fetch: async (input) => Response.json({ url: String(input) }) }).token())
    wechat.failNext('uploadimg', 'hang')
    await collect(client({ timeoutMs: 200 }).uploadImage(jpeg, 'a.jpg', 'image/jpeg'))
    await collect(client({ fetch: async () => new Response(`oops ${APP.appSecret}`, { status: 500 }) }).token())
    await wechat.close()
    await collect(c.addDraft(a))
    await collect(Promise.resolve().then(() => weChatClientFromSettings({ env: {} }).token()))

    expect(errors.length).toBe(17)
    expect(tokensSeen.size).toBeGreaterThan(1)
    for (const err of errors) {
      expect(err).toBeInstanceOf(WeChatError)
      const printed = [util.inspect(err), JSON.stringify(err), (err as Error).message, (err as Error).stack, (err as WeChatError).errmsg].join('\n')
      for (const secret of [APP.appSecret, ...tokensSeen]) expect(printed, (err as Error).message).not.toContain(secret)
      expect((err as Error).message).toMatch(/[\u4e00-\u9fff]/)
    }
    const printedClient = util.inspect(c, { showHidden: true, depth: 5 }) + JSON.stringify(c)
    for (const secret of [APP.appSecret, ...tokensSeen]) expect(printedClient).not.toContain(secret)
  })
})

describe('weChatClientFromSettings', () => {
  it('refuses, in words, when the AppID or the secret is not set', () => {
    for (const env of [{}, { WECHAT_APP_ID: 'wx1' }, { WECHAT_APP_SECRET: 's' }, { WECHAT_APP_ID: ' ', WECHAT_APP_SECRET: 's' }]) {
      expect(() => weChatClientFromSettings({ env })).toThrow(new WeChatError('未配置公众号：请设置 WECHAT_APP_ID 和 WECHAT_APP_SECRET'))
      expect(weChatConfigured(env)).toBe(false)
    }
  })

  it('talks to WECHAT_API_BASE with the configured account', async () => {
    const env = { WECHAT_APP_ID: APP.appId, WECHAT_APP_SECRET: APP.appSecret, WECHAT_API_BASE: `${wechat.url}/` }
    expect(weChatConfigured(env)).toBe(true)
    const c = weChatClientFromSettings({ env })
    expect(await c.token()).toEqual(expect.any(String))
    expect(wechat.state.calls.token).toBe(1)
  })
})

describe('explainErrcode', () => {
  it('says what happened and what to do, in Chinese, for the codes a push meets', () => {
    expect(explainErrcode(40125)).toBe('AppSecret 错误或已重置：请检查 WECHAT_APP_SECRET')
    expect(explainErrcode(45009)).toBe('今日接口调用次数已用完：请明天再推送')
    expect(explainErrcode(40164, 'invalid ip 1.2.3.4 ipv6 ::ffff:1.2.3.4, not in whitelist rid: x')).toContain('本服务器的出口 IP：1.2.3.4')
    expect(explainErrcode(45003)).toContain('短标题（公众号）')
  })
})

// payload.kv can be passed as the store as it is.
export const kvIsAStore = (kv: KVAdapter): TokenStore => kv
