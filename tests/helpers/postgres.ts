// A throw-away PostgreSQL server for the tests and benchmarks: Debian's `postgresql` package
// (`apt-get install -y postgresql`; .ci/run installs it), a cluster in a temporary folder, on a free
// port of 127.0.0.1, stopped and removed afterwards. Each test file takes a database of its own on it.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { freePort } from './processes'

/** The folder holding `initdb` and `pg_ctl` (newest installed major version), or null. */
export function postgresBinaries(): string | null {
  const fromEnv = process.env.UNION_CMS_PG_BIN
  if (fromEnv && fs.existsSync(path.join(fromEnv, 'pg_ctl'))) return fromEnv
  const root = '/usr/lib/postgresql'
  if (!fs.existsSync(root)) return null
  const versions = fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'pg_ctl')))
  versions.sort((a, b) => Number(b) - Number(a))
  return versions[0] ? path.join(root, versions[0], 'bin') : null
}

export const POSTGRES_MISSING = 'PostgreSQL is not installed (apt-get install -y postgresql); the PostgreSQL suites are skipped'

export type PostgresCluster = {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` (trust authentication, loopback only). */
  uri: string
  port: number
  /**
   * Shut the server down, keeping its data (`-m fast`: every connection is cut at once, as in a
   * database restart; not `immediate`, which with these settings can lose the last commits).
   */
  pause: () => void
  /** Start it again on the same port after `pause`. */
  resume: () => void
  /** Shut it down and remove its data. */
  stop: () => void
}

/** PostgreSQL refuses to run as root: as root, its commands run as the `postgres` user. */
function asOwner(bin: string, args: string[]): void {
  const root = process.getuid?.() === 0
  const [cmd, argv] = root ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args]
  execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 })
}

/** Create and start a cluster. Fast and unsafe settings (no fsync): test data only. */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = postgresBinaries()
  if (!bin) throw new Error(POSTGRES_MISSING)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'union-cms-pg-'))
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', dir])
  const data = path.join(dir, 'data')
  const port = await freePort()
  asOwner(path.join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-locale', '--no-sync'])
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=300',
  ].join(' ')
  const start = () => asOwner(path.join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', 'start'])
  const shutdown = (mode = 'fast') => asOwner(path.join(bin, 'pg_ctl'), ['-D', data, '-m', mode, '-w', 'stop'])
  start()
  let stopped = false
  let running = true
  return {
    uri: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    pause: () => {
      shutdown('fast')
      running = false
    },
    resume: () => {
      start()
      running = true
    },
    stop: () => {
      if (stopped) return
      stopped = true
      try {
        if (running) shutdown('immediate')
      } finally {
        fs.rmSync(dir, { recursive: true, force: true })
      }
    },
  }
}

/** `uri` with its database name replaced. */
export function withDatabase(uri: string, database: string): string {
  const url = new URL(uri)
  url.pathname = `/${database}`
  return url.toString()
}

/** Create the empty database `name` on the server of `uri`; returns its URI. */
export async function createDatabase(uri: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`)
  } finally {
    await client.end()
  }
  return withDatabase(uri, name)
}

/** Drop the database `name` (closing whatever still holds it). */
export async function dropDatabase(uri: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '')}" WITH (FORCE)`)
  } finally {
    await client.end()
  }
}
