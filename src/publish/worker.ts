/**
 * The publisher worker: a process the server forks on its first publish (workerClient.ts) and keeps
 * up between publishes. It holds the site data and the last build's manifest in memory, so an
 * incremental publish reads only the documents that changed, and page rendering never blocks the
 * server answering the admin. It publishes once per request (protocol.ts), one at a time, in the
 * order asked, and exits when the server goes away or after PUBLISHER_IDLE_MINUTES without work;
 * the next publish starts it again.
 */
import { getPayload, type Payload } from 'payload'

import { runCommand } from '../lib/command'
import { publisherIdleMinutes, siteDir } from '../settings'
import { isPublishRequest, summarize, type PublishReply } from './protocol'

runCommand('publisher worker', async ({ loadConfig }) => {
  // The jobs queue runs in the server, never in its worker.
  process.env.JOBS_AUTORUN = '0'
  const config = await loadConfig()
  const { closeSearch } = await import('./search')
  const payload = await getPayload({ config })
  try {
    return await answerRequests(payload)
  } finally {
    await closeSearch().catch(() => {})
    await payload.destroy().catch(() => {})
  }
})

function answerRequests(payload: Payload): Promise<number> {
  const idleMs = publisherIdleMinutes() * 60_000
  let chain: Promise<void> = Promise.resolve()
  let timer: NodeJS.Timeout | undefined
  return new Promise<number>((resolve) => {
    const idle = () => {
      clearTimeout(timer)
      timer = setTimeout(() => resolve(0), idleMs)
    }
    process.on('disconnect', () => resolve(0))
    process.on('message', (message: unknown) => {
      if (!isPublishRequest(message)) return
      clearTimeout(timer)
      chain = chain.then(async () => {
        const { publishSite } = await import('./publisher')
        let reply: PublishReply
        try {
          reply = { id: message.id, ok: true, summary: summarize(await publishSite(payload), siteDir()) }
        } catch (err) {
          reply = { id: message.id, ok: false, error: (err as Error).message }
        }
        if (process.connected) process.send!(reply)
        idle()
      })
    })
    idle()
    process.send!({ type: 'ready' })
  })
}
