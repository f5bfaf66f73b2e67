/**
 * Text cleaning: undo what PDF and e-paper extraction did to single lines. Joining lines into
 * paragraphs is layout work and lives in structure.ts.
 */
import { CLOSERS, SENTENCE_END, isCjkish, isCommonHan, isHan, simplifiedCopy, wordLength } from './text'

/** Collapse runs of white space; a run holding an ideographic space stays one. */
export function collapseSpaces(line: string): string {
  return line
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\s\u3000\u00a0]+/g, (run) => (run.includes('\u3000') ? '\u3000' : ' '))
    .trim()
}

/** A reading in pinyin after a character (`報(bào)`, `职工(zhígōng)`): tone marks say it is one. */
export const PINYIN_GLOSS = /(?<=[\u3400-\u9fff\uf900-\ufaff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]*[)）]/g
/** A reading in pinyin without tone marks (`焊(han)`): one syllable, lower case, after a Han character. */
export const TONELESS_GLOSS = /(?<=[\u3400-\u9fff\uf900-\ufaff])[(（](?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:[aeiouü]|v)[a-z]{0,4}[)）]/g
/** A tag of a web page's markup (`<bdo id="wo86o"></bdo>`). */
const MARKUP_TAG = /<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>\n]*)?\/?>/g
/** A like button's count glued to a line's end (`…关某 摄 赞0`). */
const LIKE_COUNT_AT_END = /(?<=[摄攝。！？”])[ \u3000]+(?:赞|讚)[ \u3000]*\d{1,6}[ \u3000]*$/gm

/**
 * Debris of a page copied from a mirror: readings in pinyin after every few characters
 * (`勞動(dòng)獎(jiǎng)`) and tags of the page's markup. Taken out only when the text has several of
 * them, so that a single reading an article gives (`“犇”(bēn)`) or an `<a>` it quotes stays; and a
 * like button's count after the last line.
 */
export function dropMirrorDebris(text: string): string {
  let s = text
  // (`比(bi)(bi)賽`: a reading printed twice goes in two passes.)
  if ((s.match(PINYIN_GLOSS) ?? []).length >= 3) for (let n = 0; n < 3 && s.search(PINYIN_GLOSS) >= 0; n++) s = s.replace(PINYIN_GLOSS, '')
  // `焊(han)接`: readings without their tones, a page full of them.
  if ((s.match(TONELESS_GLOSS) ?? []).length >= 5) for (let n = 0; n < 3 && s.search(TONELESS_GLOSS) >= 0; n++) s = s.replace(TONELESS_GLOSS, '')
  // A block's tags (`<h3>…</h3>`, `<br>`, `<p>`) stood between lines: they end one.
  if ((s.match(MARKUP_TAG) ?? []).length >= 3) s = s.replace(MARKUP_TAG, (tag) => (/^<\/?(?:p|div|h[1-6]|br|li|tr|section|article)\b/i.test(tag) ? '\n' : ''))
  // `…图为比武现场。 关某 摄 赞0`: a like button's count glued to the end of the last line.
  s = s.replace(LIKE_COUNT_AT_END, '')
  return s
}

const SPACE = '[ \\u3000]'
const BETWEEN_CJK = new RegExp(`(?<=[\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201f\\u2026\\u2014\\u00b7])${SPACE}+(?=[\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201f\\u2026\\u2014\\u00b7])`, 'g')

/**
 * Clean a line of running text: drop spaces that extraction put between Chinese characters
 * (`职 工群众` → `职工群众`) and one-sided spaces between Chinese and a number (`培训 3800多场次`).
 * Spaces between Latin words, and a number spaced on both sides (`共 3800 场`), stay.
 */
export function cleanProse(text: string): string {
  let s = text.replace(BETWEEN_CJK, '')
  // `培训 3800多场次`: a space on one side of a number only is debris; both sides is a style.
  s = s.replace(/([\u3400-\u9fff，。、；：“”（）])[ \u3000]+(\d[\d.,]*)(?![\d.,]|[ \u3000])/g, '$1$2')
  s = s.replace(/(?<![ \u3000\d.,])(\d[\d.,]*%?)[ \u3000]+(?=[\u3400-\u9fff，。、；：“”（）])/g, '$1')
  // `赛, 一项项`: ASCII punctuation in Chinese text takes no space after it.
  s = s.replace(/(?<=[\u3400-\u9fff”)）][,;:!?])[ \u3000]+(?=[\u3400-\u9fff“（])/g, '')
  // A dangling space before punctuation or after an opening quote.
  s = s.replace(/[ \u3000]+(?=[，。、；：！？”’）》,.;:!?])/g, '').replace(/(?<=[“‘（《])[ \u3000]+/g, '')
  return s
}

/** Minimum length of a clause in a two-clause heading (`学技能 当工匠`). */
const MIN_CLAUSE = 3

/**
 * Clean a headline, subtitle or heading. Two clauses separated by a space stay separated
 * (`凝心铸魂 让思想引领“有声有色”`), spaces that extraction scattered are dropped
 * (`五年砥砺践初心 工会 力量 显担当` → `五年砥砺践初心 工会力量显担当`).
 *
 * The pieces between spaces are grouped into clauses: a split is kept only when every clause has
 * at least three characters, and among the possible splits the most even one wins — Chinese
 * headings pair clauses of equal length.
 */
