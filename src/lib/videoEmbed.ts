/**
 * Video platforms whose links editors may embed, and the parser that turns a share link into the
 * platform's canonical player URL. Anything not recognised is refused: the public site never
 * embeds an address it has not built itself.
 */
export const VIDEO_PLATFORMS = {
  bilibili: { zh: '哔哩哔哩', en: 'Bilibili' },
  tencent: { zh: '腾讯视频', en: 'Tencent Video' },
  youku: { zh: '优酷', en: 'Youku' },
  'wechat-channels': { zh: '微信视频号', en: 'WeChat Channels' },
} as const

export type VideoPlatform = keyof typeof VIDEO_PLATFORMS

export type ParsedVideoURL = {
  platform: VideoPlatform
  /** Platform id of the video (BV id, vid, …). */
  id: string
  /** Player URL for a sandboxed iframe, or null when the platform offers no embed (视频号). */
  embedURL: string | null
  /** Canonical page URL to link to. */
  pageURL: string
}

/**
 * The address in what an editor pasted. Apps' share buttons copy a title with the link
 * (`【标题】 https://b23.tv/…`), so a pasted text with spaces yields its first http(s) address.
 */
function extractAddress(raw: string): string {
  const trimmed = raw.trim()
  if (!/\s/.test(trimmed)) return trimmed
  // Never dig a web address out of a script or data URL, or out of text that carries one.
  if (/(?:javascript|data|vbscript|file)\s*:/i.test(trimmed) || /^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^https?:/i.test(trimmed)) return trimmed
  return trimmed.match(/https?:\/\/[^\s<>"'“”‘’【】（）()，。；！]+/i)?.[0] ?? trimmed
}

function toURL(raw: string): URL | null {
  // eslint-disable-next-line no-control-regex
  const compact = extractAddress(raw).replace(/[\u0000-\u0020\u007f]/g, '')
  if (!compact) return null
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(compact) ? compact : `https://${compact.replace(/^\/\//, '')}`
  try {
    const url = new URL(withScheme)
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
    if (url.username || url.password) return null
    return url
  } catch {
    return null
  }
}

function hostIs(url: URL, ...hosts: string[]): boolean {
  const host = url.hostname.toLowerCase()
  return hosts.some((h) => host === h || host.endsWith(`.${h}`))
}

const BVID = /^(BV[0-9A-Za-z]{10})$/
const AID = /^[1-9][0-9]{0,11}$/
const TENCENT_VID = /^[0-9a-z]{11}$/i
const YOUKU_ID = /^X[0-9A-Za-z]{8,20}={0,2}$/
const CHANNELS_ID = /^[0-9A-Za-z_\-=+/%]{4,400}$/

/** Part (分P) of a multi-part Bilibili video, when the link names one other than the first. */
function bilibiliPart(url: URL): number | null {
  const p = Number(url.searchParams.get('p') ?? url.searchParams.get('page'))
  return Number.isInteger(p) && p > 1 && p < 10_000 ? p : null
}

function parseBilibili(url: URL): ParsedVideoURL | null {
  const path = url.pathname
  // b23.tv short links are random codes that only Bilibili's server can expand, except the ones
  // that carry the BV id itself (b23.tv/BV…).
  const fromPath = path.match(/^\/(?:s\/)?video\/(BV[0-9A-Za-z]{10})(?:\/|$)/)?.[1] ?? (hostIs(url, 'b23.tv') ? path.match(/^\/(BV[0-9A-Za-z]{10})\/?$/)?.[1] : undefined)
  const fromQuery = url.searchParams.get('bvid') ?? undefined
  const bvid = [fromPath, fromQuery].find((v) => v && BVID.test(v))
  const part = bilibiliPart(url)
  const suffix = part ? `&p=${part}` : ''
  if (bvid) {
    return {
      platform: 'bilibili',
      id: bvid,
      embedURL: `https://player.bilibili.com/player.html?bvid=${bvid}${suffix}&autoplay=0`,
      pageURL: `https://www.bilibili.com/video/${bvid}/${part ? `?p=${part}` : ''}`,
    }
  }
  const aid = path.match(/^\/(?:s\/)?video\/av([0-9]+)(?:\/|$)/i)?.[1] ?? url.searchParams.get('aid') ?? undefined
  if (aid && AID.test(aid) && !hostIs(url, 'b23.tv')) {
    return {
      platform: 'bilibili',
      id: `av${aid}`,
      embedURL: `https://player.bilibili.com/player.html?aid=${aid}${suffix}&autoplay=0`,
      pageURL: `https://www.bilibili.com/video/av${aid}/${part ? `?p=${part}` : ''}`,
    }
  }
  return null
}

function parseTencent(url: URL): ParsedVideoURL | null {
  const fromQuery = url.searchParams.get('vid') ?? undefined
  // /x/page/<vid>.html, /x/cover/<cid>/<vid>.html (a series' cover id alone names no episode)
  const fromPath = url.pathname.match(/^\/x\/(?:page|cover\/[0-9a-z]+)\/([0-9a-z]{11})\.html$/i)?.[1]
  const vid = [fromQuery, fromPath].find((v) => v && TENCENT_VID.test(v))
  if (!vid) return null
  return {
    platform: 'tencent',
    id: vid,
    embedURL: `https://v.qq.com/txp/iframe/player.html?vid=${vid}`,
    pageURL: `https://v.qq.com/x/page/${vid}.html`,
  }
}

function parseYouku(url: URL): ParsedVideoURL | null {
  const id =
    url.pathname.match(/^\/(?:v_show|video|alipay_video)\/id_([0-9A-Za-z=]+?)(?:\.html)?$/)?.[1] ??
    url.pathname.match(/^\/embed\/([0-9A-Za-z=]+)$/)?.[1] ??
    url.pathname.match(/^\/player\.php\/sid\/([0-9A-Za-z=]+)\/v\.swf$/)?.[1]
  if (!id || !YOUKU_ID.test(id)) return null
  return {
    platform: 'youku',
    id,
    embedURL: `https://player.youku.com/embed/${id}`,
    pageURL: `https://v.youku.com/v_show/id_${id}.html`,
  }
}

function parseWeChatChannels(url: URL): ParsedVideoURL | null {
  // 视频号 has no public iframe player: the site links to the video instead of embedding it.
  if (hostIs(url, 'channels.weixin.qq.com')) {
    const id = url.searchParams.get('id') ?? url.searchParams.get('eid') ?? url.pathname.split('/').filter(Boolean).pop()
    if (!id || !CHANNELS_ID.test(id) || id.includes('..')) return null
    return { platform: 'wechat-channels', id, embedURL: null, pageURL: url.toString() }
  }
  // Share links from the app: https://weixin.qq.com/sph/<code>
  const code = url.hostname.toLowerCase() === 'weixin.qq.com' ? url.pathname.match(/^\/sph\/([0-9A-Za-z_-]{4,64})\/?$/)?.[1] : undefined
  if (!code) return null
  return { platform: 'wechat-channels', id: code, embedURL: null, pageURL: `https://weixin.qq.com/sph/${code}` }
}

/** Parse a share link or player URL; null when the URL is not from an allow-listed platform. */
export function parseVideoURL(raw: string): ParsedVideoURL | null {
  if (typeof raw !== 'string') return null
  const url = toURL(raw)
  if (!url) return null
  if (hostIs(url, 'bilibili.com', 'b23.tv')) return parseBilibili(url)
  if (hostIs(url, 'v.qq.com')) return parseTencent(url)
  if (hostIs(url, 'youku.com')) return parseYouku(url)
  if (hostIs(url, 'channels.weixin.qq.com') || url.hostname.toLowerCase() === 'weixin.qq.com') return parseWeChatChannels(url)
  return null
}

/** Validation message (Chinese) for a video URL field, or true. */
export function checkVideoURL(value: unknown): true | string {
  if (value === undefined || value === null || value === '') return true
  if (typeof value !== 'string' || !parseVideoURL(value)) {
    return '只能填写哔哩哔哩、腾讯视频、优酷或微信视频号的视频链接（例如 https://www.bilibili.com/video/BV…），其他网址不能嵌入。'
  }
  return true
}
