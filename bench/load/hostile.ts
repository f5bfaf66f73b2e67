/**
 * Normal readers while anonymous hostile requests run (the `hostile` scenario of bench:load).
 *
 * Normal readers — GET /api/health, a published page of the static site and
 * GET /api/articles?limit=12&depth=1, each at a steady rate a busy site sees — are measured twice,
 * side by side: first alone ("quiet"), then while bench/load/hostileClient.ts, in a process of its
 * own, sends hostile requests to the same server: depth=10 REST reads that miss the cache,
 * 500-alias GraphQL queries and 20 MB bodies. The hostile requests' longest answer is recorded too.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import autocannon, { type Result } from 'autocannon'

export type ReaderRow = { name: string; requests: number; rps: number; p50: number; p99: number; max: number; errors: number; detail: string }
export type HostileRow = { name: string; requests: number; max: number; p99: number; timeouts: number; errors: number; statuses: Record<string, number> }
export type HostileResult = { quiet: ReaderRow[]; attacked: ReaderRow[]; hostile: HostileRow[] }

/** Requests per second each normal reader sends (on two connections). */
const READER_RATE = 20

function readerRow(name: string, r: Result): ReaderRow {
  const codes = Object.entries(r.statusCodeStats)
    .filter(([code]) => !code.startsWith('2'))
    .map(([code, s]) => `${s.count}× ${code}`)
  const detail = [r.errors ? `${r.errors} connection errors (${r.timeouts} timeouts)` : '', ...codes].filter(Boolean).join(', ')
  return { name, requests: r.requests.total, rps: r.requests.total / r.duration, p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max, errors: r.errors + r.non2xx, detail }
}

/** The three normal readers side by side for `seconds`. */
async function readers(base: string, pagePath: string, seconds: number): Promise<ReaderRow[]> {
  const run = (p: string) => autocannon({ url: `${base}${p}`, connections: 2, overallRate: READER_RATE, duration: seconds, timeout: 10 })
  const [health, page, api] = await Promise.all([run('/api/health'), run(pagePath), run('/api/articles?limit=12&depth=1')])
  const shortPage = pagePath.length > 28 ? `${pagePath.slice(0, 25)}…` : pagePath
  return [readerRow('health GET /api/health', health), readerRow(`static page ${shortPage}`, page), readerRow('API GET /api/articles?limit=12&depth=1', api)]
}

type ClientResult = Record<'deep' | 'aliases' | 'bodies', Omit<HostileRow, 'name'>>

/** Start the hostile client process; resolves with its results when it has run `seconds`. */
function hostileClient(root: string, base: string, seconds: number): Promise<ClientResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'bench/load/hostileClient.ts'), base, String(seconds)], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (err += d))
    child.on('error', reject)
    child.on('exit', (code) => {
      try {
        if (code !== 0) throw new Error(`the hostile client exited with ${code}: ${err.slice(-1000)}`)
        resolve(JSON.parse(out.trim().split('\n').at(-1)!) as ClientResult)
      } catch (e) {
        reject(e)
      }
    })
  })
}

export async function runHostile(opts: { root: string; base: string; pagePath: string; seconds: number; log: (line: string) => void }): Promise<HostileResult> {
  const { base, pagePath, seconds } = opts

  opts.log(`normal readers alone (${READER_RATE} req/s each): ${seconds} s…`)
  const quiet = await readers(base, pagePath, seconds)

  // The hostile client starts first and runs a little longer, so every reader request is made
  // while it runs (it needs about a second to start).
  const client = hostileClient(opts.root, base, seconds + 5)
  await new Promise((resolve) => setTimeout(resolve, 3000))
  opts.log(`normal readers while hostile requests run (depth=10 reads, 500-alias GraphQL, 20 MB bodies): ${seconds} s…`)
  const attacked = await readers(base, pagePath, seconds)
  const hostile = await client
  return {
    quiet,
    attacked,
    hostile: [
      { name: 'REST depth=10&limit=100 (no cache)', ...hostile.deep },
      { name: 'GraphQL 500 aliases', ...hostile.aliases },
      { name: '20 MB bodies (GraphQL, REST)', ...hostile.bodies },
    ],
  }
}
