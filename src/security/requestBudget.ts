/**
 * Time for API requests: each request runs inside a budget, so one request cannot hold the server.
 *
 * Why this is needed: on SQLite every query is a synchronous call into the driver (libsql), wrapped
 * in a promise that is already settled when it is awaited. A Payload read is therefore one long
 * chain of microtasks; Node polls the network only when the chain ends, so a read that takes 3 s
 * (say `depth=7`) makes `/api/health`, static pages and every other reader wait 3 s.
 *
 * - **Time slices.** Every database read made for an anonymous read first checks how long the
 *   request has run since it last gave way; after `SLICE_MS` it yields to the event loop
 *   (`setImmediate`), so other requests' sockets are read in between. A short request never yields.
 *   Logged-in staff's requests run as before, start to end (an editor's save is not made to wait
 *   for readers).
 * - **Deadline.** Anonymous requests get `ANONYMOUS_DEADLINE_MS` from arrival; the next database read
 *   after that fails with 503 and a message, which stops the work (it is not just abandoned).
 * - **Gate.** At most `HEAVY_SLOTS` anonymous API reads that miss the cache run at once, the others
 *   wait in line (up to `HEAVY_QUEUE`; past that, or past the deadline, 503 with `Retry-After`).
 *   The health check, file downloads, anonymous POSTs (logging in) and logged-in staff do not queue.
 * - **Bad query values.** A database read that fails only because the request carried a value the
 *   database cannot take (a non-numeric id, a date that is not a date) is answered with 400 and a
 *   message instead of 500 (`src/security/queryValidation.ts` catches the common cases earlier, with
 *   the field's name).
 *
 * The budget follows the request through `AsyncLocalStorage`; database calls made outside a request
 * (the publisher, jobs, scripts) are untouched.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

import { APIError, type Payload } from 'payload'

/** Longest stretch (ms) a request computes before it lets other requests in. */
export const SLICE_MS = 5
/** How long an anonymous request may take from arrival to its last database read. */
export const ANONYMOUS_DEADLINE_MS = 5_000
/** Anonymous API reads (cache misses, GraphQL) running at once; the rest wait in line. */
export const HEAVY_SLOTS = 1
/** Anonymous API reads allowed to wait; more are refused with 503 at once. */
export const HEAVY_QUEUE = 64

type Budget = { deadline: number | null; slices: boolean; sliceStart: number }

const storage = new AsyncLocalStorage<Budget>()

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve))

/** 503 with `Retry-After`, for a request stopped by its deadline or refused by the full gate. */
export class ServerBusyError extends APIError {
  constructor(message: string) {
    super(message, 503, null, true)
  }
}

function deadlineMessage(): string {
  return `请求处理超过 ${ANONYMOUS_DEADLINE_MS / 1000} 秒，已中止。请减小 limit 或 depth，或稍后重试。`
}

/**
 * Run `fn` as one request: its database reads obey `deadline` and, with `slices`, take turns with
 * other requests; a read failing on a bad value becomes 400 either way.
 */
export function runWithBudget<T>(deadline: number | null, fn: () => Promise<T>, options: { slices?: boolean } = {}): Promise<T> {
  return storage.run({ deadline, slices: options.slices ?? true, sliceStart: performance.now() }, fn)
}

/** Called before each database read of a request: give way after a slice, stop after the deadline. */
async function checkpoint(budget: Budget): Promise<void> {
  if (budget.deadline !== null && performance.now() > budget.deadline) throw new ServerBusyError(deadlineMessage())
  if (!budget.slices || performance.now() - budget.sliceStart < SLICE_MS) return
  await yieldToEventLoop()
  budget.sliceStart = performance.now()
  if (budget.deadline !== null && performance.now() > budget.deadline) throw new ServerBusyError(deadlineMessage())
}

