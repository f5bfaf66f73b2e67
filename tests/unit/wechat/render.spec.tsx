// The WeChat rendering of every publishable kind (src/wechat): each kind renders from demo
// fixtures to HTML that keeps to what drafts accept (inline styles in <section>s, images, no
// class, <style>, <link>, script, iframe or link), with ▲ captions and credits, figures,
// worker cards, quotes and videos as text links; title, author, digest, cover and images are
// filled in within WeChat's limits, even from hostile rich text.
import { parse, type HTMLElement } from 'node-html-parser'
import { describe, expect, it } from 'vitest'

import type { Honor, Media, Organization } from '../../../payload-types'
import { PUBLISHABLE } from '../../../collections/slugs'
import type { PublishableSlug } from '../../../src/kinds'
import type { SiteDoc } from '../../../src/site/context'
import { figureText } from '../../../src/site/format'
import { WECHAT_KINDS } from '../../../src/wechat/kinds'
import { publicImageURL, renderWeChat, type WeChatContext } from '../../../src/wechat/render'
import { checkWeChatArticle } from '../../../src/wechat/rules'

const SITE = 'https://www.example.org'
const stamp = { updatedAt: '2026-03-01T00:00:00.000Z', createdAt: '2026-03-01T00:00:00.000Z' }

/* Demo fixtures: an invented city federation, its photos, a worker, a gallery. */

const photo = (id: number, name: string, caption: string | null, credit: string | null): Media => ({
  id,
  alt: `${name}的照片`,
  caption,
  credit,
  filename: `${name}.jpg`,
  mimeType: 'image/jpeg',
  width: 3000,
  height: 2000,
  sizes: {
    card: { filename: `${name}-640x427.webp`, width: 640, height: 427, mimeType: 'image/webp' },
    feature: { filename: `${name}-1024x683.webp`, width: 1024, height: 683, mimeType: 'image/webp' },
  },
  ...stamp,
})

const MEDIA: Media[] = [
  photo(1, 'hanjie', '▲ 青年焊工在实训基地练习仰焊。', '摄影 林晓'),
  photo(2, 'yizhan', '户外劳动者在工会驿站歇脚。', '（摄影 周扬）'),
  photo(3, 'bisai', '<script>alert(1)</script>技能大赛现场', '<iframe src="https://evil.example/"></iframe>'),
  photo(4, 'xiaoxiang', '劳模工作室里的技术交流。', null),
  { id: 5, filename: 'xuanchuan.mp4', mimeType: 'video/mp4', width: 1920, height: 1080, ...stamp },
  { id: 6, filename: 'only-original.png', mimeType: 'image/png', width: 800, height: 600, caption: '没有派生尺寸的图片', ...stamp },
]

const ORG: Organization = { id: 1, name: '江澄市总工会', shortName: '市总工会', slug: 'jiangcheng', level: 'city', ...stamp }
const HONORS: Honor[] = [
  { id: 1, name: '全国五一劳动奖章', level: 'national', recipientType: 'individual', ...stamp },
  { id: 2, name: '省劳动模范', level: 'provincial', recipientType: 'individual', ...stamp },
]

const rich = (...children: unknown[]) => ({ root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 } }) as SiteDoc<'articles'>['body']
const text = (t: string, format = 0) => ({ type: 'text', text: t, format, version: 1 })
const para = (...children: unknown[]) => ({ type: 'paragraph', children: children.map((c) => (typeof c === 'string' ? text(c) : c)), version: 1 })
const block = (fields: Record<string, unknown>) => ({ type: 'block', fields, version: 2 })
const link = (url: string, label: string) => ({ type: 'link', fields: { linkType: 'custom', url }, children: [text(label)], version: 3 })

const worker: SiteDoc<'model-workers'> = {
  id: 7,
  name: '秦铁生',
  kind: 'individual',
  slug: 'qin-tie-sheng',
  portrait: 4,
  employer: '江澄重型机械厂',
  position: '高级焊工',
  region: { province: '江南省', city: '江澄市' },
  honors: [
    { honor: 1, year: 2021 },
    { honor: 2, year: 2016, note: '第二届' },
  ],
  innovationStudio: { name: '秦铁生焊接创新工作室', description: '工作室三年攻关十二项，带出高级技师二十名。' },
  biography: rich(para('他从学徒干起，三十年守在焊台旁。')),
  quote: '焊缝里没有“差不多”。',
  reviewStage: 'approved',
  _status: 'published',
  organization: 1,
  ...stamp,
}

