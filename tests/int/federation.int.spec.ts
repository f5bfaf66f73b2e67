// 报送 and 采用 (issue 17, src/federation): a city federation with two counties (A, B). County A's
// 终审 sends a published piece up to the city; A's reporter and editor cannot, nor can anyone send a
// draft or a top unit's piece. The city's editors see it in their 来稿 queue, county B sees nothing of
// it; the city adopts it (the same document, still live and signed off, now also the city's), adopts
// it edited (a draft copy in the city's own chain, linked to the original) or declines it with a
// comment. Every step is in the original's review log. Anonymous readers and another county's
// people are refused on every route of the submissions collection, and a correction re-published
// after adoption keeps the adoption.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { renderToStaticMarkup } from 'react-dom/server'

import { IncomingQueue } from '../../src/federation/admin/IncomingQueue'
import { graphQLCall, restCall, type Reply } from '../helpers/http'
import { startPayload, type TestPayload } from '../helpers/payload'
import { setUpFederation } from '../helpers/units'
import { restRoutes } from '../helpers/routes'

type Who = 'fedAdmin' | 'cityEditor' | 'cityChief' | 'cityReporter' | 'reporterA' | 'editorA' | 'chiefA' | 'adminA' | 'reporterB' | 'editorB' | 'chiefB' | 'adminB'
const ACCOUNTS: Record<Who, { roles: string[]; unit: 'city' | 'a' | 'b' }> = {
  fedAdmin: { roles: ['admin'], unit: 'city' },
  cityEditor: { roles: ['editor'], unit: 'city' },
  cityChief: { roles: ['chief-editor'], unit: 'city' },
  cityReporter: { roles: ['reporter'], unit: 'city' },
  reporterA: { roles: ['reporter'], unit: 'a' },
  editorA: { roles: ['editor'], unit: 'a' },
  chiefA: { roles: ['chief-editor'], unit: 'a' },
  adminA: { roles: ['admin'], unit: 'a' },
  reporterB: { roles: ['reporter'], unit: 'b' },
  editorB: { roles: ['editor'], unit: 'b' },
  chiefB: { roles: ['chief-editor'], unit: 'b' },
  adminB: { roles: ['admin'], unit: 'b' },
}
/** County B's people: a submission between county A and the city is none of their business. */
const COUNTY_B: Who[] = ['reporterB', 'editorB', 'chiefB', 'adminB']

let t: TestPayload
const users = {} as Record<Who, { id: number; roles: string[]; collection: 'users'; email: string; organization: number }>
const tokens = {} as Record<Who, string>
const units = {} as Record<'city' | 'a' | 'b', number>
let counter = 0
const marker = () => `报送标记${Date.now().toString(36)}${(counter++).toString(36)}`

type Doc = Record<string, any>

const call = (who: Who | null, method: string, url: string, body?: unknown) => restCall(t, who ? tokens[who] : null, method, url, body)

const gql = (who: Who | null, query: string, variables?: Record<string, unknown>) => graphQLCall(t, who ? tokens[who] : null, query, variables)

type Stage = 'draft' | 'approved' | 'live'

/** An article of county A, written by its reporter and taken through A's chain up to `stage`. */
async function pieceOfA(stage: Stage = 'live'): Promise<{ id: number; mark: string }> {
  const mark = marker()
  const doc = (await t.payload.create({ collection: 'articles', data: { title: mark } as never, draft: true, user: users.reporterA, overrideAccess: false })) as Doc
  if (stage !== 'draft') {
    const as = (who: Who) => ({ user: users[who], overrideAccess: false, draft: true })
    await t.payload.update({ collection: 'articles', id: doc.id, data: { reviewStage: 'submitted' } as never, ...as('reporterA') })
    await t.payload.update({ collection: 'articles', id: doc.id, data: { reviewStage: 'edited' } as never, ...as('editorA') })
    await t.payload.update({ collection: 'articles', id: doc.id, data: { reviewStage: 'approved' } as never, ...as('chiefA') })
  }
  if (stage === 'live') await t.payload.update({ collection: 'articles', id: doc.id, data: { _status: 'published' } as never, user: users.chiefA, overrideAccess: false })
  return { id: doc.id as number, mark }
}

