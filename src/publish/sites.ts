/**
 * Which sites there are (站群) and what each one shows. The main site is the top unit's, built at
 * SITE_DIR as always; every other unit whose site is enabled gets a complete site of its own in
 * `<SITE_DIR>.sites/<path>/`, addressed `/sites/<path>/` (and, with a host name, the same pages at
 * that host). A document belongs to the site of its unit — the nearest unit at or above it with an
 * enabled site, else the main site — and also appears on the site of every unit that adopted it.
 * With no unit site enabled, the main site shows everything, exactly as a single office's site.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Organization } from '../../payload-types'
import { idsOf } from '../lib/relations'
import { SITES_PREFIX, sitePathProblem } from '../site/sitePaths'
import { docPath } from '../site/urls'
import type { SiteDoc } from '../site/context'
import { PUBLISHABLE_SITE, type PublishableSlug, type SiteData } from './store'

export type SiteTarget = {
  /** The unit whose site this is; null for the main site. */
  org: string | null
  /** The path segment (`yunxi`); null for the main site. */
  path: string | null
  domain: string | null
  /** The site's title; null for the main site (its name comes from the settings). */
  name: string | null
  /** What every root-relative address of the site starts with: '' for the main site, `/sites/<path>`. */
  base: string
  /** The folder it is served from (a symlink to its live build). */
  dir: string
}

/** Where unit sites and `sites.json` live: beside SITE_DIR. */
export const unitSitesDir = (siteDir: string) => `${siteDir}.sites`
export const sitesManifestPath = (siteDir: string) => path.join(unitSitesDir(siteDir), 'sites.json')

/** What `sites.json` lists for the server: every unit site, its address and its folder. */
export type SitesManifest = { version: 1; sites: { path: string; domain: string | null; folder: string; name: string }[] }

export type SiteMap = {
  main: SiteTarget
  units: SiteTarget[]
  /** The site a unit's documents are on (null: a unit-less document, on the main site). */
  homeOf: (org: unknown) => SiteTarget
  /** Changes whenever which unit is on which site, or any site's address, changes (in the render key). */
  signature: string
}

const hasSite = (o: Organization) => Boolean(o.site?.enabled && o.parent !== null && o.parent !== undefined && o.site.path && sitePathProblem(o.site.path) === null)

/** Every site, from the organizations tree. */
export function siteMap(organizations: Map<string, Organization>, siteDir: string): SiteMap {
  const main: SiteTarget = { org: null, path: null, domain: null, name: null, base: '', dir: siteDir }
  const own = new Map<string, SiteTarget>()
  const seenPaths = new Set<string>()
  for (const o of [...organizations.values()].sort((a, b) => String(a.id).localeCompare(String(b.id)))) {
    if (!hasSite(o) || seenPaths.has(o.site!.path!)) continue
    seenPaths.add(o.site!.path!)
    const p = o.site!.path!
    own.set(String(o.id), { org: String(o.id), path: p, domain: o.site?.domain?.trim().toLowerCase() || null, name: o.site?.name?.trim() || o.name, base: `/${SITES_PREFIX}/${p}`, dir: path.join(unitSitesDir(siteDir), p) })
  }
  const memo = new Map<string, SiteTarget>()
  const homeOf = (org: unknown): SiteTarget => {
    const [start] = idsOf(org)
    if (start === undefined) return main
    const cached = memo.get(start)
    if (cached) return cached
    let found = main
    const seen = new Set<string>()
    for (let id: string | undefined = start; id !== undefined && !seen.has(id); id = idsOf(organizations.get(id)?.parent)[0]) {
      seen.add(id)
      const target = own.get(id)
      if (target) {
        found = target
        break
      }
    }
    memo.set(start, found)
    return found
  }
  const units = [...own.values()]
  const signature = units.length
    ? crypto
        .createHash('sha1')
        .update(JSON.stringify([units.map((u) => [u.org, u.path, u.domain, u.name]), [...organizations.keys()].sort().map((id) => [id, homeOf(id).org])]))
        .digest('hex')
        .slice(0, 16)
    : ''
  return { main, units, homeOf, signature }
}

/** The sites a document is shown on: its unit's, and those of the units that adopted it. */
export function sitesOf(map: SiteMap, doc: { organization?: unknown; adoptedBy?: unknown }): Set<SiteTarget> {
  const out = new Set<SiteTarget>([map.homeOf(doc.organization)])
  for (const o of idsOf(doc.adoptedBy)) out.add(map.homeOf(o))
  return out
}

