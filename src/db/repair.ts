import { sql, type SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { SQL } from '@payloadcms/db-sqlite/drizzle'
import type { CollectionSlug, Payload, SanitizedCollectionConfig } from 'payload'

import { usesSqlite } from './index'

/**
 * Start-up repair of what a process killed mid-save could leave in an SQLite database written
 * while saves ran without transactions (before issue 13, or with `UNION_CMS_DB_TRANSACTIONS=off`).
 * With transactions a killed save leaves nothing half-written, and these checks find nothing; they
 * stay for databases written earlier. Every repair is reported, one line per document, and
 * returned (tests/int/repair.int.spec.ts). Adapter-specific on purpose: it reads the SQLite
 * adapter's own bookkeeping (tables, `latest`, timestamps), not content.
 *
 * What a save without transactions wrote, in order, and what a kill in between leaves:
 * - **A draft save** inserts the new version as `latest` (its row, then its arrays) and only as its
 *   last step marks the older version not latest. Killed before that: two "latest" versions, the
 *   newer possibly missing rows. The newer one was never acknowledged: it is set aside (stays in
 *   the history, not latest), the document keeps its older, complete version.
 * - **A publish** (or unpublish) first rewrites the document (its row, then arrays and relations),
 *   then inserts its version the same way. Killed while inserting the version (two "latest"
 *   versions, the newer one carrying the document's new timestamp): the document itself is
 *   complete, so the save is finished — the new version is rewritten from the document and becomes
 *   the only latest. Killed before the version (the document newer than its latest version, maybe
 *   missing rows): the document is put back to its last live version that was complete (a draft
 *   saved since never changes the document), or its latest version if it was never live.
 * - **A first create** inserts the document, then its first version. Killed before that: a
 *   document without any version, possibly missing rows. It was never acknowledged and is removed
 *   (its title is reported, so it can be written again).
 *
 * Not repaired (noted in the README): a first create killed while its first version's rows were
 * being inserted leaves the document complete and that version short of rows.
 */
export type Repair = {
  collection: string
  id: number | string
  title: string
  action: 'draft-set-aside' | 'publish-completed' | 'create-completed' | 'restored-from-version' | 'incomplete-create-removed'
  /** The version kept or restored from, or set aside. */
  version?: number | string
}

/**
 * The SQLite adapter as Payload exports its type: `tables` (Drizzle's table objects) and `drizzle`
 * are its documented direct access ("Access to Drizzle", payloadcms.com/docs/database/sqlite);
 * `tableNameMap` (collection → table name, `dbName` included) and `execute` are on the same
 * exported type. Only reached after `usesSqlite()`.
 */
const sqlite = (payload: Payload) => payload.db as unknown as SQLiteAdapter

/** One statement through the adapter's `execute`, its rows back. */
async function run(payload: Payload, statement: SQL): Promise<Record<string, unknown>[]> {
  const db = sqlite(payload)
  // The adapter's `drizzle` is typed as Drizzle's generic database; `execute` wants the libsql one it is.
  const result = (await db.execute({ db: db.drizzle as unknown as Parameters<SQLiteAdapter['execute']>[0]['db'], sql: statement })) as { rows?: Record<string, unknown>[] }
  return result.rows ?? []
}

const MESSAGES: Record<Repair['action'], (r: Repair) => string> = {
  'draft-set-aside': (r) => `「${r.title}」（${r.collection} #${r.id}）：中断的草稿保存（版本 #${r.version}）已搁置，保留上一次完整保存。`,
  'publish-completed': (r) => `「${r.title}」（${r.collection} #${r.id}）：中断的发布保存已补全（稿件本身已完整写入，版本 #${r.version} 按稿件重写）。`,
  'create-completed': (r) => `「${r.title}」（${r.collection} #${r.id}）：首次创建时中断于写入版本，稿件本身已完整写入，版本 #${r.version} 已按稿件补全。`,
  'restored-from-version': (r) => `「${r.title}」（${r.collection} #${r.id}）：中断的发布保存已撤回，内容恢复为最后一次完整保存（版本 #${r.version}）。`,
  'incomplete-create-removed': (r) => `「${r.title}」（${r.collection} #${r.id}）：首次创建时中断、未写完，已移除，请重新创建。`,
}

/** Run every repair; log one line per repaired document. */
export async function repairInterruptedSaves(payload: Payload): Promise<Repair[]> {
  if (!usesSqlite()) return []
  const repairs = [
    ...(await repairInterruptedDrafts(payload)),
    ...(await repairInterruptedPublishes(payload)),
    ...(await repairShortFirstVersions(payload)),
  ]
  if (repairs.length > 0) {
    payload.logger.warn(`启动修复：发现 ${repairs.length} 处被中断的保存（进程在保存中途被终止），已修复：\n${repairs.map((r) => `  - ${MESSAGES[r.action](r)}`).join('\n')}`)
  }
  return repairs
}

function versionTable(payload: Payload, collection: SanitizedCollectionConfig) {
  const db = sqlite(payload)
  const name = db.tableNameMap.get(`_${collection.slug.replace(/-/g, '_')}${db.versionsSuffix ?? '_v'}`)
  return name ? db.tables[name] : undefined
}

function mainTable(payload: Payload, collection: SanitizedCollectionConfig) {
  const db = sqlite(payload)
  const name = db.tableNameMap.get(collection.slug.replace(/-/g, '_'))
  return name ? db.tables[name] : undefined
}

async function titleOf(payload: Payload, collection: SanitizedCollectionConfig, id: number | string): Promise<string> {
  const field = collection.admin?.useAsTitle ?? 'id'
  const doc = (await payload.db.findOne({ collection: collection.slug, where: { id: { equals: id } } })) as Record<string, unknown> | null
  const title = doc?.[field]
  return typeof title === 'string' && title !== '' ? title : `#${id}`
}

/**
 * Two "latest" versions of one document: an interrupted publish is finished from the complete
 * document, an interrupted draft save is set aside (see the file's header).
 */
export async function repairInterruptedDrafts(payload: Payload): Promise<Repair[]> {
  if (!usesSqlite()) return []
  const repairs: Repair[] = []
  for (const collection of payload.config.collections) {
    if (!collection.versions?.drafts) continue
    const table = versionTable(payload, collection)
    const main = mainTable(payload, collection)
    if (!table || !main) continue
    const slug = collection.slug as CollectionSlug
    const found = await run(payload, sql`SELECT v.id AS id, v.parent_id AS parent, (v.version_updated_at = m.updated_at) AS publish
        FROM ${table} v LEFT JOIN ${main} m ON m.id = v.parent_id
        WHERE v.latest = true
          AND v.id NOT IN (SELECT MIN(id) FROM ${table} WHERE latest = true GROUP BY parent_id)
        ORDER BY v.id`)
    for (const row of found) {
      const id = row.parent as number
      const versionID = row.id as number
      if (Number(row.publish) === 1) {
        // The document was written whole before its version: finish the version from it.
        const doc = (await payload.db.findOne({ collection: slug, where: { id: { equals: id } } })) as Record<string, unknown> | null
        const version = (await payload.db.findVersions({ collection: slug, where: { id: { equals: versionID } }, limit: 1, pagination: false })).docs[0]
        if (doc && version) {
          const { id: _id, ...content } = doc
          await payload.db.updateVersion({ collection: slug, id: versionID, versionData: { ...version, version: content } as never })
          await run(payload, sql`UPDATE ${table} SET latest = false WHERE parent_id = ${id} AND id <> ${versionID}`)
          repairs.push({ collection: slug, id, title: await titleOf(payload, collection, id), action: 'publish-completed', version: versionID })
          continue
        }
      }
      await run(payload, sql`UPDATE ${table} SET latest = false WHERE id = ${versionID}`)
      repairs.push({ collection: slug, id, title: await titleOf(payload, collection, id), action: 'draft-set-aside', version: versionID })
    }
  }
  return repairs
}

/**
 * A document written after its newest version (an interrupted publish) is put back to that
 * version; a document without any version (an interrupted first create) is removed.
 */
export async function repairInterruptedPublishes(payload: Payload): Promise<Repair[]> {
  if (!usesSqlite()) return []
  const repairs: Repair[] = []
  for (const collection of payload.config.collections) {
    if (!collection.versions) continue
    const main = mainTable(payload, collection)
    const versions = versionTable(payload, collection)
    if (!main || !versions) continue
    // Versions newer than the latest one were set aside (interrupted): they are not a state to
    // compare with or to restore from.
    const complete = collection.versions.drafts
      ? sql`v.parent_id = m.id AND v.id <= (SELECT MAX(l.id) FROM ${versions} l WHERE l.parent_id = m.id AND l.latest = true)`
      : sql`v.parent_id = m.id`
    const found = await run(payload, sql`SELECT m.id AS id, (SELECT COUNT(*) FROM ${versions} v WHERE v.parent_id = m.id) AS total,
          (SELECT MAX(v.id) FROM ${versions} v WHERE ${complete}) AS newest,
          (SELECT MAX(v.id) FROM ${versions} v WHERE ${complete} AND v.version__status = 'published') AS live
        FROM ${main} m
        WHERE NOT EXISTS (SELECT 1 FROM ${versions} v WHERE v.parent_id = m.id)
           OR m.updated_at > (SELECT MAX(v.updated_at) FROM ${versions} v WHERE ${complete})`)
    const slug = collection.slug as CollectionSlug
    for (const row of found) {
      const id = row.id as number
      const title = await titleOf(payload, collection, id)
      if (Number(row.total) === 0) {
        await payload.db.deleteOne({ collection: slug, where: { id: { equals: id } } })
        repairs.push({ collection: slug, id, title, action: 'incomplete-create-removed' })
        continue
      }
      // The state before the interrupted save: the live one if the piece was live (a draft saved
      // since does not change the document), else its newest complete version.
      const versionID = (row.live ?? row.newest) as number | null
      if (versionID === null || versionID === undefined) continue
      const newest = (await payload.db.findVersions({ collection: slug, where: { id: { equals: versionID } }, limit: 1, pagination: false })).docs[0]
      if (!newest) continue
      const { id: _ignored, ...data } = newest.version as Record<string, unknown>
      await payload.db.updateOne({ collection: slug, id, data })
      const restoredTitle = data[collection.admin?.useAsTitle ?? 'id']
      repairs.push({ collection: slug, id, title: typeof restoredTitle === 'string' && restoredTitle ? restoredTitle : title, action: 'restored-from-version', version: newest.id })
    }
  }
  return repairs
}

/**
 * A first create killed while its version's rows were inserted: the document (written first) is
 * complete, its only version has fewer array rows or relations. Compared by row counts of the
 * top-level arrays and the relations table, on documents with exactly one version carrying the
 * document's own timestamp; the version is rewritten from the document.
 */
export async function repairShortFirstVersions(payload: Payload): Promise<Repair[]> {
  if (!usesSqlite()) return []
  const db = sqlite(payload)
  const names = new Set(Object.keys(db.tables))
  const repairs: Repair[] = []
  for (const collection of payload.config.collections) {
    if (!collection.versions) continue
    const main = mainTable(payload, collection)
    const versions = versionTable(payload, collection)
    const mainName = db.tableNameMap.get(collection.slug.replace(/-/g, '_'))
    if (!main || !versions || !mainName) continue
    // Pairs of (document rows, version rows) tables and the column pointing at their owner: the
    // relations, and the arrays at the top of the document (a nested array's rows point at rows of
    // its parent array, whose ids in the version tables are plain numbers like the version's own).
    const pairs: { doc: string; version: string; parent: string }[] = []
    if (names.has(`${mainName}_rels`) && names.has(`_${mainName}_v_rels`)) pairs.push({ doc: `${mainName}_rels`, version: `_${mainName}_v_rels`, parent: 'parent_id' })
    for (const field of collection.flattenedFields) {
      if (field.type !== 'array') continue
      const suffix = field.dbName ?? field.name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()
      const doc = `${mainName}_${suffix}`
      const version = `_${mainName}_v_version_${suffix}`
      if (names.has(doc) && names.has(version)) pairs.push({ doc, version, parent: '_parent_id' })
    }
    if (pairs.length === 0) continue
    const differs = pairs.map(
      (p) =>
        sql`(SELECT COUNT(*) FROM ${sql.raw(`"${p.doc}"`)} a WHERE a.${sql.raw(`"${p.parent}"`)} = m.id) <> (SELECT COUNT(*) FROM ${sql.raw(`"${p.version}"`)} b WHERE b.${sql.raw(`"${p.parent}"`)} = v.id)`,
    )
    const found = await run(payload, sql`SELECT m.id AS id, v.id AS version FROM ${main} m JOIN ${versions} v ON v.parent_id = m.id
        WHERE (SELECT COUNT(*) FROM ${versions} c WHERE c.parent_id = m.id) = 1
          AND v.version_updated_at = m.updated_at
          AND (${sql.join(differs, sql` OR `)})`)
    const slug = collection.slug as CollectionSlug
    for (const row of found) {
      const id = row.id as number
      const versionID = row.version as number
      const doc = (await payload.db.findOne({ collection: slug, where: { id: { equals: id } } })) as Record<string, unknown> | null
      const version = (await payload.db.findVersions({ collection: slug, where: { id: { equals: versionID } }, limit: 1, pagination: false })).docs[0]
      if (!doc || !version) continue
      const { id: _id, ...content } = doc
      await payload.db.updateVersion({ collection: slug, id: versionID, versionData: { ...version, version: content } as never })
      repairs.push({ collection: slug, id, title: await titleOf(payload, collection, id), action: 'create-completed', version: versionID })
    }
  }
  return repairs
}