const latest = (id: number) => t.payload.findByID({ collection: 'articles', id, draft: true, depth: 0 }) as Promise<Doc>
const live = async (id: number) => (await t.payload.find({ collection: 'articles', where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] }, depth: 0 })).docs[0] as Doc | undefined
const submissionsOf = async (id: number) => (await t.payload.find({ collection: 'submissions', where: { documentKey: { equals: `articles:${id}` } }, depth: 0, sort: 'createdAt' })).docs as Doc[]
const actions = (doc: Doc) => (doc.reviewLog ?? []).map((e: Doc) => e.action)
const submit = (who: Who | null, id: number, message?: string) => call(who, 'POST', '/api/submissions/submit', { collection: 'articles', id, message })
const decide = (who: Who | null, submission: number | string, step: 'adopt' | 'adopt-edited' | 'decline', comment?: string) => call(who, 'POST', `/api/submissions/${submission}/${step}`, comment === undefined ? {} : { comment })

/** A piece of county A, live and sent up to the city by A's chief editor: its pending submission. */
async function submitted(): Promise<{ id: number; mark: string; submission: number }> {
  const piece = await pieceOfA('live')
  const reply = await submit('chiefA', piece.id, '请市总采用')
  expect(reply.status, reply.text).toBe(200)
  return { ...piece, submission: reply.json.doc.id }
}

beforeAll(async () => {
  process.env.JOBS_AUTORUN = '0'
  t = await startPayload('federation')
  const fed = await setUpFederation(t, 'federation.test', ACCOUNTS)
  Object.assign(units, fed.units)
  Object.assign(users, fed.users)
  Object.assign(tokens, fed.tokens)
}, 180_000)

afterAll(async () => {
  await t?.close()
})

describe('报送: a unit sends a published piece to the unit above', () => {
  it("lets county A's chief editor submit a published piece of A to the city, and logs 报送", async () => {
    const piece = await pieceOfA('live')
    const reply = await submit('chiefA', piece.id, '典型经验')
    expect(reply.status, reply.text).toBe(200)
    expect(reply.json.message).toContain('已报送')
    const [record] = await submissionsOf(piece.id)
    expect(record).toMatchObject({ status: 'pending', fromUnit: units.a, toUnit: units.city, submittedBy: users.chiefA.id, title: piece.mark, message: '典型经验' })
    expect(record!.document).toEqual({ relationTo: 'articles', value: piece.id })
    const doc = await latest(piece.id)
    expect(doc._status).toBe('published')
    expect(doc.reviewStage).toBe('approved')
    const entry = doc.reviewLog.at(-1)
    expect(entry).toMatchObject({ action: '报送', user: users.chiefA.id, role: 'chief-editor' })
    expect(entry.comment).toContain('测试市总工会')
  })

  it("refuses A's reporter and editor, saying only the chief editor submits, and creates nothing", async () => {
    const piece = await pieceOfA('live')
    for (const who of ['reporterA', 'editorA'] as Who[]) {
      const reply = await submit(who, piece.id)
      expect(reply.status, who).toBe(403)
      expect(reply.json.errors[0].message).toContain('终审')
    }
    expect(await submissionsOf(piece.id)).toEqual([])
    expect(actions(await latest(piece.id))).not.toContain('报送')
  })

  it('refuses a piece that is not published, and says to publish it first', async () => {
    for (const stage of ['draft', 'approved'] as Stage[]) {
      const piece = await pieceOfA(stage)
      const reply = await submit('chiefA', piece.id)
      expect(reply.status, stage).toBe(409)
      expect(reply.json.errors[0].message).toContain('只有已发布的稿件才能报送')
      expect(await submissionsOf(piece.id)).toEqual([])
    }
  })

  it("refuses a top unit's piece: there is no unit above", async () => {
    const mark = marker()
    const doc = await t.payload.create({ collection: 'articles', data: { title: mark, organization: units.city, reviewStage: 'approved', _status: 'published' } as never })
    const reply = await submit('cityChief', doc.id as number)
    expect(reply.status).toBe(409)
    expect(reply.json.errors[0].message).toContain('最上级单位')
  })

  it('refuses sending the same piece again while it is pending', async () => {
    const piece = await submitted()
    const again = await submit('chiefA', piece.id)
    expect(again.status).toBe(409)
    expect(again.json.errors[0].message).toContain('正在等待处理')
    expect(await submissionsOf(piece.id)).toHaveLength(1)
  })

  it("refuses county B's chief editor and another unit's piece", async () => {
    const piece = await pieceOfA('live')
    for (const who of ['chiefB', 'adminB'] as Who[]) {
      const reply = await submit(who, piece.id)
      expect(reply.status, who).toBe(403)
      expect(reply.json.errors[0].message).toContain('不是您单位的稿件')
    }
    expect((await submit(null, piece.id)).status).toBe(401)
    // The city's chief editor reaches A's pieces, but sending them to the city is A's act.
    const fromAbove = await submit('cityChief', piece.id)
    expect(fromAbove.status).toBe(403)
    expect(fromAbove.json.errors[0].message).toContain('请由「甲县总工会」的终审报送')
    expect(await submissionsOf(piece.id)).toEqual([])
  })
})

