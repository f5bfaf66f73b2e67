/**
 * 「推送到公众号草稿箱」: a signed-off or live piece goes to the office account's draft box.
 *
 *   rules (src/workflow checkWeChat: 终审 or administrator; approved or live)
 *   → render and check (render.tsx, rules.ts): what WeChat would refuse is refused here, before
 *     anything is sent
 *   → photos: each body photo converted to a JPEG under 1 MB (jpeg.ts) and sent through uploadimg,
 *     the cover as permanent material; every upload is remembered (payload.kv, per account and
 *     file), so a photo is sent once and a push that failed halfway continues where it stopped
 *   → render again with the uploaded addresses, check again
 *   → draft/update of the draft this piece already has (a correction), else draft/add
 *   → the draft's media_id, time, pusher and state saved on the piece (its `wechat` group), with a
 *     line in the review log. A failed push saves nothing on the piece: the editor is told why,
 *     and pushing again continues.
 */
import path from 'node:path'

import type { Payload, Where } from 'payload'

import type { Media, User } from '../../payload-types'
import type { PublishableSlug } from '../kinds'
import { readMediaFile } from '../media/files'
import type { Id } from '../lib/relations'
import { setting, siteURL as configuredSiteURL } from '../settings'
import type { SiteDoc } from '../site/context'
import type { ReviewNote } from '../workflow/enforceReviewChain'
import { checkEdit, checkWeChat, type Stage } from '../workflow/stages'
import { weChatClientFromSettings, weChatConfigured, type WeChatClient } from './api'
import { loadForWeChat, loadWeChatArticle, looksLikeId } from './data'
import { WeChatError } from './errors'
import { WECHAT_RECORD } from './fields'
import { toWeChatImage } from './jpeg'
import { photoCopies, renderWeChat } from './render'
import { checkWeChatArticle, WeChatRuleError, type WeChatProblem } from './rules'

export type PushResult = {
  mediaId: string
  state: 'created' | 'updated'
  pushedAt: string
  title: string
  /** Photos sent this time, and those WeChat already had from an earlier push. */
  photos: { sent: number; reused: number }
}

export type PushOptions = {
  /** The account's client (tests pass one for the stand-in); default: from the settings. */
  client?: WeChatClient
  /** Names the account in the upload memory; default: WECHAT_APP_ID@host of WECHAT_API_BASE. */
  account?: string
  siteURL?: string
}

/** A refusal before anything was sent: who may not, or a piece that is not ready. */
export class PushRefused extends Error {
  override name = 'PushRefused'
  constructor(
    message: string,
    readonly status = 403,
  ) {
    super(message)
  }
}

/** Which account the remembered uploads belong to: a photo sent to one account means nothing to another. */
function defaultAccount(): string {
  return `${setting('WECHAT_APP_ID') ?? ''}@${new URL(setting('WECHAT_API_BASE')).host}`
}

/** The stage and liveness of a piece's newest version, as `user` may read it (null: not found or not theirs). */
export async function pieceState(payload: Payload, kind: PublishableSlug, idOrSlug: Id, user: User) {
  const where: Where = looksLikeId(idOrSlug) ? { or: [{ id: { equals: idOrSlug } }, { slug: { equals: String(idOrSlug) } }] } : { slug: { equals: String(idOrSlug) } }
  const latest = (await payload.find({ collection: kind, where, draft: true, depth: 0, limit: 1, user, overrideAccess: false })).docs[0] as SiteDoc | undefined
  if (!latest) return null
  const live = (await payload.count({ collection: kind, where: { and: [{ id: { equals: latest.id } }, { _status: { equals: 'published' } }] }, user, overrideAccess: false })).totalDocs > 0
  return { latest, stage: (latest.reviewStage ?? 'draft') as Stage, live }
}

/** Problems that are mended by editing the piece (the rest are the renderer's). */
const MENDED_BY_EDITING = new Set<WeChatProblem['code']>(['title-empty', 'title-too-long', 'content-empty', 'content-too-long', 'content-too-large'])

/**
 * What to do about each problem, for this user at this stage: a piece signed off is locked, so
 * "fill in the short title" comes with what the review chain says about editing it now (checkEdit).
 */
export function withEditAdvice(problems: WeChatProblem[], stage: Stage, user: User): WeChatProblem[] {
  const edit = checkEdit(stage, { roles: user.roles ?? [], isAuthor: false })
  if (edit.ok) return problems
  return problems.map((p) => (MENDED_BY_EDITING.has(p.code) ? { ...p, message: `${p.message}。${edit.message}` } : p))
}

/**
 * The photo's file to send: the best JPEG copy (the one the preview shows), else the upload itself,
 * from where media files are kept (local disk or object store: src/media/files.ts).
 */
async function photoFile(payload: Payload, media: Media): Promise<{ name: string; data: Buffer }> {
  for (const name of photoCopies(media)) {
    let data: Buffer | null
    try {
      data = await readMediaFile(payload, name)
    } catch (err) {
      payload.logger.error({ err, msg: `wechat push: ${name} could not be read from the media store` })
      throw new WeChatError(`读取图片「${media.alt || media.filename || media.id}」失败：媒体文件存储暂时无法访问。请稍后再推送；仍不行请联系管理员检查对象存储`, { retryable: true })
    }
    // Null: not there (not rendered): the next one.
    if (data) return { name, data }
  }
  throw new WeChatError(`找不到图片「${media.alt || media.filename || media.id}」的文件：请在“图片与视频库”中重新上传它，再推送`)
}

