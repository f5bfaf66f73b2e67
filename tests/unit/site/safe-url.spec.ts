// The link sanitizer of the public site: only http, https, mailto and site-relative URLs survive,
// whatever encoding or whitespace tricks a `javascript:` link hides behind.
import { describe, expect, it } from 'vitest'

import { safeHref } from '../../../src/site/safeUrl'

describe('safeHref', () => {
  it.each([
    ['https://www.example.org/a?b=1#c', 'https://www.example.org/a?b=1#c'],
    ['http://example.org', 'http://example.org/'],
    ['mailto:office@example.org', 'mailto:office@example.org'],
    ['/articles/lao-mo/', '/articles/lao-mo/'],
    ['#section-2', '#section-2'],
  ])('keeps %s', (input, expected) => {
    expect(safeHref(input)).toBe(expected)
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    '&#0000106&#0000097vascript:alert(1)',
    'javascript&colon;alert(1)',
    '&amp;#106;avascript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    '/\\evil.example',
    'file:///etc/passwd',
    'ftp://example.org',
    '',
    '   ',
  ])('drops %j', (input) => {
    expect(safeHref(input)).toBeNull()
  })

  it('drops non-strings', () => {
    expect(safeHref(undefined)).toBeNull()
    expect(safeHref({ href: 'https://x' })).toBeNull()
  })
})
