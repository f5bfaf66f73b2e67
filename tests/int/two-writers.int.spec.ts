// Several processes writing one SQLite file at once (issue 13): this process stands in for the
// server and saves drafts with many bylines, while `npm run import` imports the newspaper fixtures
// and a second Payload process saves drafts of its own. Every save of every process lands whole,
// and no SQLITE_BUSY / "database is locked" reaches anyone: each process waits for the other's
// write lock asynchronously (src/db/writeQueue.ts).
import { spawn } from 'node:child_process'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload, type TestPayload } from '../helpers/payload'

const ROOT = path.resolve(__dirname, '../..')
const FIXTURES = path.join(ROOT, 'tests/fixtures/newspaper')
const LOCKED = /SQLITE_BUSY|database is locked/i

let t: TestPayload

beforeAll(async () => {
  t = await startPayload('two-writers')
})

afterAll(async () => {
  await t?.close()
})

type Run = { status: number | null; stdout: string; stderr: string }

function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URI: process.env.DATABASE_URI!, UNION_CMS_ROOT: t.dir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), 240_000)
    child.on('error', reject)
    child.on('close', (status) => {
      clearTimeout(timer)
      resolve({ status, stdout, stderr })
    })
  })
}

describe('two processes writing the same database', () => {
  it('the server, `npm run import` and a second server all save at once, none sees SQLITE_BUSY', async () => {
    const importing = run(['src/cli/import.ts', FIXTURES])
    const writing = run(['tests/helpers/writer.ts'], { WRITER_SAVES: '25', WRITER_TAG: '另一进程' })

    // Meanwhile this process saves too, until both others have finished.
    let othersDone = false
    const others = Promise.all([importing, writing]).finally(() => (othersDone = true))
    const mine: (number | string)[] = []
    const myErrors: string[] = []
    for (let i = 0; !othersDone || i < 10; i++) {
      // A save on an uncontended database is one chain of microtasks: give the event loop a turn,
      // or the children's exit would never be seen.
      await new Promise((resolve) => setImmediate(resolve))
      try {
        const doc = await t.payload.create({ collection: 'articles', data: { title: `本进程-${i}`, bylines: [{ role: 'reporter', name: '甲' }] }, draft: true })
        const bylines = Array.from({ length: 30 }, (_, k) => ({ role: 'reporter' as const, name: `本进程${i}-${k}` }))
        await t.payload.update({ collection: 'articles', id: doc.id, data: { bylines }, draft: true })
        mine.push(doc.id)
      } catch (err) {
        myErrors.push(err instanceof Error ? err.message : String(err))
      }
    }
    const [imported, written] = await others

    expect(myErrors).toEqual([])
    // The import: every file that parses is saved (the fixture that is meant to fail fails for its
    // own reason; a page without a marked headline is imported with its best line, and a warning),
    // exactly as when it runs alone.
    const output = `${imported.stdout}\n${imported.stderr}`
    expect(output).not.toMatch(LOCKED)
    expect(imported.stdout.match(/✓ (?:新建草稿 created|更新草稿 updated) #\d+/g)?.length, output).toBe(17)
    expect(imported.stdout.match(/✖ .*/g)).toEqual([expect.stringMatching(/无法识别文件编码/)])
    expect(imported.status, output).toBe(1)
    // The second server.
    expect(`${written.stdout}\n${written.stderr}`).not.toMatch(LOCKED)
    expect(JSON.parse(written.stdout.trim().split('\n').pop()!)).toEqual({ saved: 25, errors: [] })

    // Every save landed whole.
    const check = async (prefix: string, count: number) => {
      const found = await t.payload.find({ collection: 'articles', draft: true, where: { title: { like: prefix } }, limit: 500, depth: 0 })
      expect(found.totalDocs).toBe(count)
      for (const doc of found.docs) expect(doc.bylines, doc.title).toHaveLength(30)
    }
    await check('另一进程-', 25)
    await check('本进程-', mine.length)
  }, 300_000)
})
