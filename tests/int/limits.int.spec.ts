// Request limits (src/security/requestLimits.ts, graphqlLimits.ts, queryValidation.ts,
// requestBudget.ts): what one request may cost — depth and limit bounds, GraphQL alias and field
// counts, body sizes, time — and bad input answered with 4xx and a message instead of 500. Requests
// go through the same entry points the route files use, with Payload's handlers behind them.
import fs from 'node:fs'
import path from 'node:path'

import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let adminToken: string
let chain: (number | string)[] = []
let siteDir: string

type Json = { errors?: { message: string }[]; [key: string]: unknown }
type Answer = { status: number; body: Json; text: string; ms: number }

const MB = 1024 * 1024

async function answer(res: Response, started: number): Promise<Answer> {
  const text = await res.text()
  let body: Json = {}
  try {
    body = text ? (JSON.parse(text) as Json) : {}
  } catch {
    body = {}
  }
  return { status: res.status, body, text, ms: performance.now() - started }
}

/** A REST request through `limitRest`, as `src/app/(payload)/api/[...slug]/route.ts` makes it. */
async function api(method: string, url: string, options: { token?: string; json?: unknown; raw?: BodyInit; headers?: Record<string, string> } = {}): Promise<Answer> {
  const { limitRest } = await import('../../src/security/requestLimits')
  const headers = new Headers(options.headers)
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  if (options.json !== undefined) headers.set('Content-Type', 'application/json')
  const body = options.json !== undefined ? JSON.stringify(options.json) : options.raw
  const started = performance.now()
  const request = new Request(`http://localhost:3000${url}`, { method, headers, body, ...(body ? { duplex: 'half' } : {}) } as RequestInit)
  const res = await limitRest({
    payload: async () => t.payload,
    request,
    handler: (limited) => handleEndpoints({ config: t.config, request: limited, payloadInstanceCacheKey: t.key }),
  })
  return answer(res, started)
}

