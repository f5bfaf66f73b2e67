// 稿件统计 on a seeded database (src/stats): counts of pieces this test writes, submits and
// publishes under a unit of its own and its sub-unit match, by unit (with and without sub-units)
// and by person (an account, a correspondent of the roster); the seeded correspondents match the
// demo bylines; GET /api/stats answers anonymous 401, a reporter their own line, editors and above
// everything, as JSON, CSV (BOM) and XLSX (read back); the roster's contact details are readable by
// editors and above only; `npm run stats` runs once, and refuses bad usage with status 2.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { handleEndpoints, type Payload } from 'payload'
import { readSheet } from 'read-excel-file/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_LOGINS, seed } from '../../src/seed'
import { paragraph, photoBlock, richText } from '../../src/seed/lexical'
import { currentMonth } from '../../src/stats/query'
import { jpegFile } from '../fixtures/media/make'
import { startPayload, type TestPayload } from '../helpers/payload'

const ROOT = path.resolve(__dirname, '../..')
const MONTH = currentMonth('Asia/Shanghai')

let t: TestPayload
let payload: Payload
const tokens: Record<string, string> = {}
const ids = {} as { unit: number; subunit: number; reporter: number; editor: number; correspondent: number }

async function get(url: string, role?: string) {
  const headers = new Headers()
  if (role) headers.set('Authorization', `JWT ${tokens[role]}`)
  return handleEndpoints({ config: t.config, request: new Request(`http://localhost${url}`, { headers }), payloadInstanceCacheKey: t.key })
}

async function json(url: string, role?: string) {
  const response = await get(url, role)
  return { status: response.status, body: (await response.json()) as any }
}

const asUser = async (id: number) => ({ ...(await payload.findByID({ collection: 'users', id, depth: 0 })), collection: 'users' as const })

beforeAll(async () => {
  process.env.JOBS_AUTORUN = '0'
  t = await startPayload('stats')
  payload = t.payload
  await seed(payload)
  for (const login of DEMO_LOGINS) {
    tokens[login.role] = (await payload.login({ collection: 'users', data: { email: login.email, password: login.password } })).token!
  }
  const user = async (email: string) => (await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })).docs[0]!.id as number
  ids.reporter = await user('reporter@example.com')
  ids.editor = await user('editor@example.com')
  // A county under the demo city federation (the reporter's and editor's unit), as a county of theirs is.
  const city = (await payload.findByID({ collection: 'users', id: ids.reporter, depth: 0 })).organization as number
  ids.unit = (await payload.create({ collection: 'organizations', data: { name: '统计测试区总工会', level: 'county', parent: city } })).id as number
  ids.subunit = (await payload.create({ collection: 'organizations', data: { name: '统计测试企业工会', level: 'enterprise', parent: ids.unit } })).id as number
  ids.correspondent = (await payload.create({ collection: 'correspondents', data: { name: '欧阳测', organization: ids.subunit, phone: '0512-0000-9999', address: '测试路1号' } })).id as number

  const reporter = await asUser(ids.reporter)
  const editor = await asUser(ids.editor)
  const photo = await payload.create({ collection: 'media', data: { alt: '统计测试图片' }, file: await jpegFile(64, 48, 'stats.jpg') })

  // 1. The reporter's story in the unit, with a photo in its body: written, submitted, published.
  const story = await payload.create({
    collection: 'articles',
    draft: true,
    user: reporter,
    overrideAccess: false,
    data: { title: '统计测试稿一', organization: ids.unit, bylines: [{ role: 'reporter', name: '林晓', user: ids.reporter }], body: richText(paragraph('正文。'), photoBlock({ photo: photo.id as number })) } as never,
  })
  await payload.update({ collection: 'articles', id: story.id, draft: true, user: reporter, overrideAccess: false, data: { reviewStage: 'submitted' } })
  // Published by the system (the chain's sign-offs are tested elsewhere).
  await payload.update({ collection: 'articles', id: story.id, data: { _status: 'published' } as never })

  // 2. A correspondent's piece in the sub-unit, entered by the editor: the byline counts, not the editor.
  await payload.create({
    collection: 'articles',
    draft: true,
    user: editor,
    overrideAccess: false,
    data: { title: '统计测试稿二', organization: ids.subunit, bylines: [{ role: 'correspondent', name: '欧阳测' }] } as never,
  })

  // 3. A profile the reporter wrote without bylines: counted for its creator.
  await payload.create({ collection: 'model-workers', draft: true, user: reporter, overrideAccess: false, data: { name: '统计测试劳模', kind: 'individual', organization: ids.unit } as never })

  // 4. A published piece taken down again: written, not published.
  const withdrawn = await payload.create({ collection: 'articles', data: { title: '统计测试稿四', organization: ids.unit, _status: 'published' } as never })
  await payload.update({ collection: 'articles', id: withdrawn.id, data: { _status: 'draft' } as never })
}, 300_000)

