/**
 * What WeChat accepts in a draft (draft/add, the official account API's 草稿箱 · 新建草稿):
 * title at most 32 characters, author at most 16, digest at most 128, content fewer than 20,000
 * characters and under 1 MB, content_source_url at most 1 KB; the content's scripts are removed and
 * its images must be addresses returned by media/uploadimg (others are filtered out).
 * https://developers.weixin.qq.com/doc/offiaccount/Draft_Box/Add_draft.html
 *
 * The renderer keeps to these by construction (author and digest are cut, markup is its own);
 * `checkWeChatArticle` says, in Chinese and with what to do, where a rendered piece still does
 * not, before anything is sent.
 */
import { DRAFT_LIMITS } from './api'
import { WECHAT_TITLE_MAX } from './fields'

/** Title: at most 32 characters (the 短标题 field's maxLength, src/wechat/fields.ts). */
export { WECHAT_TITLE_MAX }
/** Author (作者): at most 16 characters. */
export const WECHAT_AUTHOR_MAX = DRAFT_LIMITS.author
/** Digest (摘要): at most 128 characters. */
export const WECHAT_DIGEST_MAX = DRAFT_LIMITS.digest
/** Content: fewer than 20,000 characters ("必须少于2万字符"), markup included. */
export const WECHAT_CONTENT_CHARS = DRAFT_LIMITS.contentChars
/** Content: under 1 MB ("小于1M"), in UTF-8 bytes, a megabyte taken as 1,000,000 to be safe (api.ts refuses the same). */
export const WECHAT_CONTENT_BYTES = DRAFT_LIMITS.contentBytes
/** content_source_url (阅读原文): at most 1 KB. */
export const WECHAT_SOURCE_URL_BYTES = DRAFT_LIMITS.sourceURLBytes

/**
 * The markup the content may hold: block and text elements styled inline, and images. No links
 * (drafts drop outside addresses; the renderer writes them out as text), no `class`, no `<style>`,
 * `<link>`, scripts, frames, forms or media players.
 */
export const WECHAT_TAGS: ReadonlySet<string> = new Set([
  'section', 'p', 'span', 'strong', 'em', 's', 'u', 'sub', 'sup', 'br', 'hr',
  'h2', 'h3', 'h4', 'blockquote', 'ul', 'ol', 'li', 'img',
])
/** Attributes by tag (`*`: every tag). Styles are inline or not at all. */
export const WECHAT_ATTRIBUTES: Readonly<Record<string, ReadonlySet<string>>> = {
  '*': new Set(['style']),
  img: new Set(['style', 'src', 'alt']),
}

/** What a draft is made of; `render.tsx` builds it (`renderWeChat`). */
export type WeChatArticleFields = {
  title: string
  /** Whether `title` is the document's 短标题（公众号） or its title. */
  titleSource: 'title' | 'shortTitle'
  author: string
  digest: string
  content: string
  contentSourceURL: string
}

export type WeChatProblemCode =
  | 'title-empty'
  | 'title-too-long'
  | 'author-too-long'
  | 'digest-too-long'
  | 'content-empty'
  | 'content-too-long'
  | 'content-too-large'
  | 'forbidden-markup'
  | 'source-url-too-long'

/** One thing WeChat would refuse or mangle, said in Chinese with what to do about it. */
export type WeChatProblem = {
  code: WeChatProblemCode
  field: keyof Omit<WeChatArticleFields, 'titleSource'>
  message: string
}

/**
 * Characters as the limits are counted here, in UTF-16 units: as the 短标题 field's maxLength and
 * the API client (api.ts) count them. For Chinese text that is one per character; a character
 * outside the Basic Multilingual Plane (an emoji, a rare 汉字) counts two, so whichever way WeChat
 * counts, nothing passed here is refused there.
 */
export const characters = (text: string): number => text.length

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8')

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'grapheme' })

/**
 * `text` cut to at most `max` characters (as `characters` counts) between two whole characters as
 * a reader sees them: never half a surrogate pair, never an emoji without its modifier. `ellipsis`
 * is added to a cut text when it fits within `max`.
 */
export function cutToCharacters(text: string, max: number, ellipsis = ''): string {
  if (characters(text) <= max) return text
  const room = max - characters(ellipsis)
  const keep = room > 0 ? room : max
  let out = ''
  let n = 0
  for (const { segment } of segmenter.segment(text)) {
    const size = characters(segment)
    if (n + size > keep) break
    out += segment
    n += size
  }
  return room > 0 ? `${out.trimEnd()}${ellipsis}` : out
}

const number = (n: number) => n.toLocaleString('zh-CN')