/** A GraphQL request through `limitGraphQL`, as `src/app/(payload)/api/graphql/route.ts` makes it. */
async function graphql(body: BodyInit, options: { token?: string; type?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const { limitGraphQL } = await import('../../src/security/graphqlLimits')
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const headers = new Headers({ 'Content-Type': options.type ?? 'application/json', ...options.headers })
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  const started = performance.now()
  const request = new Request('http://localhost:3000/api/graphql', { method: 'POST', headers, body, duplex: 'half' } as RequestInit)
  const res = await limitGraphQL({ payload: async () => t.payload, request, handler: GRAPHQL_POST(t.config) })
  return answer(res, started)
}

const message = (a: Answer) => a.body.errors?.map((e) => e.message).join(' ') ?? ''

beforeAll(async () => {
  process.env.JOBS_AUTORUN = '0'
  process.env.SITE_AUTOPUBLISH = '0'
  // Booted under Payload's default cache key, so GRAPHQL_POST (which looks the instance up by that
  // key) answers from this one instead of starting a second.
  t = await startPayload('default')
  siteDir = path.join(t.dir, 'site')
  process.env.SITE_DIR = siteDir
  await t.payload.create({ collection: 'users', data: { email: 'admin@limits.test', password: 'pass-123456', name: '管理员', roles: ['admin'] } as never })
  adminToken = (await t.payload.login({ collection: 'users', data: { email: 'admin@limits.test', password: 'pass-123456' } })).token!
  // A chain of eight organizations, each the parent of the next: depth decides how far it is filled in.
  let parent: number | string | undefined
  for (let i = 1; i <= 8; i++) {
    const org = await t.payload.create({ collection: 'organizations', data: { name: `第${i}级工会`, level: 'city', parent } as never, depth: 0 })
    chain.push(org.id)
    parent = org.id
  }
})

afterAll(async () => {
  await t?.close()
})

/** How many levels of `parent` came back as documents (the rest are ids). */
function filledLevels(doc: unknown): number {
  let levels = 0
  let at = (doc as { parent?: unknown }).parent
  while (at && typeof at === 'object') {
    levels++
    at = (at as { parent?: unknown }).parent
  }
  return levels
}

describe('depth and limit', () => {
  it('answers an anonymous depth=10 read like depth=2: two levels filled in, deeper relations are ids', async () => {
    const res = await api('GET', `/api/organizations/${chain.at(-1)}?depth=10`)
    expect(res.status).toBe(200)
    expect(filledLevels(res.body)).toBe(2)
    const third = ((res.body.parent as Json).parent as Json).parent
    expect(typeof third === 'number' || typeof third === 'string').toBe(true)
    expect(res.ms).toBeLessThan(2000)
  })

  it('ignores other spellings of depth (depth[]=10) that would slip past the bound', async () => {
    const res = await api('GET', `/api/organizations/${chain.at(-1)}?depth[]=10&depth[0]=9`)
    expect(res.status).toBe(200)
    expect(filledLevels(res.body)).toBeLessThanOrEqual(2)
  })

  it('lets logged-in staff go deeper, but not past depth 4', async () => {
    const res = await api('GET', `/api/organizations/${chain.at(-1)}?depth=10`, { token: adminToken })
    expect(res.status).toBe(200)
    expect(filledLevels(res.body)).toBe(4)
  })

  it('treats a forged token as anonymous', async () => {
    const res = await api('GET', `/api/organizations/${chain.at(-1)}?depth=10`, { token: 'not.a.token' })
    expect(res.status).toBe(200)
    expect(filledLevels(res.body)).toBe(2)
  })

  it('caps an anonymous limit at 100 and never returns everything (limit=0, pagination=false)', async () => {
    for (const query of ['limit=100000', 'limit=0', 'limit=-5', 'limit=5000&pagination=false']) {
      const res = await api('GET', `/api/organizations?${query}&depth=0`)
      expect(res.status, query).toBe(200)
      expect(res.body.limit, query).toBe(100)
    }
  })

  it('leaves staff their limit=0 (the admin’s bulk actions use it)', async () => {
    const res = await api('GET', '/api/organizations?limit=0&depth=0', { token: adminToken })
    expect(res.status).toBe(200)
    expect((res.body.docs as unknown[]).length).toBe(8)
  })

  it('applies the same bounds to a GET sent as a form-encoded POST (X-Payload-HTTP-Method-Override)', async () => {
    const res = await api('POST', '/api/organizations', {
      raw: `depth=10&limit=1000&where[id][equals]=${chain.at(-1)}`,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Payload-HTTP-Method-Override': 'GET' },
    })
    expect(res.status).toBe(200)
    expect(res.body.limit).toBe(100)
    expect(filledLevels((res.body.docs as unknown[])[0])).toBe(2)
  })
})

describe('bad input answers 4xx with a message', () => {
  it('answers 400, not 500, for a path with invalid percent-encoding (/api/media/file/%E4%B8)', async () => {
    const res = await api('GET', '/api/media/file/%E4%B8')
    expect(res.status).toBe(400)
    expect(res.text).toContain('百分号编码')
  })

  it('answers 404 for a non-numeric article id, saying ids are numbers', async () => {
    const res = await api('GET', '/api/articles/abc')
    expect(res.status).toBe(404)
    expect(message(res)).toMatch(/abc/)
    expect(message(res)).toMatch(/数字/)
  })

  it('answers 404 for a non-numeric media id', async () => {
    const res = await api('GET', '/api/media/abc')
    expect(res.status).toBe(404)
    expect(message(res)).toMatch(/图片与视频/)
  })

  it('still answers 404 (Payload’s own) for a numeric id that does not exist', async () => {
    expect((await api('GET', '/api/articles/987654')).status).toBe(404)
  })

  it('answers 400 for a date filter that is not a date, naming the field', async () => {
    const res = await api('GET', '/api/articles?where[publishedAt][greater_than]=not-a-date')
    expect(res.status).toBe(400)
    expect(message(res)).toMatch(/publishedAt/)
    expect(message(res)).toMatch(/日期/)
  })

  it('answers 400 for a relation or id filter that is not a number', async () => {
    for (const query of ['where[cover][equals]=abc', 'where[id][in]=abc,1', 'where[organization.parent][equals]=x']) {
      const res = await api('GET', `/api/articles?${query}`)
      expect(res.status, query).toBe(400)
      expect(message(res), query).toMatch(/数字/)
    }
  })

  it('answers 400 for where that is not JSON and for an operator the field cannot take', async () => {
    const notJson = await api('GET', '/api/articles?where=notjson')
    expect(notJson.status).toBe(400)
    expect(message(notJson)).toMatch(/where/)
    const near = await api('GET', '/api/articles?where[title][near]=1,2')
    expect(near.status).toBe(400)
    expect(message(near)).toMatch(/near/)
  })

  it('answers 400, not 500, for a bad value the checks do not know (a non-numeric relation in a GraphQL filter)', async () => {
    const res = await graphql(JSON.stringify({ query: '{ Organizations(where: { parent: { equals: "abc" } }) { docs { id } } }' }))
    expect(res.status).toBe(400)
    expect(message(res)).toMatch(/无效的值/)
  })

  it('still answers good filters', async () => {
    const res = await api('GET', '/api/articles?where[publishedAt][greater_than]=2020-01-01&where[id][in]=1,2')
    expect(res.status).toBe(200)
  })
})

describe('GraphQL', () => {
  const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: Organizations(limit: 1) { docs { id } }`).join(' ')} }`

  it('refuses 500 aliased lookups with 400 and says why, at once', async () => {
    const res = await graphql(JSON.stringify({ query: aliases(500) }))
    expect(res.status).toBe(400)
    expect(message(res)).toMatch(/别名过多：500 个，上限 50 个/)
    expect(res.ms).toBeLessThan(1000)
  })

  it('counts aliases hidden in fragments spread many times', async () => {
    const query = `fragment F on Organizations { ${Array.from({ length: 10 }, (_, i) => `d${i}: docs { id }`).join(' ')} } { ${Array.from({ length: 10 }, (_, i) => `q${i}: Organizations { ...F }`).join(' ')} }`
    const res = await graphql(JSON.stringify({ query }))
    expect(res.status).toBe(400)
    expect(message(res)).toMatch(/别名过多：110 个/)
  })

  it('refuses a rich-text depth argument above the bound for anonymous callers', async () => {
    const res = await graphql(JSON.stringify({ query: 'query ($d: Int) { Articles { docs { id body(depth: $d) } } }', variables: { d: 10 } }))
    expect(res.status).toBe(400)
    expect(message(res)).toMatch(/depth 不能超过 2/)
  })

  it('refuses an anonymous limit above 100', async () => {
    const res = await graphql(JSON.stringify({ query: '{ Organizations(limit: 100000) { docs { id } } }' }))
    expect(res.status).toBe(400)
    expect(message(res)).toMatch(/limit/)
  })

  it('answers a normal query', async () => {
    const res = await graphql(JSON.stringify({ query: aliases(3) }))
    expect(res.status).toBe(200)
    expect(((res.body.data as Record<string, { docs: unknown[] }>).a0.docs).length).toBe(1)
  })

  it('holds the same count as a validation rule when the handler is called without the route’s checks', async () => {
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const res = await GRAPHQL_POST(t.config)(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: aliases(60) }) }))
    // graphql-http answers a bare array when the rule's errors come from another copy of graphql
    // (ESM and CommonJS builds side by side); the route normalises both shapes.
    const body = (await res.json()) as Json | { message: string }[]
    const errors = Array.isArray(body) ? body : body.errors
    expect(errors?.map((e) => e.message).join(' ')).toMatch(/别名过多：60 个/)
    expect(Array.isArray(body) ? undefined : body.data).toBeUndefined()
  })

  it('answers a query refused by validation with 400 (not 200), in Payload’s error shape', async () => {
    const nest = (depth: number): string => (depth === 0 ? 'id' : `parent { ${nest(depth - 1)} }`)
    const res = await graphql(JSON.stringify({ query: `{ Organizations { docs { ${nest(12)} } } }` }))
    expect(res.status).toBe(400)
    expect(message(res)).toMatch(/exceeds maximum operation depth/)
  })

  it('answers malformed bodies with 4xx and a message', async () => {
    const cases: [BodyInit, string | undefined, number, RegExp][] = [
      ['{not json', undefined, 400, /JSON/],
      ['[]', undefined, 400, /JSON 对象/],
      ['{"query": 5}', undefined, 400, /缺少查询/],
      ['{"query": "{ Organizations { docs { id } }"}', undefined, 400, /语法错误/],
      ['{"query": "{ Organizations { docs { id } } }", "variables": [1]}', undefined, 400, /variables/],
      ['{ Organizations { docs { id } } }', 'application/graphql', 415, /application\/json/],
    ]
    for (const [body, type, status, pattern] of cases) {
      const res = await graphql(body, { type })
      expect(res.status, String(body)).toBe(status)
      expect(message(res), String(body)).toMatch(pattern)
    }
  })
})

