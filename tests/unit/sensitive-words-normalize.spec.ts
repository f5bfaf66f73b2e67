// Sensitive words cannot hide behind invisible or look-alike characters: the normaliser
// (src/workflow/textSegments.ts normalizeForMatching) and the matcher built on it
// (src/workflow/sensitiveWords.ts), with hits reported at their place in the original text.
import { describe, expect, it } from 'vitest'

import { formatHits, WordMatcher, type WordEntry } from '../../src/workflow/sensitiveWords'
import { normalizeForMatching, showInvisible, type TextSegment } from '../../src/workflow/textSegments'

const LIST: WordEntry[] = [
  { word: '禁用示例词', action: 'block', replacement: '规范说法' },
  { word: 'ABC', action: 'block' },
  { word: 'ab', action: 'warn' },
  { word: '２０２６', action: 'warn' },
]
const matcher = new WordMatcher(LIST)
const segment = (text: string): TextSegment => ({ path: 'summary', label: '摘要', text })
const check = (text: string) => matcher.check([segment(text)])

describe('evasions that are caught', () => {
  it.each([
    ['a zero-width space (U+200B)', '禁\u200B用示例词'],
    ['a zero-width non-joiner (U+200C)', '禁用\u200C示例词'],
    ['a zero-width joiner (U+200D)', '禁用示\u200D例词'],
    ['a word joiner (U+2060)', '禁用示例\u2060词'],
    ['a zero-width no-break space (U+FEFF)', '禁\uFEFF用示例词'],
    ['a soft hyphen (U+00AD)', '禁\u00AD用示例词'],
    ['bidi marks (U+200E, U+202E, U+2066)', '禁\u200E用\u202E示例\u2066词'],
    ['a variation selector (U+FE00)', '禁\uFE00用示例词'],
    ['a plain space', '禁 用示例词'],
    ['an ideographic space (U+3000)', '禁用　示例词'],
    ['a newline and spaces between two Chinese characters', '禁用\n  示例词'],
    ['a tab and a zero-width space together', '禁\t\u200B 用示例词'],
    ['compatibility ideographs (Kangxi radicals)', '禁用示例词'.replace('用', '\u2F64')],
  ])('finds a block word split by %s', (_, disguised) => {
    const hits = check(`这里有一个${disguised}。`)
    expect(hits).toHaveLength(1)
    expect(hits[0]).toMatchObject({ listed: '禁用示例词', action: 'block', suggestion: '规范说法' })
  })

  it('finds full-width Latin letters (ＡＢＣ) and full-width digits (2026 for ２０２６)', () => {
    expect(check('全角ＡＢＣ写法').map((h) => h.listed)).toEqual(['ABC'])
    expect(check('二〇二六即2026年').map((h) => h.listed)).toEqual(['２０２６'])
  })

  it('finds half-width katakana written for full-width ones', () => {
    const kana = new WordMatcher([{ word: 'テスト', action: 'block' }])
    expect(kana.check([segment('ﾃｽﾄです')]).map((h) => h.word)).toEqual(['ﾃｽﾄ'])
  })

  it('finds Latin words whatever their case', () => {
    expect(check('abc Abc aBC').map((h) => h.listed)).toEqual(['ABC', 'ABC', 'ABC'])
  })

  it('finds a word written with a combining accent when the list has the precomposed letter', () => {
    const accents = new WordMatcher([{ word: 'café', action: 'warn' }])
    expect(accents.check([segment('un cafe\u0301 noir')])).toHaveLength(1)
  })

  it('matches a listed word that itself contains full-width or invisible characters', () => {
    const odd = new WordMatcher([{ word: ' 禁\u200B用　词 ', action: 'block' }])
    expect(odd.check([segment('这是禁用词')]).map((h) => h.word)).toEqual(['禁用词'])
  })
})

