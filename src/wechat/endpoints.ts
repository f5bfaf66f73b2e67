import type { Endpoint, PayloadRequest } from 'payload'

import type { User } from '../../payload-types'
import { isStaffUser } from '../access/roles'
import type { PublishableSlug } from '../kinds'
import { WeChatError } from './errors'
import { previewForWeChat } from './preview'
import { PushRefused, pushToWeChat } from './push'
import { WeChatRuleError } from './rules'

const fail = (message: string, status: number) => Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

/** The answer for an error: the editor's words and a status that says whose problem it is. */
function answerError(req: PayloadRequest, err: unknown): Response {
  if (err instanceof PushRefused) return fail(err.message, err.status)
  if (err instanceof WeChatRuleError) return fail(err.message, 400)
  if (err instanceof WeChatError) {
    req.payload.logger.warn(`WeChat ${err.endpoint ?? ''} ${err.errcode ?? ''} ${err.errmsg ?? ''}: ${err.message}`)
    return fail(err.message, 502)
  }
  req.payload.logger.error(err)
  return fail('推送没有完成（服务器内部错误），草稿箱和稿件都没有改动：请稍后再试，如反复出现请联系技术人员。', 500)
}

/**
 * `GET /api/<kind>/:id/wechat` — the WeChat rendering for preview and copy (staff, signed-off or
 * live pieces). `POST /api/<kind>/:id/wechat` — push it to the account's draft box (终审 and
 * administrators). Who may is decided in src/workflow (checkWeChat), through preview.ts and push.ts.
 */
export const wechatEndpoints = (kind: PublishableSlug): Endpoint[] => [
  {
    path: '/:id/wechat',
    method: 'get',
    handler: async (req) => {
      if (!isStaffUser(req.user)) return fail('请先登录后再预览公众号版本。', 401)
      try {
        return Response.json(await previewForWeChat(req.payload, kind, String(req.routeParams?.id), req.user as User), { headers: { 'Cache-Control': 'no-store' } })
      } catch (err) {
        return answerError(req, err)
      }
    },
  },
  {
    path: '/:id/wechat',
    method: 'post',
    handler: async (req) => {
      if (!isStaffUser(req.user)) return fail('请先登录后再推送。', 401)
      try {
        const result = await pushToWeChat(req.payload, kind, String(req.routeParams?.id), req.user as User)
        const message = `${result.state === 'updated' ? '已更新公众号草稿箱中的同一篇草稿' : '已推送到公众号草稿箱'}：「${result.title}」（新上传图片 ${result.photos.sent} 张，沿用 ${result.photos.reused} 张）。`
        return Response.json({ message, ...result }, { headers: { 'Cache-Control': 'no-store' } })
      } catch (err) {
        return answerError(req, err)
      }
    },
  },
]