describe('body size', () => {
  it('refuses a 20 MB GraphQL body with 413 before reading it', async () => {
    const big = JSON.stringify({ query: `{ Organizations { docs { id } } } #${'x'.repeat(20 * MB)}` })
    const res = await graphql(big)
    expect(res.status).toBe(413)
    expect(message(res)).toMatch(/上限 2 MB/)
  })

  it('refuses an oversized body sent without Content-Length (chunked) once 2 MB have arrived', async () => {
    const chunk = new Uint8Array(256 * 1024).fill(0x61)
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 20 * MB) return controller.close()
        sent += chunk.byteLength
        controller.enqueue(chunk)
      },
    })
    const res = await graphql(stream)
    expect(res.status).toBe(413)
    expect(sent).toBeLessThan(4 * MB)
  })

  it('refuses a 3 MB JSON body to REST with 413', async () => {
    const res = await api('POST', '/api/topics', { token: adminToken, json: { name: '大', description: 'x'.repeat(3 * MB) } })
    expect(res.status).toBe(413)
    expect(message(res)).toMatch(/上限 2 MB/)
  })

  it('passes a multipart upload through untouched, whatever its size (uploads have their own limits)', async () => {
    const { limitRest } = await import('../../src/security/requestLimits')
    const form = new FormData()
    form.set('file', new Blob([new Uint8Array(3 * MB)], { type: 'image/png' }), 'big.png')
    let received = 0
    const res = await limitRest({
      payload: async () => t.payload,
      request: new Request('http://localhost:3000/api/media', { method: 'POST', headers: { Authorization: `JWT ${adminToken}` }, body: form }),
      handler: async (request) => {
        received = (await request.arrayBuffer()).byteLength
        return Response.json({ ok: true }, { status: 201 })
      },
    })
    expect(res.status).toBe(201)
    expect(received).toBeGreaterThan(3 * MB)
  })

  it('refuses an 8 MB newspaper text in the admin import with 413, naming the 2 MB limit', async () => {
    const text = `# 标题\n\n${'正文。'.repeat((8 * MB) / 9)}`
    const res = await api('POST', '/api/articles/import-newspaper', { token: adminToken, json: { text } })
    expect(res.status).toBe(413)
    expect(message(res)).toMatch(/上限 2 MB/)
  })

  it('refuses a 2.5 MB text that fits the body limit in the import endpoint itself, naming the limit', async () => {
    const text = `# 标题\n\n${'正文。'.repeat((2.5 * MB) / 9)}`
    const res = await api('POST', '/api/articles/import-newspaper', { token: adminToken, json: { text } })
    expect(res.status).toBe(413)
    expect(message(res)).toMatch(/2\.5 MB，上限 2 MB/)
  })
})

