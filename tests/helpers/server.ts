// Starts the real application the way the README does (`npm start`'s launcher) on a temporary
// database, site folder and free port on 127.0.0.1, and stops it again.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from './processes'

const root = path.resolve(__dirname, '../..')

export type RunningServer = {
  base: string
  dir: string
  /** Everything the launcher and the server printed so far. */
  output: () => string
  /** The demo password printed next to an e-mail address in the start-up output. */
  demoPassword: (email: string) => string
  stop: () => Promise<void>
}


/**
 * `env` is added to the server's environment; as a function it is given the server's base address
 * first (e.g. to set SITE_URL to it).
 */
export async function startServer(prefix: string, env: Record<string, string> | ((base: string) => Record<string, string>) = {}): Promise<RunningServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `union-cms-${prefix}-`))
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const extraEnv = typeof env === 'function' ? env(base) : env
  let output = ''
  const server: ChildProcess = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/start.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PAYLOAD_SECRET: 'e2e-secret',
      DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
      UNION_CMS_ROOT: dir,
      // As on a fresh checkout: the site's folder (dist/) does not exist yet.
      SITE_DIR: path.join(dir, 'dist', 'site'),
      PORT: String(port),
      HOST: '127.0.0.1',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  server.stdout?.on('data', (d) => (output += d))
  server.stderr?.on('data', (d) => (output += d))

  const stop = async () => {
    if (server.exitCode === null && server.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM')
      } catch {
        // already gone
      }
      for (let i = 0; i < 20 && server.exitCode === null; i++) await new Promise((r) => setTimeout(r, 100))
      if (server.exitCode === null) {
        try {
          process.kill(-server.pid, 'SIGKILL')
        } catch {
          // already gone
        }
      }
    }
    fs.rmSync(dir, { recursive: true, force: true })
  }

  const deadline = Date.now() + 400_000
  for (;;) {
    if (server.exitCode !== null) {
      await stop()
      throw new Error(`npm start exited with ${server.exitCode}:\n${output.slice(-3000)}`)
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`the server did not answer in time:\n${output.slice(-3000)}`)
    }
    try {
      if ((await fetch(`${base}/api/topics`)).status < 500) break
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }

  return {
    base,
    dir,
    output: () => output,
    demoPassword: (email) => {
      const line = output.split('\n').find((l) => l.includes(email))
      const match = line?.match(/\/\s+(\S+)/)
      if (!match) throw new Error(`no password printed for ${email}:\n${output.slice(-2000)}`)
      return match[1]!
    },
    stop,
  }
}
