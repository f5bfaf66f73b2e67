import { APIError, type Endpoint } from 'payload'

import { mergeProfiles } from './merge'

const answer = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * `POST /api/model-workers/:id/merge` with `{ "into": <kept id>, "comment"?: "…" }` — merge this
 * profile (the duplicate) into the kept one. Who may: src/access/shared.ts, asked by mergeProfiles.
 */
export const mergeEndpoint: Endpoint = {
  path: '/:id/merge',
  method: 'post',
  handler: async (req) => {
    let body: { into?: unknown; comment?: unknown } = {}
    try {
      body = ((await req.json?.()) ?? {}) as typeof body
    } catch {
      body = {}
    }
    const into = typeof body.into === 'number' || typeof body.into === 'string' ? body.into : null
    if (!req.user) return answer({ errors: [{ message: '请先登录。合并劳模工匠档案须由上级总工会的终审或管理员操作。' }] }, 401)
    if (into === null || into === '') return answer({ errors: [{ message: '请指明要保留的档案（into：档案编号）。' }] }, 400)
    try {
      const result = await mergeProfiles(req, String(req.routeParams?.id), into, typeof body.comment === 'string' ? body.comment : null)
      return answer(result)
    } catch (err) {
      if (err instanceof APIError && err.isPublic) return answer({ errors: [{ message: err.message }] }, err.status)
      req.payload.logger.error(err)
      return answer({ errors: [{ message: '合并没有完成（服务器内部错误），两份档案和相关稿件都没有改动：请稍后再试，如反复出现请联系技术人员。' }] }, 500)
    }
  },
}
