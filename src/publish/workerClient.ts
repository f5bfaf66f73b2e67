import { fork, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { sourceRoot } from '../lib/paths'
import type { PublishReply, PublishRequest } from './protocol'

/**
 * The server's publisher: `worker.ts`, a child process started on the first
 * publish and kept up between publishes (it remembers the site data and the last build, so an
 * incremental publish reads only what changed). Page rendering never blocks the server answering
 * the admin, and a crash in a render cannot take the server down: the job fails, is retried, and
 * the next publish starts a new child.
 */
let publisher: ChildProcess | null = null
let ready: Promise<ChildProcess> | null = null
let output = ''
/** The last lines the publisher process printed, for an error message. */
const lastLines = () => output.trim().split('\n').slice(-5).join('\n')

function startPublisher(): Promise<ChildProcess> {
  if (publisher && publisher.connected && publisher.exitCode === null && ready) return ready
  const loader = pathToFileURL(path.join(/* turbopackIgnore: true */ sourceRoot, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href
  const script = path.join(/* turbopackIgnore: true */ sourceRoot, 'src', 'publish', 'worker.ts')
  output = ''
  const child = fork(script, [], {
    cwd: sourceRoot,
    env: { ...process.env, NODE_ENV: 'production' },
    execArgv: ['--import', loader],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  const keep = (d: unknown) => {
    output = (output + String(d)).slice(-8000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  child.on('exit', () => {
    if (publisher === child) {
      publisher = null
      ready = null
    }
  })
  publisher = child
  ready = new Promise<ChildProcess>((resolve, reject) => {
    const onMessage = (m: { type?: string }) => {
      if (m?.type !== 'ready') return
      child.off('exit', onExit)
      child.off('message', onMessage)
      resolve(child)
    }
    const onExit = (code: number | null) => reject(new Error(`the publisher process stopped while starting (exit ${code}): ${lastLines()}`))
    child.on('message', onMessage)
    child.once('exit', onExit)
  })
  return ready
}

/** Ask the publisher process for one publish; resolves with its summary line. */
export async function runPublisher(): Promise<string> {
  const child = await startPublisher()
  const id = crypto.randomUUID()
  return new Promise<string>((resolve, reject) => {
    const onMessage = (m: PublishReply) => {
      if (m?.id !== id) return
      child.off('message', onMessage)
      child.off('exit', onExit)
      if (m.ok) resolve(m.summary)
      else reject(new Error(m.error))
    }
    const onExit = (code: number | null) => {
      child.off('message', onMessage)
      reject(new Error(`the publisher process stopped (exit ${code}): ${lastLines()}`))
    }
    child.on('message', onMessage)
    child.once('exit', onExit)
    child.send({ type: 'publish', id } satisfies PublishRequest)
  })
}
