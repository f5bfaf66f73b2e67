/**
 * What goes wrong talking to WeChat, in the editor's words: one error class (WeChatError) whose
 * message says in Chinese what happened and what to do, and the catalog of WeChat's error codes
 * (`errcode`) it is built from. WeChat's own `errmsg` (English, with a request id) is kept on the
 * error for logs, never shown instead of the explanation.
 *
 * Sources: the official-account API pages on developers.weixin.qq.com (getAccessToken,
 * getStableAccessToken, uploadImage, addMaterial, draft_add, draft_update) and the global return
 * code table (全局返回码). Codes not listed here are shown with their number and WeChat's errmsg.
 */

/** One entry of the catalog: what happened, and what the editor (or the administrator) should do. */
export type WeChatErrorText = { what: string; todo: string }

/** Told when something on our side is wrong and no editor can fix it. */
const CALL_SUPPORT = '这是系统的问题，请联系技术人员'

/** errcode → Chinese explanation. Shown as 「what：todo」. */
export const WECHAT_ERRORS: Readonly<Record<number, WeChatErrorText>> = {
  [-1]: { what: '公众号服务器繁忙', todo: '请稍后再次推送' },
  // Getting the access token (token / stable_token).
  // 40001 from the token call itself means the secret is wrong (weChatErrorFor gives 40125's text);
  // from any other call, that the token was refused even after fetching a new one.
  40001: { what: '公众号拒绝了调用凭证（access_token）', todo: '请再次推送；如反复出现，请检查 WECHAT_APP_SECRET 是否已在公众平台重置' },
  40125: { what: 'AppSecret 错误或已重置', todo: '请检查 WECHAT_APP_SECRET' },
  40013: { what: 'AppID 不正确', todo: '请检查 WECHAT_APP_ID（公众平台“设置与开发 › 基本配置”中的开发者 ID）' },
  40164: { what: '服务器 IP 不在公众号的 IP 白名单中', todo: '请在公众平台“设置与开发 › 基本配置”中添加本服务器的出口 IP' },
  40002: { what: '获取调用凭证的请求有误（grant_type）', todo: CALL_SUPPORT },
  40014: { what: '调用凭证（access_token）无效', todo: '请再次推送；如反复出现，请检查 WECHAT_APP_SECRET' },
  41001: { what: '请求缺少调用凭证（access_token）', todo: CALL_SUPPORT },
  41002: { what: '请求缺少 AppID', todo: '请检查 WECHAT_APP_ID' },
  41004: { what: '请求缺少 AppSecret', todo: '请检查 WECHAT_APP_SECRET' },
  42001: { what: '调用凭证（access_token）已过期', todo: '请再次推送' },
  // Images and materials (uploadimg, add_material).
  40004: { what: '素材类型不对', todo: CALL_SUPPORT },
  40005: { what: '图片格式不被公众号接受（正文图片只能是 JPEG 或 PNG）', todo: '请换一张图片后再次推送' },
  40006: { what: '文件大小不被公众号接受', todo: '请换一张较小的图片后再次推送' },
  40009: { what: '图片超过公众号的大小限制（正文图片须小于 1 MB）', todo: '请换一张较小的图片后再次推送' },
  41005: { what: '公众号没有收到图片数据', todo: CALL_SUPPORT },
  44001: { what: '上传的图片文件是空的', todo: '请检查稿件中的图片后再次推送' },
  45001: { what: '图片超过公众号的大小限制', todo: '请换一张较小的图片后再次推送' },
  // Drafts (draft/add, draft/update).
  40007: { what: '公众号里找不到这篇草稿或它的封面素材（可能已在公众平台删除或已发表）', todo: '请再次推送' },
  44002: { what: '发给公众号的数据是空的', todo: CALL_SUPPORT },
  44003: { what: '草稿内容为空', todo: '请检查稿件正文后再次推送' },
  45002: { what: '正文太长（公众号要求少于 2 万字符、小于 1 MB）', todo: '请删减正文后再次推送' },
  45003: { what: '标题超过 32 个字', todo: '请填写“短标题（公众号）”后再次推送' },
  45004: { what: '摘要超过 128 个字', todo: '请缩短摘要后再次推送' },
  45005: { what: '原文链接太长', todo: CALL_SUPPORT },
  45110: { what: '作者超过 16 个字', todo: '请缩短作者署名后再次推送' },
  45166: { what: '正文含有公众号不接受的内容', todo: '请检查正文中的链接、图片和格式后再次推送；如反复出现，请联系技术人员' },
  47001: { what: '发给公众号的数据格式有误', todo: CALL_SUPPORT },
  // From draft_add's own error table, as remembered: the stored copy read for this stops before
  // that table. About product cards, which this CMS never inserts.
  53404: { what: '公众号已被限制带货能力', todo: '请删除正文中的商品卡片后再次推送' },
  // The account and its quota.
  45009: { what: '今日接口调用次数已用完', todo: '请明天再推送' },
  45011: { what: '接口调用太频繁', todo: '请一分钟后再次推送' },
  48001: { what: '公众号没有此接口的权限', todo: '请在公众平台“设置与开发 › 接口权限”中确认（草稿箱和素材接口需要账号已认证）' },
  48004: { what: '公众号的接口因违规被封禁', todo: '请在公众平台查看通知并处理' },
  50002: { what: '公众号账号受限', todo: '请在公众平台查看原因' },
}

