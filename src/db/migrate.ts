import type { Payload } from 'payload'

import { migrations } from '../../migrations/index'
import { usesSqlite } from './index'
import { repairInterruptedVersions } from './repair'

type MigrationList = NonNullable<Parameters<Payload['db']['migrate']>[0]>['migrations']

/**
 * Bring an SQLite database up to the shipped schema outside production too (the adapter only runs
 * `prodMigrations` when `NODE_ENV=production`). Creating the file and its tables on first run is
 * what makes `npm run seed` and the tests work on a fresh checkout. Skipped while the
 * `payload migrate*` commands run, which manage migrations themselves.
 */
export async function migrateOnInit(payload: Payload): Promise<void> {
  if (process.env.PAYLOAD_MIGRATING === 'true') return
  if (!usesSqlite()) return
  if (process.env.NODE_ENV !== 'production') {
    // The generated migration list is typed for db-sqlite; the generic adapter type is looser.
    await payload.db.migrate({ migrations: migrations as unknown as MigrationList })
  }
  await repairInterruptedVersions(payload)
}
