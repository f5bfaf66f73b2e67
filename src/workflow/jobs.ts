import type { JobsConfig } from 'payload'

import { hasRole } from '../access/roles'
import { publishTask } from '../publish/queue'

/**
 * Payload's jobs queue runs scheduled publishing (and, later, site builds) inside the server that
 * `npm start` runs: every 10 seconds it picks up due jobs. With several servers, set
 * `JOBS_AUTORUN=0` on all but one (or run `npx payload jobs:run --cron "*\/10 * * * * *"` as a
 * separate process) so each job runs once.
 */
export const jobsConfig: JobsConfig = {
  tasks: [publishTask],
  autoRun: [{ cron: process.env.JOBS_CRON || '*/10 * * * * *', queue: 'default', limit: 20 }],
  shouldAutoRun: () => process.env.JOBS_AUTORUN !== '0',
  access: {
    run: ({ req }) => hasRole(req.user, 'admin'),
    queue: ({ req }) => hasRole(req.user, 'admin', 'chief-editor'),
    cancel: ({ req }) => hasRole(req.user, 'admin', 'chief-editor'),
  },
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    admin: { ...defaultJobsCollection.admin, hidden: false, group: { zh: '系统', en: 'System' } },
  }),
}
