// WeChat's limits on a draft (src/wechat/rules.ts) as the renderer meets them: the digest and the
// author cut on a character boundary, the title rule with and without a 短标题, the content's
// 20,000 characters and 1 MB with the excess named, and the checked variant refusing with
// WeChatRuleError.
import { describe, expect, it } from 'vitest'

import type { SiteDoc } from '../../../src/site/context'
import { renderWeChat, renderWeChatChecked, type WeChatContext } from '../../../src/wechat/render'
import {
  characters,
  checkWeChatArticle,
  cutToCharacters,
  WECHAT_AUTHOR_MAX,
  WECHAT_CONTENT_CHARS,
  WECHAT_DIGEST_MAX,
  WECHAT_TITLE_MAX,
  WeChatRuleError,
} from '../../../src/wechat/rules'

const ctx: WeChatContext = {
  siteURL: 'https://www.example.org',
  media: () => null,
  doc: () => null,
  org: () => null,
  honor: () => null,
  topic: () => null,
  imageURL: () => '',
}

const body = (...paragraphs: string[]) =>
  ({
    root: {
      type: 'root',
      children: paragraphs.map((t) => ({ type: 'paragraph', children: [{ type: 'text', text: t, format: 0, version: 1 }], version: 1 })),
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
    },
  }) as SiteDoc<'articles'>['body']

const article = (fields: Partial<SiteDoc<'articles'>> = {}): SiteDoc<'articles'> => ({
  id: 1,
  title: '职工书屋开到车间里',
  slug: 'zhi-gong-shu-wu',
  summary: '市总工会在二十家企业车间建起职工书屋。',
  body: body('午休时，职工们在书屋里读书看报。'),
  reviewStage: 'approved',
  updatedAt: '2026-03-01T00:00:00.000Z',
  createdAt: '2026-03-01T00:00:00.000Z',
  ...fields,
})

/** True when `text` holds a lone half of a surrogate pair. */
const brokenSurrogate = (text: string) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)

describe('digest', () => {
  it('is cut to 128 characters with an ellipsis, a prefix of the summary', () => {
    const summary = '职工书屋'.repeat(60)
    const a = renderWeChat('articles', article({ summary }), ctx)
    expect(characters(a.digest)).toBeLessThanOrEqual(WECHAT_DIGEST_MAX)
    expect(a.digest.endsWith('…')).toBe(true)
    expect(summary.startsWith(a.digest.slice(0, -1))).toBe(true)
  })

  it('never cuts an emoji in half at the boundary', () => {
    // 126 characters, then an emoji (two UTF-16 units) across the 127th.
    const summary = `${'书'.repeat(126)}😀${'屋'.repeat(20)}`
    const a = renderWeChat('articles', article({ summary }), ctx)
    expect(brokenSurrogate(a.digest)).toBe(false)
    expect(a.digest).toBe(`${'书'.repeat(126)}…`)
    const family = `${'书'.repeat(120)}👩‍👩‍👧‍👦${'屋'.repeat(20)}`
    expect(cutToCharacters(family, 128, '…')).toBe(`${'书'.repeat(120)}…`)
  })

  it('is left whole when it fits, and falls back to the body’s text without a summary', () => {
    expect(renderWeChat('articles', article(), ctx).digest).toBe('市总工会在二十家企业车间建起职工书屋。')
    expect(renderWeChat('articles', article({ summary: null }), ctx).digest).toBe('午休时，职工们在书屋里读书看报。')
  })
})

describe('author', () => {
  it('takes whole names of reporters and correspondents while they fit in 16 characters', () => {
    const a = renderWeChat(
      'articles',
      article({
        bylines: [
          { role: 'reporter', name: '欧阳春晓' },
          { role: 'photo', name: '王摄影' },
          { role: 'correspondent', name: '司马长风' },
          { role: 'multimedia-reporter', name: '上官云飞' },
          { role: 'correspondent', name: '慕容雪' },
        ],
      }),
      ctx,
    )
    expect(a.author).toBe('欧阳春晓 司马长风 上官云飞')
    expect(characters(a.author)).toBeLessThanOrEqual(WECHAT_AUTHOR_MAX)
  })

  it('cuts one long name to 16 characters on a character boundary', () => {
    const a = renderWeChat('articles', article({ bylines: [{ role: 'correspondent', name: '江澄市重型机械制造集团有限公司工会委员会宣传部' }] }), ctx)
    expect(a.author).toBe('江澄市重型机械制造集团有限公司工')
    expect(characters(a.author)).toBe(16)
  })

  it('takes the other bylines when there is no reporter', () => {
    expect(renderWeChat('articles', article({ bylines: [{ role: 'text', name: '林晓' }, { role: 'photo', name: '周扬' }] }), ctx).author).toBe('林晓 周扬')
  })
})

