// Shared records (issue 17, src/records, src/access/shared.ts): a city federation with two counties.
// A county's reporter proposes a model-worker profile (a draft in the county) that the city's editors
// review and publish and the county's own chief editor cannot; a second proposal of the same person
// is refused with the existing profile named, or kept as a marked possible duplicate; the city's
// chief editor merges it into the kept profile (story links moved, honours united, duplicate removed,
// logged) and nobody else can; another county's story links the published profile; the honour
// catalog is kept by the city only.
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { renderToStaticMarkup } from 'react-dom/server'

import { ReviewQueue } from '../../src/workflow/admin/ReviewQueue'

import { link, paragraph, richText, workerCardBlock } from '../../src/seed/lexical'
import { jpegFile } from '../fixtures/media/make'
import { restCall, type Reply } from '../helpers/http'
import { startPayload, type TestPayload } from '../helpers/payload'
import { setUpFederation } from '../helpers/units'

type Who = 'fedAdmin' | 'cityEditor' | 'cityChief' | 'reporterA' | 'editorA' | 'chiefA' | 'adminA' | 'reporterB' | 'editorB' | 'chiefB'
const ACCOUNTS: Record<Who, { roles: string[]; unit: 'city' | 'a' | 'b' }> = {
  fedAdmin: { roles: ['admin'], unit: 'city' },
  cityEditor: { roles: ['editor'], unit: 'city' },
  cityChief: { roles: ['chief-editor'], unit: 'city' },
  reporterA: { roles: ['reporter'], unit: 'a' },
  editorA: { roles: ['editor'], unit: 'a' },
  chiefA: { roles: ['chief-editor'], unit: 'a' },
  adminA: { roles: ['admin'], unit: 'a' },
  reporterB: { roles: ['reporter'], unit: 'b' },
  editorB: { roles: ['editor'], unit: 'b' },
  chiefB: { roles: ['chief-editor'], unit: 'b' },
}

let t: TestPayload
const users = {} as Record<Who, { id: number; roles: string[]; collection: 'users'; email: string }>
const tokens = {} as Record<Who, string>
const units = {} as Record<'city' | 'a' | 'b', number>
let honor1: number
let honor2: number
let counter = 0
const unique = (name: string) => `${name}${(counter++).toString(36)}`

type Doc = Record<string, any>

const call = (who: Who | null, method: string, url: string, body?: unknown) => restCall(t, who ? tokens[who] : null, method, url, body)

const stored = (collection: string, id: number, draft = true) => t.payload.findByID({ collection: collection as 'articles', id, draft, depth: 0, disableErrors: true }) as Promise<Doc | null>
const isLive = async (collection: string, id: number) => (await t.payload.count({ collection: collection as 'articles', where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] } })).totalDocs > 0

/** A profile proposed by `who` (a draft in their unit) and submitted. */
async function propose(who: Who, data: Doc): Promise<Doc> {
  const created = await call(who, 'POST', '/api/model-workers?draft=true', { kind: 'individual', publicationConsent: true, ...data })
  expect(created.status, created.text).toBe(201)
  const id = created.json.doc.id as number
  expect((await call(who, 'PATCH', `/api/model-workers/${id}?draft=true`, { reviewStage: 'submitted' })).status).toBe(200)
  return created.json.doc
}

/** The city's chain: editor's 初审, chief's 终审, publish. */
async function publishAsCity(id: number) {
  expect((await call('cityEditor', 'PATCH', `/api/model-workers/${id}?draft=true`, { reviewStage: 'edited' })).status).toBe(200)
  expect((await call('cityChief', 'PATCH', `/api/model-workers/${id}?draft=true`, { reviewStage: 'approved' })).status).toBe(200)
  const published = await call('cityChief', 'PATCH', `/api/model-workers/${id}`, { _status: 'published' })
  expect(published.status, published.text).toBe(200)
}

