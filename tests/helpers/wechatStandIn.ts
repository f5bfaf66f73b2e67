/**
 * A stand-in for WeChat's official-account API, for tests (WeChat's servers are never called): an
 * HTTP server on 127.0.0.1 implementing the calls the draft-box push makes, and refusing, with
 * WeChat's documented error codes, everything WeChat documents as refused. Where WeChat quietly
 * drops something (script, outside images), the stand-in refuses instead, so that a draft it
 * accepts is one WeChat would keep as it was sent.
 *
 *   const wechat = await startWeChatStandIn({ appId: 'wx-test', appSecret: 'secret' })
 *   process.env.WECHAT_API_BASE = wechat.url
 *   … push …
 *   wechat.state.drafts      Map media_id → articles
 *   wechat.failNext('draft/add', 45009)   the next draft/add answers 45009
 *   wechat.expireTokens()                 every token issued so far answers 42001
 *   await wechat.close()
 *
 * Calls (developers.weixin.qq.com/doc/service/api/…):
 *   token         POST /cgi-bin/stable_token (JSON) and GET /cgi-bin/token?grant_type&appid&secret
 *   uploadimg     POST /cgi-bin/media/uploadimg?access_token  multipart `media`, JPEG/PNG ≤ 1 MB → { url }
 *   add_material  POST /cgi-bin/material/add_material?access_token&type=image  multipart `media` → { media_id, url }
 *   draft/add     POST /cgi-bin/draft/add?access_token  { articles: [...] } → { media_id }
 *   draft/update  POST /cgi-bin/draft/update?access_token  { media_id, index, articles: {...} }
 *
 * Multipart bodies are parsed by Node's own fetch implementation (Request.formData(), undici),
 * which needs no package of its own.
 */
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type StandInEndpoint = 'token' | 'uploadimg' | 'add_material' | 'draft/add' | 'draft/update'

/** One article as the stand-in received it (draft/add's JSON). */
export type StandInArticle = {
  title: string
  author?: string
  digest?: string
  content: string
  content_source_url?: string
  thumb_media_id: string
  need_open_comment?: number
  only_fans_can_comment?: number
}

export type StandInUpload = { url: string; filename: string; contentType: string; size: number; data: Buffer }
export type StandInMaterial = StandInUpload & { mediaId: string }

export type StandInState = {
  /** Drafts by media_id, as last added or updated. */
  drafts: Map<string, StandInArticle[]>
  /** Body images (uploadimg), by URL. */
  uploads: Map<string, StandInUpload>
  /** Permanent image materials (add_material), by media_id. */
  materials: Map<string, StandInMaterial>
  /** Calls per endpoint, refused ones included. */
  calls: Record<StandInEndpoint, number>
  /** Every refusal, newest last: which call, which errcode, why. */
  refusals: { endpoint: StandInEndpoint; errcode: number; errmsg: string }[]
}

/** How the next call of an endpoint fails: WeChat's errcode, a dropped connection, or no answer at all. */
export type StandInFailure = number | 'drop' | 'hang'

export type WeChatStandIn = {
  /** Base address, e.g. http://127.0.0.1:40123 (for WECHAT_API_BASE). */
  url: string
  state: StandInState
  /** The next call of `endpoint` fails so (several calls queue). */
  failNext(endpoint: StandInEndpoint, failure: StandInFailure): void
  /** Every token issued so far has expired (answers 42001); the next token request issues a new one. */
  expireTokens(): void
  close(): Promise<void>
}

/** errmsg WeChat gives with each code the stand-in answers. */
const ERRMSG: Record<number, string> = {
  [-1]: 'system error',
  40001: 'invalid credential, access_token is invalid or not latest',
  40002: 'invalid grant_type',
  40004: 'invalid media type',
  40005: 'invalid file type',
  40007: 'invalid media_id',
  40009: 'invalid image size',
  40013: 'invalid appid',
  40125: 'invalid appsecret',
  40164: 'invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist',
  41001: 'access_token missing',
  41005: 'media data missing',
  42001: 'access_token expired',
  43002: 'require POST method',
  44002: 'empty post data',
  44003: 'empty news data',
  45002: 'content size out of limit',
  45003: 'title size out of limit',
  45004: 'description size out of limit',
  45005: 'content_source_url size out of limit',
  45009: 'reach max api daily quota limit',
  45110: 'author size out of limit',
  45166: 'invalid content',
  47001: 'data format error',
}

const PATHS: Record<string, StandInEndpoint> = {
  '/cgi-bin/token': 'token',
  '/cgi-bin/stable_token': 'token',
  '/cgi-bin/media/uploadimg': 'uploadimg',
  '/cgi-bin/material/add_material': 'add_material',
  '/cgi-bin/draft/add': 'draft/add',
  '/cgi-bin/draft/update': 'draft/update',
}

