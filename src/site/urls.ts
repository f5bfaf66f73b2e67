/** Public URLs of the static site. They are part of the contract; change them only with redirects. */
import { KINDS, PUBLISHABLE_KINDS, type PublishableSlug } from '../kinds'

type SectionSlug = PublishableSlug | 'topics' | 'organizations'

/** URL segments of the site's sections: one per publishable kind (src/kinds), topics and organizations. */
export const SECTION_PATHS = {
  ...(Object.fromEntries(PUBLISHABLE_KINDS.map((k) => [k.slug, k.site.path])) as { [K in PublishableSlug]: (typeof KINDS)[K]['site']['path'] }),
  topics: 'topics',
  organizations: 'orgs',
} as const satisfies Record<SectionSlug, string>

export type SiteCollection = SectionSlug

export const SECTION_NAMES: Record<SiteCollection, string> = {
  ...(Object.fromEntries(PUBLISHABLE_KINDS.map((k) => [k.slug, k.site.title])) as Record<PublishableSlug, string>),
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
