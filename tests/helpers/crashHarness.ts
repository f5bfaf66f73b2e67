/**
 * The kill test of issue 13 ("crash-safe saves"), shared by tests/int/crash-safety.int.spec.ts (a
 * few dozen kills) and `npm run bench:crash` (hundreds): a worker process (./crashWorker.ts) saves
 * published documents with many array rows and relations on a temporary SQLite file; the harness
 * SIGKILLs it at a random moment inside a burst, starts the next worker (whose boot runs the
 * project's start-up repair, as a restarted server's does) and compares every tracked document,
 * field by field and row by row, with what the saves said:
 *
 * - a document no save was writing when the kill came must be exactly as last acknowledged;
 * - a document a save was writing must be either as before that save or as the save intended —
 *   the live document (draft: false) and the newest version (what the admin shows) alike, and both
 *   the same side; a first create either absent from both or there with every row; a delete
 *   either not done or done in both;
 * - the review log keeps every entry it had, and gains entries exactly when the save is there.
 *
 * Randomness comes from one seed (printed; `CRASH_SEED` or `seed` reproduces the choices — which
 * documents, which rows, after which intent and how long after it the kill comes — though not the
 * machine's timing).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { killGroup } from './processes'
import { seededRandom } from '../../src/lib/random'

// ---------------------------------------------------------------------------------------------
// What the worker and the harness share (the worker imports it; this module starts nothing)

/** The collections whose documents are tracked, and the slug prefix that marks the tracked ones. */
export const TRACKED = ['articles', 'model-workers', 'yearly-reviews', 'galleries'] as const
export type Tracked = (typeof TRACKED)[number]
export const SLUG_PREFIX = 'crash-'

export type Json = Record<string, unknown>
/** One read of a document: its content (the fields the worker writes, normalised) and its review log. */
export type View = { content: Json; log: string[] }
export type DumpDoc = { collection: Tracked; slug: string; id: number; published: View | null; latest: View | null }
export type SaveOp = 'create' | 'update' | 'delete'

export type Message =
  | { type: 'loaded' }
  | { type: 'booted'; ms: number }
  | { type: 'dump'; docs: DumpDoc[]; ms: number }
  | { type: 'intent'; n: number; op: SaveOp; collection: Tracked; slug: string; id?: number; content?: Json }
  | { type: 'ack'; n: number; op: SaveOp; collection: Tracked; slug: string; id: number; log: string[]; ms: number }
  | { type: 'error'; n?: number; stage: string; message: string }

/** Seedable, so a run's choice of documents, rows and delays can be repeated (CRASH_SEED). */
export const rng = seededRandom

// ---------------------------------------------------------------------------------------------
// The run

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const WORKER = path.join(ROOT, 'tests/helpers/crashWorker.ts')

/** The kill comes after the 1st … KILL_AFTER_MAX-th intent of a worker's bursts. */
const KILL_AFTER_MAX = 6
/** Workers loading their modules ahead of their turn. */
const PREWARM = 2
/** Longest a worker may take to load, boot and dump, or to reach the chosen intent (ms). */
const PHASE_TIMEOUT_MS = 90_000

export type CrashOptions = {
  kills: number
  seed?: number
  /** false: run the workers with UNION_CMS_DB_TRANSACTIONS=off (the adapter as it ran before). */
  transactions?: boolean
  log?: (line: string) => void
}

export type Violation = {
  /** The kill after which it was found (0: the setup, before any kill). */
  kill: number
  collection: string
  slug: string
  id: number | null
  /** Which read showed it: the live document, the newest version, or the two compared. */
  view: 'published' | 'latest' | 'both'
  field: string
  before: string
  after: string
  found: string
}

export type BootFailure = { kill: number; message: string }

