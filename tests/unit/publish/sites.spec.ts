// Units with their own sites (站群): which site a document is on, the base every address of a unit
// site gets, the path and host-name checks, and which folder answers a request.
import { describe, expect, it } from 'vitest'

import type { Organization } from '../../../payload-types'
import { routeSite, hostName } from '../../../src/publish/siteRouting'
import { siteMap, sitesOf, siteURLOf, withBase } from '../../../src/publish/sites'
import { siteDomainProblem, sitePathProblem } from '../../../src/site/sitePaths'

const org = (id: number, parent: number | null, site?: Organization['site']) => ({ id, name: `单位${id}`, parent, site, updatedAt: '', createdAt: '' }) as unknown as Organization
const orgs = (...list: Organization[]) => new Map(list.map((o) => [String(o.id), o]))

describe('siteMap', () => {
  // 1 city → 2 county (own site) → 3 street; 1 → 4 county (no site); 5 county with a bad path.
  const map = siteMap(
    orgs(
      org(1, null, { enabled: true, path: 'city' }),
      org(2, 1, { enabled: true, path: 'yunxi', domain: 'YunXi.example.org', name: '云溪工会网' }),
      org(3, 2),
      org(4, 1),
      org(5, 1, { enabled: true, path: 'articles' }),
      org(6, 1, { enabled: false, path: 'off' }),
    ),
    '/srv/site',
  )

  it('gives a site to each unit below the top with an enabled, valid path; the top unit is the main site', () => {
    expect(map.units.map((u) => [u.org, u.path, u.domain, u.base, u.dir, u.name])).toEqual([['2', 'yunxi', 'yunxi.example.org', '/sites/yunxi', '/srv/site.sites/yunxi', '云溪工会网']])
    expect(map.homeOf(1)).toBe(map.main)
    expect(map.homeOf(5)).toBe(map.main)
    expect(map.homeOf(null)).toBe(map.main)
  })

  it('puts a unit without a site on the nearest site above it', () => {
    expect(map.homeOf(3)).toBe(map.units[0])
    expect(map.homeOf(4)).toBe(map.main)
  })

  it('shows a document on its unit’s site and on the sites of the units that adopted it', () => {
    expect([...sitesOf(map, { organization: 3, adoptedBy: [1] })]).toEqual([map.units[0], map.main])
    expect([...sitesOf(map, { organization: 2, adoptedBy: [3] })]).toEqual([map.units[0]])
  })

  it('has no unit sites and an empty signature for a single office', () => {
    const single = siteMap(orgs(org(1, null), org(2, 1)), '/srv/site')
    expect(single.units).toEqual([])
    expect(single.signature).toBe('')
  })

  it('survives a loop in the tree', () => {
    const looped = siteMap(orgs(org(1, 2), org(2, 1)), '/srv/site')
    expect(looped.homeOf(1)).toBe(looped.main)
  })

  it('addresses a unit site by its host name when it has one', () => {
    expect(siteURLOf(map.units[0]!, 'https://www.example.org')).toBe('https://yunxi.example.org/sites/yunxi')
    expect(siteURLOf({ ...map.units[0]!, domain: null }, 'https://www.example.org')).toBe('https://www.example.org/sites/yunxi')
  })
})

describe('withBase', () => {
  it('puts the base on every root-relative address and leaves the rest', () => {
    const html = '<a href="/articles/a/">x</a><a href="https://x.org/">y</a><a href="//cdn.org/z">z</a><a href="#main">m</a><img src="/media/a.jpg" srcset="/media/a-400.webp 400w, /media/a-800.webp 800w"><form action="/search/"></form><p>href="/not-an-attribute"</p>'
    expect(withBase(html, '/sites/yunxi')).toBe(
      '<a href="/sites/yunxi/articles/a/">x</a><a href="https://x.org/">y</a><a href="//cdn.org/z">z</a><a href="#main">m</a><img src="/sites/yunxi/media/a.jpg" srcset="/sites/yunxi/media/a-400.webp 400w, /sites/yunxi/media/a-800.webp 800w"><form action="/sites/yunxi/search/"></form><p>href="/not-an-attribute"</p>',
    )
    expect(withBase(html, '')).toBe(html)
  })
})

describe('site paths and host names', () => {
  it('refuses addresses the site has, bad segments and taken ones, in Chinese', () => {
    for (const taken of ['articles', 'workers', 'topics', 'orgs', 'archive', 'search', 'pagefind', 'assets', 'media', 'api', 'admin', '_next', 'sites', 'feeds']) {
      expect(sitePathProblem(taken), taken).toContain('网站已有的地址')
    }
    for (const bad of ['Yunxi', 'yun xi', '-yunxi', 'yunxi-', 'yun/xi', '..', '']) expect(sitePathProblem(bad), bad).toContain('无效')
    expect(sitePathProblem('yunxi', ['yunxi'])).toContain('已被其他单位使用')
    expect(sitePathProblem('yunxi-2')).toBeNull()
    expect(siteDomainProblem('yunxi.example.org')).toBeNull()
    expect(siteDomainProblem('http://yunxi.example.org')).toContain('无效')
    expect(siteDomainProblem('yunxi.example.org', ['yunxi.example.org'])).toContain('已被其他单位使用')
  })
})

describe('routeSite', () => {
  const sites = [{ path: 'yunxi', domain: 'yunxi.example.org', folder: '/srv/site.sites/yunxi', name: '云溪' }]
  it('answers /sites/<path>/ from the unit folder, its host name at /, and the rest from SITE_DIR', () => {
    expect(routeSite('/srv/site', sites, 'www.example.org', '/sites/yunxi/articles/a/')).toMatchObject({ dir: '/srv/site.sites/yunxi', path: '/articles/a/', prefix: '/sites/yunxi' })
    expect(routeSite('/srv/site', sites, 'www.example.org', '/sites/yunxi')).toMatchObject({ redirect: '/sites/yunxi/' })
    expect(routeSite('/srv/site', sites, 'www.example.org', '/sites/other/')).toMatchObject({ dir: '/srv/site', path: '/sites/other/' })
    expect(routeSite('/srv/site', sites, 'YUNXI.example.org:8443', '/')).toMatchObject({ dir: '/srv/site.sites/yunxi', path: '/' })
    expect(routeSite('/srv/site', sites, 'yunxi.example.org', '/sites/yunxi/feed.xml')).toMatchObject({ dir: '/srv/site.sites/yunxi', path: '/feed.xml' })
    expect(routeSite('/srv/site', sites, 'a:99999', '/')).toMatchObject({ dir: '/srv/site', path: '/' })
    expect(hostName('[::1]:3000')).toBe('[::1]')
  })
})
