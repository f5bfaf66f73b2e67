import { configDefaults, defineConfig } from 'vitest/config'

import { POSTGRES_MISSING, postgresBinaries } from './tests/helpers/postgres'

const shared = {
  environment: 'node' as const,
  // Each file boots its own Payload on its own temporary database, in its own process.
  pool: 'forks' as const,
  isolate: true,
  testTimeout: 60_000,
  hookTimeout: 180_000,
  env: { NODE_ENV: 'test' as const, PAYLOAD_SECRET: 'test-secret-not-for-production' },
}

/**
 * The suites that run a second time on PostgreSQL (foundation, review chain, units, backup, import,
 * publisher) (a cluster the run starts itself, see
 * tests/helpers/postgresGlobalSetup.ts), as they run on SQLite. Without PostgreSQL installed the
 * project runs only tests/int/postgres.int.spec.ts, whose tests then report themselves skipped.
 */
const POSTGRES_SUITES = [
  'tests/int/postgres.int.spec.ts',
  'tests/int/foundation.int.spec.ts',
  'tests/int/workflow.int.spec.ts',
  // Units narrow queries with `in` and `exists: false` on relationships: checked on both SQL dialects.
  'tests/int/units.int.spec.ts',
  'tests/int/backup.int.spec.ts',
  'tests/int/import.int.spec.ts',
  'tests/int/site.int.spec.ts',
  // 报送/采用: polymorphic relationships and adoptedBy written at the database level on a live record.
  'tests/int/federation.int.spec.ts',
  // Shared records: a merge rewrites links across kinds in one transaction.
  'tests/int/shared-records.int.spec.ts',
  // Unit sites: which documents each site shows, by unit and adoptedBy.
  'tests/int/sites.int.spec.ts',
  // Removing an account: the links to it are set to null by the schema here, by src/db/deleteRules.ts on SQLite.
  'tests/int/accounts.int.spec.ts',
]
const postgresInstalled = postgresBinaries() !== null
if (!postgresInstalled) console.warn(POSTGRES_MISSING)

export default defineConfig({
  test: {
    // In CI a JSON report is written too, so .ci/run can end with a plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.vitest-results.json' }]] : ['default'],
    projects: [
      { test: { ...shared, name: 'unit', include: ['tests/unit/**/*.spec.{ts,tsx}'] } },
      { test: { ...shared, name: 'int', include: ['tests/int/**/*.spec.ts'], exclude: [...configDefaults.exclude, 'tests/int/postgres.int.spec.ts'] } },
      {
        test: {
          ...shared,
          name: 'int-postgres',
          include: postgresInstalled ? POSTGRES_SUITES : ['tests/int/postgres.int.spec.ts'],
          globalSetup: postgresInstalled ? ['tests/helpers/postgresGlobalSetup.ts'] : [],
          env: { ...shared.env, UNION_CMS_TEST_DB: postgresInstalled ? 'postgres' : 'postgres-missing' },
        },
      },
      // Browser and server tests build and start the real app: they run after the others, one
      // file at a time, so a `next build` never competes with the integration suites.
      {
        test: {
          ...shared,
          name: 'e2e',
          include: ['tests/e2e/**/*.spec.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
})
