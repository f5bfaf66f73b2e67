// Several servers (issue 18): two `npm start` processes on different ports sharing one PostgreSQL
// database, one S3-compatible object store and one site folder, the first running the jobs queue
// (JOBS_AUTORUN=1), the second not (JOBS_AUTORUN=0), as the README's deployment section lays out.
// A save on either is seen by both, a photo uploaded through one is served by the other, a
// scheduled publish fires exactly once, and the publisher runs once for the change, its pages
// served by both. Skipped, saying so, without PostgreSQL installed.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pngFile } from '../helpers/fixtures'
import { startPayload, type TestPayload } from '../helpers/payload'
import { POSTGRES_MISSING, createDatabase, postgresBinaries, startPostgresCluster, type PostgresCluster } from '../helpers/postgres'
import { sleep } from '../helpers/processes'
import { startS3Server, type S3Server } from '../helpers/s3Server'
import { startServer, type RunningServer } from '../helpers/server'

const installed = postgresBinaries() !== null
if (!installed) console.warn(POSTGRES_MISSING)

let cluster: PostgresCluster
let store: S3Server
let first: RunningServer
let second: RunningServer
let observer: TestPayload
let siteDir: string
let shared: Record<string, string>

type Json = Record<string, unknown>

async function call(base: string, method: string, url: string, token?: string, body?: unknown): Promise<{ status: number; body: Json }> {
  const headers: Record<string, string> = {}
  if (token) headers.Authorization = `JWT ${token}`
  if (body !== undefined && !(body instanceof FormData)) headers['Content-Type'] = 'application/json'
  const res = await fetch(`${base}${url}`, { method, headers, body: body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body) })
  const text = await res.text()
  return { status: res.status, body: text.startsWith('{') ? (JSON.parse(text) as Json) : { text } }
}

async function login(base: string, email: string, password: string): Promise<string> {
  const res = await call(base, 'POST', '/api/users/login', undefined, { email, password })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body.token as string
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await probe()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await sleep(500)
  }
}

/** Build folders of the shared site, oldest first (their names start with the time they were made). */
const builds = () => fs.readdirSync(`${siteDir}.builds`).filter((f) => /^\d{4}-/.test(f) && !f.endsWith('.json')).sort()

