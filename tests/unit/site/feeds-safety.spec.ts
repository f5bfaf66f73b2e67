// Hostile and clumsy text in what the site publishes for machines and browsers: RSS feeds stay
// well-formed XML (checked with sax in strict mode plus the XML 1.0 character rules sax does not
// check) whatever titles, summaries and bodies hold (<script>, "]]>", control characters, lone
// surrogates, U+FFFE, entities, javascript: links), and the HTML they carry for feed readers is
// text only; pages keep JSON-LD inside its <script> and quotes inside <title> and meta tags.
import { parse as parseHTML } from 'node-html-parser'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import sax from 'sax'
import { describe, expect, it } from 'vitest'

import type { Topic } from '../../../payload-types'
import { feedFiles } from '../../../src/publish/feeds'
import type { SiteData } from '../../../src/publish/store'
import type { SiteContext, SiteDoc } from '../../../src/site/context'
import { ArticlePage } from '../../../src/site/pages/DocPages'

const SITE = { siteURL: 'https://www.example.org', siteName: '测试站 "职工" <家> & ]]>', description: '说明\u0001文字\uFFFE' }

const text = (t: string) => ({ type: 'text', text: t, format: 0, version: 1 })
const para = (...children: unknown[]) => ({ type: 'paragraph', children, version: 1 })
const link = (url: string, label: string) => ({ type: 'link', fields: { linkType: 'custom', url }, children: [text(label)], version: 3 })
const root = (...children: unknown[]) => ({ root: { type: 'root', children, version: 1 } })

const HOSTILE_TITLES = [
  '<script>alert(1)</script>劳模风采',
  'a]]>b]]><evil/>c]]>',
  '控制\u0000字符\u0001\u0008\u000b\u000c\u000e\u001f\u007f\u0085结束',
  '孤立代理\ud800项\udc00与\uFFFE\uFFFF非字符',
  '实体 &amp; &lt;b&gt; &#x3c;script&#x3e; &nbsp; &bogus;',
  '引号 "双" \'单\' 与 \u2028 分隔 \u2029 段',
]

/** A published article with only the fields the feeds read. */
function article(id: number, title: string, extra: Record<string, unknown> = {}): SiteDoc<'articles'> {
  return { id, slug: `a-${id}`, title, publishedAt: `2026-01-${String(10 + id).padStart(2, '0')}T00:00:00.000Z`, updatedAt: '2026-01-01T00:00:00.000Z', topics: [1], ...extra } as unknown as SiteDoc<'articles'>
}

function siteData(): SiteData {
  const docs = [
    ...HOSTILE_TITLES.map((title, i) => article(i + 1, title, { summary: title })),
    article(20, '正文里的链接', {
      body: root(para(text('前文 <img src=x onerror=alert(1)> '), link('javascript:alert(document.cookie)', '点我'), link('jav&#x09;ascript:alert(1)', '再点'), text(' ]]> 后文'))),
    }),
  ]
  return {
    docs: {
      articles: new Map(docs.map((d) => [String(d.id), d])),
      'model-workers': new Map(),
      galleries: new Map(),
      'video-campaigns': new Map(),
      'yearly-reviews': new Map([['1', { id: 1, slug: 'r-1', title: '年度回眸', lead: '导语 <iframe src="javascript:alert(1)"></iframe>\u0002', publishedAt: '2026-02-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z' } as unknown as SiteDoc<'yearly-reviews'>]]),
    },
    media: new Map(),
    topics: new Map([['1', { id: 1, slug: 'lao-mo', name: '栏目 <b>"劳模"</b> & ]]> \u0003', updatedAt: '', createdAt: '' } as unknown as Topic]]),
    organizations: new Map(),
    honors: new Map(),
  }
}

/** Characters outside XML 1.0's Char production, or U+FFFE/U+FFFF, or a lone surrogate. */
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

type Item = { title: string; description: string; content?: string; link: string }

/** Parse strictly; throws on any well-formedness error. Returns the channel title and the items. */
function parseRSS(xml: string): { title: string; items: Item[] } {
  const bad = NOT_XML_CHAR.exec(xml)
  if (bad) throw new Error(`character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')} is not allowed in XML`)
  const parser = sax.parser(true, { xmlns: false })
  const stack: string[] = []
  const items: Item[] = []
  let channelTitle = ''
  let current: Record<string, string> | null = null
  let error: Error | null = null
  parser.onerror = (err) => {
    error ??= err
    parser.resume()
  }
  parser.onopentag = (tag) => {
    stack.push(tag.name)
    if (tag.name === 'item') current = {}
  }
  parser.onclosetag = (name) => {
    stack.pop()
    if (name === 'item' && current) {
      items.push(current as unknown as Item)
      current = null
    }
  }
  const onText = (t: string) => {
    const name = stack.at(-1)!
    const key = name === 'content:encoded' ? 'content' : name
    if (current) current[key] = (current[key] ?? '') + t
    else if (name === 'title' && stack.at(-2) === 'channel') channelTitle += t
  }
  parser.ontext = onText
  parser.oncdata = onText
  parser.write(xml).close()
  if (error) throw error
  // "]]>" may not appear in character data outside CDATA (sax does not check this).
  expect(xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')).not.toContain(']]>')
  return { title: channelTitle, items }
}

