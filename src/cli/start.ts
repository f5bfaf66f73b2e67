/**
 * `npm start`: the one command that brings the CMS up on a fresh checkout.
 *
 * 1. checks DATABASE_URI and the secret before anything else (one line and exit 1 when wrong);
 * 2. opens the database — creating the SQLite file and its tables on first run — and seeds the demo
 *    content when the database is empty;
 * 3. builds the admin with `next build` when there is no build, or the sources are newer than it;
 * 4. serves admin (/admin) and API (/api) with `next start` on PORT, and prints the URLs.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { DatabaseConfigError, parseDatabaseURI } from '../db'
import { MissingSecretError, resolveSecret } from '../db/secret'
import { sourceRoot } from '../lib/paths'
import { publisherIdleMinutes, searchShardPages } from '../lib/settings'
import { loadConfig, markFinished } from './boot'
import { loadEnv } from './env'
import { newestSourceChange } from './sourceChanges'

const require = createRequire(import.meta.url)
const nextBin = require.resolve('next/dist/bin/next')

function fail(message: string): never {
  console.error(`✖ ${message}`)
  process.exit(1)
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [nextBin, ...args], { cwd: sourceRoot, env, stdio: 'inherit' })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

async function prepareDatabase(): Promise<string[]> {
  const { getPayload } = await import('payload')
  const config = await loadConfig('npm start')
  const payload = await getPayload({ config })
  try {
    let logins: string[] = []
    const { totalDocs } = await payload.count({ collection: 'users' })
    if (totalDocs === 0) {
      console.log('• 数据库为空，写入演示内容 / empty database: adding the demo content…')
      const { seed } = await import('../seed')
      const result = await seed(payload, { log: (line: string) => console.log(`  ${line}`) })
      logins = ['演示账号 demo logins:', ...result.logins.map((l) => `  ${l.role.padEnd(13)} ${l.email}  /  ${l.password}`)]
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

async function main(): Promise<void> {
  loadEnv()
  const port = Number(process.env.PORT || 3000)
  if (!Number.isInteger(port) || port <= 0 || port > 65535) fail(`PORT "${process.env.PORT}" is not a port number (1–65535).`)
  // Settings the publisher reads later: a typo is reported now, not at the first publish.
  try {
    searchShardPages()
    publisherIdleMinutes()
  } catch (err) {
    fail((err as Error).message)
  }
  const host = process.env.HOST || '0.0.0.0'

  let secret: string
  try {
    parseDatabaseURI(process.env.DATABASE_URI)
    secret = resolveSecret()
  } catch (err) {
    if (err instanceof DatabaseConfigError || err instanceof MissingSecretError) fail(err.message)
    throw err
  }
  // The launcher decides the secret once; the server (which always runs with NODE_ENV=production)
  // then finds it in its environment.
  // MALLOC_ARENA_MAX bounds glibc's per-thread memory arenas, which sharp's threads otherwise grow
  // during bursts of uploads; Node cannot set it for itself, so the server is started with it.
  const env: NodeJS.ProcessEnv = { ...process.env, PAYLOAD_SECRET: secret, NEXT_TELEMETRY_DISABLED: '1', MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' }
  process.env.PAYLOAD_SECRET = secret

  console.log('• 检查数据库 / checking the database…')
  let loginLines: string[]
  try {
    loginLines = await prepareDatabase()
  } catch (err) {
    fail(`The database could not be opened: ${(err as Error).message}`)
  }

  if (process.env.UNION_CMS_SKIP_BUILD !== '1' && !buildIsCurrent()) {
    console.log('• 构建管理后台（首次约 1–2 分钟）/ building the admin (first run takes a minute or two)…')
    const code = await run(['build'], { ...env, NODE_ENV: 'production' })
    if (code !== 0) fail('`next build` failed; see the messages above.')
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

  markFinished()
  const tsx = path.join(sourceRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs')
  const server = spawn(process.execPath, [tsx, path.join(sourceRoot, 'src', 'cli', 'server.ts')], {
    cwd: sourceRoot,
    env: { ...env, NODE_ENV: 'production', PORT: String(port), HOST: host },
    stdio: 'inherit',
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)))
}

main().catch((err) => fail(err instanceof Error ? err.message : String(err)))
