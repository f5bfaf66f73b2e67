// The publishable kinds (src/kinds): one table from which the admin labels, the review queue, the
// sign-off sheet, the site's sections and pages and the store's reads derive. Every kind has its
// entry everywhere, and no two kinds or sections share a URL.
import { describe, expect, it } from 'vitest'

import { PUBLISHABLE } from '../../collections/slugs'
import { KINDS, PUBLISHABLE_KINDS } from '../../src/kinds'
import { PUBLISHABLE_SITE } from '../../src/publish/store'
import { SITE_KINDS } from '../../src/site/kinds'
import { docPath, SECTION_NAMES, SECTION_PATHS } from '../../src/site/urls'

/** Top-level paths the site uses for other things than a kind's section. */
const RESERVED = ['topics', 'orgs', 'archive', 'search', 'assets', 'media', 'pagefind', 'page', 'feed.xml', 'sitemap.xml', 'robots.txt', '404.html']

describe('the kinds registry', () => {
  it('has one entry per publishable collection, under its own slug, in the order of PUBLISHABLE', () => {
    expect(PUBLISHABLE_KINDS.map((k) => k.slug)).toEqual([...PUBLISHABLE])
    for (const slug of PUBLISHABLE) expect(KINDS[slug].slug).toBe(slug)
  })

  it('gives every kind its page and card on the site, its section and the store a read of it', () => {
    expect(Object.keys(SITE_KINDS).sort()).toEqual([...PUBLISHABLE].sort())
    expect([...PUBLISHABLE_SITE]).toEqual([...PUBLISHABLE])
    for (const kind of PUBLISHABLE_KINDS) {
      expect(typeof SITE_KINDS[kind.slug].page).toBe('function')
      expect(typeof SITE_KINDS[kind.slug].card).toBe('function')
      expect(SECTION_PATHS[kind.slug]).toBe(kind.site.path)
      expect(SECTION_NAMES[kind.slug]).toBe(kind.site.title)
      expect(docPath(kind.slug, 'a-slug')).toBe(`/${kind.site.path}/a-slug/`)
    }
  })

  it('keeps the public URLs: each section path is unique and none is one the site uses for something else', () => {
    const paths = Object.values(SECTION_PATHS)
    expect(new Set(paths).size).toBe(paths.length)
    for (const kind of PUBLISHABLE_KINDS) expect(RESERVED).not.toContain(kind.site.path)
    // Part of the public contract (links, feeds and search engines point at them).
    expect(SECTION_PATHS).toMatchObject({ articles: 'articles', 'model-workers': 'workers', galleries: 'galleries', 'video-campaigns': 'videos', 'yearly-reviews': 'reviews' })
  })

  it('names every kind in Chinese for editors, with admin labels in both languages', () => {
    for (const kind of PUBLISHABLE_KINDS) {
      expect(kind.name).toMatch(/\p{Script=Han}/u)
      expect(kind.labels.singular.zh).toMatch(/\p{Script=Han}/u)
      expect(kind.labels.plural.en).toMatch(/^[A-Z]/)
    }
  })
})
