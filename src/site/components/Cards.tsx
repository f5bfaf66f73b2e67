import type { SiteContext, SiteDoc } from '../context'
import { formatDate, isoDate } from '../format'
import { docPath, listPath } from '../urls'
import { Picture } from './Picture'

export function DateLine({ iso }: { iso?: string | null }) {
  return iso ? <time dateTime={isoDate(iso)}>{formatDate(iso)}</time> : null
}

export function ArticleCard({ ctx, doc, eager }: { ctx: SiteContext; doc: SiteDoc<'articles'>; eager?: boolean }) {
  const cover = ctx.media(doc.cover)
  return (
    <article className="card">
      {cover && <Picture media={cover} size="card" sizes="(max-width: 720px) 100vw, 360px" eager={eager} />}
      <div className="card-body">
        <h3>
          <a href={docPath('articles', doc.slug!)}>{doc.title}</a>
        </h3>
        {doc.subtitle && <p className="subtitle">{doc.subtitle}</p>}
        {doc.summary && <p className="summary">{doc.summary}</p>}
        <p className="meta">
          <DateLine iso={doc.publishedAt} />
        </p>
      </div>
    </article>
  )
}

export function honorNames(ctx: SiteContext, worker: SiteDoc<'model-workers'>): string[] {
  return (worker.honors ?? [])
    .map((h) => {
      const honor = ctx.honor(h.honor)
      return honor ? `${h.year ? `${h.year}年` : ''}${honor.name}` : null
    })
    .filter((x): x is string => Boolean(x))
}

export function WorkerCard({ ctx, worker, note }: { ctx: SiteContext; worker: SiteDoc<'model-workers'>; note?: string | null }) {
  const portrait = ctx.media(worker.portrait)
  const honors = honorNames(ctx, worker)
  return (
    <article className="card worker-card">
      {portrait && <Picture media={portrait} size="thumbnail" sizes="160px" />}
      <div className="card-body">
        <h3>
          <a href={docPath('model-workers', worker.slug!)}>{worker.name}</a>
          {worker.kind === 'collective' && <span className="tag">集体</span>}
        </h3>
        <p className="meta">{[worker.employer, worker.position].filter(Boolean).join(' · ')}</p>
        {honors.length > 0 && <p className="honors">{honors.slice(0, 3).join('、')}</p>}
        {note && <p className="summary">{note}</p>}
      </div>
    </article>
  )
}

export function GalleryCard({ ctx, doc }: { ctx: SiteContext; doc: SiteDoc<'galleries'> }) {
  const cover = ctx.media(doc.cover ?? doc.items?.[0]?.photo)
  return (
    <article className="card">
      {cover && <Picture media={cover} size="card" sizes="(max-width: 720px) 100vw, 360px" />}
      <div className="card-body">
        <h3>
          <a href={docPath('galleries', doc.slug!)}>{doc.title}</a>
        </h3>
        <p className="meta">
          {(doc.items ?? []).length} 张图片 · <DateLine iso={doc.publishedAt} />
        </p>
      </div>
    </article>
  )
}

export function VideoCard({ ctx, doc }: { ctx: SiteContext; doc: SiteDoc<'video-campaigns'> }) {
  const cover = ctx.media(doc.cover ?? doc.episodes?.[0]?.poster)
  return (
    <article className="card">
      {cover && <Picture media={cover} size="card" sizes="(max-width: 720px) 100vw, 360px" />}
      <div className="card-body">
        <h3>
          <a href={docPath('video-campaigns', doc.slug!)}>{doc.title}</a>
        </h3>
        {doc.summary && <p className="summary">{doc.summary}</p>}
        <p className="meta">{(doc.episodes ?? []).length} 集</p>
      </div>
    </article>
  )
}

export function ReviewCard({ ctx, doc }: { ctx: SiteContext; doc: SiteDoc<'yearly-reviews'> }) {
  const org = ctx.org(doc.organization)
  const period = doc.period?.firstYear === doc.period?.lastYear ? `${doc.period?.lastYear}年` : `${doc.period?.firstYear}—${doc.period?.lastYear}年`
  return (
    <article className="card">
      <div className="card-body">
        <h3>
          <a href={docPath('yearly-reviews', doc.slug!)}>{doc.title}</a>
        </h3>
        <p className="meta">
          {org?.name} · {period}
        </p>
      </div>
    </article>
  )
}

export function Pagination({ base, page, pages }: { base: string; page: number; pages: number }) {
  if (pages <= 1) return null
  return (
    <nav className="pagination" aria-label="分页">
      {page > 1 && (
        <a href={listPath(base, page - 1)} rel="prev">
          上一页
        </a>
      )}
      <span>
        第 {page} / {pages} 页
      </span>
      {page < pages && (
        <a href={listPath(base, page + 1)} rel="next">
          下一页
        </a>
      )}
    </nav>
  )
}