// Errors the SQLite driver raises for a value of the wrong kind in a query. Payload 3.90 passes such
// values through to the driver (`Number('abc')` for an id, `undefined` for a date it could not
// read; drizzle's sanitizeQueryValue), so they would otherwise surface as 500 "Something went wrong".
const BAD_VALUE = [
  /Only finite numbers \(not Infinity or NaN\) can be passed as arguments/,
  /undefined cannot be passed as argument to the database/,
  /operators\[queryOperator\] is not a function/,
]

function asBadInput(err: unknown): unknown {
  const message = err instanceof Error ? `${err.message} ${(err.cause as Error | undefined)?.message ?? ''}` : ''
  if (!BAD_VALUE.some((pattern) => pattern.test(message))) return err
  return new APIError('查询条件中有无效的值：id 和关联字段须为数字，日期须为有效日期（如 2026-05-01），该字段不支持此运算符时请换一个。', 400, null, true)
}

const READS = [
  'find',
  'findOne',
  'findGlobal',
  'findVersions',
  'findGlobalVersions',
  'queryDrafts',
  'count',
  'countVersions',
  'countGlobalVersions',
  'findDistinct',
] as const

const wrapped = new WeakSet<object>()

/**
 * Wrap the adapter's read methods once per Payload instance (idempotent). Outside a request budget
 * they behave exactly as before.
 */
export function installRequestBudget(payload: Payload): void {
  const db = payload.db as unknown as Record<string, unknown>
  if (wrapped.has(db)) return
  wrapped.add(db)
  for (const name of READS) {
    const original = db[name]
    if (typeof original !== 'function') continue
    db[name] = async function budgeted(this: unknown, ...args: unknown[]) {
      const budget = storage.getStore()
      if (!budget) return original.apply(this, args)
      await checkpoint(budget)
      try {
        return await original.apply(this, args)
      } catch (err) {
        throw asBadInput(err)
      }
    }
  }
}

/** A line of requests waiting for one of `slots` places (first come, first served). */
export class Gate {
  private active = 0
  private readonly waiting: { admit: () => void }[] = []

  constructor(
    private readonly slots: number,
    private readonly maxWaiting: number,
  ) {}

  /** Wait for a place until `deadline` (ms, `performance.now()` clock); resolves to a release function. */
  async enter(deadline: number): Promise<() => void> {
    if (this.active < this.slots) {
      this.active++
      return this.releaser()
    }
    if (this.waiting.length >= this.maxWaiting) throw new ServerBusyError('服务器繁忙，请稍后重试。')
    await new Promise<void>((resolve, reject) => {
      const entry = {
        admit: () => {
          clearTimeout(timer)
          resolve()
        },
      }
      const timer = setTimeout(() => {
        const index = this.waiting.indexOf(entry)
        if (index < 0) return // already handed a place; `admit` is on its way
        this.waiting.splice(index, 1)
        reject(new ServerBusyError(deadlineMessage()))
      }, Math.max(0, deadline - performance.now()))
      this.waiting.push(entry)
    })
    return this.releaser()
  }

  private releaser(): () => void {
    let released = false
    return () => {
      if (released) return
      released = true
      const next = this.waiting.shift()
      if (!next) {
        this.active--
        return
      }
      // The place passes straight to the next in line, after the event loop has had a turn.
      setImmediate(next.admit)
    }
  }

  /** For tests and the benchmark: places in use and requests waiting. */
  stats(): { active: number; waiting: number } {
    return { active: this.active, waiting: this.waiting.length }
  }
}

const state = globalThis as typeof globalThis & { __unionHeavyGate?: Gate }
/** The one gate of this process for anonymous API reads. */
export const heavyGate = (state.__unionHeavyGate ??= new Gate(HEAVY_SLOTS, HEAVY_QUEUE))

/** Run an anonymous read through the gate and within its deadline (ms, `performance.now()` clock). */
export async function runAnonymous<T>(deadline: number, fn: () => Promise<T>): Promise<T> {
  const release = await heavyGate.enter(deadline)
  try {
    return await runWithBudget(deadline, fn)
  } finally {
    release()
  }
}
