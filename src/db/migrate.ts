import type { Payload } from 'payload'

import { migrations as sqliteMigrations } from '../../migrations/index'
import { migrations as postgresMigrations } from '../../migrations/postgres/index'
import { databaseKindOf } from './index'
import { guardEditLocks } from '../access/editLocks'
import { syncAllMediaUsage } from '../media/usage'
import { checkMongoTransactions } from './mongoTransactions'
import { repairInterruptedSaves } from './repair'
import { setting } from '../settings'

type MigrationList = NonNullable<Parameters<Payload['db']['migrate']>[0]>['migrations']

/** Names of the schema migrations this checkout ships for a database kind (none for MongoDB). */
export function shippedMigrationNames(kind: 'sqlite' | 'postgres' | 'mongodb'): string[] {
  return kind === 'mongodb' ? [] : (kind === 'postgres' ? postgresMigrations : sqliteMigrations).map((m) => m.name)
}

/**
 * Bring an SQLite or PostgreSQL database up to the shipped schema outside production too (the
 * adapters only run `prodMigrations` when `NODE_ENV=production`). Creating the tables on first run
 * is what makes `npm run seed` and the tests work on a fresh checkout. Skipped while the
 * `payload migrate*` commands run, which manage migrations themselves. MongoDB has no schema.
 */
export async function migrateOnInit(payload: Payload): Promise<void> {
  if (setting('PAYLOAD_MIGRATING') === 'true') return
  const kind = databaseKindOf()
  if (kind === 'mongodb') return
  if (setting('NODE_ENV') !== 'production') {
    // The generated migration lists are typed for their adapter; the generic adapter type is looser.
    const migrations = kind === 'postgres' ? postgresMigrations : sqliteMigrations
    await payload.db.migrate({ migrations: migrations as unknown as MigrationList })
  }
  await repairInterruptedSaves(payload)
}

/**
 * On every start (any database): photos written before the live list existed get it now, so a
 * photo used only by drafts is not public and a live one keeps its rules (src/media/usage.ts).
 */
export async function repairOnInit(payload: Payload): Promise<void> {
  // Rules for the collection Payload adds itself (edit locks): attached to the running instance.
  guardEditLocks(payload)
  await migrateOnInit(payload)
  if (setting('PAYLOAD_MIGRATING') === 'true') return
  await checkMongoTransactions(payload)
  await syncAllMediaUsage(payload)
}
