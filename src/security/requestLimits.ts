/**
 * What one REST request may cost, decided before Payload runs it (called from
 * `src/app/(payload)/api/[...slug]/route.ts`; GraphQL has its own in `graphqlLimits.ts`).
 *
 * | bound | anonymous | logged-in staff |
 * | --- | --- | --- |
 * | `depth` (relations filled in) | ≤ 2 | ≤ 4 (the admin uses 0–1; the publisher reads with 0) |
 * | `limit` (documents per page) | ≤ 100, never "all" (`limit=0`, `pagination=false`) | as asked (the admin's bulk actions use `limit=0`) |
 * | JSON / form body | 2 MB (413 before it is read; the newspaper import: its text limit, base64 included) | same |
 * | time | 5 s from arrival, then 503; runs in time slices | no deadline, runs start to end |
 * | response | 10 MB of JSON, else 422 | as produced |
 *
 * Out-of-range `depth` and `limit` are clamped, not refused: `depth=10` answers like `depth=2` (the
 * answer's `limit` says what was used). File uploads (multipart) keep the limits of
 * `src/media/limits.ts`. Bad paths and queries are refused with 4xx (`queryValidation.ts`), and
 * every request takes turns with the others (`requestBudget.ts`).
 */
import { executeAuthStrategies, type Payload, type TypedUser } from 'payload'
import * as qs from 'qs-esm'

import { BODY_MAX_BYTES, bodyLimit, declaredLength, formatSize } from './bodyLimits'
import { restRequestProblem } from './queryValidation'
import { ANONYMOUS_DEADLINE_MS, installRequestBudget, runAnonymous, runWithBudget, ServerBusyError } from './requestBudget'

export const REQUEST_LIMITS = {
  anonymous: { depth: 2, limit: 100 },
  staff: { depth: 4 },
  /** Largest JSON, form or GraphQL body (`bodyLimits.ts`). */
  bodyBytes: BODY_MAX_BYTES,
  /** Largest JSON answer to an anonymous request. */
  anonymousResponseBytes: 10 * 1024 * 1024,
} as const

/** An error answer shaped like Payload's own: `{ errors: [{ message }] }`. */
export function errorResponse(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store', ...headers } })
}

function busyResponse(err: ServerBusyError): Response {
  return errorResponse(503, err.message, { 'Retry-After': '2' })
}

/**
 * Read a request body up to `max` bytes; null when it is larger (reading stops there). Checks
 * Content-Length first, so an oversized body is refused before a byte of it is read.
 */
export async function readBodyWithin(request: Request, max: number): Promise<Uint8Array | null> {
  const declared = declaredLength(request.headers.get('content-length'))
  if (declared !== null && declared > max) return null
  if (!request.body) return new Uint8Array(0)
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel().catch(() => {})
      return null
    }
    chunks.push(value)
  }
  const body = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    body.set(chunk, at)
    at += chunk.byteLength
  }
  return body
}

/** Does the request carry a login (a token in a header or the login cookie)? */
export function carriesCredentials(payload: Payload, headers: Headers): boolean {
  if (headers.get('authorization')) return true
  const cookie = headers.get('cookie') ?? ''
  return cookie.split(';').some((part) => part.trim().startsWith(`${payload.config.cookiePrefix}-token=`))
}

/**
 * The logged-in user of a request, or null. Runs Payload's own auth strategies (a forged or expired
 * token is anonymous), and only when the request carries credentials at all.
 */
export async function requestUser(payload: Payload, headers: Headers, isGraphQL = false): Promise<TypedUser | null> {
  if (!carriesCredentials(payload, headers)) return null
  const { user } = await executeAuthStrategies({ headers, payload, canSetHeaders: false, isGraphQL })
  return user ?? null
}

const CLAMPED = new Set(['depth', 'limit', 'pagination'])

/** A whole number from a query value, or null. */
function wholeNumber(value: unknown): number | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null
  if (typeof value === 'string' && value.trim() === '') return null
  const n = Number(value)
  return Number.isFinite(n) ? Math.trunc(n) : null
}

/** `depth`, `limit` and `pagination` within the bounds of who asks (one place for URL and JSON forms). */
export function clampedParams(input: { depth?: unknown; limit?: unknown; pagination?: unknown }, user: TypedUser | null): { depth?: number; limit?: number; pagination?: string } {
  const out: { depth?: number; limit?: number; pagination?: string } = {}
  const maxDepth = user ? REQUEST_LIMITS.staff.depth : REQUEST_LIMITS.anonymous.depth
  const depth = wholeNumber(input.depth)
  if (depth !== null) out.depth = Math.min(Math.max(depth, 0), maxDepth)
  const limit = wholeNumber(input.limit)
  if (user) {
    if (limit !== null) out.limit = limit
    if (typeof input.pagination === 'string') out.pagination = input.pagination
  } else if (limit !== null) {
    // 0 and negative numbers mean "everything" to Payload.
    out.limit = limit <= 0 ? REQUEST_LIMITS.anonymous.limit : Math.min(limit, REQUEST_LIMITS.anonymous.limit)
  }
  return out
}

/** Rewrite the query string's `depth`, `limit` and `pagination` (every spelling: `depth[]=`, `depth[0]=`…). */
export function clampSearchParams(search: URLSearchParams, user: TypedUser | null): URLSearchParams {
  const out = new URLSearchParams()
  const seen: Record<string, string> = {}
  for (const [key, value] of search) {
    const base = key.split('[')[0]
    if (CLAMPED.has(base)) {
      if (key === base && !(base in seen)) seen[base] = value
      continue
    }
    out.append(key, value)
  }
  const clamped = clampedParams(seen, user)
  for (const [key, value] of Object.entries(clamped)) out.set(key, String(value))
  return out
}

