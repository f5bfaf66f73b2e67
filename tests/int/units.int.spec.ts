// Units (issue 17, src/access/units.ts): two county unions (A, B) under a city federation. County
// A's reporter, editor, chief editor and administrator try county B's drafts, versions and photos by
// id, by list filters and search, over GraphQL, through the review chain and every other route of
// the publishable and media collections — a route × unit table derived from the running
// configuration, so a route added later without a unit rule fails — and get nothing. The city's
// editor reaches both counties; moving a piece between units is refused to non-administrators and
// done and logged for administrators; creating in another unit is refused.
import { formatNames, handleEndpoints, toWords, type Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PUBLISHABLE } from '../../collections/slugs'
import { jpegFile } from '../fixtures/media/make'
import { graphQLCall, restCall, type Reply } from '../helpers/http'
import { startPayload, type TestPayload } from '../helpers/payload'
import { setUpFederation } from '../helpers/units'
import { graphQLRoutes, restRoutes, type GraphQLRoute, type RestRoute } from '../helpers/routes'

type Who = 'fedAdmin' | 'cityEditor' | 'adminA' | 'reporterA' | 'editorA' | 'chiefA' | 'reporterB' | 'editorB' | 'chiefB'
const ACCOUNTS: Record<Who, { roles: string[]; unit: 'city' | 'a' | 'b' }> = {
  fedAdmin: { roles: ['admin'], unit: 'city' },
  cityEditor: { roles: ['editor'], unit: 'city' },
  adminA: { roles: ['admin'], unit: 'a' },
  reporterA: { roles: ['reporter'], unit: 'a' },
  editorA: { roles: ['editor'], unit: 'a' },
  chiefA: { roles: ['chief-editor'], unit: 'a' },
  reporterB: { roles: ['reporter'], unit: 'b' },
  editorB: { roles: ['editor'], unit: 'b' },
  chiefB: { roles: ['chief-editor'], unit: 'b' },
}
/** County A's people: none of them may touch county B's unpublished work. */
const COUNTY_A: Who[] = ['reporterA', 'editorA', 'chiefA', 'adminA']

let t: TestPayload
const users = {} as Record<Who, { id: number; roles: string[]; collection: 'users'; email: string; organization: number }>
const tokens = {} as Record<Who, string>
const units = {} as Record<'city' | 'a' | 'b', number>
let counter = 0
const marker = () => `单位标记${Date.now().toString(36)}${(counter++).toString(36)}`

type Doc = Record<string, any>

const call = (who: Who | null, method: string, url: string, body?: unknown, form?: FormData) => restCall(t, who ? tokens[who] : null, method, url, body, form)

const gql = (who: Who | null, query: string, variables?: Record<string, unknown>) => graphQLCall(t, who ? tokens[who] : null, query, variables)

const MARK_FIELD: Record<string, string> = { articles: 'title', 'model-workers': 'name', galleries: 'title', 'video-campaigns': 'title', 'yearly-reviews': 'title', media: 'alt' }

function baseData(slug: string, mark: string): Doc {
  if (slug === 'model-workers') return { name: mark, kind: 'individual', publicationConsent: true }
  if (slug === 'yearly-reviews') return { title: mark, period: { firstYear: 2025, lastYear: 2025 } }
  return { [MARK_FIELD[slug]!]: mark }
}

type Stage = 'draft' | 'submitted' | 'edited' | 'approved' | 'live'
type Target = { slug: string; id: number; mark: string; versionId?: number; filename?: string; into?: number }

/**
 * A piece of county B, written by its reporter (its unit filled in from hers), put into `stage` by B's
 * own people — a model-worker profile by the federation's (src/access/shared.ts: a county proposes,
 * the city reviews and publishes).
 */
async function pieceOfB(slug: string, stage: Stage = 'draft'): Promise<Target> {
  const mark = marker()
  const doc = (await t.payload.create({ collection: slug as 'articles', data: baseData(slug, mark) as never, draft: true, user: users.reporterB, overrideAccess: false })) as Doc
  const as = (who: Who) => ({ user: users[who], overrideAccess: false, draft: true })
  const federation = slug === 'model-workers'
  const publisher: Who = federation ? 'fedAdmin' : 'chiefB'
  const steps: [Stage, Who][] = [
    ['submitted', 'reporterB'],
    ['edited', federation ? 'cityEditor' : 'editorB'],
    ['approved', publisher],
  ]
  const upTo = stage === 'live' ? 3 : steps.findIndex(([s]) => s === stage) + 1
  for (const [s, who] of steps.slice(0, upTo)) await t.payload.update({ collection: slug as 'articles', id: doc.id, data: { reviewStage: s } as never, ...as(who) })
  if (stage === 'live') await t.payload.update({ collection: slug as 'articles', id: doc.id, data: { _status: 'published' } as never, user: users[publisher], overrideAccess: false })
  const versions = await t.payload.findVersions({ collection: slug as 'articles', where: { parent: { equals: doc.id } }, sort: '-createdAt', depth: 0, limit: 1 })
  return { slug, id: doc.id as number, mark, versionId: versions.docs[0]?.id as unknown as number }
}

/** A photo county B's reporter uploaded that nothing published uses (its unit is B's). */
async function photoOfB(): Promise<Target> {
  const mark = marker()
  const doc = (await t.payload.create({ collection: 'media', data: { alt: mark } as never, file: await jpegFile(64, 48, `${mark}.jpg`), user: users.reporterB, overrideAccess: false })) as Doc
  return { slug: 'media', id: doc.id, mark, filename: doc.filename }
}

