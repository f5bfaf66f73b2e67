import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { usesSqlite } from './index'

/**
 * Repair what a process killed mid-save can leave in SQLite, where Payload runs without
 * transactions: saving a draft inserts the new version as `latest` — its row, then its arrays
 * (bylines, review log…) — and only as its last step marks the older version not latest (drizzle's
 * createVersion). Killed before that step, a document has two "latest" versions, and the newer one
 * may be missing rows. That save was never acknowledged, so on start it is set aside: every
 * document keeps its older, complete version as the latest (the newer one stays in the history).
 * (Adapter-specific on purpose: this is the SQLite adapter's own bookkeeping, not content.)
 */
export async function repairInterruptedVersions(payload: Payload): Promise<number> {
  if (!usesSqlite()) return 0
  const db = payload.db as unknown as {
    tableNameMap: Map<string, string>
    tables: Record<string, Record<string, unknown>>
    versionsSuffix?: string
    drizzle: unknown
    execute: (args: { db: unknown; sql: unknown }) => Promise<{ rowsAffected?: number }>
  }
  let repaired = 0
  for (const collection of payload.config.collections) {
    if (!collection.versions?.drafts) continue
    const name = db.tableNameMap.get(`_${collection.slug.replace(/-/g, '_')}${db.versionsSuffix ?? '_v'}`)
    const table = name ? db.tables[name] : undefined
    if (!table) continue
    const result = await db.execute({
      db: db.drizzle,
      sql: sql`UPDATE ${table} SET latest = false
        WHERE latest = true
          AND ${table.id} NOT IN (SELECT MIN(${table.id}) FROM ${table} WHERE latest = true GROUP BY ${table.parent})`,
    })
    repaired += result?.rowsAffected ?? 0
  }
  if (repaired > 0) payload.logger.warn(`Repaired ${repaired} version(s) left "latest" by an interrupted save.`)
  return repaired
}
