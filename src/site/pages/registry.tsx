import type { ReactElement } from 'react'

import type { PublishableSlug, SiteData } from '../../publish/store'
import type { AnyDoc, SiteContext, SiteDoc } from '../context'
import { ArticlePage, GalleryPage, ReviewPage, VideoPage, WorkerPage } from './DocPages'

export { ListPage } from './DocPages'

const ids = (v: unknown) => ((Array.isArray(v) ? v : v ? [v] : []) as unknown[]).map((x) => String(typeof x === 'object' && x ? (x as { id: unknown }).id : x))

/**
 * Reverse links from articles and photos to the workers they name, built once per site data (a
 * scan per worker was quadratic on large sites).
 */
const workerIndexes = new WeakMap<SiteData, { storiesByWorker: Map<string, string[]>; photosByWorker: Map<string, (number | string)[]> }>()
function workerIndex(data: SiteData) {
  let index = workerIndexes.get(data)
  if (!index) {
    const storiesByWorker = new Map<string, string[]>()
    for (const article of data.docs.articles.values()) {
      for (const w of ids(article.relatedWorkers)) storiesByWorker.set(w, [...(storiesByWorker.get(w) ?? []), String(article.id)])
    }
    const photosByWorker = new Map<string, (number | string)[]>()
    for (const m of data.media.values()) {
      if (!(m.mimeType ?? '').startsWith('image/')) continue
      for (const w of ids(m.people)) photosByWorker.set(w, [...(photosByWorker.get(w) ?? []), m.id])
    }
    index = { storiesByWorker, photosByWorker }
    workerIndexes.set(data, index)
  }
  return index
}

type DocPageDef = {
  /** Data beyond the document itself (reverse relations, the previous review) and its identity. */
  extra: (data: SiteData, doc: AnyDoc) => { key: string; props: any }
  render: (ctx: SiteContext, doc: AnyDoc, props: any) => ReactElement
}

/** How each publishable collection's own page is made. */
export const DOC_PAGE: Record<PublishableSlug, DocPageDef> = {
  articles: { extra: () => ({ key: '', props: null }), render: (ctx, doc) => <ArticlePage ctx={ctx} doc={doc as SiteDoc<'articles'>} /> },
  galleries: { extra: () => ({ key: '', props: null }), render: (ctx, doc) => <GalleryPage ctx={ctx} doc={doc as SiteDoc<'galleries'>} /> },
  'video-campaigns': { extra: () => ({ key: '', props: null }), render: (ctx, doc) => <VideoPage ctx={ctx} doc={doc as SiteDoc<'video-campaigns'>} /> },
  'model-workers': {
    // Stories that name the worker, newest first, and photos showing them.
    extra: (data, doc) => {
      const index = workerIndex(data)
      const id = String(doc.id)
      const named = new Set([...(index.storiesByWorker.get(id) ?? []), ...ids(doc.relatedArticles)])
      const stories = [...named]
        .map((storyId) => data.docs.articles.get(storyId))
        .filter((a): a is AnyDoc => Boolean(a?.slug))
        .sort((a, b) => String(b.publishedAt ?? '').localeCompare(String(a.publishedAt ?? '')))
      const photos = index.photosByWorker.get(id) ?? []
      return { key: `${stories.map((s) => s.id).join(',')}/${photos.join(',')}`, props: { stories, photos } }
    },
    render: (ctx, doc, props) => <WorkerPage ctx={ctx} doc={doc as SiteDoc<'model-workers'>} stories={props.stories} photos={props.photos} />,
  },
  'yearly-reviews': {
    // The same organization's review of the period just before, for year-over-year comparison.
    extra: (data, doc) => {
      const previous =
        [...data.docs['yearly-reviews'].values()].find(
          (r) =>
            r.slug &&
            ids(r.organization)[0] === ids(doc.organization)[0] &&
            r.period?.lastYear === (doc.period?.firstYear ?? 0) - 1 &&
            (r.period?.lastYear ?? 0) - (r.period?.firstYear ?? 0) === (doc.period?.lastYear ?? 0) - (doc.period?.firstYear ?? 0),
        ) ?? null
      return { key: String(previous?.id ?? ''), props: previous }
    },
    render: (ctx, doc, previous) => {
      if (previous) ctx.use('yearly-reviews', previous.id)
      return <ReviewPage ctx={ctx} doc={doc as SiteDoc<'yearly-reviews'>} previous={previous} />
    },
  },
}