/** Documents matching `where`, drafts included (their latest versions). */
const countDrafts = async (slug: string, where: Where) => (await t.payload.find({ collection: slug as 'articles', where, draft: true, depth: 0, limit: 1 })).totalDocs

const stored = (slug: string, id: number) => t.payload.findByID({ collection: slug as 'articles', id, draft: true, depth: 0, disableErrors: true }) as Promise<Doc | null>
const shows = (reply: Reply, target: Target) => reply.status < 300 && reply.text.includes(target.mark)

beforeAll(async () => {
  process.env.JOBS_AUTORUN = '0'
  t = await startPayload('units')
  const fed = await setUpFederation(t, 'units.test', ACCOUNTS)
  Object.assign(units, fed.units)
  Object.assign(users, fed.users)
  Object.assign(tokens, fed.tokens)
}, 180_000)

afterAll(async () => {
  await t?.close()
})

describe("a county's drafts are out of another county's reach", () => {
  it("fills a new piece's unit from its writer and lets the writer's unit read it", async () => {
    const piece = await pieceOfB('articles')
    expect((await stored('articles', piece.id))?.organization).toBe(units.b)
    for (const who of ['reporterB', 'editorB', 'chiefB', 'cityEditor', 'fedAdmin'] as Who[]) {
      expect(shows(await call(who, 'GET', `/api/articles/${piece.id}?draft=true&depth=0`), piece), who).toBe(true)
    }
  })

  it('answers nothing by id, by list filter, by search, by count, over GraphQL or through versions', async () => {
    const piece = await pieceOfB('articles', 'submitted')
    for (const who of COUNTY_A) {
      for (const url of [
        `/api/articles/${piece.id}?draft=true&depth=0`,
        `/api/articles/${piece.id}?depth=0`,
        `/api/articles?where[organization][equals]=${units.b}&draft=true&depth=0`,
        `/api/articles?where[organization][in]=${units.b},${units.a}&depth=0`,
        `/api/articles?where[or][0][title][like]=${encodeURIComponent(piece.mark)}&draft=true&depth=0`,
        `/api/articles/versions?where[parent][equals]=${piece.id}&depth=0`,
        `/api/articles/versions?where[version.organization][equals]=${units.b}&depth=0`,
        `/api/articles/versions/${piece.versionId}?depth=0`,
        `/api/articles/${piece.id}/signoff`,
      ]) {
        const reply = await call(who, 'GET', url)
        expect(reply.text.includes(piece.mark), `${who} ${url}: ${reply.text.slice(0, 200)}`).toBe(false)
      }
      const count = await call(who, 'GET', `/api/articles/count?where[organization][equals]=${units.b}`)
      expect(count.json?.totalDocs, who).toBe(0)
      for (const query of [
        `{ Articles(where: { organization: { equals: ${units.b} } }, draft: true) { docs { title } totalDocs } }`,
        `{ Article(id: ${piece.id}, draft: true) { title } }`,
        `{ countArticles(where: { organization: { equals: ${units.b} } }) { totalDocs } }`,
        `{ versionsArticles(where: { parent: { equals: ${piece.id} } }) { docs { version { title } } } }`,
        `{ versionArticle(id: ${piece.versionId}) { version { title } } }`,
      ]) {
        const reply = await gql(who, query)
        expect(reply.text.includes(piece.mark), `${who} ${query}: ${reply.text.slice(0, 200)}`).toBe(false)
        expect(reply.text, `${who} ${query}`).not.toMatch(/"totalDocs":[1-9]/)
      }
    }
  })

  it("keeps a county's private photo from another county, over the API and its file route", async () => {
    const photo = await photoOfB()
    expect((await stored('media', photo.id))?.organization).toBe(units.b)
    for (const who of COUNTY_A) {
      expect(shows(await call(who, 'GET', `/api/media/${photo.id}?depth=0`), photo), who).toBe(false)
      expect(shows(await call(who, 'GET', `/api/media?where[organization][equals]=${units.b}&depth=0`), photo), who).toBe(false)
      expect((await call(who, 'GET', `/api/media/file/${encodeURIComponent(photo.filename!)}`)).status, who).not.toBe(200)
      expect((await gql(who, `{ Media(id: ${photo.id}) { alt } }`)).text.includes(photo.mark), who).toBe(false)
    }
    expect(shows(await call('reporterB', 'GET', `/api/media/${photo.id}?depth=0`), photo)).toBe(true)
    expect((await call('cityEditor', 'GET', `/api/media/file/${encodeURIComponent(photo.filename!)}`)).status).toBe(200)
    expect((await call(null, 'GET', `/api/media/file/${encodeURIComponent(photo.filename!)}`)).status).not.toBe(200)
  })

  it('leaves published pieces readable by everyone, whatever their unit', async () => {
    const live = await pieceOfB('articles', 'live')
    for (const who of [...COUNTY_A, null]) expect(shows(await call(who, 'GET', `/api/articles/${live.id}?depth=0`), live), String(who)).toBe(true)
  })

  it("refuses county A's editor and chief editor every review step on county B's pieces; B's own and the city's editor take them", async () => {
    const submitted = await pieceOfB('articles', 'submitted')
    for (const who of ['editorA', 'chiefA'] as Who[]) {
      const reply = await call(who, 'PATCH', `/api/articles/${submitted.id}?draft=true`, { reviewStage: 'edited' })
      expect(reply.status, who).toBeGreaterThanOrEqual(400)
      expect((await gql(who, `mutation { updateArticle(id: ${submitted.id}, draft: true, data: { reviewStage: edited }) { id } }`)).json.errors?.length, who).toBeGreaterThan(0)
    }
    expect((await stored('articles', submitted.id))?.reviewStage).toBe('submitted')
    expect((await call('cityEditor', 'PATCH', `/api/articles/${submitted.id}?draft=true`, { reviewStage: 'edited' })).status).toBe(200)

    const edited = await pieceOfB('articles', 'edited')
    expect((await call('chiefA', 'PATCH', `/api/articles/${edited.id}?draft=true`, { reviewStage: 'approved' })).status).toBeGreaterThanOrEqual(400)
    expect((await stored('articles', edited.id))?.reviewStage).toBe('edited')
    const approved = await pieceOfB('articles', 'approved')
    expect((await call('chiefA', 'PATCH', `/api/articles/${approved.id}`, { _status: 'published' })).status).toBeGreaterThanOrEqual(400)
    expect((await stored('articles', approved.id))?._status).toBe('draft')
    expect((await call('chiefB', 'PATCH', `/api/articles/${edited.id}?draft=true`, { reviewStage: 'approved' })).status).toBe(200)
  })

  it('refuses scheduling or cancelling the publication of another county’s piece', async () => {
    const { guardedSchedulePublish } = await import('../../src/workflow/serverFunctions')
    const { createLocalReq } = await import('payload')
    const approved = await pieceOfB('articles', 'approved')
    const req = await createLocalReq({ user: users.chiefA as never }, t.payload)
    const result = (await (guardedSchedulePublish as (a: unknown) => Promise<{ error?: string }>)({ req, type: 'publish', doc: { relationTo: 'articles', value: String(approved.id) }, date: new Date(Date.now() + 3_600_000) })) as { error?: string }
    expect(result.error).toContain('乙县总工会')
    expect((await t.payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } } })).totalDocs).toBe(0)

    // County B's own chief schedules it; county A's chief and administrator can neither list that
    // job in 后台任务 nor cancel it there (by id, by a where, through GraphQL).
    const reqB = await createLocalReq({ user: users.chiefB as never }, t.payload)
    expect(((await (guardedSchedulePublish as (a: unknown) => Promise<{ error?: string }>)({ req: reqB, type: 'publish', doc: { relationTo: 'articles', value: String(approved.id) }, date: new Date(Date.now() + 3_600_000) })) as { error?: string } | undefined)?.error).toBeUndefined()
    const job = (await t.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } } })).docs[0]!
    for (const who of ['chiefA', 'adminA'] as Who[]) {
      expect((await call(who, 'GET', '/api/payload-jobs')).status, who).toBe(403)
      expect((await call(who, 'GET', `/api/payload-jobs/${job.id}`)).status, who).toBe(403)
      expect([403, 404], who).toContain((await call(who, 'DELETE', `/api/payload-jobs/${job.id}`)).status)
      expect([403, 404], who).toContain((await call(who, 'DELETE', `/api/payload-jobs?where[id][equals]=${job.id}`)).status)
      const listed = await gql(who, '{ PayloadJobs { docs { id } } }')
      expect(listed.json.data?.PayloadJobs?.docs ?? [], who).toEqual([])
    }
    expect((await t.payload.count({ collection: 'payload-jobs', where: { id: { equals: job.id } } })).totalDocs).toBe(1)
    // The federation's administrator keeps the whole queue.
    expect((await call('fedAdmin', 'GET', `/api/payload-jobs/${job.id}`)).status).toBe(200)
    await t.payload.delete({ collection: 'payload-jobs', id: job.id })
  })
})