describe('来稿: who sees a submission', () => {
  it("shows it to the city's editors and to county A, and to nobody in county B", async () => {
    const piece = await submitted()
    const url = `/api/submissions?where[status][equals]=pending&where[documentKey][equals]=articles:${piece.id}&depth=0`
    for (const who of ['cityEditor', 'cityChief', 'fedAdmin', 'chiefA', 'editorA'] as Who[]) {
      const reply = await call(who, 'GET', url)
      expect(reply.json?.totalDocs, who).toBe(1)
      expect((await call(who, 'GET', `/api/submissions/${piece.submission}`)).status, who).toBe(200)
    }
    for (const who of COUNTY_B) {
      expect((await call(who, 'GET', url)).json?.totalDocs ?? 0, who).toBe(0)
      expect((await call(who, 'GET', `/api/submissions/${piece.submission}`)).text, who).not.toContain(piece.mark)
      expect((await call(who, 'GET', `/api/submissions/count?where[id][equals]=${piece.submission}`)).json?.totalDocs ?? 0, who).toBe(0)
      const g = await gql(who, `{ Submissions(where: { id: { equals: ${piece.submission} } }) { docs { title } } }`)
      expect(g.text, who).not.toContain(piece.mark)
    }
    expect((await call(null, 'GET', url)).text).not.toContain(piece.mark)
    // The same GraphQL query finds it for the city (the query above asks the right thing).
    expect((await gql('cityEditor', `{ Submissions(where: { id: { equals: ${piece.submission} } }) { docs { title } } }`)).text).toContain(piece.mark)
  })

  it("counts the 来稿 waiting for the city on its editors' dashboard, and what county A sent on A's", async () => {
    const panel = async (who: Who) => {
      const element = await IncomingQueue({ payload: t.payload, user: { ...users[who], collection: 'users' } as never })
      return element ? renderToStaticMarkup(element) : ''
    }
    const waiting = (await t.payload.count({ collection: 'submissions', where: { status: { equals: 'pending' } } })).totalDocs
    expect(waiting).toBeGreaterThan(0)
    expect(await panel('cityEditor')).toContain(`来稿待处理：${waiting} 篇`)
    expect(await panel('cityEditor')).not.toContain('待上级处理')
    const county = await panel('chiefA')
    expect(county).toContain(`本单位报送、待上级处理：${waiting} 篇`)
    expect(county).not.toContain('来稿待处理')
    expect(await panel('chiefB')).toContain('本单位报送、待上级处理：0 篇')
  })

  it('answers a made-up or unknown submission id with 404, not an error', async () => {
    for (const id of ['abc', '999999']) {
      const reply = await decide('cityEditor', id, 'adopt')
      expect(reply.status, id).toBe(404)
      expect(reply.json.errors[0].message).toContain('找不到')
    }
    const unknownPiece = await call('chiefA', 'POST', '/api/submissions/submit', { collection: 'articles', id: 999999 })
    expect(unknownPiece.status).toBe(404)
    const wrongKind = await call('chiefA', 'POST', '/api/submissions/submit', { collection: 'users', id: users.chiefA.id })
    expect(wrongKind.status).toBe(400)
  })
})

