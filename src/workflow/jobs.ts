import type { JobsConfig, PayloadRequest } from 'payload'

import { hasRole } from '../access/roles'
import { isFederationUser } from '../access/shared'
import { publishTask } from '../publish/queue'
import { jobsAutorun, setting } from '../settings'

/**
 * The queue (系统 › 后台任务) is the whole install's: a job names its document only inside its JSON
 * input, which no query can narrow to a unit on every database, so only the federation's own chief
 * editors and administrators (and a single office's) list and cancel jobs there. A unit's chief
 * editor schedules and cancels the publications of its own pieces from the piece itself
 * (serverFunctions.ts checks the unit).
 */
const keepsQueue = async ({ req }: { req: PayloadRequest }) => hasRole(req.user, 'admin', 'chief-editor') && (await isFederationUser(req))

/**
 * Payload's jobs queue runs scheduled publishing (and, later, site builds) inside the server that
 * `npm start` runs: every 10 seconds it picks up due jobs. With several servers, set
 * `JOBS_AUTORUN=0` on all but one (or run `npx payload jobs:run --cron "*\/10 * * * * *"` as a
 * separate process) so each job runs once.
 */
export const jobsConfig: JobsConfig = {
  tasks: [publishTask],
  autoRun: [{ cron: setting('JOBS_CRON'), queue: 'default', limit: 20 }],
  shouldAutoRun: () => jobsAutorun(),
  access: {
    run: ({ req }) => hasRole(req.user, 'admin'),
    queue: ({ req }) => hasRole(req.user, 'admin', 'chief-editor'),
    cancel: keepsQueue,
  },
  // 系统 › payload-jobs: administrators and chief editors list the queue and cancel (delete) jobs
  // there; nobody creates or edits a job by hand (they come from publishing and scheduling).
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    labels: { singular: { zh: '后台任务', en: 'Job' }, plural: { zh: '后台任务', en: 'Jobs' } },
    access: {
      ...defaultJobsCollection.access,
      read: keepsQueue,
      delete: keepsQueue,
      create: () => false,
      update: () => false,
    },
    admin: { ...defaultJobsCollection.admin, hidden: false, group: { zh: '系统', en: 'System' } },
  }),
}
