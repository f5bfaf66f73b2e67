// A save killed between "insert the new version" and "unmark the older ones" leaves a document
// with two latest versions; on start the database is repaired so it shows once.
import { sql } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { repairInterruptedVersions } from '../../src/db/repair'
import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload

beforeAll(async () => {
  t = await startPayload('repair')
})

afterAll(async () => {
  await t?.close()
})

describe('repair of interrupted saves', () => {
  it('keeps only the newest "latest" version of a document', async () => {
    const doc = await t.payload.create({ collection: 'articles', data: { title: '中断保存测试' }, draft: true })
    await t.payload.update({ collection: 'articles', id: doc.id, data: { title: '中断保存测试（二）' }, draft: true })
    // What a kill between the two statements of a draft save leaves behind.
    const db = t.payload.db as unknown as { drizzle: unknown; execute: (a: { db: unknown; sql: unknown }) => Promise<unknown> }
    await db.execute({ db: db.drizzle, sql: sql`UPDATE _articles_v SET latest = true` })
    const before = await t.payload.find({ collection: 'articles', draft: true, where: { title: { like: '中断保存测试' } }, depth: 0 })
    expect(before.docs.length).toBe(2)

    expect(await repairInterruptedVersions(t.payload)).toBeGreaterThan(0)
    const after = await t.payload.find({ collection: 'articles', draft: true, where: { title: { like: '中断保存测试' } }, depth: 0 })
    expect(after.docs.map((d) => d.title)).toEqual(['中断保存测试（二）'])
    expect(await repairInterruptedVersions(t.payload)).toBe(0)
  })
})