/** An article of county B, written by its reporter, taken live by B's own chain. */
async function liveArticleOfB(data: Doc): Promise<number> {
  const created = await call('reporterB', 'POST', '/api/articles?draft=true', { title: unique('乙县报道'), ...data })
  expect(created.status, created.text).toBe(201)
  const id = created.json.doc.id as number
  for (const [who, stage] of [['reporterB', 'submitted'], ['editorB', 'edited'], ['chiefB', 'approved']] as const) {
    const moved = await call(who, 'PATCH', `/api/articles/${id}?draft=true`, { reviewStage: stage })
    expect(moved.status, moved.text).toBe(200)
  }
  expect((await call('chiefB', 'PATCH', `/api/articles/${id}`, { _status: 'published' })).status).toBe(200)
  return id
}

beforeAll(async () => {
  process.env.JOBS_AUTORUN = '0'
  t = await startPayload('shared-records')
  const fed = await setUpFederation(t, 'shared.test', ACCOUNTS, '共享市总工会')
  Object.assign(units, fed.units)
  Object.assign(users, fed.users)
  Object.assign(tokens, fed.tokens)
  honor1 = (await t.payload.create({ collection: 'honors', data: { name: '全国五一劳动奖章', level: 'national', recipientType: 'individual' } as never })).id as number
  honor2 = (await t.payload.create({ collection: 'honors', data: { name: '省级劳动模范', level: 'provincial', recipientType: 'individual' } as never })).id as number
}, 180_000)

afterAll(async () => {
  await t?.close()
})

describe('a county proposes a profile, the federation reviews and publishes it', () => {
  it("keeps the proposal a draft in the county; the county's editor and chief editor cannot review or publish it; the city's chain does", async () => {
    const proposal = await propose('reporterA', { name: unique('王建国'), employer: '甲县机械厂' })
    const draft = await stored('model-workers', proposal.id)
    expect(draft?.organization).toBe(units.a)
    expect(draft?._status).toBe('draft')
    expect(draft?.reviewStage).toBe('submitted')

    const firstReview = await call('editorA', 'PATCH', `/api/model-workers/${proposal.id}?draft=true`, { reviewStage: 'edited' })
    expect(firstReview.status).toBe(403)
    expect(firstReview.text).toContain('由联合会（上级总工会）统一审核')
    expect((await call('chiefA', 'PATCH', `/api/model-workers/${proposal.id}?draft=true`, { reviewStage: 'edited' })).status).toBe(403)
    expect((await stored('model-workers', proposal.id))?.reviewStage).toBe('submitted')
    // So the county's dashboard does not list it as waiting for them; the city's does.
    const queue = async (who: Who) => renderToStaticMarkup((await ReviewQueue({ payload: t.payload, user: users[who] as never }))!)
    const county = await queue('editorA')
    expect(county).toContain('待初审')
    expect(county).not.toContain('劳模工匠')
    expect(await queue('cityEditor')).toMatch(/<a href="[^"]*model-workers\?where\[and\]\[0\]\[reviewStage\]\[equals\]=submitted[^"]*">劳模工匠 \d+ 篇/)

    // The city's editor sees the county's proposal in the list (the incoming drafts of every county).
    const list = await call('cityEditor', 'GET', `/api/model-workers?draft=true&depth=0&where[id][equals]=${proposal.id}`)
    expect(list.json.totalDocs).toBe(1)
    expect((await call('cityEditor', 'PATCH', `/api/model-workers/${proposal.id}?draft=true`, { reviewStage: 'edited' })).status).toBe(200)
    expect((await call('cityChief', 'PATCH', `/api/model-workers/${proposal.id}?draft=true`, { reviewStage: 'approved' })).status).toBe(200)

    // Signed off by the city: the county's chief editor still cannot publish it.
    const countyPublish = await call('chiefA', 'PATCH', `/api/model-workers/${proposal.id}`, { _status: 'published' })
    expect(countyPublish.status).toBe(403)
    expect(countyPublish.text).toContain('由联合会（上级总工会）统一审核和发布')
    expect(await isLive('model-workers', proposal.id)).toBe(false)
    // Nor schedule its publication (the admin's 预约发布, a server function).
    const { guardedSchedulePublish } = await import('../../src/workflow/serverFunctions')
    const { createLocalReq } = await import('payload')
    const schedule = (who: Who) => createLocalReq({ user: users[who] as never }, t.payload).then((req) => (guardedSchedulePublish as (a: unknown) => Promise<{ error?: string }>)({ req, type: 'publish', doc: { relationTo: 'model-workers', value: String(proposal.id) }, date: new Date(Date.now() + 3_600_000) }))
    expect((await schedule('chiefA')).error).toContain('由联合会（上级总工会）统一审核和发布')
    expect((await t.payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } } })).totalDocs).toBe(0)
    expect((await schedule('cityChief')).error).toBeUndefined()
    expect((await t.payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } } })).totalDocs).toBe(1)

    expect((await call('cityChief', 'PATCH', `/api/model-workers/${proposal.id}`, { _status: 'published' })).status).toBe(200)
    expect(await isLive('model-workers', proposal.id)).toBe(true)
    // Published: everyone reads it, the other county and anonymous readers included.
    for (const who of ['reporterB', null] as const) {
      const read = await call(who, 'GET', `/api/model-workers/${proposal.id}?depth=0`)
      expect(read.status, String(who)).toBe(200)
      expect(read.json.name).toBe(proposal.name)
    }
    // …and the county cannot take it down.
    expect((await call('chiefA', 'PATCH', `/api/model-workers/${proposal.id}`, { _status: 'draft' })).status).toBe(403)
    expect(await isLive('model-workers', proposal.id)).toBe(true)
  })
})

