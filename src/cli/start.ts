/**
 * `npm start`: the one command that brings the CMS up on a fresh checkout.
 *
 * 1. checks every setting (DATABASE_URI, PORT…, src/settings) and the secret before anything else
 *    (one message and exit 1 when wrong; runCommand, src/lib/command.ts, checks the settings);
 * 2. opens the database — creating the SQLite file and its tables on first run — and seeds the demo
 *    content when the database is empty;
 * 3. builds the admin with `next build` when there is no build, or the sources are newer than it;
 * 4. serves admin (/admin) and API (/api) with `next start` on PORT, and prints the URLs.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import type { SanitizedConfig } from 'payload'

import { MissingSecretError, resolveSecret } from '../db/secret'
import { sourceRoot } from '../lib/paths'
import { setting } from '../settings'
import { CommandError, runCommand, type CommandContext } from '../lib/command'
import { newestSourceChange } from './sourceChanges'

const require = createRequire(import.meta.url)
const nextBin = require.resolve('next/dist/bin/next')

function run(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [nextBin, ...args], { cwd: sourceRoot, env, stdio: 'inherit' })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

async function prepareDatabase(config: SanitizedConfig): Promise<string[]> {
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  try {
    let logins: string[] = []
    const { totalDocs } = await payload.count({ collection: 'users' })
    if (totalDocs === 0) {
      console.log('• 数据库为空，写入演示内容 / empty database: adding the demo content…')
      const { seed } = await import('../seed')
      const result = await seed(payload, { log: (line: string) => console.log(`  ${line}`) })
      const { loginTable } = await import('../seed/logins')
      logins = ['演示账号 demo logins:', ...loginTable(result.logins)]
    }
    // Bring the public site up to date with the database (only changed pages are rendered).
    console.log('• 发布网站 / publishing the public site…')
    const { publishSite } = await import('../publish/publisher')
    const { closeSearch } = await import('../publish/search')
    try {
      const site = await publishSite(payload)
      console.log(`  ${site.pages} pages (${site.written} written, ${site.reused} unchanged) in ${(site.ms / 1000).toFixed(1)} s`)
    } catch (err) {
      console.error(`  ✖ the public site could not be published: ${(err as Error).message}`)
    } finally {
      await closeSearch().catch(() => {})
    }
    return logins
  } finally {
    await payload.destroy()
  }
}

function buildIsCurrent(): boolean {
  const buildId = path.join(sourceRoot, '.next', 'BUILD_ID')
  if (!fs.existsSync(buildId)) return false
  return fs.statSync(buildId).mtimeMs >= newestSourceChange(sourceRoot)
}

async function start({ loadConfig }: CommandContext): Promise<number> {
  // The settings (PORT, DATABASE_URI, the publisher's SITE_SEARCH_SHARD_PAGES and
  // PUBLISHER_IDLE_MINUTES…) were checked by runCommand: a typo is reported now, not at the first
  // publish.
  const port = setting('PORT')
  const host = setting('HOST')

  let secret: string
  try {
    secret = resolveSecret()
  } catch (err) {
    if (err instanceof MissingSecretError) throw new CommandError(err.message)
    throw err
  }
  // The launcher decides the secret once; the server (which always runs with NODE_ENV=production)
  // then finds it in its environment.
  // MALLOC_ARENA_MAX bounds glibc's per-thread memory arenas, which sharp's threads otherwise grow
  // during bursts of uploads; Node cannot set it for itself, so the server is started with it.
  const env: NodeJS.ProcessEnv = { ...process.env, PAYLOAD_SECRET: secret, NEXT_TELEMETRY_DISABLED: '1', MALLOC_ARENA_MAX: String(setting('MALLOC_ARENA_MAX')) }
  process.env.PAYLOAD_SECRET = secret

  console.log('• 检查数据库 / checking the database…')
  let loginLines: string[]
  try {
    loginLines = await prepareDatabase(await loadConfig())
  } catch (err) {
    throw new CommandError(`The database could not be opened: ${(err as Error).message}`)
  }

  if (!setting('UNION_CMS_SKIP_BUILD') && !buildIsCurrent()) {
    console.log('• 构建管理后台（首次约 1–2 分钟）/ building the admin (first run takes a minute or two)…')
    const code = await run(['build'], { ...env, NODE_ENV: 'production' })
    if (code !== 0) throw new CommandError('`next build` failed; see the messages above.')
  }

  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host
  const base = `http://${shownHost}:${port}`
  console.log('')
  console.log(`✔ 工会宣传内容管理系统 / Union publicity CMS`)
  console.log(`  管理后台 admin: ${base}/admin`)
  console.log(`  接口 API:       ${base}/api`)
  console.log(`  网站 site:      ${base}/`)
  for (const line of loginLines) console.log(`  ${line}`)
  console.log('')

  const tsx = path.join(sourceRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs')
  const server = spawn(process.execPath, [tsx, path.join(sourceRoot, 'src', 'cli', 'server.ts')], {
    cwd: sourceRoot,
    env: { ...env, NODE_ENV: 'production', PORT: String(port), HOST: host },
    stdio: 'inherit',
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
  // This process lives as long as the server, and ends with its status.
  return new Promise((resolve) => server.on('exit', (code, signal) => resolve(code ?? (signal ? 0 : 1))))
}

runCommand('npm start', start)