describe('creating and moving between units', () => {
  it('refuses creating a piece or a photo in another unit, over REST and GraphQL', async () => {
    for (const who of ['reporterA', 'editorA', 'adminA'] as Who[]) {
      const mark = marker()
      const reply = await call(who, 'POST', '/api/articles?draft=true', { title: mark, organization: units.b })
      expect(reply.status, who).toBe(403)
      expect(reply.text).toContain('不能在「乙县总工会」名下新建')
      const viaGql = await gql(who, `mutation { createArticle(draft: true, data: { title: "${mark}", organization: ${units.b}, reviewStage: draft }) { id } }`)
      expect(viaGql.json.errors?.length, who).toBeGreaterThan(0)
      expect((await countDrafts('articles', { title: { equals: mark } } as Where)), who).toBe(0)
    }
    const mark = marker()
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: mark, organization: units.b }))
    form.append('file', new Blob([new Uint8Array((await jpegFile(64, 48, `${mark}.jpg`)).data)], { type: 'image/jpeg' }), `${mark}.jpg`)
    expect((await call('reporterA', 'POST', '/api/media', undefined, form)).status).toBe(403)
    // Within the reach it works, and the unit sent is kept.
    const own = await call('cityEditor', 'POST', '/api/articles?draft=true', { title: marker(), organization: units.a })
    expect(own.status).toBe(201)
    expect(own.json.doc.organization?.id ?? own.json.doc.organization).toBe(units.a)
  })

  it("refuses a non-administrator moving a piece to another unit, even their own piece, and an administrator of a county moving another county's", async () => {
    const piece = await pieceOfB('articles')
    for (const who of ['reporterB', 'editorB', 'cityEditor'] as Who[]) {
      const reply = await call(who, 'PATCH', `/api/articles/${piece.id}?draft=true`, { organization: units.a })
      expect(reply.status, who).toBe(403)
      expect(reply.text, who).toContain('只有管理员可以把稿件')
    }
    expect((await call('adminA', 'PATCH', `/api/articles/${piece.id}?draft=true`, { organization: units.a })).status).toBeGreaterThanOrEqual(400)
    const after = await stored('articles', piece.id)
    expect(after?.organization).toBe(units.b)
    expect(after?.reviewLog.some((e: Doc) => e.action === '转移单位')).toBe(false)
  })

  it('lets a federation administrator move a piece, logs the move, and the piece then belongs to its new unit only', async () => {
    const piece = await pieceOfB('articles', 'submitted')
    const reply = await call('fedAdmin', 'PATCH', `/api/articles/${piece.id}?draft=true`, { organization: units.a, reviewComment: '按属地划转' })
    expect(reply.status).toBe(200)
    const after = (await stored('articles', piece.id))!
    expect(after.organization).toBe(units.a)
    expect(after.reviewStage).toBe('submitted')
    const entry = after.reviewLog.at(-1)
    expect(entry.action).toBe('转移单位')
    expect(entry.user).toBe(users.fedAdmin.id)
    expect(entry.role).toBe('admin')
    expect(entry.comment).toContain('从「乙县总工会」移到「甲县总工会」')
    expect(entry.comment).toContain('按属地划转')
    // County B no longer sees it (neither the draft nor the stored record); county A now reviews it.
    for (const url of [`/api/articles/${piece.id}?draft=true&depth=0`, `/api/articles/${piece.id}?depth=0`, `/api/articles?where[id][equals]=${piece.id}&depth=0`]) {
      expect(shows(await call('editorB', 'GET', url), piece), url).toBe(false)
    }
    expect((await call('editorA', 'PATCH', `/api/articles/${piece.id}?draft=true`, { reviewStage: 'edited' })).status).toBe(200)
    // The record kept its content: only its unit changed.
    expect((await t.payload.findByID({ collection: 'articles', id: piece.id, depth: 0 })).title).toBe(piece.mark)
  })

  it("does not reopen a signed-off piece the federation administrator moves", async () => {
    const approved = await pieceOfB('articles', 'approved')
    expect((await call('fedAdmin', 'PATCH', `/api/articles/${approved.id}?draft=true`, { organization: units.a })).status).toBe(200)
    const after = (await stored('articles', approved.id))!
    expect(after.reviewStage).toBe('approved')
    expect(after.reviewLog.at(-1).action).toBe('转移单位')
  })

  it('leaves an account without a unit (a single office) as before: 所属单位 is content, changed by whoever may edit, not logged as a move', async () => {
    const email = 'nounit@units.test'
    const user = await t.payload.create({ collection: 'users', data: { email, password: 'pass-123456', name: '无单位记者', roles: ['reporter'] } as never })
    const token = (await t.payload.login({ collection: 'users', data: { email, password: 'pass-123456' } })).token!
    const as = (method: string, url: string, body?: unknown) =>
      handleEndpoints({ config: t.config, request: new Request(`http://localhost${url}`, { method, headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) }), payloadInstanceCacheKey: t.key })
    const created = await (await as('POST', '/api/articles?draft=true', { title: marker() })).json()
    expect(created.doc.organization ?? null).toBeNull()
    expect((await as('PATCH', `/api/articles/${created.doc.id}?draft=true`, { organization: units.a })).status).toBe(200)
    expect((await as('PATCH', `/api/articles/${created.doc.id}?draft=true`, { organization: units.b })).status).toBe(200)
    const after = (await stored('articles', created.doc.id))!
    expect(after.organization).toBe(units.b)
    expect(after.reviewLog.some((e: Doc) => /单位/.test(e.action))).toBe(false)
    // Submitted, the piece is the editors' to change: 所属单位 included, as before units.
    await t.payload.update({ collection: 'articles', id: created.doc.id, data: { reviewStage: 'submitted' } as never, draft: true, user, overrideAccess: false })
    expect((await as('PATCH', `/api/articles/${created.doc.id}?draft=true`, { organization: units.a })).status).toBe(403)
  })

  it('logs a photo moved by an administrator in its change log, and refuses the move to others', async () => {
    const photo = await photoOfB()
    expect((await call('editorB', 'PATCH', `/api/media/${photo.id}`, { organization: units.a })).status).toBe(403)
    expect((await call('fedAdmin', 'PATCH', `/api/media/${photo.id}`, { organization: units.a })).status).toBe(200)
    const after = (await stored('media', photo.id))!
    expect(after.organization).toBe(units.a)
    expect(after.changeLog.at(-1).fields).toContain('所属单位')
  })

  it("keeps the tree and the accounts within reach: no hanging another county under one's own, no account given another county", async () => {
    expect((await call('editorA', 'PATCH', `/api/organizations/${units.b}`, { parent: units.a })).status).toBeGreaterThanOrEqual(400)
    expect((await call('editorA', 'PATCH', `/api/organizations/${units.a}`, { parent: null })).status).toBe(403)
    expect((await call('editorA', 'POST', '/api/organizations', { name: '甲县某镇工会', level: 'county', parent: units.a })).status).toBe(201)
    expect((await call('editorA', 'POST', '/api/organizations', { name: '甲县自立工会', level: 'county' })).status).toBe(403)
    const org = await t.payload.findByID({ collection: 'organizations', id: units.b, depth: 0 })
    expect(org.parent).toBe(units.city)
    expect((await call('adminA', 'PATCH', `/api/users/${users.reporterA.id}`, { organization: units.b })).status).toBe(403)
    expect((await call('adminA', 'PATCH', `/api/users/${users.reporterB.id}`, { name: '被改名' })).status).toBeGreaterThanOrEqual(400)
    expect((await call('adminA', 'PATCH', `/api/users/${users.adminA.id}`, { organization: units.city })).status).toBe(403)
    expect((await t.payload.findByID({ collection: 'users', id: users.adminA.id, depth: 0 })).organization).toBe(units.a)
    // Unlocking another county's locked account: refused; the lock stays.
    const lockUntil = new Date(Date.now() + 3_600_000).toISOString()
    await t.payload.update({ collection: 'users', id: users.editorB.id, data: { lockUntil, loginAttempts: 5 } as never })
    expect((await call('adminA', 'POST', '/api/users/unlock', { email: users.editorB.email })).status).toBeGreaterThanOrEqual(400)
    expect((await t.payload.findByID({ collection: 'users', id: users.editorB.id, depth: 0, showHiddenFields: true }) as Doc).lockUntil).toBeTruthy()
    expect((await call('fedAdmin', 'POST', '/api/users/unlock', { email: users.editorB.email })).status).toBe(200)
    expect((await t.payload.findByID({ collection: 'users', id: users.editorB.id, depth: 0, showHiddenFields: true }) as Doc).lockUntil ?? null).toBeNull()
  })
})

