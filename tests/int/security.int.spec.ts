// Hardening that cuts across the features: login lockout and unlock, tokens dead after logout,
// cookie-authenticated writes from a foreign origin refused, GraphQL depth limit, the health check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rest, startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
const password = 'correct-horse-2026'

beforeAll(async () => {
  process.env.LOGIN_LOCK_MINUTES = String(3 / 60) // three seconds, so the test can see the unlock
  process.env.PORT = '3000'
  t = await startPayload('security')
  await t.payload.create({ collection: 'users', data: { email: 'admin@sec.test', password, name: '管理员', roles: ['admin'] } as never })
  await t.payload.create({ collection: 'users', data: { email: 'reporter@sec.test', password, name: '记者', roles: ['reporter'] } as never })
})

afterAll(async () => {
  await t?.close()
})

const login = (email: string, pw: string) => rest<{ token?: string; errors?: { message: string }[] }>(t, 'POST', '/api/users/login', { body: { email, password: pw } })

describe('login lockout', () => {
  it('locks an account after 5 failed logins, even for the right password, and unlocks after the lock time', async () => {
    for (let i = 0; i < 5; i++) expect((await login('reporter@sec.test', 'wrong-password')).status).toBe(401)
    const locked = await login('reporter@sec.test', password)
    expect(locked.status).not.toBe(200)
    expect(JSON.stringify(locked.body)).toMatch(/lock|锁/i)
    await new Promise((r) => setTimeout(r, 3500))
    expect((await login('reporter@sec.test', password)).status).toBe(200)
  }, 30_000)
})

describe('sessions', () => {
  it('rejects a token after logout', async () => {
    const { body } = await login('admin@sec.test', password)
    const token = body.token!
    const me = await rest<{ user: { email: string } | null }>(t, 'GET', '/api/users/me', { token })
    expect(me.body.user?.email).toBe('admin@sec.test')
    expect((await rest(t, 'POST', '/api/users/logout', { token })).status).toBe(200)
    const after = await rest<{ user: unknown }>(t, 'GET', '/api/users/me', { token })
    expect(after.body.user ?? null).toBeNull()
    const write = await rest(t, 'POST', '/api/topics', { token, body: { name: '注销后写入' } })
    expect(write.status).toBe(403)
  })
})

describe('cross-site requests', () => {
  async function cookieRequest(origin: string) {
    const { body } = await login('admin@sec.test', password)
    const { handleEndpoints } = await import('payload')
    const request = new Request('http://localhost:3000/api/topics', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: `payload-token=${body.token}`, Origin: origin },
      body: JSON.stringify({ name: `来自 ${origin} 的栏目` }),
    })
    return handleEndpoints({ config: t.config, request, payloadInstanceCacheKey: t.key })
  }

  it('refuses a cookie-authenticated write from a foreign origin', async () => {
    const res = await cookieRequest('https://evil.example')
    expect(res.status).toBe(403)
    const found = await t.payload.find({ collection: 'topics', where: { name: { equals: '来自 https://evil.example 的栏目' } } })
    expect(found.totalDocs).toBe(0)
  })

  it('accepts the same write from the admin’s own origin', async () => {
    const res = await cookieRequest('http://localhost:3000')
    expect(res.status).toBe(201)
  })
})

describe('GraphQL', () => {
  it('refuses a query nested deeper than the limit', async () => {
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const nest = (depth: number): string => (depth === 0 ? 'id' : `organization { parent { ${nest(depth - 1)} } }`)
    const query = `{ Users { docs { ${nest(8)} } } }`
    const res = await GRAPHQL_POST(t.config)(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query }) }))
    const body = (await res.json()) as { errors?: { message: string }[] }
    expect(body.errors?.map((e) => e.message).join(' ')).toMatch(/exceeds maximum operation depth/)
  })
})

describe('health', () => {
  it('reports the database, the jobs queue and the last publish', async () => {
    const res = await rest<{ ok: boolean; database: { ok: boolean }; jobs: { ok: boolean }; publish: unknown }>(t, 'GET', '/api/health')
    expect(res.status).toBe(200)
    expect(res.body.ok).toBe(true)
    expect(res.body.database.ok).toBe(true)
    expect(res.body.jobs.ok).toBe(true)
    expect(res.body).toHaveProperty('publish')
  })
})
