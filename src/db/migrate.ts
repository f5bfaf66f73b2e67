import type { Payload } from 'payload'

import { migrations } from '../../migrations/index'
import { usesSqlite } from './index'
import { guardEditLocks } from '../access/editLocks'
import { syncAllMediaUsage } from '../media/usage'
import { checkMongoTransactions } from './mongoTransactions'
import { repairInterruptedSaves } from './repair'
import { setting } from '../settings'

type MigrationList = NonNullable<Parameters<Payload['db']['migrate']>[0]>['migrations']

/**
 * Bring an SQLite database up to the shipped schema outside production too (the adapter only runs
 * `prodMigrations` when `NODE_ENV=production`). Creating the file and its tables on first run is
 * what makes `npm run seed` and the tests work on a fresh checkout. Skipped while the
 * `payload migrate*` commands run, which manage migrations themselves.
 */
export async function migrateOnInit(payload: Payload): Promise<void> {
  if (setting('PAYLOAD_MIGRATING') === 'true') return
  if (!usesSqlite()) return
  if (setting('NODE_ENV') !== 'production') {
    // The generated migration list is typed for db-sqlite; the generic adapter type is looser.
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