describe('the roster and the statistics within reach', () => {
  it("keeps each unit's correspondents to the units that reach it: names, contact details, changes", async () => {
    const inB = await t.payload.create({ collection: 'correspondents', data: { name: `乙县通讯员${marker()}`, phone: '13900000001', organization: units.b } as never })
    const listA = await call('editorA', 'GET', `/api/correspondents?depth=0&limit=100`)
    expect(listA.status).toBe(200)
    expect(listA.text).not.toContain(inB.name)
    expect(listA.text).not.toContain('13900000001')
    expect((await call('editorA', 'GET', `/api/correspondents/${inB.id}?depth=0`)).status).toBeGreaterThanOrEqual(400)
    expect((await call('editorA', 'PATCH', `/api/correspondents/${inB.id}`, { phone: '13900000002' })).status).toBeGreaterThanOrEqual(400)
    expect((await call('adminA', 'DELETE', `/api/correspondents/${inB.id}`)).status).toBeGreaterThanOrEqual(400)
    const refused = await call('editorA', 'POST', '/api/correspondents', { name: '越界通讯员', organization: units.b })
    expect(refused.status).toBe(403)
    expect(refused.text).toContain('不能把通讯员设到')
    // County B's own editor and the city's editor read the entry and its phone number.
    for (const who of ['editorB', 'cityEditor'] as Who[]) {
      const own = await call(who, 'GET', `/api/correspondents/${inB.id}?depth=0`)
      expect(own.status, who).toBe(200)
      expect(own.json.phone, who).toBe('13900000001')
    }
    // An entry written without a unit by a county's editor is the county's.
    const made = await call('editorA', 'POST', '/api/correspondents', { name: `甲县通讯员${marker()}` })
    expect(made.status).toBe(201)
    expect(made.json.doc.organization?.id ?? made.json.doc.organization).toBe(units.a)
  })

  it("counts a county's statistics over the county only; the city counts both", async () => {
    const piece = await pieceOfB('articles', 'submitted')
    const month = new Date().toISOString().slice(0, 7)
    const stats = async (who: Who) => {
      const reply = await call(who, 'GET', `/api/stats?from=${month}&to=${month}&by=unit`)
      expect(reply.status, who).toBe(200)
      return reply.json as { totals: { group: { key: string }; counts: { written: number } }[] }
    }
    const unitsOf = (table: Awaited<ReturnType<typeof stats>>) => table.totals.map((r) => r.group.key)
    const a = await stats('editorA')
    expect(unitsOf(a)).toContain(String(units.a))
    expect(unitsOf(a)).not.toContain(String(units.b))
    expect(unitsOf(a)).not.toContain(String(units.city))
    const city = await stats('cityEditor')
    expect(unitsOf(city)).toEqual(expect.arrayContaining([String(units.city), String(units.a), String(units.b)]))
    const bLine = city.totals.find((r) => r.group.key === String(units.b))!
    expect(bLine.counts.written).toBeGreaterThan(0)
    expect(piece.id).toBeGreaterThan(0)
  })
})

