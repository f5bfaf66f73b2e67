/**
 * GET /api/stats?from=2026-01&to=2026-12&by=unit|person&period=month|year&unit=<id>&subunits=1&format=json|csv|xlsx
 *
 * Anonymous: 401. Editors and above: the office's counts. Reporters: their own line (service.ts).
 * A request that cannot be understood: 400 with what to write instead.
 */
import type { Endpoint, TypedUser } from 'payload'

import { siteTimeZone } from '../settings'
import { attachment, exportFileName, toCSV, toXLSX } from './export'
import { parseStatsQuery, StatsQueryError } from './query'
import { statsScope } from '../access'
import { computeStats } from './service'

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

export const statsEndpoint: Endpoint = {
  path: '/stats',
  method: 'get',
  handler: async (req) => {
    const user = req.user as TypedUser | null
    if (!user) return refuse(401, '请先登录：稿件统计只对本单位工作人员开放。')
    if (statsScope(user).kind === 'none') return refuse(403, '您的账号没有角色，不能查看稿件统计。请联系管理员分配角色。')
    const url = new URL(req.url ?? '', 'http://localhost')
    const get = (name: string) => url.searchParams.get(name)
    let query
    try {
      query = parseStatsQuery({ from: get('from'), to: get('to'), by: get('by'), period: get('period'), unit: get('unit'), subunits: get('subunits'), format: get('format') }, siteTimeZone())
    } catch (err) {
      if (err instanceof StatsQueryError) return refuse(400, err.message)
      throw err
    }
    const table = await computeStats(req.payload, user, query)
    const headers = { 'Cache-Control': 'no-store' }
    if (query.format === 'csv') {
      return new Response(toCSV(table), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': attachment(exportFileName(table, 'csv')) } })
    }
    if (query.format === 'xlsx') {
      const body = await toXLSX(table)
      return new Response(new Uint8Array(body), {
        headers: { ...headers, 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Content-Disposition': attachment(exportFileName(table, 'xlsx')) },
      })
    }
    return Response.json(table, { headers })
  },
}
