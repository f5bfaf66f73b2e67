import type { ReactNode } from 'react'

import type { Article, Media, Topic } from '../../../payload-types'
import { ArticleCard, DateLine, honorNames, Pagination } from '../components/Cards'
import { fallbackFilename } from '../../media/derivatives'
import { BYLINE_ROLE_TEXT, CREDIT_ROLE_TEXT } from '../../fields/options'
import { GalleryGrid } from '../components/GalleryGrid'
import { Layout, type PageMeta } from '../components/Layout'
import { Figure, mediaPath, Picture } from '../components/Picture'
import { RichText, richTextPlain } from '../components/RichText'
import { entryOf, type SiteEntry, type SiteKind } from '../components/siteDocs'
import { VideoPlayer } from '../components/VideoPlayer'
import { idOf, type Id, type SiteContext, type SiteDoc, type SiteDocs } from '../context'
import { KindCard } from '../kinds'
import { figureText, formatDate, isoDate } from '../format'
import { docPath, SECTION_PATHS } from '../urls'

/** The 1200×630 social image of a photo, for Open Graph. */
export function socialImage(ctx: SiteContext, mediaId: Id | Media | null | undefined): PageMeta['image'] {
  const media = ctx.media(mediaId)
  if (!media) return null
  const social = media.sizes?.social
  // The JPEG beside the WebP: some chat apps' link previews do not show WebP.
  const url = (social?.filename ? mediaPath(fallbackFilename(social.filename)) : null) ?? mediaPath(media.filename)
  return url ? { url, width: social?.width ?? media.width, height: social?.height ?? media.height, alt: media.alt } : null
}

/** A relationship field's value at depth 0 (ids) or deeper (documents). */
type Relation<T> = (Id | T)[] | null | undefined

function Related({ ctx, groups }: { ctx: SiteContext; groups: [SiteKind, Relation<SiteDoc>, string][] }) {
  const resolved = groups
    .map(([collection, ids, title]) => {
      const docs = (ids ?? [])
        .map((id) => {
          return ctx.doc(collection, idOf(id))
        })
        .filter((d): d is SiteDoc => Boolean(d?.slug))
        .map((d): SiteEntry => entryOf(collection, d))
      return { collection, docs, title }
    })
    .filter((g) => g.docs.length > 0)
  if (!resolved.length) return null
  return (
    <aside className="related" aria-label="相关内容">
      {resolved.map((g) => (
        <section key={g.collection}>
          <h2>{g.title}</h2>
          <div className="cards">
            {g.docs.map((entry) => (
              <KindCard key={String(entry.doc.id)} ctx={ctx} {...entry} />
            ))}
          </div>
        </section>
      ))}
    </aside>
  )
}

function TopicLinks({ ctx, ids }: { ctx: SiteContext; ids: Relation<Topic> }) {
  const topics = (ids ?? []).map((id) => ctx.topic(id)).filter((t): t is Topic => Boolean(t?.slug))
  if (!topics.length) return null
  return (
    <span className="topics">
      {topics.map((t) => (
        <a key={t.id} href={`/${SECTION_PATHS.topics}/${t.slug}/`} className="tag">
          {t.name}
        </a>
      ))}
    </span>
  )
}

/** The print fields articles and yearly reviews share (src/fields/print.ts). */
type Printed = Pick<SiteDoc<'articles' | 'yearly-reviews'>, 'bylines' | 'source' | 'credits'>

function Bylines({ doc }: { doc: Printed }) {
  return (
    <>
      {(doc.bylines ?? []).map((b, i) => (
        <span key={i} className="byline">
          {b.role ? `${BYLINE_ROLE_TEXT[b.role] ?? b.role} ` : ''}
          {b.name}
        </span>
      ))}
    </>
  )
}

/** 原载《江澄日报》2026年3月18日 第5版 — for pieces first printed in a newspaper. */
function SourceLine({ doc }: { doc: Printed }) {
  if (!doc.source?.publication) return null
  return (
    <p className="source">
      原载《{doc.source.publication}》{doc.source.issueDate ? ` ${formatDate(doc.source.issueDate)}` : ''}
      {doc.source.page ? ` 第${doc.source.page}版` : ''}
    </p>
  )
}

/** 来源：<unit> — on an adopted piece, naming its unit and linking to the original on that unit's site. */
function OriginLine<K extends keyof SiteDocs>({ ctx, kind, doc }: { ctx: SiteContext; kind: K; doc: SiteDoc<K> }) {
  const origin = ctx.origin?.(kind, doc)
  if (!origin) return null
  return (
    <p className="origin">
      来源：<a href={origin.url}>{origin.name}</a>
    </p>
  )
}