// ————————————————————————————————————————— the route × unit table

/**
 * Every route of the collections whose documents have a unit (the publishable kinds and media), as
 * Payload and the project expose them, must have a row here: a scenario driven as each of county
 * A's people against county B's unpublished work (it must not take), or a sentence saying why the
 * route has nothing of another unit to give.
 */
type UnitScenario = {
  prepare: (slug: string) => Promise<Target>
  send: (target: Target, who: Who) => Promise<Reply>
  /** Did it take: content came back, or something changed. */
  took: (target: Target, reply: Reply) => Promise<boolean>
  /**
   * Someone who reaches county B and for whom the same attempt takes: proof the attempt is well
   * formed, so a refusal above is the unit's doing (null: no such control, e.g. a restore).
   */
  control?: Who | null
}

/** A write took when the document is gone, renamed, or its log names one of county A's people. */
const unchanged = async (target: Target) => {
  const doc = await stored(target.slug, target.id)
  if (doc === null || doc[MARK_FIELD[target.slug]!] !== target.mark) return true
  const byA = (e: Doc) => COUNTY_A.some((w) => users[w].id === e.user)
  return (doc.reviewLog ?? []).some(byA) || (doc.changeLog ?? []).some(byA)
}

const reads = (url: (t: Target) => string, prepare: UnitScenario['prepare'] = (slug) => (slug === 'media' ? photoOfB() : pieceOfB(slug))): UnitScenario => ({
  prepare,
  send: (target, who) => call(who, 'GET', url(target)),
  // The list filter by unit may answer county B's published pieces (public); never this draft.
  took: async (target, reply) => reply.text.includes(target.mark) || (reply.json?.totalDocs > 0 && !('docs' in (reply.json ?? {}))),
})

