// Follow-up to issue 12: side routes around 三审 found by a second attacker's pass with the demo
// logins against `npm start`, after the fixes pinned in review-bypass.int.spec.ts: photos changed
// after submission or sign-off, blocked words outside paragraphs / in captions / split by
// punctuation / in traditional characters, authorship claimed on author-less drafts, edit locks
// taken in someone else's name. Each case failed on the code it was written against.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { jpegFile } from '../fixtures/media/make'
import { rest, startPayload, type TestPayload } from '../helpers/payload'

type Who = 'admin' | 'chief' | 'editor' | 'reporter' | 'reporter2'
const ROLES: Record<Who, string[]> = {
  admin: ['admin'],
  chief: ['chief-editor'],
  editor: ['editor'],
  reporter: ['reporter'],
  reporter2: ['reporter'],
}

let t: TestPayload
const users = {} as Record<Who, { id: number; roles: string[]; collection: 'users'; email: string }>
const tokens = {} as Record<Who, string>

type Doc = Record<string, any>

const BLOCKED = '全网最低'

beforeAll(async () => {
  t = await startPayload('attacks-followup')
  for (const who of Object.keys(ROLES) as Who[]) {
    const email = `${who}@followup.test`
    const user = await t.payload.create({ collection: 'users', data: { email, password: 'pass-123456', name: `用户${who}`, roles: ROLES[who] } as never })
    const fixed = await t.payload.update({ collection: 'users', id: user.id, data: { roles: ROLES[who] } as never })
    users[who] = { ...(fixed as any), collection: 'users', email }
    tokens[who] = (await t.payload.login({ collection: 'users', data: { email, password: 'pass-123456' } })).token!
  }
  await t.payload.create({ collection: 'sensitive-words', data: { word: BLOCKED, action: 'block', replacement: '优惠' } as never })
})

afterAll(async () => {
  await t?.close()
})

async function uploadPhoto(who: Who, data: Doc = { alt: '车间里的劳模' }): Promise<Doc> {
  const file = await jpegFile(320, 200, `followup-${Date.now()}-${Math.random().toString(36).slice(2)}.jpg`)
  return (await t.payload.create({ collection: 'media', data: data as never, file, user: users[who], overrideAccess: false })) as Doc
}

const para = (text: string) => ({
  type: 'paragraph',
  version: 1,
  format: '',
  indent: 0,
  direction: 'ltr',
  textFormat: 0,
  children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
})
const textNode = (text: string) => ({ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' })
const richText = (children: unknown[]) => ({ root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children } })

/** A reporter writes a draft over REST and submits it; answers the submit and the stage it ended at. */
async function writeAndSubmit(title: string, data: Doc): Promise<{ status: number; stage: string | null }> {
  const created = await rest<Doc>(t, 'POST', '/api/articles?draft=true', { token: tokens.reporter, body: { title, ...data } })
  if (created.status >= 300) return { status: created.status, stage: null }
  const id = created.body.doc.id
  const submit = await rest(t, 'PATCH', `/api/articles/${id}?draft=true`, { token: tokens.reporter, body: { reviewStage: 'submitted' } })
  const after = (await t.payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })) as Doc
  return { status: submit.status, stage: after.reviewStage }
}

describe('photos of a piece in review are part of what was reviewed', () => {
  it('refuses a reporter changing the caption, alt text or file of a photo used by a piece the chief editor has signed off, so what gets published is what was approved', async () => {
    const photo = await uploadPhoto('reporter', { alt: '车间', caption: '审定的图片说明' })
    const doc = await t.payload.create({ collection: 'articles', data: { title: '终审后换图测试', cover: photo.id } as never, draft: true, user: users.reporter, overrideAccess: false })
    await t.payload.update({ collection: 'articles', id: doc.id, data: { reviewStage: 'approved' } as never, draft: true })

    const caption = await rest(t, 'PATCH', `/api/media/${photo.id}`, { token: tokens.reporter, body: { caption: '终审后偷改的说明', alt: '偷改的替代文字' } })
    expect(caption.status).toBe(403)
    const swapped = jpegFile(320, 200, 'swapped-after-approval.jpg').then((file) =>
      t.payload.update({ collection: 'media', id: photo.id, data: {} as never, file, user: users.reporter, overrideAccess: false }),
    )
    await expect(swapped).rejects.toThrow()
    const after = (await t.payload.findByID({ collection: 'media', id: photo.id, depth: 0 })) as Doc
    expect(after.caption).toBe('审定的图片说明')
    expect(after.filename).toBe(photo.filename)
  })

  it("refuses a reporter changing a colleague's photo (reporters change their own photos while only drafts use them)", async () => {
    const photo = await uploadPhoto('reporter', { alt: '车间', caption: '作者写的说明' })
    await t.payload.create({ collection: 'articles', data: { title: '同事的草稿', cover: photo.id } as never, draft: true, user: users.reporter, overrideAccess: false })
    const res = await rest(t, 'PATCH', `/api/media/${photo.id}`, { token: tokens.reporter2, body: { caption: '别人改的说明' } })
    expect(res.status).toBe(403)
    // Nor by claiming the upload first: the uploader is set once, by the server.
    await rest(t, 'PATCH', `/api/media/${photo.id}`, { token: tokens.reporter2, body: { createdBy: users.reporter2.id } })
    const again = await rest(t, 'PATCH', `/api/media/${photo.id}`, { token: tokens.reporter2, body: { caption: '别人改的说明', createdBy: users.reporter2.id } })
    expect(again.status).toBe(403)
    const stored = (await t.payload.findByID({ collection: 'media', id: photo.id, depth: 0 })) as Doc
    expect(stored.createdBy).toBe(users.reporter.id)
    expect(stored.caption).toBe('作者写的说明')
  })
})