function Credits({ doc }: { doc: Printed }) {
  if (!doc.credits?.length) return null
  return (
    <p className="credits">
      {doc.credits.map((c, i) => (
        <span key={i}>
          {CREDIT_ROLE_TEXT[c.role] ?? c.role}：{c.name}
        </span>
      ))}
    </p>
  )
}

function publisherLd(ctx: SiteContext) {
  return { '@type': 'Organization', name: ctx.siteName, url: ctx.abs('/') }
}

export function ArticlePage({ ctx, doc }: { ctx: SiteContext; doc: SiteDoc<'articles'> }) {
  const path = docPath('articles', doc.slug!)
  const org = ctx.org(doc.organization)
  const image = socialImage(ctx, doc.cover)
  const description = doc.seo?.description || doc.summary || richTextPlain(doc.body, 120)
  const bylines = doc.bylines ?? []
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: doc.title,
    ...(doc.subtitle ? { alternativeHeadline: doc.subtitle } : {}),
    datePublished: isoDate(doc.publishedAt),
    dateModified: isoDate(doc.updatedAt),
    mainEntityOfPage: ctx.abs(path),
    inLanguage: 'zh-CN',
    ...(image ? { image: [ctx.abs(image.url)] } : {}),
    author: bylines.length ? bylines.map((b) => ({ '@type': 'Person', name: b.name })) : [publisherLd(ctx)],
    publisher: publisherLd(ctx),
    description,
  }
  return (
    <Layout ctx={ctx} meta={{ title: doc.seo?.title || doc.title, description, path, image, type: 'article', jsonLd }}>
      <article className="article" data-pagefind-body="">
        <header>
          <h1>{doc.title}</h1>
          {doc.subtitle && <p className="subtitle">——{doc.subtitle}</p>}
          <p className="meta">
            <Bylines doc={doc} />
            <DateLine iso={doc.publishedAt} />
            {org && (
              <a href={`/${SECTION_PATHS.organizations}/${org.slug}/`} className="org">
                {org.name}
              </a>
            )}
            <TopicLinks ctx={ctx} ids={doc.topics} />
          </p>
          <SourceLine doc={doc} />
          <OriginLine ctx={ctx} kind="articles" doc={doc} />
        </header>
        {doc.cover && <Figure ctx={ctx} mediaId={doc.cover} size="hero" eager />}
        <RichText ctx={ctx} value={doc.body} />
        <Credits doc={doc} />
      </article>
      <Related
        ctx={ctx}
        groups={[
          ['model-workers', doc.relatedWorkers, '相关劳模工匠'],
          ['galleries', doc.relatedGalleries, '相关图集'],
          ['video-campaigns', doc.relatedVideos, '相关视频'],
          ['yearly-reviews', doc.relatedReviews, '相关年度回眸'],
        ]}
      />
    </Layout>
  )
}

