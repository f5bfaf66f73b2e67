// The WeChat stand-in (tests/helpers/wechatStandIn.ts) refuses, with WeChat's error codes, every
// rule the official-account API documents for the calls the push makes, so a test that passes
// against it cannot have sent a draft WeChat would refuse or quietly change. Driven by plain fetch,
// not by the client under test.
import sharp from 'sharp'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { imageSources, startWeChatStandIn, type StandInArticle, type WeChatStandIn } from '../../helpers/wechatStandIn'

const APP = { appId: 'wx-stand-in-test', appSecret: 'stand-in-secret-0123456789abcdef' }

let wechat: WeChatStandIn
let jpeg: Buffer
let png: Buffer

beforeAll(async () => {
  wechat = await startWeChatStandIn(APP)
  jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c33' } }).jpeg().toBuffer()
  png = await sharp({ create: { width: 8, height: 8, channels: 4, background: '#3c38' } }).png().toBuffer()
})
afterAll(() => wechat.close())

type Answer = Record<string, unknown> & { errcode?: number }

async function post(path: string, body: object | FormData, query: Record<string, string> = {}): Promise<Answer> {
  const url = `${wechat.url}${path}?${new URLSearchParams(query)}`
  const init = body instanceof FormData ? { method: 'POST', body } : { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }
  return (await fetch(url, init)).json() as Promise<Answer>
}

const stableToken = (body: object = {}) => post('/cgi-bin/stable_token', { grant_type: 'client_credential', appid: APP.appId, secret: APP.appSecret, ...body })
const token = async () => (await stableToken()).access_token as string

function form(data: Buffer, filename: string, type: string, field = 'media'): FormData {
  const f = new FormData()
  f.append(field, new Blob([new Uint8Array(data)], { type }), filename)
  return f
}

const uploadimg = async (data: Buffer, filename: string, type: string, field?: string) =>
  post('/cgi-bin/media/uploadimg', form(data, filename, type, field), { access_token: await token() })
const addMaterial = async (data: Buffer, filename: string, type: string, kind = 'image') =>
  post('/cgi-bin/material/add_material', form(data, filename, type), { access_token: await token(), type: kind })
const draftAdd = async (articles: object[]) => post('/cgi-bin/draft/add', { articles }, { access_token: await token() })
const draftUpdate = async (body: object) => post('/cgi-bin/draft/update', body, { access_token: await token() })

/** A draft article every rule accepts: its image uploaded, its cover a material. */
async function goodArticle(): Promise<StandInArticle> {
  const { url } = (await uploadimg(jpeg, 'body.jpg', 'image/jpeg')) as { url: string }
  const { media_id } = (await addMaterial(jpeg, 'cover.jpg', 'image/jpeg')) as { media_id: string }
  return {
    title: '职工书屋开放',
    author: '工会宣传部',
    digest: '新书上架',
    content: `<section style="margin:0 8px"><p style="font-size:16px">正文</p><img src="${url}" style="width:100%"></section>`,
    content_source_url: 'https://www.example.org/news/1',
    thumb_media_id: media_id,
    need_open_comment: 0,
    only_fans_can_comment: 0,
  }
}

describe('the access token', () => {
  it('answers 40013 for a wrong AppID, 40125 for a wrong secret and 40002 for a wrong grant_type', async () => {
    expect((await stableToken({ appid: 'wx-other' })).errcode).toBe(40013)
    expect((await stableToken({ secret: 'wrong' })).errcode).toBe(40125)
    expect((await stableToken({ grant_type: 'password' })).errcode).toBe(40002)
    const classic = await fetch(`${wechat.url}/cgi-bin/token?grant_type=client_credential&appid=${APP.appId}&secret=wrong`)
    expect(((await classic.json()) as Answer).errcode).toBe(40125)
  })

  it('gives every stable_token caller the same token until it expires, then a new one', async () => {
    const first = await stableToken()
    expect(first).toMatchObject({ access_token: expect.any(String), expires_in: expect.any(Number) })
    expect((await stableToken()).access_token).toBe(first.access_token)
    wechat.expireTokens()
    expect((await post('/cgi-bin/draft/add', { articles: [] }, { access_token: first.access_token as string })).errcode).toBe(42001)
    expect((await stableToken()).access_token).not.toBe(first.access_token)
  })

  it('revokes the previous /cgi-bin/token token on each call, as WeChat documents (40001 after)', async () => {
    const get = async () =>
      ((await (await fetch(`${wechat.url}/cgi-bin/token?grant_type=client_credential&appid=${APP.appId}&secret=${APP.appSecret}`)).json()) as Answer)
        .access_token as string
    const old = await get()
    await get()
    expect((await post('/cgi-bin/draft/add', { articles: [] }, { access_token: old })).errcode).toBe(40001)
  })

  it('refuses calls without a token (41001) and with an unknown one (40001)', async () => {
    expect((await post('/cgi-bin/draft/add', { articles: [] })).errcode).toBe(41001)
    expect((await post('/cgi-bin/draft/add', { articles: [] }, { access_token: 'made-up' })).errcode).toBe(40001)
  })
})

