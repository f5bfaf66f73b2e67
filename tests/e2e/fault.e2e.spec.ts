// Fault injection (issue 7): SQLite in WAL mode with a busy timeout; a server killed with SIGKILL in
// the middle of a burst of saves restarts with a consistent database and loses at most the requests
// that were in flight. The publisher survives being killed too: the live SITE_DIR keeps pointing at
// a complete earlier build and the next run succeeds and cleans up.
//
// The real server is started with the launcher (`npm start`, src/cli/start.ts) on a temporary SQLite
// file, SITE_DIR and upload folder (UNION_CMS_ROOT), on a free port of 127.0.0.1, in its own process group, so that
// `process.kill(-pid, 'SIGKILL')` takes down the launcher, `next start` and any publish job at once,
// the way a power cut or the OOM killer would. Every check goes through the REST API (adapter
// neutral); SQLite's own `PRAGMA integrity_check` is run on the file as well.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fileForPath } from '../../src/site/urls'
import { freePort, groupAlive, killGroup, sleep, waitForOtherBuilds } from '../helpers/processes'
import { PUBLISHABLE } from '../../collections/slugs'

const root = path.resolve(__dirname, '../..')
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'union-cms-fault-'))
const dbFile = path.join(tmp, 'cms.db')
const siteDir = path.join(tmp, 'site')
const buildsDir = `${siteDir}.builds`

/** Concurrent writers in the burst, and how many acknowledged saves trigger the kill (bounded). */
const WORKERS = 10
const KILL_AFTER_ACKS = 80
/** Kill–restart rounds (FAULT_ROUNDS; more for a soak run). */
const ROUNDS = Math.max(1, Number(process.env.FAULT_ROUNDS || 1))
/** Every CREATE_EVERY-th save of a worker creates a new draft instead of editing its own. */
const CREATE_EVERY = 4
const REQUEST_TIMEOUT_MS = 30_000

const LOGINS = {
  admin: 'admin@example.com',
  editor: 'editor@example.com',
  reporter: 'reporter@example.com',
} as const
type Who = keyof typeof LOGINS

// ---------------------------------------------------------------------------------------------
// Processes: each one started here runs in its own process group and is killed in afterAll.

type Server = { proc: ChildProcess; base: string; port: number; output: () => string }
const started = new Set<ChildProcess>()
let current: Server | undefined
const passwords: Partial<Record<Who, string>> = {}
const tokens: Partial<Record<Who, string>> = {}



/** SIGKILL the whole group and wait until no process of it is left (bounded). */
async function killAndWait(proc: ChildProcess): Promise<void> {
  killGroup(proc.pid, 'SIGKILL')
  const deadline = Date.now() + 15_000
  while (proc.pid !== undefined && groupAlive(proc.pid) && Date.now() < deadline) await sleep(50)
  if (proc.pid !== undefined && groupAlive(proc.pid)) throw new Error(`process group ${proc.pid} survived SIGKILL`)
  started.delete(proc)
}




function launcherEnv(port: number, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    PAYLOAD_SECRET: 'fault-e2e-secret',
    DATABASE_URI: `file:${dbFile}`,
    PORT: String(port),
    HOST: '127.0.0.1',
    SITE_DIR: siteDir,
    SITE_URL: `http://127.0.0.1:${port}`,
    // Uploads (the demo photos) go to the temporary folder too; the code still runs from the checkout.
    UNION_CMS_ROOT: tmp,
    ...extra,
  }
  return env
}

/** Start `npm start`'s launcher in its own process group and wait until the API answers. */
async function startServer(extra: Record<string, string> = {}): Promise<Server> {
  const port = await freePort()
  let output = ''
  const proc = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/start.ts'], {
    cwd: root,
    env: launcherEnv(port, extra),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  started.add(proc)
  proc.stdout?.on('data', (d) => (output += d))
  proc.stderr?.on('data', (d) => (output += d))
  const server: Server = { proc, base: `http://127.0.0.1:${port}`, port, output: () => output }
  const deadline = Date.now() + 500_000
  while (Date.now() < deadline) {
    if (proc.exitCode !== null || proc.signalCode !== null) throw new Error(`npm start exited (${proc.exitCode ?? proc.signalCode}):\n${output.slice(-3000)}`)
    try {
      const res = await fetch(`${server.base}/api/health`, { signal: AbortSignal.timeout(5000) })
      if (res.status === 200) return server
    } catch {
      // not listening yet
    }
    await sleep(500)
  }
  throw new Error(`the server did not answer at ${server.base} in time:\n${output.slice(-3000)}`)
}

