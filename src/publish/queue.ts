import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest, TaskConfig } from 'payload'

import { bumpApiCache } from '../security/apiCache'
import { siteAutopublish } from '../settings'
import { wasLiveKey } from '../workflow/enforceReviewChain'
import { runPublisher } from './workerClient'

export const PUBLISH_TASK = 'publishSite'

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
  if (!siteAutopublish()) return
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
