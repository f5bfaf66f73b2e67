import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * One publish at a time per site folder, across processes. The server's publisher and
 * `npm run publish` run by hand would otherwise switch the live site under each other and prune
 * each other's builds and search folders.
 *
 * The lock is a file beside the site (`<SITE_DIR>.lock`) created exclusively, holding the owner's
 * pid and host; its owner touches it every HEARTBEAT_MS. A lock whose owner is gone (same host,
 * no such process) or that has not been touched for STALE_MS (a crashed owner, or one on another
 * machine sharing the folder) is taken over.
 */

const HEARTBEAT_MS = 20_000
const STALE_MS = 2 * 60_000
const POLL_MS = 250

type Owner = { pid: number; host: string; at: string }

export class SiteLockedError extends Error {}

const lockPath = (siteDir: string) => `${siteDir}.lock`

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The current owner, or null when the lock is free or stale (a stale lock is removed). */
function holder(file: string): Owner | null {
  let owner: Owner | null = null
  let touched = 0
  try {
    touched = fs.statSync(file).mtimeMs
    owner = JSON.parse(fs.readFileSync(file, 'utf8')) as Owner
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    // Half-written by an owner that was killed while writing it: judged by its age alone.
  }
  const gone = owner && owner.host === os.hostname() && !alive(owner.pid)
  if (gone || Date.now() - touched > STALE_MS) {
    fs.rmSync(file, { force: true })
    return null
  }
  return owner ?? { pid: 0, host: '?', at: '' }
}

/**
 * Run `work` holding the site's publish lock, waiting up to `waitMs` for another publish to finish
 * (`onWait` is told once, with the other owner).
 */
export async function withSiteLock<T>(siteDir: string, work: () => Promise<T>, options: { waitMs?: number; onWait?: (owner: Owner) => void } = {}): Promise<T> {
  const file = lockPath(siteDir)
  // A fresh checkout has no dist/ yet: the first publish makes it.
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const me: Owner = { pid: process.pid, host: os.hostname(), at: new Date().toISOString() }
  const giveUpAt = Date.now() + (options.waitMs ?? 15 * 60_000)
  let told = false
  for (;;) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: 'wx' })
      break
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
    }
    const owner = holder(file)
    if (!owner) continue
    if (Date.now() > giveUpAt)
      throw new SiteLockedError(`另一个发布进程（${owner.host} 上的 pid ${owner.pid}）仍在发布此站点，本次发布已放弃；请等它完成后再试。 (another publish holds ${file})`)
    if (!told) options.onWait?.(owner)
    told = true
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
  const heartbeat = setInterval(() => {
    const now = new Date()
    try {
      fs.utimesSync(file, now, now)
    } catch {
      // taken over after all (the machine stalled for minutes): the publish goes on regardless
    }
  }, HEARTBEAT_MS)
  heartbeat.unref()
  try {
    return await work()
  } finally {
    clearInterval(heartbeat)
    try {
      const owner = JSON.parse(fs.readFileSync(file, 'utf8')) as Owner
      if (owner.pid === me.pid && owner.host === me.host && owner.at === me.at) fs.rmSync(file, { force: true })
    } catch {
      // gone already
    }
  }
}
