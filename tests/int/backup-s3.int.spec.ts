// Backup and restore with media in an object store (src/backup/bucket.ts), against s3rver on
// 127.0.0.1 (tests/helpers/s3Server.ts): the demo content seeded into a bucket is backed up with
// every object under the prefix as media/<name> entries; restored into a fresh database and a
// second, empty bucket it gives the same objects and, backed up again, the same manifest; a bucket's
// backup restores onto a local disk and backs up to the same manifest, and a local backup restores
// into a bucket (how an office moves its photos to an object store); a non-empty bucket needs
// --force, which removes only the CMS's objects (under the prefix, or without one only the files of
// the backup and of the media documents); a tampered archive is refused before anything is uploaded;
// and `npm run backup` / `npm run restore` do all this from the command line.
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { DeleteObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { handleEndpoints } from 'payload'
import * as tar from 'tar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createBackup, type BackupResult } from '../../src/backup/backup'
import { type Manifest, manifestContent } from '../../src/backup/manifest'
import { openBackup, restoreBackup } from '../../src/backup/restore'
import { startPayload, type TestPayload } from '../helpers/payload'
import { S3RVER_KEY, startS3Server, type S3Server } from '../helpers/s3Server'

const PREFIX = 'media'
const BUCKETS = { live: 'union-media', restored: 'union-media-restored', moved: 'union-media-moved', bare: 'union-media-bare', cli: 'union-media-cli', untouched: 'union-media-untouched' }
const S3_SETTINGS = ['MEDIA_S3_BUCKET', 'MEDIA_S3_ENDPOINT', 'MEDIA_S3_ACCESS_KEY_ID', 'MEDIA_S3_SECRET_ACCESS_KEY', 'MEDIA_S3_PREFIX']

let s3: S3Server
let client: S3Client
let live: TestPayload
let work: string
let first: BackupResult
const booted: TestPayload[] = []

const sha256 = (data: Buffer) => crypto.createHash('sha256').update(data).digest('hex')
const mediaEntries = (manifest: Manifest) => Object.fromEntries(Object.entries(manifest.files).filter(([name]) => name.startsWith('media/')))

/** Boot Payload with its media in `bucket` (under PREFIX unless `prefix` is false), or on the local disk with `bucket` null. */
async function boot(key: string, bucket: string | null, { prefix = true } = {}): Promise<TestPayload> {
  for (const name of S3_SETTINGS) delete process.env[name]
  if (bucket) Object.assign(process.env, s3.env(bucket, prefix ? { MEDIA_S3_PREFIX: PREFIX } : {}))
  const t = await startPayload(key)
  booted.push(t)
  return t
}

/** The bucket's objects under `prefix` as `media/<name>` → checksum, like a manifest's media entries. */
async function bucketEntries(bucket: string, prefix: string | null = PREFIX): Promise<Record<string, { sha256: string; bytes: number }>> {
  const out: Record<string, { sha256: string; bytes: number }> = {}
  for (const key of await s3.keys(bucket)) {
    if (prefix && !key.startsWith(`${prefix}/`)) continue
    const data = (await s3.get(bucket, key))!
    out[`media/${prefix ? key.slice(prefix.length + 1) : key}`] = { sha256: sha256(data), bytes: data.length }
  }
  return out
}

const put = (bucket: string, key: string, body: string) => client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: 'text/plain' }))

async function restore(t: TestPayload, archive: string, options: { force?: boolean; mediaDir?: string } = {}) {
  const opened = await openBackup(archive, { workDir: work })
  try {
    return await restoreBackup(t.payload, opened, options)
  } finally {
    opened.close()
  }
}

const tsx = path.resolve('node_modules/.bin/tsx')
/**
 * Run a CLI entry point on a checkout in `root` with its media in `bucket` (under PREFIX). Not
 * spawnSync: s3rver runs in this process and must go on answering meanwhile.
 */
