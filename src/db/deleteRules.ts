/**
 * What a delete does to the rows that point at the deleted one, on SQLite as on PostgreSQL.
 *
 * A column added to an existing SQLite table (`ALTER TABLE … ADD … REFERENCES`) carries no ON
 * DELETE rule: drizzle-kit leaves it out of such statements, and SQLite cannot add it later without
 * rebuilding the table. The landed migrations have such columns (the photo's uploader, the WeChat
 * pusher of each kind and its versions): deleting an account then failed with a foreign-key error.
 * Before a document is deleted, this does for those columns what Payload's schema means everywhere
 * else: the link is set to null (a `_rels` row, which is only the link, is deleted). The columns are
 * read from the database itself (`pragma_foreign_key_list`), so a later column of the same kind is
 * covered too. On other databases the schema's own rules apply and this does nothing.
 */
import { sql } from '@payloadcms/db-sqlite'
import type { CollectionBeforeDeleteHook, Payload, Plugin } from 'payload'

type Ref = { table: string; column: string }

const cache = new WeakMap<Payload, Map<string, Promise<Ref[]>>>()

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

type Runner = { run: (query: unknown) => Promise<{ rows?: unknown[] }> }

/** The columns pointing at `table` whose foreign key has no ON DELETE rule. */
function bareReferences(payload: Payload, table: string): Promise<Ref[]> {
  let byTable = cache.get(payload)
  if (!byTable) cache.set(payload, (byTable = new Map()))
  let refs = byTable.get(table)
  if (!refs) {
    const db = (payload.db as unknown as { drizzle: Runner }).drizzle
    refs = db
      .run(
        sql`SELECT m.name AS "table", p."from" AS "column" FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) p
            WHERE m.type = 'table' AND p."table" = ${table} AND upper(p.on_delete) = 'NO ACTION'`,
      )
      .then((result) => (result.rows ?? []) as Ref[])
    byTable.set(table, refs)
  }
  return refs
}

const releaseReferences: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const { payload } = req
  if (payload.db.name !== 'sqlite') return
  const table = (payload.db as unknown as { tableNameMap?: Map<string, string> }).tableNameMap?.get(collection.slug.replace(/-/g, '_')) ?? collection.slug.replace(/-/g, '_')
  const db = (payload.db as unknown as { drizzle: Runner }).drizzle
  // Run inside the delete's own transaction: src/db/writeQueue.ts joins writes made from its context.
  for (const ref of await bareReferences(payload, table)) {
    const target = sql.raw(`${quote(ref.table)}`)
    const column = sql.raw(quote(ref.column))
    if (ref.table.endsWith('_rels')) await db.run(sql`DELETE FROM ${target} WHERE ${column} = ${id}`)
    else await db.run(sql`UPDATE ${target} SET ${column} = NULL WHERE ${column} = ${id}`)
  }
}

/** Adds the rule to every collection (the hook does nothing unless the database is SQLite). */
export const sqliteDeleteRules = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    // Last: after the collection's own hooks have let the delete go ahead.
    hooks: { ...collection.hooks, beforeDelete: [...(collection.hooks?.beforeDelete ?? []), releaseReferences] },
  })),
})
