// The publish lock (src/publish/lock.ts): two publishes of one site never run at the same time,
// and a lock left by a publisher that died does not block the next one.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { SiteLockedError, withSiteLock } from '../../src/publish/lock'

let dir: string
let site: string
const lockFile = () => `${site}.lock`
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'publish-lock-'))
  site = path.join(dir, 'site')
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
  return Number(child.stdout)
}

describe('withSiteLock', () => {
  it('runs two publishes of the same site one after the other, never together', async () => {
    const events: string[] = []
    const publish = (name: string) =>
      withSiteLock(site, async () => {
        events.push(`${name} start`)
        await sleep(150)
        events.push(`${name} end`)
        return name
      })
    expect(await Promise.all([publish('a'), publish('b')])).toEqual(['a', 'b'])
    expect(events).toEqual(['a start', 'a end', 'b start', 'b end'])
    expect(fs.existsSync(lockFile())).toBe(false)
  })

  it('tells the waiting publish who holds the lock', async () => {
    let told: { pid: number } | null = null
    const first = withSiteLock(site, () => sleep(200))
    await sleep(20)
    await withSiteLock(site, async () => {}, { onWait: (owner) => (told = owner) })
    await first
    expect(told).toMatchObject({ pid: process.pid, host: os.hostname() })
  })

  it('takes over a lock left by a publisher that is gone', async () => {
    fs.writeFileSync(lockFile(), JSON.stringify({ pid: deadPid(), host: os.hostname(), at: new Date().toISOString() }))
    const started = Date.now()
    expect(await withSiteLock(site, async () => 'ran', { waitMs: 5_000 })).toBe('ran')
    expect(Date.now() - started).toBeLessThan(2_000)
  })

  it('takes over a lock nobody has touched for minutes (a publisher on another machine that died)', async () => {
    fs.writeFileSync(lockFile(), JSON.stringify({ pid: 1, host: 'another-host', at: '2026-01-01T00:00:00Z' }))
    const old = new Date(Date.now() - 5 * 60_000)
    fs.utimesSync(lockFile(), old, old)
    expect(await withSiteLock(site, async () => 'ran', { waitMs: 5_000 })).toBe('ran')
  })

  it('gives up after waiting, naming the publisher that holds the lock', async () => {
    fs.writeFileSync(lockFile(), JSON.stringify({ pid: 1, host: 'another-host', at: new Date().toISOString() }))
    const attempt = withSiteLock(site, async () => 'ran', { waitMs: 600 })
    await expect(attempt).rejects.toThrow(SiteLockedError)
    await expect(attempt).rejects.toThrow(/another-host.*pid 1/)
    // The other publisher's lock is left alone.
    expect(JSON.parse(fs.readFileSync(lockFile(), 'utf8'))).toMatchObject({ host: 'another-host' })
  })

  it('makes the folder the site goes in (a fresh checkout has no dist/ yet)', async () => {
    site = path.join(dir, 'dist', 'site')
    expect(await withSiteLock(site, async () => 'ran')).toBe('ran')
  })

  it('lets go of the lock when the publish fails', async () => {
    await expect(withSiteLock(site, async () => Promise.reject(new Error('render failed')))).rejects.toThrow('render failed')
    expect(fs.existsSync(lockFile())).toBe(false)
    expect(await withSiteLock(site, async () => 'next', { waitMs: 100 })).toBe('next')
  })
})
