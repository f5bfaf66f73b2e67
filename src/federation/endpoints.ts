/**
 * The routes of 报送 and 采用. They only read the request and call service.ts, which asks rules.ts;
 * a refusal comes back as `{ errors: [{ message }] }` with 401/403/404/409/400, like Payload's own.
 *
 *   POST /api/submissions/submit            { collection, id, message? }   报送
 *   POST /api/submissions/:id/adopt         { comment? }                    采用
 *   POST /api/submissions/:id/adopt-edited  { comment? }                    改编采用
 *   POST /api/submissions/:id/decline       { comment }                     退稿
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { decideSubmission, FederationRefusal, submitPiece, type Decision } from './service'

const NO_STORE = { 'Cache-Control': 'no-store' }
const fail = (message: string, status: number) => Response.json({ errors: [{ message }] }, { status, headers: NO_STORE })

async function body(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    const data = req.json ? await req.json() : {}
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

const text = (value: unknown) => (typeof value === 'string' ? value : null)

async function answer(req: PayloadRequest, act: () => Promise<unknown>, done: string): Promise<Response> {
  try {
    const doc = await act()
    return Response.json({ message: done, doc }, { headers: NO_STORE })
  } catch (err) {
    if (err instanceof FederationRefusal) return fail(err.message, err.status)
    // The review chain's own refusals (a sensitive word, a unit rule) carry their message and status.
    const status = (err as { status?: number }).status
    if (status && status >= 400 && status < 500) return fail((err as Error).message, status)
    req.payload.logger.error(err)
    return fail('操作没有完成（服务器内部错误）：请稍后再试，如反复出现请联系技术人员。', 500)
  }
}

const DONE: Record<Decision, string> = {
  adopt: '已采用：稿件将在本单位网站同步刊发，并注明来源。',
  'adopt-edited': '已改编采用：已在本单位新建改编稿（草稿），请按三审流程修改、审核后发布。',
  decline: '已退稿，退稿意见已记入原稿的审签记录。',
}

const decide = (step: Decision): Endpoint => ({
  path: `/:id/${step}`,
  method: 'post',
  handler: async (req) => {
    const data = await body(req)
    return answer(req, () => decideSubmission(req, String(req.routeParams?.id), step, { comment: text(data.comment) }), DONE[step])
  },
})

export const submissionEndpoints: Endpoint[] = [
  {
    path: '/submit',
    method: 'post',
    handler: async (req) => {
      const data = await body(req)
      const id = typeof data.id === 'number' || typeof data.id === 'string' ? data.id : ''
      return answer(req, () => submitPiece(req, { collection: String(data.collection ?? ''), id, message: text(data.message) }), '已报送上级单位，可在「报送与来稿」中查看处理结果。')
    },
  },
  decide('adopt'),
  decide('adopt-edited'),
  decide('decline'),
]