const writes = (method: string, url: (t: Target) => string, body: (t: Target) => unknown, prepare?: UnitScenario['prepare']): UnitScenario => ({
  prepare: prepare ?? ((slug) => (slug === 'media' ? photoOfB() : pieceOfB(slug, 'submitted'))),
  control: 'fedAdmin',
  send: (target, who) => call(who, method, url(target), body(target)),
  took: (target) => unchanged(target),
})

const UNIT_RULES: Record<string, UnitScenario | string> = {
  'GET /': reads((x) => `/api/${x.slug}?where[organization][equals]=${units.b}&draft=true&depth=0&limit=100`),
  'GET /:id': reads((x) => `/api/${x.slug}/${x.id}?draft=true&depth=0`),
  'GET /count': reads((x) => `/api/${x.slug}/count?where[id][equals]=${x.id}`),
  'GET /versions': reads((x) => `/api/${x.slug}/versions?where[parent][equals]=${x.id}&depth=0`),
  'GET /versions/:id': reads((x) => `/api/${x.slug}/versions/${x.versionId}?depth=0`),
  'POST /versions/:id': { ...writes('POST', (x) => `/api/${x.slug}/versions/${x.versionId}?draft=true`, () => undefined), control: null },
  'POST /': {
    control: 'fedAdmin',
    prepare: async (slug) => ({ slug, id: 0, mark: marker() }),
    send: async (target, who) => {
      const data = { ...baseData(target.slug, target.mark), organization: units.b }
      if (target.slug !== 'media') return call(who, 'POST', `/api/${target.slug}?draft=true`, data)
      const form = new FormData()
      form.append('_payload', JSON.stringify(data))
      form.append('file', new Blob([new Uint8Array((await jpegFile(64, 48, `${target.mark}.jpg`)).data)], { type: 'image/jpeg' }), `${target.mark}.jpg`)
      return call(who, 'POST', '/api/media', undefined, form)
    },
    took: async (target) => (await countDrafts(target.slug as 'articles', { [MARK_FIELD[target.slug]!]: { equals: target.mark } } as Where)) > 0,
  },
  'PATCH /:id': writes('PATCH', (x) => `/api/${x.slug}/${x.id}?draft=true`, (x) => (x.slug === 'media' ? { alt: `${x.mark}改` } : { reviewStage: 'edited', [MARK_FIELD[x.slug]!]: `${x.mark}改` })),
  'PATCH /': writes('PATCH', (x) => `/api/${x.slug}?draft=true&where[id][equals]=${x.id}`, (x) => ({ [MARK_FIELD[x.slug]!]: `${x.mark}改` })),
  'DELETE /:id': writes('DELETE', (x) => `/api/${x.slug}/${x.id}`, () => undefined, (slug) => (slug === 'media' ? photoOfB() : pieceOfB(slug))),
  'DELETE /': writes('DELETE', (x) => `/api/${x.slug}?where[id][equals]=${x.id}`, () => undefined, (slug) => (slug === 'media' ? photoOfB() : pieceOfB(slug))),
  'POST /:id/duplicate': {
    control: 'fedAdmin',
    prepare: (slug) => (slug === 'media' ? photoOfB() : pieceOfB(slug)),
    send: (target, who) => call(who, 'POST', `/api/${target.slug}/${target.id}/duplicate`),
    took: async (target) => (await countDrafts(target.slug as 'articles', { [MARK_FIELD[target.slug]!]: { contains: target.mark } } as Where)) > 1,
  },
  'POST /access/:id?': 'answers which operations the caller may do (true/false, no content)',
  'GET /:id/signoff': reads((x) => `/api/${x.slug}/${x.id}/signoff`),
  'GET /:id/wechat': reads((x) => `/api/${x.slug}/${x.id}/wechat`, (slug) => pieceOfB(slug, 'approved')),
  'POST /:id/wechat': {
    control: 'fedAdmin',
    prepare: (slug) => pieceOfB(slug, 'approved'),
    send: (target, who) => call(who, 'POST', `/api/${target.slug}/${target.id}/wechat`),
    took: async (_target, reply) => ![401, 403, 404].includes(reply.status),
  },
  'POST /:id/merge': {
    control: 'fedAdmin',
    prepare: async (slug) => ({ ...(await pieceOfB(slug)), into: (await pieceOfB(slug)).id }),
    send: (target, who) => call(who, 'POST', `/api/${target.slug}/${target.id}/merge`, { into: target.into }),
    took: (target) => unchanged(target),
  },
  'POST /import-newspaper': "creates a draft in the caller's own unit, through the same create access and hooks (src/import); reads no other unit's work",
  'GET /file/:filename': {
    control: 'cityEditor',
    prepare: () => photoOfB(),
    send: (target, who) => call(who, 'GET', `/api/media/file/${encodeURIComponent(target.filename!)}`),
    took: async (_target, reply) => reply.status === 200,
  },
  'GET /paste-url/:id?': 'fetching a URL is off for everyone (upload.pasteURL: false)',
}

