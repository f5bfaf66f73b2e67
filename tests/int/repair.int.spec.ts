// A draft save killed between "insert the new version (row, then arrays)" and "unmark the older
// one" leaves a document with two latest versions, the newer possibly missing rows; on start the
// database is repaired: the unacknowledged newer version is set aside, the document shows once.
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
  it('sets aside the version of an interrupted save and keeps the last complete one', async () => {
    const doc = await t.payload.create({ collection: 'articles', data: { title: '中断保存测试', bylines: [{ role: 'reporter', name: '林晓' }] }, draft: true })
    await t.payload.update({ collection: 'articles', id: doc.id, data: { title: '中断保存测试（二）' }, draft: true })
    // What a kill inside the second save leaves behind: its version inserted, without its arrays,
    // and the older version not yet unmarked.
    const db = t.payload.db as unknown as { drizzle: unknown; execute: (a: { db: unknown; sql: unknown }) => Promise<unknown> }
    await db.execute({ db: db.drizzle, sql: sql`DELETE FROM _articles_v_version_bylines WHERE _parent_id = (SELECT MAX(id) FROM _articles_v)` })
    await db.execute({ db: db.drizzle, sql: sql`UPDATE _articles_v SET latest = true` })
    const before = await t.payload.find({ collection: 'articles', draft: true, where: { title: { like: '中断保存测试' } }, depth: 0 })
    expect(before.docs.length).toBe(2)

    expect(await repairInterruptedVersions(t.payload)).toBeGreaterThan(0)
    const after = await t.payload.find({ collection: 'articles', draft: true, where: { title: { like: '中断保存测试' } }, depth: 0 })
    expect(after.docs.map((d) => d.title)).toEqual(['中断保存测试'])
    expect(after.docs[0]!.bylines?.map((b) => b.name)).toEqual(['林晓'])
    expect(await repairInterruptedVersions(t.payload)).toBe(0)
  })
})