// ---------------------------------------------------------------------------------------------
// REST helpers.

type Json = Record<string, unknown>
type Reply = { status: number; json: Json }

async function call(who: Who | null, method: string, url: string, body?: unknown): Promise<Reply> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (who) headers.Authorization = `JWT ${tokens[who]}`
  const res = await fetch(`${current!.base}${url}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  })
  const text = await res.text()
  let json: Json = {}
  try {
    json = JSON.parse(text) as Json
  } catch {
    json = { raw: text.slice(0, 500) }
  }
  return { status: res.status, json }
}

async function ok(who: Who | null, method: string, url: string, body?: unknown): Promise<Json> {
  const reply = await call(who, method, url, body)
  expect(reply.status, `${method} ${url}: ${JSON.stringify(reply.json).slice(0, 600)}`).toBeLessThan(300)
  return reply.json
}

async function logIn(): Promise<void> {
  for (const who of Object.keys(LOGINS) as Who[]) {
    const json = await ok(null, 'POST', '/api/users/login', { email: LOGINS[who], password: passwords[who] })
    tokens[who] = json.token as string
  }
}

type Article = {
  id: number | string
  title?: string
  subtitle?: string | null
  summary?: string | null
  reviewStage?: string
  _status?: string
  createdBy?: unknown
  bylines?: { name?: string; role?: string | null }[] | null
  reviewLog?: { action?: string; from?: string; to?: string; at?: string; userName?: string; role?: string }[] | null
}

const counterOf = (doc: Article): number => {
  const m = /^n=(\d+)$/.exec(doc.summary ?? '')
  return m ? Number(m[1]) : Number.NaN
}

/** Every page of a collection (drafts included, as the admin), read through the REST API. */
async function readAll(collection: string, draft: boolean): Promise<Article[]> {
  const docs: Article[] = []
  for (let page = 1; page < 1000; page++) {
    const json = await ok('admin', 'GET', `/api/${collection}?limit=100&page=${page}&depth=1${draft ? '&draft=true' : ''}`)
    docs.push(...(json.docs as Article[]))
    if (!json.hasNextPage) break
  }
  return docs
}

// ---------------------------------------------------------------------------------------------
// The burst.

type Worker = {
  index: number
  /** The worker's own draft (returned once by the editor, so it carries a review log). */
  docId: number | string
  /** The counter of the worker's last save (it only grows, across rounds too). */
  n: number
  /** The highest counter the server acknowledged for the worker's own draft. */
  lastAcked: number
  /** The save that was on the wire when the server died, if any. */
  inFlight: { kind: 'patch' | 'create'; n: number; title?: string } | null
  created: { id: number | string; title: string; n: number }[]
  /** Answers other than 2xx before the kill: there must be none. */
  refused: string[]
}

const workers: Worker[] = []
/** Per round: acknowledged saves, when the kill was sent, how many saves were on the wire then. */
const burst = { acked: 0, killedAt: 0, inFlightAtKill: 0 }
const lostInFlight = { patches: 0, patchesLanded: 0, creates: 0, createsLanded: 0 }

const OWN_TITLE = (w: number) => `故障测试稿件 第${w + 1}组`
const NEW_TITLE = (w: number, n: number) => `故障测试新稿 第${w + 1}组 第${n}次`
const BYLINE = { role: 'reporter', name: '林晓' }

async function runWorker(worker: Worker, kill: () => void, stopAt: number): Promise<void> {
  while (!burst.killedAt && Date.now() < stopAt) {
    const n = ++worker.n
    const create = n % CREATE_EVERY === 0
    const title = create ? NEW_TITLE(worker.index, n) : undefined
    worker.inFlight = { kind: create ? 'create' : 'patch', n, title }
    let reply: Reply
    try {
      reply = create
        ? await call('reporter', 'POST', '/api/articles?draft=true&depth=0', { title, summary: `n=${n}`, bylines: [BYLINE] })
        : await call('reporter', 'PATCH', `/api/articles/${worker.docId}?draft=true&depth=0`, { summary: `n=${n}`, subtitle: `第${n}次保存` })
    } catch (err) {
      if (burst.killedAt) return // the request in flight when the server died: it may or may not have been saved
      worker.refused.push(`${worker.inFlight.kind} n=${n}: ${(err as Error).message}`)
      worker.inFlight = null
      return
    }
    if (reply.status >= 300) {
      // Nothing answers after the kill; before it, a refusal is a failure.
      worker.refused.push(`${worker.inFlight.kind} n=${n}: HTTP ${reply.status} ${JSON.stringify(reply.json).slice(0, 300)}`)
      worker.inFlight = null
      return
    }
    const doc = reply.json.doc as Article
    if (create) worker.created.push({ id: doc.id, title: title!, n })
    else worker.lastAcked = Math.max(worker.lastAcked, counterOf(doc))
    worker.inFlight = null
    burst.acked++
    if (burst.acked >= KILL_AFTER_ACKS && !burst.killedAt) kill()
  }
}

// ---------------------------------------------------------------------------------------------

beforeAll(async () => {
  await waitForOtherBuilds(root, { deadline: Date.now() + 300_000 })
  current = await startServer()
  for (const who of Object.keys(LOGINS) as Who[]) {
    const line = current.output().split('\n').find((l) => l.includes(LOGINS[who]))
    const match = line?.match(/\/\s+(\S+)/)
    if (!match) throw new Error(`no password printed for ${LOGINS[who]}:\n${current.output().slice(-2000)}`)
    passwords[who] = match[1]
  }
  await logIn()
  // Each worker gets a draft of its own that has been through submit → return, so every later save
  // copies a review log of two entries (array rows) and a byline along with the text.
  for (let w = 0; w < WORKERS; w++) {
    const created = await ok('reporter', 'POST', '/api/articles?draft=true&depth=0', { title: OWN_TITLE(w), summary: 'n=0', bylines: [BYLINE] })
    const id = (created.doc as Article).id
    await ok('reporter', 'PATCH', `/api/articles/${id}?draft=true&depth=0`, { reviewStage: 'submitted' })
    const back = await ok('editor', 'PATCH', `/api/articles/${id}?draft=true&depth=0`, { reviewStage: 'returned', reviewComment: '请补充现场细节。' })
    if ((back.doc as Article).reviewLog?.length !== 2) throw new Error(`the review log of ${id} has not two entries`)
    workers.push({ index: w, docId: id, n: 0, lastAcked: 0, inFlight: null, created: [], refused: [] })
  }
}, 600_000)

afterAll(async () => {
  for (const proc of started) killGroup(proc.pid, 'SIGKILL')
  const deadline = Date.now() + 10_000
  for (const proc of started) while (proc.pid !== undefined && groupAlive(proc.pid) && Date.now() < deadline) await sleep(50)
  fs.rmSync(tmp, { recursive: true, force: true })
  if (lostInFlight.patches + lostInFlight.creates > 0) {
    console.log(
      `[fault] saves in flight at the kills: ${lostInFlight.patches} edits (${lostInFlight.patchesLanded} landed), ${lostInFlight.creates} creates (${lostInFlight.createsLanded} landed)`,
    )
  }
}, 60_000)

describe('a server killed (SIGKILL) in the middle of a burst of saves', () => {
  for (let round = 1; round <= ROUNDS; round++) {
    const r = ROUNDS > 1 ? `round ${round}: ` : ''

    it(`${r}takes concurrent saves without refusing any until it is killed`, async () => {
      Object.assign(burst, { acked: 0, killedAt: 0, inFlightAtKill: 0 })
      const server = current!
      const kill = () => {
        burst.killedAt = Date.now()
        burst.inFlightAtKill = workers.filter((w) => w.inFlight).length
        killGroup(server.proc.pid, 'SIGKILL')
      }
      const t0 = Date.now()
      await Promise.all(workers.map((w) => runWorker(w, kill, t0 + 90_000)))
      const ms = (burst.killedAt || Date.now()) - t0
      await killAndWait(server.proc)

      const refused = workers.flatMap((w) => w.refused)
      expect(refused, refused.join('\n')).toEqual([])
      expect(burst.killedAt, `only ${burst.acked} saves were acknowledged in 90 s`).toBeGreaterThan(0)
      // Killed mid-burst: other saves were on the wire at that moment.
      expect(burst.inFlightAtKill).toBeGreaterThan(0)
      console.log(`[fault] ${r}${burst.acked} saves acknowledged in ${ms} ms by ${WORKERS} writers; killed with ${burst.inFlightAtKill} in flight`)
    }, 180_000)

    it(`${r}restarts on the same database file`, async () => {
      expect(fs.existsSync(dbFile)).toBe(true)
      // The build was just made or checked by the first start; do not rebuild for a restart. The
      // site is published by hand below: no publish job of the server may switch it meanwhile.
      current = await startServer({ UNION_CMS_SKIP_BUILD: '1', SITE_AUTOPUBLISH: '0' })
      expect(current.output()).not.toMatch(/SQLITE_CORRUPT|malformed|could not be opened/i)
      const health = await ok(null, 'GET', '/api/health')
      expect((health.database as { ok: boolean }).ok).toBe(true)
      await logIn()
    }, 300_000)

    it(`${r}keeps every acknowledged save, losing at most the one each writer had in flight`, async () => {
      for (const w of workers) {
        const doc = (await ok('admin', 'GET', `/api/articles/${w.docId}?draft=true&depth=0`)) as Article
        const n = counterOf(doc)
        const label = `writer ${w.index + 1}: acknowledged n=${w.lastAcked}, in flight ${JSON.stringify(w.inFlight)}, stored ${doc.summary}`
        const allowed = [w.lastAcked]
        if (w.inFlight?.kind === 'patch') allowed.push(w.inFlight.n)
        expect(allowed, label).toContain(n)
        // One save writes both fields: they belong to the same save.
        if (n > 0) expect(doc.subtitle, label).toBe(`第${n}次保存`)
        expect(doc.title).toBe(OWN_TITLE(w.index))
        if (w.inFlight?.kind === 'patch') {
          lostInFlight.patches++
          if (n === w.inFlight.n) lostInFlight.patchesLanded++
        }
        // What is stored now is what the next round must keep.
        w.lastAcked = n
      }
    })

    it(`${r}has no partial documents: every draft and every created article is whole`, async () => {
      for (const w of workers) {
        const doc = (await ok('admin', 'GET', `/api/articles/${w.docId}?draft=true&depth=0`)) as Article
        const label = `writer ${w.index + 1}'s draft ${w.docId}`
        expect(doc.reviewStage, label).toBe('returned')
        expect(doc.bylines?.map((b) => b.name), label).toEqual([BYLINE.name])
        expect(doc.reviewLog?.map((e) => `${e.action}:${e.from}>${e.to}`), label).toEqual(['提交审核:draft>submitted', '责编退回:submitted>returned'])
        for (const entry of doc.reviewLog ?? []) {
          expect(entry.at, label).toBeTruthy()
          expect(entry.userName, label).toBeTruthy()
          expect(entry.role, label).toBeTruthy()
        }
        for (const c of w.created) {
          const made = (await ok('admin', 'GET', `/api/articles/${c.id}?draft=true&depth=0`)) as Article
          expect(made.title, `created ${c.title}`).toBe(c.title)
          expect(counterOf(made)).toBe(c.n)
          expect(made.bylines?.map((b) => b.name), `created ${c.title}`).toEqual([BYLINE.name])
          expect(made.reviewStage).toBe('draft')
          expect(made.reviewLog ?? []).toEqual([])
        }
      }

      // Created drafts that nobody was told about: at most the create each writer had in flight,
      // and such a document, if it exists, is whole too.
      const burstDocs = (await readAll('articles', true)).filter((d) => d.title?.startsWith('故障测试新稿'))
      const known = new Set(workers.flatMap((w) => w.created.map((c) => String(c.id))))
      const creating = workers.filter((w) => w.inFlight?.kind === 'create')
      const inFlightTitles = new Set(creating.map((w) => w.inFlight!.title!))
      const unannounced = burstDocs.filter((d) => !known.has(String(d.id)))
      for (const doc of unannounced) {
        expect(inFlightTitles, `article ${doc.id} "${doc.title}" was never acknowledged nor in flight`).toContain(doc.title)
        expect(doc.bylines?.map((b) => b.name), `in-flight create ${doc.title}`).toEqual([BYLINE.name])
        expect(counterOf(doc)).toBeGreaterThan(0)
      }
      expect(unannounced.length).toBeLessThanOrEqual(inFlightTitles.size)
      lostInFlight.creates += creating.length
      lostInFlight.createsLanded += unannounced.length
      // A create that landed is known from now on; nothing is in flight any more.
      for (const w of creating) {
        const landed = unannounced.find((d) => d.title === w.inFlight!.title)
        if (landed) w.created.push({ id: landed.id, title: landed.title!, n: w.inFlight!.n })
      }
      for (const w of workers) w.inFlight = null
    })
  }

  it('reads back every document of every collection, drafts included', async () => {
    const collections = [...PUBLISHABLE, 'media', 'topics', 'organizations', 'honors', 'sensitive-words', 'users']
    const publishable = new Set<string>(PUBLISHABLE)
    let total = 0
    for (const collection of collections) {
      const drafts = publishable.has(collection)
      const docs = await readAll(collection, drafts)
      const count = await ok('admin', 'GET', `/api/${collection}/count${drafts ? '?draft=true' : ''}`)
      expect(docs.length, collection).toBe(count.totalDocs)
      for (const doc of docs) {
        expect(doc.id, collection).toBeDefined()
        if (drafts) {
          expect(doc.reviewStage, `${collection} ${doc.id}`).toBeTruthy()
          expect(doc._status, `${collection} ${doc.id}`).toMatch(/^(draft|published)$/)
          for (const entry of doc.reviewLog ?? []) expect(entry.action && entry.from && entry.to && entry.at, `${collection} ${doc.id} review log`).toBeTruthy()
        }
      }
      total += docs.length
    }
    expect(total).toBeGreaterThan(50)
    // Anonymous readers still get the published list.
    const anonymous = await ok(null, 'GET', '/api/articles?limit=12&depth=1')
    expect((anonymous.docs as Article[]).every((d) => d._status === 'published')).toBe(true)
  })

  it('keeps taking saves after the restart', async () => {
    const w = workers[0]
    const before = counterOf((await ok('admin', 'GET', `/api/articles/${w.docId}?draft=true&depth=0`)) as Article)
    const saved = await ok('reporter', 'PATCH', `/api/articles/${w.docId}?draft=true&depth=0`, { summary: `n=${before + 1}`, subtitle: `第${before + 1}次保存` })
    expect(counterOf(saved.doc as Article)).toBe(before + 1)
    const again = (await ok('admin', 'GET', `/api/articles/${w.docId}?draft=true&depth=0`)) as Article
    expect(counterOf(again)).toBe(before + 1)
  })

  it('passes SQLite’s own integrity check and is still in WAL mode', async () => {
    const client = createClient({ url: `file:${dbFile}` })
    try {
      await client.execute('PRAGMA busy_timeout = 10000')
      const integrity = await client.execute('PRAGMA integrity_check')
      expect(integrity.rows.map((r) => String(r[0]))).toEqual(['ok'])
      const mode = await client.execute('PRAGMA journal_mode')
      expect(String(mode.rows[0][0])).toBe('wal')
    } finally {
      client.close()
    }
  })
})

