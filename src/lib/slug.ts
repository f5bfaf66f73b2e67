import { pinyin } from 'pinyin-pro'

/** Lower-case latin letters and digits in groups joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Longest slug we generate; typed slugs may be up to `MAX_SLUG_LENGTH` too. */
export const MAX_SLUG_LENGTH = 80

/**
 * Turn a (mostly Chinese) title into a URL slug of toneless pinyin:
 * "劳模创新工作室2025" → "lao-mo-chuang-xin-gong-zuo-shi-2025".
 * Latin words and numbers are kept, everything else becomes a separator.
 */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const syllables = pinyin(text.normalize('NFKC'), {
    toneType: 'none',
    type: 'array',
    nonZh: 'consecutive',
    v: true,
  })
  const slug = syllables
    .join(' ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return truncateAtHyphen(slug, maxLength)
}

function truncateAtHyphen(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug
  const cut = slug.slice(0, maxLength + 1)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '')
}

/** The n-th alternative of a taken slug: "a" → "a-2", "a-3", … */
export function numberedSlug(base: string, n: number): string {
  const suffix = `-${n}`
  return truncateAtHyphen(base, MAX_SLUG_LENGTH - suffix.length) + suffix
}

/** Why a typed slug is unacceptable, in Chinese for the editor, or `true` when it is fine. */
export function checkSlugFormat(value: unknown): true | string {
  if (typeof value !== 'string' || value === '') return '请填写网址别名（留空保存时会根据标题自动生成）。'
  if (value.length > MAX_SLUG_LENGTH) return `网址别名最长 ${MAX_SLUG_LENGTH} 个字符，请缩短。`
  if (!SLUG_PATTERN.test(value)) {
    return '网址别名只能包含小写字母、数字和连字符（-），且不能以连字符开头或结尾，例如 lao-mo-feng-cai。'
  }
  return true
}
