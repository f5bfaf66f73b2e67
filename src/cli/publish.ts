/**
 * `npm run publish`: build the public static site into SITE_DIR (default dist/site) from the
 * published content, with a progress bar and a summary. Also run by the server's jobs queue after
 * each publish/unpublish (as a child process, so rendering never blocks the admin).
 */
import { parseArgs } from 'node:util'

import cliProgress from 'cli-progress'
import { getPayload } from 'payload'

import { loadConfig, markFinished } from './boot'
import { loadEnv } from './env'

async function main(): Promise<number> {
  loadEnv()
  const { values } = parseArgs({ options: { quiet: { type: 'boolean', default: false }, 'no-search': { type: 'boolean', default: false } } })
  // A one-off command: the jobs queue runs in the server, not here.
  process.env.JOBS_AUTORUN ??= '0'
  // Render with React's production build (several times faster than the development one), as the
  // publish job does; outside production the development secret is resolved first.
  if (process.env.NODE_ENV !== 'production') {
    const { resolveSecret } = await import('../db/secret')
    Object.assign(process.env, { PAYLOAD_SECRET: resolveSecret(), NODE_ENV: 'production' })
  }
  const config = await loadConfig('npm run publish')
  const { publishSite, PublishError } = await import('../publish/publisher')
  const { closeSearch } = await import('../publish/search')
  const payload = await getPayload({ config })
  const bar = values.quiet || !process.stdout.isTTY ? null : new cliProgress.SingleBar({ format: '发布 publishing [{bar}] {value}/{total} 页 {percentage}% | {eta}s' }, cliProgress.Presets.shades_classic)
  let started = false
  try {
    const result = await publishSite(payload, {
      search: !values['no-search'],
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
    console.log(
      `✔ 站点已发布 site published: ${result.pages} pages (${result.written} written, ${result.reused} unchanged, ${result.removed} removed) in ${(result.ms / 1000).toFixed(1)} s → ${process.env.SITE_DIR || 'dist/site'}`,
    )
    return 0
  } catch (err) {
    bar?.stop()
    console.error(`✖ 发布失败 publish failed: ${err instanceof PublishError ? err.message : (err as Error).stack}`)
    console.error('  The live site was left unchanged.')
    return 1
  } finally {
    await closeSearch().catch(() => {})
    await payload.destroy().catch(() => {})
  }
}

main().then((code) => {
  markFinished()
  process.exit(code)
})