/** WeChat's limits (draft_add, uploadimg, add_material). Lengths in UTF-16 units; sizes in bytes, 1 MB counted as 1,000,000 to be strict. */
export const STAND_IN_LIMITS = {
  title: 32,
  author: 16,
  digest: 128,
  contentChars: 20_000,
  contentBytes: 1_000_000,
  sourceURLBytes: 1024,
  bodyImageBytes: 1_000_000,
  materialImageBytes: 10_000_000,
} as const

const TOKEN_SECONDS = 7200

/** A refusal: WeChat's answer `{ errcode, errmsg }`, with the stand-in's reason appended to errmsg. */
class Refusal extends Error {
  constructor(
    readonly errcode: number,
    reason = '',
  ) {
    super(`${ERRMSG[errcode] ?? 'error'}${reason ? ` (stand-in: ${reason})` : ''} rid: ${randomBytes(4).toString('hex')}`)
  }
}

type Token = { kind: 'token' | 'stable'; expiresAt: number; expired: boolean; revoked: boolean }

export async function startWeChatStandIn({ appId, appSecret }: { appId: string; appSecret: string }): Promise<WeChatStandIn> {
  const state: StandInState = {
    drafts: new Map(),
    uploads: new Map(),
    materials: new Map(),
    calls: { token: 0, uploadimg: 0, add_material: 0, 'draft/add': 0, 'draft/update': 0 },
    refusals: [],
  }
  const tokens = new Map<string, Token>()
  let stable: string | null = null
  const failures = new Map<StandInEndpoint, StandInFailure[]>()
  const hanging = new Set<http.ServerResponse>()
  let serial = 0
  const id = (prefix: string) => `${prefix}_${++serial}_${randomBytes(12).toString('base64url')}`

  const issue = (kind: Token['kind']): { access_token: string; expires_in: number } => {
    const token = id(kind === 'stable' ? 'STABLE' : 'TOKEN')
    tokens.set(token, { kind, expiresAt: Date.now() + TOKEN_SECONDS * 1000, expired: false, revoked: false })
    return { access_token: token, expires_in: TOKEN_SECONDS }
  }

  const checkCredentials = (grantType: unknown, appid: unknown, secret: unknown) => {
    if (grantType !== 'client_credential') throw new Refusal(40002)
    if (appid !== appId) throw new Refusal(40013)
    if (secret !== appSecret) throw new Refusal(40125)
  }

  const checkToken = (query: URLSearchParams) => {
    const token = query.get('access_token')
    if (!token) throw new Refusal(41001)
    const known = tokens.get(token)
    if (!known || known.revoked) throw new Refusal(40001)
    if (known.expired || known.expiresAt <= Date.now()) throw new Refusal(42001)
  }

  const handlers: Record<StandInEndpoint, (req: Request, query: URLSearchParams, path: string) => Promise<object>> = {
    async token(req, query, path) {
      if (path === '/cgi-bin/token') {
        // getAccessToken: each call issues a new token and the previous ones stop working.
        if (req.method !== 'GET') throw new Refusal(43002, 'GET expected')
        checkCredentials(query.get('grant_type'), query.get('appid'), query.get('secret'))
        for (const t of tokens.values()) if (t.kind === 'token') t.revoked = true
        return issue('token')
      }
      // getStableAccessToken: POST JSON; the same token to every caller until it expires.
      if (req.method !== 'POST') throw new Refusal(43002)
      const body = await json(req)
      checkCredentials(body.grant_type, body.appid, body.secret)
      const current = stable ? tokens.get(stable) : undefined
      if (body.force_refresh === true && current) current.revoked = true
      if (stable && current && !current.revoked && !current.expired && current.expiresAt > Date.now()) {
        return { access_token: stable, expires_in: Math.round((current.expiresAt - Date.now()) / 1000) }
      }
      const fresh = issue('stable')
      stable = fresh.access_token
      return fresh
    },

    async uploadimg(req, query) {
      checkToken(query)
      const file = await mediaFile(req)
      const type = sniff(file.data)
      if (type !== 'image/jpeg' && type !== 'image/png') throw new Refusal(40005, `not a JPEG or PNG (${type ?? 'unknown'} data)`)
      if (file.contentType !== type) throw new Refusal(40005, `part says ${file.contentType || 'nothing'}, data is ${type}`)
      if (!/\.(jpe?g|png)$/i.test(file.filename)) throw new Refusal(40005, `file name ${file.filename} is not .jpg or .png`)
      if (file.size > STAND_IN_LIMITS.bodyImageBytes) throw new Refusal(40009, `${file.size} bytes, above 1 MB`)
      const url = `http://mmbiz.qpic.cn/mmbiz_${type === 'image/png' ? 'png' : 'jpg'}/${id('IMG')}/0`
      state.uploads.set(url, { url, ...file })
      return { url, errcode: 0, errmsg: 'ok' }
    },

    async add_material(req, query) {
      checkToken(query)
      if (query.get('type') !== 'image') throw new Refusal(40004, `type=${query.get('type')}; the push adds images only`)
      const file = await mediaFile(req)
      const type = sniff(file.data)
      if (!type) throw new Refusal(40005, 'not a bmp/png/jpeg/gif image')
      if (file.contentType !== type) throw new Refusal(40005, `part says ${file.contentType || 'nothing'}, data is ${type}`)
      if (file.size > STAND_IN_LIMITS.materialImageBytes) throw new Refusal(40009, `${file.size} bytes, above 10 MB`)
      const mediaId = id('MATERIAL')
      const url = `http://mmbiz.qpic.cn/mmbiz_${type.slice(6)}/${mediaId}/0?wx_fmt=${type.slice(6)}`
      state.materials.set(mediaId, { mediaId, url, ...file })
      return { media_id: mediaId, url, item: [] }
    },

    async 'draft/add'(req, query) {
      checkToken(query)
      const body = await json(req)
      if (!Array.isArray(body.articles) || body.articles.length === 0) throw new Refusal(44003, 'articles missing or empty')
      const articles = body.articles.map((a, i) => checkArticle(a, `articles[${i}]`))
      const mediaId = id('DRAFT')
      state.drafts.set(mediaId, articles)
      return { media_id: mediaId, item: articles.map((_, index) => ({ index, ad_count: 0 })) }
    },

    async 'draft/update'(req, query) {
      checkToken(query)
      const body = await json(req)
      if (typeof body.media_id !== 'string' || !state.drafts.has(body.media_id)) throw new Refusal(40007, `no draft ${String(body.media_id)}`)
      const articles = state.drafts.get(body.media_id)!
      const index = body.index
      if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= articles.length) throw new Refusal(40007, `no article ${String(index)} in the draft`)
      if (!body.articles || typeof body.articles !== 'object' || Array.isArray(body.articles)) throw new Refusal(47001, 'articles must be one object')
      articles[index] = checkArticle(body.articles, 'articles')
      return { errcode: 0, errmsg: 'ok' }
    },
  }

  /** Every rule of draft_add for one article; the article as received when it passes. */
  const checkArticle = (value: unknown, where: string): StandInArticle => {
    if (!value || typeof value !== 'object') throw new Refusal(47001, `${where} is not an object`)
    const a = value as Record<string, unknown>
    for (const key of ['title', 'author', 'digest', 'content', 'content_source_url', 'thumb_media_id']) {
      if (a[key] !== undefined && typeof a[key] !== 'string') throw new Refusal(47001, `${where}.${key} is not a string`)
    }
    const L = STAND_IN_LIMITS
    const title = (a.title as string | undefined) ?? ''
    const content = (a.content as string | undefined) ?? ''
    if (!title.trim()) throw new Refusal(44003, `${where}.title is empty`)
    if (title.length > L.title) throw new Refusal(45003, `title has ${title.length} characters, at most ${L.title}`)
    if (((a.author as string) ?? '').length > L.author) throw new Refusal(45110, `author has more than ${L.author} characters`)
    if (((a.digest as string) ?? '').length > L.digest) throw new Refusal(45004, `digest has more than ${L.digest} characters`)
    if (!content.trim()) throw new Refusal(44003, `${where}.content is empty`)
    if (content.length >= L.contentChars) throw new Refusal(45002, `content has ${content.length} characters, must be under ${L.contentChars}`)
    if (Buffer.byteLength(content) >= L.contentBytes) throw new Refusal(45002, 'content is 1 MB or more')
    if (Buffer.byteLength((a.content_source_url as string) ?? '') > L.sourceURLBytes) throw new Refusal(45005, 'content_source_url above 1 KB')
    const tag = /<\s*(style|link|script|iframe)\b/i.exec(content)
    if (tag) throw new Refusal(45166, `<${tag[1]!.toLowerCase()}> in content`)
    if (/<[^>]*\sclass\s*=/i.test(content)) throw new Refusal(45166, 'class= in content (WeChat drops classes: style inline)')
    for (const src of imageSources(content)) {
      if (!state.uploads.has(src)) throw new Refusal(45166, `image ${src.slice(0, 120)} was not uploaded through uploadimg`)
    }
    const thumb = a.thumb_media_id
    if (typeof thumb !== 'string' || !thumb) throw new Refusal(40007, 'thumb_media_id missing')
    if (!state.materials.has(thumb)) throw new Refusal(40007, `thumb_media_id ${thumb} is not a permanent material of this account`)
    for (const key of ['need_open_comment', 'only_fans_can_comment']) {
      if (a[key] !== undefined && a[key] !== 0 && a[key] !== 1) throw new Refusal(47001, `${key} must be 0 or 1`)
    }
    return { ...(a as StandInArticle) }
  }

  const server = http.createServer(async (req, res) => {
    const target = new URL(req.url ?? '/', 'http://127.0.0.1')
    const endpoint = PATHS[target.pathname]
    const send = (body: object) => {
      res.writeHead(200, { 'content-type': 'application/json; encoding=utf-8' })
      res.end(JSON.stringify(body))
    }
    if (!endpoint) return send({ errcode: 40066, errmsg: 'invalid url' })
    state.calls[endpoint] += 1
    const failure = failures.get(endpoint)?.shift()
    try {
      const request = await toRequest(req)
      if (failure === 'drop') return req.socket.destroy()
      if (failure === 'hang') return void hanging.add(res)
      if (typeof failure === 'number') throw new Refusal(failure, 'failNext')
      send(await handlers[endpoint](request, target.searchParams, target.pathname))
    } catch (err) {
      const refusal = err instanceof Refusal ? err : new Refusal(-1, String(err))
      state.refusals.push({ endpoint, errcode: refusal.errcode, errmsg: refusal.message })
      send({ errcode: refusal.errcode, errmsg: refusal.message })
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    state,
    failNext(endpoint, failure) {
      failures.set(endpoint, [...(failures.get(endpoint) ?? []), failure])
    },
    expireTokens() {
      for (const t of tokens.values()) t.expired = true
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const res of hanging) res.socket?.destroy()
        server.close((err) => (err ? reject(err) : resolve()))
        server.closeAllConnections()
      }),
  }
}

