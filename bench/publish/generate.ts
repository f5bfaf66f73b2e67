/**
 * Fills an empty database with a synthetic site through the Local API, as the system (no user):
 * topics, organizations, honours, a few photos (drawn with sharp, reused as covers), model
 * workers, galleries and articles, all published. Writes pass `context: { seeding: true,
 * skipPublish: true }` so no publish job is queued. Documents are created with bounded
 * concurrency; progress goes to stderr.
 */
import sharp from 'sharp'
import type { Payload } from 'payload'

import * as options from '../../src/fields/options'
import { slugify } from '../../src/lib/slug'
import { h2, paragraph, photoBlock, pullQuoteBlock, richText, workerCardBlock, bold, type TopLevelNode } from '../../src/seed/lexical'
import { employer, HONOR_LIST, ORG_NAMES, paragraphText, personName, place, quality, rng, sentence, title, TOPIC_NAMES, trade, type Rng } from './text'

export type Sizes = { articles: number; workers: number; galleries: number; photos: number }
export type Generated = { articleIds: number[]; workerIds: number[]; galleryIds: number[]; mediaIds: number[]; ms: Record<string, number> }

const CONTEXT = { seeding: true, skipPublish: true }

/** The stored value of a byline role (Chinese words, or ASCII values with a BYLINE_ROLE_VALUE table). */
const role = (zh: string): string => (options as { BYLINE_ROLE_VALUE?: Record<string, string> }).BYLINE_ROLE_VALUE?.[zh] ?? zh

/** Run `task(i)` for i in [0, n) with at most `limit` in flight; report progress now and then. */
export async function pool<T>(n: number, limit: number, task: (i: number) => Promise<T>, label: string): Promise<T[]> {
  const out = new Array<T>(n)
  let next = 0
  let done = 0
  const started = Date.now()
  let lastReport = started
  const worker = async () => {
    while (next < n) {
      const i = next++
      out[i] = await task(i)
      done++
      const now = Date.now()
      if (now - lastReport > 5000 || done === n) {
        lastReport = now
        const rate = done / ((now - started) / 1000)
        process.stderr.write(`  ${label}: ${done}/${n} (${rate.toFixed(0)}/s${done < n ? `, ~${Math.round((n - done) / rate)} s left` : ''})\n`)
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, n) }, worker))
  return out
}

