// The routes beside the 三审 chain, tried the way an attacker with a staff login (and an anonymous
// reader) would: version restore, authorship takeover, photos on live pages, a withdrawal with a
// newer draft pending, photos used only by drafts, account unlocking, separation of duties, and
// colleagues' e-mail addresses. Each case is one of issue 12's findings, pinned.
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { jpegFile } from '../fixtures/media/make'
import { rest, startPayload, type TestPayload } from '../helpers/payload'

type Who = 'admin' | 'chief' | 'chief2' | 'editor' | 'editor2' | 'reporter' | 'reporter2'
const ROLES: Record<Who, string[]> = {
  admin: ['admin'],
  chief: ['chief-editor'],
  chief2: ['chief-editor'],
  editor: ['editor'],
  editor2: ['editor'],
  reporter: ['reporter'],
  reporter2: ['reporter'],
}

let t: TestPayload
const users = {} as Record<Who, { id: number; roles: string[]; collection: 'users'; email: string }>
const tokens = {} as Record<Who, string>

type Doc = Record<string, any>

beforeAll(async () => {
  t = await startPayload('review-bypass')
  for (const who of Object.keys(ROLES) as Who[]) {
    const email = `${who}@bypass.test`
    const user = await t.payload.create({ collection: 'users', data: { email, password: 'pass-123456', name: `用户${who}`, roles: ROLES[who] } as never })
    const fixed = await t.payload.update({ collection: 'users', id: user.id, data: { roles: ROLES[who] } as never })
    users[who] = { ...(fixed as any), collection: 'users', email }
    tokens[who] = (await t.payload.login({ collection: 'users', data: { email, password: 'pass-123456' } })).token!
  }
})

afterAll(async () => {
  await t?.close()
})

/** Publish jobs waiting in the queue (each test starts with none). */
async function queuedPublishes(): Promise<number> {
  const { totalDocs } = await t.payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'publishSite' } } })
  return totalDocs
}

beforeEach(async () => {
  await t.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
})

/** An article written by `author`, then signed off and published by the system. */
async function liveArticle(title: string, author: Who = 'reporter', extra: Doc = {}): Promise<Doc> {
  const doc = await t.payload.create({ collection: 'articles', data: { title, ...extra } as never, draft: true, user: users[author], overrideAccess: false })
  await t.payload.update({ collection: 'articles', id: doc.id, data: { reviewStage: 'approved' } as never, draft: true })
  await t.payload.update({ collection: 'articles', id: doc.id, data: { _status: 'published' } as never })
  // The publish just queued a site publish; each case counts only what happens after.
  await t.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
  return t.payload.findByID({ collection: 'articles', id: doc.id, depth: 0 }) as Promise<Doc>
}

/** Status of an anonymous GET (JSON or a file). */
const anonymousStatus = async (path: string) =>
  (await handleEndpoints({ config: t.config, request: new Request(`http://localhost${path}`), payloadInstanceCacheKey: t.key })).status

