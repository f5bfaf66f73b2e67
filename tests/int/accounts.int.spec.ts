// Removing an account (an administrator's act, e.g. a correspondent who left): the photos they
// uploaded and the pieces they pushed to WeChat stay, with the uploader / pusher then unknown —
// on SQLite too, where some columns were added without the database's ON DELETE rule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { jpegFile } from '../fixtures/media/make'
import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload

beforeAll(async () => {
  process.env.JOBS_AUTORUN = '0'
  t = await startPayload('accounts')
  await t.payload.create({ collection: 'users', data: { email: 'admin@accounts.test', password: 'pass-123456', name: '管理员', roles: ['admin'] } as never })
}, 180_000)

afterAll(async () => {
  await t?.close()
})

describe('removing an account', () => {
  it('keeps the photos it uploaded and the pieces it pushed, with the account unlinked', async () => {
    const leaving = (await t.payload.create({ collection: 'users', data: { email: 'leaving@accounts.test', password: 'pass-123456', name: '离职通讯员', roles: ['reporter'] } as never })) as { id: number }
    const user = { ...leaving, collection: 'users' } as never
    const photo = await t.payload.create({ collection: 'media', data: { alt: '车间合影' } as never, file: await jpegFile(64, 48, 'leaving.jpg'), user, overrideAccess: false })
    expect((await t.payload.findByID({ collection: 'media', id: photo.id, depth: 0 })).createdBy).toBe(leaving.id)
    const piece = await t.payload.create({ collection: 'articles', data: { title: '离职前写的稿件' } as never, draft: true, user, overrideAccess: false })
    await t.payload.db.updateOne({ collection: 'articles', id: piece.id, data: { wechat: { pushedBy: leaving.id, state: 'created' } } as never, returning: false })

    await t.payload.delete({ collection: 'users', id: leaving.id })

    expect(await t.payload.findByID({ collection: 'users', id: leaving.id, disableErrors: true })).toBeNull()
    const kept = await t.payload.findByID({ collection: 'media', id: photo.id, depth: 0 })
    expect(kept.alt).toBe('车间合影')
    expect(kept.createdBy ?? null).toBeNull()
    const story = (await t.payload.findByID({ collection: 'articles', id: piece.id, draft: true, depth: 0 })) as { title: string; wechat?: { pushedBy?: unknown } }
    expect(story.title).toBe('离职前写的稿件')
    expect(story.wechat?.pushedBy ?? null).toBeNull()
  })
})