/** A 1600×1000 "photo": a gradient sky, a ground, a few shapes — different per index. */
async function photo(i: number): Promise<Buffer> {
  const r = rng(1000 + i)
  const hue = r.int(0, 359)
  const shapes = Array.from({ length: 12 }, () => {
    const x = r.int(0, 1600)
    const y = r.int(300, 950)
    const w = r.int(60, 320)
    const h = r.int(80, 500)
    return `<rect x="${x}" y="${y - h}" width="${w}" height="${h}" fill="hsl(${(hue + r.int(0, 90)) % 360},${r.int(20, 60)}%,${r.int(25, 60)}%)"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000">
<defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue},60%,75%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},50%,92%)"/></linearGradient></defs>
<rect width="1600" height="1000" fill="url(#s)"/><rect y="700" width="1600" height="300" fill="hsl(${(hue + 180) % 360},25%,40%)"/>${shapes}
<circle cx="${r.int(100, 1500)}" cy="${r.int(80, 300)}" r="${r.int(40, 90)}" fill="hsl(45,90%,70%)"/></svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
}

const YEARS = { first: 2015, last: 2025 }

/** A moment between 2015 and 2025 (spread evenly by index, a little jitter). */
function publishedAt(r: Rng, i: number, n: number): string {
  const start = Date.UTC(YEARS.first, 0, 1)
  const end = Date.UTC(YEARS.last, 11, 31)
  const t = start + ((end - start) * (i + r.next())) / n
  return new Date(t).toISOString()
}

function articleBody(r: Rng, mediaIds: number[], workerIds: number[]): ReturnType<typeof richText> {
  const nodes: (TopLevelNode | string)[] = []
  const paragraphs = r.int(8, 16)
  for (let p = 0; p < paragraphs; p++) {
    if (p > 0 && p % 5 === 0) nodes.push(h2(title(r).slice(0, 16)))
    if (r.chance(0.08)) nodes.push(paragraph(bold(sentence(r)), paragraphText(r, 2, 4)))
    else nodes.push(paragraphText(r))
    if (p === 3 && r.chance(0.5)) nodes.push(photoBlock({ photo: r.pick(mediaIds), caption: sentence(r) }))
    if (p === 6 && r.chance(0.3)) nodes.push(pullQuoteBlock({ quote: sentence(r), attribution: personName(r) }))
    if (p === 8 && workerIds.length && r.chance(0.2)) nodes.push(workerCardBlock({ worker: r.pick(workerIds), note: sentence(r) }))
  }
  return richText(...nodes)
}

export async function generate(payload: Payload, sizes: Sizes, concurrency: number): Promise<Generated> {
  const ms: Record<string, number> = {}
  const time = async <T,>(label: string, f: () => Promise<T>): Promise<T> => {
    const t = Date.now()
    const v = await f()
    ms[label] = Date.now() - t
    return v
  }
  const common = { context: CONTEXT, depth: 0, overrideAccess: true } as const
  const r = rng(20261121)

  const topicIds = await time('catalog', async () => {
    const topics: number[] = []
    for (const [i, name] of TOPIC_NAMES.entries()) {
      const doc = await payload.create({ collection: 'topics', data: { name, slug: `topic-${i + 1}`, order: (i + 1) * 10, description: sentence(r) }, ...common })
      topics.push(doc.id as number)
    }
    return topics
  })
  const orgIds: number[] = []
  for (const [i, name] of ORG_NAMES.entries()) {
    const doc = await payload.create({
      collection: 'organizations',
      data: { name, slug: `org-${i + 1}`, level: i === 0 ? 'city' : i <= 10 ? 'county' : 'enterprise', description: sentence(r), region: { province: '滨江省', city: '江澄市' } },
      ...common,
    })
    orgIds.push(doc.id as number)
  }
  const honorIds: number[] = []
  for (const h of HONOR_LIST) {
    const doc = await payload.create({ collection: 'honors', data: { ...h, awardingBody: '江澄市总工会' }, ...common })
    honorIds.push(doc.id as number)
  }

  const mediaIds = await time('photos', () =>
    pool(
      sizes.photos,
      2,
      async (i) => {
        const m = rng(2000 + i)
        const data = await photo(i)
        const doc = await payload.create({
          collection: 'media',
          data: { alt: `${place(m)}的职工在工作现场（示意图 ${i + 1}）`, caption: sentence(m), credit: `摄影 ${personName(m)}` },
          file: { data, mimetype: 'image/jpeg', name: `bench-photo-${i + 1}.jpg`, size: data.length },
          ...common,
        })
        return doc.id as number
      },
      'photos',
    ),
  )

  const workerIds = await time('workers', () =>
    pool(
      sizes.workers,
      concurrency,
      async (i) => {
        const w = rng(500_000 + i)
        const name = personName(w)
        const collective = w.chance(0.08)
        const honors = w.some(honorIds, 1, 3).map((honor) => ({ honor, year: w.int(2000, 2025) }))
        const doc = await payload.create({
          collection: 'model-workers',
          data: {
            name: collective ? `${employer(w)}${trade(w)}班组` : name,
            slug: `worker-${i + 1}-${slugify(name)}`,
            kind: collective ? 'collective' : 'individual',
            portrait: w.pick(mediaIds),
            employer: employer(w),
            position: trade(w),
            region: { province: '滨江省', city: '江澄市', district: place(w) },
            honors,
            innovationStudio: w.chance(0.3) ? { name: `${name}劳模创新工作室`, description: paragraphText(w, 1, 2) } : undefined,
            biography: richText(paragraphText(w), h2('主要事迹'), paragraphText(w), paragraphText(w), h2('传帮带'), paragraphText(w)),
            quote: `${quality(w)}，${sentence(w)}`.slice(0, 280),
            organization: w.pick(orgIds),
            publicationConsent: true,
            publishedAt: publishedAt(w, i, sizes.workers),
            _status: 'published',
          } as never,
          ...common,
        })
        return doc.id as number
      },
      'model workers',
    ),
  )

  const galleryIds = await time('galleries', () =>
    pool(
      sizes.galleries,
      concurrency,
      async (i) => {
        const g = rng(700_000 + i)
        const t = title(g)
        const doc = await payload.create({
          collection: 'galleries',
          data: {
            title: `图集｜${t}`,
            slug: `gallery-${i + 1}`,
            summary: paragraphText(g, 1, 2).slice(0, 380),
            items: g.some(mediaIds, 6, 12).map((photo) => ({ photo, caption: sentence(g) })),
            topics: g.some(topicIds, 1, 2),
            organization: g.pick(orgIds),
            publishedAt: publishedAt(g, i, sizes.galleries),
            _status: 'published',
          } as never,
          ...common,
        })
        return doc.id as number
      },
      'galleries',
    ),
  )

  const articleIds = await time('articles', () =>
    pool(
      sizes.articles,
      concurrency,
      async (i) => {
        const a = rng(1_000_000 + i)
        const t = title(a)
        const doc = await payload.create({
          collection: 'articles',
          data: {
            title: t,
            subtitle: a.chance(0.3) ? `——${sentence(a).slice(0, 30)}` : undefined,
            summary: paragraphText(a, 1, 2).slice(0, 380),
            cover: a.chance(0.85) ? a.pick(mediaIds) : undefined,
            bylines: [
              { role: role('记者'), name: personName(a) },
              ...(a.chance(0.5) ? [{ role: role('通讯员'), name: personName(a) }] : []),
            ],
            body: articleBody(a, mediaIds, workerIds),
            source: a.chance(0.3) ? { publication: '江澄日报', page: `第${a.int(1, 8)}版`, issueDate: publishedAt(a, i, sizes.articles) } : undefined,
            featured: a.chance(0.01),
            slug: `a-${i + 1}-${slugify(t.slice(0, 10))}`,
            topics: a.some(topicIds, 1, 2),
            organization: a.pick(orgIds),
            relatedWorkers: a.chance(0.3) ? a.some(workerIds, 1, 2) : [],
            relatedGalleries: a.chance(0.15) && galleryIds.length ? [a.pick(galleryIds)] : [],
            publishedAt: publishedAt(a, i, sizes.articles),
            _status: 'published',
          } as never,
          ...common,
        })
        return doc.id as number
      },
      'articles',
    ),
  )
  return { articleIds, workerIds, galleryIds, mediaIds, ms }
}
