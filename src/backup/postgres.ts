/**
 * The two places where a backup has to know it is on PostgreSQL (as ./sqlite.ts for SQLite):
 *
 * - **A consistent read while the server runs.** The dump runs inside one REPEATABLE READ, read-only
 *   transaction: every query sees the database at the moment it began, whatever the servers write
 *   meanwhile (https://www.postgresql.org/docs/current/transaction-iso.html#XACT-REPEATABLE-READ).
 * - **Loading documents that refer to each other in circles** (a photo shows a model worker whose
 *   portrait is that photo). The load runs in one transaction with the foreign keys checked at its
 *   end instead of at each insert (`SET CONSTRAINTS ALL DEFERRED`; constraints Payload created
 *   non-deferrable are made `DEFERRABLE INITIALLY IMMEDIATE` first, which the tables' owner may do
 *   and which changes nothing for ordinary saves). A backup with a broken reference therefore fails
 *   whole, leaving the database as it was. Afterwards every id sequence is moved past the highest id
 *   loaded, or the next document created would collide with a restored one.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

type Tx = { execute: (query: ReturnType<typeof sql.raw>) => Promise<{ rows: Record<string, unknown>[] }> }

function session(payload: Payload, id: number | string): Tx {
  const tx = (payload.db as unknown as { sessions: Record<string, { db: Tx }> }).sessions[String(id)]?.db
  if (!tx) throw new Error('PostgreSQL transaction not found')
  return tx
}

/** A request that makes Payload's adapter run its queries in transaction `id`. */
const inTransaction = (id: number | string) => ({ transactionID: id }) as unknown as PayloadRequest

/** Run `read` on one snapshot of the database (all its queries through the given request). */
export async function readSnapshot<T>(payload: Payload, read: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const id = await payload.db.beginTransaction({ isolationLevel: 'repeatable read', accessMode: 'read only' } as never)
  if (id === null) throw new Error('PostgreSQL transactions are off; a consistent backup needs them')
  try {
    const result = await read(inTransaction(id))
    await payload.db.commitTransaction(id)
    return result
  } catch (err) {
    await payload.db.rollbackTransaction(id).catch(() => {})
    throw err
  }
}

const NON_DEFERRABLE_KEYS = `
  SELECT format('ALTER TABLE %I.%I ALTER CONSTRAINT %I DEFERRABLE INITIALLY IMMEDIATE', n.nspname, c.relname, con.conname) AS statement
  FROM pg_constraint con
  JOIN pg_class c ON c.oid = con.conrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE con.contype = 'f' AND NOT con.condeferrable AND n.nspname = current_schema()`

const ID_SEQUENCES = `
  SELECT format('SELECT setval(%L, COALESCE((SELECT MAX(%I) FROM %I.%I), 0) + 1, false)', s.seq, a.attname, n.nspname, c.relname) AS statement
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
  CROSS JOIN LATERAL (SELECT pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) AS seq) s
  WHERE c.relkind = 'r' AND n.nspname = current_schema() AND s.seq IS NOT NULL`

async function runEach(tx: Tx, query: string): Promise<void> {
  const { rows } = await tx.execute(sql.raw(query))
  for (const row of rows) await tx.execute(sql.raw(String(row.statement)))
}

/**
 * Run `load` (every write through the given request) in one transaction whose foreign keys are
 * checked when it commits; then move the id sequences past the loaded ids.
 */
export async function loadWithDeferredReferences(payload: Payload, load: (req: PayloadRequest) => Promise<void>): Promise<void> {
  const id = await payload.db.beginTransaction()
  if (id === null) throw new Error('PostgreSQL transactions are off; a restore needs them')
  try {
    const tx = session(payload, id)
    await runEach(tx, NON_DEFERRABLE_KEYS)
    await tx.execute(sql.raw('SET CONSTRAINTS ALL DEFERRED'))
    await load(inTransaction(id))
    await runEach(tx, ID_SEQUENCES)
    await payload.db.commitTransaction(id)
  } catch (err) {
    await payload.db.rollbackTransaction(id).catch(() => {})
    const detail = (err as { cause?: { detail?: string } }).cause?.detail
    throw detail ? new Error(`${(err as Error).message} (${detail})`, { cause: err }) : err
  }
}