describe('one record per person', () => {
  it('refuses a second proposal of the same person naming the existing profile and its unit, and keeps it as a marked draft when the proposer confirms', async () => {
    const name = unique('李秀英')
    const existing = await propose('reporterA', { name, employer: '甲县纺织厂' })
    await publishAsCity(existing.id)

    const again = await call('reporterB', 'POST', '/api/model-workers?draft=true', { name, employer: ' 甲县纺织厂 ', kind: 'individual' })
    expect(again.status).toBe(409)
    expect(again.text).toContain(`「${name}」`)
    expect(again.text).toContain('所属单位：甲县总工会')
    expect(again.text).toContain(`编号 ${existing.id}`)
    expect((await t.payload.find({ collection: 'model-workers', where: { name: { equals: name } }, draft: true, depth: 0 })).totalDocs).toBe(1)

    // The same name at another employer is another person.
    expect((await call('reporterB', 'POST', '/api/model-workers?draft=true', { name, employer: '乙县钢铁厂', kind: 'individual' })).status).toBe(201)

    const marked = await call('reporterB', 'POST', '/api/model-workers?draft=true', { name, employer: '甲县纺织厂', kind: 'individual', possibleDuplicateOf: existing.id })
    expect(marked.status, marked.text).toBe(201)
    const doc = await stored('model-workers', marked.json.doc.id)
    expect(doc?.possibleDuplicateOf).toBe(existing.id)
    expect(doc?.organization).toBe(units.b)

    // Renaming a profile into the same person is caught too.
    const other = (await call('reporterB', 'POST', '/api/model-workers?draft=true', { name: unique('另一人'), employer: '甲县纺织厂', kind: 'individual' })).json.doc
    const renamed = await call('reporterB', 'PATCH', `/api/model-workers/${other.id}?draft=true`, { name })
    expect(renamed.status).toBe(409)
    expect(renamed.text).toContain(`编号 ${existing.id}`)

    // A marked profile is not published until the federation decides.
    const id = marked.json.doc.id as number
    expect((await call('reporterB', 'PATCH', `/api/model-workers/${id}?draft=true`, { reviewStage: 'submitted' })).status).toBe(200)
    expect((await call('cityEditor', 'PATCH', `/api/model-workers/${id}?draft=true`, { reviewStage: 'edited' })).status).toBe(200)
    expect((await call('cityChief', 'PATCH', `/api/model-workers/${id}?draft=true`, { reviewStage: 'approved' })).status).toBe(200)
    const publish = await call('cityChief', 'PATCH', `/api/model-workers/${id}`, { _status: 'published' })
    expect(publish.status).toBe(400)
    expect(publish.text).toContain('可能重复')
    expect(await isLive('model-workers', id)).toBe(false)
  })
})

