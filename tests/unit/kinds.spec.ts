// The publishable kinds (src/kinds): one table from which the admin labels, the review queue, the
// sign-off sheet, the site's sections and pages and the store's reads derive. Every kind has its
// entry everywhere, and no two kinds or sections share a URL.
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { PUBLISHABLE } from '../../collections/slugs'
import { KINDS, PUBLISHABLE_KINDS } from '../../src/kinds'
import { PUBLISHABLE_SITE } from '../../src/publish/store'
import { SITE_KINDS } from '../../src/site/kinds'
import { WECHAT_KINDS } from '../../src/wechat/kinds'
import { docPath, SECTION_NAMES, SECTION_PATHS } from '../../src/site/urls'

/** Top-level paths the site uses for other things than a kind's section. */
const RESERVED = ['topics', 'orgs', 'archive', 'search', 'assets', 'media', 'pagefind', 'page', 'feed.xml', 'sitemap.xml', 'robots.txt', '404.html']

describe('the kinds registry', () => {
  it('has one entry per publishable collection, under its own slug, in the order of PUBLISHABLE', () => {
    expect(PUBLISHABLE_KINDS.map((k) => k.slug)).toEqual([...PUBLISHABLE])
    for (const slug of PUBLISHABLE) expect(KINDS[slug].slug).toBe(slug)
  })

  it('gives every kind its page and card on the site, its WeChat rendering, its section and the store a read of it', () => {
    expect(Object.keys(SITE_KINDS).sort()).toEqual([...PUBLISHABLE].sort())
    expect(Object.keys(WECHAT_KINDS).sort()).toEqual([...PUBLISHABLE].sort())
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

describe('lists of kinds', () => {
  /** The table, its slugs, the site's and WeChat's components per kind and the generated type per kind: the places a new kind is added. */
  const PLACES_OF_A_KIND = [path.join('src', 'kinds'), path.join('collections', 'slugs.ts'), path.join('src', 'site', 'kinds.tsx'), path.join('src', 'wechat', 'kinds.tsx'), path.join('src', 'site', 'context.ts')]
  const SLUG = new RegExp(`^\\s*['"]?(${PUBLISHABLE.join('|')})['"]?\\s*:`)

  it('are never written by hand elsewhere in the application: no line naming three kinds, no object keyed by three kinds', () => {
    const offenders: string[] = []
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, entry.name)
        if (entry.isDirectory()) walk(p)
        else if (/\.tsx?$/.test(entry.name) && !PLACES_OF_A_KIND.some((place) => p === place || p.startsWith(`${place}${path.sep}`))) {
          const lines = fs.readFileSync(p, 'utf8').split('\n')
          lines.forEach((line, i) => {
            const named = PUBLISHABLE.filter((slug) => line.includes(`'${slug}'`) || line.includes(`"${slug}"`))
            if (named.length >= 3) offenders.push(`${p}:${i + 1}: ${line.trim().slice(0, 100)}`)
            const keys = new Set(lines.slice(i, i + 12).map((l) => SLUG.exec(l)?.[1]).filter(Boolean))
            if (SLUG.test(line) && keys.size >= 3) offenders.push(`${p}:${i + 1}: an object keyed by ${[...keys].join(', ')}`)
          })
        }
      }
    }
    for (const root of ['src', 'collections']) walk(root)
    // Derive it from KINDS / PUBLISHABLE instead (src/kinds/README.md).
    expect(offenders).toEqual([])
  })
})