function cli(script: string, args: string[], root: string, databaseURI: string, bucket: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, UNION_CMS_ROOT: root, DATABASE_URI: databaseURI, ...s3.env(bucket, { MEDIA_S3_PREFIX: PREFIX }) }
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [path.resolve('src/cli', script), ...args], { env, timeout: 90_000 })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (status) => resolve({ status, stdout, stderr }))
  })
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'union-cms-backups-s3-'))
  s3 = await startS3Server(Object.values(BUCKETS))
  client = new S3Client({ region: 'us-east-1', endpoint: s3.url, forcePathStyle: true, credentials: S3RVER_KEY, requestChecksumCalculation: 'WHEN_REQUIRED' })
  live = await boot('backup-s3', BUCKETS.live)
  const { seed } = await import('../../src/seed')
  await seed(live.payload)
  // Something of someone else's beside the prefix, which no backup may take.
  await put(BUCKETS.live, 'reports/2025.txt', 'not the CMS’s')
  first = await createBackup(live.payload, path.join(work, 'first.tar.gz'))
}, 300_000)

afterAll(async () => {
  client?.destroy()
  for (const t of booted.reverse()) await t.close().catch(() => {})
  await s3?.close()
  for (const name of S3_SETTINGS) delete process.env[name]
  if (work) fs.rmSync(work, { recursive: true, force: true })
})

describe('a backup of a bucket', () => {
  it('holds every object under the prefix as media/<name>, with its checksum, and nothing else of the bucket', async () => {
    const entries = mediaEntries(first.manifest)
    expect(Object.keys(entries).length).toBeGreaterThan(20)
    expect(entries).toEqual(await bucketEntries(BUCKETS.live))
    expect(Object.keys(entries).some((name) => name.includes('reports'))).toBe(false)
    expect(first.manifest.totals.mediaFiles).toBe(Object.keys(entries).length)
    // Every file of every photo is there: original, each WebP size and its JPEG fallback.
    const { docs } = await live.payload.find({ collection: 'media', pagination: false, depth: 0 })
    for (const doc of docs) {
      const sizes = Object.values(doc.sizes ?? {}).flatMap((s) => (s?.filename ? [s.filename, s.filename.replace(/\.webp$/, '.jpg')] : []))
      for (const name of [doc.filename!, ...sizes]) expect(entries, name).toHaveProperty([`media/${name}`])
    }
    expect(first.warnings).toEqual([])
    expect(fs.existsSync(path.join(live.dir, 'media'))).toBe(false)
  })

  it('warns about a document naming a file the bucket lacks', async () => {
    const { docs } = await live.payload.find({ collection: 'media', pagination: false, depth: 0, limit: 1 })
    const [photo] = docs
    const fallback = Object.values(photo!.sizes ?? {}).find((s) => s?.filename)!.filename!.replace(/\.webp$/, '.jpg')
    const kept = (await s3.get(BUCKETS.live, `${PREFIX}/${fallback}`))!
    await client.send(new DeleteObjectCommand({ Bucket: BUCKETS.live, Key: `${PREFIX}/${fallback}` }))
    try {
      const result = await createBackup(live.payload, path.join(work, 'missing.tar.gz'))
      expect(result.warnings).toEqual([expect.stringMatching(new RegExp(`^media ${photo!.id} names ${fallback.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, which is not in the bucket "${BUCKETS.live}" at http://127\\.0\\.0\\.1:\\d+ under media/$`))])
    } finally {
      await client.send(new PutObjectCommand({ Bucket: BUCKETS.live, Key: `${PREFIX}/${fallback}`, Body: kept, ContentType: 'image/jpeg' }))
    }
  })
})