/** The Node request as a fetch Request, so its body can be read as JSON or multipart form data. */
async function toRequest(req: http.IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const body = Buffer.concat(chunks)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value)
  return new Request('http://127.0.0.1/', { method: req.method, headers, body: req.method === 'GET' || req.method === 'HEAD' ? undefined : new Uint8Array(body) })
}

/** A JSON request body: an object, its fields unchecked (each handler checks the ones it reads). */
type Body = Record<string, unknown>

async function json(req: Request): Promise<Body> {
  if (req.method !== 'POST') throw new Refusal(43002)
  const text = await req.text()
  if (!text) throw new Refusal(44002)
  try {
    const value = JSON.parse(text)
    if (value && typeof value === 'object' && !Array.isArray(value)) return value
  } catch {
    // answered below
  }
  throw new Refusal(47001, 'body is not a JSON object')
}

/** The multipart field `media`, as WeChat's upload calls take it. */
async function mediaFile(req: Request): Promise<Omit<StandInUpload, 'url'>> {
  if (req.method !== 'POST') throw new Refusal(43002)
  if (!/^multipart\/form-data/i.test(req.headers.get('content-type') ?? '')) throw new Refusal(41005, 'not a multipart/form-data body')
  let form: FormData
  try {
    form = await req.formData()
  } catch {
    throw new Refusal(41005, 'multipart body could not be read')
  }
  const media = form.get('media')
  if (!media || typeof media === 'string') throw new Refusal(41005, 'no file in the field "media"')
  const data = Buffer.from(await media.arrayBuffer())
  if (data.length === 0) throw new Refusal(41005, 'the file is empty')
  return { filename: media.name, contentType: media.type, size: data.length, data }
}

