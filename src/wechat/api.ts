/**
 * The WeChat official-account API, as far as the draft-box push needs it: the access token, body
 * images (uploadimg), the cover as permanent material (add_material), and new or updated drafts.
 * Every failure is a WeChatError whose message tells the editor what happened and what to do
 * (./errors.ts); the AppSecret and the access tokens never appear in a message, in `errmsg`, or in
 * anything this module logs (it logs nothing).
 *
 *   const client = weChatClientFromSettings({ store: payload.kv })
 *   const url = await client.uploadImage(jpeg, 'photo.jpg', 'image/jpeg')          // <img src> in content
 *   const { mediaId } = await client.addImageMaterial(cover, 'cover.jpg', 'image/jpeg') // thumbMediaId
 *   const draft = await client.addDraft({ title, author, digest, content, contentSourceURL, thumbMediaId })
 *   await client.updateDraft(draft, 0, { ...article, title: '新标题' })
 *
 * Documented at developers.weixin.qq.com/doc/service/api/: base/api_getstableaccesstoken,
 * material/permanent/api_uploadimage and api_addmaterial, draftbox/draftmanage/api_draft_add and
 * api_draft_update.
 */
import { setting, type Env } from '../settings'
import { WeChatError, weChatErrorFor, type WeChatEndpoint } from './errors'

export { WeChatError, type WeChatEndpoint } from './errors'

/** One article of a draft, as draft/add and draft/update take it. Limits are WeChat's (DRAFT_LIMITS). */
export type DraftArticle = {
  /** At most 32 characters. */
  title: string
  /** At most 16 characters. */
  author: string
  /** At most 128 characters; empty: WeChat takes the first 54 characters of the content. */
  digest: string
  /** HTML: under 20,000 characters and 1 MB; images only from uploadImage(), no script or style. */
  content: string
  /** The "阅读原文" link (the piece on the public site); at most 1 KB. */
  contentSourceURL: string
  /** The cover: a permanent image material's media_id (addImageMaterial). */
  thumbMediaId: string
  /** Open comments (default off). */
  needOpenComment?: boolean
  /** Only followers may comment (default: everyone). */
  onlyFansCanComment?: boolean
}

/** WeChat's documented limits on a draft article (draft_add), in UTF-16 units as Payload's maxLength counts. */
export const DRAFT_LIMITS = { title: 32, author: 16, digest: 128, contentChars: 20_000, contentBytes: 1_000_000, sourceURLBytes: 1024 } as const

/** uploadimg takes JPEG or PNG "below 1 MB" (counted as 1,000,000 bytes, to be safe). */
export const BODY_IMAGE_MAX_BYTES = 1_000_000
/** add_material type=image takes bmp/png/jpeg/gif up to 10 MB. */
export const MATERIAL_IMAGE_MAX_BYTES = 10 * 1_000_000

/**
 * Where the access token is kept between processes: Payload's `payload.kv` fits. The key names the
 * app id and the API's host, never the secret; the value holds the token and when it expires.
 */
export interface TokenStore {
  get<T extends object>(key: string): Promise<T | null>
  set(key: string, value: object): Promise<void>
}

export type WeChatClientOptions = {
  appId: string
  appSecret: string
  /** Default https://api.weixin.qq.com (WECHAT_API_BASE); the tests' stand-in otherwise. */
  apiBase?: string
  /** Default: the global fetch. */
  fetch?: typeof fetch
  /** Shares the access token between processes (server, publisher); without it, this client keeps its own. */
  store?: TokenStore
  /** Each call gives up after this long (default 15 s). */
  timeoutMs?: number
}

type CachedToken = { token: string; expiresAt: number; obtainedAt: number }
type Answer = Record<string, unknown>

/** A token is used until 5 minutes before it expires (half its life, for short-lived ones). */
const REFRESH_MARGIN_MS = 5 * 60_000
/** Answers meaning "this access token is not (or no longer) valid": drop it, fetch another, retry once. */
const TOKEN_REFUSED = new Set([40001, 40014, 42001])

export class WeChatClient {
  // Private fields: util.inspect and JSON.stringify of a client show neither secret nor token.
  readonly #appId: string
  readonly #secret: string
  readonly #base: string
  readonly #fetch: typeof fetch
  readonly #store?: TokenStore
  readonly #timeoutMs: number
  #token: CachedToken | null = null
  /** Every token this client has held, so none can slip into an error's text. */
  readonly #seen = new Set<string>()
  #fetching: Promise<CachedToken> | null = null

