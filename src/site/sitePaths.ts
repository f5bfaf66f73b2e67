/**
 * The address of a unit's own site (站群): `/sites/<path>/` under the main site, or its own host
 * name. A path or host name that would clash with an address the site already has, or with another
 * unit's, is refused when the unit is saved (collections/Organizations.ts).
 */
import { SECTION_PATHS } from './urls'

/** Where unit sites live under the main site's address. */
export const SITES_PREFIX = 'sites'

/**
 * First segments the main site, the server or the admin already answer: every section of the site
 * (from the kinds registry), its fixed pages and files, and the server's own routes.
 */
export const RESERVED_SITE_PATHS: ReadonlySet<string> = new Set([
  ...Object.values(SECTION_PATHS),
  'workers',
  'archive',
  'search',
  'pagefind',
  'assets',
  'media',
  'feed.xml',
  'feeds',
  'sitemap.xml',
  'robots.txt',
  'api',
  'admin',
  '_next',
  SITES_PREFIX,
  'page',
  '404.html',
  'index.html',
  'favicon.ico',
])

const SEGMENT = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/
const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/

/** Why `value` cannot be a unit site's path segment (Chinese, for the editor), or null. */
export function sitePathProblem(value: string, takenByOthers: readonly string[] = []): string | null {
  if (RESERVED_SITE_PATHS.has(value)) return `网站路径“${value}”是网站已有的地址，不能用作单位网站路径，请换一个，例如单位名称的拼音。`
  if (!SEGMENT.test(value)) return `网站路径“${value}”无效：只能使用小写英文字母、数字和连字符（-），且不能以连字符开头或结尾，例如 yunxi。`
  if (takenByOthers.includes(value)) return `网站路径“${value}”已被其他单位使用，请换一个。`
  return null
}

/** Why `value` cannot be a unit site's host name, or null. */
export function siteDomainProblem(value: string, takenByOthers: readonly string[] = []): string | null {
  if (!HOST.test(value)) return `域名“${value}”无效：请填写不含 http:// 和路径的小写域名，例如 yunxi.example.gov.cn。`
  if (takenByOthers.includes(value)) return `域名“${value}”已被其他单位使用，请换一个。`
  return null
}
