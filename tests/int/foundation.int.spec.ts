// The foundation's integration suite (collections, validation, drafts, roles, slugs, REST) on a
// fresh temporary SQLite database, the default store, plus a check that the committed migrations
// match the collections. The `int-postgres` project runs this file again on PostgreSQL (its own
// migrations, migrations/postgres/); the same suite runs on MongoDB in tests/int/mongodb.int.spec.ts.
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { describeFoundation } from '../helpers/foundationSuite'
import { startPayload, TEST_DATABASE } from '../helpers/payload'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<{ version: string }>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  upSnapshot?: (snapshot: unknown) => unknown
}

const NAME = TEST_DATABASE === 'postgres' ? 'PostgreSQL' : 'SQLite'

describeFoundation(`foundation on ${NAME}`, () => startPayload(`${TEST_DATABASE}-${process.pid}`), {
  extra: (booted) => {
    describe(`${NAME} migrations`, () => {
      it('cover every collection and field, so no schema change is waiting for `npm run migrate:create`', async () => {
        // The comparison `payload migrate:create` makes: the latest migration snapshot against the
        // schema built from the current collections.
        const db = booted().payload.db as unknown as { schema: unknown; migrationDir: string; requireDrizzleKit: () => DrizzleKit }
        expect(db.migrationDir).toBe(path.resolve(__dirname, TEST_DATABASE === 'postgres' ? '../../migrations/postgres' : '../../migrations'))
        const { generateDrizzleJson, generateMigration, upSnapshot } = db.requireDrizzleKit()
        const latest = fs.readdirSync(db.migrationDir).filter((f) => f.endsWith('.json')).sort().reverse()[0]
        expect(latest, `${db.migrationDir} holds no snapshot (.json)`).toBeDefined()
        let before = JSON.parse(fs.readFileSync(path.join(db.migrationDir, latest!), 'utf8'))
        const after = await generateDrizzleJson(db.schema)
        if (upSnapshot && before.version < after.version) before = upSnapshot(before)
        const pending = await generateMigration(before, after)
        expect(
          pending,
          `the collections changed since ${latest}: run \`npm run migrate:create -- <name>\` and commit the new migration`,
        ).toEqual([])
      })
    })
  },
})
