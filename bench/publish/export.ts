/**
 * The same content as the publisher's SiteData, exported to JSON for the Eleventy and Hugo builds:
 * one record per output page (home, section lists and topic / organization / year archives paged by
 * 20, articles, model workers, galleries, the worker directory, search, 404), with the data shaped
 * the way a static-site generator user would prepare it — look-up tables for photos and cards, rich
 * text kept as the Lexical tree (the templates render it recursively, as the publisher does).
 *
 * The page list follows src/publish/plan.tsx (same sort order, same 20 per page, same URLs), so
 * the three tools build the same pages from the same data.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Media } from '../../payload-types'
import * as options from '../../src/fields/options'
import { PAGE_SIZE } from '../../src/publish/plan'
import { PUBLISHABLE_SITE, type PublishableSlug, type SiteData } from '../../src/publish/store'
import { richTextPlain } from '../../src/site/components/RichText'
import { formatDate, isoDate, yearOf } from '../../src/site/format'
import { archivePath, docPath, listPath, SECTION_NAMES, SECTION_PATHS } from '../../src/site/urls'

/** A document of any kind, read loosely: this exporter copies fields for Eleventy and Hugo, it renders nothing. */
type AnyDoc = Record<string, any> & { id: number | string; slug?: string | null; updatedAt: string }

export type Exported = {
  dir: string
  /** Data files (name → path), shared by both generators. */
  files: Record<string, string>
  pages: number
  site: Site
}

type Site = { siteName: string; siteURL: string; description: string; css: string; nav: { href: string; label: string }[] }

const NAV: [string, string][] = [
  ['/', '首页'],
  ['/articles/', '新闻报道'],
  ['/workers/', '劳模工匠'],
  ['/galleries/', '图片新闻'],
  ['/videos/', '视频'],
  ['/reviews/', '年度回眸'],
  ['/search/', '搜索'],
]

/** The printed word of a stored byline role (values may be ASCII with a BYLINE_ROLE_TEXT table). */
const roleText = (v: string): string => (options as { BYLINE_ROLE_TEXT?: Record<string, string> }).BYLINE_ROLE_TEXT?.[v] ?? v

const SIZE_NAMES = ['thumbnail', 'card', 'feature', 'hero', 'social'] as const
const mediaPath = (filename: string | null | undefined) => (filename ? `/media/${encodeURIComponent(filename)}` : null)
const ids = (v: unknown) => ((Array.isArray(v) ? v : v ? [v] : []) as unknown[]).map((x) => String(typeof x === 'object' && x ? (x as { id: unknown }).id : x))
const byDateDesc = (a: AnyDoc, b: AnyDoc) =>
  String(b.publishedAt ?? b.createdAt ?? '').localeCompare(String(a.publishedAt ?? a.createdAt ?? '')) || String(b.id).localeCompare(String(a.id))

/** Per photo and size: what <picture> needs (src, width, height, srcsets), as Picture.tsx computes it. */
function pictureData(media: Media) {
  type S = { filename?: string | null; width?: number | null; height?: number | null; mimeType?: string | null }
  const sizes = (media.sizes ?? {}) as Record<string, S>
  const all = Object.values(sizes)
    .filter((s) => s?.filename && s.width && s.height)
    .map((s) => ({ url: mediaPath(s.filename)!, width: s.width!, height: s.height!, mimeType: s.mimeType ?? 'image/webp' }))
  const pics: Record<string, { src: string; width: number | null; height: number | null; webp: string; jpeg: string }> = {}
  for (const size of SIZE_NAMES) {
    const chosen = sizes[size]
    const width = chosen?.width ?? media.width ?? null
    const height = chosen?.height ?? media.height ?? null
    const src = mediaPath(chosen?.filename) ?? mediaPath(media.filename)
    if (!src) continue
    const ratio = width && height ? width / height : null
    const same = (s: { width: number; height: number }) => !ratio || Math.abs(s.width / s.height - ratio) < 0.02
    const srcset = (mime: string) =>
      all
        .filter((s) => s.mimeType === mime && same(s))
        .sort((a, b) => a.width - b.width)
        .map((s) => `${s.url} ${s.width}w`)
        .join(', ')
    pics[size] = { src, width, height, webp: srcset('image/webp'), jpeg: srcset('image/jpeg') }
  }
  const social = sizes.social
  return {
    alt: media.alt ?? '',
    caption: media.caption ?? '',
    credit: media.credit ?? '',
    image: (media.mimeType ?? '').startsWith('image/'),
    pics,
    large: mediaPath(sizes.hero?.filename) ?? mediaPath(media.filename),
    original: mediaPath(media.filename),
    og: { url: mediaPath(social?.filename) ?? mediaPath(media.filename), width: social?.width ?? media.width, height: social?.height ?? media.height },
  }
}