/**
 * The part of the (tracked) site data one site is built from: its documents, the topics that are
 * everyone's or its units' own, and its units; photos and honours are shared. Insertion order is
 * kept, so a site showing everything is built exactly as from the whole data.
 */
export function scopeData(data: SiteData, map: SiteMap, site: SiteTarget): SiteData {
  const keep = <T,>(m: Map<string, T>, test: (v: T) => boolean) => {
    const out = new Map<string, T>()
    for (const [k, v] of m) if (test(v)) out.set(k, v)
    return out
  }
  const docs = Object.fromEntries(
    PUBLISHABLE_SITE.map((kind) => [kind, keep(data.docs[kind] as Map<string, SiteDoc>, (d) => sitesOf(map, d as { organization?: unknown; adoptedBy?: unknown }).has(site))]),
  ) as SiteData['docs']
  return {
    docs,
    media: data.media,
    topics: keep(data.topics, (t) => idsOf(t.organization).length === 0 || map.homeOf(t.organization) === site),
    organizations: keep(data.organizations, (o) => map.homeOf(o.id) === site),
    honors: data.honors,
  }
}

/** The absolute address of a site's page: its host name if it has one, else under SITE_URL. */
export function siteURLOf(site: SiteTarget, mainURL: string): string {
  if (!site.domain) return `${mainURL}${site.base}`
  const scheme = /^http:/.test(mainURL) ? 'http' : 'https'
  return `${scheme}://${site.domain}${site.base}`
}

/**
 * Where a document shown on `current` came from, when that is another site (an adopted piece):
 * its unit's name and its page there. Null for a document at home.
 */
export function originOf(map: SiteMap, current: SiteTarget, mainURL: string, kind: PublishableSlug, doc: SiteDoc, orgName: (id: string) => string | null) {
  const home = map.homeOf(doc.organization)
  if (home === current || !doc.slug) return null
  const [orgId] = idsOf(doc.organization)
  const name = (orgId !== undefined ? orgName(orgId) : null) ?? home.name ?? ''
  return { name, url: `${siteURLOf(home, mainURL)}${docPath(kind, doc.slug)}` }
}

/**
 * Make a page's root-relative addresses (`href="/…"`, `src`, `action`, `poster`, every URL of a
 * `srcset`) start with the site's base. The main site's base is '' and its pages are unchanged.
 */
export function withBase(html: string, base: string): string {
  if (!base) return html
  return html
    .replace(/(\s(?:href|src|action|poster)=")\/(?!\/)/gi, `$1${base}/`)
    .replace(/(\ssrcset=")([^"]*)"/gi, (_, start: string, list: string) => `${start}${list.replace(/(^|,\s*)\/(?!\/)/g, `$1${base}/`)}"`)
}

/** Write `sites.json` for the server, and remove the folders of unit sites that are gone. */
export function writeSitesManifest(siteDir: string, map: SiteMap): void {
  const dir = unitSitesDir(siteDir)
  if (!map.units.length && !fs.existsSync(dir)) return
  fs.mkdirSync(dir, { recursive: true })
  const manifest: SitesManifest = {
    version: 1,
    sites: map.units.map((u) => ({ path: u.path!, domain: u.domain, folder: u.dir, name: u.name ?? u.path! })),
  }
  const tmp = `${sitesManifestPath(siteDir)}.${process.pid}.tmp`
  fs.writeFileSync(tmp, JSON.stringify(manifest, null, 2))
  fs.renameSync(tmp, sitesManifestPath(siteDir))
  const keep = new Set(map.units.map((u) => u.path!))
  for (const entry of fs.readdirSync(dir)) {
    if (entry === 'sites.json' || entry.endsWith('.tmp')) continue
    const name = entry.replace(/\.(builds|search|lock)$/, '')
    if (!keep.has(name)) fs.rmSync(path.join(dir, entry), { recursive: true, force: true })
  }
}

/** The unit sites the last publish wrote (none when there is no `sites.json`). */
export function readSitesManifest(siteDir: string): SitesManifest['sites'] {
  try {
    const parsed = JSON.parse(fs.readFileSync(sitesManifestPath(siteDir), 'utf8')) as SitesManifest
    return Array.isArray(parsed.sites) ? parsed.sites : []
  } catch {
    return []
  }
}
