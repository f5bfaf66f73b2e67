/**
 * `npm run bench:load` (issue 7): how much the production server takes on this machine.
 *
 * Starts the real server with `npm start`'s launcher (src/cli/start.ts: migrations, demo seed, site
 * publish, `next build` only when the build is missing or stale, then `next start`) on a temporary
 * SQLite file, SITE_DIR and upload folder (UNION_CMS_ROOT), on a free port of 127.0.0.1, and measures
 * with autocannon:
 *
 *   1. a published page of the static site (an article page, served at / by the same server);
 *   2. anonymous GET /api/articles?limit=12&depth=1;
 *   3. logged-in saves of a draft by N concurrent editors (reporter accounts created through the API
 *      by the demo administrator), each saving its own draft once per second, with a counter in the
 *      text; afterwards every draft must hold its last acknowledged counter (no lost update), and no
 *      save may be answered with a 5xx or SQLITE_BUSY;
 *   4. (`hostile`) normal anonymous reads — the health check, the static page and the API list —
 *      alone and then while hostile anonymous requests run (depth=10 REST reads that miss the
 *      cache, 500-alias GraphQL queries, 20 MB bodies), side by side (bench/load/hostile.ts): health
 *      and the page must stay under 200 ms p99, and no hostile request may run longer than 5 s.
 *   5. (`saves`, issue 13) save throughput before and after SQLite transactions, side by side: the
 *      server is started twice more, each time on a fresh temporary database of its own — once with
 *      `UNION_CMS_DB_TRANSACTIONS=off` ("before": no transactions), once with transactions and the
 *      write queue ("after") — and N editor desks save at once, as fast as they can (closed loop),
 *      for a fixed time (bench/load/saves.ts): each desk's reporter, editor and chief editor take
 *      piece after piece (articles with bylines and credits, model-worker profiles with honours)
 *      through 三审 — create, draft saves, submit, first review, then approve-and-publish — with
 *      several array rows changed by every save. Prints saves, saves/s, p50/p99 latency (of every
 *      answered save), errors (5xx, SQLITE_BUSY answers) and lost updates per mode, and how much of
 *      the machine other processes took meanwhile (the modes are comparable only when that stays
 *      small); the target is "after" no more than 20% slower than "before" in saves/s and in p99.
 *   6. (`databases`, issue 18) SQLite and PostgreSQL side by side (bench/load/databases.ts): a fresh
 *      server on each (PostgreSQL: a throw-away cluster from Debian's `postgresql`), anonymous API
 *      reads (req/s, p50/p99) and N editors saving once per second (save p50/p99, lost updates).
 *
 * Prints requests per second, p50/p99 latency and error counts per scenario, and each target of the
 * issue as met / NOT met. The servers and the temporary folder are removed at the end, on Ctrl-C too.
 *
 * Options (or environment variables):
 *   --duration N          seconds of each throughput run (BENCH_DURATION, default 20)
 *   --connections N       concurrent connections of the throughput runs (BENCH_CONNECTIONS, default 10)
 *   --editors N           concurrent editors, of `editors` and of `saves` (BENCH_EDITORS, default 10)
 *   --editors-seconds N   how long the editors save (BENCH_EDITORS_SECONDS, default 60)
 *   --saves-seconds N     how long the desks of `saves` save, in each mode (BENCH_SAVES_SECONDS, default 30)
 *   --scenarios LIST      which to run, comma-separated: static,api,hostile,editors,saves,databases (default all six;
 *                         `saves` alone does not start the first server)
 *   --skip-build          never run `next build` (UNION_CMS_SKIP_BUILD=1; the existing build is used)
 *   --keep                keep the temporary folder (database, site, server.log); its path is printed
 * Run from the project folder.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import autocannon, { type Result } from 'autocannon'

import { runDatabases, reportDatabases } from './load/databases'
import { login, runEditors, type EditorsResult } from './load/editors'
import { runHostile, type HostileResult } from './load/hostile'
import { runSaves, type SavesResult } from './load/saves'
import { waitForOtherBuilds } from '../tests/helpers/processes'
import { startServer, type Server } from './load/server'

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string' },
    connections: { type: 'string' },
    editors: { type: 'string' },
    'editors-seconds': { type: 'string' },
    'saves-seconds': { type: 'string' },
    scenarios: { type: 'string', default: 'static,api,hostile,editors,saves,databases' },
    'skip-build': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
})
const num = (flag: string | undefined, env: string | undefined, fallback: number) => {
  const v = Number(flag ?? env ?? fallback)
  if (!Number.isInteger(v) || v <= 0) throw new Error(`not a positive whole number: ${flag ?? env}`)
  return v
}
const DURATION = num(args.duration, process.env.BENCH_DURATION, 20)
const CONNECTIONS = num(args.connections, process.env.BENCH_CONNECTIONS, 10)
const EDITORS = num(args.editors, process.env.BENCH_EDITORS, 10)
const EDITORS_SECONDS = num(args['editors-seconds'], process.env.BENCH_EDITORS_SECONDS, 60)
const SAVES_SECONDS = num(args['saves-seconds'], process.env.BENCH_SAVES_SECONDS, 30)
const SKIP_BUILD = args['skip-build'] || process.env.UNION_CMS_SKIP_BUILD === '1'
const keep = args.keep
const SCENARIOS = new Set(args.scenarios.split(',').map((s) => s.trim()))
const KNOWN_SCENARIOS = ['static', 'api', 'hostile', 'editors', 'saves', 'databases']
for (const s of SCENARIOS) if (!KNOWN_SCENARIOS.includes(s)) throw new Error(`unknown scenario "${s}" (${KNOWN_SCENARIOS.join(', ')})`)

const TARGETS = { staticRps: 2000, apiRps: 300, apiP99Ms: 100, underAttackP99Ms: 200, hostileMaxMs: 5000 }

const root = process.cwd()
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'union-cms-load-'))

const log = (line = '') => process.stdout.write(`${line}\n`)
let server: Server | undefined

// ---------------------------------------------------------------------------------------------
// Clean-up: always stop the server group and remove what the run wrote, on Ctrl-C too.

let cleaned = false
function cleanupSync(): void {
  if (cleaned) return
  cleaned = true
  server?.killNow()
  if (keep) log(`kept ${tmp}`)
  else fs.rmSync(tmp, { recursive: true, force: true })
}
process.on('exit', cleanupSync)
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    log(`\n${signal}: stopping the server and cleaning up…`)
    cleanupSync()
    process.exit(130)
  })
}

// ---------------------------------------------------------------------------------------------

type Row = { name: string; requests: number; rps: number; p50: number; p99: number; errors: number; detail: string }

function row(name: string, r: Result): Row {
  const errors = r.errors + r.non2xx + r.mismatches
  const codes = Object.entries(r.statusCodeStats)
    .filter(([code]) => !code.startsWith('2'))
    .map(([code, s]) => `${s.count}× ${code}`)
  const detail = [r.errors ? `${r.errors} connection errors (${r.timeouts} timeouts)` : '', ...codes].filter(Boolean).join(', ')
  return { name, requests: r.requests.total, rps: r.requests.total / r.duration, p50: r.latency.p50, p99: r.latency.p99, errors, detail }
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

async function cannon(url: string, duration: number, connections: number): Promise<Result> {
  return await autocannon({ url, connections, duration, timeout: 10 })
}

/** The demo password printed next to an e-mail in the launcher's output. */
function demoPassword(email: string): string {
  const line = server!.output().split('\n').find((l) => l.includes(email))
  const match = line?.match(/\/\s+(\S+)/)
  if (!match) throw new Error(`no demo password printed for ${email}`)
  return match[1]
}