describe('采用 · 改编采用 · 退稿', () => {
  it('adopts: the same document is now also the city’s, still live and signed off, and both steps are in its log', async () => {
    const piece = await submitted()
    const before = await live(piece.id)
    // County A cannot adopt its own submission, nor can county B.
    for (const who of ['chiefA', 'adminA', 'chiefB', 'editorB'] as Who[]) {
      const reply = await decide(who, piece.submission, 'adopt')
      expect([403, 404], who).toContain(reply.status)
    }
    // Nor a city reporter.
    expect((await decide('cityReporter', piece.submission, 'adopt')).status).toBe(403)
    expect((await latest(piece.id)).adoptedBy ?? []).toEqual([])

    const reply = await decide('cityEditor', piece.submission, 'adopt', '好稿')
    expect(reply.status, reply.text).toBe(200)
    const doc = await live(piece.id)
    expect(doc?.adoptedBy).toEqual([units.city])
    expect(doc?.reviewStage).toBe('approved')
    expect(doc?.title).toBe(before?.title)
    expect(doc?.publishedAt).toBe(before?.publishedAt)
    const log = actions(doc!)
    expect(log).toContain('报送')
    expect(log.at(-1)).toBe('采用')
    const adoptLine = doc!.reviewLog.at(-1)
    expect(adoptLine).toMatchObject({ user: users.cityEditor.id, role: 'editor' })
    expect(adoptLine.comment).toContain('好稿')
    const [record] = await submissionsOf(piece.id)
    expect(record).toMatchObject({ status: 'adopted', decidedBy: users.cityEditor.id })

    // Decided once: no second decision, and the piece is not sent up again.
    expect((await decide('cityChief', piece.submission, 'decline', '不要了')).status).toBe(409)
    const again = await submit('chiefA', piece.id)
    expect(again.status).toBe(409)
    expect(again.json.errors[0].message).toContain('已经采用')
  })

  it('adopts edited: a draft copy in the city’s chain, linked to the original, which stays as it was', async () => {
    const piece = await submitted()
    const before = await latest(piece.id)
    const reply = await decide('cityChief', piece.submission, 'adopt-edited')
    expect(reply.status, reply.text).toBe(200)
    const record = (await submissionsOf(piece.id))[0]!
    expect(record.status).toBe('adopted-edited')
    expect(record.copy?.relationTo).toBe('articles')
    const copy = await latest(record.copy.value)
    expect(copy.id).not.toBe(piece.id)
    expect(copy).toMatchObject({ organization: units.city, reviewStage: 'draft', _status: 'draft', createdBy: users.cityChief.id, title: before.title })
    expect(copy.adaptedFrom).toEqual({ relationTo: 'articles', value: piece.id })
    expect(copy.adoptedBy ?? []).toEqual([])
    expect(copy.reviewLog).toHaveLength(1)
    expect(copy.reviewLog[0].action).toBe('改编自来稿')
    expect(copy.reviewLog[0].comment).toContain('甲县总工会')
    expect(await live(copy.id)).toBeUndefined()
    // The original: same content, still live, not adopted as such, the step in its log.
    const after = await latest(piece.id)
    expect(after.title).toBe(before.title)
    expect(after._status).toBe('published')
    expect(after.adoptedBy ?? []).toEqual([])
    expect(actions(after).at(-1)).toBe('改编采用')
    // The copy goes through the city's chain like any city piece: its author cannot sign it off.
    const self = await call('cityChief', 'PATCH', `/api/articles/${copy.id}?draft=true`, { reviewStage: 'submitted' })
    expect(self.status).toBe(200)
    const own = await call('cityChief', 'PATCH', `/api/articles/${copy.id}?draft=true`, { reviewStage: 'edited' })
    expect(own.status).toBe(403)
    // The link cannot be changed or forged by a request.
    await call('cityChief', 'PATCH', `/api/articles/${copy.id}?draft=true`, { adaptedFrom: { relationTo: 'articles', value: copy.id } })
    expect((await latest(copy.id)).adaptedFrom).toEqual({ relationTo: 'articles', value: piece.id })
  })

  it('declines only with a comment, and logs it in the original', async () => {
    const piece = await submitted()
    const bare = await decide('cityEditor', piece.submission, 'decline')
    expect(bare.status).toBe(400)
    expect(bare.json.errors[0].message).toContain('必须填写退稿意见')
    expect((await submissionsOf(piece.id))[0]!.status).toBe('pending')

    const reply = await decide('cityEditor', piece.submission, 'decline', '选题重复')
    expect(reply.status, reply.text).toBe(200)
    expect((await submissionsOf(piece.id))[0]).toMatchObject({ status: 'declined', comment: '选题重复' })
    const doc = await latest(piece.id)
    expect(doc._status).toBe('published')
    expect(doc.adoptedBy ?? []).toEqual([])
    const line = doc.reviewLog.at(-1)
    expect(line.action).toBe('退稿')
    expect(line.comment).toContain('选题重复')
    // After a decline the piece may be sent again (improved).
    expect((await submit('chiefA', piece.id)).status).toBe(200)
  })

  it('keeps the adoption through a correction re-published after it', async () => {
    const piece = await submitted()
    expect((await decide('cityEditor', piece.submission, 'adopt')).status).toBe(200)
    // A's administrator corrects the live piece (a new draft), A's chain signs it off, A publishes.
    const as = (who: Who) => ({ user: users[who], overrideAccess: false, draft: true })
    await t.payload.update({ collection: 'articles', id: piece.id, data: { title: `${piece.mark}更正` } as never, ...as('adminA') })
    expect((await live(piece.id))?.title).toBe(piece.mark)
    await t.payload.update({ collection: 'articles', id: piece.id, data: { reviewStage: 'submitted' } as never, ...as('adminA') })
    await t.payload.update({ collection: 'articles', id: piece.id, data: { reviewStage: 'edited' } as never, ...as('editorA') })
    await t.payload.update({ collection: 'articles', id: piece.id, data: { reviewStage: 'approved' } as never, ...as('chiefA') })
    await t.payload.update({ collection: 'articles', id: piece.id, data: { _status: 'published' } as never, user: users.chiefA, overrideAccess: false })
    const doc = await live(piece.id)
    expect(doc?.title).toBe(`${piece.mark}更正`)
    expect(doc?.adoptedBy).toEqual([units.city])
    expect(actions(doc!)).toEqual(expect.arrayContaining(['报送', '采用', '发布']))
  })

  it('adopting while a correction is pending puts the adoption on the live piece and on the correction', async () => {
    const piece = await submitted()
    await t.payload.update({ collection: 'articles', id: piece.id, data: { title: `${piece.mark}待审更正` } as never, user: users.adminA, overrideAccess: false, draft: true })
    expect((await decide('cityEditor', piece.submission, 'adopt')).status).toBe(200)
    const onLive = await live(piece.id)
    expect(onLive?.title).toBe(piece.mark)
    expect(onLive?.adoptedBy).toEqual([units.city])
    const pending = await latest(piece.id)
    expect(pending.title).toBe(`${piece.mark}待审更正`)
    expect(pending.adoptedBy).toEqual([units.city])
    expect(actions(pending).at(-1)).toBe('采用')
  })

  it('adopting edited while a correction is pending copies the live version, not the correction in review', async () => {
    const piece = await submitted()
    await t.payload.update({ collection: 'articles', id: piece.id, data: { title: `${piece.mark}未审更正` } as never, user: users.adminA, overrideAccess: false, draft: true })
    const reply = await decide('cityEditor', piece.submission, 'adopt-edited')
    expect(reply.status, reply.text).toBe(200)
    const copy = await latest(reply.json.doc.copy.value)
    expect(copy.title).toBe(piece.mark)
    expect(copy.reviewLog[0].comment).toContain('已发布的版本')
    // The correction stays the county's, in its chain.
    expect((await latest(piece.id)).title).toBe(`${piece.mark}未审更正`)
  })

  it('two decisions on one submission at the same moment: one is taken, the other is told it was decided', async () => {
    const piece = await submitted()
    const replies = await Promise.all([decide('cityEditor', piece.submission, 'adopt'), decide('cityChief', piece.submission, 'adopt-edited'), decide('cityChief', piece.submission, 'decline', '同时退稿')])
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409, 409])
    const refused = replies.filter((r) => r.status === 409)
    for (const r of refused) expect(r.json.errors[0].message).toContain('已经处理过')
    const [record] = await submissionsOf(piece.id)
    const decisions = actions(await latest(piece.id)).filter((a: string) => ['采用', '改编采用', '退稿'].includes(a))
    expect(decisions).toHaveLength(1)
    expect(record.status).toBe({ 采用: 'adopted', 改编采用: 'adopted-edited', 退稿: 'declined' }[decisions[0] as string])
    // Only the decision taken made a copy.
    const copies = await t.payload.find({ collection: 'articles', where: { 'adaptedFrom.value': { equals: piece.id } }, draft: true, depth: 0 })
    expect(copies.totalDocs).toBe(decisions[0] === '改编采用' ? 1 : 0)
  })

  it('the same piece sent twice at once (a double click) makes one submission', async () => {
    const piece = await pieceOfA('live')
    const replies = await Promise.all([submit('chiefA', piece.id), submit('chiefA', piece.id)])
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409])
    expect(await submissionsOf(piece.id)).toHaveLength(1)
    expect(actions(await latest(piece.id)).filter((a: string) => a === '报送')).toHaveLength(1)
  })

  it('a piece taken down or deleted after it was sent can be declined, not adopted', async () => {
    const down = await submitted()
    await t.payload.update({ collection: 'articles', id: down.id, data: { _status: 'draft' } as never, user: users.chiefA, overrideAccess: false })
    const refused = await decide('cityEditor', down.submission, 'adopt')
    expect(refused.status).toBe(409)
    expect(refused.json.errors[0].message).toContain('撤下')
    expect((await decide('cityEditor', down.submission, 'decline', '原稿已撤下')).status).toBe(200)
    expect(actions(await latest(down.id)).at(-1)).toBe('退稿')

    const gone = await submitted()
    await t.payload.delete({ collection: 'articles', id: gone.id })
    expect((await decide('cityEditor', gone.submission, 'adopt-edited')).status).toBe(409)
    const declined = await decide('cityEditor', gone.submission, 'decline', '原稿已删除')
    expect(declined.status, declined.text).toBe(200)
    expect((await t.payload.findByID({ collection: 'submissions', id: gone.submission, depth: 0 })).status).toBe('declined')
  })

  it('no request writes adoptedBy itself, not even an administrator', async () => {
    const piece = await pieceOfA('live')
    await call('fedAdmin', 'PATCH', `/api/articles/${piece.id}`, { adoptedBy: [units.city] })
    expect((await live(piece.id))?.adoptedBy ?? []).toEqual([])
  })
})