describe('uploadimg', () => {
  it('keeps a JPEG or PNG and returns its URL', async () => {
    const a = (await uploadimg(jpeg, 'a.jpg', 'image/jpeg')) as { url: string }
    const b = (await uploadimg(png, 'b.png', 'image/png')) as { url: string }
    expect(wechat.state.uploads.get(a.url)).toMatchObject({ filename: 'a.jpg', contentType: 'image/jpeg', size: jpeg.length })
    expect(wechat.state.uploads.get(b.url)?.data.equals(png)).toBe(true)
  })

  it('refuses a GIF, a PNG sent as JPEG and text named .jpg with 40005', async () => {
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } }).gif().toBuffer()
    expect((await uploadimg(gif, 'a.gif', 'image/gif')).errcode).toBe(40005)
    expect((await uploadimg(png, 'a.jpg', 'image/jpeg')).errcode).toBe(40005)
    expect((await uploadimg(Buffer.from('<svg/>'), 'a.jpg', 'image/jpeg')).errcode).toBe(40005)
    expect((await uploadimg(jpeg, 'a.webp', 'image/jpeg')).errcode).toBe(40005)
  })

  it('refuses an image over 1 MB with 40009', async () => {
    const noisy = await sharp({ create: { width: 1400, height: 1400, channels: 3, background: '#888', noise: { type: 'gaussian', mean: 128, sigma: 80 } } })
      .jpeg({ quality: 100 })
      .toBuffer()
    expect(noisy.length).toBeGreaterThan(1_000_000)
    expect((await uploadimg(noisy, 'big.jpg', 'image/jpeg')).errcode).toBe(40009)
  })

  it('refuses a body without the field media (41005)', async () => {
    expect((await uploadimg(jpeg, 'a.jpg', 'image/jpeg', 'file')).errcode).toBe(41005)
    expect((await post('/cgi-bin/media/uploadimg', { media: 'x' }, { access_token: await token() })).errcode).toBe(41005)
  })
})

describe('add_material', () => {
  it('returns a media_id and URL for an image', async () => {
    const answer = await addMaterial(png, 'cover.png', 'image/png')
    expect(answer).toMatchObject({ media_id: expect.any(String), url: expect.any(String) })
    expect(wechat.state.materials.has(answer.media_id as string)).toBe(true)
  })

  it('refuses another material type (40004) and a file that is no image (40005)', async () => {
    expect((await addMaterial(jpeg, 'a.jpg', 'image/jpeg', 'video')).errcode).toBe(40004)
    expect((await addMaterial(Buffer.from('hello'), 'a.jpg', 'image/jpeg')).errcode).toBe(40005)
  })
})

describe('draft/add', () => {
  it('keeps a draft that follows every rule', async () => {
    const article = await goodArticle()
    const answer = await draftAdd([article])
    expect(answer.errcode).toBeUndefined()
    expect(wechat.state.drafts.get(answer.media_id as string)).toEqual([article])
  })

  const refusals: [string, (a: StandInArticle) => StandInArticle, number, RegExp?][] = [
    ['a title of 33 characters', (a) => ({ ...a, title: '标'.repeat(33) }), 45003],
    ['an empty title', (a) => ({ ...a, title: ' ' }), 44003],
    ['an author of 17 characters', (a) => ({ ...a, author: '作'.repeat(17) }), 45110],
    ['a digest of 129 characters', (a) => ({ ...a, digest: '摘'.repeat(129) }), 45004],
    ['content of 20,000 characters', (a) => ({ ...a, content: `<p>${'字'.repeat(19_993)}</p>` }), 45002],
    ['empty content', (a) => ({ ...a, content: '' }), 44003],
    ['a content_source_url over 1 KB', (a) => ({ ...a, content_source_url: `https://example.org/${'a'.repeat(1010)}` }), 45005],
    ['<style> in the content', (a) => ({ ...a, content: `<style>p{color:red}</style>${a.content}` }), 45166, /<style>/],
    ['<link> in the content', (a) => ({ ...a, content: `<link rel="stylesheet" href="https://example.org/a.css">${a.content}` }), 45166, /<link>/],
    ['<script> in the content', (a) => ({ ...a, content: `${a.content}<SCRIPT>alert(1)</SCRIPT>` }), 45166, /<script>/],
    ['<iframe> in the content', (a) => ({ ...a, content: `${a.content}<iframe src="https://v.qq.com/x"></iframe>` }), 45166, /<iframe>/],
    ['class= in the content', (a) => ({ ...a, content: `<p class="lead">导语</p>${a.content}` }), 45166, /class=/],
    ['an image from the public site', (a) => ({ ...a, content: `${a.content}<img src="https://www.example.org/media/a.jpg">` }), 45166, /example\.org\/media\/a\.jpg/],
    ['an image as a data: URI', (a) => ({ ...a, content: `${a.content}<img src='data:image/png;base64,AAAA'>` }), 45166, /data:image/],
    ['an <img> without src', (a) => ({ ...a, content: `${a.content}<img alt="x">` }), 45166, /without src/],
    ['an outside image in a style url()', (a) => ({ ...a, content: `<section style="background-image:url(&quot;https://example.org/bg.png&quot;)">${a.content}</section>` }), 45166, /bg\.png/],
    ['a cover that is not a material of the account', (a) => ({ ...a, thumb_media_id: 'not-a-material' }), 40007],
    ['no cover', (a) => ({ ...a, thumb_media_id: '' }), 40007],
    ['need_open_comment other than 0 or 1', (a) => ({ ...a, need_open_comment: 2 }), 47001],
  ]

  for (const [what, change, errcode, reason] of refusals) {
    it(`refuses ${what} (${errcode})`, async () => {
      const before = wechat.state.drafts.size
      const answer = await draftAdd([change(await goodArticle())])
      expect(answer.errcode, JSON.stringify(answer)).toBe(errcode)
      if (reason) expect(answer.errmsg).toMatch(reason)
      expect(wechat.state.drafts.size).toBe(before)
    })
  }

  it('refuses an empty list of articles (44003) and a body that is not JSON (47001)', async () => {
    expect((await draftAdd([])).errcode).toBe(44003)
    const raw = await fetch(`${wechat.url}/cgi-bin/draft/add?access_token=${await token()}`, { method: 'POST', body: '{articles' })
    expect(((await raw.json()) as Answer).errcode).toBe(47001)
  })

  it('accepts an image the stand-in uploaded, however the content quotes it', async () => {
    const article = await goodArticle()
    const url = Array.from(wechat.state.uploads.keys()).at(-1)!
    const content = `<p style="background:url('${url}')">x</p><img data-src="${url}" src=${url} srcset="${url} 2x">`
    expect((await draftAdd([{ ...article, content }])).errcode).toBeUndefined()
  })
})