function sniff(data: Buffer): 'image/jpeg' | 'image/png' | 'image/gif' | 'image/bmp' | null {
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg'
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png'
  if (/^GIF8[79]a$/.test(data.subarray(0, 6).toString('latin1'))) return 'image/gif'
  if (data[0] === 0x42 && data[1] === 0x4d) return 'image/bmp'
  return null
}

/** Every image address in `html`: `<img src>`, `data-src`, `srcset` and CSS `url(…)` in style attributes. */
export function imageSources(html: string): string[] {
  const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").trim()
  const found: string[] = []
  for (const tag of html.matchAll(/<img\b[^>]*>/gi)) {
    const attrs = tag[0]
    const src = /\s(?:data-)?src\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi
    for (const m of attrs.matchAll(src)) found.push(decode(m[1] ?? m[2] ?? m[3] ?? ''))
    const srcset = /\ssrcset\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(attrs)
    if (srcset) for (const part of (srcset[1] ?? srcset[2] ?? '').split(',')) found.push(decode(part.trim().split(/\s+/)[0] ?? ''))
    if (!/\ssrc\s*=/i.test(attrs)) found.push('(an <img> without src)')
  }
  for (const m of html.matchAll(/url\(\s*(&quot;|["'])?(.*?)\1?\s*\)/gi)) found.push(decode(m[2] ?? ''))
  return found.filter((s) => s !== '')
}