  constructor(options: WeChatClientOptions) {
    this.#appId = options.appId
    this.#secret = options.appSecret
    this.#base = (options.apiBase ?? 'https://api.weixin.qq.com').replace(/\/+$/, '')
    this.#fetch = options.fetch ?? globalThis.fetch
    this.#store = options.store
    this.#timeoutMs = options.timeoutMs ?? 15_000
  }

  /** The store's key: app id and API host, never the secret. */
  get tokenKey(): string {
    return `wechat:access-token:${this.#appId}@${new URL(this.#base).host}`
  }

  /** A valid access token: this client's, the store's, or a new one. */
  async token(): Promise<string> {
    return (await this.#validToken()).token
  }

  /** Upload an image for the body of an article (JPEG or PNG under 1 MB): its URL, for `<img src>`. */
  async uploadImage(file: Buffer, filename: string, mimeType: string): Promise<string> {
    const type = imageType(file)
    if ((type !== 'image/jpeg' && type !== 'image/png') || type !== mimeType || file.length > BODY_IMAGE_MAX_BYTES) {
      throw new WeChatError('正文图片必须先转换成小于 1 MB 的 JPEG 或 PNG（toWeChatImage）：这是系统的问题，请联系技术人员', { endpoint: 'uploadimg' })
    }
    const answer = await this.#withToken('uploadimg', (token) => this.#send('uploadimg', '/cgi-bin/media/uploadimg', { access_token: token }, media(file, filename, mimeType)))
    return this.#field(answer, 'url', 'uploadimg')
  }

  /** Add an image as permanent material (the cover): its media_id (for thumbMediaId) and URL. */
  async addImageMaterial(file: Buffer, filename: string, mimeType: string): Promise<{ mediaId: string; url: string }> {
    const type = imageType(file)
    if (!type || type !== mimeType || file.length > MATERIAL_IMAGE_MAX_BYTES) {
      throw new WeChatError('封面图片必须是 10 MB 以内的 JPEG、PNG、GIF 或 BMP：这是系统的问题，请联系技术人员', { endpoint: 'add_material' })
    }
    const answer = await this.#withToken('add_material', (token) =>
      this.#send('add_material', '/cgi-bin/material/add_material', { access_token: token, type: 'image' }, media(file, filename, mimeType)),
    )
    return { mediaId: this.#field(answer, 'media_id', 'add_material'), url: this.#field(answer, 'url', 'add_material') }
  }

  /** Create a draft holding `article`: the draft's media_id. */
  async addDraft(article: DraftArticle): Promise<string> {
    refuseBadArticle(article, 'draft/add')
    const answer = await this.#withToken('draft/add', (token) =>
      this.#send('draft/add', '/cgi-bin/draft/add', { access_token: token }, { articles: [articleJSON(article)] }),
    )
    return this.#field(answer, 'media_id', 'draft/add')
  }