async function main(): Promise<void> {
  const first = KNOWN_SCENARIOS.some((s) => s !== 'saves' && s !== 'databases' && SCENARIOS.has(s))
  if (first) log(`load benchmark: ${DURATION} s per throughput run at ${CONNECTIONS} connections; ${EDITORS} editors saving once per second for ${EDITORS_SECONDS} s`)
  if (SCENARIOS.has('saves')) log(`save throughput: ${EDITORS} desks saving at once, as fast as they can, for ${SAVES_SECONDS} s in each mode (before: no transactions; after: transactions and the write queue)`)
  log(`node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, temporary folder ${tmp}`)

  if (first) await firstServerScenarios()
  if (SCENARIOS.has('saves')) await savesBeforeAfter()
  if (SCENARIOS.has('databases')) {
    const runs = await runDatabases({ root, tmp, skipBuild: SKIP_BUILD, seconds: DURATION, connections: CONNECTIONS, editors: EDITORS, editorsSeconds: EDITORS_SECONDS, log, onServer: (s) => (server = s) })
    reportDatabases(runs, { editors: EDITORS, editorsSeconds: EDITORS_SECONDS, log })
  }
}

/** Scenarios 1–4, on one server. */
async function firstServerScenarios(): Promise<void> {
  if (!SKIP_BUILD) await waitForOtherBuilds(root, { log })
  let t = Date.now()
  server = await startServer({ root, tmp, skipBuild: SKIP_BUILD, log, onSpawn: (s) => (server = s) })
  log(`server up at ${server.base} in ${((Date.now() - t) / 1000).toFixed(1)} s (npm start: seed, publish${/building the admin/.test(server.output()) ? ', next build' : ''})`)
  const base = server.base

  const adminToken = await login(base, 'admin@example.com', demoPassword('admin@example.com'))

  // A published article page of the static site.
  const list = (await (await fetch(`${base}/api/articles?limit=1&depth=0&sort=-publishedAt`)).json()) as { docs: { slug: string }[] }
  const pagePath = `/articles/${list.docs[0].slug}/`
  const apiPath = '/api/articles?limit=12&depth=1'
  for (const p of [pagePath, apiPath]) {
    const res = await fetch(`${base}${p}`)
    if (res.status !== 200) throw new Error(`GET ${p} answered ${res.status}`)
    await res.arrayBuffer()
  }

  // Warm-up (first requests load route modules), not measured.
  await cannon(`${base}${pagePath}`, 3, CONNECTIONS)
  await cannon(`${base}${apiPath}`, 3, CONNECTIONS)

  const rows: (Row | null)[] = [null, null, null]
  if (SCENARIOS.has('static')) {
    log(`static page ${pagePath}: ${DURATION} s…`)
    rows[0] = row(`static page ${pagePath.length > 40 ? `${pagePath.slice(0, 37)}…` : pagePath}`, await cannon(`${base}${pagePath}`, DURATION, CONNECTIONS))
  }
  if (SCENARIOS.has('api')) {
    log(`API ${apiPath}: ${DURATION} s…`)
    rows[1] = row(`API GET ${apiPath}`, await cannon(`${base}${apiPath}`, DURATION, CONNECTIONS))
  }

  let hostile: HostileResult | null = null
  if (SCENARIOS.has('hostile')) {
    hostile = await runHostile({ root, base, pagePath, seconds: DURATION, log })
  }

  let editors: EditorsResult | null = null
  let busyLogged = 0
  let editorsMs = 0
  if (SCENARIOS.has('editors')) {
    const busyLoggedBefore = (server.output().match(/SQLITE_BUSY|database is locked/gi) ?? []).length
    t = Date.now()
    editors = await runEditors({ base, adminToken, editors: EDITORS, seconds: EDITORS_SECONDS, log })
    editorsMs = Date.now() - t
    busyLogged = (server.output().match(/SQLITE_BUSY|database is locked/gi) ?? []).length - busyLoggedBefore
    const editorErrors = editors.connectionErrors + Object.values(editors.statuses).reduce((a, b) => a + b, 0)
    rows[2] = {
      name: `editor saves (${EDITORS} × 1/s × ${EDITORS_SECONDS} s)`,
      requests: editors.latencies.length,
      rps: editors.latencies.length / EDITORS_SECONDS,
      p50: percentile(editors.latencies, 50),
      p99: percentile(editors.latencies, 99),
      errors: editorErrors,
      detail: [
        `max ${Math.round(Math.max(...editors.latencies, 0))} ms`,
        editors.connectionErrors ? `${editors.connectionErrors} connection errors` : '',
        ...Object.entries(editors.statuses).map(([code, count]) => `${count}× ${code}`),
      ]
        .filter(Boolean)
        .join(', '),
    }
  }

  await server.stop()
  report(rows, editors, busyLogged, editorsMs, hostile)
}

