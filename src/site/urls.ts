/** Public URLs of the static site. They are part of the contract; change them only with redirects. */
export const SECTION_PATHS = {
  articles: 'articles',
  'model-workers': 'workers',
  galleries: 'galleries',
  'video-campaigns': 'videos',
  'yearly-reviews': 'reviews',
  topics: 'topics',
  organizations: 'orgs',
} as const

export type SiteCollection = keyof typeof SECTION_PATHS

export const SECTION_NAMES: Record<SiteCollection, string> = {
  articles: '新闻报道',
  'model-workers': '劳模工匠',
  galleries: '图片新闻',
  'video-campaigns': '视频',
  'yearly-reviews': '年度回眸',
  topics: '栏目',
  organizations: '工会组织',
}

export const docPath = (collection: SiteCollection, slug: string) => `/${SECTION_PATHS[collection]}/${slug}/`

export const listPath = (base: string, page: number) => (page <= 1 ? base : `${base}page/${page}/`)

export const archivePath = (year: number) => `/archive/${year}/`

/** The file a URL path is written to: "/articles/a/" → "articles/a/index.html". */
export function fileForPath(urlPath: string): string {
  if (urlPath.endsWith('/')) return `${urlPath.slice(1)}index.html`
  return urlPath.slice(1)
}
