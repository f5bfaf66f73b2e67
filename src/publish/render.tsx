/**
 * Rendering one page, and knowing what it was made of.
 *
 * Every document the site is built from (publishable documents, photos, topics, organizations,
 * honours) reaches the renderer as a tracked view (`trackSiteData`): reading any of its fields while
 * a page renders records `<collection>:<id>` as a dependency of that page, whether the component
 * got the document from the plan, from a card's props or from `ctx.doc()`. The incremental publish
 * re-renders a page when one of its dependencies changed; since the record is made by reading, a
 * component cannot show a document without the page depending on it. Reads made while planning
 * (sorting, grouping) are not recorded: the page's plan-time `key` covers those.
 */
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { pageSettings as declaredPageSettings, siteDescription, siteName } from '../settings'
import type { SiteContext, SiteDoc } from '../site/context'
import { resolveSiteURL } from './paths'
import type { PageSpec } from './plan'
import { originOf, type SiteMap, type SiteTarget } from './sites'
import type { SiteData } from './store'

/** The dependencies of the page being rendered now; null while planning. */
let recording: Set<string> | null = null

const trackers = new WeakMap<object, object>()

/** A view of `doc` that records `<kind>:<id>` whenever one of its fields is read during a render. */
function tracked<T extends { id: number | string }>(kind: string, doc: T): T {
  let view = trackers.get(doc) as T | undefined
  if (!view) {
    const dep = `${kind}:${doc.id}`
    // The page that last read this document: one Set.add per page, however many fields it reads.
    let seenBy: Set<string> | null = null
    const record = () => {
      if (recording !== null && seenBy !== recording) {
        recording.add(dep)
        seenBy = recording
      }
    }
    view = new Proxy(doc, {
      get(target, prop) {
        record()
        return (target as Record<string | symbol, unknown>)[prop]
      },
      has(target, prop) {
        record()
        return prop in target
      },
      ownKeys(target) {
        record()
        return Reflect.ownKeys(target)
      },
    })
    trackers.set(doc, view)
  }
  return view
}

const trackMap = <T extends { id: number | string }>(kind: string, map: Map<string, T>): Map<string, T> =>
  new Map([...map].map(([id, doc]) => [id, tracked(kind, doc)]))

/** The site data as the plan and the pages see it: the same documents, tracked (see above). */
export function trackSiteData(data: SiteData): SiteData {
  return {
    docs: Object.fromEntries(Object.entries(data.docs).map(([kind, map]) => [kind, trackMap(kind, map as Map<string, SiteDoc>)])) as SiteData['docs'],
    media: trackMap('media', data.media),
    topics: trackMap('topics', data.topics),
    organizations: trackMap('organizations', data.organizations),
    honors: trackMap('honors', data.honors),
  }
}

/** Site-wide values every page may show; all of them are in the render key (renderKey.ts). */
export type RenderSettings = { siteURL: string; siteName: string; description: string }

/** The site-wide values pages show: the options given, else the settings. */
export function renderSettings(options: { siteURL?: string; siteName?: string; description?: string } = {}): RenderSettings {
  return {
    siteURL: resolveSiteURL(options.siteURL),
    siteName: options.siteName ?? siteName(),
    description: options.description ?? siteDescription(),
  }
}

/**
 * Everything set outside the code that pages show, for the render key: every setting declared with
 * `pages: true` (src/settings), and the values this publish uses (options given to publishSite win).
 */
export function pageSettings(used: RenderSettings): Record<string, string> {
  return { ...declaredPageSettings(), ...used }
}

/**
 * Which site a context renders (站群): the sites there are, this one, and every unit (the site data
 * holds only this site's units; an adopted piece names a unit of another site).
 */
export type RenderScope = { map: SiteMap; site: SiteTarget; mainURL: string; organizations: SiteData['organizations']; docs: SiteData['docs'] }

export function makeContext(data: SiteData, settings: RenderSettings, assets: SiteContext['assets'], scope?: RenderScope): SiteContext {
  const key = (v: unknown) => (v === null || v === undefined ? null : String(typeof v === 'object' ? (v as { id: unknown }).id : v))
  const get = <T,>(map: Map<string, T>, kind: string, v: unknown): T | null => {
    const id = key(v)
    if (id === null) return null
    // Asking for a document that is not (yet) published is a dependency too: the page changes when it appears.
    recording?.add(`${kind}:${id}`)
    return map.get(id) ?? null
  }
  return {
    ...settings,
    assets,
    media: (v) => get(data.media, 'media', v),
    topic: (v) => get(data.topics, 'topics', v),
    org: (v) => get(data.organizations, 'organizations', v),
    honor: (v) => get(data.honors, 'honors', v),
    doc: (collection, v) => (collection in data.docs ? get(data.docs[collection], collection, v) : null),
    abs: (p) => (/^https?:/.test(p) ? p : `${settings.siteURL}${p.startsWith('/') ? p : `/${p}`}`),
    origin: (kind, doc) => {
      if (!scope) return null
      const orgName = (id: string) => get(scope.organizations, 'organizations', id)?.name ?? null
      // An adapted copy (改编采用, src/federation) names the piece it was made from, on that piece's site.
      const from = (doc as { adaptedFrom?: { relationTo?: string; value?: unknown } | null }).adaptedFrom
      const docs = from?.relationTo && from.relationTo in scope.docs ? (scope.docs as Record<string, Map<string, SiteDoc>>)[from.relationTo] : undefined
      const original = docs ? get(docs, from!.relationTo!, from!.value) : null
      if (original) return originOf(scope.map, scope.site, scope.mainURL, from!.relationTo as typeof kind, original, orgName)
      return originOf(scope.map, scope.site, scope.mainURL, kind, doc, orgName)
    },
  }
}

/** Render one page; returns its HTML and every document it read. */
export function renderPage(spec: PageSpec, ctx: SiteContext): { html: string; deps: string[] } {
  const deps = new Set<string>()
  recording = deps
  try {
    const out: ReactElement | string = spec.render(ctx)
    const html = typeof out === 'string' ? out : `<!doctype html>${renderToStaticMarkup(out)}`
    return { html, deps: [...deps].sort() }
  } finally {
    recording = null
  }
}
