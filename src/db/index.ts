import path from 'node:path'
import fs from 'node:fs'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { Config } from 'payload'

import { migrations } from '../../migrations/index'
import { projectRoot } from '../lib/paths'
import { withWriteQueue } from './writeQueue'

/** Where the embedded database lives when `DATABASE_URI` is unset. */
export const DEFAULT_SQLITE_FILE = 'data/union-cms.db'

/** How long the MongoDB driver looks for a server before giving up (the driver's default is 30 s). */
export const MONGO_SERVER_SELECTION_TIMEOUT_MS = 5_000

export type DatabaseTarget =
  | { kind: 'sqlite'; url: string; file: string }
  | { kind: 'mongodb'; url: string }

export class DatabaseConfigError extends Error {
  override name = 'DatabaseConfigError'
}

const ACCEPTED_FORMS =
  'accepted forms: unset (embedded SQLite at data/union-cms.db), "file:<path>" (SQLite), "mongodb://…" or "mongodb+srv://…" (MongoDB)'

/**
 * Decide which database `DATABASE_URI` points at. Pure: it reads no environment and touches no disk,
 * so it can be tested and called before anything is started.
 */
export function parseDatabaseURI(raw: string | undefined, root = projectRoot): DatabaseTarget {
  const value = raw?.trim() ?? ''
  if (value === '') {
    const file = path.join(root, DEFAULT_SQLITE_FILE)
    return { kind: 'sqlite', url: `file:${file}`, file }
  }
  if (value.startsWith('file:')) {
    const rest = value.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    if (rest === '' || rest === ':memory:') {
      throw new DatabaseConfigError(`DATABASE_URI "${value}" names no file; ${ACCEPTED_FORMS}.`)
    }
    const file = path.resolve(root, rest)
    return { kind: 'sqlite', url: `file:${file}`, file }
  }
  if (/^mongodb(\+srv)?:\/\/[^/\s]+/.test(value)) {
    return { kind: 'mongodb', url: value }
  }
  throw new DatabaseConfigError(`DATABASE_URI "${redact(value)}" is not supported; ${ACCEPTED_FORMS}.`)
}

/** Hide a password in a URI before it is printed. */
function redact(uri: string): string {
  // Everything between the user name and the last @ may be password, even unencoded / or @.
  return uri.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):.*@/i, '$1:***@')
}

/**
 * The Payload database adapter for `DATABASE_URI`.
 *
 * SQLite runs with WAL, every save in a transaction behind the process's write queue (./writeQueue.ts,
 * ./README.md), and never lets Drizzle "push" the schema: the schema comes from the migrations in
 * `migrations/`, in development and production alike, so a database created by `npm run seed` is the
 * same one `next start` (production) opens. See
 * https://payloadcms.com/docs/database/migrations#running-migrations-in-production
 */
export function databaseAdapter(raw = process.env.DATABASE_URI): Config['db'] {
  const target = parseDatabaseURI(raw)
  if (target.kind === 'mongodb') {
    return mongooseAdapter({
      url: target.url,
      connectOptions: { serverSelectionTimeoutMS: MONGO_SERVER_SELECTION_TIMEOUT_MS },
    })
  }
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
    migrationDir: path.join(projectRoot, 'migrations'),
    prodMigrations: migrations,
  })
  return transactions ? withWriteQueue(adapter, target.url) : adapter
}

/**
 * Whether saves on SQLite run in transactions (the default). `UNION_CMS_DB_TRANSACTIONS=off` brings
 * back the adapter as it ran before (each statement on its own): for measuring the difference
 * (`npm run bench:load`, `npm run bench:crash -- --compare`), not for an office's server.
 */
export function sqliteTransactions(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.UNION_CMS_DB_TRANSACTIONS !== 'off'
}

/** True when the configured database is SQLite (the only one that needs schema migrations). */
export function usesSqlite(raw = process.env.DATABASE_URI): boolean {
  return parseDatabaseURI(raw).kind === 'sqlite'
}