export type CrashResult = {
  seed: number
  transactions: boolean
  kills: number
  /** Kills that came while at least one save had said its intent and not yet its ack. */
  killsInsideSave: number
  /** The saves those kills interrupted, by kind. */
  interrupted: Record<SaveOp, number>
  savesAcknowledged: number
  violations: Violation[]
  /** Boots (after a kill) that failed, e.g. "database is locked". */
  bootFailures: BootFailure[]
  /** Saves that failed with an error instead of being killed. */
  saveErrors: string[]
  /** Lines any worker printed about a locked database (SQLITE_BUSY), fatal or not. */
  busyMessages: string[]
  /** Start-up repairs reported by the workers' boots (src/db/repair.ts), and their lines. */
  repairsReported: number
  repairs: string[]
  ms: number
}

type Intent = Extract<Message, { type: 'intent' }>
type Known = { collection: Tracked; slug: string; id: number; published: View | null; latest: View | null }

export async function runCrashTest(options: CrashOptions): Promise<CrashResult> {
  const seed = options.seed ?? (Number(process.env.CRASH_SEED) || Math.floor(Math.random() * 1e9))
  const transactions = options.transactions ?? process.env.UNION_CMS_DB_TRANSACTIONS !== 'off'
  const log = options.log ?? (() => {})
  const random = rng(seed)
  const started = Date.now()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'union-cms-crash-'))
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URI: `file:${path.join(dir, 'crash.db')}`,
    UNION_CMS_ROOT: dir,
    NODE_ENV: 'test',
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'crash-test-secret',
    // Nothing runs the queued site publishes: the worker is the only process on the file.
    JOBS_AUTORUN: '0',
  }
  if (transactions) delete env.UNION_CMS_DB_TRANSACTIONS
  else env.UNION_CMS_DB_TRANSACTIONS = 'off'
  log(`crash test: seed ${seed} (CRASH_SEED=${seed} repeats it), ${options.kills} kills, transactions ${transactions ? 'on' : 'off'}, database ${dir}`)

  const result: CrashResult = {
    seed,
    transactions,
    kills: 0,
    killsInsideSave: 0,
    interrupted: { create: 0, update: 0, delete: 0 },
    savesAcknowledged: 0,
    violations: [],
    bootFailures: [],
    saveErrors: [],
    busyMessages: [],
    repairsReported: 0,
    repairs: [],
    ms: 0,
  }
  const state = new Map<string, Known>()
  const workers = new Set<Worker>()
  const start = (mode: 'setup' | 'run' | 'check', round: number, wait: boolean) => {
    const w = new Worker(mode, round, seed, env, wait)
    workers.add(w)
    void w.exited.then(() => {
      workers.delete(w)
      result.busyMessages.push(...w.busy.map((line) => `worker ${mode} ${round}: ${line}`))
    })
    return w
  }
  // Should this process end without reaching `finally` (Ctrl-C in the benchmark), nothing stays.
  const cleanUp = () => {
    for (const w of workers) w.kill()
    fs.rmSync(dir, { recursive: true, force: true })
  }
  process.once('exit', cleanUp)
  const durations: number[] = []

  try {
    // Setup: the demo seed and the starting documents, then a check with no kill at all — it must
    // find exactly what was acknowledged, or the harness and the worker disagree on what to compare.
    const setup = start('setup', 0, false)
    const acked = new Map<number, Intent>()
    setup.on((m) => {
      if (m.type === 'intent') acked.set(m.n, m)
      if (m.type === 'ack') applyAck(state, acked.get(m.n)!, m)
    })
    // Workers load their modules ahead of their turn (see crashWorker.ts, --wait): loading is most
    // of a boot, and with PREWARM of them loading while one saves, both cores stay busy. The first
    // ones load while the seed draws its photos.
    const modeOf = (round: number) => (round > options.kills ? 'check' : 'run')
    const ahead: Worker[] = []
    let spawned = 0
    const prewarm = (upTo: number) => {
      while (spawned < Math.min(upTo, options.kills + 1)) ahead.push(start(modeOf(++spawned), spawned, true))
    }
    prewarm(PREWARM)
    const setupDump = await setup.until('dump')
    const selfCheck = compare(state, new Map(), setupDump.docs, 0)
    if (selfCheck.length) throw new Error(`the setup's own saves read back differently — the harness compares the wrong things:\n${selfCheck.map(formatViolation).join('\n')}`)
    await setup.exited

    let pending = new Map<string, Intent>()
    for (let kill = 1; kill <= options.kills + 1; kill++) {
      const last = kill > options.kills
      // Boot: the first boot after the kill opens the database and runs the start-up repair.
      const roundStarted = Date.now()
      let worker = ahead.shift()!
      let loadedAt = 0
      let bootMs = 0
      let dump: Extract<Message, { type: 'dump' }> | null = null
      for (let attempt = 1; !dump; attempt++) {
        try {
          await worker.until('loaded')
          loadedAt = Date.now()
          worker.go()
          bootMs = (await worker.until('booted')).ms
          dump = await worker.until('dump')
        } catch (err) {
          const message = (err as Error).message
          if (worker.sentGo) result.bootFailures.push({ kill: kill - 1, message })
          worker.kill()
          if (attempt >= 3) throw new Error(`the worker failed to start three times after kill ${kill - 1}: ${message}`)
          log(`  boot after kill ${kill - 1} failed (${message.split('\n')[0]}); starting it again`)
          worker = start(modeOf(kill), kill, false)
        }
      }
      const checked = Date.now()
      for (const v of compare(state, pending, dump.docs, kill - 1)) {
        result.violations.push(v)
        log(`  ✖ ${formatViolation(v)}`)
      }
      adopt(state, dump.docs)
      const noteRepairs = () => {
        result.repairsReported += worker.repaired
        for (const line of worker.repairLines) {
          result.repairs.push(`after kill ${kill - 1}: ${line}`)
          log(`  · repaired after kill ${kill - 1}: ${line}`)
        }
      }
      if (last) {
        await worker.exited
        noteRepairs()
        break
      }

      prewarm(kill + PREWARM)
      const killAfter = 1 + Math.floor(random() * KILL_AFTER_MAX)
      const delayShare = random()
      const intents = new Map<number, Intent>()
      let seen = 0
      let timer: NodeJS.Timeout | undefined
      const deadline = setTimeout(() => worker.kill(), PHASE_TIMEOUT_MS)
      worker.on((m) => {
        if (m.type === 'intent') {
          intents.set(m.n, m)
          if (++seen === killAfter) timer = setTimeout(() => worker.kill(), Math.round(delayShare * killWindow(durations)))
        } else if (m.type === 'ack') {
          const intent = intents.get(m.n)!
          intents.delete(m.n)
          applyAck(state, intent, m)
          durations.push(m.ms)
          result.savesAcknowledged++
        } else if (m.type === 'error') {
          result.saveErrors.push(`kill ${kill}: ${m.stage}: ${m.message}`)
        }
      }, dump)
      const exit = await worker.exited
      noteRepairs()
      clearTimeout(timer)
      clearTimeout(deadline)
      if (!worker.killed) result.saveErrors.push(`kill ${kill}: the worker stopped by itself (${exit}): ${worker.tail()}`)
      result.kills++
      // Every message the worker sent before it died has arrived ('close' waits for the IPC
      // channel): an intent without its ack now was in flight.
      pending = new Map([...intents.values()].map((i) => [`${i.collection}:${i.slug}`, i]))
      if (pending.size) result.killsInsideSave++
      log(`  · kill ${kill}: waited ${loadedAt - roundStarted} ms for the modules, boot ${bootMs} ms, dump ${dump.ms} ms, check ${checked - roundStarted} ms in all; saving ${Date.now() - checked} ms, ${seen} intents, ${pending.size} in flight`)
      for (const i of pending.values()) result.interrupted[i.op]++
      if (kill % 10 === 0 || kill === options.kills) {
        log(`  ${kill}/${options.kills} kills, ${result.killsInsideSave} inside a save, ${result.violations.length} violations, ${((Date.now() - started) / 1000).toFixed(0)} s`)
      }
    }
  } finally {
    const left = [...workers]
    for (const w of left) w.kill()
    await Promise.all(left.map((w) => w.exited))
    cleanUp()
    process.off('exit', cleanUp)
  }
  result.ms = Date.now() - started
  return result
}

