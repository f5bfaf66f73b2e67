/**
 * Which built site answers a reader's request (站群): a unit's site at `/sites/<path>/…`, the same
 * site at `/` when the request's Host is the unit's own host name, else the main site at SITE_DIR.
 * The unit sites are those `sites.json` lists (written by each publish, sites.ts). Used by
 * `npm start`'s server (src/cli/server.ts); nginx does the same with the mapping in the README.
 */
import fs from 'node:fs'

import { SITES_PREFIX } from '../site/sitePaths'
import { serveSite, SITE_SECURITY_HEADERS } from './siteFiles'
import { readSitesManifest, sitesManifestPath, type SitesManifest } from './sites'

type Entry = SitesManifest['sites'][number]

let cache: { file: string; mtimeMs: number; sites: Entry[] } | null = null

/** The unit sites of the last publish; read again only when `sites.json` changed. */
function unitSites(siteDir: string): Entry[] {
  const file = sitesManifestPath(siteDir)
  const stat = fs.statSync(file, { throwIfNoEntry: false })
  if (!stat) return []
  if (cache?.file !== file || cache.mtimeMs !== stat.mtimeMs) cache = { file, mtimeMs: stat.mtimeMs, sites: readSitesManifest(siteDir) }
  return cache.sites
}

/** The host name a request names, without its port, lower-cased ('' when there is none). */
export function hostName(host: string | null | undefined): string {
  const value = (host ?? '').trim().toLowerCase()
  if (value.startsWith('[')) return value.slice(0, value.indexOf(']') + 1)
  return value.replace(/:\d*$/, '').replace(/\.$/, '')
}

/**
 * The folder that answers `pathname` for `host`, and the path inside it. `redirect` is set for
 * `/sites/<path>` without its slash.
 */
export function routeSite(siteDir: string, sites: Entry[], host: string | null | undefined, pathname: string): { dir: string; path: string; prefix: string; redirect?: string } {
  const prefixed = new RegExp(`^/${SITES_PREFIX}/([a-z0-9-]+)(/.*)?$`).exec(pathname)
  const byHost = sites.find((s) => s.domain && s.domain === hostName(host))
  if (byHost) {
    // The pages link to their own addresses under /sites/<path>/: on the unit's host both work.
    if (prefixed && prefixed[1] === byHost.path) return prefixed[2] ? { dir: byHost.folder, path: prefixed[2], prefix: `/${SITES_PREFIX}/${byHost.path}` } : { dir: byHost.folder, path: '/', prefix: '', redirect: `${pathname}/` }
    return { dir: byHost.folder, path: pathname, prefix: '' }
  }
  const unit = prefixed ? sites.find((s) => s.path === prefixed[1]) : undefined
  if (unit && prefixed) return prefixed[2] ? { dir: unit.folder, path: prefixed[2], prefix: `/${SITES_PREFIX}/${unit.path}` } : { dir: unit.folder, path: '/', prefix: '', redirect: `${pathname}/` }
  return { dir: siteDir, path: pathname, prefix: '' }
}

/** Answer a GET/HEAD from the site the request is for (see above); every answer is serveSite's. */
export function serveSites(siteDir: string, request: Request, host: string | null | undefined): Response {
  const sites = unitSites(siteDir)
  if (!sites.length) return serveSite(siteDir, request)
  const url = new URL(request.url)
  const route = routeSite(siteDir, sites, host, url.pathname)
  if (route.redirect) return new Response(null, { status: 308, headers: { ...SITE_SECURITY_HEADERS, Location: `${route.redirect}${url.search}` } })
  if (!route.prefix && route.dir === siteDir) return serveSite(siteDir, request)
  const inner = new Request(new URL(`${route.path}${url.search}`, url.origin), { method: request.method, headers: request.headers })
  const response = serveSite(route.dir, inner)
  const location = response.headers.get('location')
  // A folder asked for without its slash is redirected to the address the reader used.
  if (location?.startsWith('/') && route.prefix) {
    const headers = new Headers(response.headers)
    headers.set('location', `${route.prefix}${location}`)
    return new Response(response.body, { status: response.status, headers })
  }
  return response
}
