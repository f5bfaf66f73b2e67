import { fork, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest, TaskConfig } from 'payload'

import { sourceRoot } from '../lib/paths'
import type { PublisherReply } from '../cli/publish'
import { bumpApiCache } from '../security/apiCache'
import { wasLiveKey } from '../workflow/enforceReviewChain'

export const PUBLISH_TASK = 'publishSite'

/**
 * The server's publisher: `src/cli/publish.ts --serve`, a child process started on the first
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
  const script = path.join(/* turbopackIgnore: true */ sourceRoot, 'src', 'cli', 'publish.ts')
  output = ''
  const child = fork(script, ['--serve'], {
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
    const onMessage = (m: PublisherReply) => {
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
    child.send({ type: 'publish', id })
  })
}

export const publishTask: TaskConfig = {
  slug: PUBLISH_TASK,
  label: '发布网站',
  retries: 2,
  inputSchema: [{ name: 'reason', type: 'text' }],
  handler: async () => {
    try {
      return { output: { summary: await runPublisher() } }
    } catch (err) {
      throw new Error(`publish failed: ${(err as Error).message}`)
    }
  },
}

/** Queue one site publish unless one is already waiting to run. */
export async function queuePublish(req: PayloadRequest, reason: string): Promise<void> {
  if (req.context?.seeding || req.context?.importing || req.context?.skipPublish) return
  if (process.env.SITE_AUTOPUBLISH === '0') return
  const waiting = await req.payload.count({
    collection: 'payload-jobs',
    where: {
      and: [{ taskSlug: { equals: PUBLISH_TASK } }, { processing: { equals: false } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }],
    },
    req,
  })
  if (waiting.totalDocs > 0) return
  await req.payload.jobs.queue({ task: PUBLISH_TASK, input: { reason }, req } as never)
}

/** After a publishable document is published, changed while live, or unpublished. */
export const queuePublishOnChange: CollectionAfterChangeHook = async ({ doc, previousDoc, collection, req }) => {
  bumpApiCache()
  // `previousDoc` is the newest version, which may be a pending draft of a live document: the
  // review chain notes whether the document was live before this save (unpublish, restore).
  const wasLive = req.context?.[wasLiveKey(collection.slug, doc?.id)] === true
  const live = wasLive || doc?._status === 'published' || previousDoc?._status === 'published'
  if (live) await queuePublish(req, `${collection.slug}:${doc.id}`)
  return doc
}

/** After a change to something pages show (photos, topics, organizations, honours). */
export const queuePublishOnSupportChange: CollectionAfterChangeHook = async ({ doc, collection, req }) => {
  bumpApiCache()
  await queuePublish(req, `${collection.slug}:${doc.id}`)
  return doc
}

export const queuePublishOnDelete: CollectionAfterDeleteHook = async ({ doc, collection, req }) => {
  bumpApiCache()
  await queuePublish(req, `${collection.slug}:${doc.id} deleted`)
  return doc
}
