/**
 * The hostile side of bench:load's `hostile` scenario, in a process of its own (as an attacker's
 * client would be), so its work — sending 20 MB bodies, reading large answers — does not delay the
 * benchmark's own measurement of the normal readers. Run by bench/load/hostile.ts:
 *
 *   tsx bench/load/hostileClient.ts <base URL> <seconds>
 *
 * Runs for `seconds` and prints one JSON line on stdout: the autocannon results of each kind.
 *   - REST reads asking for depth=10 and limit=100, each with a different query string (so the
 *     anonymous cache never answers them), 4 connections;
 *   - GraphQL queries of 500 aliased lookups, 2 connections;
 *   - 20 MB bodies posted to /api/graphql and /api/articles, 2 per second.
 */
import autocannon, { type Request as CannonRequest, type Result } from 'autocannon'

const [base, secondsArg] = process.argv.slice(2)
const seconds = Number(secondsArg)
if (!base || !Number.isFinite(seconds) || seconds <= 0) {
  console.error('usage: tsx bench/load/hostileClient.ts <base URL> <seconds>')
  process.exit(2)
}

const aliasQuery = JSON.stringify({ query: `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: Articles(limit: 100) { docs { id title } }`).join(' ')} }` })
const body20 = Buffer.alloc(20 * 1024 * 1024, 'a')
let n = 0
const bust = (request: CannonRequest) => ({ ...request, path: `/api/articles?depth=10&limit=100&where[title][not_equals]=${process.pid}-${n++}` })

const pick = (r: Result) => ({
  requests: r.requests.total,
  max: r.latency.max,
  p99: r.latency.p99,
  timeouts: r.timeouts,
  errors: r.errors,
  statuses: Object.fromEntries(Object.entries(r.statusCodeStats).map(([code, s]) => [code, s.count])),
})

const [deep, aliases, bodies] = await Promise.all([
  autocannon({ url: base, connections: 4, duration: seconds, timeout: 10, requests: [{ method: 'GET', path: '/api/articles?depth=10', setupRequest: bust }] }),
  autocannon({ url: base, connections: 2, duration: seconds, timeout: 10, requests: [{ method: 'POST', path: '/api/graphql', headers: { 'Content-Type': 'application/json' }, body: aliasQuery }] }),
  autocannon({
    url: base,
    connections: 2,
    overallRate: 2,
    duration: seconds,
    timeout: 10,
    requests: [
      { method: 'POST', path: '/api/graphql', headers: { 'Content-Type': 'application/json' }, body: body20 },
      { method: 'POST', path: '/api/articles', headers: { 'Content-Type': 'application/json' }, body: body20 },
    ],
  }),
])
process.stdout.write(`${JSON.stringify({ deep: pick(deep), aliases: pick(aliases), bodies: pick(bodies) })}\n`)
process.exit(0)