afterAll(async () => {
  await t?.close()
})

const row = (body: any, key: string) => body.totals.find((r: any) => r.group.key === key)?.counts

describe('counting on a seeded database', () => {
  it('counts a unit on its own, and with its sub-units', async () => {
    const own = await json(`/api/stats?from=${MONTH}&to=${MONTH}`, 'editor')
    expect(own.status).toBe(200)
    expect(row(own.body, String(ids.unit))).toEqual({ written: 3, submitted: 1, published: 1, withPhotos: 1, reported: 0, adopted: 0 })
    expect(row(own.body, String(ids.subunit))).toEqual({ written: 1, submitted: 0, published: 0, withPhotos: 0, reported: 0, adopted: 0 })
    const all = await json(`/api/stats?from=${MONTH}&to=${MONTH}&subunits=1`, 'editor')
    expect(row(all.body, String(ids.unit))).toEqual({ written: 4, submitted: 1, published: 1, withPhotos: 1, reported: 0, adopted: 0 })
  })

  it('counts persons: the reporter (byline and creator) and the correspondent of the roster, not the editor who entered a piece', async () => {
    const { body } = await json(`/api/stats?from=${MONTH}&to=${MONTH}&by=person&unit=${ids.unit}&subunits=1`, 'chief-editor')
    expect(row(body, `user:${ids.reporter}`)).toEqual({ written: 2, submitted: 1, published: 1, withPhotos: 1, reported: 0, adopted: 0 })
    expect(row(body, `correspondent:${ids.correspondent}`)).toEqual({ written: 1, submitted: 0, published: 0, withPhotos: 0, reported: 0, adopted: 0 })
    expect(row(body, `user:${ids.editor}`)).toBeUndefined()
    const person = body.totals.find((r: any) => r.group.key === `correspondent:${ids.correspondent}`).group
    expect([person.name, person.role, person.unit]).toEqual(['欧阳测', '通讯员', '统计测试企业工会'])
  })

  it("matches the demo's bylines to the seeded roster", async () => {
    const { body } = await json(`/api/stats?from=2020-01&to=${MONTH}&by=person`, 'admin')
    const wang = body.totals.find((r: any) => r.group.name === '王磊')
    expect(wang.group.key).toMatch(/^correspondent:/)
    expect(wang.group.unit).toBe('江澄重型机械有限公司工会')
    expect(wang.counts.written).toBeGreaterThanOrEqual(2)
    const sun = body.totals.find((r: any) => r.group.name === '孙浩')
    expect(sun.counts.written).toBe(0)
  })
})