function report(all: (Row | null)[], editors: EditorsResult | null, busyLogged: number, editorsMs: number, hostile: HostileResult | null): void {
  const fmt = (v: number, digits = 0) => (Number.isFinite(v) ? v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '—')
  const rows = all.filter((r): r is Row => r !== null)
  const table = [
    ['scenario', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'errors'],
    ...rows.map((r) => [r.name, fmt(r.requests), fmt(r.rps, r.rps < 100 ? 1 : 0), fmt(r.p50, r.p50 < 10 ? 1 : 0), fmt(r.p99, r.p99 < 10 ? 1 : 0), String(r.errors)]),
  ]
  const widths = table[0].map((_, i) => Math.max(...table.map((line) => [...line[i]].length)))
  log()
  log('=== load benchmark ===')
  for (const [i, line] of table.entries()) {
    log(line.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]) : cell.padStart(widths[j]))).join('  '))
    if (i === 0) log(widths.map((w) => '-'.repeat(w)).join('  '))
  }
  for (const r of rows) if (r.detail) log(`  ${r.name}: ${r.detail}`)
  log()
  const expected = EDITORS * EDITORS_SECONDS
  if (editors) {
    log(
      `editors: ${editors.acknowledged} of ${editors.saves} saves acknowledged (${expected} scheduled) in ${(editorsMs / 1000).toFixed(1)} s; ` +
        `${EDITORS - editors.lostUpdates.length} of ${EDITORS} drafts hold their last acknowledged counter; ` +
        `SQLITE_BUSY: ${editors.busyAnswers} answered to an editor, ${busyLogged} in the server log`,
    )
    for (const lost of editors.lostUpdates) log(`  LOST UPDATE editor ${lost.editor}: acknowledged n=${lost.acknowledged}, stored ${lost.stored === null ? 'nothing readable' : `n=${lost.stored}`}`)
    for (const late of editors.unacknowledgedLanded) log(`  editor ${late.editor}: a save whose answer never came landed (acknowledged n=${late.acknowledged}, stored n=${late.stored})`)
    for (const line of editors.sample) log(`  ${line}`)
  }
  if (hostile) reportHostile(hostile, fmt)
  log(`load average now ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} (the 2 cores are shared: other work on the machine lowers the figures)`)
  log()

  const [page, api, saves] = all
  const verdict = (ok: boolean | null) => (ok === null ? 'skipped' : ok ? 'met' : 'NOT met')
  const totalErrors = rows.reduce((a, r) => a + r.errors, 0)
  const targets: [string, string, boolean | null][] = [
    ['zero errors (all scenarios run)', `${totalErrors}`, totalErrors === 0],
    [`static page ≥ ${fmt(TARGETS.staticRps)} req/s`, page ? `${fmt(page.rps)} req/s` : '', page ? page.rps >= TARGETS.staticRps : null],
    [`API list ≥ ${TARGETS.apiRps} req/s`, api ? `${fmt(api.rps)} req/s` : '', api ? api.rps >= TARGETS.apiRps : null],
    [`API list p99 < ${TARGETS.apiP99Ms} ms`, api ? `${fmt(api.p99)} ms` : '', api ? api.p99 < TARGETS.apiP99Ms : null],
    [
      `${EDITORS} editors saving every second for ${EDITORS_SECONDS} s (every save answered within its second, p99 < 1 s)`,
      editors && saves ? `${editors.acknowledged} of ${expected} saves acknowledged, p99 ${fmt(saves.p99)} ms` : '',
      editors && saves ? editors.acknowledged >= expected && saves.p99 < 1000 : null,
    ],
    ['no lost update', editors ? `${editors.lostUpdates.length} drafts behind their last acknowledged save` : '', editors ? editors.lostUpdates.length === 0 : null],
    [
      'no SQLITE_BUSY (or other 5xx) reaching a user',
      editors ? `${editors.busyAnswers} SQLITE_BUSY, ${editors.serverErrors} 5xx` : '',
      editors ? editors.busyAnswers === 0 && editors.serverErrors === 0 : null,
    ],
    ...hostileTargets(hostile, fmt),
  ]
  log('targets:')
  for (const [name, value, ok] of targets) log(`  ${verdict(ok).padEnd(7)}  ${name}${value ? `: ${value}` : ''}`)
}

