// Backup and restore (issue 7): the demo content is backed up, restored into an empty second
// checkout and backed up again with the same manifest; the restored database publishes the same
// pages; a non-empty target needs --force; a tampered archive is refused before anything is
// written; and `npm run backup` / `npm run restore` work while a server holds the database open.
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import * as tar from 'tar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createBackup, type BackupResult } from '../../src/backup/backup'
import { type Manifest, manifestContent } from '../../src/backup/manifest'
import { openBackup, restoreBackup } from '../../src/backup/restore'
import { newTestDatabase, startPayload, TEST_DATABASE, type TestPayload } from '../helpers/payload'

type Publish = typeof import('../../src/publish/publisher').publishSite

let live: TestPayload
let fresh: TestPayload
let publishFresh: Publish
let work: string
let first: BackupResult

const mediaOf = (t: TestPayload) => path.join(t.dir, 'media')
const siteOf = (t: TestPayload) => path.join(t.dir, 'site')

/** Every file of a published site (the live symlink resolved) with its SHA-1. */
function hashTree(siteDir: string): Record<string, string> {
  const root = fs.realpathSync(siteDir)
  const out: Record<string, string> = {}
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name)
      if (e.isDirectory()) walk(p)
      else out[path.relative(root, p)] = crypto.createHash('sha1').update(fs.readFileSync(p)).digest('hex')
    }
  }
  walk(root)
  return out
}

const tsx = path.resolve('node_modules/.bin/tsx')
/** Run a CLI entry point on the checkout whose data lives in `root` (and `databaseURI`). */
function cli(script: string, args: string[], root: string, databaseURI = `file:${path.join(root, 'test.db')}`) {
  const result = spawnSync(tsx, [path.resolve('src/cli', script), ...args], {
    env: { ...process.env, UNION_CMS_ROOT: root, DATABASE_URI: databaseURI },
    encoding: 'utf8',
    timeout: 90_000,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

async function readManifest(archive: string): Promise<Manifest> {
  const opened = await openBackup(archive, { workDir: work })
  opened.close()
  return opened.manifest
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'union-cms-backups-'))
  live = await startPayload('backup')
  const { seed } = await import('../../src/seed')
  await seed(live.payload)
  // The publisher reads media/ of the checkout it was imported for: one import per checkout.
  const { publishSite } = await import('../../src/publish/publisher')
  await publishSite(live.payload, { siteDir: siteOf(live), search: false })
  first = await createBackup(live.payload, path.join(work, 'first.tar.gz'), { mediaDir: mediaOf(live) })
  fresh = await startPayload('backup-restore')
  ;({ publishSite: publishFresh } = await import('../../src/publish/publisher'))
}, 180_000)

afterAll(async () => {
  await fresh?.close()
  await live?.close()
  if (work) fs.rmSync(work, { recursive: true, force: true })
})

