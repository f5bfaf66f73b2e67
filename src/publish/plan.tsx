import type { ReactElement } from 'react'

import type { SiteContext, SiteDoc } from '../site/context'
import { yearOf } from '../site/format'
import { entryOf, type SiteEntry } from '../site/components/siteDocs'
import { docPage } from '../site/kinds'
import { ListPage } from '../site/pages/DocPages'
import { HomePage, NotFoundPage, SearchPage, WorkersDirectory, type WorkerGroup } from '../site/pages/SitePages'
import { archivePath, docPath, listPath, SECTION_NAMES, SECTION_PATHS } from '../site/urls'
import { PUBLISHABLE_KINDS } from '../kinds'
import { idOf, idsOf } from '../lib/relations'
import { PUBLISHABLE_SITE, type PublishableSlug, type SiteData } from './store'

export const PAGE_SIZE = 20

const COLLATOR = new Intl.Collator('zh-CN')

/**
 * One file of the output. `key` identifies what the page is made of at plan time (its document,
 * the ids in a list); with the versions of the documents it used while rendering, it decides
 * whether an incremental publish must render the page again.
 */
export type PageSpec = {
  path: string
  key: string
  render: (ctx: SiteContext) => ReactElement | string
  /** Document pages: the collection, for the search index (lists and archives are not indexed). */
  search?: PublishableSlug
}

const byDateDesc = (a: SiteDoc, b: SiteDoc) =>
  String(b.publishedAt ?? b.createdAt ?? '').localeCompare(String(a.publishedAt ?? a.createdAt ?? '')) || String(b.id).localeCompare(String(a.id))

const HONOR_LEVEL_LABELS: Record<string, string> = {
  national: '全国级荣誉',
  provincial: '省级荣誉',
  city: '市级荣誉',
  county: '县（区）级荣誉',
  industry: '产业（行业）荣誉',
}
const LEVEL_ORDER = ['national', 'provincial', 'industry', 'city', 'county']

type Entry = SiteEntry

function paginate(base: string, entries: Entry[], keyPrefix: string, page: (slice: Entry[], n: number, pages: number) => PageSpec['render']): PageSpec[] {
  const pages = Math.max(1, Math.ceil(entries.length / PAGE_SIZE))
  return Array.from({ length: pages }, (_, i) => {
    const slice = entries.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE)
    return {
      path: listPath(base, i + 1),
      key: `${keyPrefix}|${pages}|${slice.map((e) => `${e.collection}:${e.doc.id}`).join(',')}`,
      render: page(slice, i + 1, pages),
    }
  })
}

/** The model-worker directory: by honour level (highest first), then year (latest first), and its filters. */
function workersDirectory(data: SiteData, workers: SiteDoc<'model-workers'>[]): { groups: WorkerGroup[]; filters: { honors: string[]; regions: string[]; trades: string[] } } {
  const groups = new Map<string, Map<number | null, SiteDoc<'model-workers'>[]>>()
  for (const w of workers) {
    const best = (w.honors ?? [])
      .map((h) => ({ ...h, level: data.honors.get(String(idOf(h.honor)))?.level ?? 'city' }))
      .sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) || (b.year ?? 0) - (a.year ?? 0))[0]
    const level = best?.level ?? 'none'
    const years = groups.get(level) ?? new Map()
    const list = years.get(best?.year ?? null)
    if (list) list.push(w)
    else years.set(best?.year ?? null, [w])
    groups.set(level, years)
  }
  const workerGroups: WorkerGroup[] = [...groups.entries()]
    .sort((a, b) => (LEVEL_ORDER.indexOf(a[0]) + 99) % 99 - ((LEVEL_ORDER.indexOf(b[0]) + 99) % 99))
    .map(([level, years]) => ({
      level,
      label: HONOR_LEVEL_LABELS[level] ?? '其他',
      years: [...years.entries()].sort((a, b) => (b[0] ?? 0) - (a[0] ?? 0)).map(([year, list]) => ({ year, workers: list.sort((x, y) => COLLATOR.compare(x.name, y.name)) })),
    }))
  const uniq = (xs: (string | null | undefined)[]) => [...new Set(xs.filter((x): x is string => Boolean(x)))].sort(COLLATOR.compare)
  const filters = {
    honors: uniq(workers.flatMap((w) => (w.honors ?? []).map((h) => data.honors.get(String(idOf(h.honor)))?.name))),
    regions: uniq(workers.map((w) => w.region?.city)),
    trades: uniq(workers.map((w) => w.position)),
  }
  return { groups: workerGroups, filters }
}