// ---------------------------------------------------------------------------------------------

type PublishRun = { proc: ChildProcess; output: () => string; exited: Promise<number | null> }

function runPublish(): PublishRun {
  let output = ''
  const proc = spawn('npm', ['run', '--silent', 'publish', '--', '--quiet'], {
    cwd: root,
    env: launcherEnv(current!.port, { JOBS_AUTORUN: '0' }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  started.add(proc)
  proc.stdout?.on('data', (d) => (output += d))
  proc.stderr?.on('data', (d) => (output += d))
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)))
  return { proc, output: () => output, exited }
}

/** The build folders (not manifests, not status.json) in `<SITE_DIR>.builds/`. */
const buildFolders = () =>
  fs.existsSync(buildsDir) ? fs.readdirSync(buildsDir).filter((e) => fs.statSync(path.join(buildsDir, e)).isDirectory()).map((e) => path.join(buildsDir, e)) : []

/** Does the process group run a Pagefind indexer (the last step before the switch)? */
function groupRunsPagefind(pgid: number): boolean | null {
  if (!fs.existsSync('/proc')) return null
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) !== pgid) continue
      if (fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('pagefind')) return true
    } catch {
      // ended meanwhile
    }
  }
  return false
}

/** A build folder is complete when its manifest lists pages that all exist, with the search index. */
function expectCompleteBuild(build: string): void {
  const manifest = JSON.parse(fs.readFileSync(`${build}.manifest.json`, 'utf8')) as { pages: Record<string, unknown> }
  const pages = Object.keys(manifest.pages)
  expect(pages.length).toBeGreaterThan(10)
  const missing = pages.filter((p) => !fs.existsSync(path.join(build, fileForPath(p))))
  expect(missing, `pages missing from ${build}`).toEqual([])
  for (const file of ['index.html', '404.html', 'sitemap.xml', 'feed.xml', 'pagefind/shards.json']) expect(fs.existsSync(path.join(build, file)), `${build}/${file}`).toBe(true)
  // Every search shard the site lists is there (the index beside the builds, linked from each).
  const { shards } = JSON.parse(fs.readFileSync(path.join(build, 'pagefind', 'shards.json'), 'utf8')) as { shards: string[] }
  expect(shards.length).toBeGreaterThan(0)
  for (const shard of shards) expect(fs.existsSync(path.join(build, 'pagefind', shard, 'pagefind.js')), `${build}/pagefind/${shard}`).toBe(true)
}

