/**
 * `npm run backup -- <file>`: write one .tar.gz archive with every document and version, the
 * uploaded media and a manifest of counts and checksums, while the server keeps running.
 *
 * On SQLite the live database is first copied with `VACUUM INTO` (one consistent moment, the server
 * goes on writing) and the documents are read from that copy; on MongoDB they are read from the
 * server itself, and read again should they change meanwhile (on PostgreSQL, in one REPEATABLE READ
 * snapshot). With MEDIA_S3_BUCKET the media files are downloaded from the bucket instead of read
 * from media/. See src/backup/.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { getPayload, type Payload } from 'payload'

import { errorLine } from '../backup/errors'
import { parseDatabaseURI } from '../db'
import { setting } from '../settings'
import { runCommand, type CommandContext } from '../lib/command'

const USAGE = 'usage: npm run backup -- <file.tar.gz>   (e.g. npm run backup -- backups/union-cms-$(date +%F).tar.gz)'

async function backup({ loadConfig }: CommandContext): Promise<number> {
  let file: string
  try {
    const { positionals } = parseArgs({ allowPositionals: true, options: {} })
    if (positionals.length !== 1) throw new Error(positionals.length === 0 ? 'name the archive to write' : 'name exactly one archive')
    file = path.resolve(positionals[0]!)
  } catch (err) {
    console.error(`✖ 备份失败 backup failed: ${(err as Error).message}. ${USAGE}`)
    return 1
  }
  // A one-off command: the jobs queue runs in the server, not here.
  process.env.JOBS_AUTORUN ??= '0'
  const started = Date.now()
  let snapshotDir: string | null = null
  let payload: Payload | null = null
  try {
    const target = parseDatabaseURI(setting('DATABASE_URI'))
    if (target.kind === 'sqlite') {
      const { snapshotSqlite } = await import('../backup/sqlite')
      fs.mkdirSync(path.dirname(file), { recursive: true })
      snapshotDir = fs.mkdtempSync(path.join(path.dirname(file), '.tmp-backup-db-'))
      const snapshot = path.join(snapshotDir, 'snapshot.db')
      await snapshotSqlite(target.file, snapshot)
      console.log(`• 数据库快照 database snapshot of ${target.file} taken`)
      // Everything below reads the snapshot, never the file the server is writing to.
      process.env.DATABASE_URI = `file:${snapshot}`
    }
    const config = await loadConfig()
    payload = await getPayload({ config })
    const { createBackup } = await import('../backup/backup')
    const { formatBytes } = await import('../backup/manifest')
    const { mediaStoreOf } = await import('../media/files')
    const store = mediaStoreOf(payload)
    if (store) {
      const { storeLabel } = await import('../backup/bucket')
      console.log(`• 照片从对象存储读取 media files are read from the ${storeLabel(store)}`)
    }
    const result = await createBackup(payload, file, { onProgress: (line) => console.log(`• ${line}`) })
    for (const warning of result.warnings) console.warn(`⚠ ${warning}`)
    const { totals } = result.manifest
    console.log(
      `✔ 备份完成 backup written: ${result.file} (${formatBytes(result.archiveBytes)}; ${totals.documents} documents, ${totals.versions} versions, ${totals.mediaFiles} media files) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    )
    return 0
  } catch (err) {
    console.error(`✖ 备份失败 backup failed: ${errorLine(err)}`)
    return 1
  } finally {
    await payload?.destroy().catch(() => {})
    if (snapshotDir) fs.rmSync(snapshotDir, { recursive: true, force: true })
  }
}

runCommand('npm run backup', backup, { failure: '备份失败 backup failed' })