describe('time', () => {
  it('stops an anonymous read that runs past its deadline with 503 and a message', async () => {
    const { limitRest } = await import('../../src/security/requestLimits')
    const { ANONYMOUS_DEADLINE_MS } = await import('../../src/security/requestBudget')
    const started = performance.now()
    const res = await limitRest({
      payload: async () => t.payload,
      request: new Request('http://localhost:3000/api/organizations?depth=0'),
      // A handler that never stops reading: the first read after the deadline fails, which ends it.
      handler: async () => {
        for (;;) await t.payload.find({ collection: 'organizations', depth: 0, limit: 1 })
      },
    })
    expect(performance.now() - started).toBeLessThan(ANONYMOUS_DEADLINE_MS + 1500)
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBeTruthy()
    expect(((await res.json()) as Json).errors?.[0]?.message).toMatch(/超过 5 秒/)
  }, 20_000)

  it('lets another request through while a long read runs (the event loop is not held)', async () => {
    const { runWithBudget } = await import('../../src/security/requestBudget')
    // Counted in turns of the event loop, over at least 300 ms and 40 reads: on a busy machine each
    // read takes longer, so fewer fit in a fixed time (a 300 ms-only loop with a 5 ms timer failed a
    // CI run under load); a read past its slice gives way, so turns follow the reads.
    let turns = 0
    let running = true
    const turn = () => {
      turns++
      if (running) setImmediate(turn)
    }
    setImmediate(turn)
    const started = performance.now()
    await runWithBudget(null, async () => {
      for (let reads = 0; reads < 40 || performance.now() - started < 300; reads++) await t.payload.find({ collection: 'organizations', depth: 2, limit: 8 })
    })
    running = false
    expect(turns).toBeGreaterThan(10)
  })
})