describe('no blocked word reaches the site unchecked', () => {
  it('refuses to submit a piece whose rich text holds a blocked word outside a paragraph (a bare text node, an unknown node), which the site renders', async () => {
    const bare = await writeAndSubmit('词检：裸文本节点', { body: richText([para('正常的段落'), textNode(`这是${BLOCKED}价`)]) })
    expect(bare.stage).not.toBe('submitted')
    const unknown = await writeAndSubmit('词检：未知节点', { body: richText([{ type: 'container', version: 1, children: [textNode(`这是${BLOCKED}价`)] }]) })
    expect(unknown.stage).not.toBe('submitted')
  })

  it('checks the caption of the photos a piece shows when it is submitted', async () => {
    const photo = await uploadPhoto('reporter', { alt: '商场', caption: `国家认证，${BLOCKED}` })
    const res = await writeAndSubmit('词检：图片说明', { cover: photo.id })
    expect(res.status).toBe(400)
    expect(res.stage).toBe('draft')
  })

  it('finds a blocked word split by punctuation (全·网·最·低)', async () => {
    const res = await writeAndSubmit('词检：标点隔开', { summary: '这是全·网·最·低价' })
    expect(res.status).toBe(400)
  })

  it('finds a blocked word written in traditional characters (全網最低)', async () => {
    const res = await writeAndSubmit('词检：繁体', { summary: '這是全網最低價' })
    expect(res.status).toBe(400)
  })
})

describe('authorship', () => {
  it('does not treat whoever sends createdBy as the author of a piece that has none (drafts made by `npm run import`)', async () => {
    // The command-line importer runs as the system: its drafts have no createdBy.
    const doc = await t.payload.create({ collection: 'articles', data: { title: '命令行导入的稿件' } as never, draft: true })
    expect((doc as Doc).createdBy ?? null).toBeNull()
    const edit = await rest(t, 'PATCH', `/api/articles/${doc.id}?draft=true`, { token: tokens.reporter2, body: { summary: '冒认作者后改写', createdBy: users.reporter2.id } })
    expect(edit.status).toBe(403)
    const submit = await rest(t, 'PATCH', `/api/articles/${doc.id}?draft=true`, { token: tokens.reporter2, body: { reviewStage: 'submitted', createdBy: users.reporter2.id } })
    expect(submit.status).toBe(403)
  })
})

describe('edit locks', () => {
  it("does not let a reporter take an edit lock in the chief editor's name (which blocks everyone else's saves with 423)", async () => {
    const doc = await t.payload.create({ collection: 'articles', data: { title: '加锁冒名测试' } as never, draft: true, user: users.reporter, overrideAccess: false })
    await rest(t, 'POST', '/api/payload-locked-documents', {
      token: tokens.reporter,
      body: { document: { relationTo: 'articles', value: doc.id }, user: { relationTo: 'users', value: users.chief.id } },
    })
    const locks = await t.payload.find({ collection: 'payload-locked-documents', where: { 'document.value': { equals: doc.id } }, depth: 0 })
    const holders = locks.docs.map((lock: Doc) => (typeof lock.user?.value === 'object' ? lock.user.value.id : lock.user?.value))
    expect(holders).not.toContain(users.chief.id)
  })
})