describe('restoring into a bucket', () => {
  it('restores into a fresh database and an empty second bucket: the same objects, the same manifest backed up again, and the files served with their types', async () => {
    const fresh = await boot('backup-s3-fresh', BUCKETS.restored)
    const result = await restore(fresh, first.file)
    expect(result.collections).toEqual(first.manifest.collections)
    expect(result.mediaFiles).toBe(first.manifest.totals.mediaFiles)
    expect(result.warnings).toEqual([])
    expect(await bucketEntries(BUCKETS.restored)).toEqual(mediaEntries(first.manifest))
    expect(fs.existsSync(path.join(fresh.dir, 'media'))).toBe(false)
    const again = await createBackup(fresh.payload, path.join(work, 'again.tar.gz'))
    expect(manifestContent(again.manifest)).toEqual(manifestContent(first.manifest))
    expect(again.warnings).toEqual([])

    // Served by /api/media/file/<name> from the new bucket, with the type the store now records.
    const { DEMO_LOGINS } = await import('../../src/seed')
    const admin = DEMO_LOGINS.find((l) => l.role === 'admin')!
    const { token } = await fresh.payload.login({ collection: 'users', data: { email: admin.email, password: admin.password } })
    const { docs } = await fresh.payload.find({ collection: 'media', pagination: false, depth: 0, limit: 1 })
    const webp = Object.values(docs[0]!.sizes ?? {}).find((s) => s?.filename)!.filename!
    for (const [name, type] of [[webp, 'image/webp'], [webp.replace(/\.webp$/, '.jpg'), 'image/jpeg'], [docs[0]!.filename!, docs[0]!.mimeType!]] as const) {
      const request = new Request(`http://localhost/api/media/file/${encodeURIComponent(name)}`, { headers: { Authorization: `JWT ${token}` } })
      const response = await handleEndpoints({ config: fresh.config, request, payloadInstanceCacheKey: fresh.key })
      expect(response.status, name).toBe(200)
      expect(response.headers.get('content-type'), name).toBe(type)
      expect(sha256(Buffer.from(await response.arrayBuffer())), name).toBe(first.manifest.files[`media/${name}`]!.sha256)
    }

  })

  it('moves an office both ways: a bucket’s backup restores onto a local disk with the same manifest, and that local backup restores into a bucket', async () => {
    const local = await boot('backup-s3-local', null)
    const mediaDir = path.join(local.dir, 'media')
    await restore(local, first.file, { mediaDir })
    expect(fs.readdirSync(mediaDir).sort()).toEqual(Object.keys(mediaEntries(first.manifest)).map((n) => n.slice('media/'.length)).sort())
    const localBackup = await createBackup(local.payload, path.join(work, 'local.tar.gz'), { mediaDir })
    expect(manifestContent(localBackup.manifest)).toEqual(manifestContent(first.manifest))

    // Into a bucket holding a leftover under the prefix and someone else's file beside it.
    const moved = await boot('backup-s3-moved', BUCKETS.moved)
    await put(BUCKETS.moved, `${PREFIX}/left-over.jpg`, 'an old photo')
    await put(BUCKETS.moved, 'elsewhere/keep.txt', 'not the CMS’s')
    await expect(restore(moved, localBackup.file)).rejects.toThrow(
      new RegExp(`the target is not empty \\(1 files in the bucket "${BUCKETS.moved}" at http://127\\.0\\.0\\.1:\\d+ under media/\\); a restore writes only into an empty database and media store\\..*--force`),
    )
    const result = await restore(moved, localBackup.file, { force: true })
    expect(result.collections).toEqual(first.manifest.collections)
    expect(await bucketEntries(BUCKETS.moved)).toEqual(mediaEntries(first.manifest))
    expect(await s3.get(BUCKETS.moved, 'elsewhere/keep.txt')).toEqual(Buffer.from('not the CMS’s'))
    const again = await createBackup(moved.payload, path.join(work, 'moved.tar.gz'))
    expect(manifestContent(again.manifest)).toEqual(manifestContent(first.manifest))
  })

  it('without a prefix takes and replaces only the files of the backup and of the media documents, never the rest of the bucket', async () => {
    await put(BUCKETS.bare, 'annual-report.pdf', 'someone else’s')
    await put(BUCKETS.bare, 'logo.png', 'someone else’s too')
    const bare = await boot('backup-s3-bare', BUCKETS.bare, { prefix: false })
    // Other objects in the bucket do not make the target "not empty".
    await restore(bare, first.file)
    const names = Object.keys(mediaEntries(first.manifest)).map((n) => n.slice('media/'.length))
    expect(await s3.keys(BUCKETS.bare)).toEqual([...names, 'annual-report.pdf', 'logo.png'].sort())

    const backup = await createBackup(bare.payload, path.join(work, 'bare.tar.gz'))
    expect(manifestContent(backup.manifest)).toEqual(manifestContent(first.manifest))

    // --force replaces the CMS's files (a photo the database names but the backup lacks goes too) and leaves the rest.
    const { docs } = await bare.payload.find({ collection: 'media', pagination: false, depth: 0, limit: 1 })
    await bare.payload.db.updateOne({ collection: 'media', id: docs[0]!.id, data: { filename: 'only-in-the-database.jpg' } })
    await put(BUCKETS.bare, 'only-in-the-database.jpg', 'a photo of the target')
    await expect(restore(bare, first.file)).rejects.toThrow(/not empty/)
    await restore(bare, first.file, { force: true })
    expect(await s3.keys(BUCKETS.bare)).toEqual([...names, 'annual-report.pdf', 'logo.png'].sort())
    expect(await s3.get(BUCKETS.bare, 'logo.png')).toEqual(Buffer.from('someone else’s too'))
  })
})