const gallery: SiteDoc<'galleries'> = {
  id: 3,
  title: '职工技能大赛掠影',
  slug: 'ji-neng-da-sai',
  summary: '全市两千余名职工同场比武，一起看看赛场上的精彩瞬间。',
  items: [{ photo: 1 }, { photo: 3 }, { photo: 2, caption: '选手赛后在驿站休息。', credit: '摄影 周扬' }],
  reviewStage: 'approved',
  _status: 'published',
  organization: 1,
  ...stamp,
}

const article: SiteDoc<'articles'> = {
  id: 11,
  title: '户外劳动者有了“歇脚地”',
  subtitle: '全市建成工会驿站三百余个',
  summary: '今年以来，市总工会在城区主干道和产业园区新建一批工会驿站，为户外劳动者提供休息、饮水、充电等服务。',
  slug: 'hu-wai-xie-jiao-di',
  cover: 2,
  bylines: [
    { role: 'reporter', name: '林晓' },
    { role: 'correspondent', name: '周扬' },
    { role: 'photo', name: '王摄' },
  ],
  source: { publication: '江澄日报', page: '3', issueDate: '2026-03-18T04:00:00.000Z' },
  credits: [
    { role: 'board', name: '陈编' },
    { role: 'layout', name: '吴版' },
    { role: 'editor', name: '刘责' },
    { role: 'final', name: '赵审' },
  ],
  body: rich(
    para('清晨六点，环卫工人', text('老陈', 1), '推开驿站的门。'),
    { type: 'heading', tag: 'h2', children: [text('一站多用')], version: 1 },
    block({ blockType: 'photo', photo: 1 }),
    block({ blockType: 'figures', heading: '数说驿站', items: [
      { label: '建成驿站', value: 300, unit: '个', qualifier: 'odd' },
      { label: '服务职工', value: 52000, unit: '人次', qualifier: 'odd' },
      { label: '覆盖园区', value: 85, unit: '%', qualifier: 'above' },
    ] }),
    block({ blockType: 'workerCard', worker: 7, note: '驿站建设的热心人。' }),
    block({ blockType: 'pullQuote', quote: '有个地方歇歇脚，心里就踏实。', attribution: '环卫工人 老陈' }),
    block({ blockType: 'video', title: '驿站的一天', url: 'https://www.bilibili.com/video/BV1GJ411x7h7/', poster: 2 }),
    block({ blockType: 'video', title: '驿站宣传片', file: 5, poster: 4 }),
    block({ blockType: 'gallery', gallery: 3 }),
    { type: 'list', listType: 'number', children: [{ type: 'listitem', children: [text('饮水')], version: 1 }, { type: 'listitem', children: [text('充电')], version: 1 }], version: 1 },
    { type: 'quote', children: [text('工会就是职工的家。')], version: 1 },
    para('详见', link('https://www.example.com/zhan', '驿站地图'), '，或访问', { type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'model-workers', value: 7 } }, children: [text('秦铁生的页面')], version: 3 }, '。'),
  ),
  reviewStage: 'approved',
  _status: 'published',
  organization: 1,
  ...stamp,
}

const video: SiteDoc<'video-campaigns'> = {
  id: 21,
  title: '“最美职工”微视频展播',
  slug: 'zui-mei-zhi-gong',
  summary: '十集微视频，讲述一线职工的奋斗故事。',
  cover: 4,
  partners: [{ name: '江澄广播电视台' }],
  channels: [{ name: '哔哩哔哩' }],
  period: { start: '2026-04-01T00:00:00.000Z', end: '2026-05-01T00:00:00.000Z' },
  episodes: [
    { title: '焊花里的青春', source: 'embed', url: 'https://www.bilibili.com/video/BV1GJ411x7h7/', poster: 1, duration: 185, description: '青年焊工的一天。' },
    { title: '驿站守护人', source: 'upload', file: 5, poster: 2, description: '驿站管理员的故事。' },
  ],
  recognitions: [{ award: '全省工会好新闻一等奖', year: 2026 }],
  reviewStage: 'approved',
  _status: 'published',
  organization: 1,
  ...stamp,
}

