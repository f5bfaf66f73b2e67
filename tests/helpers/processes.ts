// Child processes of the tests and benchmarks: free ports on 127.0.0.1, process groups (a
// launcher, `next start` and a publisher started together are stopped together), and waiting for
// a `next build` of this checkout that someone else started (`.next/` is shared).
import fs from 'node:fs'
import net from 'node:net'

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

/** Whether any process of the group `pgid` is left. */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0)
    return true
  } catch {
    return false
  }
}

/** Signal a whole process group (started with `detached: true`); nothing if it is gone. */
export function killGroup(pgid: number | undefined, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (pgid === undefined) return
  try {
    process.kill(-pgid, signal)
  } catch {
    // already gone
  }
}

/** Is a `next build` of the checkout at `root` running (in any process of this machine)? */
function nextBuildRunning(root: string): boolean {
  if (!fs.existsSync('/proc')) return false
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue
    try {
      const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
      // `next build` renames itself "next-build (vX)"; before that it is `node …/next build`.
      const isBuild = args[0]?.startsWith('next-build') || (args.includes('build') && args.some((a) => /next\/dist\/bin\/next$|\.bin\/next$/.test(a)))
      if (isBuild && fs.realpathSync(`/proc/${pid}/cwd`) === fs.realpathSync(root)) return true
    } catch {
      // the process ended meanwhile
    }
  }
  return false
}

/**
 * Wait (until `deadline`) while someone else's `next build` of this checkout runs, instead of
 * starting a second one (the launcher builds when the build is stale). `log` is told once.
 */
export async function waitForOtherBuilds(root: string, options: { deadline?: number; log?: (line: string) => void } = {}): Promise<void> {
  const deadline = options.deadline ?? Date.now() + 600_000
  let said = false
  while (nextBuildRunning(root) && Date.now() < deadline) {
    if (!said) options.log?.('another `next build` of this checkout is running; waiting for it to finish…')
    said = true
    await sleep(2000)
  }
}