describe('backup → restore → backup', () => {
  it('writes an archive with counts and checksums of every document, version and photo', () => {
    const { manifest } = first
    expect(manifest.database).toEqual({ kind: TEST_DATABASE, migrations: expect.arrayContaining([expect.any(String)]) })
    expect(manifest.collections.articles!.documents).toBeGreaterThan(0)
    expect(manifest.collections.articles!.versions).toBeGreaterThan(0)
    // The city's four demo accounts and the two demo counties' three each (src/seed/federation.ts).
    expect(manifest.collections.users!.documents).toBe(10)
    expect(manifest.collections['payload-migrations']).toBeUndefined()
    const photos = fs.readdirSync(mediaOf(live)).filter((f) => f !== '.gitkeep')
    expect(Object.keys(manifest.files).filter((f) => f.startsWith('media/')).sort()).toEqual(photos.map((f) => `media/${f}`).sort())
    expect(manifest.totals.mediaFiles).toBe(photos.length)
    expect(first.warnings).toEqual([])
  })

  it('restores everything into an empty checkout, and a new backup has the same manifest', async () => {
    const opened = await openBackup(first.file, { workDir: fresh.dir })
    try {
      const result = await restoreBackup(fresh.payload, opened, { mediaDir: mediaOf(fresh) })
      expect(result.collections).toEqual(first.manifest.collections)
      expect(result.warnings).toEqual([])
    } finally {
      opened.close()
    }
    const again = await createBackup(fresh.payload, path.join(work, 'again.tar.gz'), { mediaDir: mediaOf(fresh) })
    expect(manifestContent(again.manifest)).toEqual(manifestContent(first.manifest))
    expect(fs.readdirSync(fresh.dir).filter((f) => f.startsWith('.tmp-'))).toEqual([])
  })

  it('brings back review logs, relationships and the accounts’ passwords', async () => {
    const find = (t: TestPayload) => t.payload.find({ collection: 'articles', pagination: false, depth: 1, sort: 'id', overrideAccess: true })
    const [before, after] = [await find(live), await find(fresh)]
    expect(after.docs).toEqual(before.docs)
    expect(after.docs.some((a) => (a.reviewLog ?? []).length > 0)).toBe(true)
    const { DEMO_LOGINS } = await import('../../src/seed')
    const { email, password } = DEMO_LOGINS[0]!
    const login = await fresh.payload.login({ collection: 'users', data: { email, password } })
    expect(login.token).toBeTruthy()
  })

  it('publishes the same pages from the restored database', async () => {
    await publishFresh(fresh.payload, { siteDir: siteOf(fresh), search: false })
    expect(hashTree(siteOf(fresh))).toEqual(hashTree(siteOf(live)))
  })
})

describe('refusals', () => {
  it('refuses a non-empty target without --force and replaces it with --force', async () => {
    await fresh.payload.create({ collection: 'topics', data: { name: '恢复后新增的栏目' }, overrideAccess: true })
    const opened = await openBackup(first.file, { workDir: work })
    try {
      await expect(restoreBackup(fresh.payload, opened, { mediaDir: mediaOf(fresh) })).rejects.toThrow(/not empty.*--force/)
      fs.writeFileSync(path.join(mediaOf(fresh), 'stray.jpg'), 'not from the backup')
      await restoreBackup(fresh.payload, opened, { mediaDir: mediaOf(fresh), force: true })
    } finally {
      opened.close()
    }
    expect(fs.existsSync(path.join(mediaOf(fresh), 'stray.jpg'))).toBe(false)
    const { totalDocs } = await fresh.payload.count({ collection: 'topics', where: { name: { equals: '恢复后新增的栏目' } } })
    expect(totalDocs).toBe(0)
    const again = await createBackup(fresh.payload, path.join(work, 'forced.tar.gz'), { mediaDir: mediaOf(fresh) })
    expect(manifestContent(again.manifest)).toEqual(manifestContent(first.manifest))
  })

  it('refuses an archive with one byte of a photo changed, names the checksum and writes nothing', async () => {
    const tampered = await tamper(first.file, 'tampered.tar.gz')
    const target = fs.mkdtempSync(path.join(work, 'target-'))
    await expect(openBackup(tampered, { workDir: target })).rejects.toThrow(/checksum mismatch for media\//)
    expect(fs.readdirSync(target)).toEqual([])
  })
})

describe('the command-line tools', () => {
  it('npm run backup archives a database a running server holds open; npm run restore brings it back into a new checkout', async () => {
    // `live` stays open (SQLite: WAL, its own connection) like a running server while the CLI
    // snapshots it.
    const archive = path.join(work, 'cli', 'union-cms.tar.gz')
    const backup = cli('backup.ts', [archive], live.dir, live.databaseURI)
    expect(backup.status, backup.stderr).toBe(0)
    expect(backup.stdout).toMatch(/备份完成/)
    expect(manifestContent(await readManifest(archive))).toEqual(manifestContent(first.manifest))

    const checkout = fs.mkdtempSync(path.join(work, 'checkout-'))
    const database = await newTestDatabase('cli-restore')
    const restore = cli('restore.ts', [archive], checkout, database.uri)
    await database.drop()
    expect(restore.status, restore.stderr).toBe(0)
    expect(restore.stdout).toMatch(/articles: \d+ documents, \d+ versions loaded/)
    expect(restore.stdout).toMatch(/恢复完成 restore finished/)
    expect(fs.readdirSync(path.join(checkout, 'media')).length).toBe(first.manifest.totals.mediaFiles)
  })

  it('npm run restore refuses a tampered archive before it creates a database', async () => {
    const tampered = path.join(work, 'tampered.tar.gz')
    if (!fs.existsSync(tampered)) await tamper(first.file, 'tampered.tar.gz')
    const checkout = fs.mkdtempSync(path.join(work, 'checkout-'))
    const result = cli('restore.ts', [tampered], checkout)
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/checksum mismatch/)
    expect(fs.readdirSync(checkout)).toEqual([])
  })
})