/** How long after an intent a kill may come: most saves are over by then (p75 × 1.5). */
function killWindow(durations: number[]): number {
  const recent = durations.slice(-100).sort((a, b) => a - b)
  if (recent.length < 5) return 300
  return Math.max(30, recent[Math.floor(recent.length * 0.75)]! * 1.5)
}

const keyOf = (d: { collection: string; slug: string }) => `${d.collection}:${d.slug}`

/** An acknowledged save is what both reads must show from now on. */
function applyAck(state: Map<string, Known>, intent: Intent, ack: Extract<Message, { type: 'ack' }>): void {
  if (intent.op === 'delete') {
    state.delete(keyOf(intent))
    return
  }
  const view = { content: intent.content!, log: ack.log }
  state.set(keyOf(intent), { collection: intent.collection, slug: intent.slug, id: ack.id, published: view, latest: { ...view } })
}

/** After a check the database is the reference (it equals the expectation unless a violation was reported). */
function adopt(state: Map<string, Known>, docs: DumpDoc[]): void {
  state.clear()
  for (const d of docs) state.set(keyOf(d), { ...d })
}

// ---------------------------------------------------------------------------------------------
// Comparing

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
const startsWith = (log: string[], prefix: string[]) => prefix.every((e, i) => log[i] === e)

