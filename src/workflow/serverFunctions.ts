/**
 * The admin's server functions that touch the review chain, wrapped with the chain's rules.
 *
 * Payload's own `schedule-publish` and `get-upcoming-scheduled-publish` check only "may use the
 * admin" and then queue or delete jobs with access switched off, so a reporter could cancel the
 * chief editor's scheduled publication. Scheduling publishes a document: only those who may
 * publish (src/workflow/stages.ts `mayPublish`) may schedule, list or cancel, and only
 * schedule-publish jobs can be cancelled this way. Passed to `handleServerFunctions` by
 * src/app/(payload)/layout.tsx; every other server function is Payload's own (each checks the
 * collection's access itself).
 */
import type { PayloadRequest, ServerFunction } from 'payload'
import { getUpcomingScheduledPublishHandler, schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'

import { AccessRefusal } from '../access/errors'
import { checkSharedPublish } from '../access/shared'
import { checkInReach } from '../access/units'
import { checkPublish, mayPublish, NOT_A_PUBLISHER, type Stage } from './stages'

export const SCHEDULE_TASK = 'schedulePublish'

/** Refuse unless the user may publish; the message names who may. */
export function requirePublisher(req: PayloadRequest): void {
  const roles = req.user?.roles ?? []
  if (!req.user || !mayPublish(roles)) throw new AccessRefusal(NOT_A_PUBLISHER)
}

type ScheduleArgs = Parameters<typeof schedulePublishHandler>[0]
type UpcomingArgs = Parameters<typeof getUpcomingScheduledPublishHandler>[0]

export const guardedSchedulePublish = (async (args: ScheduleArgs) => {
  try {
    requirePublisher(args.req)
  } catch (err) {
    return { error: (err as Error).message }
  }
  // Scheduling a publication is deciding now what will go live: the piece must be signed off
  // already, as for publishing it at once (a later edit reopens it, and the job then refuses).
  const target = args.doc as { relationTo?: string; value?: string | number } | undefined
  if (!args.deleteID && args.type === 'publish' && target?.relationTo && target.value !== undefined) {
    const doc = (await args.req.payload.findByID({ collection: target.relationTo as 'articles', id: target.value, draft: true, depth: 0, disableErrors: true })) as { reviewStage?: Stage } | null
    if (!doc) return { error: '找不到要预约发布的稿件。' }
    // Only a piece of the units the user reaches (src/access/units.ts), as for publishing it now.
    const unit = await checkInReach(args.req, (doc as { organization?: unknown }).organization)
    if (!unit.ok) return { error: unit.message }
    // Shared records (issue 17): a profile is published by the federation only (src/access/shared.ts).
    const shared = await checkSharedPublish(args.req, target.relationTo)
    if (!shared.ok) return { error: shared.message }
    const roles = args.req.user?.roles ?? []
    const decision = checkPublish(doc.reviewStage ?? 'draft', { roles, isAuthor: false }, 'publish')
    if (!decision.ok) return { error: decision.message }
  }
  if (args.deleteID !== undefined && args.deleteID !== null) {
    const job = await args.req.payload.findByID({ collection: 'payload-jobs', id: args.deleteID, depth: 0, disableErrors: true })
    if (!job || (job as { taskSlug?: string }).taskSlug !== SCHEDULE_TASK) return { error: '只能取消预约发布任务。' }
    // …and only one of a piece the user reaches.
    const target = (job as { input?: { doc?: { relationTo?: string; value?: unknown } } }).input?.doc
    if (target?.relationTo && target.value != null) {
      const piece = await args.req.payload.findByID({ collection: target.relationTo as 'articles', id: target.value as number, draft: true, depth: 0, disableErrors: true })
      const unit = await checkInReach(args.req, (piece as { organization?: unknown } | null)?.organization)
      if (!unit.ok) return { error: unit.message }
    }
  }
  return schedulePublishHandler(args)
}) as unknown as ServerFunction

export const guardedUpcomingScheduledPublish = (async (args: UpcomingArgs) => {
  requirePublisher(args.req)
  return getUpcomingScheduledPublishHandler(args)
}) as unknown as ServerFunction

/** Server functions this project replaces, by Payload's name for them. */
export const reviewServerFunctions: Record<string, ServerFunction> = {
  'schedule-publish': guardedSchedulePublish,
  'get-upcoming-scheduled-publish': guardedUpcomingScheduledPublish,
}