describe('the command-line tools with a bucket', () => {
  it('npm run backup reads the bucket; npm run restore puts the files into another bucket', async () => {
    const archive = path.join(work, 'cli', 'union-cms.tar.gz')
    const backup = await cli('backup.ts', [archive], live.dir, live.databaseURI, BUCKETS.live)
    expect(backup.status, backup.stderr).toBe(0)
    expect(backup.stdout).toMatch(/照片从对象存储读取 media files are read from the bucket "union-media" at http:\/\/127\.0\.0\.1:\d+ under media\//)
    expect(backup.stdout).toMatch(/备份完成/)
    const opened = await openBackup(archive, { workDir: work })
    opened.close()
    expect(manifestContent(opened.manifest)).toEqual(manifestContent(first.manifest))

    const checkout = fs.mkdtempSync(path.join(work, 'checkout-'))
    const restored = await cli('restore.ts', [archive], checkout, `file:${path.join(checkout, 'cms.db')}`, BUCKETS.cli)
    expect(restored.status, restored.stderr).toBe(0)
    expect(restored.stdout).toMatch(/照片写入对象存储 media files go to the bucket "union-media-cli"/)
    expect(restored.stdout).toMatch(/恢复完成 restore finished/)
    expect(await bucketEntries(BUCKETS.cli)).toEqual(mediaEntries(first.manifest))
    expect(fs.existsSync(path.join(checkout, 'media'))).toBe(false)
  }, 180_000)

  it('npm run restore refuses a tampered archive before it uploads anything', async () => {
    const dir = fs.mkdtempSync(path.join(work, 'unpacked-'))
    await tar.extract({ file: first.file, cwd: dir })
    const photo = fs.readdirSync(path.join(dir, 'media')).sort()[0]!
    const bytes = fs.readFileSync(path.join(dir, 'media', photo))
    bytes[bytes.length >> 1] ^= 0xff
    fs.writeFileSync(path.join(dir, 'media', photo), bytes)
    const tampered = path.join(work, 'tampered.tar.gz')
    await tar.create({ gzip: true, file: tampered, cwd: dir }, ['manifest.json', 'data', 'media'])

    const checkout = fs.mkdtempSync(path.join(work, 'checkout-'))
    const result = await cli('restore.ts', [tampered], checkout, `file:${path.join(checkout, 'cms.db')}`, BUCKETS.untouched)
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/checksum mismatch for media\//)
    expect(await s3.keys(BUCKETS.untouched)).toEqual([])
    expect(fs.readdirSync(checkout)).toEqual([])
  }, 120_000)
})