const review: SiteDoc<'yearly-reviews'> = {
  id: 31,
  title: '2025年江澄市工会工作回眸',
  subtitle: '服务职工　凝心聚力',
  slug: 'hui-mou-2025',
  period: { firstYear: 2025, lastYear: 2025 },
  bylines: [{ role: 'reporter', name: '林晓' }],
  lead: '这一年，全市各级工会围绕职工所需，办成了一批实事。',
  cover: 1,
  keyFigures: [
    { label: '新建会员', value: 52000, unit: '人', qualifier: 'odd', pillar: '组织建设', comparison: { previousValue: 48000 } },
    { label: '帮扶困难职工', value: 300, unit: '户', qualifier: 'nearly', pillar: '服务职工' },
    { label: '发放慰问金', value: 20000000, unit: '元', qualifier: 'over', pillar: '服务职工', comparison: { note: '创历年新高' } },
  ],
  sections: [{ heading: '建会入会', content: rich(para('全年新建基层工会一百二十个。')) }],
  plans: [{ name: '驿站提质', description: '推动驿站从“有”到“优”。', targets: [{ label: '新建驿站', value: 50, unit: '个' }] }],
  source: { publication: '江澄工人报', page: '1', issueDate: '2026-01-05T04:00:00.000Z' },
  credits: [{ role: 'final', name: '赵审' }],
  reviewStage: 'approved',
  _status: 'published',
  organization: 1,
  ...stamp,
}

/** A document of every kind: the type asks for one per kind, so a new kind needs its fixture. */
const FIXTURES: { [K in PublishableSlug]: SiteDoc<K> } = {
  articles: article,
  'model-workers': worker,
  galleries: gallery,
  'video-campaigns': video,
  'yearly-reviews': review,
}

const IMAGE_BASE = 'https://mmbiz.example/'

function context(overrides: Partial<WeChatContext> = {}): WeChatContext {
  const byId = <T extends { id: number }>(list: T[]) => (id: unknown) => list.find((x) => String(x.id) === String(id)) ?? null
  return {
    siteURL: SITE,
    media: byId(MEDIA),
    doc: <K extends PublishableSlug>(kind: K, id: unknown) => {
      const doc = FIXTURES[kind]
      return doc && String(doc.id) === String(id) ? doc : null
    },
    org: byId([ORG]),
    honor: byId(HONORS),
    topic: () => null,
    imageURL: (m) => `${IMAGE_BASE}${m.id}.jpg`,
    ...overrides,
  }
}

/* What a draft may hold, written out independently of src/wechat/rules.ts. */
const TAGS = new Set(['section', 'p', 'span', 'strong', 'em', 's', 'u', 'sub', 'sup', 'br', 'hr', 'h2', 'h3', 'h4', 'blockquote', 'ul', 'ol', 'li', 'img'])

