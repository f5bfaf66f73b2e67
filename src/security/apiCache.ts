/**
 * A small in-memory cache for anonymous REST reads (`GET /api/articles?...` without a login), so
 * a story that spreads does not make every reader's request run the same database queries.
 *
 * - Only anonymous GETs (no Authorization header, no payload-token cookie, no `draft`) of the
 *   public collections are cached; everything else passes straight through.
 * - Any change saved through this server empties it (`bumpApiCache`, called from collection
 *   hooks); changes made elsewhere (another server, a CLI import) show after `API_CACHE_SECONDS`
 *   (default 5). `API_CACHE_SECONDS=0` turns the cache off.
 * - It holds at most `MAX_ENTRIES` answers and `MAX_BYTES` in all, evicting the least recently
 *   used; an answer larger than `MAX_ENTRY_BYTES` is not kept. Requests that vary their query
 *   string can neither fill memory nor push out the answers readers keep asking for.
 */
import { setting } from '../settings'

const PUBLIC = /^\/api\/(articles|model-workers|galleries|video-campaigns|yearly-reviews|topics|organizations|honors)(\/[^/]+)?\/?$/

type Entry = { at: number; version: number; status: number; headers: [string, string][]; body: ArrayBuffer }

const state = globalThis as typeof globalThis & { __unionApiCache?: { version: number; bytes: number; entries: Map<string, Entry> } }
const store = (state.__unionApiCache ??= { version: 0, bytes: 0, entries: new Map() })
store.bytes ??= 0 // a store made by an older module (development reload)

const MAX_ENTRIES = 500
const MAX_BYTES = 64 * 1024 * 1024
const MAX_ENTRY_BYTES = 2 * 1024 * 1024
const ttlMs = () => setting('API_CACHE_SECONDS') * 1000

/** Forget every cached answer (a document changed). */
export function bumpApiCache(): void {
  store.version++
  store.entries.clear()
  store.bytes = 0
}

function forget(key: string): void {
  const entry = store.entries.get(key)
  if (!entry) return
  store.entries.delete(key)
  store.bytes -= entry.body.byteLength
}

function cacheKey(request: Request): string | null {
  if (request.method !== 'GET' || ttlMs() <= 0) return null
  if (request.headers.get('authorization')) return null
  if (/(^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')) return null
  const url = new URL(request.url)
  if (!PUBLIC.test(url.pathname) || url.searchParams.has('draft')) return null
  return `${url.pathname}?${url.searchParams.toString()}|${request.headers.get('accept-language') ?? ''}`
}

/** Answer from the cache, or run `handler` and remember a 200 answer. */
export async function withApiCache(request: Request, handler: () => Promise<Response>): Promise<Response> {
  const key = cacheKey(request)
  if (!key) return handler()
  const hit = store.entries.get(key)
  if (hit && hit.version === store.version && Date.now() - hit.at < ttlMs()) {
    // Most recently used last: answers read often stay while one-off queries are evicted first.
    store.entries.delete(key)
    store.entries.set(key, hit)
    return new Response(hit.body.slice(0), { status: hit.status, headers: [...hit.headers, ['X-Cache', 'HIT']] })
  }
  const version = store.version
  const response = await handler()
  if (response.status !== 200) return response
  const body = await response.arrayBuffer()
  const headers = [...response.headers.entries()].filter(([name]) => name !== 'set-cookie')
  if (store.version === version && body.byteLength <= MAX_ENTRY_BYTES) {
    forget(key)
    while (store.entries.size > 0 && (store.entries.size >= MAX_ENTRIES || store.bytes + body.byteLength > MAX_BYTES)) forget(store.entries.keys().next().value!)
    store.entries.set(key, { at: Date.now(), version, status: response.status, headers, body })
    store.bytes += body.byteLength
  }
  return new Response(body.slice(0), { status: response.status, headers: [...headers, ['X-Cache', 'MISS']] })
}
