/**
 * Crash-safe saves on the embedded SQLite database: every write Payload makes runs in a transaction
 * (one save commits whole or not at all), write transactions take turns through an asynchronous
 * queue inside the process, reads stay concurrent, and a database locked by another process is
 * waited for asynchronously, never by blocking the event loop. The flow is told in ./README.md.
 *
 * Why a queue: SQLite has one writer at a time, and the driver (libsql) runs every statement
 * synchronously. With Payload's transactions simply switched on, a second save in the same process
 * asks SQLite for the write lock while the first still holds it; the driver then waits inside a
 * synchronous call, the event loop stops, and the first save can never reach its COMMIT. Here a
 * save waits for its turn with `await`, so the first one commits meanwhile.
 *
 * The pieces:
 * - `QueuedClient` stands in for the libsql client the adapter would open. It holds two connections
 *   to the file: reads go to the read connection (WAL: they never wait for the writer), writes and
 *   transactions to the write connection, one at a time (`WriteLock`).
 * - A transaction takes the lock at its first write, not at its start: a save's validation, hooks
 *   and image resizing before the first INSERT/UPDATE do not hold other editors up.
 * - Across processes (the publisher, `npm run import`, a second server on the same file) the write
 *   lock is taken with `BEGIN IMMEDIATE` on a connection whose busy timeout is 0; SQLITE_BUSY is
 *   retried after an asynchronous pause, up to `BUSY_WAIT_MS`, then answered with 503 and a message.
 * - Re-entrancy: a save's own hooks may write or read without passing `req` (and so outside the
 *   save's transaction). Each transaction marks the async context it was started in
 *   (`AsyncLocalStorage`); a write from that context joins the open transaction (a nested one as a
 *   SAVEPOINT) instead of queueing behind it, which would wait forever, and a read from it sees the
 *   save's own writes, as it did before transactions.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

import { createClient, type Client, type InStatement, type ResultSet, type Transaction } from '@libsql/client'
import { APIError } from 'payload'

/** How long a write waits for another process's write lock before it gives up (ms). */
export const BUSY_WAIT_MS = 30_000

/** The answer a user gets when another process held the database for longer than `BUSY_WAIT_MS`. */
export class DatabaseBusyError extends APIError {
  constructor() {
    super(
      `数据库正被另一个进程（发布、导入或另一台服务器）长时间占用，已等待 ${BUSY_WAIT_MS / 1000} 秒，本次保存未写入。请稍后重试；若反复出现，请检查是否有导入或备份仍在运行。`,
      503,
      null,
      true,
    )
  }
}

// ---------------------------------------------------------------------------------------------
// Statements

function sqlOf(stmt: InStatement): string {
  return typeof stmt === 'string' ? stmt : stmt.sql
}

const LEADING_COMMENTS = /^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*/

/** True for a statement that only reads (SELECT, or WITH … SELECT); anything else is a write. */
export function isReadStatement(stmt: InStatement): boolean {
  const sql = sqlOf(stmt).replace(LEADING_COMMENTS, '')
  if (/^select\b/i.test(sql)) return true
  if (/^with\b/i.test(sql)) return !/\b(insert|update|delete|replace)\b/i.test(sql)
  return false
}

const isPragma = (stmt: InStatement) => /^pragma\b/i.test(sqlOf(stmt).replace(LEADING_COMMENTS, ''))

