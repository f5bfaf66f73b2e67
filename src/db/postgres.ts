/**
 * PostgreSQL through Payload's official adapter (`@payloadcms/db-postgres`), and what a server
 * needs around it:
 *
 * - the schema from migrations (`migrations/postgres/`, run on start by ./migrate.ts), never from
 *   Drizzle's push, as on SQLite;
 * - transactions on (the adapter's default): every save is one transaction on one pooled connection,
 *   which is what lets several servers share the database;
 * - a start that fails within seconds, with a message naming the server and never the password,
 *   when the database cannot be reached (node-postgres waits forever by default);
 * - a pool that survives the database going away: a connection the server closes, idle or held by
 *   a transaction, is dropped (without a listener node-postgres would crash the process with an
 *   uncaught 'error'), and requests meanwhile answer 503 (./unavailable.ts) until the database is
 *   back;
 * - `payload.destroy()` closes the pool's idle connections (the adapter's own destroy leaves them
 *   open).
 */
import path from 'node:path'

import { postgresAdapter } from '@payloadcms/db-postgres'
import type { Config, Payload } from 'payload'

import { migrations } from '../../migrations/postgres/index'
import { sourceRoot } from '../lib/paths'
import { setting } from '../settings'

/** How long a PostgreSQL connection may take to open (node-postgres waits forever by default). */
export const POSTGRES_CONNECT_TIMEOUT_MS = 5_000

/** Where a PostgreSQL URI points (`host:port/database`) and as whom, for messages: never the password. */
export function describePostgres(uri: string): { where: string; user: string | null } {
  try {
    const url = new URL(uri)
    const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || '(default)'
    return { where: `${url.hostname}:${url.port || '5432'}/${database}`, user: url.username ? decodeURIComponent(url.username) : null }
  } catch {
    return { where: '(DATABASE_URI)', user: null }
  }
}

export class PostgresUnreachableError extends Error {
  override name = 'PostgresUnreachableError'
}

type Client = { on: (event: 'error', listener: (err: Error) => void) => void }
type Pool = {
  on: ((event: 'error', listener: (err: Error) => void) => void) & ((event: 'connect', listener: (client: Client) => void) => void)
  end: () => Promise<void>
}
type Adapter = {
  connect?: (options?: unknown) => Promise<void>
  destroy?: () => Promise<void>
  pool?: Pool
  initializing?: Promise<unknown>
  payload: Payload
}

export function postgresDatabase(url: string): Config['db'] {
  const result = postgresAdapter({
    pool: {
      connectionString: url,
      connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MS,
      max: setting('POSTGRES_POOL_SIZE'),
      application_name: 'union-cms',
    },
    push: false,
    migrationDir: path.join(sourceRoot, 'migrations', 'postgres'),
    prodMigrations: migrations,
  })
  const init = result.init as unknown as (args: unknown) => Adapter
  return {
    ...result,
    init: ((args: unknown) => {
      const adapter = init(args)
      // Rejected when the first connection fails; the error itself reaches the caller of connect.
      adapter.initializing?.catch(() => {})
      const connect = adapter.connect
      if (connect) {
        adapter.connect = async function (this: Adapter, options?: unknown) {
          try {
            await connect.call(this, options)
          } catch (err) {
            const reason = ((err as Error).message ?? String(err)).replace(/^Error: cannot connect to Postgres:\s*/, '')
            const { where, user } = describePostgres(url)
            throw new PostgresUnreachableError(
              `无法连接 PostgreSQL 数据库 ${where}${user ? `（用户 ${user}）` : ''}：${reason}。请确认数据库服务已启动、DATABASE_URI 的地址、端口、用户和密码正确，且本机可以访问该端口。 / cannot connect to PostgreSQL at ${where}${user ? ` as ${user}` : ''}: ${reason}`,
            )
          }
          const closed = (err: Error) => this.payload.logger.warn(`PostgreSQL: a connection was closed (${err.message}); a new one is opened when needed`)
          // Idle connections report through the pool; one checked out (a transaction waiting for
          // its next statement) reports on the client alone.
          this.pool?.on('error', closed)
          this.pool?.on('connect', (client) => client.on('error', closed))
        }
      }
      const destroy = adapter.destroy
      if (destroy) {
        adapter.destroy = async function (this: Adapter) {
          const pool = this.pool
          await destroy.call(this)
          this.pool = undefined
          // Not awaited: end() waits for every checked-out connection, and the adapter keeps one
          // checked out for good; the idle ones close at once.
          pool?.end().catch(() => {})
        }
      }
      return adapter
    }) as unknown as typeof result.init,
  }
}