/** Anonymous GETs that do not wait for the gate: the health check, uploaded files (they stream). */
const UNQUEUED_PATH = /^\/api\/(health\/?$|[^/]+\/file\/)/

type RestOptions = {
  /** The Payload instance the handler runs in (the routes: `getPayload({ config, cron: true })`). */
  payload: () => Promise<Payload>
  request: Request
  /** Runs the request in Payload (the route's REST handler). */
  handler: (request: Request) => Promise<Response>
  /** Wraps the anonymous GET read, e.g. the short-lived cache (`apiCache.ts`). */
  cache?: (request: Request, run: () => Promise<Response>) => Promise<Response>
}

/** The one entry for REST requests: refuse, clamp, queue, time, then run `handler`. */
export async function limitRest({ payload: instance, request, handler, cache }: RestOptions): Promise<Response> {
  const arrived = performance.now()
  const payload = await instance()
  installRequestBudget(payload)
  const url = new URL(request.url)
  const headers = new Headers(request.headers)
  let method = request.method.toUpperCase()
  // A path that is not valid percent-encoding (/api/media/file/%E4%B8) cannot name anything:
  // Payload's route matching throws on it (500). Refused here with 400.
  try {
    decodeURIComponent(url.pathname)
  } catch {
    return errorResponse(400, '地址中有无效的百分号编码（%XX），请检查链接是否完整。')
  }

  // 1. The body: refused past its limit before it is read, then held in memory (it is small).
  let body: Uint8Array | ReadableStream<Uint8Array> | null = null
  if (!['GET', 'HEAD', 'OPTIONS'].includes(method) && request.body) {
    const limit = bodyLimit(url.pathname, headers.get('content-type'))
    if (!limit) {
      body = request.body
    } else {
      const read = await readBodyWithin(request, limit.bytes)
      if (!read) return errorResponse(413, limit.message(declaredLength(headers.get('content-length'))))
      body = read
    }
  }

  // 2. Payload's "GET in a POST body" (the admin's relationship fields use it): the same bounds.
  const override = headers.get('x-payload-http-method-override') ?? headers.get('x-http-method-override')
  const user = await requestUser(payload, headers)
  if (method === 'POST' && override?.toUpperCase() === 'GET' && body instanceof Uint8Array) {
    const type = headers.get('content-type') ?? ''
    const text = new TextDecoder().decode(body)
    if (type.startsWith('application/x-www-form-urlencoded')) {
      for (const [k, v] of new URLSearchParams(text)) url.searchParams.append(k, v)
      method = 'GET'
      body = null
      for (const name of ['content-type', 'content-length', 'x-payload-http-method-override', 'x-http-method-override']) headers.delete(name)
    } else if (type.startsWith('application/json')) {
      let data: unknown
      try {
        data = JSON.parse(text)
      } catch {
        return errorResponse(400, '请求内容不是有效的 JSON。')
      }
      if (data && typeof data === 'object' && !Array.isArray(data)) {
        const record = data as Record<string, unknown>
        const clamped = clampedParams(record, user)
        for (const name of CLAMPED) delete record[name]
        Object.assign(record, clamped)
        body = new TextEncoder().encode(JSON.stringify(record))
        headers.delete('content-length')
      }
    }
  }

  // 3. Bounds on depth and limit, then bad ids and query values.
  url.search = clampSearchParams(url.searchParams, user).toString()
  const query = qs.parse(url.search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true }) as Record<string, unknown>
  const problem = restRequestProblem(payload, method, url, query)
  if (problem) return errorResponse(problem.status, problem.message)

  const limited = new Request(url, {
    method,
    headers,
    body: body as BodyInit | null,
    signal: request.signal,
    ...(body ? { duplex: 'half' } : {}),
  } as RequestInit)

  // 4. Run it: staff as before (start to end); anonymous requests in time slices, within a
  // deadline, and anonymous reads in line for the gate. Not queued: the health check, file
  // downloads and anonymous POSTs (logging in must work during an attack; they read little and are
  // refused or locked out early).
  try {
    if (user) return await runWithBudget(null, () => handler(limited), { slices: false })
    const deadline = arrived + ANONYMOUS_DEADLINE_MS
    // Short by nature: no time slices either, so they do not wait a turn at each database read.
    if (method !== 'GET' || UNQUEUED_PATH.test(url.pathname)) return await runWithBudget(deadline, () => handler(limited), { slices: false })
    const run = async () => boundedResponse(await runAnonymous(deadline, () => handler(limited)))
    return cache ? await cache(limited, run) : await run()
  } catch (err) {
    if (err instanceof ServerBusyError) return busyResponse(err)
    throw err
  }
}

/** Refuse an anonymous JSON answer larger than the limit (files under /api/media/file stream as they are). */
export async function boundedResponse(response: Response): Promise<Response> {
  if (!(response.headers.get('content-type') ?? '').includes('json')) return response
  const bytes = await response.arrayBuffer()
  if (bytes.byteLength > REQUEST_LIMITS.anonymousResponseBytes) {
    return errorResponse(422, `结果过大（${formatSize(bytes.byteLength)}，上限 ${formatSize(REQUEST_LIMITS.anonymousResponseBytes)}）：请减小 limit 或 depth，或用 select 只取需要的字段。`)
  }
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers })
}
