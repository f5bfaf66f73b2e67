import type { Payload } from 'payload'

import type { User } from '../../payload-types'
import type { PublishableSlug } from '../kinds'
import type { Id } from '../lib/relations'
import { siteURL as configuredSiteURL } from '../settings'
import { checkWeChat } from '../workflow/stages'
import { weChatConfigured } from './api'
import { loadWeChatArticle } from './data'
import { PushRefused, pieceState, withEditAdvice } from './push'

export type WeChatPreview = {
  title: string
  author: string
  digest: string
  content: string
  contentSourceURL: string
  /** What WeChat would refuse, in words; a push is offered only when there is nothing. */
  problems: { code: string; message: string }[]
  /** The draft this piece already has in the account's draft box, if any. */
  wechat: { mediaId?: string | null; pushedAt?: string | null; state?: string | null } | null
  /** Whether WECHAT_APP_ID and WECHAT_APP_SECRET are set (without them, copying is the way). */
  pushConfigured: boolean
}

/**
 * The WeChat rendering of a piece for 「公众号预览」 and 「复制到公众号」, as `user` sees it: photos at
 * their public site addresses (WeChat's editor fetches them when the copy is pasted).
 */
export async function previewForWeChat(payload: Payload, kind: PublishableSlug, idOrSlug: Id, user: User, siteURL = configuredSiteURL()): Promise<WeChatPreview> {
  const state = await pieceState(payload, kind, idOrSlug, user)
  if (!state) throw new PushRefused('找不到该稿件，或您无权查看。', 404)
  const decision = checkWeChat('preview', { stage: state.stage, live: state.live }, { roles: user.roles ?? [], isAuthor: false })
  if (!decision.ok) throw new PushRefused(decision.message)
  const loaded = await loadWeChatArticle(payload, kind, state.latest.id, { user, siteURL })
  if (!loaded) throw new PushRefused('找不到该稿件可用于公众号的版本：终审通过或已发布的版本才能预览。', 404)
  const { article, problems } = loaded
  return {
    title: article.title,
    author: article.author,
    digest: article.digest,
    content: article.content,
    contentSourceURL: article.contentSourceURL,
    problems: withEditAdvice(problems, state.stage, user).map((p) => ({ code: p.code, message: p.message })),
    wechat: state.latest.wechat ?? null,
    pushConfigured: weChatConfigured(),
  }
}