export function exportSite(data: SiteData, dir: string, opts: { siteURL: string; css: string; siteName?: string; description?: string }): Exported {
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  const site: Site = {
    siteName: opts.siteName ?? '江澄职工之家',
    siteURL: opts.siteURL,
    description: opts.description ?? '工会新闻、劳模工匠风采、图片视频与年度工作回眸。',
    css: `/assets/${path.basename(opts.css)}`,
    nav: NAV.map(([href, label]) => ({ href, label })),
  }
  const abs = (p: string) => `${site.siteURL}${p}`
  const honorName = (id: unknown) => data.honors.get(String(id))?.name ?? null

  const sorted = Object.fromEntries(PUBLISHABLE_SITE.map((c) => [c, [...data.docs[c].values()].filter((d) => d.slug).sort(byDateDesc)])) as unknown as Record<PublishableSlug, AnyDoc[]>
  const key = (c: string, d: AnyDoc) => `${c}:${d.id}`

  // Look-up tables.
  const media: Record<string, ReturnType<typeof pictureData>> = {}
  for (const [id, m] of data.media) media[id] = pictureData(m)
  const topics: Record<string, { name: string; slug: string; url: string }> = {}
  for (const [id, t] of data.topics) if (t.slug) topics[id] = { name: t.name, slug: t.slug, url: `/${SECTION_PATHS.topics}/${t.slug}/` }
  const orgs: Record<string, { name: string; url: string }> = {}
  for (const [id, o] of data.organizations) orgs[id] = { name: o.name, url: `/${SECTION_PATHS.organizations}/${o.slug}/` }

  const honorList = (w: AnyDoc) =>
    ((w.honors ?? []) as { honor: unknown; year?: number | null }[]).map((h) => (honorName(h.honor) ? `${h.year ? `${h.year}年` : ''}${honorName(h.honor)}` : null)).filter(Boolean) as string[]
  const cards: Record<string, Record<string, unknown>> = {}
  for (const c of PUBLISHABLE_SITE) {
    for (const d of sorted[c]) {
      const common = { kind: c, url: docPath(c, d.slug!), date: formatDate(d.publishedAt), iso: isoDate(d.publishedAt) }
      if (c === 'model-workers')
        cards[key(c, d)] = { ...common, title: d.name, collective: d.kind === 'collective', cover: d.portrait ? String(d.portrait) : null, meta: [d.employer, d.position].filter(Boolean).join(' · '), honors: honorList(d).slice(0, 3).join('、') }
      else if (c === 'galleries') cards[key(c, d)] = { ...common, title: d.title, cover: String(d.cover ?? d.items?.[0]?.photo ?? '') || null, count: (d.items ?? []).length }
      else cards[key(c, d)] = { ...common, title: d.title, subtitle: d.subtitle ?? null, summary: d.summary ?? null, cover: d.cover ? String(d.cover) : null }
    }
  }

  // Document pages.
  const publisher = { '@type': 'Organization', name: site.siteName, url: abs('/') }
  const articles = sorted.articles.map((d) => {
    const url = docPath('articles', d.slug!)
    const cover = d.cover ? media[String(d.cover)] : null
    const description = d.seo?.description || d.summary || richTextPlain(d.body, 120)
    const bylines = (d.bylines ?? []) as { role?: string | null; name: string }[]
    const related = (
      [
        ['model-workers', d.relatedWorkers, '相关劳模工匠'],
        ['galleries', d.relatedGalleries, '相关图集'],
        ['video-campaigns', d.relatedVideos, '相关视频'],
        ['yearly-reviews', d.relatedReviews, '相关年度回眸'],
      ] as const
    )
      .map(([c, list, title]) => ({ title, cards: ids(list).map((id) => `${c}:${id}`).filter((k) => cards[k]) }))
      .filter((g) => g.cards.length)
    return {
      url,
      title: d.seo?.title || d.title,
      headline: d.title,
      subtitle: d.subtitle ?? null,
      description,
      date: formatDate(d.publishedAt),
      iso: isoDate(d.publishedAt),
      bylines: bylines.map((b) => `${b.role ? `${roleText(b.role)} ` : ''}${b.name}`),
      org: d.organization ? (orgs[String(d.organization)] ?? null) : null,
      topics: ids(d.topics).map((id) => topics[id]).filter(Boolean),
      source: d.source?.publication ? `原载《${d.source.publication}》${d.source.issueDate ? ` ${formatDate(d.source.issueDate)}` : ''}${d.source.page ? ` 第${d.source.page}版` : ''}` : null,
      cover: d.cover ? String(d.cover) : null,
      og: cover?.og ?? null,
      ogAlt: cover?.alt ?? null,
      body: (d.body as { root?: { children?: unknown[] } } | null)?.root?.children ?? [],
      credits: ((d.credits ?? []) as { role: string; name: string }[]).map((c) => `${c.role}：${c.name}`),
      related,
      jsonLd: {
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: d.title,
        ...(d.subtitle ? { alternativeHeadline: d.subtitle } : {}),
        datePublished: isoDate(d.publishedAt),
        dateModified: isoDate(d.updatedAt),
        mainEntityOfPage: abs(url),
        inLanguage: 'zh-CN',
        ...(cover?.og.url ? { image: [abs(cover.og.url)] } : {}),
        author: bylines.length ? bylines.map((b) => ({ '@type': 'Person', name: b.name })) : [publisher],
        publisher,
        description,
      },
    }
  })

  const storiesOf = new Map<string, AnyDoc[]>()
  for (const a of sorted.articles) for (const w of ids(a.relatedWorkers)) storiesOf.set(w, [...(storiesOf.get(w) ?? []), a])
  const photosOf = new Map<string, string[]>()
  for (const [id, m] of data.media) for (const w of ids(m.people)) if ((m.mimeType ?? '').startsWith('image/')) photosOf.set(w, [...(photosOf.get(w) ?? []), id])
  const workers = sorted['model-workers'].map((d) => {
    const url = docPath('model-workers', d.slug!)
    const portrait = d.portrait ? media[String(d.portrait)] : null
    const honors = [...((d.honors ?? []) as { honor: unknown; year?: number | null; note?: string | null }[])]
      .sort((a, b) => (a.year ?? 0) - (b.year ?? 0))
      .filter((h) => honorName(h.honor))
      .map((h) => ({ year: h.year ?? '', name: honorName(h.honor), note: h.note ? `（${h.note}）` : '' }))
    const related = new Set(ids(d.relatedArticles))
    const stories = [...(storiesOf.get(String(d.id)) ?? []), ...sorted.articles.filter((a) => related.has(String(a.id)))]
      .filter((a, i, all) => all.indexOf(a) === i)
      .sort((a, b) => String(b.publishedAt ?? '').localeCompare(String(a.publishedAt ?? '')))
    const description = d.seo?.description || [d.employer, d.position, honorList(d).join('、')].filter(Boolean).join(' · ')
    return {
      url,
      title: d.name,
      collective: d.kind === 'collective',
      description,
      portrait: d.portrait ? String(d.portrait) : null,
      og: portrait?.og ?? null,
      ogAlt: portrait?.alt ?? null,
      meta: [d.employer, d.position].filter(Boolean).join(' · '),
      quote: d.quote ?? null,
      honors,
      studio: d.innovationStudio?.name ? { name: d.innovationStudio.name, description: d.innovationStudio.description ?? null } : null,
      body: (d.biography as { root?: { children?: unknown[] } } | null)?.root?.children ?? [],
      photos: photosOf.get(String(d.id)) ?? [],
      stories: stories.map((s) => key('articles', s)),
      jsonLd: {
        '@context': 'https://schema.org',
        '@type': 'ProfilePage',
        url: abs(url),
        inLanguage: 'zh-CN',
        mainEntity: {
          '@type': d.kind === 'collective' ? 'Organization' : 'Person',
          name: d.name,
          ...(d.position ? { jobTitle: d.position } : {}),
          ...(d.employer ? { worksFor: { '@type': 'Organization', name: d.employer } } : {}),
          ...(portrait?.og.url ? { image: abs(portrait.og.url) } : {}),
          award: honorList(d),
        },
      },
    }
  })

  const galleries = sorted.galleries.map((d) => {
    const url = docPath('galleries', d.slug!)
    const items = ((d.items ?? []) as { photo: unknown; caption?: string | null; credit?: string | null }[]).map((it) => ({
      photo: String(it.photo),
      caption: it.caption?.trim() || media[String(it.photo)]?.caption || '',
      credit: it.credit?.trim() || media[String(it.photo)]?.credit || '',
    }))
    const cover = media[String(d.cover ?? items[0]?.photo)]
    return {
      url,
      title: d.title,
      description: d.summary ?? null,
      summary: d.summary ?? null,
      date: formatDate(d.publishedAt),
      iso: isoDate(d.publishedAt),
      og: cover?.og ?? null,
      ogAlt: cover?.alt ?? null,
      items,
      jsonLd: {
        '@context': 'https://schema.org',
        '@type': 'ImageGallery',
        name: d.title,
        url: abs(url),
        inLanguage: 'zh-CN',
        datePublished: isoDate(d.publishedAt),
        image: items.map((it) => media[it.photo]).filter(Boolean).map((m) => ({ '@type': 'ImageObject', contentUrl: abs(m!.original!), caption: m!.caption || undefined })),
      },
    }
  })

  // List pages: section lists, then topic, organization and year archives (as in plan.tsx).
  type Entry = { c: PublishableSlug; d: AnyDoc }
  const lists: { url: string; title: string; heading: string; description: string | null; page: number; pages: number; prev: string | null; next: string | null; cards: string[] }[] = []
  const paginate = (base: string, title: string, entries: Entry[], description: string | null = null) => {
    const pages = Math.max(1, Math.ceil(entries.length / PAGE_SIZE))
    for (let i = 0; i < pages; i++) {
      lists.push({
        url: listPath(base, i + 1),
        title: i > 0 ? `${title}（第${i + 1}页）` : title,
        heading: title,
        description,
        page: i + 1,
        pages,
        prev: i > 0 ? listPath(base, i) : null,
        next: i + 1 < pages ? listPath(base, i + 2) : null,
        cards: entries.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE).map((e) => key(e.c, e.d)),
      })
    }
  }
  const entries = (c: PublishableSlug): Entry[] => sorted[c].map((d) => ({ c, d }))
  for (const c of PUBLISHABLE_SITE) if (c !== 'model-workers') paginate(`/${SECTION_PATHS[c]}/`, SECTION_NAMES[c], entries(c))
  const everything = PUBLISHABLE_SITE.filter((c) => c !== 'model-workers')
    .flatMap(entries)
    .sort((a, b) => byDateDesc(a.d, b.d))
  const withWorkers = [...everything, ...entries('model-workers')].sort((a, b) => byDateDesc(a.d, b.d))
  const byTopic = new Map<string, Entry[]>()
  const byOrg = new Map<string, Entry[]>()
  for (const e of withWorkers) {
    for (const t of ids(e.d.topics)) byTopic.set(t, [...(byTopic.get(t) ?? []), e])
    for (const o of ids(e.d.organization)) byOrg.set(o, [...(byOrg.get(o) ?? []), e])
  }
  for (const t of [...data.topics.values()].sort((a, b) => (a.order ?? 100) - (b.order ?? 100)))
    if (t.slug) paginate(`/${SECTION_PATHS.topics}/${t.slug}/`, t.name, byTopic.get(String(t.id)) ?? [], t.description ?? null)
  for (const o of data.organizations.values()) if (o.slug) paginate(`/${SECTION_PATHS.organizations}/${o.slug}/`, o.name, byOrg.get(String(o.id)) ?? [], o.description ?? null)
  const years = new Map<number, Entry[]>()
  for (const e of everything) {
    const y = yearOf(e.d.publishedAt)
    if (y) years.set(y, [...(years.get(y) ?? []), e])
  }
  for (const [year, list] of years) paginate(archivePath(year), `${year}年内容归档`, list)

  // Home and the worker directory.
  const a = sorted.articles
  const leads = [...a.filter((x) => x.featured), ...a.filter((x) => !x.featured)].slice(0, 3)
  const home = {
    leads: leads.map((d) => ({ ...cards[key('articles', d)] })),
    latest: a.filter((x) => !leads.includes(x)).slice(0, 9).map((d) => key('articles', d)),
    workers: sorted['model-workers'].slice(0, 6).map((d) => key('model-workers', d)),
    galleries: sorted.galleries.slice(0, 3).map((d) => key('galleries', d)),
    videos: sorted['video-campaigns'].slice(0, 3).map((d) => key('video-campaigns', d)),
    jsonLd: { '@context': 'https://schema.org', '@type': 'WebSite', name: site.siteName, url: abs('/'), inLanguage: 'zh-CN' },
  }
  const LEVELS = ['national', 'provincial', 'industry', 'city', 'county']
  const LABELS: Record<string, string> = { national: '全国级荣誉', provincial: '省级荣誉', city: '市级荣誉', county: '县（区）级荣誉', industry: '产业（行业）荣誉' }
  const groups = new Map<string, Map<number | null, AnyDoc[]>>()
  for (const w of sorted['model-workers']) {
    const best = ((w.honors ?? []) as { honor: unknown; year?: number | null }[])
      .map((h) => ({ ...h, level: data.honors.get(String(h.honor))?.level ?? 'city' }))
      .sort((x, y) => LEVELS.indexOf(x.level) - LEVELS.indexOf(y.level) || (y.year ?? 0) - (x.year ?? 0))[0]
    const level = best?.level ?? 'none'
    const yearsOf = groups.get(level) ?? new Map()
    yearsOf.set(best?.year ?? null, [...(yearsOf.get(best?.year ?? null) ?? []), w])
    groups.set(level, yearsOf)
  }
  const uniq = (xs: (string | null | undefined)[]) => [...new Set(xs.filter((x): x is string => Boolean(x)))].sort((x, y) => x.localeCompare(y, 'zh-CN'))
  const directory = {
    filters: [
      { name: 'honor', label: '荣誉', options: uniq(sorted['model-workers'].flatMap((w) => ((w.honors ?? []) as { honor: unknown }[]).map((h) => honorName(h.honor)))) },
      { name: 'region', label: '地区', options: uniq(sorted['model-workers'].map((w) => w.region?.city)) },
      { name: 'trade', label: '岗位工种', options: uniq(sorted['model-workers'].map((w) => w.position)) },
    ],
    groups: [...groups.entries()]
      .sort((x, y) => ((LEVELS.indexOf(x[0]) + 99) % 99) - ((LEVELS.indexOf(y[0]) + 99) % 99))
      .map(([level, ys]) => ({
        level,
        label: LABELS[level] ?? '其他',
        years: [...ys.entries()]
          .sort((x, y) => (y[0] ?? 0) - (x[0] ?? 0))
          .map(([year, list]) => ({
            label: year ? `${year}年` : '年份不详',
            workers: list
              .sort((x, y) => x.name.localeCompare(y.name, 'zh-CN'))
              .map((w) => ({
                url: docPath('model-workers', w.slug!),
                name: w.name,
                honor: ((w.honors ?? []) as { honor: unknown }[]).map((h) => honorName(h.honor)).filter(Boolean).join('|'),
                region: w.region?.city ?? '',
                trade: w.position ?? '',
                meta: [w.employer, w.position, [w.region?.city, w.region?.district].filter(Boolean).join('')].filter(Boolean).join(' · '),
              })),
          })),
      })),
  }

  const files: Record<string, string> = {}
  const write = (name: string, value: unknown) => {
    const file = path.join(dir, `${name}.json`)
    fs.writeFileSync(file, JSON.stringify(value))
    files[name] = file
  }
  write('site', site)
  write('media', media)
  write('cards', cards)
  write('articles', articles)
  write('workers', workers)
  write('galleries', galleries)
  write('lists', lists)
  write('home', home)
  write('directory', directory)
  // home, workers directory, search and 404 besides the documents and lists
  const pages = articles.length + workers.length + galleries.length + lists.length + 4
  return { dir, files, pages, site }
}