  /** Replace the article at `index` (0 for a single-article draft) of the draft `mediaId`. */
  async updateDraft(mediaId: string, index: number, article: DraftArticle): Promise<void> {
    refuseBadArticle(article, 'draft/update')
    await this.#withToken('draft/update', (token) =>
      this.#send('draft/update', '/cgi-bin/draft/update', { access_token: token }, { media_id: mediaId, index, articles: articleJSON(article) }),
    )
  }

  // --- the access token -------------------------------------------------------------------------

  async #validToken(): Promise<CachedToken & { cached: boolean }> {
    if (fresh(this.#token)) return { ...this.#token, cached: true }
    const stored = await this.#store?.get<CachedToken>(this.tokenKey).catch(() => null)
    if (stored && typeof stored.token === 'string' && fresh(stored)) {
      this.#seen.add(stored.token)
      this.#token = stored
      return { ...stored, cached: true }
    }
    return { ...(await this.#newToken()), cached: false }
  }

  /**
   * A token from stable_token (getStableAccessToken), not the older GET /cgi-bin/token: that one
   * invalidates the previous token on every call, so the server and the publisher process (or
   * another tool using the same AppID) would keep knocking each other's token out; stable_token in
   * its normal mode hands every caller the same token until it expires, and is kept apart from the
   * tokens /cgi-bin/token gives out. It also takes the secret in a POST body rather than in a URL,
   * which proxies and error reports may record. force_refresh is never used (20 a day, and it
   * invalidates the token for everyone).
   */
  #newToken(): Promise<CachedToken> {
    this.#fetching ??= (async () => {
      try {
        const body = { grant_type: 'client_credential', appid: this.#appId, secret: this.#secret, force_refresh: false }
        const answer = await this.#send('token', '/cgi-bin/stable_token', {}, body)
        if (isError(answer)) throw this.#errorOf('token', answer)
        const token = this.#field(answer, 'access_token', 'token')
        const seconds = typeof answer.expires_in === 'number' && answer.expires_in > 0 ? answer.expires_in : 7200
        const now = Date.now()
        this.#seen.add(token)
        this.#token = { token, expiresAt: now + seconds * 1000, obtainedAt: now }
        await this.#store?.set(this.tokenKey, this.#token).catch(() => undefined)
        return this.#token
      } finally {
        this.#fetching = null
      }
    })()
    return this.#fetching
  }

  /** Run `call` with a valid token; when WeChat refuses a token this client had kept, fetch another and run it once more. */
  async #withToken(endpoint: WeChatEndpoint, call: (token: string) => Promise<Answer>): Promise<Answer> {
    const first = await this.#validToken()
    let answer = await call(first.token)
    if (isError(answer) && TOKEN_REFUSED.has(answer.errcode) && first.cached) {
      if (this.#token?.token === first.token) this.#token = null
      answer = await call((await this.#newToken()).token)
    }
    if (isError(answer)) throw this.#errorOf(endpoint, answer)
    return answer
  }

  // --- HTTP ---------------------------------------------------------------------------------------

  /** POST to WeChat (multipart for a FormData, JSON otherwise) and read its JSON answer. */
  async #send(endpoint: WeChatEndpoint, path: string, query: Record<string, string>, body: FormData | object): Promise<Answer> {
    const url = `${this.#base}${path}${Object.keys(query).length ? `?${new URLSearchParams(query)}` : ''}`
    const init: RequestInit =
      body instanceof FormData
        ? { method: 'POST', body }
        : { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json; charset=utf-8' } }
    let status = 0
    let text: string
    try {
      // The signal covers reading the body too: a server that stalls halfway is cut off as well.
      const response = await this.#fetch(url, { ...init, signal: AbortSignal.timeout(this.#timeoutMs) })
      status = response.status
      text = await response.text()
    } catch (err) {
      throw this.#networkError(endpoint, err)
    }
    let answer: unknown
    try {
      answer = JSON.parse(text)
    } catch {
      answer = null
    }
    if (!answer || typeof answer !== 'object' || Array.isArray(answer)) {
      throw new WeChatError(`公众号服务器返回了无法识别的应答（HTTP ${status}）：请稍后再次推送；如反复出现，请联系技术人员`, {
        endpoint,
        errmsg: this.#scrub(`HTTP ${status}: ${text.slice(0, 200)}`),
        retryable: true,
      })
    }
    return answer as Answer
  }

  #networkError(endpoint: WeChatEndpoint, err: unknown): WeChatError {
    const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } }
    const timedOut = e?.name === 'TimeoutError' || e?.name === 'AbortError'
    const detail = timedOut ? `timed out after ${this.#timeoutMs} ms` : [e?.message, e?.cause?.code ?? e?.cause?.message].filter(Boolean).join(': ')
    const wait = this.#timeoutMs >= 1000 ? `${Math.round(this.#timeoutMs / 1000)} 秒` : `${this.#timeoutMs} 毫秒`
    const what = timedOut ? `公众号服务器 ${wait}内没有应答` : '连接公众号服务器失败（网络不通）'
    return new WeChatError(`${what}：请检查本服务器的网络，稍后再次推送，推送会从中断处继续`, {
      endpoint,
      errmsg: this.#scrub(`${endpoint}: ${detail || 'network error'}`),
      retryable: true,
    })
  }

  #errorOf(endpoint: WeChatEndpoint, answer: Answer & { errcode: number }): WeChatError {
    return weChatErrorFor(endpoint, answer.errcode, this.#scrub(typeof answer.errmsg === 'string' ? answer.errmsg : ''))
  }

  /** A string field of a successful answer, or an error saying the answer was not what WeChat documents. */
  #field(answer: Answer, name: string, endpoint: WeChatEndpoint): string {
    const value = answer[name]
    if (typeof value === 'string' && value) return value
    throw new WeChatError('公众号服务器的应答缺少必要内容：请稍后再次推送；如反复出现，请联系技术人员', {
      endpoint,
      errmsg: this.#scrub(`answer without ${name}: ${JSON.stringify(answer).slice(0, 200)}`),
      retryable: true,
    })
  }

  /** `text` with the secret and any token this client holds replaced by ***. */
  #scrub(text: string): string {
    let out = text
    for (const secret of [this.#secret, ...this.#seen]) if (secret) out = out.split(secret).join('***')
    return out.replace(/(access_token=)[^&\s"]+/g, '$1***')
  }
}

/** Whether WECHAT_APP_ID and WECHAT_APP_SECRET are both set (the push can be offered). */
export function weChatConfigured(env: Env = process.env): boolean {
  return Boolean(setting('WECHAT_APP_ID', env) && setting('WECHAT_APP_SECRET', env))
}

/**
 * A client for the account in the settings (WECHAT_APP_ID, WECHAT_APP_SECRET, WECHAT_API_BASE).
 * Pass `store: payload.kv` so every process shares one access token.
 */
export function weChatClientFromSettings(options: { store?: TokenStore; fetch?: typeof fetch; timeoutMs?: number; env?: Env } = {}): WeChatClient {
  const env = options.env ?? process.env
  const appId = setting('WECHAT_APP_ID', env)
  const appSecret = setting('WECHAT_APP_SECRET', env)
  if (!appId || !appSecret) throw new WeChatError('未配置公众号：请设置 WECHAT_APP_ID 和 WECHAT_APP_SECRET')
  return new WeChatClient({ appId, appSecret, apiBase: setting('WECHAT_API_BASE', env), store: options.store, fetch: options.fetch, timeoutMs: options.timeoutMs })
}

/**
 * What in `article` breaks WeChat's documented limits, in the editor's words (empty when nothing
 * does). addDraft and updateDraft refuse such an article before calling WeChat.
 */
export function draftProblems(article: DraftArticle): string[] {
  const problems: string[] = []
  const L = DRAFT_LIMITS
  if (!article.title.trim()) problems.push('标题是空的')
  if (article.title.length > L.title) problems.push(`标题超过 ${L.title} 个字（现有 ${article.title.length} 个）：请填写“短标题（公众号）”`)
  if (article.author.length > L.author) problems.push(`作者超过 ${L.author} 个字（现有 ${article.author.length} 个）：请缩短作者署名`)
  if (article.digest.length > L.digest) problems.push(`摘要超过 ${L.digest} 个字（现有 ${article.digest.length} 个）：请缩短摘要`)
  if (!article.content.trim()) problems.push('正文是空的')
  if (article.content.length >= L.contentChars || Buffer.byteLength(article.content) >= L.contentBytes) {
    problems.push(`正文太长（公众号要求少于 ${L.contentChars.toLocaleString('en')} 字符、小于 1 MB，现有 ${article.content.length.toLocaleString('en')} 字符）：请删减正文`)
  }
  if (Buffer.byteLength(article.contentSourceURL) > L.sourceURLBytes) problems.push('原文链接超过 1 KB')
  if (!article.thumbMediaId) problems.push('没有封面图片')
  return problems
}

function refuseBadArticle(article: DraftArticle, endpoint: WeChatEndpoint): void {
  const problems = draftProblems(article)
  if (problems.length) throw new WeChatError(`稿件不符合公众号的要求：${problems.join('；')}。改好后再次推送`, { endpoint })
}

function articleJSON(article: DraftArticle) {
  return {
    title: article.title,
    author: article.author,
    digest: article.digest,
    content: article.content,
    content_source_url: article.contentSourceURL,
    thumb_media_id: article.thumbMediaId,
    need_open_comment: article.needOpenComment ? 1 : 0,
    only_fans_can_comment: article.onlyFansCanComment ? 1 : 0,
  }
}

/** The multipart body WeChat's upload calls take: the file in the field `media`. */
function media(file: Buffer, filename: string, mimeType: string): FormData {
  const form = new FormData()
  form.append('media', new Blob([new Uint8Array(file)], { type: mimeType }), filename)
  return form
}

/** The image type `file` really is, from its first bytes (the name and the caller's word are not proof). */
export function imageType(file: Buffer): 'image/jpeg' | 'image/png' | 'image/gif' | 'image/bmp' | null {
  if (file.length >= 3 && file[0] === 0xff && file[1] === 0xd8 && file[2] === 0xff) return 'image/jpeg'
  if (file.length >= 8 && file.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png'
  if (file.length >= 6 && /^GIF8[79]a$/.test(file.subarray(0, 6).toString('latin1'))) return 'image/gif'
  if (file.length >= 2 && file[0] === 0x42 && file[1] === 0x4d) return 'image/bmp'
  return null
}

function fresh(token: CachedToken | null | undefined): token is CachedToken {
  if (!token) return false
  const margin = Math.min(REFRESH_MARGIN_MS, (token.expiresAt - token.obtainedAt) / 2)
  return token.expiresAt - margin > Date.now()
}

function isError(answer: Answer): answer is Answer & { errcode: number } {
  return typeof answer.errcode === 'number' && answer.errcode !== 0
}
