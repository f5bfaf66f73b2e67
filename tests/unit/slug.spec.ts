// Pinyin slugs (src/lib/slug.ts): generation from Chinese titles, the numbered alternatives of a
// taken slug, and the format check with its Chinese messages.
import { describe, expect, it } from 'vitest'

import { MAX_SLUG_LENGTH, SLUG_PATTERN, checkSlugFormat, numberedSlug, slugify } from '../../src/lib/slug'

describe('slugify', () => {
  it.each([
    ['劳模风采', 'lao-mo-feng-cai'],
    ['大国工匠', 'da-guo-gong-jiang'],
    ['职工之家', 'zhi-gong-zhi-jia'],
    ['重庆', 'chong-qing'],
    ['长城', 'chang-cheng'],
  ])('turns %s into toneless pinyin %s', (title, slug) => {
    expect(slugify(title)).toBe(slug)
  })

  it('writes ü as v', () => {
    expect(slugify('女职工')).toBe('nv-zhi-gong')
    expect(slugify('绿色出行')).toBe('lv-se-chu-xing')
  })

  it('keeps latin words and numbers, lower-cased', () => {
    expect(slugify('劳模创新工作室2025')).toBe('lao-mo-chuang-xin-gong-zuo-shi-2025')
    expect(slugify('2025年度回眸')).toBe('2025-nian-du-hui-mou')
    expect(slugify('Hello 世界 ABC-123')).toBe('hello-shi-jie-abc-123')
    expect(slugify('5G 智能工厂')).toBe('5g-zhi-neng-gong-chang')
  })

  it('turns full-width letters and digits into their ASCII forms', () => {
    expect(slugify('ＡＢＣ１２３')).toBe('abc123')
  })

  it('treats Chinese and ASCII punctuation as separators, never doubled or at the ends', () => {
    expect(slugify('“工匠精神”：大国重器！')).toBe('gong-jiang-jing-shen-da-guo-zhong-qi')
    expect(slugify('——劳模、工匠（2025）……')).toBe('lao-mo-gong-jiang-2025')
    expect(slugify('  a -- b  ')).toBe('a-b')
  })

  it('returns an empty string when nothing usable is left', () => {
    expect(slugify('')).toBe('')
    expect(slugify('   ')).toBe('')
    expect(slugify('！？…')).toBe('')
  })

  it('cuts long titles at a hyphen, within the length limit', () => {
    const slug = slugify('劳动'.repeat(60))
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
    expect(slug).toMatch(SLUG_PATTERN)
    expect(slug.startsWith('lao-dong-lao-dong')).toBe(true)
    expect(slug.endsWith('lao') || slug.endsWith('dong')).toBe(true)
  })

  it('cuts a single long word at the limit', () => {
    expect(slugify('a'.repeat(100))).toBe('a'.repeat(MAX_SLUG_LENGTH))
  })

  it('honours a smaller length limit', () => {
    expect(slugify('劳模创新工作室', 12)).toBe('lao-mo')
  })

  it('always produces a well-formed slug', () => {
    for (const title of ['劳模风采', '“五一”劳动奖章', 'A&B 工会', '第3版 ｜ 要闻', '中华全国总工会']) {
      expect(slugify(title), title).toMatch(SLUG_PATTERN)
    }
  })
})

describe('numberedSlug', () => {
  it('adds -n to the base slug', () => {
    expect(numberedSlug('lao-mo-feng-cai', 2)).toBe('lao-mo-feng-cai-2')
    expect(numberedSlug('lao-mo-feng-cai', 13)).toBe('lao-mo-feng-cai-13')
  })

  it('shortens a long base so the numbered slug still fits', () => {
    const base = slugify('劳动'.repeat(60))
    for (const n of [2, 10, 999]) {
      const slug = numberedSlug(base, n)
      expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
      expect(slug).toMatch(SLUG_PATTERN)
      expect(slug.endsWith(`-${n}`)).toBe(true)
    }
    expect(numberedSlug('a'.repeat(MAX_SLUG_LENGTH), 2)).toBe(`${'a'.repeat(MAX_SLUG_LENGTH - 2)}-2`)
  })
})

describe('checkSlugFormat', () => {
  it('accepts lower-case letters and digits joined by single hyphens', () => {
    for (const slug of ['lao-mo-feng-cai', '2025', 'a', 'a-1-b', 'x'.repeat(MAX_SLUG_LENGTH)]) {
      expect(checkSlugFormat(slug), slug).toBe(true)
    }
  })

  it.each(['Bad Slug!', 'Lao-Mo', '-lao', 'lao-', 'lao--mo', 'lao_mo', '劳模', 'lao mo', 'lǎo-mó'])(
    'refuses %j with the Chinese explanation and an example',
    (slug) => {
      const message = checkSlugFormat(slug)
      expect(message).toEqual(expect.stringContaining('网址别名只能包含小写字母、数字和连字符'))
      expect(message).toEqual(expect.stringContaining('lao-mo-feng-cai'))
    },
  )

  it('refuses an empty or missing slug, saying it is generated when left empty', () => {
    for (const value of ['', undefined, null, 42]) {
      expect(checkSlugFormat(value)).toEqual(expect.stringContaining('请填写网址别名'))
    }
  })

  it('refuses a slug longer than the limit', () => {
    expect(checkSlugFormat('x'.repeat(MAX_SLUG_LENGTH + 1))).toEqual(expect.stringContaining(`最长 ${MAX_SLUG_LENGTH} 个字符`))
  })
})