describe('memory and queueing', () => {
  it('keeps a popular cached answer while one-off queries pass through, and never holds more than its byte cap', async () => {
    const { bumpApiCache, withApiCache } = await import('../../src/security/apiCache')
    bumpApiCache()
    const big = new Uint8Array(1.5 * MB)
    let popularRuns = 0
    const popular = () => withApiCache(new Request('http://localhost/api/articles?limit=12&depth=1'), async () => {
      popularRuns++
      return Response.json({ popular: true })
    })
    await popular()
    for (let i = 0; i < 80; i++) {
      await withApiCache(new Request(`http://localhost/api/articles?depth=2&x=${i}`), async () => new Response(big, { headers: { 'Content-Type': 'application/json' } }))
      await popular()
    }
    expect(popularRuns).toBe(1)
    const store = (globalThis as { __unionApiCache?: { bytes: number } }).__unionApiCache!
    expect(store.bytes).toBeLessThanOrEqual(64 * MB)
    bumpApiCache()
  })

  it('answers 503 with Retry-After at once when the line of waiting anonymous reads is full', async () => {
    const { Gate, ServerBusyError } = await import('../../src/security/requestBudget')
    const gate = new Gate(1, 1)
    const release = await gate.enter(performance.now() + 5000)
    const waiting = gate.enter(performance.now() + 5000)
    await expect(gate.enter(performance.now() + 5000)).rejects.toBeInstanceOf(ServerBusyError)
    release()
    const next = await waiting
    expect(gate.stats()).toEqual({ active: 1, waiting: 0 })
    next()
    expect(gate.stats()).toEqual({ active: 0, waiting: 0 })
  })

  it('gives up a waiting place when the deadline passes, without losing the place for others', async () => {
    const { Gate, ServerBusyError } = await import('../../src/security/requestBudget')
    const gate = new Gate(1, 4)
    const release = await gate.enter(performance.now() + 5000)
    await expect(gate.enter(performance.now() + 50)).rejects.toBeInstanceOf(ServerBusyError)
    release()
    expect(gate.stats()).toEqual({ active: 0, waiting: 0 })
  })
})

describe('health', () => {
  beforeAll(() => {
    const builds = `${siteDir}.builds`
    fs.mkdirSync(builds, { recursive: true })
    const buildDir = path.join(builds, '2026-05-01T00-00-00')
    fs.writeFileSync(
      path.join(builds, 'status.json'),
      JSON.stringify({ ok: false, at: '2026-05-01T00:00:00.000Z', error: `search failed: cannot open ${buildDir}/pagefind`, pages: 12, written: 3, reused: 9, removed: 0, liveMs: 40, ms: 90, buildDir, timings: {}, search: { rebuilt: 1, shards: 1, pages: 12, merged: false, unmerged: `layout of ${buildDir}` } }),
    )
  })

  it('shows anonymous callers states and counts, no file-system path or error text', async () => {
    const res = await api('GET', '/api/health')
    expect(res.status).toBe(200)
    expect(res.body.ok).toBe(true)
    expect(res.text).not.toContain(t.dir)
    expect(res.text).not.toMatch(/"\/[a-z]/i)
    expect(res.body.publish).toMatchObject({ ok: false, pages: 12, error: true })
  })

  it('shows logged-in staff the publish details, paths included', async () => {
    const res = await api('GET', '/api/health', { token: adminToken })
    expect(res.status).toBe(200)
    expect(res.text).toContain(siteDir)
    expect((res.body.publish as Json).buildDir).toBeTruthy()
  })
})
