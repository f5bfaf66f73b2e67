// Scheduled publishing: a chief editor approves with a publish time; Payload's jobs queue, running
// inside the server, publishes it at that time with nobody logged in; a cancelled schedule does not.
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importConfig, prepareTempEnv } from '../helpers/payload'
import fs from 'node:fs'

let payload: Payload
let dir: string
let chief: { id: number | string; collection: 'users' }

beforeAll(async () => {
  dir = prepareTempEnv('schedule')
  process.env.JOBS_CRON = '* * * * * *' // every second, so the test waits seconds, not minutes
  const config = await importConfig()
  payload = await getPayload({ config, key: 'schedule', cron: true })
  await payload.create({ collection: 'users', data: { email: 'admin@s.test', password: 'pass-123456', name: '管理员', roles: ['admin'] } as never })
  const user = await payload.create({ collection: 'users', data: { email: 'chief@s.test', password: 'pass-123456', name: '终审', roles: ['chief-editor'] } as never })
  chief = { ...(user as any), collection: 'users' }
})

afterAll(async () => {
  await payload?.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
})

async function approvedArticle(title: string) {
  const doc = await payload.create({ collection: 'articles', data: { title }, draft: true })
  await payload.update({ collection: 'articles', id: doc.id, data: { reviewStage: 'approved' }, draft: true })
  return doc.id
}

function schedule(id: number | string, at: Date) {
  // What the admin's "schedule publish" drawer queues.
  return payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil: at,
    input: { type: 'publish', doc: { relationTo: 'articles', value: String(id) }, user: { relationTo: 'users', value: chief.id } },
  } as never)
}

const isLive = async (id: number | string) =>
  (await payload.find({ collection: 'articles', where: { id: { equals: id } }, overrideAccess: false })).totalDocs === 1

describe('scheduled publishing', () => {
  it('publishes an approved document by itself at the chosen time, logged as the chief editor', async () => {
    const id = await approvedArticle('定时发布的稿件')
    await schedule(id, new Date(Date.now() + 3000))
    expect(await isLive(id)).toBe(false)
    const deadline = Date.now() + 20_000
    while (!(await isLive(id)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500))
    expect(await isLive(id)).toBe(true)
    const doc = await payload.findByID({ collection: 'articles', id, depth: 0 })
    expect(doc.reviewLog!.at(-1)).toMatchObject({ action: '发布', user: chief.id })
  }, 30_000)

  it('does not publish when the schedule was cancelled', async () => {
    const id = await approvedArticle('取消定时发布')
    const job = await schedule(id, new Date(Date.now() + 2000))
    await payload.delete({ collection: 'payload-jobs', id: job.id })
    await new Promise((r) => setTimeout(r, 5000))
    expect(await isLive(id)).toBe(false)
  }, 30_000)
})