type Fmt = (v: number, digits?: number) => string

/** Normal readers quiet and under attack, side by side, then what the hostile requests got. */
function reportHostile(h: HostileResult, fmt: Fmt): void {
  const ms = (v: number) => fmt(v, v < 10 ? 1 : 0)
  const table = [
    ['normal reader', 'quiet req/s', 'p50 ms', 'p99 ms', 'under attack req/s', 'p50 ms', 'p99 ms', 'max ms', 'errors'],
    ...h.quiet.map((q, i) => {
      const a = h.attacked[i]
      return [q.name, fmt(q.rps), ms(q.p50), ms(q.p99), fmt(a.rps), ms(a.p50), ms(a.p99), ms(a.max), `${q.errors} / ${a.errors}`]
    }),
  ]
  const widths = table[0].map((_, i) => Math.max(...table.map((line) => [...line[i]].length)))
  log('=== normal readers, alone and while hostile requests run ===')
  for (const [i, line] of table.entries()) {
    log(line.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]) : cell.padStart(widths[j]))).join('  '))
    if (i === 0) log(widths.map((w) => '-'.repeat(w)).join('  '))
  }
  for (const r of [...h.quiet, ...h.attacked]) if (r.detail) log(`  ${r.name}: ${r.detail}`)
  log('hostile requests (anonymous):')
  for (const r of h.hostile) {
    const statuses = Object.entries(r.statuses).map(([code, count]) => `${count}× ${code}`).join(', ')
    log(`  ${r.name}: ${fmt(r.requests)} requests, longest ${fmt(r.max)} ms, p99 ${fmt(r.p99)} ms; ${statuses || 'no answers'}${r.timeouts ? `; ${r.timeouts} timeouts` : ''}${r.errors ? `; ${r.errors} connection errors` : ''}`)
  }
  log()
}

