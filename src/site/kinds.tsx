/**
 * The site's side of each publishable kind (src/kinds): the page a document gets, what that page
 * shows beyond the document (and the plan-time key of it), and its card in lists. The type requires
 * an entry for every kind, so a kind added to src/kinds does not compile until it has its page.
 */
import type { ReactElement } from 'react'

import type { PublishableSlug } from '../kinds'
import { idsOf } from '../lib/relations'
import type { SiteData } from '../publish/store'
import { ArticleCard, GalleryCard, ReviewCard, VideoCard, WorkerCard } from './components/Cards'
import type { SiteContext, SiteDoc } from './context'
import { ArticlePage, GalleryPage, ReviewPage, VideoPage, WorkerPage } from './pages/DocPages'

export type SiteKind<K extends PublishableSlug> = {
  /**
   * A document's own page: `key` names what the page shows beyond the document, as decided at plan
   * time (which stories name a worker, which review came before); `render` makes the page.
   */
  page: (data: SiteData, doc: SiteDoc<K>) => { key: string; render: (ctx: SiteContext) => ReactElement }
  /** The document in a list: section lists, archives, topic and organization pages. */
  card: (ctx: SiteContext, doc: SiteDoc<K>) => ReactElement
}

const just = (render: (ctx: SiteContext) => ReactElement) => ({ key: '', render })

export const SITE_KINDS: { [K in PublishableSlug]: SiteKind<K> } = {
  articles: {
    page: (_, doc) => just((ctx) => <ArticlePage ctx={ctx} doc={doc} />),
    card: (ctx, doc) => <ArticleCard ctx={ctx} doc={doc} />,
  },
  'model-workers': {
    // Stories that name the worker, newest first, and photos showing them.
    page: (data, doc) => {
      const index = workerIndex(data)
      const id = String(doc.id)
      const named = new Set([...(index.storiesByWorker.get(id) ?? []), ...idsOf(doc.relatedArticles)])
      const stories = [...named]
        .map((storyId) => data.docs.articles.get(storyId))
        .filter((a): a is SiteDoc<'articles'> => Boolean(a?.slug))
        .sort((a, b) => String(b.publishedAt ?? '').localeCompare(String(a.publishedAt ?? '')))
      const photos = index.photosByWorker.get(id) ?? []
      return {
        key: `${stories.map((s) => s.id).join(',')}/${photos.join(',')}`,
        render: (ctx) => <WorkerPage ctx={ctx} doc={doc} stories={stories} photos={photos} />,
      }
    },
    card: (ctx, doc) => <WorkerCard ctx={ctx} worker={doc} />,
  },
  galleries: {
    page: (_, doc) => just((ctx) => <GalleryPage ctx={ctx} doc={doc} />),
    card: (ctx, doc) => <GalleryCard ctx={ctx} doc={doc} />,
  },
  'video-campaigns': {
    page: (_, doc) => just((ctx) => <VideoPage ctx={ctx} doc={doc} />),
    card: (ctx, doc) => <VideoCard ctx={ctx} doc={doc} />,
  },
  'yearly-reviews': {
    // The same organization's review of the period just before, for year-over-year comparison.
    page: (data, doc) => {
      const span = (r: SiteDoc<'yearly-reviews'>) => (r.period?.lastYear ?? 0) - (r.period?.firstYear ?? 0)
      const previous =
        [...data.docs['yearly-reviews'].values()].find(
          (r) => r.slug && idsOf(r.organization)[0] === idsOf(doc.organization)[0] && r.period?.lastYear === (doc.period?.firstYear ?? 0) - 1 && span(r) === span(doc),
        ) ?? null
      return { key: String(previous?.id ?? ''), render: (ctx) => <ReviewPage ctx={ctx} doc={doc} previous={previous} /> }
    },
    card: (ctx, doc) => <ReviewCard ctx={ctx} doc={doc} />,
  },
}

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
      for (const w of idsOf(article.relatedWorkers)) storiesByWorker.set(w, [...(storiesByWorker.get(w) ?? []), String(article.id)])
    }
    const photosByWorker = new Map<string, (number | string)[]>()
    for (const m of data.media.values()) {
      if (!(m.mimeType ?? '').startsWith('image/')) continue
      for (const w of idsOf(m.people)) photosByWorker.set(w, [...(photosByWorker.get(w) ?? []), m.id])
    }
    index = { storiesByWorker, photosByWorker }
    workerIndexes.set(data, index)
  }
  return index
}

/** A document's card, whatever its kind. */
export function KindCard<K extends PublishableSlug>({ ctx, collection, doc }: { ctx: SiteContext; collection: K; doc: SiteDoc<K> }) {
  return SITE_KINDS[collection].card(ctx, doc)
}

/** A document's page, whatever its kind. */
export function docPage<K extends PublishableSlug>(kind: K, data: SiteData, doc: SiteDoc<K>) {
  return SITE_KINDS[kind].page(data, doc)
}