const SCOPED = new Set<string>([...PUBLISHABLE, 'media'])
let scopedRoutes: RestRoute[] = []

/** A GraphQL field of a scoped collection: its name, collection and argument types (from the schema). */
type GqlField = { name: string; collection: string; args: Record<string, string> }

/**
 * GraphQL twins, by the name Payload gives each field of a collection (as in the route × role
 * table): the same attempt against county B's work. `null`: the field has no GraphQL attempt of
 * its own worth driving, with the reason.
 */
type GqlRule = { prepare: UnitScenario['prepare']; query: (f: GqlField, x: Target) => { query: string; variables?: Record<string, unknown> }; took: (x: Target, reply: Reply) => Promise<boolean>; control?: Who }
const GRAPHQL_UNIT_RULES: Record<string, GqlRule | string> = {}
const mark = (f: GqlField) => MARK_FIELD[f.collection]!
const idType = (f: GqlField, arg = 'id') => (f.args[arg] ?? 'Int').replace(/!$/, '')
const draftArg = (f: GqlField) => (f.args.draft ? ', draft: true' : '')
/** GraphQL's input types require the stage of a publishable piece (it has a default over REST). */
const stageOf = (slug: string) => (slug === 'media' ? {} : { reviewStage: 'draft' })
const draftOrPhoto = (slug: string) => (slug === 'media' ? photoOfB() : pieceOfB(slug))
const seesMark = async (x: Target, reply: Reply) => reply.text.includes(x.mark) || /"totalDocs":[1-9]/.test(reply.text)

function graphQLRules(singular: string, plural: string) {
  GRAPHQL_UNIT_RULES[singular] = { prepare: draftOrPhoto, query: (f, x) => ({ query: `query($id: ${idType(f)}!) { ${f.name}(id: $id${draftArg(f)}) { ${mark(f)} } }`, variables: { id: x.id } }), took: seesMark }
  GRAPHQL_UNIT_RULES[plural] = { prepare: draftOrPhoto, query: (f, x) => ({ query: `{ ${f.name}(where: { id: { equals: ${x.id} } }${draftArg(f)}) { docs { ${mark(f)} } } }` }), took: seesMark }
  GRAPHQL_UNIT_RULES[`count${plural}`] = { prepare: draftOrPhoto, query: (f, x) => ({ query: `{ ${f.name}(where: { id: { equals: ${x.id} } }) { totalDocs } }` }), took: seesMark }
  GRAPHQL_UNIT_RULES[`versions${plural}`] = { prepare: draftOrPhoto, query: (f, x) => ({ query: `{ ${f.name}(where: { parent: { equals: ${x.id} } }) { docs { version { ${mark(f)} } } } }` }), took: seesMark }
  GRAPHQL_UNIT_RULES[`version${singular}`] = { prepare: draftOrPhoto, query: (f, x) => ({ query: `query($id: ${idType(f)}!) { ${f.name}(id: $id) { version { ${mark(f)} } } }`, variables: { id: x.versionId } }), took: seesMark }
  GRAPHQL_UNIT_RULES[`update${singular}`] = {
    prepare: (slug) => (slug === 'media' ? photoOfB() : pieceOfB(slug, 'submitted')),
    query: (f, x) => ({ query: `mutation($id: ${idType(f)}!, $data: ${f.args.data}) { ${f.name}(id: $id, data: $data${draftArg(f)}) { id } }`, variables: { id: x.id, data: { [mark(f)]: `${x.mark}改` } } }),
    took: (x) => unchanged(x),
  }
  GRAPHQL_UNIT_RULES[`delete${singular}`] = { prepare: draftOrPhoto, query: (f, x) => ({ query: `mutation($id: ${idType(f)}!) { ${f.name}(id: $id) { id } }`, variables: { id: x.id } }), took: (x) => unchanged(x) }
  GRAPHQL_UNIT_RULES[`restoreVersion${singular}`] = { prepare: (slug) => pieceOfB(slug, 'submitted'), query: (f, x) => ({ query: `mutation($id: ${idType(f)}!) { ${f.name}(id: $id) { id } }`, variables: { id: x.versionId } }), took: (x) => unchanged(x) }
  GRAPHQL_UNIT_RULES[`create${singular}`] = {
    prepare: async (slug) => ({ slug, id: 0, mark: marker() }),
    query: (f, x) => ({ query: `mutation($data: ${f.args.data}) { ${f.name}(data: $data${draftArg(f)}) { id } }`, variables: { data: { ...baseData(x.slug, x.mark), organization: units.b, ...stageOf(x.slug) } } }),
    took: async (x) => (await countDrafts(x.slug, { [MARK_FIELD[x.slug]!]: { equals: x.mark } } as Where)) > 0,
  }
  GRAPHQL_UNIT_RULES[`duplicate${singular}`] = {
    prepare: draftOrPhoto,
    query: (f, x) => ({ query: `mutation($id: ${idType(f)}!, $data: ${f.args.data}) { ${f.name}(id: $id, data: $data) { id } }`, variables: { id: x.id, data: { ...baseData(x.slug, `${x.mark}副本`), ...stageOf(x.slug) } } }),
    took: async (x) => (await countDrafts(x.slug, { [MARK_FIELD[x.slug]!]: { contains: x.mark } } as Where)) > 1,
  }
  GRAPHQL_UNIT_RULES[`docAccess${singular}`] = 'answers which operations the caller may do (true/false, no content)'
  if (singular === 'Media') GRAPHQL_UNIT_RULES.createMedia = 'an upload needs a file, which GraphQL does not carry (REST POST /api/media is driven)'
  // Controls (see UnitScenario.control): reads as the city's editor, writes as the federation's administrator.
  for (const name of [singular, plural, `count${plural}`, `versions${plural}`, `version${singular}`]) (GRAPHQL_UNIT_RULES[name] as GqlRule).control = 'cityEditor'
  for (const name of [`update${singular}`, `delete${singular}`, `create${singular}`, `duplicate${singular}`]) {
    const rule = GRAPHQL_UNIT_RULES[name]
    if (typeof rule === 'object') rule.control = 'fedAdmin'
  }
}

