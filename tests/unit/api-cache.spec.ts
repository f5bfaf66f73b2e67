// The anonymous read cache in front of the REST API: what is cached, what never is, and that a
// change empties it.
import { beforeEach, describe, expect, it } from 'vitest'

import { bumpApiCache, withApiCache } from '../../src/security/apiCache'

let calls = 0
const handler = async () => {
  calls++
  return new Response(JSON.stringify({ n: calls }), { status: 200, headers: { 'Content-Type': 'application/json' } })
}
const get = (url: string, headers: Record<string, string> = {}) => new Request(`http://localhost${url}`, { headers })
const body = async (res: Response) => ((await res.json()) as { n: number }).n

beforeEach(() => {
  calls = 0
  bumpApiCache()
})

describe('anonymous REST read cache', () => {
  it('answers the same anonymous list request from the cache', async () => {
    const a = await withApiCache(get('/api/articles?limit=12&depth=1'), handler)
    const b = await withApiCache(get('/api/articles?limit=12&depth=1'), handler)
    expect(await body(a)).toBe(1)
    expect(await body(b)).toBe(1)
    expect(b.headers.get('x-cache')).toBe('HIT')
    expect(calls).toBe(1)
  })

  it('never caches logged-in requests, drafts, or private collections', async () => {
    for (const request of [
      get('/api/articles', { Authorization: 'JWT x' }),
      get('/api/articles', { Cookie: 'a=1; payload-token=abc' }),
      get('/api/articles?draft=true'),
      get('/api/users'),
      get('/api/sensitive-words'),
      get('/api/payload-jobs'),
    ]) {
      await withApiCache(request, handler)
      await withApiCache(request.clone(), handler)
    }
    expect(calls).toBe(12)
  })

  it('forgets everything when a document changes', async () => {
    await withApiCache(get('/api/topics'), handler)
    bumpApiCache()
    const after = await withApiCache(get('/api/topics'), handler)
    expect(await body(after)).toBe(2)
  })

  it('does not keep error answers', async () => {
    const failing = async () => new Response('{}', { status: 500 })
    await withApiCache(get('/api/galleries'), failing)
    await withApiCache(get('/api/galleries'), handler)
    expect(calls).toBe(1)
  })
})
