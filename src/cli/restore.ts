/**
 * `npm run restore -- <file> [--force]`: restore a backup made by `npm run backup` into the
 * database of DATABASE_URI and the media/ folder, or with MEDIA_S3_BUCKET into the bucket. The
 * archive is verified (every checksum) before anything is written; the target must be empty unless
 * `--force` is given, which replaces it (in a bucket, only the CMS's objects: see
 * src/backup/bucket.ts). Stop the server first. See src/backup/restore.ts.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { getPayload, type Payload } from 'payload'

import { errorLine } from '../backup/errors'
import { runCommand, type CommandContext } from '../lib/command'

const USAGE = 'usage: npm run restore -- <file.tar.gz> [--force]'

async function restore({ loadConfig }: CommandContext): Promise<number> {
  let file: string
  let force: boolean
  try {
    const { values, positionals } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean', default: false } } })
    if (positionals.length !== 1) throw new Error(positionals.length === 0 ? 'name the archive to restore' : 'name exactly one archive')
    file = path.resolve(positionals[0]!)
    force = values.force
  } catch (err) {
    console.error(`✖ 恢复失败 restore failed: ${(err as Error).message}. ${USAGE}`)
    return 1
  }
  // A one-off command: the jobs queue runs in the server, not here.
  process.env.JOBS_AUTORUN ??= '0'
  const started = Date.now()
  const { openBackup, restoreBackup } = await import('../backup/restore')
  let payload: Payload | null = null
  let close = () => {}
  try {
    console.log('• 恢复期间请停止服务器 the server (npm start) must be stopped while a restore runs')
    const backup = await openBackup(file)
    close = backup.close
    console.log(`• 校验通过 archive verified: ${Object.keys(backup.manifest.files).length} files match their checksums (backup of ${backup.manifest.createdAt})`)
    const config = await loadConfig()
    payload = await getPayload({ config })
    const { mediaStoreOf } = await import('../media/files')
    const store = mediaStoreOf(payload)
    if (store) {
      const { storeLabel } = await import('../backup/bucket')
      console.log(`• 照片写入对象存储 media files go to the ${storeLabel(store)}`)
    }
    const result = await restoreBackup(payload, backup, { force, onProgress: (line) => console.log(`• ${line}`) })
    for (const warning of result.warnings) console.warn(`⚠ ${warning}`)
    const documents = Object.values(result.collections).reduce((sum, c) => sum + c.documents, 0)
    const versions = Object.values(result.collections).reduce((sum, c) => sum + (c.versions ?? 0), 0)
    console.log(
      `✔ 恢复完成 restore finished in ${((Date.now() - started) / 1000).toFixed(1)} s: ${documents} documents, ${versions} versions, ${result.mediaFiles} media files; the database reads back identical to the backup`,
    )
    return 0
  } catch (err) {
    console.error(`✖ 恢复失败 restore failed: ${errorLine(err)}`)
    return 1
  } finally {
    close()
    await payload?.destroy().catch(() => {})
  }
}

runCommand('npm run restore', restore, { failure: '恢复失败 restore failed' })
