/**
 * `npm run publish`: build the public static site into SITE_DIR (default dist/site) from the
 * published content, with a progress bar and a summary.
 *
 * `--serve` (used by the server's publish job, src/publish/queue.ts): stay up as the server's
 * publisher process and publish each time the server asks over IPC. Between publishes it keeps
 * the site data and the last build's manifest in memory, so an incremental publish reads only the
 * documents that changed. It exits when the server goes away or after PUBLISHER_IDLE_MINUTES
 * (default 15) without work, handing its memory back; the next publish starts it again.
 */
import { parseArgs } from 'node:util'

import cliProgress from 'cli-progress'
import { getPayload, type Payload } from 'payload'

import { publisherIdleMinutes } from '../lib/settings'
import { loadConfig, markFinished } from './boot'
import { loadEnv } from './env'

type Request = { type: 'publish'; id: string }
export type PublisherReply = { id: string; ok: true; summary: string } | { id: string; ok: false; error: string }

async function main(): Promise<number> {
  loadEnv()
  const { values } = parseArgs({
    options: { quiet: { type: 'boolean', default: false }, 'no-search': { type: 'boolean', default: false }, serve: { type: 'boolean', default: false } },
  })
  // A one-off command (or the server's helper): the jobs queue runs in the server, not here.
  process.env.JOBS_AUTORUN = '0'
  // Render with React's production build (several times faster than the development one), as the
  // publish job does; outside production the development secret is resolved first.
  if (process.env.NODE_ENV !== 'production') {
    const { resolveSecret } = await import('../db/secret')
    Object.assign(process.env, { PAYLOAD_SECRET: resolveSecret(), NODE_ENV: 'production' })
  }
  const config = await loadConfig('npm run publish')
  const { closeSearch } = await import('../publish/search')
  const payload = await getPayload({ config })
  try {
    if (values.serve) return await serve(payload)
    return await publishOnce(payload, { quiet: values.quiet, search: !values['no-search'] })
  } finally {
    await closeSearch().catch(() => {})
    await payload.destroy().catch(() => {})
  }
}

const summaryOf = (result: import('../publish/publisher').PublishResult) =>
  `✔ 站点已发布 site published: ${result.pages} pages (${result.written} written, ${result.reused} unchanged, ${result.removed} removed), live in ${(result.liveMs / 1000).toFixed(1)} s` +
  (result.search ? `; search: ${result.search.rebuilt} of ${result.search.shards} shard(s) indexed again${result.search.merged ? ', merged into one index' : ''}${result.search.unmerged ? ` (not merged: ${result.search.unmerged}; readers load the shards)` : ''} (${result.search.pages} pages searchable)` : '') +
  `; done in ${(result.ms / 1000).toFixed(1)} s → ${process.env.SITE_DIR || 'dist/site'}`

async function publishOnce(payload: Payload, options: { quiet: boolean; search: boolean }): Promise<number> {
  const { publishSite, PublishError } = await import('../publish/publisher')
  const bar = options.quiet || !process.stdout.isTTY ? null : new cliProgress.SingleBar({ format: '发布 publishing [{bar}] {value}/{total} 页 {percentage}% | {eta}s' }, cliProgress.Presets.shades_classic)
  let started = false
  try {
    const result = await publishSite(payload, {
      search: options.search,
      onWait: (owner) => console.log(`另一个发布正在进行（${owner.host} 上的 pid ${owner.pid}），等它完成… waiting for another publish of this site to finish`),
      onProgress: (done, total) => {
        if (!bar) return
        if (!started) {
          bar.start(total, 0)
          started = true
        }
        bar.update(done)
      },
    })
    bar?.stop()
    console.log(summaryOf(result))
    return 0
  } catch (err) {
    bar?.stop()
    console.error(`✖ 发布失败 publish failed: ${err instanceof PublishError ? err.message : (err as Error).stack}`)
    if (!(err instanceof PublishError && err.pagesLive)) console.error('  The live site was left unchanged.')
    return 1
  }
}

async function serve(payload: Payload): Promise<number> {
  const { publishSite } = await import('../publish/publisher')
  const idleMs = publisherIdleMinutes() * 60_000
  let chain: Promise<void> = Promise.resolve()
  let timer: NodeJS.Timeout | undefined
  return new Promise<number>((resolve) => {
    const idle = () => {
      clearTimeout(timer)
      timer = setTimeout(() => resolve(0), idleMs)
    }
    process.on('disconnect', () => resolve(0))
    process.on('message', (message: Request) => {
      if (message?.type !== 'publish') return
      clearTimeout(timer)
      // One publish at a time, in the order asked.
      chain = chain.then(async () => {
        let reply: PublisherReply
        try {
          reply = { id: message.id, ok: true, summary: summaryOf(await publishSite(payload)) }
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

main().then((code) => {
  markFinished()
  process.exit(code)
})
