import type { ReactElement } from 'react'

import type { PublishableSlug, SiteData } from '../../publish/store'
import type { AnyDoc, SiteContext } from '../context'
import { ArticlePage, GalleryPage, ReviewPage, VideoPage, WorkerPage } from './DocPages'

export { ListPage } from './DocPages'

const ids = (v: unknown) => ((Array.isArray(v) ? v : v ? [v] : []) as unknown[]).map((x) => String(typeof x === 'object' && x ? (x as { id: unknown }).id : x))

type DocPageDef = {
  /** Data beyond the document itself (reverse relations, the previous review) and its identity. */
  extra: (data: SiteData, doc: AnyDoc) => { key: string; props: any }
  render: (ctx: SiteContext, doc: AnyDoc, props: any) => ReactElement
}

/** How each publishable collection's own page is made. */
export const DOC_PAGE: Record<PublishableSlug, DocPageDef> = {
  articles: { extra: () => ({ key: '', props: null }), render: (ctx, doc) => <ArticlePage ctx={ctx} doc={doc} /> },
  galleries: { extra: () => ({ key: '', props: null }), render: (ctx, doc) => <GalleryPage ctx={ctx} doc={doc} /> },
  'video-campaigns': { extra: () => ({ key: '', props: null }), render: (ctx, doc) => <VideoPage ctx={ctx} doc={doc} /> },
  'model-workers': {
    // Stories that name the worker, newest first, and photos showing them.
    extra: (data, doc) => {
      const id = String(doc.id)
      const stories = [...data.docs.articles.values()]
        .filter((a) => a.slug && (ids(a.relatedWorkers).includes(id) || ids(doc.relatedArticles).includes(String(a.id))))
        .sort((a, b) => String(b.publishedAt ?? '').localeCompare(String(a.publishedAt ?? '')))
      const photos = [...data.media.values()].filter((m) => ids(m.people).includes(id) && (m.mimeType ?? '').startsWith('image/')).map((m) => m.id)
      return { key: `${stories.map((s) => s.id).join(',')}/${photos.join(',')}`, props: { stories, photos } }
    },
    render: (ctx, doc, props) => <WorkerPage ctx={ctx} doc={doc} stories={props.stories} photos={props.photos} />,
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
      return <ReviewPage ctx={ctx} doc={doc} previous={previous} />
    },
  },
}
