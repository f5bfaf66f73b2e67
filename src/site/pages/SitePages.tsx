import type { ReactNode } from 'react'

import type { Topic } from '../../../payload-types'
import { ArticleCard, GalleryCard, VideoCard, WorkerCard } from '../components/Cards'
import { Layout } from '../components/Layout'
import { Picture } from '../components/Picture'
import type { SiteContext, SiteDoc } from '../context'
import { figureText } from '../format'
import { docPath, SECTION_PATHS } from '../urls'

export type HomeData = {
  leads: SiteDoc<'articles'>[]
  latest: SiteDoc<'articles'>[]
  workers: SiteDoc<'model-workers'>[]
  galleries: SiteDoc<'galleries'>[]
  videos: SiteDoc<'video-campaigns'>[]
  review: SiteDoc<'yearly-reviews'> | null
  /** The topics the site's unit features (its settings, 首页推荐栏目); none on a site without. */
  topics?: Topic[]
}

/** A home-page section of cards with a link to the whole list; nothing when there is nothing to show. */
function CardSection<T>({ title, more, items, card }: { title: string; more: string; items: T[]; card: (doc: T) => ReactNode }) {
  if (items.length === 0) return null
  return (
    <section>
      <h2>
        {title} <a className="more" href={more}>更多</a>
      </h2>
      <div className="cards">{items.map(card)}</div>
    </section>
  )
}

export function HomePage({ ctx, data }: { ctx: SiteContext; data: HomeData }) {
  const jsonLd = { '@context': 'https://schema.org', '@type': 'WebSite', name: ctx.siteName, url: ctx.abs('/'), inLanguage: 'zh-CN' }
  return (
    <Layout ctx={ctx} meta={{ title: ctx.siteName, path: '/', jsonLd }}>
      <h1 className="visually-hidden">{ctx.siteName}</h1>
      {data.leads.length > 0 && (
        <section className="leads" aria-label="头条">
          {data.leads.map((doc, i) => {
            return (
              <article key={String(doc.id)} className={i === 0 ? 'lead-story' : 'card'}>
                {doc.cover && <Picture media={ctx.media(doc.cover)} size={i === 0 ? 'hero' : 'card'} sizes="(max-width: 720px) 100vw, 960px" eager={i === 0} />}
                <div className="card-body">
                  <h2>
                    <a href={docPath('articles', doc.slug!)}>{doc.title}</a>
                  </h2>
                  {doc.summary && <p className="summary">{doc.summary}</p>}
                </div>
              </article>
            )
          })}
        </section>
      )}
      {data.topics && data.topics.length > 0 && (
        <section className="featured-topics" aria-label="推荐栏目">
          <h2>推荐栏目</h2>
          <ul className="topics">
            {data.topics.map((t) => (
              <li key={String(t.id)}>
                <a href={`/${SECTION_PATHS.topics}/${t.slug}/`} className="tag">
                  {t.name}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <CardSection title="最新报道" more="/articles/" items={data.latest} card={(d) => <ArticleCard key={String(d.id)} ctx={ctx} doc={d} />} />
      <CardSection title="劳模风采" more="/workers/" items={data.workers} card={(w) => <WorkerCard key={String(w.id)} ctx={ctx} worker={w} />} />
      {data.review && (
        <section className="home-review">
          <h2>
            <a href={docPath('yearly-reviews', data.review.slug!)}>{data.review.title}</a>
          </h2>
          <dl className="figures">
            {(data.review.keyFigures ?? []).slice(0, 6).map((f, i) => (
              <div key={i}>
                <dd className="figure-value">{figureText(f)}</dd>
                <dt>{f.label}</dt>
              </div>
            ))}
          </dl>
        </section>
      )}
      <CardSection title="图片新闻" more="/galleries/" items={data.galleries} card={(g) => <GalleryCard key={String(g.id)} ctx={ctx} doc={g} />} />
      <CardSection title="视频" more="/videos/" items={data.videos} card={(v) => <VideoCard key={String(v.id)} ctx={ctx} doc={v} />} />
    </Layout>
  )
}

export type WorkerGroup = { level: string; label: string; years: { year: number | null; workers: SiteDoc<'model-workers'>[] }[] }

/**
 * The model-worker directory: grouped by honour level and year as plain lists (works without
 * JavaScript); filter.js adds filtering by honour, region and trade using the data attributes.
 */
export function WorkersDirectory({
  ctx,
  groups,
  filters,
}: {
  ctx: SiteContext
  groups: WorkerGroup[]
  filters: { honors: string[]; regions: string[]; trades: string[] }
}) {
  const select = (name: string, label: string, options: string[]) => (
    <label>
      {label}
      <select name={name} data-filter={name}>
        <option value="">全部</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  )
  return (
    <Layout ctx={ctx} meta={{ title: '劳模工匠', description: '按荣誉级别和年份浏览劳动模范、工匠和先进集体。', path: '/workers/', scripts: [ctx.assets.filter] }}>
      <h1>劳模工匠</h1>
      <form className="filters" hidden data-filters="">
        {select('honor', '荣誉', filters.honors)}
        {select('region', '地区', filters.regions)}
        {select('trade', '岗位工种', filters.trades)}
        <output data-count="" aria-live="polite" />
      </form>
      <nav aria-label="按级别" className="toc">
        {groups.map((g) => (
          <a key={g.level} href={`#level-${g.level}`}>
            {g.label}
          </a>
        ))}
      </nav>
      {groups.map((g) => (
        <section key={g.level} id={`level-${g.level}`} data-group="">
          <h2>{g.label}</h2>
          {g.years.map((y) => (
            <section key={String(y.year)} data-group="">
              <h3>{y.year ? `${y.year}年` : '年份不详'}</h3>
              <ul className="worker-list">
                {y.workers.map((w) => {
                  const honors = (w.honors ?? []).map((h) => ctx.honor(h.honor)?.name).filter(Boolean)
                  const region = [w.region?.city, w.region?.district].filter(Boolean).join('')
                  return (
                    <li key={String(w.id)} data-honor={honors.join('|')} data-region={w.region?.city ?? ''} data-trade={w.position ?? ''}>
                      <a href={docPath('model-workers', w.slug!)}>{w.name}</a>
                      <span className="meta">
                        {[w.employer, w.position, region].filter(Boolean).join(' · ')}
                      </span>
                    </li>
                  )
                })}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </Layout>
  )
}

export function SearchPage({ ctx }: { ctx: SiteContext }) {
  return (
    <Layout ctx={ctx} meta={{ title: '站内搜索', path: '/search/', noindex: true }}>
      <h1>站内搜索</h1>
      <form action="/search/" method="get" role="search" className="search-form">
        <label htmlFor="q">搜索关键词</label>
        <input id="q" name="q" type="search" placeholder="例如：劳模、驿站" autoComplete="off" />
        <button type="submit">搜索</button>
      </form>
      <div id="search-results" aria-live="polite" />
      <noscript>
        <p>搜索需要启用 JavaScript。您也可以浏览<a href="/articles/">全部报道</a>。</p>
      </noscript>
      <script type="module" src={ctx.assets.search} />
    </Layout>
  )
}

export function NotFoundPage({ ctx }: { ctx: SiteContext }) {
  return (
    <Layout ctx={ctx} meta={{ title: '页面不存在', path: '/404.html', noindex: true }}>
      <h1>页面不存在</h1>
      <p>您访问的页面不存在，可能已被撤下或地址有误。</p>
      <p>
        返回<a href="/">首页</a>，或使用<a href="/search/">站内搜索</a>查找内容。
      </p>
    </Layout>
  )
}
