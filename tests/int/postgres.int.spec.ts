// PostgreSQL as a server would meet it: an unreachable server refused within seconds with a message
// naming PostgreSQL and never the password (runs with or without PostgreSQL installed), and, on a
// cluster of its own, a server that loses the database mid-request answers 503 with a message and
// recovers by itself when the database returns.
import pg from 'pg'
import { describe, expect, it } from 'vitest'

import { DATABASE_UNAVAILABLE_MESSAGE } from '../../src/db/unavailable'
import { rest, startPayload, TEST_DATABASE } from '../helpers/payload'
import { freePort, sleep } from '../helpers/processes'
import { POSTGRES_MISSING, startPostgresCluster, withDatabase } from '../helpers/postgres'

if (TEST_DATABASE !== 'postgres') console.warn(POSTGRES_MISSING)

describe('PostgreSQL', () => {
  it('refuses to start within seconds when the server cannot be reached, naming PostgreSQL and hiding the password', async () => {
    const port = await freePort()
    const started = Date.now()
    const error = await startPayload(`pg-unreachable-${process.pid}`, `postgres://office:s3cret-pw@127.0.0.1:${port}/union`).then(
      () => null,
      (err: Error) => err,
    )
    expect(error).toBeInstanceOf(Error)
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(error!.message).toMatch(/PostgreSQL|Postgres/)
    expect(error!.message).toContain(`127.0.0.1:${port}`)
    expect(error!.message).not.toContain('s3cret-pw')
  })
})

describe.skipIf(TEST_DATABASE !== 'postgres')('PostgreSQL going away under a running server', () => {
  it('answers 503 with a message while the database is down, and serves again by itself when it is back', { timeout: 120_000 }, async () => {
    const cluster = await startPostgresCluster()
    const t = await startPayload(`pg-outage-${process.pid}`, withDatabase(cluster.uri, 'outage'))
    try {
      await t.payload.create({ collection: 'users', data: { email: 'admin@example.com', password: 'outage-test-2026', name: '管理员', roles: ['admin'] }, overrideAccess: true })
      const { token } = await t.payload.login({ collection: 'users', data: { email: 'admin@example.com', password: 'outage-test-2026' } })
      const list = () => rest<{ docs?: unknown[]; errors?: { message: string }[] }>(t, 'GET', '/api/articles?draft=true&depth=0', { token: token! })
      expect((await list()).status).toBe(200)

      cluster.pause()
      const down = await list()
      expect(down.status).toBe(503)
      expect(down.body.errors?.[0]?.message).toBe(DATABASE_UNAVAILABLE_MESSAGE)
      const save = await rest<{ errors?: { message: string }[] }>(t, 'POST', '/api/topics', { token: token!, body: { name: '停机期间的栏目' } })
      expect(save.status).toBe(503)

      cluster.resume()
      let status = 0
      for (const started = Date.now(); Date.now() - started < 20_000; await sleep(250)) {
        const answer = await list()
        status = answer.status
        if (status === 200) break
      }
      expect(status).toBe(200)
      const { totalDocs } = await t.payload.count({ collection: 'topics', where: { name: { equals: '停机期间的栏目' } } })
      expect(totalDocs).toBe(0)
    } finally {
      await t.close()
      cluster.stop()
    }
  })

  it('keeps running when the database ends its connections, idle ones and one held by an open transaction alike', { timeout: 60_000 }, async () => {
    const t = await startPayload(`pg-terminated-${process.pid}`)
    const uncaught: Error[] = []
    const listener = (err: Error) => uncaught.push(err)
    process.on('uncaughtException', listener)
    try {
      await t.payload.count({ collection: 'topics' })
      // A transaction begun and left waiting holds its connection checked out of the pool, where
      // node-postgres reports a closed connection on the client alone.
      const transaction = await t.payload.db.beginTransaction!()
      const admin = new pg.Client({ connectionString: t.databaseURI })
      await admin.connect()
      try {
        const ended = await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name = 'union-cms'`)
        expect(ended.rowCount).toBeGreaterThanOrEqual(2)
      } finally {
        await admin.end()
      }
      await sleep(500)
      expect(uncaught).toEqual([])
      await t.payload.db.rollbackTransaction!(transaction!).catch(() => {})
      let counted = false
      for (const started = Date.now(); !counted && Date.now() - started < 10_000; await sleep(200)) {
        counted = await t.payload.count({ collection: 'topics' }).then(() => true, () => false)
      }
      expect(counted).toBe(true)
    } finally {
      process.off('uncaughtException', listener)
      await t.close()
    }
  })
})