/** The whole site as a list of pages; nothing is rendered yet. */
export function planSite(data: SiteData, options: { featuredTopics?: string[] } = {}): PageSpec[] {
  const specs: PageSpec[] = []
  const sorted = Object.fromEntries(PUBLISHABLE_SITE.map((c) => [c, [...data.docs[c].values()].filter((d) => d.slug).sort(byDateDesc)])) as {
    [K in PublishableSlug]: SiteDoc<K>[]
  }
  // A page per document, made as its kind says (src/site/kinds.tsx).
  const docPages = <K extends PublishableSlug>(collection: K): PageSpec[] =>
    sorted[collection].map((doc) => {
      const page = docPage(collection, data, doc)
      return { path: docPath(collection, doc.slug!), key: `doc:${collection}:${doc.id}|${page.key}`, search: collection, render: page.render }
    })
  const entries = <K extends PublishableSlug>(c: K): SiteEntry<K>[] => sorted[c].map((doc) => entryOf(c, doc))
  const news = PUBLISHABLE_KINDS.filter((k) => k.site.news).map((k) => k.slug)
  const everything = news
    .flatMap(entries)
    .sort((a, b) => byDateDesc(a.doc, b.doc))

  // Home.
  const articles = sorted.articles
  const leads = [...articles.filter((a) => a.featured), ...articles.filter((a) => !a.featured)].slice(0, 3)
  const latest = articles.filter((a) => !leads.includes(a)).slice(0, 9)
  const workers = sorted['model-workers'].slice(0, 6)
  const reviews = [...sorted['yearly-reviews']].sort((a, b) => (b.period?.lastYear ?? 0) - (a.period?.lastYear ?? 0))
  // Featured topics (a unit's site settings) that have a page on this site.
  const topics = (options.featuredTopics ?? []).map((id) => data.topics.get(id)).filter((t): t is NonNullable<typeof t> => Boolean(t?.slug))
  const home = { leads, latest, workers, galleries: sorted.galleries.slice(0, 3), videos: sorted['video-campaigns'].slice(0, 3), review: reviews[0] ?? null, ...(topics.length ? { topics } : {}) }
  specs.push({
    path: '/',
    key: `home|${[...home.leads, ...home.latest, ...home.workers, ...home.galleries, ...home.videos, ...(home.review ? [home.review] : [])].map((d) => d.id).join(',')}${topics.length ? `|topics:${topics.map((t) => t.id).join(',')}` : ''}`,
    render: (ctx) => <HomePage ctx={ctx} data={home} />,
  })

  // Section lists and document pages.
  for (const collection of PUBLISHABLE_SITE) {
    const base = `/${SECTION_PATHS[collection]}/`
    if (news.includes(collection)) {
      specs.push(
        ...paginate(base, entries(collection), `list:${collection}`, (slice, page, pages) => (ctx) => (
          <ListPage ctx={ctx} title={SECTION_NAMES[collection]} base={base} page={page} pages={pages} entries={slice} />
        )),
      )
    }
    specs.push(...docPages(collection))
  }

  // Model-worker directory: grouped while it renders, so the honours it reads are its dependencies.
  const allWorkers = sorted['model-workers']
  specs.push({
    path: '/workers/',
    key: `workers|${allWorkers.map((w) => w.id).join(',')}`,
    render: (ctx) => <WorkersDirectory ctx={ctx} {...workersDirectory(data, allWorkers)} />,
  })

  // Topics, organizations and years: archive pages.
  const archive = (base: string, title: string, list: Entry[], keyPrefix: string, description?: string | null) =>
    paginate(base, list, keyPrefix, (slice, page, pages) => (ctx) => (
      <ListPage ctx={ctx} title={title} description={description} base={base} page={page} pages={pages} entries={slice} />
    ))
  // One pass groups everything by topic and by organization (a filter per topic was quadratic).
  const byTopic = new Map<string, Entry[]>()
  const byOrg = new Map<string, Entry[]>()
  const add = <K,>(map: Map<K, Entry[]>, key: K, e: Entry) => {
    const list = map.get(key)
    if (list) list.push(e)
    else map.set(key, [e])
  }
  for (const e of [...everything, ...PUBLISHABLE_SITE.filter((c) => !news.includes(c)).flatMap(entries)].sort((a, b) => byDateDesc(a.doc, b.doc))) {
    if ('topics' in e.doc) for (const t of idsOf(e.doc.topics)) add(byTopic, t, e)
    for (const o of idsOf(e.doc.organization)) add(byOrg, o, e)
  }
  for (const topic of [...data.topics.values()].sort((a, b) => (a.order ?? 100) - (b.order ?? 100))) {
    if (!topic.slug) continue
    specs.push(...archive(`/${SECTION_PATHS.topics}/${topic.slug}/`, topic.name, byTopic.get(String(topic.id)) ?? [], `topic:${topic.id}`, topic.description))
  }
  for (const org of data.organizations.values()) {
    if (!org.slug) continue
    specs.push(...archive(`/${SECTION_PATHS.organizations}/${org.slug}/`, org.name, byOrg.get(String(org.id)) ?? [], `org:${org.id}`, org.description))
  }
  const years = new Map<number, Entry[]>()
  for (const e of everything) {
    const y = yearOf(e.doc.publishedAt)
    if (y) add(years, y, e)
  }
  for (const [year, list] of years) specs.push(...archive(archivePath(year), `${year}年内容归档`, list, `year:${year}`))

  specs.push({ path: '/search/', key: 'search', render: (ctx) => <SearchPage ctx={ctx} /> })
  specs.push({ path: '/404.html', key: '404', render: (ctx) => <NotFoundPage ctx={ctx} /> })
  return specs
}