function hostileTargets(h: HostileResult | null, fmt: Fmt): [string, string, boolean | null][] {
  const attacked = (i: number) => h?.attacked[i]
  const [health, page, api] = [attacked(0), attacked(1), attacked(2)]
  const longest = h ? Math.max(...h.hostile.map((r) => r.max)) : Number.NaN
  const timeouts = h ? h.hostile.reduce((a, r) => a + r.timeouts, 0) : 0
  // A reader that got no answer at all has no latency to show: say so (10 s is the client's timeout).
  const latency = (r: { requests: number; p99: number; errors: number }, alone: { p99: number }) =>
    r.requests === 0 ? `no answer within 10 s (${r.errors} timeouts; alone ${fmt(alone.p99)} ms)` : `${fmt(r.p99)} ms (alone ${fmt(alone.p99)} ms)${r.errors ? `, ${r.errors} errors` : ''}`
  const fast = (r: { requests: number; p99: number; errors: number }) => r.requests > 0 && r.p99 < TARGETS.underAttackP99Ms && r.errors === 0
  return [
    [`health p99 < ${TARGETS.underAttackP99Ms} ms while hostile requests run`, health ? latency(health, h!.quiet[0]) : '', health ? fast(health) : null],
    [`static page p99 < ${TARGETS.underAttackP99Ms} ms while hostile requests run`, page ? latency(page, h!.quiet[1]) : '', page ? fast(page) : null],
    ['API list answered without errors while hostile requests run', api ? `${api.errors} errors, p99 ${api.requests ? `${fmt(api.p99)} ms` : '—'}` : '', api ? api.requests > 0 && api.errors === 0 : null],
    [
      `no hostile request runs longer than ${TARGETS.hostileMaxMs / 1000} s`,
      h ? `longest answered ${fmt(longest)} ms, ${timeouts} unanswered after 10 s` : '',
      h ? longest < TARGETS.hostileMaxMs && timeouts === 0 : null,
    ],
  ]
}

// ---------------------------------------------------------------------------------------------
// Scenario 5 (`saves`): save throughput without and with SQLite transactions, side by side.

type SavesMode = { name: 'before' | 'after'; label: string; env: Record<string, string> }

const SAVES_MODES: SavesMode[] = [
  { name: 'before', label: 'before (no transactions)', env: { UNION_CMS_DB_TRANSACTIONS: 'off' } },
  // Set explicitly, so neither the caller's environment nor a .env file can turn it off.
  { name: 'after', label: 'after (transactions + write queue)', env: { UNION_CMS_DB_TRANSACTIONS: 'on' } },
]