// Moving an office from the embedded database to PostgreSQL, as the README tells it: `npm run backup`
// on the SQLite checkout, `npm run restore` with DATABASE_URI=postgres://… on the new one. Only in the
// int-postgres project (it needs the cluster).
if (TEST_DATABASE === 'postgres') {
  describe('moving an office from SQLite to PostgreSQL', () => {
    it('restores an SQLite backup into PostgreSQL: the same documents, versions, photos and published pages', async () => {
      const office = fs.mkdtempSync(path.join(work, 'sqlite-office-'))
      const sqliteURI = `file:${path.join(office, 'union-cms.db')}`
      const seeded = cli('seed.ts', [], office, sqliteURI)
      expect(seeded.status, seeded.stderr).toBe(0)
      const archive = path.join(work, 'move', 'office.tar.gz')
      const backup = cli('backup.ts', [archive], office, sqliteURI)
      expect(backup.status, backup.stderr).toBe(0)

      const moved = fs.mkdtempSync(path.join(work, 'postgres-office-'))
      const database = await newTestDatabase('moved-office')
      try {
        const restore = cli('restore.ts', [archive], moved, database.uri)
        expect(restore.status, restore.stderr).toBe(0)
        // The PostgreSQL database backs up to the same documents, versions and files.
        const again = path.join(work, 'move', 'again.tar.gz')
        const backupAgain = cli('backup.ts', [again], moved, database.uri)
        expect(backupAgain.status, backupAgain.stderr).toBe(0)
        const [before, after] = [await readManifest(archive), await readManifest(again)]
        expect(after.database.kind).toBe('postgres')
        expect(after.collections).toEqual(before.collections)
        expect(after.files).toEqual(before.files)
        // And publishes the same site; a new document gets a new id (the sequences moved on).
        for (const [root, uri] of [[office, sqliteURI], [moved, database.uri!]] as const) {
          const published = spawnSync(tsx, [path.resolve('src/cli/publish.ts')], {
            env: { ...process.env, UNION_CMS_ROOT: root, DATABASE_URI: uri, SITE_DIR: path.join(root, 'site'), SITE_SEARCH: '0' },
            encoding: 'utf8',
            timeout: 90_000,
          })
          expect(published.status, published.stderr).toBe(0)
        }
        expect(hashTree(path.join(moved, 'site'))).toEqual(hashTree(path.join(office, 'site')))
      } finally {
        await database.drop()
      }
    }, 240_000)
  })
}

/** A copy of `archive` with one byte of its first photo changed, repacked with the same manifest. */
async function tamper(archive: string, name: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(work, 'unpacked-'))
  await tar.extract({ file: archive, cwd: dir })
  const photo = fs.readdirSync(path.join(dir, 'media')).sort()[0]!
  const bytes = fs.readFileSync(path.join(dir, 'media', photo))
  bytes[bytes.length >> 1] ^= 0xff
  fs.writeFileSync(path.join(dir, 'media', photo), bytes)
  const out = path.join(work, name)
  await tar.create({ gzip: true, file: out, cwd: dir }, ['manifest.json', 'data', 'media'])
  fs.rmSync(dir, { recursive: true, force: true })
  return out
}