export function WorkerPage({ ctx, doc, stories, photos }: { ctx: SiteContext; doc: SiteDoc<'model-workers'>; stories: Article[]; photos: Id[] }) {
  const path = docPath('model-workers', doc.slug!)
  const image = socialImage(ctx, doc.portrait)
  const description = doc.seo?.description || [doc.employer, doc.position, honorNames(ctx, doc).join('、')].filter(Boolean).join(' · ')
  const honors = [...(doc.honors ?? [])].sort((a, b) => (a.year ?? 0) - (b.year ?? 0))
  const person = {
    '@type': doc.kind === 'collective' ? 'Organization' : 'Person',
    name: doc.name,
    ...(doc.position ? { jobTitle: doc.position } : {}),
    ...(doc.employer ? { worksFor: { '@type': 'Organization', name: doc.employer } } : {}),
    ...(image ? { image: ctx.abs(image.url) } : {}),
    award: honorNames(ctx, doc),
  }
  const jsonLd = { '@context': 'https://schema.org', '@type': 'ProfilePage', url: ctx.abs(path), inLanguage: 'zh-CN', mainEntity: person }
  return (
    <Layout ctx={ctx} meta={{ title: doc.name, description, path, image, type: 'profile', jsonLd }}>
      <article className="profile" data-pagefind-body="">
        <header className="profile-head">
          {doc.portrait && <Picture media={ctx.media(doc.portrait)} size="card" sizes="(max-width: 720px) 100vw, 320px" eager />}
          <div>
            <h1>
              {doc.name}
              {doc.kind === 'collective' && <span className="tag">集体</span>}
            </h1>
            <p className="meta">{[doc.employer, doc.position].filter(Boolean).join(' · ')}</p>
            <OriginLine ctx={ctx} kind="model-workers" doc={doc} />
            {doc.quote && (
              <blockquote className="pull-quote">
                <p>{doc.quote}</p>
              </blockquote>
            )}
          </div>
        </header>
        {honors.length > 0 && (
          <section>
            <h2>荣誉历程</h2>
            <ol className="timeline">
              {honors.map((h, i) => {
                const honor = ctx.honor(h.honor)
                return honor ? (
                  <li key={i}>
                    <span className="year">{h.year ?? ''}</span> {honor.name}
                    {h.note ? `（${h.note}）` : ''}
                  </li>
                ) : null
              })}
            </ol>
          </section>
        )}
        {doc.innovationStudio?.name && (
          <section>
            <h2>{doc.innovationStudio.name}</h2>
            {doc.innovationStudio.description && <p>{doc.innovationStudio.description}</p>}
          </section>
        )}
        {doc.biography && (
          <section>
            <h2>事迹</h2>
            <RichText ctx={ctx} value={doc.biography} />
          </section>
        )}
        {photos.length > 0 && (
          <section>
            <h2>图片</h2>
            <GalleryGrid ctx={ctx} items={photos.map((photo) => ({ photo }))} />
          </section>
        )}
        {stories.length > 0 && (
          <section>
            <h2>相关报道</h2>
            <div className="cards">
              {stories.map((s) => (
                <ArticleCard key={String(s.id)} ctx={ctx} doc={s} />
              ))}
            </div>
          </section>
        )}
      </article>
    </Layout>
  )
}

export function GalleryPage({ ctx, doc }: { ctx: SiteContext; doc: SiteDoc<'galleries'> }) {
  const path = docPath('galleries', doc.slug!)
  const items = doc.items ?? []
  const image = socialImage(ctx, doc.cover ?? items[0]?.photo)
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'ImageGallery',
    name: doc.title,
    url: ctx.abs(path),
    inLanguage: 'zh-CN',
    datePublished: isoDate(doc.publishedAt),
    image: items
      .map((it) => ctx.media(it.photo))
      .filter((m): m is Media => Boolean(m))
      .map((m) => ({ '@type': 'ImageObject', contentUrl: ctx.abs(mediaPath(m.filename)!), caption: m.caption ?? undefined })),
  }
  return (
    <Layout ctx={ctx} meta={{ title: doc.title, description: doc.summary, path, image, jsonLd, scripts: [ctx.assets.gallery] }}>
      <article data-pagefind-body="">
        <h1>{doc.title}</h1>
        <p className="meta">
          <DateLine iso={doc.publishedAt} /> · {items.length} 张图片
        </p>
        <OriginLine ctx={ctx} kind="galleries" doc={doc} />
        {doc.summary && <p className="lead">{doc.summary}</p>}
        <GalleryGrid ctx={ctx} items={items} />
      </article>
    </Layout>
  )
}