describe.skipIf(!installed)('two servers sharing PostgreSQL, an object store and the site folder', () => {
  beforeAll(async () => {
    cluster = await startPostgresCluster()
    store = await startS3Server(['union-media'])
    const databaseURI = await createDatabase(cluster.uri, 'office')
    siteDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'union-cms-shared-site-')), 'site')
    shared = { DATABASE_URI: databaseURI, SITE_DIR: siteDir, ...store.env('union-media'), JOBS_CRON: '*/2 * * * * *' }
    // The first server alone on the new database: it creates the tables and the demo content.
    first = await startServer('server-a', { ...shared, JOBS_AUTORUN: '1' })
    second = await startServer('server-b', { ...shared, JOBS_AUTORUN: '0' })
    // The test's own view of the database (as an operator's script would have), running no jobs.
    process.env.JOBS_AUTORUN = '0'
    Object.assign(process.env, store.env('union-media'))
    observer = await startPayload('servers-observer', databaseURI)
  }, 900_000)

  afterAll(async () => {
    await second?.stop()
    await first?.stop()
    await observer?.close()
    await store?.close()
    cluster?.stop()
    if (siteDir) fs.rmSync(path.dirname(siteDir), { recursive: true, force: true })
  }, 120_000)

  it('sees a save made on either server on both', async () => {
    const password = first.demoPassword('admin@example.com')
    const [onFirst, onSecond] = [await login(first.base, 'admin@example.com', password), await login(second.base, 'admin@example.com', password)]
    const created = await call(second.base, 'POST', '/api/topics', onSecond, { name: '第二台服务器新建的栏目' })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = (created.body.doc as Json).id
    const read = await call(first.base, 'GET', `/api/topics/${id}?depth=0`, onFirst)
    expect(read.body.name).toBe('第二台服务器新建的栏目')
    const renamed = await call(first.base, 'PATCH', `/api/topics/${id}`, onFirst, { name: '第一台服务器改过的栏目' })
    expect(renamed.status).toBe(200)
    expect((await call(second.base, 'GET', `/api/topics/${id}?depth=0`, onSecond)).body.name).toBe('第一台服务器改过的栏目')
  })

  it('serves from one server a photo uploaded through the other (the store, not a local folder)', async () => {
    const token = await login(second.base, 'admin@example.com', first.demoPassword('admin@example.com'))
    const form = new FormData()
    const png = await pngFile(1200, 800, 'two-servers.png')
    form.append('file', new Blob([new Uint8Array(png.data)], { type: 'image/png' }), 'two-servers.png')
    form.append('_payload', JSON.stringify({ alt: '两台服务器共用的图片', caption: '两台服务器共用的图片' }))
    const uploaded = await call(second.base, 'POST', '/api/media', token, form)
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201)
    const filename = (uploaded.body.doc as Json).filename as string
    expect(await store.keys('union-media')).toContain(filename)
    expect(fs.existsSync(path.join(second.dir, 'media', filename))).toBe(false)
    const served = await fetch(`${first.base}/api/media/file/${encodeURIComponent(filename)}`, { headers: { Authorization: `JWT ${token}` } })
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer()).equals(await store.get('union-media', filename) as Buffer)).toBe(true)
  })

  it('fires a scheduled publish exactly once, publishes the site once for it, and both servers serve the page', async () => {
    const { payload } = observer
    const chief = (await payload.find({ collection: 'users', where: { email: { equals: 'chief@example.com' } }, limit: 1 })).docs[0]!
    const doc = await payload.create({ collection: 'articles', data: { title: '两台服务器定时发布的稿件' }, draft: true })
    await payload.update({ collection: 'articles', id: doc.id, data: { reviewStage: 'approved' }, draft: true })
    // Settle: no publish running or due from the set-up.
    await until('the publisher to be idle', async () => (await payload.count({ collection: 'payload-jobs', where: { completedAt: { exists: false } } })).totalDocs === 0)
    const before = builds()
    await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() + 3000),
      input: { type: 'publish', doc: { relationTo: 'articles', value: String(doc.id) }, user: { relationTo: 'users', value: chief.id } },
    } as never)

    const live = await until('the article to go live', async () => {
      const found = await payload.find({ collection: 'articles', where: { id: { equals: doc.id } }, overrideAccess: false, depth: 0 })
      return found.docs[0]
    })
    const page = `/articles/${live.slug}/`
    for (const server of [first, second]) {
      await until(`${page} on ${server.base}`, async () => (await fetch(`${server.base}${page}`)).status === 200)
      expect(await (await fetch(`${server.base}${page}`)).text()).toContain('两台服务器定时发布的稿件')
    }
    // Long enough for a second scheduler or a second publisher to have acted, were there one.
    await sleep(8000)
    const after = await payload.findByID({ collection: 'articles', id: doc.id, depth: 0 })
    expect(after.reviewLog!.filter((entry) => entry.action === '发布')).toHaveLength(1)
    const made = builds().filter((b) => !before.includes(b))
    expect(made, `builds made for the change: ${made.join(', ')}`).toHaveLength(1)
    expect(second.output()).not.toMatch(/schedulePublish|定时发布.*失败/)
  }, 180_000)

  it('publishes the site once, on the jobs server, for a piece published through the other server', async () => {
    const { payload } = observer
    const doc = await payload.create({ collection: 'articles', data: { title: '在第二台服务器上签发的稿件' }, draft: true })
    await payload.update({ collection: 'articles', id: doc.id, data: { reviewStage: 'approved' }, draft: true })
    await until('the publisher to be idle', async () => (await payload.count({ collection: 'payload-jobs', where: { completedAt: { exists: false } } })).totalDocs === 0)
    const before = builds()
    const chief = await login(second.base, 'chief@example.com', first.demoPassword('chief@example.com'))
    const published = await call(second.base, 'PATCH', `/api/articles/${doc.id}?depth=0`, chief, { _status: 'published' })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    const page = `/articles/${(published.body.doc as Json).slug}/`
    for (const server of [first, second]) {
      await until(`${page} on ${server.base}`, async () => (await fetch(`${server.base}${page}`)).status === 200)
    }
    await sleep(8000)
    expect(builds().filter((b) => !before.includes(b))).toHaveLength(1)
  }, 120_000)
})
