// Rich-text link check (src/lib/url.ts): absolute http, https and mailto only; script and data
// schemes refused in every spelling.
import { describe, expect, it } from 'vitest'

import { isAllowedLinkURL } from '../../src/lib/url'

describe('isAllowedLinkURL', () => {
  it.each([
    'http://www.acftu.org',
    'https://www.acftu.org/xwdt/',
    'https://example.org/路径?q=工会#top',
    'HTTPS://EXAMPLE.ORG',
    'mailto:xuanchuan@example.org',
    'mailto:xuanchuan@example.org?subject=投稿',
  ])('accepts %j', (url) => {
    expect(isAllowedLinkURL(url)).toBe(true)
  })

  it.each([
    ['javascript:alert(1)'],
    ['JAVASCRIPT:alert(1)'],
    ['JavaScript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['java\nscript:alert(1)'],
    ['java\u0000script:alert(1)'],
    [' javascript:alert(1)'],
    ['\u3000javascript:alert(1)'],
    ['jav\u200bascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['DATA:text/html;base64,PHNjcmlwdD4='],
    ['vbscript:msgbox(1)'],
    ['file:///etc/passwd'],
    ['ftp://example.org/a'],
    ['/relative/path'],
    ['relative/path'],
    ['//evil.example.org/x'],
    ['#section'],
    ['?q=1'],
    [''],
    ['   '],
    ['https://'],
    ['mailto:'],
    ['mailto:not-an-address'],
  ])('refuses %j', (url) => {
    expect(isAllowedLinkURL(url)).toBe(false)
  })

  it('refuses values that are not strings', () => {
    for (const value of [undefined, null, 42, {}, ['https://example.org']]) {
      expect(isAllowedLinkURL(value)).toBe(false)
    }
  })
})
