// Request limits against the real server (src/cli/server.ts in front of Next, on 127.0.0.1): an
// oversized body is refused by its Content-Length before Next reads it, bad input is answered with
// 4xx through the whole stack, and the health check keeps answering while anonymous clients send
// depth=10 reads that miss the cache and 500-alias GraphQL queries. The in-process details are in
// tests/int/limits.int.spec.ts; this file checks what only the running server shows.
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { waitForOtherBuilds } from '../helpers/processes'
import { startServer, type RunningServer } from '../helpers/server'

let server: RunningServer
let base = ''

const MB = 1024 * 1024

beforeAll(async () => {
  await waitForOtherBuilds(path.resolve(__dirname, '../..'), { deadline: Date.now() + 300_000 })
  server = await startServer('limits')
  base = server.base
}, 600_000)

afterAll(async () => {
  await server?.stop()
})

async function timed(url: string, init?: RequestInit): Promise<{ status: number; text: string; ms: number }> {
  const started = performance.now()
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(15_000) })
  const text = await res.text()
  return { status: res.status, text, ms: performance.now() - started }
}

describe('the running server', () => {
  it('refuses a 20 MB GraphQL body with 413 and a JSON message', async () => {
    const res = await timed(`${base}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: Buffer.alloc(20 * MB, 'a') })
    expect(res.status).toBe(413)
    expect(JSON.parse(res.text).errors[0].message).toMatch(/上限 2 MB/)
    expect(res.ms).toBeLessThan(5000)
  })

  it('refuses a 20 MB JSON body to REST with 413 and still answers on the same server afterwards', async () => {
    const res = await timed(`${base}/api/articles`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: Buffer.alloc(20 * MB, 'a') })
    expect(res.status).toBe(413)
    expect((await timed(`${base}/api/health`)).status).toBe(200)
  })

  it('answers bad input with 4xx and a message, not 500', async () => {
    const cases: [string, RequestInit | undefined, number][] = [
      ['/api/articles/abc', undefined, 404],
      ['/api/media/abc', undefined, 404],
      ['/api/articles?where[publishedAt][greater_than]=not-a-date', undefined, 400],
      ['/api/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{not json' }, 400],
    ]
    for (const [url, init, status] of cases) {
      const res = await timed(`${base}${url}`, init)
      expect(res.status, url).toBe(status)
      expect(JSON.parse(res.text).errors[0].message, url).toBeTruthy()
    }
  })

  it('shows anonymous health callers no file-system path', async () => {
    const res = await timed(`${base}/api/health`)
    expect(res.status).toBe(200)
    expect(res.text).not.toContain(server.dir)
    expect(res.text).not.toMatch(/"\/[a-z]/i)
  })

  it('keeps the health check answering while hostile anonymous requests run, none of which takes 5 s', async () => {
    const aliasQuery = JSON.stringify({ query: `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: Articles(limit: 100) { docs { id title } }`).join(' ')} }` })
    const until = performance.now() + 6000
    const hostile: { status: number; ms: number }[] = []
    let n = 0
    const attacker = async (kind: 'deep' | 'aliases') => {
      while (performance.now() < until) {
        const res =
          kind === 'deep'
            ? await timed(`${base}/api/articles?depth=10&limit=100&where[title][not_equals]=e2e-${n++}`)
            : await timed(`${base}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: aliasQuery })
        hostile.push({ status: res.status, ms: res.ms })
      }
    }
    const health: number[] = []
    const monitor = async () => {
      await new Promise((r) => setTimeout(r, 500))
      while (performance.now() < until - 500) {
        const res = await timed(`${base}/api/health`)
        expect(res.status).toBe(200)
        health.push(res.ms)
        await new Promise((r) => setTimeout(r, 100))
      }
    }
    await Promise.all([attacker('deep'), attacker('deep'), attacker('deep'), attacker('aliases'), attacker('aliases'), monitor()])
    health.sort((a, b) => a - b)
    const p95 = health[Math.floor(health.length * 0.95)]!
    console.log(`[limits] ${hostile.length} hostile requests, longest ${Math.round(Math.max(...hostile.map((h) => h.ms)))} ms; health p95 ${Math.round(p95)} ms over ${health.length} checks`)
    expect(hostile.some((h) => h.status === 400)).toBe(true)
    expect(hostile.every((h) => h.status === 200 || h.status === 400)).toBe(true)
    expect(Math.max(...hostile.map((h) => h.ms))).toBeLessThan(5000)
    // Generous for a shared machine: before the limits a check waited 15–20 s.
    expect(p95).toBeLessThan(1000)
  }, 60_000)
})