describe('positions and what the reviewer sees', () => {
  it('points start and end into the original text, invisible characters included', () => {
    const text = '前文\u200B，这里有一个禁\u200B用\u00AD示例词和后文'
    const [hit] = check(text)
    expect(text.slice(hit!.start, hit!.end)).toBe('禁\u200B用\u00AD示例词')
    expect(hit!.start).toBe(text.indexOf('禁'))
    expect(hit!.end).toBe(text.indexOf('和'))
  })

  it('shows the word as written, with the invisible characters named, and the listed word', () => {
    const [hit] = check('这里有一个禁\u200B用示例词和后文')
    expect(hit!.word).toBe('禁〔零宽空格 U+200B〕用示例词')
    expect(hit!.listed).toBe('禁用示例词')
    expect(hit!.context).toBe('这里有一个【禁〔零宽空格 U+200B〕用示例词】和后文')
    expect(formatHits([hit!])).toBe(
      '· 摘要：“这里有一个【禁〔零宽空格 U+200B〕用示例词】和后文” 中的「禁〔零宽空格 U+200B〕用示例词」（即词库中的「禁用示例词」），建议改为「规范说法」',
    )
  })

  it('shows spaces inside a found word as ␣ and keeps the plain line when nothing was disguised', () => {
    expect(check('禁用\n　示例词')[0]!.word).toBe('禁用␣␣示例词')
    expect(formatHits(check('这里有一个禁用示例词。'))).toBe('· 摘要：“这里有一个【禁用示例词】。” 中的「禁用示例词」，建议改为「规范说法」')
  })

  it('takes the context from the original text, 12 characters either side', () => {
    const text = `${'甲'.repeat(20)}禁 用示例词${'乙'.repeat(20)}`
    expect(check(text)[0]!.context).toBe(`${'甲'.repeat(12)}【禁␣用示例词】${'乙'.repeat(12)}`)
  })

  it('does not cut a character outside the Basic Multilingual Plane in half at the context edge', () => {
    const text = `${'𠀀'.repeat(8)}禁用示例词`
    const context = check(text)[0]!.context
    expect(context.startsWith('𠀀')).toBe(true)
    expect(context).not.toMatch(/[\uDC00-\uDFFF](?<![\uD800-\uDBFF][\uDC00-\uDFFF])/)
  })

  it('reports hits at their original positions across several segments, in reading order', () => {
    const hits = matcher.check([segment('ＡＢＣ'), { path: 'body', label: '正文', text: '一\u200B二禁 用示例词' }])
    expect(hits.map((h) => [h.path, h.start, h.end])).toEqual([
      ['summary', 0, 3],
      ['body', 3, 9],
    ])
  })
})

describe('no false hits', () => {
  it('keeps whitespace between Latin words, so "ab" is not found in "a b"', () => {
    expect(check('a b, a\nb, a　b')).toEqual([])
    expect(check('grab a b').map((h) => h.listed)).toEqual(['ab'])
  })

  it('keeps whitespace between a Chinese character and a Latin letter', () => {
    const mixed = new WordMatcher([{ word: '用A', action: 'block' }])
    expect(mixed.check([segment('禁用 A 级')])).toEqual([])
    expect(mixed.check([segment('禁用\u200BA 级')])).toHaveLength(1)
  })

  it('ignores words that normalise to nothing and prefers block when two entries normalise alike', () => {
    const list = new WordMatcher([
      { word: '\u200B\u00AD', action: 'block' },
      { word: '   ', action: 'block' },
      { word: 'abc', action: 'warn' },
      { word: 'ＡＢＣ', action: 'block', replacement: '替换' },
    ])
    expect(list.size).toBe(1)
    expect(list.check([segment('Abc')])).toMatchObject([{ action: 'block', listed: 'ＡＢＣ', suggestion: '替换' }])
  })
})

describe('normalizeForMatching', () => {
  it('maps every unit of the normalised text back to the original range it came from', () => {
    const original = 'Ａ\u200B b  禁\n用'
    const n = normalizeForMatching(original)
    expect(n.text).toBe('a b 禁用')
    expect(Array.from(n.start)).toEqual([0, 2, 3, 4, 6, 8])
    expect(Array.from(n.end)).toEqual([1, 3, 4, 6, 7, 9])
  })

  it('drops leading and trailing whitespace and invisible characters', () => {
    expect(normalizeForMatching('\uFEFF  劳模 \u200B').text).toBe('劳模')
  })
})

describe('showInvisible', () => {
  it('names the common invisible characters and gives the code of the others', () => {
    expect(showInvisible('a\u00ADb\u2060c\u202Ed\u180Ee')).toBe('a〔软连字符 U+00AD〕b〔零宽不换行符 U+2060〕c〔方向控制符 U+202E〕d〔不可见字符 U+180E〕e')
  })
})