describe('title', () => {
  const long = '全市职工书屋建设现场推进会在江澄重型机械厂召开，二十家企业交流经验并签订共建协议'

  it('names a title over 32 characters and asks for a short title when there is none', () => {
    const a = renderWeChat('articles', article({ title: long }), ctx)
    expect(a.title).toBe(long)
    expect(checkWeChatArticle(a)).toEqual([
      { code: 'title-too-long', field: 'title', message: `标题超过 ${WECHAT_TITLE_MAX} 个字（现 ${long.length} 字），请填写“短标题（公众号）”` },
    ])
  })

  it('uses the short title when one is set, and then has no problem', () => {
    const a = renderWeChat('articles', article({ title: long, shortTitle: '职工书屋现场会在江澄召开' }), ctx)
    expect(a.title).toBe('职工书屋现场会在江澄召开')
    expect(a.titleSource).toBe('shortTitle')
    expect(checkWeChatArticle(a)).toEqual([])
  })

  it('asks to shorten a short title that is itself too long', () => {
    const a = renderWeChat('articles', article({ title: long, shortTitle: long }), ctx)
    expect(checkWeChatArticle(a)[0]?.message).toBe(`短标题超过 ${WECHAT_TITLE_MAX} 个字（现 ${long.length} 字），请缩短“短标题（公众号）”`)
  })
})

describe('content size', () => {
  it('names the excess over 20,000 characters and suggests splitting the piece', () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `第${i + 1}段：职工书屋里，大家围坐在一起读书交流，分享心得体会。`)
    const a = renderWeChat('articles', article({ body: body(...paragraphs) }), ctx)
    const length = characters(a.content)
    expect(length).toBeGreaterThanOrEqual(WECHAT_CONTENT_CHARS)
    const problems = checkWeChatArticle(a)
    expect(problems.map((p) => p.code)).toEqual(['content-too-long'])
    const excess = (length - WECHAT_CONTENT_CHARS + 1).toLocaleString('zh-CN')
    expect(problems[0]!.message).toContain(`需删减至少 ${excess} 字符`)
    expect(problems[0]!.message).toContain(`正文共 ${length.toLocaleString('zh-CN')} 字符`)
    expect(problems[0]!.message).toContain('拆成上、下篇')
  })

  it('names the excess over 1 MB', () => {
    const a = renderWeChat('articles', article(), ctx)
    const problems = checkWeChatArticle({ ...a, content: `<p>${'😀'.repeat(260_000)}</p>` })
    expect(problems.map((p) => p.code)).toEqual(['content-too-long', 'content-too-large'])
    expect(problems[1]!.message).toMatch(/正文大小 1\.04 MB，公众号要求小于 1 MB，需减少至少 \d+ KB/)
  })

  it('accepts a piece just under the limit', () => {
    const a = renderWeChat('articles', article(), ctx)
    const filler = '书'.repeat(WECHAT_CONTENT_CHARS - 1 - '<p></p>'.length)
    expect(checkWeChatArticle({ ...a, content: `<p>${filler}</p>` })).toEqual([])
  })
})

describe('renderWeChatChecked', () => {
  it('returns the article when WeChat would take it', () => {
    expect(renderWeChatChecked('articles', article(), ctx).title).toBe('职工书屋开到车间里')
  })

  it('refuses with WeChatRuleError carrying the problems in Chinese', () => {
    const title = '职'.repeat(40)
    let error: unknown
    try {
      renderWeChatChecked('articles', article({ title }), ctx)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(WeChatRuleError)
    expect((error as WeChatRuleError).problems.map((p) => p.code)).toEqual(['title-too-long'])
    expect((error as WeChatRuleError).message).toContain('请填写“短标题（公众号）”')
  })

  it('refuses an empty piece', () => {
    const problems = checkWeChatArticle({ title: ' ', titleSource: 'title', author: '', digest: '', content: '', contentSourceURL: '' })
    expect(problems.map((p) => p.code)).toEqual(['title-empty', 'content-empty'])
  })
})
