// A database written while saves ran without transactions (before issue 13) may hold what a kill
// in the middle of a save left behind. On start it is repaired, and every repair is reported:
// - a draft save killed before it unmarked the older version: the newer version is set aside;
// - a publish killed after it rewrote the document but before it recorded the version: the
//   document is put back to its last live version;
// - a first create killed before its first version: the half-written document is removed.
// (What the kills themselves leave is in crash-safety.int.spec.ts.)
import { sql } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { repairInterruptedSaves } from '../../src/db/repair'
import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload

beforeAll(async () => {
  t = await startPayload('repair')
})

afterAll(async () => {
  await t?.close()
})

/** Raw SQL, as a killed process left the tables. */
async function raw(query: ReturnType<typeof sql>): Promise<void> {
  const db = t.payload.db as unknown as { drizzle: unknown; execute: (a: { db: unknown; sql: unknown }) => Promise<unknown> }
  await db.execute({ db: db.drizzle, sql: query })
}

const later = () => new Date(Date.now() + 60_000).toISOString()

describe('repair of interrupted saves', () => {
  it('sets aside the version of an interrupted draft save and keeps the last complete one', async () => {
    const doc = await t.payload.create({ collection: 'articles', data: { title: '中断保存测试', bylines: [{ role: 'reporter', name: '林晓' }] }, draft: true })
    await t.payload.update({ collection: 'articles', id: doc.id, data: { title: '中断保存测试（二）' }, draft: true })
    // What a kill inside the second save leaves behind: its version inserted, without its arrays,
    // and the older version not yet unmarked.
    await raw(sql`DELETE FROM _articles_v_version_bylines WHERE _parent_id = (SELECT MAX(id) FROM _articles_v)`)
    await raw(sql`UPDATE _articles_v SET latest = true WHERE parent_id = ${doc.id}`)
    const before = await t.payload.find({ collection: 'articles', draft: true, where: { title: { like: '中断保存测试' } }, depth: 0 })
    expect(before.docs.length).toBe(2)

    const repairs = await repairInterruptedSaves(t.payload)
    expect(repairs).toEqual([expect.objectContaining({ collection: 'articles', id: doc.id, title: '中断保存测试', action: 'draft-set-aside' })])
    const after = await t.payload.find({ collection: 'articles', draft: true, where: { title: { like: '中断保存测试' } }, depth: 0 })
    expect(after.docs.map((d) => d.title)).toEqual(['中断保存测试'])
    expect(after.docs[0]!.bylines?.map((b) => b.name)).toEqual(['林晓'])
    expect(await repairInterruptedSaves(t.payload)).toEqual([])
  })

  it('puts a live piece whose publish was interrupted back to its last live version, arrays included', async () => {
    const doc = await t.payload.create({ collection: 'articles', data: { title: '已发布稿件', bylines: [{ role: 'reporter', name: '王芳' }, { role: 'photo', name: '李强' }] }, draft: true })
    await t.payload.update({ collection: 'articles', id: doc.id, data: { reviewStage: 'approved' } as never, draft: true })
    await t.payload.update({ collection: 'articles', id: doc.id, data: { _status: 'published' } as never })
    // A draft saved since (it leaves the live document as it is)…
    await t.payload.update({ collection: 'articles', id: doc.id, data: { title: '已发布稿件（修改中）' }, draft: true })
    // …then a publish killed half-way through rewriting the document: new title, one byline of
    // the new list written, the version never recorded.
    await raw(sql`UPDATE articles SET title = '写了一半的标题', updated_at = ${later()} WHERE id = ${doc.id}`)
    await raw(sql`DELETE FROM articles_bylines WHERE _parent_id = ${doc.id} AND _order > 1`)

    const repairs = await repairInterruptedSaves(t.payload)
    expect(repairs).toEqual([expect.objectContaining({ collection: 'articles', id: doc.id, title: '已发布稿件', action: 'restored-from-version' })])
    const live = await t.payload.findByID({ collection: 'articles', id: doc.id, depth: 0 })
    expect(live.title).toBe('已发布稿件')
    expect(live._status).toBe('published')
    expect(live.bylines?.map((b) => b.name)).toEqual(['王芳', '李强'])
    // The editor's pending draft is still the latest version.
    const draft = await t.payload.findByID({ collection: 'articles', id: doc.id, depth: 0, draft: true })
    expect(draft.title).toBe('已发布稿件（修改中）')
    expect(await repairInterruptedSaves(t.payload)).toEqual([])
  })

  it('finishes a publish that was interrupted while its version was written: the document was already whole', async () => {
    const doc = await t.payload.create({ collection: 'articles', data: { title: '发布中断于版本', bylines: [{ role: 'reporter', name: '赵一' }] }, draft: true })
    await t.payload.update({ collection: 'articles', id: doc.id, data: { reviewStage: 'approved' } as never, draft: true })
    await t.payload.update({ collection: 'articles', id: doc.id, data: { _status: 'published', title: '发布中断于版本（新）', bylines: [{ role: 'reporter', name: '赵一' }, { role: 'photo', name: '钱二' }, { role: 'text', name: '孙三' }] } as never })
    // The kill: the new version's rows only half inserted, the older version still marked latest.
    const newest = (await t.payload.findVersions({ collection: 'articles', where: { parent: { equals: doc.id } }, sort: '-createdAt', limit: 1 })).docs[0]!
    await raw(sql`DELETE FROM _articles_v_version_bylines WHERE _parent_id = ${newest.id} AND _order > 1`)
    await raw(sql`UPDATE _articles_v SET latest = true WHERE id IN (SELECT id FROM _articles_v WHERE parent_id = ${doc.id} ORDER BY id DESC LIMIT 2)`)

    const repairs = await repairInterruptedSaves(t.payload)
    expect(repairs).toEqual([expect.objectContaining({ collection: 'articles', id: doc.id, action: 'publish-completed', version: newest.id })])
    for (const draft of [false, true]) {
      const read = await t.payload.findByID({ collection: 'articles', id: doc.id, depth: 0, draft })
      expect(read.title).toBe('发布中断于版本（新）')
      expect(read.bylines?.map((b) => b.name)).toEqual(['赵一', '钱二', '孙三'])
    }
    const latest = await t.payload.countVersions({ collection: 'articles', where: { and: [{ parent: { equals: doc.id } }, { latest: { equals: true } }] } })
    expect(latest.totalDocs).toBe(1)
    expect(await repairInterruptedSaves(t.payload)).toEqual([])
  })

  it('never restores from a version that was set aside', async () => {
    const doc = await t.payload.create({ collection: 'articles', data: { title: '只从完整版本恢复', bylines: [{ role: 'reporter', name: '周四' }] }, draft: true })
    await t.payload.update({ collection: 'articles', id: doc.id, data: { reviewStage: 'approved' } as never, draft: true })
    await t.payload.update({ collection: 'articles', id: doc.id, data: { _status: 'published' } as never })
    // A second publish killed twice over: its version inserted without rows (set aside as a
    // draft would be — its timestamp is not the document's), then the document half rewritten.
    await t.payload.update({ collection: 'articles', id: doc.id, data: { _status: 'published', title: '只从完整版本恢复（二）' } as never })
    const second = (await t.payload.findVersions({ collection: 'articles', where: { parent: { equals: doc.id } }, sort: '-createdAt', limit: 1 })).docs[0]!
    await raw(sql`DELETE FROM _articles_v_version_bylines WHERE _parent_id = ${second.id}`)
    await raw(sql`UPDATE _articles_v SET latest = true WHERE id IN (SELECT id FROM _articles_v WHERE parent_id = ${doc.id} ORDER BY id DESC LIMIT 2)`)
    await raw(sql`UPDATE _articles_v SET version_updated_at = '2000-01-01T00:00:00.000Z' WHERE id = ${second.id}`)
    await raw(sql`UPDATE articles SET title = '半截', updated_at = ${later()} WHERE id = ${doc.id}`)
    await raw(sql`DELETE FROM articles_bylines WHERE _parent_id = ${doc.id}`)

    const repairs = await repairInterruptedSaves(t.payload)
    expect(repairs.map((r) => r.action)).toEqual(['draft-set-aside', 'restored-from-version'])
    const live = await t.payload.findByID({ collection: 'articles', id: doc.id, depth: 0 })
    expect(live.title).toBe('只从完整版本恢复')
    expect(live.bylines?.map((b) => b.name)).toEqual(['周四'])
  })

  it('removes a document whose first create was interrupted before its first version', async () => {
    const doc = await t.payload.create({ collection: 'model-workers', data: { name: '半途创建的劳模' } as never, draft: true })
    await raw(sql`DELETE FROM _model_workers_v WHERE parent_id = ${doc.id}`)
    const repairs = await repairInterruptedSaves(t.payload)
    expect(repairs).toEqual([expect.objectContaining({ collection: 'model-workers', id: doc.id, title: '半途创建的劳模', action: 'incomplete-create-removed' })])
    expect(await t.payload.count({ collection: 'model-workers', where: { id: { equals: doc.id } } })).toEqual({ totalDocs: 0 })
  })

  it('completes the first version of a create killed while that version was written', async () => {
    const topic = await t.payload.create({ collection: 'articles', data: { title: '首版中断', bylines: [{ role: 'reporter', name: '吴五' }, { role: 'photo', name: '郑六' }] }, draft: true })
    const version = (await t.payload.findVersions({ collection: 'articles', where: { parent: { equals: topic.id } }, limit: 1 })).docs[0]!
    await raw(sql`DELETE FROM _articles_v_version_bylines WHERE _parent_id = ${version.id} AND _order > 1`)
    const repairs = await repairInterruptedSaves(t.payload)
    expect(repairs).toEqual([expect.objectContaining({ collection: 'articles', id: topic.id, title: '首版中断', action: 'create-completed', version: version.id })])
    const latest = await t.payload.findByID({ collection: 'articles', id: topic.id, draft: true, depth: 0 })
    expect(latest.bylines?.map((b) => b.name)).toEqual(['吴五', '郑六'])
    expect(await repairInterruptedSaves(t.payload)).toEqual([])
  })

  it('finds nothing to repair in a database whose saves completed', async () => {
    for (let i = 0; i < 3; i++) {
      const doc = await t.payload.create({ collection: 'articles', data: { title: `完整保存${i}` }, draft: true })
      await t.payload.update({ collection: 'articles', id: doc.id, data: { reviewStage: 'approved' } as never, draft: true })
      await t.payload.update({ collection: 'articles', id: doc.id, data: { _status: 'published' } as never })
      await t.payload.update({ collection: 'articles', id: doc.id, data: { title: `完整保存${i}（草稿）` }, draft: true })
    }
    expect(await repairInterruptedSaves(t.payload)).toEqual([])
  })
})
