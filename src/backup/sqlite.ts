/**
 * The two places where a backup has to know it is on SQLite: taking a consistent copy of the live
 * file, and loading documents that refer to each other in circles.
 */
import fs from 'node:fs'

import { createClient } from '@libsql/client'
import type { Payload } from 'payload'

import { BackupError } from './errors'

/**
 * Copy the live database at `source` into the new file `target` while the server keeps running.
 * `VACUUM INTO` reads the whole database inside one read transaction, so the copy is the database
 * at one moment; in WAL mode the server goes on writing meanwhile.
 * https://www.sqlite.org/lang_vacuum.html#vacuuminto
 */
export async function snapshotSqlite(source: string, target: string): Promise<void> {
  if (!fs.existsSync(source)) throw new BackupError(`there is no database at ${source}; nothing to back up (check DATABASE_URI).`)
  const client = createClient({ url: `file:${source}` })
  try {
    await client.execute('PRAGMA busy_timeout = 10000')
    await client.execute({ sql: 'VACUUM INTO ?', args: [target] })
  } finally {
    client.close()
  }
}

type SqlClient = { execute: (sql: string) => Promise<{ rows: unknown[] }> }

/**
 * Run `load` with SQLite's foreign-key checks off, then check the loaded database as a whole.
 * Documents point at each other in circles (a photo shows a model worker whose portrait is that
 * photo; an organization was created by a user who belongs to it), so no order of inserts satisfies
 * every reference on the way. Returns the tables that still hold a broken reference (none for a
 * backup of a consistent database). Other databases have no such checks and just run `load`.
 */
export async function withoutForeignKeyChecks(payload: Payload, load: () => Promise<void>): Promise<string[]> {
  if (payload.db.name !== 'sqlite') {
    await load()
    return []
  }
  // The adapter's libsql client works on one connection (the adapter opens no transactions unless
  // configured to), so the pragma applies to every statement of `load`.
  const client = (payload.db as unknown as { client: SqlClient }).client
  await client.execute('PRAGMA foreign_keys = OFF')
  try {
    await load()
  } finally {
    await client.execute('PRAGMA foreign_keys = ON')
  }
  const { rows } = await client.execute('PRAGMA foreign_key_check')
  return [...new Set(rows.map((row) => `${String((row as { table?: unknown }).table)} → ${String((row as { parent?: unknown }).parent)}`))]
}
