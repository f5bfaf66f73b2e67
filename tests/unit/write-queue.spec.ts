// The pieces of the SQLite write queue (src/db/writeQueue.ts) that need no database.
import { describe, expect, it } from 'vitest'

import { DatabaseBusyError, isReadStatement, retryWhileBusy, WriteLock } from '../../src/db/writeQueue'

describe('isReadStatement', () => {
  it('sends plain and commented SELECTs and read-only CTEs to the read connection', () => {
    expect(isReadStatement('select * from "articles"')).toBe(true)
    expect(isReadStatement({ sql: '  -- count\n  SELECT count(*) FROM t', args: [] })).toBe(true)
    expect(isReadStatement('/* drizzle */ with x as (select 1) select * from x')).toBe(true)
  })

  it('treats everything else as a write', () => {
    for (const sql of [
      'insert into "articles" ("title") values (?) returning "id"',
      'update "articles" set "title" = ?',
      'delete from "articles_bylines" where "_parent_id" = ?',
      'with doomed as (select id from t) delete from t where id in doomed',
      'BEGIN IMMEDIATE',
      'savepoint sp0',
      'CREATE TABLE t (id integer)',
      'PRAGMA journal_mode = WAL',
    ]) {
      expect(isReadStatement(sql), sql).toBe(false)
    }
  })
})

describe('WriteLock', () => {
  it('hands the lock on first come, first served, one holder at a time', async () => {
    const lock = new WriteLock()
    const order: string[] = []
    let holders = 0
    const worker = async (name: string, ms: number) => {
      const release = await lock.acquire()
      holders++
      expect(holders).toBe(1)
      order.push(name)
      await new Promise((resolve) => setTimeout(resolve, ms))
      holders--
      release()
      release() // a second release is harmless
    }
    await Promise.all([worker('a', 20), worker('b', 1), worker('c', 5), worker('d', 1)])
    expect(order).toEqual(['a', 'b', 'c', 'd'])
    expect(lock.queued).toBe(0)
  })
})

describe('retryWhileBusy', () => {
  const busy = Object.assign(new Error('SQLITE_BUSY: database is locked'), { code: 'SQLITE_BUSY', rawCode: 5 })

  it('tries again after SQLITE_BUSY until the other process lets go', async () => {
    let tries = 0
    let reopened = 0
    const result = await retryWhileBusy(
      async () => {
        if (++tries < 4) throw busy
        return 'saved'
      },
      { onBusy: async () => void reopened++ },
    )
    expect(result).toBe('saved')
    expect(tries).toBe(4)
    expect(reopened).toBe(3)
  })

  it('gives up with 503 and a Chinese message once the wait is over, never with SQLITE_BUSY', async () => {
    const err = await retryWhileBusy(() => Promise.reject(busy), { waitMs: 30 }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(DatabaseBusyError)
    expect((err as DatabaseBusyError).status).toBe(503)
    expect((err as Error).message).toMatch(/数据库正被另一个进程.*请稍后重试/)
  })

  it('passes other errors through at once', async () => {
    let tries = 0
    await expect(
      retryWhileBusy(async () => {
        tries++
        throw new Error('UNIQUE constraint failed')
      }),
    ).rejects.toThrow('UNIQUE constraint failed')
    expect(tries).toBe(1)
  })
})