export function cleanTitle(raw: string): string {
  // `一 坚持党的领导 凝心铸魂`: a heading's number set off by a space keeps it.
  const numbered = /^([一二三四五六七八九十]{1,2})[ \u3000]+(?=[\u4e00-\u9fff]{4})/.exec(raw.trim())
  if (numbered) return `${numbered[1]} ${cleanTitle(raw.trim().slice(numbered[0].length))}`
  // `…举行“音乐会”(图)`, `…(组图)`: a portal's mark that the page has photos, no part of the title.
  // (`… (1/10)`: a slide's number out of the gallery's.)
  const text = raw.replace(/(?<=\S{4})\s*[（(](?:组图|組圖|图|圖|图文|圖文|多图|多圖|视频|視頻|\d{1,2}\/\d{1,2})[)）]$/, '')
  const separator = text.includes('\u3000') ? '\u3000' : ' '
  const pieces = text.split(/[ \u3000]+/).filter(Boolean)
  if (pieces.length <= 1) return pieces.join('')
  // Too many pieces to weigh every split: keep only the spaces between long pieces.
  if (pieces.length > 10) {
    let joined = pieces[0]!
    for (let i = 1; i < pieces.length; i++) {
      const keep = wordLength(pieces[i - 1]!) >= 4 && wordLength(pieces[i]!) >= 4
      joined += (keep ? separator : '') + pieces[i]
    }
    return joined
  }
  const lengths = pieces.map(wordLength)
  const n = pieces.length
  let best: { cuts: number[]; score: number } | null = null
  for (let mask = 1; mask < 1 << (n - 1); mask++) {
    const cuts: number[] = []
    for (let i = 0; i < n - 1; i++) if (mask & (1 << i)) cuts.push(i)
    const groups: number[] = []
    let start = 0
    for (const c of [...cuts, n - 1]) {
      groups.push(lengths.slice(start, c + 1).reduce((a, b) => a + b, 0))
      start = c + 1
    }
    if (groups.some((g) => g < MIN_CLAUSE)) continue
    const score = Math.min(...groups) / Math.max(...groups) - groups.length * 0.01
    if (!best || score > best.score) best = { cuts, score }
  }
  let out = pieces[0]!
  for (let i = 1; i < n; i++) {
    const prev = pieces[i - 1]!
    const cur = pieces[i]!
    const latin = /[A-Za-z0-9]$/.test(prev) && /^[A-Za-z0-9]/.test(cur) && !(isHan(prev.at(-1)) || isHan(cur[0]))
    const keep = latin || (best?.cuts.includes(i - 1) ?? false)
    out += keep ? separator : ''
    out += cur
  }
  return out
}

/** True when the text ends a sentence (closing quotes and brackets aside). */
export function endsSentence(text: string): boolean {
  let i = text.length - 1
  while (i >= 0 && CLOSERS.includes(text[i]!)) i--
  if (i < 0) return false
  const ch = text[i]!
  if (SENTENCE_END.includes(ch)) return true
  // `……` or `...`
  return ch === '.' && text.endsWith('...')
}

/** Characters that decorate layout and never belong to text: column rules, boxes, ornaments. */
const ORNAMENT = /^[|｜│┃║丨‖\u2500-\u257f\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff*＊#＃=＝_＿~～·•・.\-—–\s]+$/

/** A line made only of rules and ornaments (`————`, `* * *`, `│`). */
export function isOrnament(text: string): boolean {
  if (text.length > 200) return false
  return ORNAMENT.test(text)
}

/**
 * A scrap left by decorative titles, pull quotes and running heads: a column rule glued to it
 * (`|续贡献`), a lone rare glyph from a display font (`炇`), or text made only of such glyphs.
 * Lone ordinary characters (`会`) are judged in context by the caller.
 */
export function isDebrisScrap(text: string): boolean {
  if (text.length > 40) return false
  if (/^[|｜│┃║‖]|[|｜│┃║‖]$/.test(text)) return true
  const raw = [...text].filter(isHan)
  if (raw.length === 0) return false
  if (raw.length <= 2 && raw.every((c) => !isCommonHan(c))) return true
  // (`比賽現場`: characters in their traditional form are as common as their simplified ones.)
  const han = [...simplifiedCopy(text)].filter(isHan)
  const rare = han.filter((c) => !isCommonHan(c)).length
  // A sentence (a caption in traditional characters, all of them 'rare') is no decorative scrap.
  if (/[。！？，,]/.test(text)) return false
  return han.length >= 3 && rare / han.length > 0.6
}

/** Remove a leading caption mark. */
export const CAPTION_MARK = /^[▲△▶►▷▼▽◀◁↑↓→←↗↘↖↙][\s\u3000]*/

/** True when `a` + `b` should be joined with a space (Latin words on both sides). */
export function needsSpace(a: string, b: string): boolean {
  return /[A-Za-z0-9,.;:!?)]$/.test(a) && /^[A-Za-z(]/.test(b) && !isCjkish(a.at(-1)) && !isCjkish(b[0])
}