type Side = 'before' | 'after'

/** Which sides (before / after the interrupted save) one read of a document matches. */
function sidesOf(found: View | null, before: View | null, intent: Intent | undefined): Side[] {
  const sides: Side[] = []
  const matchesBefore = found === null ? before === null : before !== null && same(found.content, before.content) && same(found.log, before.log)
  if (matchesBefore) sides.push('before')
  if (intent) {
    const matchesAfter =
      intent.op === 'delete'
        ? found === null
        : found !== null && same(found.content, intent.content) && startsWith(found.log, before?.log ?? []) && found.log.length > (before?.log.length ?? 0)
    if (matchesAfter) sides.push('after')
  }
  return sides
}

/** Compare the dump after a kill with the expectation: last acknowledged state, or the in-flight save's. */
export function compare(state: Map<string, Known>, pending: Map<string, Intent>, docs: DumpDoc[], kill: number): Violation[] {
  const found = new Map(docs.map((d) => [keyOf(d), d]))
  const keys = new Set([...state.keys(), ...pending.keys(), ...found.keys()])
  const violations: Violation[] = []
  for (const key of [...keys].sort()) {
    const known = state.get(key)
    const intent = pending.get(key)
    const doc = found.get(key)
    const where = { kill, collection: (known ?? intent ?? doc)!.collection, slug: (known ?? intent ?? doc)!.slug, id: doc?.id ?? known?.id ?? intent?.id ?? null }
    const matched: Partial<Record<'published' | 'latest', Side[]>> = {}
    for (const view of ['published', 'latest'] as const) {
      const before = known?.[view] ?? null
      const now = doc?.[view] ?? null
      const sides = sidesOf(now, before, intent)
      matched[view] = sides
      if (sides.length === 0) violations.push(...describe(where, view, before, intent, now))
    }
    const [p, l] = [matched.published!, matched.latest!]
    if (p.length && l.length && !p.some((s) => l.includes(s))) {
      violations.push({ ...where, view: 'both', field: '(whole document)', before: `live: ${p.join('/')}`, after: `newest version: ${l.join('/')}`, found: 'the live document and the newest version are on different sides of the save' })
    }
  }
  return violations
}

