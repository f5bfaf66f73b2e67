// The review log's role through a whole 三审: each entry stores the value of the role that made the
// step possible (the system's entries 'system'), and the sign-off sheet prints its Chinese name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
const users: Record<string, { id: number | string; roles: string[]; collection: 'users' }> = {}

beforeAll(async () => {
  t = await startPayload('review-log-role')
  // The first reviewer holds both editor roles: the log names the role that made the step possible
  // (责编 for a first review), not the highest one.
  const roles: Record<string, string[]> = { reporter: ['reporter'], both: ['editor', 'chief-editor'], chief: ['chief-editor'] }
  for (const [name, held] of Object.entries(roles)) {
    const user = await t.payload.create({ collection: 'users', data: { email: `${name}@role.test`, password: 'pass-123456', name, roles: held } as never })
    users[name] = { id: user.id, roles: held, collection: 'users' }
  }
}, 180_000)

afterAll(async () => {
  await t?.close()
})

describe('the review log', () => {
  it('stores the role value of each step and prints its Chinese name on the sign-off sheet', async () => {
    const { payload } = t
    const as = (name: string) => ({ user: users[name], overrideAccess: false as const })
    const doc = await payload.create({ collection: 'articles', data: { title: '角色记录' } as never, draft: true, ...as('reporter') })
    await payload.update({ collection: 'articles', id: doc.id, data: { reviewStage: 'submitted' } as never, draft: true, ...as('reporter') })
    await payload.update({ collection: 'articles', id: doc.id, data: { reviewStage: 'edited' } as never, draft: true, ...as('both') })
    await payload.update({ collection: 'articles', id: doc.id, data: { reviewStage: 'approved' } as never, draft: true, ...as('chief') })
    await payload.update({ collection: 'articles', id: doc.id, data: { _status: 'published' } as never, ...as('chief') })
    await payload.update({ collection: 'articles', id: doc.id, data: { title: '角色记录（系统）' } as never, draft: true })

    const after = await payload.findByID({ collection: 'articles', id: doc.id, draft: true, depth: 0 })
    expect(after.reviewLog!.map((e) => [e.action, e.role])).toEqual([
      ['提交审核', 'reporter'],
      ['责编初审通过', 'editor'],
      ['终审通过', 'chief-editor'],
      ['发布', 'chief-editor'],
      ['退回重开', 'system'],
    ])

    const { renderSignoffSheet } = await import('../../src/workflow/signoff')
    const sheet = renderSignoffSheet('文章', after as never)
    for (const name of ['记者/通讯员', '责编', '终审', '系统']) expect(sheet).toContain(`<small>${name}</small>`)
    expect(sheet).not.toContain('chief-editor')
  })
})
