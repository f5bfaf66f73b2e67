import path from 'node:path'
import fs from 'node:fs'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { Config } from 'payload'

import { migrations } from '../../migrations/index'
import { projectRoot, sourceRoot } from '../lib/paths'
import { setting, type Env } from '../settings'
import { postgresDatabase } from './postgres'
import { parseDatabaseURI as parseURI, type DatabaseTarget } from './uri'
import { withWriteQueue } from './writeQueue'

/** How long the MongoDB driver looks for a server before giving up (the driver's default is 30 s). */
export const MONGO_SERVER_SELECTION_TIMEOUT_MS = 5_000

export { DEFAULT_SQLITE_FILE, DatabaseConfigError, type DatabaseTarget } from './uri'

/** Which database `DATABASE_URI` points at (./uri.ts), SQLite paths resolved from the project folder. */
export function parseDatabaseURI(raw: string | undefined, root = projectRoot): DatabaseTarget {
  return parseURI(raw, root)
}

/**
 * The Payload database adapter for `DATABASE_URI`. PostgreSQL: ./postgres.ts.
 *
 * SQLite runs with WAL, every save in a transaction behind the process's write queue (./writeQueue.ts,
 * ./README.md), and never lets Drizzle "push" the schema: the schema comes from the migrations in
 * `migrations/`, in development and production alike, so a database created by `npm run seed` is the
 * same one `next start` (production) opens. See
 * https://payloadcms.com/docs/database/migrations#running-migrations-in-production
 */
export function databaseAdapter(raw = setting('DATABASE_URI')): Config['db'] {
  const target = parseDatabaseURI(raw)
  if (target.kind === 'mongodb') {
    return mongooseAdapter({
      url: target.url,
      connectOptions: { serverSelectionTimeoutMS: MONGO_SERVER_SELECTION_TIMEOUT_MS },
    })
  }
  if (target.kind === 'postgres') return postgresDatabase(target.url)
  fs.mkdirSync(path.dirname(target.file), { recursive: true })
  const transactions = sqliteTransactions()
  const adapter = sqliteAdapter({
    client: { url: target.url },
    wal: true,
    // With transactions the write queue waits for other processes itself, asynchronously; the
    // driver's own wait would block the event loop.
    busyTimeout: transactions ? 0 : 10_000,
    transactionOptions: transactions ? {} : undefined,
    push: false,
    migrationDir: path.join(sourceRoot, 'migrations'),
    prodMigrations: migrations,
  })
  return transactions ? withWriteQueue(adapter, target.url) : adapter
}

/**
 * Whether saves on SQLite run in transactions (the default). `UNION_CMS_DB_TRANSACTIONS=off` brings
 * back the adapter as it ran before (each statement on its own): for measuring the difference
 * (`npm run bench:load`, `npm run bench:crash -- --compare`), not for an office's server.
 */
export function sqliteTransactions(env: Env = process.env): boolean {
  return setting('UNION_CMS_DB_TRANSACTIONS', env) === 'on'
}

/** True when the configured database is SQLite. */
export function usesSqlite(raw = setting('DATABASE_URI')): boolean {
  return parseDatabaseURI(raw).kind === 'sqlite'
}

/** The kind of database configured: `sqlite`, `postgres` or `mongodb`. */
export function databaseKindOf(raw = setting('DATABASE_URI')): DatabaseTarget['kind'] {
  return parseDatabaseURI(raw).kind
}