type SavesRun = { mode: SavesMode; result: SavesResult; busyLogged: number; startSeconds: number }

/**
 * Does the admin build know the switch? A build made before the transactions runs the same database
 * code whatever UNION_CMS_DB_TRANSACTIONS says (the server runs from .next, not from src/).
 */
function buildReadsTransactionSwitch(): boolean {
  const visit = (dir: string): boolean => {
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true })
    } catch {
      return false
    }
    for (const e of entries) {
      const p = path.join(dir, e.name)
      if (e.isDirectory() ? visit(p) : e.name.endsWith('.js') && fs.readFileSync(p, 'utf8').includes('UNION_CMS_DB_TRANSACTIONS')) return true
    }
    return false
  }
  return visit(path.join(root, '.next', 'server'))
}

async function savesBeforeAfter(): Promise<void> {
  const runs: SavesRun[] = []
  for (const mode of SAVES_MODES) {
    // Each mode on a fresh database (and site, uploads) of its own, on a fresh server.
    const dir = path.join(tmp, `saves-${mode.name}`)
    fs.mkdirSync(dir, { recursive: true })
    if (!SKIP_BUILD) await waitForOtherBuilds(root, { log })
    const t = Date.now()
    server = await startServer({ root, tmp: dir, skipBuild: SKIP_BUILD, log, onSpawn: (s) => (server = s), env: mode.env })
    const startSeconds = (Date.now() - t) / 1000
    log(`${mode.label}: server up at ${server.base} in ${startSeconds.toFixed(1)} s (${Object.entries(mode.env).map(([k, v]) => `${k}=${v}`).join(' ')}; fresh database)`)
    const adminToken = await login(server.base, 'admin@example.com', demoPassword('admin@example.com'))
    const busy = () => (server!.output().match(/SQLITE_BUSY|database is locked/gi) ?? []).length
    const busyBefore = busy()
    const result = await runSaves({ base: server.base, adminToken, desks: EDITORS, seconds: SAVES_SECONDS, serverGroup: server.proc.pid, log })
    const busyLogged = busy() - busyBefore
    await server.stop()
    runs.push({ mode, result, busyLogged, startSeconds })
  }
  // Checked after the first start, which builds when the build is missing or stale.
  const sameCode = !buildReadsTransactionSwitch()
  if (sameCode) log('warning: the admin build (.next) does not read UNION_CMS_DB_TRANSACTIONS (built before the transactions): both modes ran the same database code')
  reportSaves(runs, sameCode)
}

