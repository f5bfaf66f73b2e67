/**
 * The publishable kinds: what each one is called, where it lives on the site and how it is listed.
 * Everything that goes through the review chain and onto the site is one entry here; the
 * collections' labels, the review queue, the sign-off sheet, the site's sections and URLs, the
 * store's reads and the tests' lists all derive from this table. The React side of a kind (its page,
 * its card, what its page reads beyond the document) is its entry in src/site/kinds.tsx, typed so
 * that a kind without one does not compile. How to add a kind: README.md beside this file.
 */
import { ARTICLES, GALLERIES, MODEL_WORKERS, PUBLISHABLE, VIDEO_CAMPAIGNS, YEARLY_REVIEWS } from '../../collections/slugs'

export type PublishableSlug = (typeof PUBLISHABLE)[number]

type Label = { zh: string; en: string }

export type Kind = {
  slug: PublishableSlug
  /** The collection's labels in the admin. */
  labels: { singular: Label; plural: Label }
  /** The short name editors know it by: the review queue's rows, the sign-off sheet's title. */
  name: string
  site: {
    /** URL segment of its pages: `/<path>/<slug>/`. Part of the public contract: change only with redirects. */
    path: string
    /** The section's title on the site (navigation, list pages, feeds). */
    title: string
    /**
     * Whether it is news: then it has a paginated section list in date order and appears in the
     * year archives. Model-worker profiles are records, not news: their section is the directory
     * grouped by honour (they are still in topic and organization pages and the feeds).
     */
    news: boolean
  }
}

export const KINDS = {
  [ARTICLES]: {
    slug: ARTICLES,
    labels: { singular: { zh: '文章', en: 'Article' }, plural: { zh: '文章', en: 'Articles' } },
    name: '文章',
    site: { path: 'articles', title: '新闻报道', news: true },
  },
  [MODEL_WORKERS]: {
    slug: MODEL_WORKERS,
    labels: { singular: { zh: '劳模工匠', en: 'Model worker' }, plural: { zh: '劳模工匠', en: 'Model workers' } },
    name: '劳模工匠',
    site: { path: 'workers', title: '劳模工匠', news: false },
  },
  [GALLERIES]: {
    slug: GALLERIES,
    labels: { singular: { zh: '图集', en: 'Gallery' }, plural: { zh: '图集', en: 'Galleries' } },
    name: '图集',
    site: { path: 'galleries', title: '图片新闻', news: true },
  },
  [VIDEO_CAMPAIGNS]: {
    slug: VIDEO_CAMPAIGNS,
    labels: { singular: { zh: '视频专题', en: 'Video campaign' }, plural: { zh: '视频专题', en: 'Video campaigns' } },
    name: '视频专题',
    site: { path: 'videos', title: '视频', news: true },
  },
  [YEARLY_REVIEWS]: {
    slug: YEARLY_REVIEWS,
    labels: { singular: { zh: '年度回眸', en: 'Yearly review' }, plural: { zh: '年度回眸', en: 'Yearly reviews' } },
    name: '年度回眸',
    site: { path: 'reviews', title: '年度回眸', news: true },
  },
} as const satisfies { [K in PublishableSlug]: Kind & { slug: K } }

/** Every publishable kind, in the order of PUBLISHABLE (collections/slugs.ts). */
export const PUBLISHABLE_KINDS: readonly Kind[] = PUBLISHABLE.map((slug) => KINDS[slug])

export const isPublishable = (slug: string): slug is PublishableSlug => (PUBLISHABLE as readonly string[]).includes(slug)
