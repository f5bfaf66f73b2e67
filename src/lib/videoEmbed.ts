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

function toURL(raw: string): URL | null {
  // eslint-disable-next-line no-control-regex
  const compact = raw.trim().replace(/[\u0000-\u0020\u007f]/g, '')
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(compact) ? compact : `https://${compact}`
  try {
    const url = new URL(withScheme)
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
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
const TENCENT_VID = /^[0-9a-z]{11}$/i

/** Parse a share link or player URL; null when the URL is not from an allow-listed platform. */
export function parseVideoURL(raw: string): ParsedVideoURL | null {
  const url = toURL(raw)
  if (!url) return null

  if (hostIs(url, 'bilibili.com')) {
    const fromPath = url.pathname.match(/\/video\/(BV[0-9A-Za-z]{10})/)?.[1]
    const fromQuery = url.searchParams.get('bvid') ?? undefined
    const bvid = [fromPath, fromQuery].find((v) => v && BVID.test(v))
    if (!bvid) return null
    return {
      platform: 'bilibili',
      id: bvid,
      embedURL: `https://player.bilibili.com/player.html?bvid=${bvid}&autoplay=0`,
      pageURL: `https://www.bilibili.com/video/${bvid}/`,
    }
  }

  if (hostIs(url, 'v.qq.com')) {
    const fromQuery = url.searchParams.get('vid') ?? undefined
    const fromPath = url.pathname.match(/\/([0-9a-z]{11})\.html$/i)?.[1]
    const vid = [fromQuery, fromPath].find((v) => v && TENCENT_VID.test(v))
    if (!vid) return null
    return {
      platform: 'tencent',
      id: vid,
      embedURL: `https://v.qq.com/txp/iframe/player.html?vid=${vid}`,
      pageURL: `https://v.qq.com/x/page/${vid}.html`,
    }
  }

  if (hostIs(url, 'youku.com')) {
    const id =
      url.pathname.match(/\/v_show\/id_([0-9A-Za-z=]+)\.html$/)?.[1] ??
      url.pathname.match(/\/embed\/([0-9A-Za-z=]+)$/)?.[1]
    if (!id) return null
    return {
      platform: 'youku',
      id,
      embedURL: `https://player.youku.com/embed/${id}`,
      pageURL: `https://v.youku.com/v_show/id_${id}.html`,
    }
  }

  if (hostIs(url, 'channels.weixin.qq.com')) {
    // 视频号 has no public iframe player: the site links to the video instead of embedding it.
    const id = url.searchParams.get('id') ?? url.pathname.split('/').filter(Boolean).pop()
    if (!id || !/^[0-9A-Za-z_-]+$/.test(id)) return null
    return { platform: 'wechat-channels', id, embedURL: null, pageURL: url.toString() }
  }

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