function expectWeChatSafe(html: string) {
  expect(html).not.toMatch(/<\s*(script|style|link|iframe|a|video|audio|object|embed|form|input|svg|math)\b/i)
  // Inside tags only: database text is escaped, so `<` starts a tag and nothing else.
  expect(html).not.toMatch(/<[^>]*\s(class|on[a-z]+)\s*=/i)
  expect(html).not.toMatch(/<[^>]*javascript:/i)
  const root = parse(html)
  const walk = (el: HTMLElement) => {
    for (const child of el.childNodes) {
      if (child.nodeType !== 1) continue
      const e = child as HTMLElement
      const tag = e.rawTagName.toLowerCase()
      expect(TAGS.has(tag), `<${tag}>`).toBe(true)
      for (const [name, value] of Object.entries(e.attributes)) {
        expect(name === 'style' || (tag === 'img' && (name === 'src' || name === 'alt')), `${tag} ${name}`).toBe(true)
        if (name === 'style') expect(value).not.toMatch(/url\(|expression|@import/i)
        if (name === 'src') expect(value.startsWith(IMAGE_BASE), value).toBe(true)
      }
      walk(e)
    }
  }
  walk(root)
  expect(html.startsWith('<section style="')).toBe(true)
}

/** The text a reader sees, tags removed and entities decoded. */
const textOf = (html: string) => parse(html).textContent

const render = <K extends PublishableSlug>(kind: K, doc: SiteDoc<K>, ctx = context()) => renderWeChat(kind, doc, ctx)

describe('every kind', () => {
  it.each(PUBLISHABLE)('renders %s to HTML a draft accepts, with its title, digest and page', (kind) => {
    const doc = FIXTURES[kind]
    const a = renderWeChat(kind, doc as never, context())
    expectWeChatSafe(a.content)
    expect(checkWeChatArticle(a)).toEqual([])
    expect(a.title).toBe(WECHAT_KINDS[kind].title(doc as never))
    expect(a.digest.length).toBeGreaterThan(0)
    expect(a.contentSourceURL).toMatch(new RegExp(`^${SITE}/[a-z]+/${doc.slug}/$`))
    expect(a.cover).not.toBeNull()
  })
})

describe('articles', () => {
  const a = render('articles', article)
  const plain = textOf(a.content)

  it('puts the subtitle, bylines and print source at the top and the editorial credits at the end', () => {
    expect(plain.indexOf('——全市建成工会驿站三百余个')).toBeLessThan(plain.indexOf('清晨六点'))
    expect(plain).toContain('记者 林晓　通讯员 周扬　摄影 王摄')
    expect(plain).toMatch(/原载《江澄日报》 2026年3月18日 第3版/)
    expect(plain.trimEnd().endsWith('编委：陈编　版式：吴版　责编：刘责　终审：赵审')).toBe(true)
  })

  it('captions photos with ▲, the credit in brackets, and never doubles a stored ▲ or bracket', () => {
    expect(plain).toContain('▲ 青年焊工在实训基地练习仰焊。（摄影 林晓）')
    expect(plain).toContain('▲ 户外劳动者在工会驿站歇脚。（摄影 周扬）')
    expect(plain).not.toContain('▲ ▲')
    expect(plain).not.toContain('（（')
  })

  it('renders the figures row as value, unit and qualifier over the label', () => {
    expect(plain).toContain('数说驿站')
    for (const f of [
      { label: '建成驿站', value: 300, unit: '个', qualifier: 'odd' },
      { label: '服务职工', value: 52000, unit: '人次', qualifier: 'odd' },
      { label: '覆盖园区', value: 85, unit: '%', qualifier: 'above' },
    ]) {
      expect(plain).toContain(`${figureText(f)}${f.label}`)
    }
    expect(a.content).toMatch(/5\.2万<span style="[^"]+">余人次<\/span>/)
  })

  it('renders the worker card, the pull quote, lists and quotes', () => {
    expect(plain).toContain('秦铁生')
    expect(plain).toContain('江澄重型机械厂 · 高级焊工')
    expect(plain).toContain('2016年省劳动模范、2021年全国五一劳动奖章')
    expect(plain).toContain('驿站建设的热心人。')
    expect(plain).toContain('有个地方歇歇脚，心里就踏实。')
    expect(plain).toContain('—— 环卫工人 老陈')
    expect(a.content).toContain('<ol style=')
    expect(a.content).toMatch(/<blockquote style="[^"]+">工会就是职工的家。<\/blockquote>/)
    expect(a.content).toContain('<strong>老陈</strong>')
  })

  it('shows a video as its poster and where to watch it, as text', () => {
    expect(plain).toContain('▶ 视频：驿站的一天')
    expect(plain).toContain('在哔哩哔哩观看：https://www.bilibili.com/video/BV1GJ411x7h7/')
    expect(plain).toContain('▶ 视频：驿站宣传片')
    expect(plain).toContain('点击文末“阅读原文”，在网站观看视频。')
  })

  it('writes links out as text and address: outside ones as they are, the site’s in full', () => {
    expect(plain).toContain('驿站地图（https://www.example.com/zhan）')
    expect(plain).toContain(`秦铁生的页面（${SITE}/workers/qin-tie-sheng/）`)
  })

  it('embeds a gallery as its photos with captions', () => {
    expect(plain).toContain('图集：职工技能大赛掠影')
    expect(plain).toContain('▲ 选手赛后在驿站休息。（摄影 周扬）')
  })

  it('lists every photo of the content once, in order, and takes the cover from the document', () => {
    // cover 2, photo block 1, video posters 2 and 4, gallery 1, 3, 2
    expect(a.images.map((m) => m.id)).toEqual([2, 1, 4, 3])
    expect(a.cover?.id).toBe(2)
    expect(a.content.match(/<img /g)?.length).toBe(7)
  })

  it('takes the reporters and correspondents for the author, the summary for the digest', () => {
    expect(a.author).toBe('林晓 周扬')
    expect(a.digest).toBe(article.summary)
  })
})

describe('the other kinds', () => {
  it('renders a worker’s portrait, work, words, honours, studio and story', () => {
    const a = render('model-workers', worker)
    const plain = textOf(a.content)
    expect(a.title).toBe('秦铁生')
    expect(plain).toContain('▲ 劳模工作室里的技术交流。')
    for (const s of ['江澄重型机械厂 · 高级焊工', '焊缝里没有“差不多”。', '荣誉历程', '2016年　省劳动模范（第二届）', '秦铁生焊接创新工作室', '事迹', '三十年守在焊台旁']) expect(plain).toContain(s)
    expect(a.cover?.id).toBe(4)
    expect(a.author).toBe('市总工会')
    expect(a.digest).toBe('焊缝里没有“差不多”。')
  })

  it('renders a gallery as its photos in order with their captions', () => {
    const a = render('galleries', gallery)
    const plain = textOf(a.content)
    expect(plain).toContain('共 3 张图片')
    expect(a.images.map((m) => m.id)).toEqual([1, 3, 2])
    expect(plain.indexOf('青年焊工')).toBeLessThan(plain.indexOf('技能大赛现场'))
    expect(a.cover?.id).toBe(1)
  })

  it('renders a video campaign’s episodes as posters and links, with partners and awards', () => {
    const a = render('video-campaigns', video)
    const plain = textOf(a.content)
    for (const s of ['江澄市总工会 · 2026年4月1日 至 2026年5月1日', '合作：江澄广播电视台', '播出：哔哩哔哩', '第1集　焊花里的青春', '3分05秒', '在哔哩哔哩观看：', '第2集　驿站守护人', '获奖情况', '2026年 全省工会好新闻一等奖']) {
      expect(plain).toContain(s)
    }
    expect(a.images.map((m) => m.id)).toEqual([1, 2])
  })

  it('renders a yearly review’s key figures by pillar with comparisons, its sections and plans', () => {
    const a = render('yearly-reviews', review)
    const plain = textOf(a.content)
    for (const s of ['——服务职工　凝心聚力', '记者 林晓', '江澄市总工会 · 2025年', '原载《江澄工人报》', '组织建设', '5.2万余人新建会员', '上年 4.8万人，增长 8.3%', '近300户帮扶困难职工', '超2000万元发放慰问金', '创历年新高', '建会入会', '下一步计划', '驿站提质', '新建驿站：50个', '终审：赵审']) {
      expect(plain).toContain(s)
    }
    expect(a.digest).toBe(review.lead)
  })
})

describe('hostile input', () => {
  const hostile = rich(
    para('<script>alert(1)</script><style>p{}</style><link rel="stylesheet" href="x.css"><iframe src="x"></iframe>'),
    para(link('javascript:alert(1)', '点我'), link('jav&#x09;ascript:alert(2)', '再点'), link('data:text/html,<script>alert(3)</script>', '数据')),
    para(link('https://example.org/" onmouseover="alert(1)', '引号')),
    { type: 'heading', tag: 'script', children: [text('伪装的标题')], version: 1 },
    { type: 'paragraph', format: '__proto__', children: [text('原型')], version: 1 },
    { type: 'paragraph', format: 'center;background:url(javascript:alert(1))', children: [text('对齐')], version: 1 },
    { type: 'html', html: '<script>alert(4)</script>', version: 1 },
    { type: 'block', fields: { blockType: 'iframe', src: 'https://evil.example/' }, version: 2 },
    { type: 'block', fields: { blockType: 'pullQuote', quote: '<img src=x onerror=alert(5)>', attribution: '"><script>' }, version: 2 },
    { type: 'block', fields: { blockType: 'photo', photo: 3, caption: '<script>alert(6)</script>', credit: '<a href="javascript:1">某某</a>' }, version: 2 },
    { type: 'block', fields: { blockType: 'video', title: '<iframe>', url: 'javascript:alert(7)' }, version: 2 },
    { type: 'block', fields: { blockType: 'figures', heading: '<b class="x">', items: [{ label: '<style>', value: 1, unit: '<link>' }, { label: '坏', value: 'NaN' }] }, version: 2 },
    { type: 'text', text: 'x', format: 'bold', style: 'background:url(javascript:alert(8))', version: 1 },
    { type: 'list', listType: '<script>', children: 'not a list', version: 1 },
    null,
  )

  it('never emits style, link, class, script, iframe or a link, whatever the rich text holds', () => {
    const a = render('articles', { ...article, title: '<script>标题</script>', subtitle: '<style>副题</style>', body: hostile })
    expectWeChatSafe(a.content)
    expect(checkWeChatArticle(a).filter((p) => p.code === 'forbidden-markup')).toEqual([])
    const plain = textOf(a.content)
    expect(plain).toContain('<script>alert(1)</script>')
    expect(plain).toContain('点我')
    expect(plain).toContain('伪装的标题')
    expect(plain).toContain('▲ <script>alert(6)</script>（<a href="javascript:1">某某</a>）')
  })

  it('escapes markup in a photo’s own caption and credit', () => {
    const a = render('galleries', gallery)
    expectWeChatSafe(a.content)
    expect(textOf(a.content)).toContain('▲ <script>alert(1)</script>技能大赛现场（<iframe src="https://evil.example/"></iframe>）')
  })

  it('the check names forbidden markup in content that did not come from the renderer', () => {
    const a = render('galleries', gallery)
    for (const bad of ['<style>p{}</style>', '<link rel="stylesheet" href="x">', '<p class="x">a</p>', '<script>1</script>', '<iframe src="x"></iframe>', '<a href="https://x">x</a>', '<img src="x" onerror="y">']) {
      const problems = checkWeChatArticle({ ...a, content: `${a.content}${bad}` })
      expect(problems.map((p) => p.code), bad).toContain('forbidden-markup')
    }
  })
})

describe('image addresses', () => {
  it('points at the JPEG beside the feature size on the public site', () => {
    expect(publicImageURL(`${SITE}/`, MEDIA[0]!)).toBe(`${SITE}/media/hanjie-1024x683.jpg`)
  })

  it('falls back to the upload itself when a photo has no sizes', () => {
    expect(publicImageURL(SITE, MEDIA[5]!)).toBe(`${SITE}/media/only-original.png`)
  })

  it('leaves none of React’s image preload links in a gallery of forty photos', () => {
    const many = Array.from({ length: 40 }, (_, i) => photo(100 + i, `tu${i}`, `第${i + 1}张。`, '摄影 林晓'))
    const big = { ...gallery, items: many.map((m) => ({ photo: m.id })) }
    const a = render('galleries', big, context({ media: (id) => many.find((m) => String(m.id) === String(id)) ?? null }))
    expectWeChatSafe(a.content)
    expect(a.images).toHaveLength(40)
    expect(a.content.match(/<img /g)?.length).toBe(40)
  })

  it('uses the caller’s addresses and leaves out a photo the caller has none for', () => {
    const a = render('galleries', gallery, context({ imageURL: (m) => (m.id === 3 ? '' : `${IMAGE_BASE}u/${m.id}`) }))
    expect(a.images.map((m) => m.id)).toEqual([1, 2])
    expect(a.content).toContain(`src="${IMAGE_BASE}u/1"`)
    expect(a.content.match(/<img /g)?.length).toBe(2)
  })
})
