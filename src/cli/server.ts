/**
 * The production server `npm start` runs: Next.js for the admin (/admin), the API (/api) and its
 * own assets (/_next); everything else is the published static site, answered straight from
 * SITE_DIR by Node without going through Next's request pipeline (several times faster for the
 * pages readers load). Units with their own site are answered at /sites/<path>/ and at their host
 * name (src/publish/siteRouting.ts). Started by src/cli/start.ts with NODE_ENV=production.
 */
import http from 'node:http'
import { Readable } from 'node:stream'

import next from 'next'

import { sourceRoot } from '../lib/paths'
import { resolveSiteDir } from '../publish/paths'
import { SITE_SECURITY_HEADERS } from '../publish/siteFiles'
import { serveSites } from '../publish/siteRouting'
import { bodyLimit, declaredLength } from '../security/bodyLimits'
import { setting } from '../settings'

const port = setting('PORT')
const hostname = setting('HOST')
const siteDir = resolveSiteDir()

const NEXT_PATHS = /^\/(admin|api|_next)(\/|$|\?)/

async function answerFromSite(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const headers = new Headers()
  for (const name of ['range', 'if-none-match']) {
    const value = req.headers[name]
    if (typeof value === 'string') headers.set(name, value)
  }
  // A malformed Host (`a:99999`) must not make the URL unparseable: the path is read against a fixed
  // origin, and the Host only chooses a unit's site by its host name (siteRouting.ts).
  const target = req.url?.startsWith('/') ? req.url : '/'
  let request: Request
  try {
    request = new Request(`http://localhost${target}`, { method: req.method, headers })
  } catch {
    res.writeHead(400, { ...SITE_SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' })
    res.end('Bad request')
    return
  }
  const response = serveSites(siteDir, request, req.headers.host)
  res.writeHead(response.status, Object.fromEntries(response.headers.entries()))
  if (!response.body || req.method === 'HEAD') {
    res.end()
    return
  }
  Readable.fromWeb(response.body as import('node:stream/web').ReadableStream).pipe(res)
}

/**
 * A JSON, form or GraphQL body to /api larger than its limit (src/security/bodyLimits.ts) is
 * refused here by its Content-Length, before Next buffers or parses any of it; Node then discards
 * the rest of the body as it arrives. Bodies sent without a length are counted by the route
 * handlers. Uploads (multipart) pass.
 */
function refuseOversizedBody(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (!req.url?.startsWith('/api/') || !['POST', 'PUT', 'PATCH'].includes(req.method ?? '')) return false
  const limit = bodyLimit(req.url.split('?')[0], req.headers['content-type'])
  const size = declaredLength(req.headers['content-length'])
  if (!limit || size === null || size <= limit.bytes) return false
  res.writeHead(413, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' })
  res.end(JSON.stringify({ errors: [{ message: limit.message(size) }] }))
  return true
}

async function main(): Promise<void> {
  const app = next({ dev: false, dir: sourceRoot, hostname, port })
  const handle = app.getRequestHandler()
  await app.prepare()
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/'
    if ((req.method === 'GET' || req.method === 'HEAD') && !NEXT_PATHS.test(url)) {
      answerFromSite(req, res).catch((err) => {
        console.error(err)
        if (!res.headersSent) res.writeHead(500, SITE_SECURITY_HEADERS)
        res.end()
      })
      return
    }
    if (refuseOversizedBody(req, res)) return
    handle(req, res).catch((err: unknown) => {
      console.error(err)
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })
  server.keepAliveTimeout = 65_000
  server.listen(port, hostname, () => console.log(`✓ Ready on http://${hostname}:${port}`))
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      server.close()
      process.exit(0)
    })
  }
}

main().catch((err) => {
  console.error(`✖ the server could not start: ${(err as Error).message}`)
  process.exit(1)
})
