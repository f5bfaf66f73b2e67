/**
 * The production server for the load benchmark: `npm start`'s launcher (src/cli/start.ts) on a
 * temporary SQLite file and SITE_DIR, on a free port of 127.0.0.1, in its own process group so the
 * launcher, `next start` and any publish job it spawns are stopped together.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { freePort, groupAlive, killGroup, sleep } from '../../tests/helpers/processes'

export type Server = {
  base: string
  port: number
  proc: ChildProcess
  /** Everything the launcher and the server printed so far. */
  output: () => string
  /** SIGTERM the group, then SIGKILL what is left after a grace period; idempotent. */
  stop: () => Promise<void>
  /** Synchronous SIGKILL of the group (for `process.on('exit')`). */
  killNow: () => void
}

export async function startServer(opts: {
  root: string
  tmp: string
  skipBuild: boolean
  log: (line: string) => void
  /** Called as soon as the launcher is spawned, so an interrupted start can still be stopped. */
  onSpawn?: (server: Server) => void
  startTimeoutMs?: number
  /** Extra environment for the launcher and the server; `undefined` removes a variable. */
  env?: Record<string, string | undefined>
}): Promise<Server> {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const logFile = path.join(opts.tmp, 'server.log')
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PAYLOAD_SECRET: `bench-load-${process.pid}-${Date.now()}`,
    DATABASE_URI: `file:${path.join(opts.tmp, 'cms.db')}`,
    PORT: String(port),
    HOST: '127.0.0.1',
    SITE_DIR: path.join(opts.tmp, 'site'),
    SITE_URL: base,
    // Uploads (the demo photos) go to the temporary folder too; the code still runs from the checkout.
    UNION_CMS_ROOT: opts.tmp,
  }
  if (opts.skipBuild) env.UNION_CMS_SKIP_BUILD = '1'
  for (const [name, value] of Object.entries(opts.env ?? {})) {
    if (value === undefined) delete env[name]
    else env[name] = value
  }

  let output = ''
  const proc = spawn(process.execPath, [path.join(opts.root, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/start.ts'], {
    cwd: opts.root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  const append = (d: Buffer) => {
    output += d
    fs.appendFileSync(logFile, d)
  }
  proc.stdout?.on('data', append)
  proc.stderr?.on('data', append)

  let stopped = false
  const killNow = () => killGroup(proc.pid, 'SIGKILL')
  const stop = async () => {
    if (stopped || proc.pid === undefined) return
    stopped = true
    try {
      process.kill(-proc.pid, 'SIGTERM')
    } catch {
      return
    }
    const deadline = Date.now() + 5000
    while (groupAlive(proc.pid) && Date.now() < deadline) await sleep(100)
    killNow()
    const hard = Date.now() + 5000
    while (groupAlive(proc.pid) && Date.now() < hard) await sleep(50)
  }
  const server: Server = { base, port, proc, output: () => output, stop, killNow }
  opts.onSpawn?.(server)

  const deadline = Date.now() + (opts.startTimeoutMs ?? 900_000)
  let building = false
  while (Date.now() < deadline) {
    if (proc.exitCode !== null || proc.signalCode !== null) throw new Error(`npm start exited (${proc.exitCode ?? proc.signalCode}):\n${output.slice(-3000)}`)
    if (!building && /building the admin/.test(output)) {
      building = true
      opts.log('the admin build is missing or older than the sources: `next build` runs first (a few minutes)…')
    }
    try {
      const res = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5000) })
      if (res.status === 200) return server
    } catch {
      // not listening yet
    }
    await sleep(500)
  }
  await stop()
  throw new Error(`the server did not answer at ${base} in time:\n${output.slice(-3000)}`)
}
