// Crash-safe saves inside one process (issue 13): a save that fails part-way leaves nothing behind,
// saves made at once all land whole, a hook that writes or reads without the save's `req` neither
// waits forever nor misses the save, and a database locked by another process is waited for
// without stopping the server. (Kills are in crash-safety.int.spec.ts, two processes in
// two-writers.int.spec.ts.)
import { createClient } from '@libsql/client'
import type { CollectionAfterChangeHook } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { QueuedClient } from '../../src/db/writeQueue'
import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload

beforeAll(async () => {
  t = await startPayload('transactions')
})

afterAll(async () => {
  await t?.close()
})

const bylines = (n: number, tag: string) => Array.from({ length: n }, (_, i) => ({ role: 'reporter' as const, name: `${tag}${i + 1}` }))

/** Run `fn` with `hook` added to the articles' afterChange hooks. */
async function withAfterChange<T>(hook: CollectionAfterChangeHook, fn: () => Promise<T>): Promise<T> {
  const hooks = t.payload.collections.articles.config.hooks.afterChange
  hooks.push(hook)
  try {
    return await fn()
  } finally {
    hooks.splice(hooks.indexOf(hook), 1)
  }
}

describe('saves on SQLite run in transactions', () => {
  it('uses the write queue', () => {
    expect((t.payload.db as unknown as { client: object }).client.constructor.name).toBe(QueuedClient.name)
  })

  it('a save that fails after its rows were written leaves the document as it was, arrays and versions included', async () => {
    const doc = await t.payload.create({ collection: 'articles', data: { title: '事务回滚测试', bylines: bylines(3, '甲') }, draft: true })
    const versionsBefore = (await t.payload.countVersions({ collection: 'articles', where: { parent: { equals: doc.id } } })).totalDocs
    const failing: CollectionAfterChangeHook = () => {
      throw new Error('故意在写入之后失败')
    }
    await expect(
      withAfterChange(failing, () => t.payload.update({ collection: 'articles', id: doc.id, data: { title: '事务回滚测试（改）', bylines: bylines(12, '乙') }, draft: true })),
    ).rejects.toThrow('故意在写入之后失败')
    const after = await t.payload.findByID({ collection: 'articles', id: doc.id, draft: true, depth: 0 })
    expect(after.title).toBe('事务回滚测试')
    expect(after.bylines?.map((b) => b.name)).toEqual(['甲1', '甲2', '甲3'])
    expect((await t.payload.countVersions({ collection: 'articles', where: { parent: { equals: doc.id } } })).totalDocs).toBe(versionsBefore)
  })

  it('a first create that fails after its rows were written leaves no document behind', async () => {
    const failing: CollectionAfterChangeHook = () => {
      throw new Error('创建后失败')
    }
    await expect(withAfterChange(failing, () => t.payload.create({ collection: 'articles', data: { title: '半途创建', bylines: bylines(5, '丙') }, draft: true }))).rejects.toThrow('创建后失败')
    const found = await t.payload.find({ collection: 'articles', draft: true, where: { title: { equals: '半途创建' } }, depth: 0 })
    expect(found.totalDocs).toBe(0)
  })

  it('ten saves at once all land whole, each document with exactly its own rows', async () => {
    const docs = await Promise.all(Array.from({ length: 10 }, (_, i) => t.payload.create({ collection: 'articles', data: { title: `并发保存${i}`, bylines: bylines(2, `初${i}-`) }, draft: true })))
    const saved = await Promise.all(
      docs.map((d, i) => t.payload.update({ collection: 'articles', id: d.id, data: { title: `并发保存${i}（改）`, bylines: bylines(20, `改${i}-`) }, draft: true })),
    )
    expect(saved).toHaveLength(10)
    for (const [i, d] of docs.entries()) {
      const stored = await t.payload.findByID({ collection: 'articles', id: d.id, draft: true, depth: 0 })
      expect(stored.title).toBe(`并发保存${i}（改）`)
      expect(stored.bylines?.map((b) => b.name)).toEqual(bylines(20, `改${i}-`).map((b) => b.name))
    }
  })

  it("a hook that writes and reads without the save's req joins the save instead of waiting for it", async () => {
    const doc = await t.payload.create({ collection: 'articles', data: { title: '钩子写入', bylines: bylines(1, '丁') }, draft: true })
    const seen: string[] = []
    const hook: CollectionAfterChangeHook = async ({ doc: saved, req }) => {
      if (req.context.hookRan) return saved
      req.context.hookRan = true
      // No `req`: outside the save's transaction as Payload sees it.
      const read = await t.payload.findByID({ collection: 'articles', id: saved.id, draft: true, depth: 0 })
      seen.push(read.title)
      await t.payload.db.updateOne({ collection: 'articles', id: saved.id, data: { subtitle: '钩子补写的副题' } })
      return saved
    }
    const result = await withAfterChange(hook, () =>
      Promise.race([
        t.payload.update({ collection: 'articles', id: doc.id, data: { title: '钩子写入（改）' }, draft: true }),
        new Promise((_, reject) => setTimeout(() => reject(new Error('the save waited for its own hook: deadlock')), 10_000)),
      ]),
    )
    expect(result).toBeTruthy()
    expect(seen).toEqual(['钩子写入（改）'])
    const stored = await t.payload.findByID({ collection: 'articles', id: doc.id, depth: 0 })
    expect(stored.subtitle).toBe('钩子补写的副题')
  })

  it('while another process holds the write lock, a save waits without stopping the event loop, then lands', async () => {
    const doc = await t.payload.create({ collection: 'articles', data: { title: '跨进程等待', bylines: bylines(1, '戊') }, draft: true })
    const other = createClient({ url: process.env.DATABASE_URI! })
    let save: Promise<unknown> | undefined
    try {
      await other.execute('BEGIN IMMEDIATE')
      let saveDone = false
      save = t.payload
        .update({ collection: 'articles', id: doc.id, data: { title: '跨进程等待（改）', bylines: bylines(8, '己') }, draft: true })
        .finally(() => (saveDone = true))
      // For 1.5 s the other connection keeps the lock. A driver waiting for it synchronously would
      // stop every timer for that long; waiting asynchronously, 20 ms timers keep firing.
      const holdUntil = performance.now() + 1_500
      let rounds = 0
      let worstLag = 0
      while (performance.now() < holdUntil) {
        const at = performance.now()
        await new Promise((resolve) => setTimeout(resolve, 20))
        worstLag = Math.max(worstLag, performance.now() - at - 20)
        rounds++
      }
      expect(saveDone).toBe(false)
      expect(rounds).toBeGreaterThan(15)
      expect(worstLag).toBeLessThan(750)
      await other.execute('COMMIT')
      await save
      const stored = await t.payload.findByID({ collection: 'articles', id: doc.id, draft: true, depth: 0 })
      expect(stored.bylines).toHaveLength(8)
    } finally {
      await other.execute('ROLLBACK').catch(() => undefined)
      other.close()
      await save?.catch(() => undefined)
    }
  })
})