/** Why one read matches neither side: each field that is neither before nor after, a mix of both, or the log. */
function describe(where: Omit<Violation, 'view' | 'field' | 'before' | 'after' | 'found'>, view: 'published' | 'latest', before: View | null, intent: Intent | undefined, found: View | null): Violation[] {
  const afterView: View | null | undefined = !intent ? undefined : intent.op === 'delete' ? null : { content: intent.content!, log: [] }
  const afterText = (text: string) => (afterView === undefined ? '(no save in flight)' : text)
  const violation = (field: string, b: string, a: string, f: string): Violation => ({ ...where, view, field, before: b, after: afterText(a), found: f })
  if (!found || (!before && !afterView)) {
    return [violation('(document)', before ? 'present' : 'absent', afterView ? 'present' : 'absent', found ? 'present' : 'absent')]
  }
  const out: Violation[] = []
  const contentBefore = before !== null && same(found.content, before.content)
  const contentAfter = afterView != null && same(found.content, afterView.content)
  if (!contentBefore && !contentAfter) {
    const fields = new Set([...Object.keys(before?.content ?? {}), ...Object.keys(afterView?.content ?? {}), ...Object.keys(found.content)])
    const onlyBefore: string[] = []
    const onlyAfter: string[] = []
    for (const field of [...fields].sort()) {
      const [b, a, f] = [before?.content[field], afterView?.content[field], found.content[field]]
      const isBefore = before !== null && same(f, b)
      const isAfter = afterView != null && same(f, a)
      if (isBefore && !isAfter) onlyBefore.push(field)
      if (isAfter && !isBefore) onlyAfter.push(field)
      if (!isBefore && !isAfter) out.push(violation(field, before ? show(b, f) : 'absent', afterView ? show(a, f) : 'absent', show(f, b ?? a)))
    }
    if (out.length === 0) out.push(violation('(mixed)', `as before: ${onlyBefore.join(', ')}`, `as after: ${onlyAfter.join(', ')}`, 'half of the save'))
  }
  const had = before?.log.length ?? 0
  if (!startsWith(found.log, before?.log ?? [])) {
    const i = (before?.log ?? []).findIndex((e, k) => found.log[k] !== e)
    out.push(violation('reviewLog', `${had} entries`, `${had} entries and more`, `${found.log.length} entries; entry ${i + 1} was ${clip(before!.log[i]!, 60)}, is ${clip(found.log[i] ?? '(missing)', 60)}`))
  } else if (contentBefore && found.log.length !== had) {
    out.push(violation('reviewLog', `${had} entries`, `more than ${had}`, `${found.log.length} entries with the content as before: the log of a save that is not there`))
  } else if (contentAfter && found.log.length <= had) {
    out.push(violation('reviewLog', `${had} entries`, `more than ${had}`, `${found.log.length} entries: the save is there, its log entry is not`))
  }
  return out.length ? out : [violation('(document)', 'before', 'after', 'neither (unclassified)')]
}

/** A value for a report: lists as their row count and the first row that differs from `other`. */
function show(value: unknown, other: unknown): string {
  if (value === undefined) return '(empty)'
  if (Array.isArray(value)) {
    const others = Array.isArray(other) ? other : []
    const i = value.findIndex((row, k) => !same(row, others[k]))
    const first = i < 0 ? '' : `; row ${i + 1}: ${clip(JSON.stringify(value[i]))}`
    return `${value.length} rows${first}`
  }
  return clip(JSON.stringify(value))
}

const clip = (s: string, n = 100) => (s.length > n ? `${s.slice(0, n)}…` : s)

export function formatViolation(v: Violation): string {
  return `after kill ${v.kill}: ${v.collection} #${v.id ?? '?'} (${v.slug}) [${v.view}] ${v.field}: before ${v.before} | after ${v.after} | found ${v.found}`
}

// ---------------------------------------------------------------------------------------------
// Worker processes

/** One crashWorker.ts process, in its own process group, and what it said. */
class Worker {
  readonly exited: Promise<string>
  killed = false
  sentGo = false
  /** Documents the worker's start-up repair reported repairing (src/db/repair.ts), and its lines. */
  repaired = 0
  repairLines: string[] = []
  /** Its lines about a locked database. */
  busy: string[] = []
  private child: ChildProcess
  private messages: Message[] = []
  private listeners = new Set<(m: Message) => void>()
  private other: string[] = []
  private done = false