type Remembered = { url: string; mediaId?: string }

/**
 * Push a piece to the account's draft box as `user`. Throws PushRefused (not allowed, not ready),
 * WeChatRuleError (what WeChat would refuse, in words) or WeChatError (WeChat or the network said
 * no; pushing again continues).
 */
export async function pushToWeChat(payload: Payload, kind: PublishableSlug, idOrSlug: Id, user: User, options: PushOptions = {}): Promise<PushResult> {
  const state = await pieceState(payload, kind, idOrSlug, user)
  if (!state) throw new PushRefused('找不到该稿件，或您无权查看。', 404)
  const decision = checkWeChat('push', { stage: state.stage, live: state.live }, { roles: user.roles ?? [], isAuthor: false })
  if (!decision.ok) throw new PushRefused(decision.message)

  const siteURL = options.siteURL ?? configuredSiteURL()
  const loaded = await loadWeChatArticle(payload, kind, state.latest.id, { user, siteURL })
  if (!loaded) throw new PushRefused('找不到该稿件可推送的版本：终审通过或已发布的版本才能推送。', 404)
  if (loaded.problems.length) throw new WeChatRuleError(withEditAdvice(loaded.problems, state.stage, user))
  const { doc, ctx, article } = loaded
  const cover = article.cover ?? article.images[0]
  if (!cover) throw new PushRefused('公众号草稿需要一张封面图：请为稿件设置封面（或题图、肖像），或在正文中加入图片后再推送。', 400)

  if (!options.client && !weChatConfigured()) throw new PushRefused('未配置公众号：请管理员在服务器上设置 WECHAT_APP_ID 和 WECHAT_APP_SECRET 后重启；在此之前可用「复制到公众号」。', 503)
  const client = options.client ?? weChatClientFromSettings({ store: payload.kv })
  const account = options.account ?? defaultAccount()
  const photos = { sent: 0, reused: 0 }
  /** Send one photo (body: uploadimg; cover: permanent material) unless this account already has it. */
  const send = async (media: Media, as: 'body' | 'cover'): Promise<Remembered> => {
    const file = await photoFile(payload, media)
    const key = `wechat:${as === 'body' ? 'image' : 'cover'}:${account}:${media.id}:${file.name}`
    const known = (await payload.kv.get(key)) as Remembered | null
    if (known) {
      photos.reused++
      return known
    }
    const jpeg = await toWeChatImage(file.data)
    const jpegName = `${path.parse(file.name).name}.jpg`
    const done: Remembered = as === 'body' ? { url: await client.uploadImage(jpeg.data, jpegName, jpeg.mimeType) } : await client.addImageMaterial(jpeg.data, jpegName, jpeg.mimeType)
    await payload.kv.set(key, done)
    photos.sent++
    return done
  }

  const uploaded = new Map<string, string>()
  for (const media of article.images) uploaded.set(String(media.id), (await send(media, 'body')).url)
  const thumb = await send(cover, 'cover')

  const final = renderWeChat(kind, doc, { ...ctx, imageURL: (media) => uploaded.get(String(media.id)) ?? '' })
  const problems = checkWeChatArticle(final)
  if (problems.length) throw new WeChatRuleError(problems)
  const draft = { title: final.title, author: final.author, digest: final.digest, content: final.content, contentSourceURL: final.contentSourceURL, thumbMediaId: thumb.mediaId! }

  // A piece already in the draft box is updated in place (a correction), unless WeChat no longer has it.
  const previous = (state.latest.wechat?.mediaId ?? doc.wechat?.mediaId) || null
  let mediaId: string
  let pushState: PushResult['state']
  if (previous) {
    try {
      await client.updateDraft(previous, 0, draft)
      mediaId = previous
      pushState = 'updated'
    } catch (err) {
      if (!(err instanceof WeChatError) || err.errcode !== 40007) throw err
      mediaId = await client.addDraft(draft)
      pushState = 'created'
    }
  } else {
    mediaId = await client.addDraft(draft)
    pushState = 'created'
  }

  // Recorded on the newest version, so a pending draft stays the newest and a live piece stays live.
  const pushedAt = new Date().toISOString()
  const note: ReviewNote = { step: 'wechat', action: pushState === 'updated' ? '更新公众号草稿' : '推送到公众号草稿箱', comment: `草稿 media_id：${mediaId}` }
  await payload.update({
    collection: kind,
    id: state.latest.id,
    data: { wechat: { mediaId, pushedAt, pushedBy: user.id, state: pushState } },
    draft: state.latest._status !== 'published',
    user,
    // As the user: the review chain judges the save as theirs (nothing changes but `wechat`, which
    // only a save carrying WECHAT_RECORD may write; fields.ts).
    overrideAccess: false,
    context: { reviewNote: note, skipPublish: true, [WECHAT_RECORD]: true },
    depth: 0,
  })
  return { mediaId, state: pushState, pushedAt, title: final.title, photos }
}

export { loadForWeChat }