/**
 * What in `html` is outside WECHAT_TAGS and WECHAT_ATTRIBUTES, named the way a developer would
 * look for it: `<script>`, `class 属性`, `<a>`… Empty for the renderer's own output.
 */
export function forbiddenMarkup(html: string): string[] {
  const found = new Set<string>()
  for (const tag of html.matchAll(/<(\/?)([a-zA-Z][\w:-]*)([^>]*)>/g)) {
    const name = tag[2].toLowerCase()
    if (!WECHAT_TAGS.has(name)) found.add(`<${name}>`)
    if (tag[1]) continue
    const allowed = WECHAT_ATTRIBUTES[name] ?? WECHAT_ATTRIBUTES['*']
    for (const attribute of tag[3].matchAll(/([^\s"'=/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?/g)) {
      const attr = attribute[1].toLowerCase()
      if (!allowed.has(attr)) found.add(`${attr} 属性`)
    }
  }
  if (/<!|<\?/.test(html)) found.add('注释或声明')
  return [...found]
}

/** Every way `article` breaks WeChat's rules for a draft, each with what to do. Empty: it may go. */
export function checkWeChatArticle(article: WeChatArticleFields): WeChatProblem[] {
  const problems: WeChatProblem[] = []
  const titleLength = characters(article.title)
  if (!article.title.trim()) {
    problems.push({ code: 'title-empty', field: 'title', message: '标题为空，请填写标题。' })
  } else if (titleLength > WECHAT_TITLE_MAX) {
    problems.push({
      code: 'title-too-long',
      field: 'title',
      message:
        article.titleSource === 'shortTitle'
          ? `短标题超过 ${WECHAT_TITLE_MAX} 个字（现 ${titleLength} 字），请缩短“短标题（公众号）”`
          : `标题超过 ${WECHAT_TITLE_MAX} 个字（现 ${titleLength} 字），请填写“短标题（公众号）”`,
    })
  }
  const authorLength = characters(article.author)
  if (authorLength > WECHAT_AUTHOR_MAX) {
    problems.push({ code: 'author-too-long', field: 'author', message: `作者超过 ${WECHAT_AUTHOR_MAX} 个字（现 ${authorLength} 字），请减少署名。` })
  }
  const digestLength = characters(article.digest)
  if (digestLength > WECHAT_DIGEST_MAX) {
    problems.push({ code: 'digest-too-long', field: 'digest', message: `摘要超过 ${WECHAT_DIGEST_MAX} 个字（现 ${digestLength} 字），请缩短摘要。` })
  }
  const contentLength = characters(article.content)
  if (!article.content.trim()) {
    problems.push({ code: 'content-empty', field: 'content', message: '正文为空，请先填写正文再推送。' })
  }
  if (contentLength >= WECHAT_CONTENT_CHARS) {
    problems.push({
      code: 'content-too-long',
      field: 'content',
      message: `正文共 ${number(contentLength)} 字符（含排版代码），公众号要求少于 ${number(WECHAT_CONTENT_CHARS)} 字符，需删减至少 ${number(contentLength - WECHAT_CONTENT_CHARS + 1)} 字符；请精简正文，或把稿件拆成上、下篇分别推送。`,
    })
  }
  const contentBytes = bytes(article.content)
  if (contentBytes >= WECHAT_CONTENT_BYTES) {
    const excess = contentBytes - WECHAT_CONTENT_BYTES + 1
    problems.push({
      code: 'content-too-large',
      field: 'content',
      message: `正文大小 ${(contentBytes / 1_000_000).toFixed(2)} MB，公众号要求小于 1 MB，需减少至少 ${number(Math.ceil(excess / 1000))} KB；请精简正文，或把稿件拆成上、下篇分别推送。`,
    })
  }
  const forbidden = forbiddenMarkup(article.content)
  if (forbidden.length) {
    problems.push({
      code: 'forbidden-markup',
      field: 'content',
      message: `正文含有公众号不接受的标记（${forbidden.join('、')}），已停止。这是排版程序的错误，请把稿件名称告知技术人员。`,
    })
  }
  const sourceBytes = bytes(article.contentSourceURL)
  if (sourceBytes > WECHAT_SOURCE_URL_BYTES) {
    problems.push({
      code: 'source-url-too-long',
      field: 'contentSourceURL',
      message: `“阅读原文”地址超过 1 KB（现 ${number(sourceBytes)} 字节），请缩短稿件的网址别名（slug）。`,
    })
  }
  return problems
}

/** A piece that WeChat would refuse: the problems, each in Chinese with what to do. */
export class WeChatRuleError extends Error {
  readonly problems: WeChatProblem[]

  constructor(problems: WeChatProblem[]) {
    super(problems.map((p) => p.message).join('\n'))
    this.name = 'WeChatRuleError'
    this.problems = problems
  }
}