export function VideoPage({ ctx, doc }: { ctx: SiteContext; doc: SiteDoc<'video-campaigns'> }) {
  const path = docPath('video-campaigns', doc.slug!)
  const episodes = doc.episodes ?? []
  const image = socialImage(ctx, doc.cover ?? episodes[0]?.poster)
  const jsonLd = episodes.map((ep) => {
    const poster = ctx.media(ep.poster)
    return {
      '@context': 'https://schema.org',
      '@type': 'VideoObject',
      name: ep.title,
      description: ep.description || doc.summary || doc.title,
      uploadDate: isoDate(ep.airDate || doc.publishedAt),
      ...(poster ? { thumbnailUrl: ctx.abs(mediaPath(poster.filename)!) } : {}),
      ...(ep.duration ? { duration: `PT${Math.round(ep.duration)}S` } : {}),
      ...(ep.url ? { embedUrl: ep.url } : {}),
    }
  })
  const org = ctx.org(doc.organization)
  const partners = doc.partners ?? []
  const channels = doc.channels ?? []
  const recognitions = doc.recognitions ?? []
  return (
    <Layout ctx={ctx} meta={{ title: doc.title, description: doc.summary, path, image, jsonLd }}>
      <article data-pagefind-body="">
        <h1>{doc.title}</h1>
        <p className="meta">
          {org?.name}
          {doc.period?.start && ` · ${formatDate(doc.period.start)}${doc.period.end ? ` 至 ${formatDate(doc.period.end)}` : ''}`}
        </p>
        <OriginLine ctx={ctx} kind="video-campaigns" doc={doc} />
        {doc.summary && <p className="lead">{doc.summary}</p>}
        {(partners.length > 0 || channels.length > 0) && (
          <p className="meta">
            {partners.length > 0 && `合作：${partners.map((p) => p.name).join('、')}`}
            {channels.length > 0 && ` · 播出：${channels.map((c) => c.name).join('、')}`}
          </p>
        )}
        <ol className="episodes">
          {episodes.map((ep, i) => (
            <li key={i}>
              <h2>
                第{i + 1}集 {ep.title}
              </h2>
              <p className="meta">
                <DateLine iso={ep.airDate} />
                {ep.duration ? ` · ${Math.floor(ep.duration / 60)}分${String(Math.round(ep.duration % 60)).padStart(2, '0')}秒` : ''}
              </p>
              <VideoPlayer ctx={ctx} title={ep.title} file={ep.source === 'embed' ? null : ep.file} url={ep.source === 'embed' ? ep.url : null} poster={ep.poster} caption={ep.description} />
            </li>
          ))}
        </ol>
        {recognitions.length > 0 && (
          <section>
            <h2>获奖情况</h2>
            <ul>
              {recognitions.map((r, i) => (
                <li key={i}>
                  {r.year ? `${r.year}年 ` : ''}
                  {r.award}
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>
      <Related ctx={ctx} groups={[['articles', doc.relatedArticles, '相关报道']]} />
    </Layout>
  )
}

type KeyFigure = NonNullable<SiteDoc<'yearly-reviews'>['keyFigures']>[number]

function FigureChart({ figures }: { figures: { label: string; value: number; unit?: string | null; previous?: number | null }[] }) {
  // Bars only make sense between figures of one unit; the largest sets the scale.
  const max = Math.max(...figures.map((f) => Math.max(f.value, f.previous ?? 0)))
  if (!(max > 0) || figures.length < 2) return null
  const rowH = 28
  const height = figures.length * rowH
  return (
    <svg className="chart" viewBox={`0 0 600 ${height}`} role="img" aria-label={figures.map((f) => `${f.label} ${figureText(f)}`).join('；')}>
      {figures.map((f, i) => {
        const w = Math.max(2, (f.value / max) * 300)
        const pw = f.previous ? Math.max(2, (f.previous / max) * 300) : 0
        return (
          <g key={i} transform={`translate(0 ${i * rowH})`}>
            <text x="0" y="18" fontSize="13">
              {f.label.length > 12 ? `${f.label.slice(0, 12)}…` : f.label}
            </text>
            {pw > 0 && <rect x="170" y="4" width={pw} height="8" fill="#c9c9c9" />}
            <rect x="170" y={pw > 0 ? 12 : 6} width={w} height={pw > 0 ? 10 : 14} fill="#b3202a" />
            <text x={176 + w} y="19" fontSize="12">
              {figureText(f)}
            </text>
          </g>
        )
      })}
    </svg>
  )
}

export function ReviewPage({ ctx, doc, previous }: { ctx: SiteContext; doc: SiteDoc<'yearly-reviews'>; previous: SiteDoc<'yearly-reviews'> | null }) {
  const path = docPath('yearly-reviews', doc.slug!)
  const figures = doc.keyFigures ?? []
  const prevByLabel = new Map<string, KeyFigure>((previous?.keyFigures ?? []).map((f) => [f.label, f]))
  const pillars = new Map<string, KeyFigure[]>()
  for (const f of figures) {
    const key = f.pillar || '综合'
    pillars.set(key, [...(pillars.get(key) ?? []), f])
  }
  const org = ctx.org(doc.organization)
  const image = socialImage(ctx, doc.cover)
  const plans = doc.plans ?? []
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Report',
    name: doc.title,
    url: ctx.abs(path),
    inLanguage: 'zh-CN',
    datePublished: isoDate(doc.publishedAt),
    ...(org ? { author: { '@type': 'Organization', name: org.name } } : {}),
  }
  const compare = (f: KeyFigure): ReactNode => {
    const prev = prevByLabel.get(f.label)
    const prevValue = f.comparison?.previousValue ?? (prev && prev.unit === f.unit ? prev.value : null)
    if (prevValue === null || prevValue === undefined) return f.comparison?.note ? <dd className="compare">{f.comparison.note}</dd> : null
    const diff = f.value - prevValue
    const pct = prevValue !== 0 ? Math.round((diff / prevValue) * 1000) / 10 : null
    return (
      <dd className="compare">
        上年 {figureText({ value: prevValue, unit: f.unit })}
        {pct !== null && `，${diff >= 0 ? '增长' : '下降'} ${Math.abs(pct)}%`}
      </dd>
    )
  }
  return (
    <Layout ctx={ctx} meta={{ title: doc.title, description: doc.lead, path, image, jsonLd }}>
      <article className="review" data-pagefind-body="">
        <h1>{doc.title}</h1>
        {doc.subtitle && <p className="subtitle">——{doc.subtitle}</p>}
        <p className="meta">
          <Bylines doc={doc} />
          <span>
            {org?.name} · {doc.period?.firstYear === doc.period?.lastYear ? `${doc.period?.lastYear}年` : `${doc.period?.firstYear}—${doc.period?.lastYear}年`}
          </span>
        </p>
        <SourceLine doc={doc} />
        <OriginLine ctx={ctx} kind="yearly-reviews" doc={doc} />
        {doc.lead && <p className="lead">{doc.lead}</p>}
        {[...pillars.entries()].map(([pillar, list]) => {
          const units = new Map<string, KeyFigure[]>()
          for (const f of list) units.set(f.unit ?? '', [...(units.get(f.unit ?? '') ?? []), f])
          return (
            <section key={pillar} className="pillar">
              <h2>{pillar}</h2>
              <dl className="figures">
                {list.map((f, i) => (
                  <div key={i}>
                    <dd className="figure-value">{figureText(f)}</dd>
                    <dt>{f.label}</dt>
                    {compare(f)}
                  </div>
                ))}
              </dl>
              {[...units.values()]
                .filter((group) => group.length > 1)
                .map((group, i) => (
                  <figure key={i} className="chart-figure">
                    <FigureChart figures={group.map((f) => ({ ...f, previous: prevByLabel.get(f.label)?.value ?? f.comparison?.previousValue ?? null }))} />
                    <figcaption>
                      {group.map((f) => `${f.label}：${figureText(f)}`).join('；')}
                      {previous ? `（灰色为${previous.period?.lastYear}年）` : ''}
                    </figcaption>
                  </figure>
                ))}
            </section>
          )
        })}
        {(doc.sections ?? []).map((s, i) => (
          <section key={i}>
            <h2>{s.heading}</h2>
            <RichText ctx={ctx} value={s.content} />
          </section>
        ))}
        {plans.length > 0 && (
          <section>
            <h2>下一步计划</h2>
            <ol className="plans">
              {plans.map((p, i) => (
                <li key={i}>
                  <strong>{p.name}</strong>
                  {p.description && <p>{p.description}</p>}
                  {(p.targets?.length ?? 0) > 0 && (
                    <ul>
                      {(p.targets ?? []).map((t, j) => (
                        <li key={j}>
                          {t.label}
                          {typeof t.value === 'number' ? `：${figureText({ ...t, value: t.value })}` : ''}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          </section>
        )}
        <Credits doc={doc} />
        {previous && (
          <p>
            上一期：<a href={docPath('yearly-reviews', previous.slug!)}>{previous.title}</a>
          </p>
        )}
      </article>
      <Related
        ctx={ctx}
        groups={[
          ['articles', doc.relatedArticles, '相关报道'],
          ['model-workers', doc.relatedWorkers, '文中的劳模工匠'],
          ['galleries', doc.relatedGalleries, '相关图集'],
          ['video-campaigns', doc.relatedVideos, '相关视频'],
        ]}
      />
    </Layout>
  )
}

export function ListPage({
  ctx,
  title,
  description,
  base,
  page,
  pages,
  entries,
  intro,
  feeds,
}: {
  ctx: SiteContext
  title: string
  description?: string | null
  base: string
  page: number
  pages: number
  /** The documents listed, each with its kind. */
  entries: SiteEntry[]
  intro?: ReactNode
  feeds?: PageMeta['feeds']
}) {
  const path = page > 1 ? `${base}page/${page}/` : base
  return (
    <Layout ctx={ctx} meta={{ title: page > 1 ? `${title}（第${page}页）` : title, description, path, feeds }}>
      <h1>{title}</h1>
      {intro}
      <h2 className="visually-hidden">内容列表</h2>
      {entries.length === 0 ? (
        <p>暂无内容。</p>
      ) : (
        <div className="cards">
          {entries.map((e) => (
            <KindCard key={`${e.collection}-${e.doc.id}`} ctx={ctx} {...e} />
          ))}
        </div>
      )}
      <Pagination base={base} page={page} pages={pages} />
    </Layout>
  )
}