function reportSaves(runs: SavesRun[], sameCode: boolean): void {
  const fmt = (v: number, digits = 0) => (Number.isFinite(v) ? v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '—')
  const ms = (v: number) => fmt(v, v < 10 ? 1 : 0)
  const rate = (r: SavesResult) => r.acknowledged / (r.elapsedMs / 1000)
  const errors = (r: SavesResult) => r.connectionErrors + Object.values(r.statuses).reduce((a, b) => a + b, 0)
  const table = [
    ['mode', 'saves', 'saves/s', 'p50 ms', 'p99 ms', 'errors', '5xx', 'SQLITE_BUSY', 'lost updates'],
    ...runs.map(({ mode, result: r }) => [
      mode.label,
      fmt(r.acknowledged),
      fmt(rate(r), 1),
      ms(percentile(r.latencies, 50)),
      ms(percentile(r.latencies, 99)),
      String(errors(r)),
      String(r.serverErrors),
      String(r.busyAnswers),
      String(r.lostUpdates.length),
    ]),
  ]
  const widths = table[0].map((_, i) => Math.max(...table.map((line) => [...line[i]].length)))
  log()
  log(`=== saves: ${EDITORS} desks saving at once, as fast as they can, ${SAVES_SECONDS} s per mode, each on a fresh database ===`)
  for (const [i, line] of table.entries()) {
    log(line.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]) : cell.padStart(widths[j]))).join('  '))
    if (i === 0) log(widths.map((w) => '-'.repeat(w)).join('  '))
  }
  const share = (v: number | null) => (v === null ? 'unknown' : `${fmt(v * 100)}%`)
  for (const { mode, result: r, busyLogged, startSeconds } of runs) {
    const kinds = (['create', 'draft', 'publish'] as const)
      .map((k) => `${k} ${r.byKind[k].length} (p50 ${ms(percentile(r.byKind[k], 50))}, p99 ${ms(percentile(r.byKind[k], 99))} ms)`)
      .join(', ')
    log(`  ${mode.name}: ${kinds}; max ${ms(Math.max(...r.latencies, 0))} ms; ${fmt(r.elapsedMs / 1000, 1)} s; other work on the machine meanwhile: ${share(r.otherWork)} of its CPU; server start ${fmt(startSeconds, 1)} s`)
    log(
      `  ${mode.name}: ${r.pieces} pieces read back, ${r.published} of them published; ${r.pieces - r.lostUpdates.length - r.unacknowledgedLanded} hold their last acknowledged save` +
        `${r.unacknowledgedLanded ? `, ${r.unacknowledgedLanded} a later save whose answer was an error or never came` : ''}; SQLITE_BUSY in the server log: ${busyLogged}`,
    )
    const statuses = Object.entries(r.statuses).map(([code, count]) => `${count}× ${code}`)
    if (statuses.length || r.connectionErrors) log(`  ${mode.name}: ${[...statuses, r.connectionErrors ? `${r.connectionErrors} without an answer` : ''].filter(Boolean).join(', ')}`)
    for (const lost of r.lostUpdates.slice(0, 10)) log(`  ${mode.name}: LOST UPDATE ${lost}`)
    if (r.lostUpdates.length > 10) log(`  ${mode.name}: … ${r.lostUpdates.length - 10} more lost updates`)
    for (const line of r.sample) log(`  ${mode.name}: ${line}`)
  }
  // Processes other than the benchmark and its server took CPU from one mode and maybe not the other.
  const busyMachine = runs.some((r) => (r.result.otherWork ?? 0) > 0.1)
  log(
    `load average now ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}` +
      (busyMachine ? ' — other work took more than 10% of the machine during a mode: the two modes may not be comparable, run again on a quiet machine' : ''),
  )
  if (sameCode) log('(the build does not read UNION_CMS_DB_TRANSACTIONS: both modes ran the same database code; run without --skip-build)')
  log()

  const before = runs.find((r) => r.mode.name === 'before')?.result
  const after = runs.find((r) => r.mode.name === 'after')?.result
  const verdict = (ok: boolean | null) => (ok === null ? 'skipped' : ok ? 'met' : 'NOT met')
  const targets: [string, string, boolean | null][] = []
  if (before && after) {
    const [rb, ra] = [rate(before), rate(after)]
    const [pb, pa] = [percentile(before.latencies, 99), percentile(after.latencies, 99)]
    const pct = (a: number, b: number) => `${a >= b ? '+' : ''}${fmt(((a - b) / b) * 100)}%`
    targets.push([
      '"after" no worse than 20% slower than "before" (saves/s ≥ 80%, p99 ≤ 120%)',
      `saves/s ${fmt(ra, 1)} vs ${fmt(rb, 1)} (${pct(ra, rb)}), p99 ${ms(pa)} vs ${ms(pb)} ms (${pct(pa, pb)})` +
        (busyMachine ? ` — measured while other work took ${share(after.otherWork)} / ${share(before.otherWork)} of the machine` : ''),
      ra >= 0.8 * rb && pa <= 1.2 * pb,
    ])
  }
  if (after) {
    targets.push([
      '"after": no SQLITE_BUSY (or other 5xx) reaching an editor, no lost update',
      `${after.busyAnswers} SQLITE_BUSY, ${after.serverErrors} 5xx, ${after.lostUpdates.length} lost updates`,
      after.busyAnswers === 0 && after.serverErrors === 0 && after.lostUpdates.length === 0,
    ])
  }
  log('saves targets:')
  for (const [name, value, ok] of targets) log(`  ${verdict(ok).padEnd(7)}  ${name}${value ? `: ${value}` : ''}`)
}

main().then(
  () => process.exit(0),
  async (err) => {
    console.error(err instanceof Error ? err.message : err)
    if (server) {
      console.error(`--- server output (last lines) ---\n${server.output().slice(-3000)}`)
      await server.stop().catch(() => {})
    }
    process.exit(1)
  },
)