describe('draft/update', () => {
  it('replaces the article of an existing draft', async () => {
    const article = await goodArticle()
    const { media_id } = (await draftAdd([article])) as { media_id: string }
    const answer = await draftUpdate({ media_id, index: 0, articles: { ...article, title: '新标题' } })
    expect(answer.errcode).toBe(0)
    expect(wechat.state.drafts.get(media_id)?.[0]?.title).toBe('新标题')
  })

  it('refuses an unknown draft or index (40007) and a rule violation, leaving the draft as it was', async () => {
    const article = await goodArticle()
    const { media_id } = (await draftAdd([article])) as { media_id: string }
    expect((await draftUpdate({ media_id: 'no-such-draft', index: 0, articles: article })).errcode).toBe(40007)
    expect((await draftUpdate({ media_id, index: 1, articles: article })).errcode).toBe(40007)
    expect((await draftUpdate({ media_id, index: 0, articles: [article] })).errcode).toBe(47001)
    expect((await draftUpdate({ media_id, index: 0, articles: { ...article, title: '标'.repeat(33) } })).errcode).toBe(45003)
    expect((await draftUpdate({ media_id, index: 0, articles: { ...article, content: '<p class="x">x</p>' } })).errcode).toBe(45166)
    expect(wechat.state.drafts.get(media_id)).toEqual([article])
  })
})

describe('failNext and the record of calls', () => {
  beforeEach(() => {
    for (const key of Object.keys(wechat.state.calls) as (keyof typeof wechat.state.calls)[]) wechat.state.calls[key] = 0
  })

  it('answers the given errcode on the next calls of that endpoint only, then works again', async () => {
    const article = await goodArticle()
    wechat.failNext('draft/add', 45009)
    wechat.failNext('draft/add', -1)
    expect((await draftAdd([article])).errcode).toBe(45009)
    expect((await draftAdd([article])).errcode).toBe(-1)
    expect((await draftAdd([article])).errcode).toBeUndefined()
    expect(wechat.state.calls['draft/add']).toBe(3)
    expect(wechat.state.calls.uploadimg).toBe(1)
    expect(wechat.state.refusals.at(-1)).toMatchObject({ endpoint: 'draft/add', errcode: -1 })
  })

  it('can drop the connection', async () => {
    wechat.failNext('token', 'drop')
    await expect(stableToken()).rejects.toThrow()
    expect(typeof (await token())).toBe('string')
  })
})

describe('imageSources', () => {
  it('finds src, data-src, srcset and style url() addresses, entities decoded', () => {
    const html = `<img src="a?x=1&amp;y=2"><img data-src='b' src=c srcset="d 1x, e 2x"><p style="background:url(&quot;f&quot;)"></p><p style="background:url(g)">`
    expect(imageSources(html).sort()).toEqual(['a?x=1&y=2', 'b', 'c', 'd', 'e', 'f', 'g'])
  })
})
