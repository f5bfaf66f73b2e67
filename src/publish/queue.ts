import { spawn } from 'node:child_process'
import path from 'node:path'

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest, TaskConfig } from 'payload'

import { sourceRoot } from '../lib/paths'
import { bumpApiCache } from '../security/apiCache'

export const PUBLISH_TASK = 'publishSite'

/**
 * The publish job: runs `src/cli/publish.ts` as a child process, so page rendering never blocks
 * the server answering the admin, and a crash in a render cannot take the server down. The
 * publisher itself re-renders only the pages whose content changed.
 */
export const publishTask: TaskConfig = {
  slug: PUBLISH_TASK,
  label: '发布网站',
  retries: 2,
  inputSchema: [{ name: 'reason', type: 'text' }],
  handler: async () => {
    const tsx = path.join(/* turbopackIgnore: true */ sourceRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs')
    const script = path.join(/* turbopackIgnore: true */ sourceRoot, 'src', 'cli', 'publish.ts')
    const output: string[] = []
    const code = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, [tsx, script, '--quiet'], {
        cwd: sourceRoot,
        env: { ...process.env, NODE_ENV: 'production' },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      child.stdout.on('data', (d) => output.push(String(d)))
      child.stderr.on('data', (d) => output.push(String(d)))
      child.on('exit', (c) => resolve(c ?? 1))
      child.on('error', (err) => {
        output.push(err.message)
        resolve(1)
      })
    })
    const tail = output.join('').split('\n').filter((l) => /✔|✖|Error|error/.test(l)).slice(-5).join('\n')
    if (code !== 0) throw new Error(`publish failed (exit ${code}): ${tail}`)
    return { output: { summary: tail } }
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
  const live = doc?._status === 'published' || previousDoc?._status === 'published'
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
