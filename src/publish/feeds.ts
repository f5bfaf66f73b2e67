import { Feed } from 'feed'

import { richTextPlain } from '../site/components/RichText'
import { idsOf } from '../lib/relations'
import { entryOf, type SiteEntry } from '../site/components/siteDocs'
import type { SiteDoc } from '../site/context'
import { docPath, SECTION_PATHS } from '../site/urls'
import type { PageSpec } from './plan'
import { PUBLISHABLE_SITE, type PublishableSlug, type SiteData } from './store'

type Site = { siteURL: string; siteName: string; description: string }

const FEED_SIZE = 30

/**
 * Text as XML 1.0 can carry it: without C0 controls (but tab, newline and return), C1 controls,
 * the noncharacters U+FFFE/U+FFFF and lone surrogates. One such character in a title makes the
 * whole feed unreadable to a strict reader.
 */
export function xmlText(value: unknown): string {
  return String(value ?? '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g, '')
}

/**
 * Plain text for a CDATA section (the `feed` package writes titles and descriptions as CDATA). Its
 * XML writer splits only the first "]]>" of a value, so a second one would end the section early
 * and let the rest of the title through as markup; an invisible U+200B in each keeps the text as
 * it reads and the section closed.
 */
const cdataText = (value: unknown) => xmlText(value).replace(/]]>/g, ']]\u200b>')

/** Plain text as HTML (feed readers render `description` as HTML): escaped, so it is only ever text. */
const htmlText = (value: unknown) =>
  xmlText(value).replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&#39;', '"': '&quot;' })[c]!)

/** What a feed says of a document, whatever its kind: its title (a worker's name), and a plain-text summary. */
const titleOf = (doc: SiteDoc) => ('title' in doc ? doc.title : doc.name)
const summaryOf = (doc: SiteDoc) =>
  ('summary' in doc && doc.summary) || ('lead' in doc && doc.lead) || richTextPlain(('body' in doc ? doc.body : undefined) ?? ('biography' in doc ? doc.biography : undefined), 200)

function rss(site: Site, title: string, path: string, items: SiteEntry[]): string {
  const feed = new Feed({
    title: xmlText(title),
    description: xmlText(site.description),
    id: `${site.siteURL}${path}`,
    link: `${site.siteURL}${path}`,
    language: 'zh-CN',
    copyright: xmlText(site.siteName),
    updated: items[0] ? new Date(items[0].doc.publishedAt ?? items[0].doc.updatedAt) : new Date(0),
  })
  for (const { collection, doc } of items.slice(0, FEED_SIZE)) {
    const link = `${site.siteURL}${docPath(collection, doc.slug!)}`
    // Summaries are plain text, and so is what a body gives (richTextPlain keeps no links or markup).
    feed.addItem({
      title: cdataText(titleOf(doc)),
      id: link,
      link,
      date: new Date(doc.publishedAt ?? doc.updatedAt),
      description: htmlText(summaryOf(doc)),
    })
  }
  return feed.rss2()
}

/** RSS (site-wide and per topic), sitemap.xml and robots.txt. */
export function feedFiles(data: SiteData, specs: PageSpec[], site: Site): Record<string, string> {
  const entries = <K extends PublishableSlug>(kind: K): SiteEntry<K>[] => [...data.docs[kind].values()].filter((d) => d.slug).map((doc) => entryOf(kind, doc))
  const all = PUBLISHABLE_SITE.flatMap(entries)
  const recent = all.sort((a, b) => String(b.doc.publishedAt ?? '').localeCompare(String(a.doc.publishedAt ?? '')))
  const files: Record<string, string> = { 'feed.xml': rss(site, site.siteName, '/', recent) }
  for (const topic of data.topics.values()) {
    if (!topic.slug) continue
    const items = recent.filter((e) => 'topics' in e.doc && idsOf(e.doc.topics).includes(String(topic.id)))
    files[`${SECTION_PATHS.topics}/${topic.slug}/feed.xml`] = rss(site, `${topic.name} - ${site.siteName}`, `/${SECTION_PATHS.topics}/${topic.slug}/`, items)
  }
  const lastmod = new Map(recent.map((e) => [docPath(e.collection, e.doc.slug!), e.doc.updatedAt as string]))
  const urls = specs
    .filter((s) => s.path.endsWith('/') && s.path !== '/search/')
    .map((s) => `<url><loc>${escapeXML(site.siteURL + s.path)}</loc>${lastmod.has(s.path) ? `<lastmod>${lastmod.get(s.path)}</lastmod>` : ''}</url>`)
  files['sitemap.xml'] = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
  files['robots.txt'] = `User-agent: *\nAllow: /\nDisallow: /search/\nSitemap: ${site.siteURL}/sitemap.xml\n`
  return files
}

const escapeXML = (s: string) => s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!)