describe('merging a duplicate into the kept profile', () => {
  it("moves every story's link to the kept profile, unites the honours, removes the duplicate and logs it", async () => {
    const name = unique('张卫东')
    const kept = await propose('reporterA', { name, employer: '甲县电厂', honors: [{ honor: honor1, year: 2020 }] })
    await publishAsCity(kept.id)
    const duplicate = (await call('reporterB', 'POST', '/api/model-workers?draft=true', { name, employer: '甲县电厂', kind: 'individual', possibleDuplicateOf: kept.id, honors: [{ honor: honor1, year: 2020 }, { honor: honor2, year: 2022 }] })).json.doc
    expect(duplicate?.id).toBeTruthy()
    // County B's live story (in its related workers, a 劳模卡片 and an internal link in its body), a
    // draft and a photo link the duplicate (the pickers list it to B: it is B's).
    const internal = { ...link('张卫东', 'https://example.org/'), fields: { linkType: 'internal', doc: { relationTo: 'model-workers', value: duplicate.id }, newTab: false } }
    const body = richText(workerCardBlock({ worker: duplicate.id, note: '身边的劳模' }), paragraph('见', internal as never, '的事迹。'))
    const liveStory = await liveArticleOfB({ relatedWorkers: [duplicate.id], body })
    const photo = (await t.payload.create({ collection: 'media', data: { alt: unique('合影'), people: [duplicate.id] } as never, file: await jpegFile(64, 48, `${unique('p')}.jpg`), user: users.reporterB, overrideAccess: false })).id as number
    const draftStory = (await call('reporterB', 'POST', '/api/articles?draft=true', { title: unique('乙县草稿'), relatedWorkers: [duplicate.id, kept.id] })).json.doc.id as number

    const merged = await call('cityChief', 'POST', `/api/model-workers/${duplicate.id}/merge`, { into: kept.id, comment: '同一人，乙县重复推荐' })
    expect(merged.status, merged.text).toBe(200)
    expect(merged.json.message).toContain('合并')

    expect(await stored('model-workers', duplicate.id)).toBeNull()
    // The live story still live, at its stage, its live version linking the kept profile.
    expect(await isLive('articles', liveStory)).toBe(true)
    const live = await stored('articles', liveStory, false)
    expect(live?.relatedWorkers).toEqual([kept.id])
    expect(live?.reviewStage).toBe('approved')
    expect(live?.reviewLog.at(-1).action).toBe('劳模档案合并，关联改为保留的档案')
    const nodes = live?.body.root.children
    expect(nodes[0].fields.worker).toBe(kept.id)
    expect(nodes[0].fields.note).toBe('身边的劳模')
    expect(nodes[1].children[1].fields.doc.value).toBe(kept.id)
    expect(JSON.stringify(live?.body)).not.toContain(`"value":${duplicate.id}}`)
    expect((await t.payload.findByID({ collection: 'media', id: photo, depth: 0 })).people).toEqual([kept.id])
    expect((await stored('articles', draftStory))?.relatedWorkers).toEqual([kept.id])

    const after = await stored('model-workers', kept.id, false)
    expect(after?._status).toBe('published')
    expect(after?.honors.map((h: Doc) => [h.honor, h.year])).toEqual([
      [honor1, 2020],
      [honor2, 2022],
    ])
    const entry = after?.reviewLog.at(-1)
    expect(entry.action).toBe('合并重复档案')
    expect(entry.user).toBe(users.cityChief.id)
    expect(entry.comment).toContain(`编号 ${duplicate.id}`)
    expect(entry.comment).toContain('乙县总工会')
    expect(entry.comment).toContain('同一人，乙县重复推荐')
  })

  it('refuses the merge route to anonymous readers, the counties (another unit) and the city editor; nothing changes', async () => {
    const name = unique('赵春梅')
    const kept = await propose('reporterB', { name, employer: '乙县医院' })
    const duplicate = (await call('reporterB', 'POST', '/api/model-workers?draft=true', { name, employer: '乙县医院', kind: 'individual', possibleDuplicateOf: kept.id })).json.doc
    const story = (await call('reporterB', 'POST', '/api/articles?draft=true', { title: unique('乙县稿'), relatedWorkers: [duplicate.id] })).json.doc.id as number
    const expected: Record<string, number> = { anonymous: 401, reporterA: 403, editorA: 403, chiefA: 403, adminA: 403, reporterB: 403, chiefB: 403, cityEditor: 403 }
    for (const who of Object.keys(expected)) {
      const reply = await call(who === 'anonymous' ? null : (who as Who), 'POST', `/api/model-workers/${duplicate.id}/merge`, { into: kept.id })
      expect(reply.status, who).toBe(expected[who])
      expect(reply.json.errors[0].message, who).toMatch(/终审或管理员/)
    }
    expect(await stored('model-workers', duplicate.id)).not.toBeNull()
    expect((await stored('articles', story))?.relatedWorkers).toEqual([duplicate.id])
    expect(((await stored('model-workers', kept.id))?.reviewLog ?? []).some((e: Doc) => e.action === '合并重复档案')).toBe(false)
    // The federation's administrator may.
    expect((await call('fedAdmin', 'POST', `/api/model-workers/${duplicate.id}/merge`, { into: kept.id })).status).toBe(200)
    expect((await stored('articles', story))?.relatedWorkers).toEqual([kept.id])
  })
})