  constructor(mode: string, round: number, seed: number, env: NodeJS.ProcessEnv, private wait: boolean) {
    const args = ['--import', 'tsx', WORKER, mode, '--round', String(round), '--seed', String(seed), ...(wait ? ['--wait'] : [])]
    // Messages come over IPC; stdout and stderr (Payload's log) are kept for reports. 'close' comes
    // after the IPC channel has closed, so every message the worker sent before dying is in by then.
    this.child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'], detached: true })
    this.child.on('message', (m) => this.emit(m as Message))
    this.child.on('error', () => {}) // a message sent to a worker that has just died
    for (const stream of [this.child.stdout!, this.child.stderr!]) {
      let partial = ''
      // Decoded by the stream: a character split between two chunks must not become U+FFFD.
      stream.setEncoding('utf8').on('data', (chunk: string) => {
        // Payload's pretty log colours its lines; the reports want the text.
        const lines = (partial + chunk).replace(/\x1b\[[0-9;]*m/g, '').split('\n')
        partial = lines.pop()!
        this.other.push(...lines.filter((l) => l.trim()))
        for (const line of lines) {
          // src/db/repair.ts: "启动修复：发现 N 处被中断的保存…" (before issue 13: "Repaired N version(s)…")
          this.repaired += Number((/启动修复：发现 (\d+) 处/.exec(line) ?? /Repaired (\d+) version/.exec(line))?.[1] ?? 0)
          if (/^\s+- 「/.test(line)) this.repairLines.push(line.trim())
          if (/database is locked|SQLITE_BUSY/i.test(line)) this.busy.push(line.trim())
        }
        if (this.other.length > 400) this.other.splice(0, this.other.length - 200)
      })
    }
    this.exited = new Promise((resolve) => {
      this.child.on('close', (code, signal) => {
        this.done = true
        resolve(signal ? `signal ${signal}` : `exit ${code}`)
      })
    })
  }

  private emit(m: Message): void {
    this.messages.push(m)
    for (const l of this.listeners) l(m)
  }

  /** Every message from now on, and those already received after `after` (one read may bring several). */
  on(listener: (m: Message) => void, after?: Message): void {
    if (after) for (const m of this.messages.slice(this.messages.indexOf(after) + 1)) listener(m)
    this.listeners.add(listener)
  }

  /** The first message of `type` (also one already received); rejects when the worker ends first. */
  until<T extends Message['type']>(type: T): Promise<Extract<Message, { type: T }>> {
    const have = this.messages.find((m) => m.type === type)
    if (have) return Promise.resolve(have as Extract<Message, { type: T }>)
    return new Promise((resolve, reject) => {
      const fail = (message: string) => {
        clearTimeout(timer)
        this.listeners.delete(listener)
        reject(new Error(`${message}: ${this.tail()}`))
      }
      const timer = setTimeout(() => fail(`no "${type}" from the worker within ${PHASE_TIMEOUT_MS / 1000} s`), PHASE_TIMEOUT_MS)
      const listener = (m: Message) => {
        if (m.type !== type) return
        clearTimeout(timer)
        this.listeners.delete(listener)
        resolve(m as Extract<Message, { type: T }>)
      }
      this.listeners.add(listener)
      void this.exited.then((how) => fail(`the worker ended (${how}) before "${type}"`))
    })
  }

  go(): void {
    this.sentGo = true
    if (this.wait && this.child.connected) this.child.send('go')
  }

  kill(): void {
    if (this.done) return
    this.killed = true
    killGroup(this.child.pid)
  }

  /** What the worker said besides the protocol (errors, Payload's log), last lines. */
  tail(): string {
    const errors = this.messages.filter((m) => m.type === 'error').map((m) => (m as { message: string }).message)
    return [...errors, ...this.other.slice(-8)].join('\n') || '(no output)'
  }
}
