// Site components render database text as text: titles and captions with markup are escaped,
// unsafe links in rich text are dropped, every block type renders, figures read as Chinese.
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import type { Media } from '../../../payload-types'
import { RichText } from '../../../src/site/components/RichText'
import type { SiteContext, SiteDoc, SiteDocs } from '../../../src/site/context'
import { figureText } from '../../../src/site/format'
import { ArticlePage } from '../../../src/site/pages/DocPages'

const photo = {
  id: 1,
  alt: '焊工在车间作业',
  caption: '<img src=x onerror=alert(1)>车间一角',
  credit: '摄影 王某',
  filename: 'weld.jpg',
  mimeType: 'image/jpeg',
  width: 1600,
  height: 1067,
  updatedAt: '2026-01-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
  sizes: {
    card: { filename: 'weld-640x427.webp', width: 640, height: 427, mimeType: 'image/webp' },
    feature: { filename: 'weld-1024x683.webp', width: 1024, height: 683, mimeType: 'image/webp' },
  },
} as unknown as Media

const worker = { id: 7, name: '张师傅', slug: 'zhang-shi-fu', updatedAt: '', employer: '某机械厂', position: '焊工', honors: [] } as unknown as SiteDoc<'model-workers'>

function context(): SiteContext {
  return {
    siteURL: 'https://www.example.org',
    siteName: '测试站',
    description: '测试',
    assets: { css: '/assets/site.css', gallery: '/assets/gallery.js', filter: '/assets/filter.js', search: '/assets/search.js' },
    media: (id) => (String(id) === '1' ? photo : null),
    topic: () => null,
    org: () => null,
    honor: () => null,
    doc: <K extends keyof SiteDocs>(collection: K, id: unknown) => (collection === 'model-workers' && String(id) === '7' ? (worker as unknown as SiteDoc<K>) : null),
    abs: (p) => `https://www.example.org${p}`,
  }
}

const text = (t: string) => ({ type: 'text', text: t, format: 0, version: 1 })
const para = (...children: unknown[]) => ({ type: 'paragraph', children, version: 1 })
const link = (url: string, label: string) => ({ type: 'link', fields: { linkType: 'custom', url }, children: [text(label)], version: 3 })
const block = (fields: Record<string, unknown>) => ({ type: 'block', fields, version: 2 })
const root = (...children: unknown[]) => ({ root: { type: 'root', children, version: 1 } })

describe('RichText', () => {
  it('drops javascript: links (including obfuscated ones) but keeps their text, and keeps safe links', () => {
    const html = renderToStaticMarkup(
      <RichText
        ctx={context()}
        value={root(para(link('javascript:alert(1)', '危险一'), link('jav&#x09;ascript:alert(1)', '危险二'), link('https://example.org/a', '安全'), link('/articles/x/', '站内')))}
      />,
    )
    expect(html).not.toMatch(/javascript/i)
    expect(html).toContain('危险一')
    expect(html).toContain('危险二')
    expect(html).toContain('href="https://example.org/a"')
    expect(html).toContain('href="/articles/x/"')
  })

  it('renders every block type', () => {
    const html = renderToStaticMarkup(
      <RichText
        ctx={context()}
        value={root(
          block({ blockType: 'photo', photo: 1, caption: '本处说明' }),
          block({ blockType: 'gallery', photos: [{ photo: 1 }, { photo: 1, caption: '第二张' }] }),
          block({ blockType: 'video', title: '宣传片', url: 'https://www.bilibili.com/video/BV1GJ411x7h7/' }),
          block({ blockType: 'figures', heading: '数说', items: [{ label: '服务职工', value: 52000, unit: '人次', qualifier: 'odd' }] }),
          block({ blockType: 'workerCard', worker: 7 }),
          block({ blockType: 'pullQuote', quote: '干一行，爱一行。', attribution: '张师傅' }),
        )}
      />,
    )
    expect(html).toContain('本处说明')
    expect(html).toContain('第二张')
    expect(html).toMatch(/<iframe[^>]+src="https:\/\/player\.bilibili\.com\/player\.html\?bvid=BV1GJ411x7h7&amp;autoplay=0"[^>]+sandbox=/)
    expect(html).toContain('5.2万余人次')
    expect(html).toContain('href="/workers/zhang-shi-fu/"')
    expect(html).toContain('干一行，爱一行。')
  })

  it('shows a per-use caption instead of the photo’s own, and escapes markup in captions', () => {
    const html = renderToStaticMarkup(<RichText ctx={context()} value={root(block({ blockType: 'photo', photo: 1 }))} />)
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;车间一角')
    expect(html).not.toContain('<img src=x')
  })
})

describe('ArticlePage', () => {
  it('escapes a title with markup and keeps JSON-LD from closing its script', () => {
    const doc = {
      id: 1,
      slug: 'a',
      title: '标题</script><script>alert(1)</script>',
      updatedAt: '2026-01-01T00:00:00.000Z',
      publishedAt: '2026-01-01T00:00:00.000Z',
      bylines: [{ role: 'reporter', name: '林晓' }],
      credits: [{ role: 'editor', name: '刘某' }],
      source: { publication: '江澄日报', page: '5', issueDate: '2026-03-18T00:00:00.000Z' },
    }
    const html = renderToStaticMarkup(<ArticlePage ctx={context()} doc={doc as unknown as SiteDoc<'articles'>} />)
    expect(html).not.toContain('<script>alert(1)</script>')
    expect(html).toContain('记者 林晓')
    expect(html).toContain('责编：刘某')
    expect(html).toContain('原载《江澄日报》')
    const ld = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!
    expect(JSON.parse(ld).headline).toBe(doc.title)
  })
})

describe('figureText', () => {
  it.each([
    [{ value: 52000, unit: '人', qualifier: 'odd' }, '5.2万余人'],
    [{ value: 26830000, unit: '元' }, '2683万元'],
    [{ value: 300, unit: '场', qualifier: 'nearly' }, '近300场'],
    [{ value: 20000000, unit: '元', qualifier: 'over' }, '超2000万元'],
    [{ value: 85, unit: '%', qualifier: 'above' }, '85%以上'],
    [{ value: 61.1, unit: '%' }, '61.1%'],
    [{ value: 310000000, unit: '元', qualifier: 'about' }, '约3.1亿元'],
  ])('prints %j as %s', (figure, expected) => {
    expect(figureText(figure)).toBe(expected)
  })
})