describe('stories of every unit link the shared profiles', () => {
  it("lists another county's published profile to a county's writer (not its drafts) and lets their story link it", async () => {
    const published = await propose('reporterA', { name: unique('陈志刚'), employer: '甲县煤矿' })
    await publishAsCity(published.id)
    const draft = await propose('reporterA', { name: unique('甲县草稿人物'), employer: '甲县煤矿' })

    const picker = await call('reporterB', 'GET', '/api/model-workers?depth=0&limit=200&draft=true')
    const ids = picker.json.docs.map((d: Doc) => d.id)
    expect(ids).toContain(published.id)
    expect(ids).not.toContain(draft.id)

    const story = await liveArticleOfB({ relatedWorkers: [published.id] })
    const read = await call(null, 'GET', `/api/articles/${story}?depth=1`)
    expect(read.json.relatedWorkers.map((w: Doc) => w.name)).toEqual([published.name])
  })
})

describe('the honour catalog is kept by the federation', () => {
  it("refuses a county's editor and administrator with a message to ask the federation; the city's editor keeps it; everyone reads it", async () => {
    for (const who of ['editorA', 'adminA', 'chiefB'] as Who[]) {
      const created = await call(who, 'POST', '/api/honors', { name: unique('县级荣誉'), level: 'county', recipientType: 'individual' })
      expect(created.status, who).toBe(403)
      expect(created.text, who).toContain('荣誉目录由联合会（上级总工会）统一维护')
      const changed = await call(who, 'PATCH', `/api/honors/${honor1}`, { description: '县里改的' })
      expect(changed.status, who).toBe(403)
    }
    expect((await call('adminA', 'DELETE', `/api/honors/${honor2}`)).status).toBe(403)
    expect((await t.payload.findByID({ collection: 'honors', id: honor1 })).description ?? null).toBeNull()

    const byCity = await call('cityEditor', 'POST', '/api/honors', { name: unique('市级工匠'), level: 'city', recipientType: 'individual' })
    expect(byCity.status, byCity.text).toBe(201)
    expect((await call('cityEditor', 'PATCH', `/api/honors/${byCity.json.doc.id}`, { description: '市总工会评选' })).status).toBe(200)
    for (const who of ['reporterA', null] as const) expect((await call(who, 'GET', `/api/honors/${byCity.json.doc.id}`)).json.description).toBe('市总工会评选')
  })

  it("lets a county editor's newspaper import go on without the honours the catalog lacks, and says so", async () => {
    const { saveDraft } = await import('../../src/import/importer')
    const { parseNewspaperText } = await import('../../src/import/index')
    const piece = parseNewspaperText(fs.readFileSync(path.join(__dirname, '../fixtures/newspaper/workers.txt')), { file: 'workers.txt' })
    const result = await saveDraft(t.payload, piece, { user: users.editorA as never })
    expect(result.honorsCreated).toEqual([])
    expect(result.notes.map((n) => n.en).join('\n')).toContain('not yours to add')
    expect(result.workers.length).toBeGreaterThan(0)
    expect((await t.payload.count({ collection: 'honors', where: { name: { equals: '湖北工匠' } } })).totalDocs).toBe(0)
    expect((await stored('articles', result.id as number))?.organization).toBe(units.a)
  })
})
