import type { JobsConfig } from 'payload'

import { hasRole } from '../access/roles'
import { publishTask } from '../publish/queue'
import { jobsAutorun, setting } from '../settings'

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
    cancel: ({ req }) => hasRole(req.user, 'admin', 'chief-editor'),
  },
  // 系统 › payload-jobs: administrators and chief editors list the queue and cancel (delete) jobs
  // there; nobody creates or edits a job by hand (they come from publishing and scheduling).
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    labels: { singular: { zh: '后台任务', en: 'Job' }, plural: { zh: '后台任务', en: 'Jobs' } },
    access: {
      ...defaultJobsCollection.access,
      read: ({ req }) => hasRole(req.user, 'admin', 'chief-editor'),
      delete: ({ req }) => hasRole(req.user, 'admin', 'chief-editor'),
      create: () => false,
      update: () => false,
    },
    admin: { ...defaultJobsCollection.admin, hidden: false, group: { zh: '系统', en: 'System' } },
  }),
}
