// Guards of the publisher that run before anything is written: SITE_DIR placement and the output plan.
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { projectRoot } from '../../../src/lib/paths'
import { resolveSiteDir, resolveSiteURL, validatePlan } from '../../../src/publish/paths'

describe('resolveSiteDir', () => {
  it('defaults to dist/site in the project', () => {
    expect(resolveSiteDir(undefined)).toBe(path.join(projectRoot, 'dist', 'site'))
  })
  it.each([['.'], [''], ['media'], ['media/site'], ['/'], ['src/site'], ['..']])('refuses %j', (dir) => {
    if (dir === '') return expect(resolveSiteDir(dir)).toBe(path.join(projectRoot, 'dist', 'site'))
    expect(() => resolveSiteDir(dir)).toThrow(/SITE_DIR/)
  })
})

describe('resolveSiteURL', () => {
  it('drops the trailing slash and refuses other schemes', () => {
    expect(resolveSiteURL('https://www.example.org/')).toBe('https://www.example.org')
    expect(() => resolveSiteURL('javascript:alert(1)')).toThrow(/SITE_URL/)
    expect(() => resolveSiteURL('not a url')).toThrow(/SITE_URL/)
  })
})

describe('validatePlan', () => {
  it('accepts the site paths', () => {
    expect(() => validatePlan(['/', '/articles/a-b/', '/articles/page/2/', '/404.html'])).not.toThrow()
  })
  it.each([['/articles/../../etc/'], ['/articles/a b/'], ['/articles/.hidden/'], ['articles/x/'], ['/articles/<x>/']])('refuses the unsafe path %s', (p) => {
    expect(() => validatePlan(['/', p])).toThrow(/unsafe path/)
  })
  it('refuses two pages on one path', () => {
    expect(() => validatePlan(['/a/', '/a/'])).toThrow(/two pages/)
  })
})