/** HTML a feed reader renders: no element, attribute or link beyond plain text. */
function expectTextOnlyHTML(html: string) {
  const dom = parseHTML(html, { comment: true })
  expect(dom.querySelectorAll('*').map((el) => el.tagName)).toEqual([])
  // Markup an HTML parser would still find, however it is spelled.
  expect(html).not.toMatch(/<\s*[a-z!/?]/i)
}

const invisible = (s: string) => s.replace(/\u200b/g, '')

describe('RSS feeds', () => {
  const files = feedFiles(siteData(), [], SITE)

  it('stays well-formed XML whatever the titles, summaries, bodies and topic names hold', () => {
    for (const name of ['feed.xml', 'topics/lao-mo/feed.xml']) {
      expect(() => parseRSS(files[name]!), name).not.toThrow()
    }
  })

  it('keeps every title as its text, "]]>" and all, without the characters XML cannot carry', () => {
    const { title, items } = parseRSS(files['feed.xml']!)
    expect(title).toBe(SITE.siteName)
    const titles = items.map((i) => invisible(i.title))
    expect(titles).toContain('<script>alert(1)</script>劳模风采')
    expect(titles).toContain('a]]>b]]><evil/>c]]>')
    expect(titles).toContain('控制字符结束')
    expect(titles).toContain('孤立代理项与非字符')
    expect(titles).toContain('实体 &amp; &lt;b&gt; &#x3c;script&#x3e; &nbsp; &bogus;')
  })

  it('puts summaries into the HTML description as escaped text, never as markup', () => {
    const { items } = parseRSS(files['feed.xml']!)
    for (const item of items) {
      expectTextOnlyHTML(item.description)
      if (item.content !== undefined) expectTextOnlyHTML(item.content)
    }
    const script = items.find((i) => invisible(i.title).startsWith('<script>'))!
    // A reader decoding the HTML sees the editor's text exactly.
    expect(parseHTML(script.description).textContent).toBe('<script>alert(1)</script>劳模风采')
    const entities = items.find((i) => invisible(i.title).startsWith('实体'))!
    expect(parseHTML(entities.description).textContent).toBe('实体 &amp; &lt;b&gt; &#x3c;script&#x3e; &nbsp; &bogus;')
  })

  it('drops javascript: links and markup of rich-text bodies from the feed', () => {
    const { items } = parseRSS(files['feed.xml']!)
    const body = items.find((i) => i.title === '正文里的链接')!
    expectTextOnlyHTML(body.description)
    expect(parseHTML(body.description).textContent).toContain('点我')
    expect(body.description).not.toMatch(/javascript/i)
    const review = items.find((i) => i.title === '年度回眸')!
    expectTextOnlyHTML(review.description)
  })

  it('names a topic feed after the topic, escaped and cleaned', () => {
    const { title } = parseRSS(files['topics/lao-mo/feed.xml']!)
    expect(invisible(title)).toBe(`栏目 <b>"劳模"</b> & ]]>  - ${SITE.siteName}`)
  })

  it('keeps the sitemap well-formed', () => {
    expect(() => sax.parser(true, {}).write(files['sitemap.xml']!).close()).not.toThrow()
  })
})

describe('pages', () => {
  const ctx: SiteContext = {
    siteURL: 'https://www.example.org',
    siteName: '测试站',
    description: '测试',
    assets: { css: '/assets/site.css', gallery: '/assets/gallery.js', filter: '/assets/filter.js', search: '/assets/search.js' },
    media: () => null,
    topic: () => null,
    org: () => null,
    honor: () => null,
    doc: () => null,
    abs: (p) => `https://www.example.org${p}`,
  }
  const title = '标题</script><script>alert(1)</script><!-- "引号" \'单\' \u2028行\u2029段 </SCRIPT >'
  const summary = '摘要 "quoted" \'single\' <b>粗</b> & </script>'
  const html = `<!doctype html>${renderToStaticMarkup(createElement(ArticlePage, { ctx, doc: { id: 1, slug: 'a', title, summary, publishedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' } as SiteDoc<'articles'> }))}`
  const dom = parseHTML(html, { blockTextElements: { script: true, style: true } })

  it('keeps JSON-LD inside its script element: no </script>, no raw U+2028/U+2029, text round-trips exactly', () => {
    const scripts = dom.querySelectorAll('script[type="application/ld+json"]')
    expect(scripts).toHaveLength(1)
    const json = scripts[0]!.rawText
    expect(json).not.toMatch(/<\/script/i)
    expect(json).not.toContain('<!--')
    expect(json).not.toMatch(/[\u2028\u2029]/)
    expect(JSON.parse(json).headline).toBe(title)
    // Nothing after the JSON-LD turned into an element of its own.
    expect(dom.querySelectorAll('script').filter((s) => !s.getAttribute('src') && s.getAttribute('type') !== 'application/ld+json')).toHaveLength(0)
  })

  it('escapes quotes and markup in <title> and the meta description', () => {
    expect(dom.querySelector('title')!.textContent).toBe(`${title} - 测试站`)
    expect(dom.querySelector('meta[name="description"]')!.getAttribute('content')).toBe(summary)
    expect(dom.querySelector('meta[property="og:title"]')!.getAttribute('content')).toBe(title)
    expect(dom.querySelectorAll('b')).toHaveLength(0)
  })
})