describe('the publisher killed (SIGKILL) mid-run', () => {
  let live = ''
  const partial: string[] = []

  it('leaves the live site on the complete previous build', async () => {
    // A newly published article, so the publisher has pages to render and a search index to build
    // (with nothing changed it only links the previous pages).
    // Written by the reporter, signed off and published by the administrator (nobody signs off
    // their own piece).
    const created = await ok('reporter', 'POST', '/api/articles?depth=0', { title: '故障测试发布稿', summary: '发布器中断测试。', bylines: [BYLINE] })
    await ok('admin', 'PATCH', `/api/articles/${(created.doc as { id: number }).id}?depth=0`, { reviewStage: 'approved', _status: 'published' })
    live = fs.realpathSync(siteDir)
    expectCompleteBuild(live)
    const status = JSON.parse(fs.readFileSync(path.join(buildsDir, 'status.json'), 'utf8')) as { ok: boolean }
    expect(status.ok).toBe(true)

    // Two kills at two points: as soon as the new build folder appears (pages being written: the
    // live site must stay on the previous build), and while Pagefind indexes (after the switch: the
    // new pages are live and complete, the search answers from its previous shards).
    for (const point of ['build folder created', 'search indexing'] as const) {
      const before = new Set(buildFolders())
      const run = runPublish()
      const deadline = Date.now() + 120_000
      let killed = false
      let fresh: string[] = []
      while (!killed && Date.now() < deadline && run.proc.exitCode === null) {
        fresh = buildFolders().filter((b) => !before.has(b))
        const ready = point === 'build folder created' ? fresh.length > 0 : fresh.length > 0 && groupRunsPagefind(run.proc.pid!) !== false
        if (ready) {
          await killAndWait(run.proc)
          killed = true
        } else {
          await sleep(5)
        }
      }
      expect(killed, `the publisher was not caught at "${point}" (exit ${run.proc.exitCode}):\n${run.output().slice(-2000)}`).toBe(true)
      if (point === 'build folder created') {
        expect(fs.realpathSync(siteDir), `after a kill at "${point}"`).toBe(live)
        // The half-written folder has no manifest: nothing mistakes it for a build.
        for (const b of fresh) expect(fs.existsSync(`${b}.manifest.json`)).toBe(false)
        partial.push(...fresh)
      } else {
        expect(fresh).toContain(fs.realpathSync(siteDir))
        live = fs.realpathSync(siteDir)
      }
      expectCompleteBuild(live)
      // The server keeps serving the live site.
      const home = await fetch(`${current!.base}/`)
      expect(home.status).toBe(200)
      expect(await home.text()).toContain('<html lang="zh-CN">')
    }
    expect(partial.length).toBeGreaterThanOrEqual(1)
  }, 300_000)

  it('re-runs cleanly: switches to a new complete build and removes the half-written ones', async () => {
    const run = runPublish()
    const code = await Promise.race([run.exited, sleep(240_000).then(() => 'timeout' as const)])
    expect(code, run.output().slice(-3000)).toBe(0)
    started.delete(run.proc)
    const now = fs.realpathSync(siteDir)
    expect(now).not.toBe(live)
    expectCompleteBuild(now)
    for (const b of partial) expect(fs.existsSync(b), `${b} left behind`).toBe(false)
    // Only the live build and the one before it are kept.
    expect(buildFolders().sort()).toEqual([live, now].sort())
    // No temporary symlink of a killed switch is left beside SITE_DIR.
    expect(fs.readdirSync(tmp).filter((e) => e.startsWith('site.switch-'))).toEqual([])
    const status = JSON.parse(fs.readFileSync(path.join(buildsDir, 'status.json'), 'utf8')) as { ok: boolean; buildDir: string; search: { rebuilt: number } }
    expect(status.ok).toBe(true)
    // The shard whose indexing was killed is indexed again.
    expect(status.search.rebuilt).toBeGreaterThanOrEqual(1)
    expect(fs.realpathSync(status.buildDir)).toBe(now)
    const home = await fetch(`${current!.base}/`)
    expect(home.status).toBe(200)
  }, 300_000)
})