const gql = async (who: Who | null, query: string) => {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (who) headers.Authorization = `JWT ${tokens[who]}`
  const res = await GRAPHQL_POST(t.config)(new Request('http://localhost/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) }))
  return (await res.json()) as { data?: Record<string, any>; errors?: { message: string }[] }
}

async function uploadPhoto(who: Who, data: Doc = { alt: '车间里的劳模' }): Promise<Doc> {
  const file = await jpegFile(320, 200, `photo-${Date.now()}-${Math.random().toString(36).slice(2)}.jpg`)
  return (await t.payload.create({ collection: 'media', data: data as never, file, user: users[who], overrideAccess: false })) as Doc
}

describe('version restore goes through the chain', () => {
  it('refuses a reporter restoring the approved draft version of their live piece, and the piece stays live', async () => {
    const live = await liveArticle('恢复版本测试稿')
    const versions = await t.payload.findVersions({ collection: 'articles', where: { parent: { equals: live.id } }, sort: 'createdAt', depth: 0 })
    const approvedDraft = versions.docs.find((v: Doc) => v.version._status === 'draft' && v.version.reviewStage === 'approved')!
    expect(approvedDraft).toBeTruthy()
    for (const who of ['reporter', 'editor'] as Who[]) {
      const res = await rest(t, 'POST', `/api/articles/versions/${approvedDraft.id}`, { token: tokens[who] })
      expect(res.status, who).toBe(403)
      expect(JSON.stringify(res.body)).toContain('只有终审或管理员可以撤下')
    }
    expect(await anonymousStatus(`/api/articles/${live.id}`)).toBe(200)
    expect(await queuedPublishes()).toBe(0)
  })

  it('lets the chief editor restore it, which takes the piece down, logs the restore and queues a site publish', async () => {
    const live = await liveArticle('终审恢复版本稿')
    const versions = await t.payload.findVersions({ collection: 'articles', where: { parent: { equals: live.id } }, sort: 'createdAt', depth: 0 })
    const approvedDraft = versions.docs.find((v: Doc) => v.version._status === 'draft' && v.version.reviewStage === 'approved')!
    const res = await rest(t, 'POST', `/api/articles/versions/${approvedDraft.id}`, { token: tokens.chief })
    expect(res.status).toBe(200)
    expect(await anonymousStatus(`/api/articles/${live.id}`)).toBe(404)
    const after = (await t.payload.findByID({ collection: 'articles', id: live.id, draft: true, depth: 0 })) as Doc
    const actions = after.reviewLog.map((e: Doc) => e.action)
    expect(actions).toContain('恢复历史版本')
    expect(actions.at(-1)).toBe('撤下')
    expect(after.reviewLog.at(-2).comment).toContain(String(approvedDraft.id))
    expect(await queuedPublishes()).toBe(1)
  })

  it('does not let a restore carry an old review stage back: an old approved version restored as a draft stays at the current stage', async () => {
    const doc = await t.payload.create({ collection: 'articles', data: { title: '阶段回退测试' } as never, draft: true, user: users.reporter, overrideAccess: false })
    await t.payload.update({ collection: 'articles', id: doc.id, data: { reviewStage: 'approved' } as never, draft: true })
    const oldApproved = (await t.payload.findVersions({ collection: 'articles', where: { parent: { equals: doc.id } }, sort: '-createdAt', limit: 1 })).docs[0]!
    // An administrator reopens it; the reporter then restores the approved version as a draft.
    await t.payload.update({ collection: 'articles', id: doc.id, data: { reviewStage: 'draft', title: '阶段回退测试（重开）' } as never, draft: true, user: users.admin, overrideAccess: false })
    const res = await rest(t, 'POST', `/api/articles/versions/${oldApproved.id}?draft=true`, { token: tokens.reporter })
    expect(res.status).toBe(200)
    const after = (await t.payload.findByID({ collection: 'articles', id: doc.id, draft: true, depth: 0 })) as Doc
    expect(after.reviewStage).toBe('draft')
    expect(after.title).toBe('阶段回退测试')
    expect(after.reviewLog.at(-1).action).toBe('恢复历史版本')
  })
})

describe('authorship is set once', () => {
  it('ignores createdBy sent over REST and GraphQL, by staff and administrators alike', async () => {
    const doc = await t.payload.create({ collection: 'articles', data: { title: '作者归属测试' } as never, draft: true, user: users.reporter, overrideAccess: false })
    await t.payload.update({ collection: 'articles', id: doc.id, data: { reviewStage: 'submitted' } as never, draft: true, user: users.reporter, overrideAccess: false })
    const patched = await rest(t, 'PATCH', `/api/articles/${doc.id}?draft=true`, { token: tokens.editor, body: { createdBy: users.editor.id } })
    expect(patched.status).toBeLessThan(300)
    await gql('editor', `mutation { updateArticle(id: ${doc.id}, draft: true, data: { createdBy: ${users.editor.id} }) { id } }`)
    await rest(t, 'PATCH', `/api/articles/${doc.id}?draft=true`, { token: tokens.admin, body: { createdBy: users.admin.id } })
    const after = (await t.payload.findByID({ collection: 'articles', id: doc.id, draft: true, depth: 0 })) as Doc
    expect(after.createdBy).toBe(users.reporter.id)
    // Still not the editor's piece: taking it over to submit it as its author does not work.
    const own = await rest(t, 'PATCH', `/api/articles/${doc.id}?draft=true`, { token: tokens.reporter2, body: { title: '被冒名修改' } })
    expect(own.status).toBe(403)
  })
})

describe('photos on live pages', () => {
  it('refuses a reporter changing or blanking a photo a published piece shows, and names who may', async () => {
    const photo = await uploadPhoto('reporter')
    await liveArticle('带图的已发布稿', 'reporter', { cover: photo.id })
    const stored = (await t.payload.findByID({ collection: 'media', id: photo.id, depth: 0 })) as Doc
    expect(stored.usedByPublished).toBe(true)
    for (const body of [{ caption: '改过的图片说明' }, { alt: '' }, { credit: '摄影 某人' }]) {
      const res = await rest(t, 'PATCH', `/api/media/${photo.id}`, { token: tokens.reporter, body })
      expect(res.status, JSON.stringify(body)).toBe(403)
      expect(JSON.stringify(res.body)).toContain('只有责编、终审或管理员可以修改')
    }
    const unchanged = (await t.payload.findByID({ collection: 'media', id: photo.id, depth: 0 })) as Doc
    expect(unchanged.alt).toBe('车间里的劳模')
    expect(await queuedPublishes()).toBe(0)
  })

  it('lets an editor change it, logs the change with before and after, and republishes the site', async () => {
    const photo = await uploadPhoto('reporter')
    await liveArticle('责编改图说的稿件', 'reporter', { cover: photo.id })
    await t.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    const res = await rest(t, 'PATCH', `/api/media/${photo.id}`, { token: tokens.editor, body: { caption: '新的图片说明' } })
    expect(res.status).toBe(200)
    const after = (await t.payload.findByID({ collection: 'media', id: photo.id, depth: 0, user: users.editor, overrideAccess: false })) as Doc
    const entry = after.changeLog.at(-1)
    expect(entry.fields).toContain('图片说明')
    expect(entry.detail).toContain('新的图片说明')
    expect(entry.userName).toBe('用户editor')
    expect(await queuedPublishes()).toBe(1)
    // Nobody rewrites the log through the API.
    await rest(t, 'PATCH', `/api/media/${photo.id}`, { token: tokens.admin, body: { changeLog: [] } })
    expect(((await t.payload.findByID({ collection: 'media', id: photo.id, depth: 0 })) as Doc).changeLog.length).toBe(after.changeLog.length)
  })

  it('keeps the alt text of a live photo, for editors too, and refuses deleting it while live', async () => {
    const photo = await uploadPhoto('reporter')
    await liveArticle('删除图片测试稿', 'reporter', { cover: photo.id })
    const blank = await rest(t, 'PATCH', `/api/media/${photo.id}`, { token: tokens.editor, body: { alt: '' } })
    expect(blank.status).toBe(400)
    expect(JSON.stringify(blank.body)).toContain('替代文字')
    const del = await rest(t, 'DELETE', `/api/media/${photo.id}`, { token: tokens.editor })
    expect(del.status).toBeGreaterThanOrEqual(400)
    expect(await t.payload.findByID({ collection: 'media', id: photo.id, depth: 0, disableErrors: true })).toBeTruthy()
  })

  it('lets a reporter fix their photo while only drafts use it', async () => {
    const photo = await uploadPhoto('reporter')
    await t.payload.create({ collection: 'articles', data: { title: '草稿用图', cover: photo.id } as never, draft: true, user: users.reporter, overrideAccess: false })
    const res = await rest(t, 'PATCH', `/api/media/${photo.id}`, { token: tokens.reporter, body: { caption: '草稿阶段改图说' } })
    expect(res.status).toBe(200)
    expect(await queuedPublishes()).toBe(0)
  })
})

describe('photos used only by drafts are not public', () => {
  it('hides a portrait until the profile is published, and hides it again when it is withdrawn', async () => {
    const portrait = await uploadPhoto('reporter', { alt: '劳模肖像' })
    const worker = await t.payload.create({ collection: 'model-workers', data: { name: '待同意的劳模', kind: 'individual', portrait: portrait.id } as never, draft: true, user: users.reporter, overrideAccess: false })
    const file = `/api/media/file/${encodeURIComponent(portrait.filename)}`
    expect(await anonymousStatus(`/api/media/${portrait.id}`)).toBeGreaterThanOrEqual(400)
    expect(await anonymousStatus(file)).toBeGreaterThanOrEqual(400)
    const privateCard = (portrait.sizes as Record<string, { filename: string }>).card!.filename
    expect(await anonymousStatus(`/api/media/file/${encodeURIComponent(privateCard)}`)).toBeGreaterThanOrEqual(400)
    expect((await rest<{ docs: Doc[] }>(t, 'GET', '/api/media?limit=100')).body.docs.map((d) => d.id)).not.toContain(portrait.id)
    // Staff see it.
    expect((await rest(t, 'GET', `/api/media/${portrait.id}`, { token: tokens.reporter2 })).status).toBe(200)

    await t.payload.update({ collection: 'model-workers', id: worker.id, data: { publicationConsent: true, reviewStage: 'approved' } as never, draft: true })
    await t.payload.update({ collection: 'model-workers', id: worker.id, data: { _status: 'published' } as never })
    expect(await anonymousStatus(`/api/media/${portrait.id}`)).toBe(200)
    expect(await anonymousStatus(file)).toBe(200)
    // Its sizes too (WebP and the JPEG beside it), which only staff could fetch before it was live.
    const card = ((await t.payload.findByID({ collection: 'media', id: portrait.id, depth: 0 })) as Doc).sizes.card.filename as string
    expect(await anonymousStatus(`/api/media/file/${encodeURIComponent(card)}`)).toBe(200)
    expect(await anonymousStatus(`/api/media/file/${encodeURIComponent(card.replace(/\.webp$/, '.jpg'))}`)).toBe(200)

    const down = await rest(t, 'PATCH', `/api/model-workers/${worker.id}`, { token: tokens.chief, body: { _status: 'draft' } })
    expect(down.status).toBe(200)
    expect(await anonymousStatus(`/api/media/${portrait.id}`)).toBeGreaterThanOrEqual(400)
  })

  it('serves a photo an editor marked for public use, and refuses that mark from a reporter', async () => {
    const photo = await uploadPhoto('reporter')
    const refused = await rest(t, 'PATCH', `/api/media/${photo.id}`, { token: tokens.reporter, body: { publicUse: true } })
    expect(refused.status).toBe(403)
    expect(await anonymousStatus(`/api/media/${photo.id}`)).toBeGreaterThanOrEqual(400)
    expect((await rest(t, 'PATCH', `/api/media/${photo.id}`, { token: tokens.editor, body: { publicUse: true } })).status).toBe(200)
    expect(await anonymousStatus(`/api/media/${photo.id}`)).toBe(200)
  })
})

describe('withdrawal reaches the site', () => {
  it('queues a site publish when the chief editor unpublishes a live piece that has a newer draft pending', async () => {
    const live = await liveArticle('有新草稿时撤稿')
    // A newer draft beside the live version (an administrator reopened it and edited).
    await t.payload.update({ collection: 'articles', id: live.id, data: { title: '有新草稿时撤稿（修改中）', reviewStage: 'draft' } as never, draft: true, user: users.admin, overrideAccess: false })
    await t.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    const res = await rest(t, 'PATCH', `/api/articles/${live.id}`, { token: tokens.chief, body: { _status: 'draft' } })
    expect(res.status).toBe(200)
    expect(await anonymousStatus(`/api/articles/${live.id}`)).toBe(404)
    expect(await queuedPublishes()).toBe(1)
  })
})

describe('accounts', () => {
  it('lets only administrators unlock an account, over REST and GraphQL', async () => {
    const res = await rest(t, 'POST', '/api/users/unlock', { token: tokens.editor, body: { email: users.reporter2.email } })
    expect(res.status).toBe(403)
    const viaGraphQL = await gql('chief', `mutation { unlockUser(email: "${users.reporter2.email}") }`)
    expect(viaGraphQL.errors?.length).toBeGreaterThan(0)
    expect((await rest(t, 'POST', '/api/users/unlock', { token: tokens.admin, body: { email: users.reporter2.email } })).status).toBe(200)
  })

  it('shows colleagues names only: e-mail addresses and roles are for administrators and the person', async () => {
    const list = await rest<{ docs: Doc[] }>(t, 'GET', '/api/users?limit=50', { token: tokens.reporter })
    expect(list.status).toBe(200)
    const others = list.body.docs.filter((d) => d.id !== users.reporter.id)
    expect(others.length).toBeGreaterThan(3)
    for (const d of others) {
      expect(d.name).toBeTruthy()
      expect(d.email).toBeUndefined()
      expect(d.roles).toBeUndefined()
    }
    const self = list.body.docs.find((d) => d.id === users.reporter.id)!
    expect(self.email).toBe(users.reporter.email)
    // Nor can the address be guessed with a query.
    const probe = await rest<{ docs?: Doc[] }>(t, 'GET', `/api/users?where[email][equals]=${encodeURIComponent(users.admin.email)}`, { token: tokens.reporter })
    expect(probe.body.docs?.length ?? 0).toBe(0)
    const viaGraphQL = await gql('reporter', '{ Users(limit: 50) { docs { id name email roles } } }')
    for (const d of viaGraphQL.data?.Users?.docs ?? []) if (d.id !== users.reporter.id) expect(d.email ?? null).toBeNull()
    const admin = await rest<{ docs: Doc[] }>(t, 'GET', '/api/users?limit=50', { token: tokens.admin })
    expect(admin.body.docs.every((d) => typeof d.email === 'string')).toBe(true)
  })
})

describe('refusals say who may', () => {
  it('names the roles and whom to ask when a reporter tries what only others may do', async () => {
    const topic = await rest(t, 'POST', '/api/topics', { token: tokens.reporter, body: { name: '记者建栏目' } })
    expect(topic.status).toBe(403)
    expect(JSON.stringify(topic.body)).toContain('责编初审、修改已提交的稿件、维护栏目与目录')
    expect(JSON.stringify(topic.body)).toContain('请联系管理员')
  })
})

describe('separation of duties', () => {
  async function submittedBy(author: Who, title: string) {
    const doc = await t.payload.create({ collection: 'articles', data: { title } as never, draft: true, user: users[author], overrideAccess: false })
    await t.payload.update({ collection: 'articles', id: doc.id, data: { reviewStage: 'submitted' } as never, draft: true, user: users[author], overrideAccess: false })
    return doc
  }

  it('refuses an editor giving the first review to their own piece, and says who may', async () => {
    const doc = await submittedBy('editor', '责编自己写的稿')
    const res = await rest(t, 'PATCH', `/api/articles/${doc.id}?draft=true`, { token: tokens.editor, body: { reviewStage: 'edited' } })
    expect(res.status).toBe(403)
    expect(JSON.stringify(res.body)).toContain('不能审核自己撰写的稿件')
    expect(JSON.stringify(res.body)).toContain('另一位责编或终审')
    expect((await rest(t, 'PATCH', `/api/articles/${doc.id}?draft=true`, { token: tokens.editor2, body: { reviewStage: 'edited' } })).status).toBe(200)
  })

  it('refuses administrators signing off their own piece too', async () => {
    const doc = await submittedBy('admin', '管理员自己写的稿')
    const res = await rest(t, 'PATCH', `/api/articles/${doc.id}?draft=true`, { token: tokens.admin, body: { reviewStage: 'approved' } })
    expect(res.status).toBe(403)
    const created = await rest(t, 'POST', '/api/articles', { token: tokens.admin, body: { title: '管理员直接签发', reviewStage: 'approved', _status: 'published' } })
    expect(created.status).toBe(403)
  })

  it('refuses the first reviewer giving the final sign-off as well', async () => {
    const doc = await submittedBy('reporter', '初审终审同一人')
    expect((await rest(t, 'PATCH', `/api/articles/${doc.id}?draft=true`, { token: tokens.chief, body: { reviewStage: 'edited' } })).status).toBe(200)
    const res = await rest(t, 'PATCH', `/api/articles/${doc.id}?draft=true`, { token: tokens.chief, body: { reviewStage: 'approved' } })
    expect(res.status).toBe(403)
    expect(JSON.stringify(res.body)).toContain('终审须由另一人完成')
    expect((await rest(t, 'PATCH', `/api/articles/${doc.id}?draft=true`, { token: tokens.chief2, body: { reviewStage: 'approved' } })).status).toBe(200)
  })
})
