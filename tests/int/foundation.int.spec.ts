// The foundation's integration suite (collections, validation, drafts, roles, slugs, REST) on a
// fresh temporary SQLite database, the default store, plus a check that the committed SQLite
// migrations match the collections. The same suite runs on MongoDB in tests/int/mongodb.int.spec.ts.
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { describeFoundation } from '../helpers/foundationSuite'
import { startPayload } from '../helpers/payload'

const MIGRATIONS_DIR = path.resolve(__dirname, '../../migrations')

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<{ version: string }>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  upSnapshot?: (snapshot: unknown) => unknown
}

describeFoundation('foundation on SQLite', () => startPayload(`sqlite-${process.pid}`), {
  extra: (booted) => {
    describe('SQLite migrations', () => {
      it('cover every collection and field, so no schema change is waiting for `npm run migrate:create`', async () => {
        // The comparison `payload migrate:create` makes: the latest migration snapshot against the
        // schema built from the current collections.
        const db = booted().payload.db as unknown as { schema: unknown; requireDrizzleKit: () => DrizzleKit }
        const { generateDrizzleJson, generateMigration, upSnapshot } = db.requireDrizzleKit()
        const latest = fs.readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.json')).sort().reverse()[0]
        expect(latest, 'migrations/ holds no snapshot (.json)').toBeDefined()
        let before = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, latest), 'utf8'))
        const after = await generateDrizzleJson(db.schema)
        if (upSnapshot && before.version < after.version) before = upSnapshot(before)
        const pending = await generateMigration(before, after)
        expect(
          pending,
          `the collections changed since migrations/${latest}: run \`npm run migrate:create -- <name>\` and commit the new migration`,
        ).toEqual([])
      })
    })
  },
})