/** What the caller was doing when WeChat answered, for the error and for logs. */
export type WeChatEndpoint = 'token' | 'uploadimg' | 'add_material' | 'draft/add' | 'draft/update'

/** A failure talking to WeChat. `message` is for the editor (Chinese): what happened and what to do. */
export class WeChatError extends Error {
  override name = 'WeChatError'
  /** WeChat's error code, when WeChat answered with one. */
  readonly errcode?: number
  /** WeChat's own words (English, with its request id), secrets removed: for logs. */
  readonly errmsg?: string
  /** The call that failed. */
  readonly endpoint?: WeChatEndpoint
  /** Pushing again may succeed without anyone changing anything (network, busy, expired token). */
  readonly retryable: boolean

  constructor(message: string, details: { errcode?: number; errmsg?: string; endpoint?: WeChatEndpoint; retryable?: boolean } = {}) {
    super(message)
    this.errcode = details.errcode
    this.errmsg = details.errmsg
    this.endpoint = details.endpoint
    this.retryable = details.retryable ?? false
  }
}

/**
 * Codes after which the same push, sent again later, can succeed unchanged: WeChat busy, calls too
 * fast, and a refused token (except from the token call itself, where it means a wrong secret).
 */
const RETRYABLE = new Set([-1, 45011])
const TOKEN_REFUSED = new Set([40001, 40014, 42001])

/**
 * The editor's explanation of `errcode`: the catalog's 「what：todo」, or, for a code the catalog
 * does not know, its number and WeChat's errmsg. For 40164 the server's IP as WeChat saw it is
 * added, so the administrator knows which address to whitelist.
 */
export function explainErrcode(errcode: number, errmsg = ''): string {
  const known = WECHAT_ERRORS[errcode]
  if (!known) {
    const said = errmsg.trim() ? `（${errmsg.trim()}）` : ''
    return `公众号返回错误 ${errcode}${said}：请稍后再次推送；如反复出现，请把这条信息告诉技术人员`
  }
  if (errcode === 40164) {
    const ip = /invalid ip\s+([0-9a-fA-F.:]+)/.exec(errmsg)?.[1]
    if (ip) return `${known.what}：${known.todo}（本服务器的出口 IP：${ip}）`
  }
  return `${known.what}：${known.todo}`
}

/** A WeChatError for WeChat's answer `{ errcode, errmsg }` to a call of `endpoint`. */
export function weChatErrorFor(endpoint: WeChatEndpoint, errcode: number, errmsg = ''): WeChatError {
  const text = endpoint === 'token' && errcode === 40001 ? explainErrcode(40125) : explainErrcode(errcode, errmsg)
  const retryable = RETRYABLE.has(errcode) || (TOKEN_REFUSED.has(errcode) && endpoint !== 'token')
  return new WeChatError(text, { errcode, errmsg, endpoint, retryable })
}