describe('GET /api/stats access and formats', () => {
  it('refuses an anonymous reader with 401 and a bad query with 400, in Chinese', async () => {
    const anonymous = await json('/api/stats')
    expect(anonymous.status).toBe(401)
    expect(anonymous.body.errors[0].message).toContain('请先登录')
    const bad = await json('/api/stats?from=2026-13', 'editor')
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toContain('2026-01')
  })

  it("gives a reporter their own line only, whatever they ask for", async () => {
    const { status, body } = await json(`/api/stats?from=${MONTH}&to=${MONTH}&by=unit`, 'reporter')
    expect(status).toBe(200)
    expect(body.totals.map((r: any) => r.group.key)).toEqual([`user:${ids.reporter}`])
  })

  it('lets editors, chief editors and administrators read the office', async () => {
    for (const role of ['editor', 'chief-editor', 'admin']) {
      const { status, body } = await json(`/api/stats?from=${MONTH}&to=${MONTH}`, role)
      expect(status, role).toBe(200)
      expect(body.totals.length, role).toBeGreaterThan(5)
    }
  })

  it('exports CSV with a byte-order mark and a Chinese file name', async () => {
    const response = await get(`/api/stats?from=${MONTH}&to=${MONTH}&format=csv`, 'editor')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('稿件统计-按单位'))
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes)
    expect(text).toMatch(/统计测试区总工会,江澄市总工会,3,1,1,1/)
  })

  it('exports XLSX that reads back', async () => {
    const response = await get(`/api/stats?from=${MONTH}&to=${MONTH}&format=xlsx&by=person&unit=${ids.unit}&subunits=1`, 'admin')
    expect(response.status).toBe(200)
    const rows = await readSheet(Buffer.from(await response.arrayBuffer()))
    expect(rows[0]).toEqual(['期间', '姓名', '身份', '所属单位', '撰写', '提交审核', '发布', '发布含图片', '报送', '被采用'])
    expect(rows.find((r) => r[1] === '欧阳测')?.slice(4)).toEqual([1, 0, 0, 0, 0, 0])
  })
})

describe('the correspondents roster', () => {
  it("keeps phone and address to editors and above: reporters see the name, anonymous readers nothing", async () => {
    const url = `/api/correspondents/${ids.correspondent}?depth=0`
    const editor = await json(url, 'editor')
    expect(editor.body).toMatchObject({ name: '欧阳测', phone: '0512-0000-9999', address: '测试路1号' })
    const reporter = await json(url, 'reporter')
    expect(reporter.status).toBe(200)
    expect(reporter.body.name).toBe('欧阳测')
    expect(reporter.body.phone).toBeUndefined()
    expect(reporter.body.address).toBeUndefined()
    const list = await json('/api/correspondents?limit=100', 'reporter')
    expect(JSON.stringify(list.body)).not.toContain('0512-')
    const anonymous = await json(url)
    expect([401, 403]).toContain(anonymous.status)
    expect(JSON.stringify(anonymous.body)).not.toContain('0512-')
    const anonymousList = await json('/api/correspondents')
    expect(JSON.stringify(anonymousList.body)).not.toContain('欧阳测')
  })
})

describe('npm run stats', () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/stats.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 180_000,
      env: { ...process.env, DATABASE_URI: t.databaseURI, UNION_CMS_ROOT: t.dir },
    })

  it('exports the month by unit as CSV, and every unit and person as XLSX', async () => {
    const csv = run(['--from', MONTH, '--to', MONTH, '--format', 'csv', '--by', 'unit'])
    expect(csv.status, csv.stderr).toBe(0)
    expect(csv.stdout.startsWith('\uFEFF期间,单位,上级单位')).toBe(true)
    expect(csv.stdout).toMatch(/统计测试区总工会,江澄市总工会,3,1,1,1/)
    const out = path.join(t.dir, 'out', 'stats.xlsx')
    const xlsx = run(['--format', 'xlsx', '--out', out])
    expect(xlsx.status, xlsx.stderr).toBe(0)
    expect(xlsx.stderr).toContain('已写入')
    const { default: readExcelFile } = await import('read-excel-file/node')
    const sheets = await readExcelFile(fs.readFileSync(out))
    expect(sheets.map((s: { sheet: string }) => s.sheet)).toEqual(['按单位', '按个人'])
  }, 240_000)

  it('refuses bad usage with status 2 and says what to write', () => {
    const bad = run(['--from', '2026-1', '--format', 'csv'])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('请写成 2026-01')
    expect(bad.stderr).toContain('usage: npm run stats')
  }, 120_000)
})
