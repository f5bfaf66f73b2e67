/**
 * `databases` scenario of `npm run bench:load` (issue 18): the same server on SQLite and on
 * PostgreSQL, side by side in one run. Each database gets a fresh server (`npm start`: migrations,
 * demo seed, publish) on a fresh database; then anonymous API reads for a fixed time (autocannon),
 * then N editors saving a draft once per second (./editors.ts). PostgreSQL is a throw-away cluster
 * on 127.0.0.1 (tests/helpers/postgres.ts, Debian's `postgresql`), with fsync off like the tests: the
 * figures compare the servers' code paths on this machine, not durable-disk performance.
 */
import fs from 'node:fs'
import path from 'node:path'

import autocannon from 'autocannon'

import { POSTGRES_MISSING, createDatabase, postgresBinaries, startPostgresCluster, type PostgresCluster } from '../../tests/helpers/postgres'
import { waitForOtherBuilds } from '../../tests/helpers/processes'
import { login, runEditors, type EditorsResult } from './editors'
import { startServer, type Server } from './server'

export type DatabaseRun = {
  database: string
  startSeconds: number
  read: { rps: number; p50: number; p99: number; errors: number }
  editors: EditorsResult
}

export async function runDatabases(opts: {
  root: string
  tmp: string
  skipBuild: boolean
  seconds: number
  connections: number
  editors: number
  editorsSeconds: number
  log: (line: string) => void
  onServer: (server: Server | undefined) => void
}): Promise<DatabaseRun[]> {
  const { log } = opts
  let cluster: PostgresCluster | null = null
  const kinds: { database: string; uri: () => Promise<string | undefined> }[] = [{ database: 'SQLite (file)', uri: async () => undefined }]
  if (postgresBinaries()) {
    kinds.push({
      database: 'PostgreSQL',
      uri: async () => {
        cluster = await startPostgresCluster()
        return createDatabase(cluster.uri, 'bench_load')
      },
    })
  } else log(`databases: ${POSTGRES_MISSING}; SQLite only`)

  const runs: DatabaseRun[] = []
  try {
    for (const kind of kinds) {
      const dir = path.join(opts.tmp, `databases-${runs.length + 1}`)
      fs.mkdirSync(dir, { recursive: true })
      const uri = await kind.uri()
      if (!opts.skipBuild) await waitForOtherBuilds(opts.root, { log })
      const t = Date.now()
      const server = await startServer({ root: opts.root, tmp: dir, skipBuild: opts.skipBuild, log, onSpawn: opts.onServer, env: uri ? { DATABASE_URI: uri } : {} })
      opts.onServer(server)
      const startSeconds = (Date.now() - t) / 1000
      log(`${kind.database}: server up at ${server.base} in ${startSeconds.toFixed(1)} s (fresh database)`)
      try {
        const password = server.output().split('\n').find((l) => l.includes('admin@example.com'))?.match(/\/\s+(\S+)/)?.[1]
        if (!password) throw new Error('no demo password printed for admin@example.com')
        const adminToken = await login(server.base, 'admin@example.com', password)
        const url = `${server.base}/api/articles?limit=12&depth=1`
        await autocannon({ url, connections: opts.connections, duration: 3, timeout: 10 })
        log(`${kind.database}: API reads for ${opts.seconds} s…`)
        const r = await autocannon({ url, connections: opts.connections, duration: opts.seconds, timeout: 10 })
        const read = { rps: r.requests.total / r.duration, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx }
        const editors = await runEditors({ base: server.base, adminToken, editors: opts.editors, seconds: opts.editorsSeconds, log })
        runs.push({ database: kind.database, startSeconds, read, editors })
      } finally {
        await server.stop()
        opts.onServer(undefined)
      }
    }
  } finally {
    ;(cluster as PostgresCluster | null)?.stop()
  }
  return runs
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

export function reportDatabases(runs: DatabaseRun[], opts: { editors: number; editorsSeconds: number; log: (line: string) => void }): void {
  const fmt = (v: number, digits = 0) => (Number.isFinite(v) ? v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '—')
  const ms = (v: number) => fmt(v, v < 10 ? 1 : 0)
  const table = [
    ['database', 'API req/s', 'API p50 ms', 'API p99 ms', 'saves answered', 'save p50 ms', 'save p99 ms', 'errors', 'lost updates'],
    ...runs.map(({ database, read, editors: e }) => [
      database,
      fmt(read.rps),
      ms(read.p50),
      ms(read.p99),
      `${e.acknowledged} of ${opts.editors * opts.editorsSeconds}`,
      ms(percentile(e.latencies, 50)),
      ms(percentile(e.latencies, 99)),
      String(read.errors + e.connectionErrors + Object.values(e.statuses).reduce((a, b) => a + b, 0)),
      String(e.lostUpdates.length),
    ]),
  ]
  const widths = table[0]!.map((_, i) => Math.max(...table.map((line) => [...line[i]!].length)))
  opts.log('')
  opts.log(`=== SQLite and PostgreSQL side by side (anonymous API list; ${opts.editors} editors saving once per second for ${opts.editorsSeconds} s) ===`)
  for (const [i, line] of table.entries()) {
    opts.log(line.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]!) : cell.padStart(widths[j]!))).join('  '))
    if (i === 0) opts.log(widths.map((w) => '-'.repeat(w)).join('  '))
  }
  opts.log('')
}
