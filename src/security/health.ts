import fs from 'node:fs'
import path from 'node:path'

import type { Endpoint } from 'payload'

import { resolveSiteDir } from '../publish/paths'

/**
 * `GET /api/health`: is the database answering, is the jobs queue moving, how did the last site
 * publish end. 200 when the database answers, 503 otherwise. Reveals counts and times only.
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
      jobs = { ok: true, queued: queued.totalDocs, failed: failed.totalDocs, oldestQueuedAt: queued.docs[0]?.createdAt ?? null, autorun: process.env.JOBS_AUTORUN !== '0' }
    } catch {
      jobs = { ok: false, autorun: process.env.JOBS_AUTORUN !== '0' }
    }
    let publish: unknown = null
    try {
      publish = JSON.parse(fs.readFileSync(path.join(`${resolveSiteDir()}.builds`, 'status.json'), 'utf8'))
    } catch {
      publish = { ok: null, note: 'the site has not been published yet' }
    }
    return Response.json({ ok: database.ok, database, jobs, publish }, { status: database.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } })
  },
}