describe('every route of the submissions collection', () => {
  it('refuses anonymous readers and county B on every route, and lets nobody write a record directly', async () => {
    const piece = await submitted()
    const routes = restRoutes(t.config).filter((r) => r.collection === 'submissions')
    expect(routes.length).toBeGreaterThan(10)
    const paths = (path: string) =>
      path
        .replace(':id?', String(piece.submission))
        .replace(':id', String(piece.submission))
        .replace(/\/:[\w]+\??/g, `/${piece.submission}`)
    // The addresses below reach the record: the city's editor reads it through them.
    expect((await call('cityEditor', 'GET', `/api/submissions${paths('/:id')}`)).text).toContain(piece.mark)
    expect((await call('cityEditor', 'GET', `/api/submissions${paths('/')}?where[id][equals]=${piece.submission}`)).text).toContain(piece.mark)
    for (const route of routes) {
      const url = `/api/submissions${paths(route.path)}`
      const body = route.method === 'GET' || route.method === 'DELETE' ? undefined : { collection: 'articles', id: piece.id, comment: '越权', status: 'adopted', title: '越权' }
      for (const who of [null, ...COUNTY_B] as (Who | null)[]) {
        const reply = await call(who, route.method, url, body)
        const label = `${route.key} as ${who ?? 'anonymous'}`
        if (route.key === 'POST /api/submissions/access/:id?') {
          expect(reply.json?.update?.permission ?? false, label).toBe(false)
          continue
        }
        expect(reply.text, label).not.toContain(piece.mark)
        if (route.method !== 'GET' && !route.path.startsWith('/access')) expect(reply.status, label).toBeGreaterThanOrEqual(400)
      }
    }
    // Nothing changed: still one pending record, not adopted, nothing deleted.
    const records = await submissionsOf(piece.id)
    expect(records).toHaveLength(1)
    expect(records[0]).toMatchObject({ status: 'pending', title: piece.mark })
    expect((await latest(piece.id)).adoptedBy ?? []).toEqual([])

    // Payload's own create/update/delete are closed to everyone, administrators included: records
    // are written only by the actions above.
    for (const who of ['fedAdmin', 'cityChief', 'chiefA'] as Who[]) {
      expect((await call(who, 'PATCH', `/api/submissions/${piece.submission}`, { status: 'adopted' })).status, who).toBe(403)
      expect((await call(who, 'DELETE', `/api/submissions/${piece.submission}`)).status, who).toBe(403)
      expect((await call(who, 'POST', '/api/submissions', { document: { relationTo: 'articles', value: piece.id }, fromUnit: units.a, toUnit: units.city, status: 'adopted' })).status, who).toBe(403)
      const g = await gql(who, `mutation { updateSubmission(id: ${piece.submission}, data: { status: adopted }) { id } }`)
      expect(g.json.errors?.length, who).toBeGreaterThan(0)
    }
    expect((await submissionsOf(piece.id))[0]!.status).toBe('pending')
  })
})

