/**
 * `npm run publish`: build the public static site into SITE_DIR (default dist/site) from the
 * published content, with a progress bar and a summary. The work is src/publish's (README there);
 * this is only the command around it. The server publishes through its worker (src/publish/worker.ts).
 */
import { parseArgs } from 'node:util'

import cliProgress from 'cli-progress'
import { getPayload } from 'payload'

import { summarize } from '../publish/protocol'
import { siteDir } from '../settings'
import { runCommand } from '../lib/command'

runCommand('npm run publish', async ({ loadConfig }) => {
  const { values } = parseArgs({ options: { quiet: { type: 'boolean', default: false }, 'no-search': { type: 'boolean', default: false } } })
  // A one-off command: the jobs queue runs in the server, not here.
  process.env.JOBS_AUTORUN = '0'
  // Render with React's production build (several times faster than the development one), as the
  // server's worker does; outside production the development secret is resolved first.
  if (process.env.NODE_ENV !== 'production') {
    const { resolveSecret } = await import('../db/secret')
    Object.assign(process.env, { PAYLOAD_SECRET: resolveSecret(), NODE_ENV: 'production' })
  }
  const config = await loadConfig()
  const { closeSearch } = await import('../publish/search')
  const { publishSite, PublishError } = await import('../publish/publisher')
  const payload = await getPayload({ config })
  const bar = values.quiet || !process.stdout.isTTY ? null : new cliProgress.SingleBar({ format: '发布 publishing [{bar}] {value}/{total} 页 {percentage}% | {eta}s' }, cliProgress.Presets.shades_classic)
  let started = false
  try {
    const result = await publishSite(payload, {
      search: !values['no-search'],
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
    console.log(summarize(result, siteDir()))
    return 0
  } catch (err) {
    bar?.stop()
    console.error(`✖ 发布失败 publish failed: ${err instanceof PublishError ? err.message : (err as Error).stack}`)
    if (!(err instanceof PublishError && err.pagesLive)) console.error('  The live site was left unchanged.')
    return 1
  } finally {
    await closeSearch().catch(() => {})
    await payload.destroy().catch(() => {})
  }
})