function isBusy(err: unknown): boolean {
  const e = err as { code?: unknown; rawCode?: unknown; message?: unknown } | null
  if (!e) return false
  if (typeof e.code === 'string' && e.code.startsWith('SQLITE_BUSY')) return true
  if (typeof e.rawCode === 'number' && (e.rawCode & 0xff) === 5) return true
  return typeof e.message === 'string' && /database is locked/i.test(e.message)
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Run `fn`; while another process holds the database, try again after a growing pause. `onBusy`
 * runs before each new try (the connection is reopened there: see `QueuedClient.reopen`).
 */
export async function retryWhileBusy<T>(fn: () => Promise<T>, options: { waitMs?: number; onBusy?: () => Promise<void> } = {}): Promise<T> {
  const started = performance.now()
  let delay = 2
  for (;;) {
    try {
      return await fn()
    } catch (err) {
      if (!isBusy(err)) throw err
      if (performance.now() - started > (options.waitMs ?? BUSY_WAIT_MS)) throw new DatabaseBusyError()
      await options.onBusy?.()
      await pause(delay * (0.5 + Math.random()))
      delay = Math.min(delay * 2, 50)
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The lock: one writer at a time in this process, first come first served.

export class WriteLock {
  private held = false
  private readonly waiting: (() => void)[] = []

  /** Resolves with the function that hands the lock on. */
  async acquire(): Promise<() => void> {
    if (this.held) await new Promise<void>((resolve) => this.waiting.push(resolve))
    this.held = true
    let released = false
    return () => {
      if (released) return
      released = true
      const next = this.waiting.shift()
      if (next) next()
      else this.held = false
    }
  }

  /** Writers waiting for their turn (for the health check and the benchmark). */
  get queued(): number {
    return this.waiting.length
  }
}

// ---------------------------------------------------------------------------------------------
// Which transaction the current async context belongs to.

type Scope = { parent: Scope | undefined; tx?: LazyTransaction }

const scopes = new AsyncLocalStorage<Scope>()

/**
 * Mark the current async context as the one of a transaction about to begin. Called synchronously
 * at the start of the adapter's `beginTransaction` (Payload calls it synchronously from the
 * operation), so the operation's later steps and hooks run inside the scope.
 */
export function enterTransactionScope(): void {
  // Ended transactions are left out of the chain, so a context that saves many times in a row (an
  // import, a start-up repair) keeps a short chain instead of one link per save.
  let parent = scopes.getStore()
  while (parent?.tx?.closed) parent = parent.parent
  scopes.enterWith({ parent })
}

/** The nearest transaction of this context (or an enclosing one) that holds the write connection. */
function openTransactionOf(scope: Scope | undefined): LazyTransaction | undefined {
  for (let s = scope; s; s = s.parent) if (s.tx?.isOpen) return s.tx
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Transactions

let savepoints = 0

/** How long a save waits, before its COMMIT, for writes its hooks started and did not await (ms). */
const NESTED_WAIT_MS = 10_000

/**
 * A libsql transaction that begins at its first write. Reads before that go to the read
 * connection; from the first write on, everything runs on the write connection inside
 * `BEGIN IMMEDIATE … COMMIT` (or, inside another open transaction of the same context, inside a
 * SAVEPOINT of it).
 */
class LazyTransaction implements Transaction {
  private state: 'idle' | 'open' | 'done' = 'idle'
  private starting: Promise<void> | null = null
  private release: (() => void) | null = null
  private host: LazyTransaction | null = null
  private savepoint = ''
  /** Nested transactions that started inside this one and have not ended yet. */
  private readonly nested = new Set<Promise<void>>()
  private endNested: (() => void) | null = null

  constructor(
    private readonly client: QueuedClient,
    private readonly scope: Scope | undefined,
  ) {}

  get isOpen(): boolean {
    return this.state === 'open'
  }

  get closed(): boolean {
    return this.state === 'done'
  }

  /** Why COMMIT failed, if it did (drizzle swallows it; `commitTransaction` below re-throws it). */
  commitError: unknown = null

  private ensureStarted(): Promise<void> {
    if (this.state === 'open') return Promise.resolve()
    if (this.state === 'done') return Promise.reject(new Error('The transaction is closed'))
    this.starting ??= this.start()
    return this.starting
  }

  private async start(): Promise<void> {
    const host = openTransactionOf(this.scope?.parent ?? scopes.getStore())
    if (host) {
      this.host = host
      this.savepoint = `uc_sp_${++savepoints}`
      let resolve!: () => void
      const done = new Promise<void>((r) => (resolve = r))
      host.nested.add(done)
      this.endNested = () => {
        host.nested.delete(done)
        resolve()
      }
      await this.client.write.execute(`SAVEPOINT ${this.savepoint}`)
    } else {
      this.release = await this.client.lock.acquire()
      try {
        await this.client.retryOnWriter(() => this.client.write.execute('BEGIN IMMEDIATE'))
      } catch (err) {
        this.release()
        this.release = null
        throw err
      }
    }
    this.state = 'open'
  }

  async execute(stmt: InStatement): Promise<ResultSet> {
    if (this.state === 'done') throw new Error('The transaction is closed')
    if (this.state === 'idle' && isReadStatement(stmt)) return this.client.read(stmt)
    await this.ensureStarted()
    return this.client.write.execute(stmt)
  }

  async batch(stmts: InStatement[]): Promise<ResultSet[]> {
    const results: ResultSet[] = []
    for (const stmt of stmts) results.push(await this.execute(stmt))
    return results
  }

  async executeMultiple(sql: string): Promise<void> {
    await this.ensureStarted()
    await this.client.write.executeMultiple(sql)
  }

  async commit(): Promise<void> {
    await this.end(true)
  }

  async rollback(): Promise<void> {
    await this.end(false)
  }

  close(): void {
    if (this.state !== 'done') void this.end(false)
  }

  private async end(commit: boolean): Promise<void> {
    if (this.starting) await this.starting.catch(() => undefined)
    if (this.state !== 'open') {
      this.state = 'done'
      return
    }
    // Writes a hook started inside this save without awaiting them belong to it: let them finish.
    // (Bounded: a nested transaction that never ends must not hold every other writer up.)
    const waitUntil = performance.now() + NESTED_WAIT_MS
    while (this.nested.size > 0 && performance.now() < waitUntil) await Promise.race([Promise.all([...this.nested]), pause(50)])
    this.state = 'done'
    const write = this.client.write
    if (this.host) {
      try {
        if (!commit) await write.execute(`ROLLBACK TO ${this.savepoint}`)
        await write.execute(`RELEASE ${this.savepoint}`)
      } finally {
        this.endNested?.()
        this.endNested = null
        this.host = null
      }
      return
    }
    try {
      if (commit) {
        try {
          await write.execute('COMMIT')
        } catch (err) {
          this.commitError = err
          await write.execute('ROLLBACK').catch(() => undefined)
          throw err
        }
      } else {
        await write.execute('ROLLBACK')
      }
    } finally {
      this.release?.()
      this.release = null
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The client

export type QueuedClientOptions = {
  url: string
  /** WAL settings the adapter would have applied itself (it skips them when handed a client). */
  wal?: { journalSizeLimit: number; synchronous: string } | false
}

/**
 * The libsql client handed to Payload's SQLite adapter: a read connection, a write connection and
 * the lock that orders writers. It implements the libsql `Client` interface, so drizzle and the
 * adapter use it unchanged.
 */
export class QueuedClient implements Client {
  readonly lock = new WriteLock()
  private writer: Client
  private reader: Client
  closed = false
  readonly protocol = 'file'

  private constructor(private readonly options: QueuedClientOptions) {
    this.writer = createClient({ url: options.url })
    this.reader = createClient({ url: options.url })
  }

  static async open(options: QueuedClientOptions): Promise<QueuedClient> {
    const client = new QueuedClient(options)
    await client.configure(client.writer)
    await client.configure(client.reader)
    if (options.wal) {
      const mode = await retryWhileBusy(() => client.writer.execute('PRAGMA journal_mode'))
      if (mode.rows[0]?.journal_mode !== 'wal') {
        await retryWhileBusy(() => client.writer.execute('PRAGMA journal_mode = WAL'))
        await client.writer.execute(`PRAGMA journal_size_limit = ${options.wal.journalSizeLimit}`)
      }
    }
    return client
  }

  /** Per-connection settings. Waiting for a lock is done here, asynchronously: never by the driver. */
  private async configure(conn: Client): Promise<void> {
    await conn.execute('PRAGMA busy_timeout = 0')
    if (this.options.wal) await conn.execute(`PRAGMA synchronous = ${this.options.wal.synchronous}`)
  }

  /** The write connection (used only by the holder of the lock). */
  get write(): Client {
    return this.writer
  }

  /**
   * A statement the driver answered with SQLITE_BUSY is left active (libsql does not reset it), and
   * an active statement makes the connection's next COMMIT fail ("SQL statements in progress").
   * So after SQLITE_BUSY the connection is replaced before the next try.
   */
  private async reopen(which: 'writer' | 'reader'): Promise<void> {
    const fresh = createClient({ url: this.options.url })
    await this.configure(fresh)
    this[which].close()
    this[which] = fresh
  }

  /** `retryWhileBusy` on the write connection (the caller holds the lock). */
  retryOnWriter<T>(fn: () => Promise<T>): Promise<T> {
    return retryWhileBusy(fn, { onBusy: () => this.reopen('writer') })
  }

  /** A read outside any transaction of this context: the read connection, concurrent with writes. */
  read(stmt: InStatement): Promise<ResultSet> {
    return retryWhileBusy(() => this.reader.execute(stmt), { onBusy: () => this.reopen('reader') })
  }

  /** Run `fn` on the write connection as this process's only writer. */
  private async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const release = await this.lock.acquire()
    try {
      return await this.retryOnWriter(fn)
    } finally {
      release()
    }
  }

  async execute(stmtOrSql: InStatement, args?: unknown): Promise<ResultSet> {
    const stmt = (typeof stmtOrSql === 'string' && args !== undefined ? { sql: stmtOrSql, args } : stmtOrSql) as InStatement
    const owner = openTransactionOf(scopes.getStore())
    // Inside a save's own context, reads see the save and writes join it (see the file's header).
    if (owner) return this.write.execute(stmt)
    if (isPragma(stmt)) return this.exclusive(async () => (await this.reader.execute(stmt), this.write.execute(stmt)))
    if (isReadStatement(stmt)) return this.read(stmt)
    return this.exclusive(() => this.write.execute(stmt))
  }

  async batch(stmts: InStatement[]): Promise<ResultSet[]> {
    const owner = openTransactionOf(scopes.getStore())
    if (owner) return this.runAll(stmts)
    return this.exclusive(async () => {
      await this.write.execute('BEGIN IMMEDIATE')
      try {
        const results = await this.runAll(stmts)
        await this.write.execute('COMMIT')
        return results
      } catch (err) {
        await this.write.execute('ROLLBACK').catch(() => undefined)
        throw err
      }
    })
  }

  private async runAll(stmts: InStatement[]): Promise<ResultSet[]> {
    const results: ResultSet[] = []
    for (const stmt of stmts) results.push(await this.write.execute(stmt))
    return results
  }

  migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    return this.exclusive(() => this.write.migrate(stmts))
  }

  async transaction(): Promise<Transaction> {
    const scope = scopes.getStore()
    const tx = new LazyTransaction(this, scope)
    if (scope && !scope.tx) scope.tx = tx
    return tx
  }

  executeMultiple(sql: string): Promise<void> {
    const owner = openTransactionOf(scopes.getStore())
    if (owner) return this.write.executeMultiple(sql)
    return this.exclusive(() => this.write.executeMultiple(sql))
  }

  sync(): Promise<never> {
    return Promise.reject(new Error('sync() is for embedded replicas; this database is a local file'))
  }

  close(): void {
    this.closed = true
    this.writer.close()
    this.reader.close()
  }
}

// ---------------------------------------------------------------------------------------------
// The adapter

/** The adapter's methods that write. Called without a transaction, each runs in one of its own. */
const WRITES = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

type Session = { db?: { session?: { tx?: unknown } } }
type AdapterInternals = {
  client?: Client
  wal?: QueuedClientOptions['wal']
  sessions: Record<string, Session>
  connect: (this: AdapterInternals, options?: unknown) => Promise<void>
  beginTransaction: (this: AdapterInternals, options?: unknown) => Promise<null | number | string>
  commitTransaction: (this: AdapterInternals, id: unknown) => Promise<void>
  rollbackTransaction: (this: AdapterInternals, id: unknown) => Promise<void>
} & Record<(typeof WRITES)[number], (this: AdapterInternals, args: { req?: Record<string, unknown> }) => Promise<unknown>>

/**
 * Payload's SQLite adapter with the write queue: its client is a `QueuedClient`, every transaction
 * marks its async context, a failed COMMIT reaches the caller, and a write method called without a
 * transaction (the jobs runner, start-up repairs, direct `payload.db.*` calls) runs in its own.
 * The adapter must be created with `transactionOptions` set (Payload then uses real transactions).
 */
export function withWriteQueue<T extends { init: (args: never) => unknown }>(result: T, url: string): T {
  const init = result.init as (args: unknown) => AdapterInternals
  return {
    ...result,
    init: (args: unknown) => {
      const adapter = init(args)
      const { beginTransaction, commitTransaction, connect } = adapter
      adapter.connect = async function (options) {
        if (!this.client) this.client = await QueuedClient.open({ url, wal: this.wal })
        return connect.call(this, options)
      }
      adapter.beginTransaction = function (options) {
        enterTransactionScope()
        return beginTransaction.call(this, options)
      }
      adapter.commitTransaction = async function (id) {
        const key = id instanceof Promise ? await id : id
        const tx = this.sessions[String(key)]?.db?.session?.tx
        await commitTransaction.call(this, key)
        if (tx instanceof LazyTransaction && tx.commitError) throw tx.commitError
      }
      for (const name of WRITES) {
        const method = adapter[name]
        if (typeof method !== 'function') continue
        adapter[name] = async function (args) {
          if (args?.req?.transactionID) return method.call(this, args)
          const id = await this.beginTransaction()
          if (!id) return method.call(this, args)
          const req: Record<string, unknown> = Object.create(args?.req ?? null)
          req.transactionID = id
          try {
            const out = await method.call(this, { ...args, req })
            await this.commitTransaction(id)
            return out
          } catch (err) {
            await this.rollbackTransaction(id)
            throw err
          }
        }
      }
      return adapter
    },
  } as T
}