describe('statistics: 报送 and 被采用', () => {
  it("counts a piece sent up and adopted for the sending unit and its writer, in the table and the exports", async () => {
    const counts = async (by: 'unit' | 'person', key: string) => {
      const reply = await call('fedAdmin', 'GET', `/api/stats?by=${by}`)
      expect(reply.status, reply.text).toBe(200)
      // A person with nothing counted yet has no line: zeros.
      return (reply.json.totals.find((r: Doc) => r.group.key === key)?.counts ?? { reported: 0, adopted: 0 }) as Record<string, number>
    }
    const unitBefore = await counts('unit', String(units.a))
    const cityBefore = await counts('unit', String(units.city))
    const personBefore = await counts('person', `user:${users.reporterA.id}`)

    const sent = await submitted()
    const declined = await submitted()
    expect((await decide('cityEditor', sent.submission, 'adopt')).status).toBe(200)
    expect((await decide('cityEditor', declined.submission, 'decline', '不合适')).status).toBe(200)

    const unitAfter = await counts('unit', String(units.a))
    expect(unitAfter.reported).toBe(unitBefore.reported! + 2)
    expect(unitAfter.adopted).toBe(unitBefore.adopted! + 1)
    expect(await counts('unit', String(units.city))).toEqual(cityBefore)
    const personAfter = await counts('person', `user:${users.reporterA.id}`)
    expect(personAfter.reported).toBe(personBefore.reported! + 2)
    expect(personAfter.adopted).toBe(personBefore.adopted! + 1)

    const csv = await call('fedAdmin', 'GET', '/api/stats?by=unit&format=csv')
    expect(csv.status).toBe(200)
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n')
    expect(lines[0]).toMatch(/,报送,被采用$/)
    const month = lines.find((l) => l.includes('甲县总工会') && !l.includes('合计'))
    expect(month).toBeDefined()
  })
})