describe('the route × unit table', () => {
  beforeAll(() => {
    scopedRoutes = restRoutes(t.config).filter((r) => r.collection !== null && SCOPED.has(r.collection))
  })

  it('has a unit rule for every route of the collections whose documents have a unit', async () => {
    expect(scopedRoutes.length).toBeGreaterThan(80)
    const missing = [...new Set(scopedRoutes.map((r) => `${r.method} ${r.path}`))].filter((key) => !(key in UNIT_RULES))
    expect(missing, 'routes without a unit rule in tests/int/units.int.spec.ts').toEqual([])
    // GraphQL's fields of these collections are the REST routes' twins (driven above by name).
    const { routes } = await graphQLRoutes(t.config)
    expect(routes.some((r) => r.name === 'versionsArticles')).toBe(true)
  })

  it("drives every GraphQL field of those collections as each of county A's people: nothing comes back, nothing changes", async () => {
    const { routes, schema } = await graphQLRoutes(t.config)
    const fields: GqlField[] = []
    for (const c of t.config.collections.filter((c) => SCOPED.has(c.slug))) {
      const configured = (c.graphQL || {}) as { singularName?: string; pluralName?: string }
      const fromSlug = formatNames(c.slug)
      const singular = configured.singularName ? toWords(configured.singularName, true) : fromSlug.singular
      let plural = configured.pluralName ? toWords(configured.pluralName, true) : fromSlug.plural
      if (singular === plural) plural = `all${singular}`
      graphQLRules(singular, plural)
      for (const key of Object.keys(GRAPHQL_UNIT_RULES)) {
        const route = routes.find((r: GraphQLRoute) => r.name === key)
        if (!route || fields.some((f) => f.name === key)) continue
        const root = route.type === 'query' ? schema.getQueryType() : schema.getMutationType()
        const args = Object.fromEntries((root?.getFields()[key]?.args ?? []).map((a) => [a.name, a.type.toString()]))
        fields.push({ name: key, collection: c.slug, args })
      }
    }
    // Every field named after these collections has a rule (the names above are all Payload makes).
    const names = new Set(Object.keys(GRAPHQL_UNIT_RULES))
    expect(fields.length).toBeGreaterThan(50)
    expect(routes.filter((r) => /^(Media|allMedia)$|Article|ModelWorker|Galler|VideoCampaign|YearlyReview/.test(r.name) && !names.has(r.name)).map((r) => r.key)).toEqual([])
    const failures: string[] = []
    for (const field of fields) {
      const rule = GRAPHQL_UNIT_RULES[field.name]!
      if (typeof rule === 'string') continue
      for (const who of [...COUNTY_A, ...(rule.control ? [rule.control] : [])]) {
        try {
          const target = await rule.prepare(field.collection)
          const { query, variables } = rule.query(field, target)
          const reply = await gql(who, query, variables)
          const took = await rule.took(target, reply)
          if (who === rule.control && !took) failures.push(`graphql ${field.name} as ${who} (control): did not take, the scenario is broken ${reply.text.slice(0, 200)}`)
          if (who !== rule.control && took) failures.push(`graphql ${field.name} as ${who}: got through ${reply.text.slice(0, 200)}`)
        } catch (err) {
          failures.push(`graphql ${field.name} as ${who}: test error ${(err as Error).message.slice(0, 200)}`)
        }
      }
    }
    expect(failures).toEqual([])
  }, 600_000)

  it('fails for a route added without a unit rule', () => {
    expect('POST /:id/approve-now' in UNIT_RULES).toBe(false)
  })

  it("drives every route as each of county A's people against county B's work: nothing comes back, nothing changes", async () => {
    const failures: string[] = []
    for (const route of scopedRoutes) {
      const rule = UNIT_RULES[`${route.method} ${route.path}`]
      if (!rule || typeof rule === 'string') continue
      for (const who of [...COUNTY_A, ...(rule.control ? [rule.control] : [])]) {
        try {
          const target = await rule.prepare(route.collection!)
          const reply = await rule.send(target, who)
          const took = await rule.took(target, reply)
          if (who === rule.control && !took) failures.push(`${route.key} as ${who} (control): did not take, the scenario is broken (${reply.status}) ${reply.text.slice(0, 200)}`)
          if (who !== rule.control && took) failures.push(`${route.key} as ${who}: got through (${reply.status}) ${reply.text.slice(0, 200)}`)
        } catch (err) {
          failures.push(`${route.key} as ${who}: test error ${(err as Error).message.slice(0, 200)}`)
        }
      }
    }
    expect(failures).toEqual([])
  }, 600_000)
})
