import fs from 'node:fs'
import path from 'node:path'

import type { Endpoint } from 'payload'

import { isStaffUser } from '../access/roles'
import { resolveSiteDir } from '../publish/paths'
import { jobsAutorun } from '../settings'

type PublishStatus = {
  ok?: boolean | null
  at?: string
  error?: string
  pages?: number
  written?: number
  reused?: number
  removed?: number
  liveMs?: number
  ms?: number
  search?: { rebuilt?: number; shards?: number; pages?: number; merged?: boolean } | null
}

/**
 * What anonymous callers see of the last publish: whether it worked, when, and counts. The status
 * file also holds the build folder's absolute path, timings and the error text (which may name
 * files); those are for logged-in staff only.
 */
export function publicPublishStatus(status: PublishStatus): Record<string, unknown> {
  const pick = <K extends keyof PublishStatus>(...keys: K[]) => Object.fromEntries(keys.filter((k) => status[k] !== undefined).map((k) => [k, status[k]]))
  const search = status.search
    ? { rebuilt: status.search.rebuilt, shards: status.search.shards, pages: status.search.pages, merged: status.search.merged }
    : status.search
  return { ...pick('ok', 'at', 'pages', 'written', 'reused', 'removed', 'liveMs', 'ms'), ...(search !== undefined ? { search } : {}), ...(status.error ? { error: true } : {}) }
}

/**
 * `GET /api/health`: is the database answering, is the jobs queue moving, how did the last site
 * publish end. 200 when the database answers, 503 otherwise. Anonymous callers (a monitor, a load
 * balancer) get states, times and counts only; logged-in staff also get error texts and the
 * publish details (paths included).
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const started = Date.now()
    let database: { ok: boolean; ms?: number; error?: string }
    try {
      await req.payload.count({ collection: 'users', req })
      database = { ok: true, ms: Date.now() - started }
    } catch (err) {
      database = { ok: false, error: (err as Error).message.split('\n')[0] }
    }
    let jobs: { ok: boolean; queued?: number; failed?: number; oldestQueuedAt?: string | null; autorun: boolean }
    try {
      const queued = await req.payload.find({
        collection: 'payload-jobs',
        where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
        sort: 'createdAt',
        limit: 1,
        depth: 0,
        req,
      })
      const failed = await req.payload.count({ collection: 'payload-jobs', where: { hasError: { equals: true } }, req })
      jobs = { ok: true, queued: queued.totalDocs, failed: failed.totalDocs, oldestQueuedAt: queued.docs[0]?.createdAt ?? null, autorun: jobsAutorun() }
    } catch {
      jobs = { ok: false, autorun: jobsAutorun() }
    }
    let publish: unknown = null
    try {
      publish = JSON.parse(fs.readFileSync(path.join(`${resolveSiteDir()}.builds`, 'status.json'), 'utf8'))
    } catch {
      publish = { ok: null, note: 'the site has not been published yet' }
    }
    if (!isStaffUser(req.user)) {
      if (database.error) database = { ok: false, error: 'the database does not answer' }
      if (publish && typeof publish === 'object' && 'at' in publish) publish = publicPublishStatus(publish as PublishStatus)
    }
    return Response.json({ ok: database.ok, database, jobs, publish }, { status: database.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } })
  },
}
