/**
 * Layout analysis: lines of extracted newspaper text → headline, subtitle, bylines, masthead,
 * section headings, paragraphs and photo captions, in reading order.
 *
 * Extraction scrambles a page (see /work/shared/newspaper-format.md): sentences are cut where a
 * column ended, the lead can come before the headline, the masthead and a date line can land in
 * the middle, decorative titles leave scraps. The analysis therefore works in passes:
 *
 * 1. each line is classified on its own (caption mark, byline, credits, masthead, date, scrap,
 *    title-like or running text);
 * 2. the masthead zone grows over the banner lines between masthead items;
 * 3. the headline is found by its anchors — a `# ` mark, the subtitle under it, the byline under
 *    it — wherever it stands, or else as the first title line above any running text;
 * 4. the remaining lines are read in order: cut sentences are joined across line breaks and
 *    scraps, runs of short lines become a (possibly split) heading when running text follows, and
 *    photo captions otherwise.
 *
 * Every pass looks at a bounded neighbourhood, so the work grows linearly with the text.
 */
import { bylineInParagraph, parseBylineLine, type BylineLine } from './bylines'
import { CAPTION_MARK, cleanProse, cleanTitle, collapseSpaces, endsSentence, isDebrisScrap, isOrnament, needsSpace } from './clean'
import { findDate, parseMasthead, parsePictureCredit, type DateParts } from './masthead'
import { wordLength } from './text'
import type { BodyBlock, Byline, Credit } from './types'

type Kind =
  | 'prose'
  | 'title'
  | 'fragment'
  | 'stray'
  | 'caption'
  | 'heading'
  | 'headline'
  | 'subtitle'
  | 'kicker'
  | 'byline'
  | 'names'
  | 'credits'
  | 'masthead'
  | 'banner'
  | 'pictureCredit'
  | 'dateline'
  | 'ornament'

type Line = {
  /** Index among the non-blank lines. */
  i: number
  text: string
  blankBefore: number
  blankAfter: number
  indent: number
  marker: 'h1' | 'h2' | 'caption' | null
  kind: Kind
  byline?: BylineLine
  masthead?: ReturnType<typeof parseMasthead>
  date?: DateParts
  /** A weak banner word (新闻, 两会…): masthead debris only next to the masthead. */
  weakBanner?: boolean
}

export type Layout = {
  headline: string | null
  subtitle: string | null
  kicker: string | null
  bylines: Byline[]
  /** Publication named in a byline (`青石日报全媒体记者`), `本报` included. */
  bylinePublication: string | null
  publication: string | null
  page: string | null
  date: DateParts | null
  /** A date line printed with the article (`二〇二五年十二月`). */
  dateline: DateParts | null
  credits: Credit[]
  pictureCredit: string | null
  /** Organisation names standing alone above the piece (`桐江市总工会`). */
  organizations: string[]
  blocks: BodyBlock[]
  warnings: string[]
}

/** Caption openers: `图为…`, `上图：…`, `图片说明：…`. */
const CAPTION_LEAD = /^(?:图为|图片说明\s*[:：]|[上下左右中]图\s*[:：]|图\s*[:：](?!\s*[\u4e00-\u9fff]{2,4}$))/
/** `（下转第3版）`, `（上接第1版）`: page jumps. */
const PAGE_JUMP = /^[（(]?\s*(?:下转|上接|转|接)第?\s*[A-Z]?\d{1,2}\s*版\s*[)）]?$/

/** Organisation names standing alone: a page sponsor's banner. */
const ORG_ONLY = /^[\u4e00-\u9fff]{2,16}(?:总工会|工会|工会委员会|工会联合会|工会工作委员会)$/
/** A dash that opens a subtitle: `——`, `—`, `--`, `一一`. */
const SUBTITLE_DASH = /^(?:[—―─━–]{1,3}|-{2,3}|－{1,2}|一一(?!一))\s*(?=\S)/
/** `一、` `（一）` `1.` `第一部分` before a heading. */
const NUMBERED_HEADING = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]{1,3}[部章篇节])/
/** Words captions are made of and headings rarely are. */
const CAPTION_WORDS = /(?:现场|仪式|合影|图为|正在|留影|掠影|一角|风采|剪影|走进|在.{1,8}(?:开展|进行|参加|举行)|颁奖|启动仪式|开赛|慰问|揭牌|签约|展示|体验|讲解|交流|比拼|作业|工作中|检修|巡检)/
/** Words that subtitles carry: `——青石市总工会2025年工作回眸`. */
const SUBTITLE_WORDS = /(?:回眸|综述|纪实|侧记|巡礼|扫描|速写|掠影|走笔|手记|探访|调查|观察|记事|回顾|盘点|亮点|成绩单|(?:19|20)\d{2}年.{0,8}工作|^记[\u4e00-\u9fff])/

/** Starts like the rest of a sentence, never like a new one. */
function continuesSentence(text: string): boolean {
  return /^[，。、；：,.;:!?！？”’）)》」』%‰]/.test(text) || /^(?:的|了|着|地|得|和|与|及|或|等|万|亿|余|多|人次|场次|元|名|个|家|件)/.test(text)
}

/** Ends where a sentence cannot stop: `的`, `和`, an opening quote, a number, a comma. */
function endsMidSentence(text: string): boolean {
  return /[的和与及或、，,：:“‘《（(\d]$/.test(text) || /(?:以及|并且|通过|开展|围绕|聚焦|对于|按照)$/.test(text)
}

/** Title-like: short, no sentence punctuation inside or at the end. */
function isTitleLike(text: string): boolean {
  if (text.length > 120) return false
  const n = wordLength(text)
  if (n === 0 || n > 40) return false
  if (endsSentence(text) || /[，,、]$/.test(text)) return false
  if (/[。；;]/.test(text)) return false
  const commas = (text.match(/[，,]/g) ?? []).length
  if (commas > 1 || (commas === 1 && (n > 14 || /\d/.test(text)))) return false
  return /[\u3400-\u9fffA-Za-z]/.test(text)
}

/** A heading's shape: two clauses (`凝心铸魂 让思想引领`) or a list number (`一、`). */
function headingShaped(text: string): boolean {
  return /[ \u3000]/.test(cleanTitle(text)) || NUMBERED_HEADING.test(text)
}

function readLines(text: string): Line[] {
  const rawLines = text.replace(/\r\n?/g, '\n').replace(/\f/g, '\n').split('\n')
  const lines: Line[] = []
  let blank = 0
  for (const raw of rawLines) {
    const collapsed = collapseSpaces(raw)
    if (collapsed === '') {
      blank++
      continue
    }
    const indent = /^[\s\u3000]*/.exec(raw)![0].replace(/\t/g, '    ').replace(/\u3000/g, '  ').length
    let body = collapsed
    let marker: Line['marker'] = null
    const hashes = /^(#{1,6})\s+/.exec(body)
    if (hashes) {
      marker = hashes[1]!.length === 1 ? 'h1' : 'h2'
      body = body.slice(hashes[0].length)
    } else if (CAPTION_MARK.test(body)) {
      marker = 'caption'
      body = body.replace(CAPTION_MARK, '')
    } else if (/^[■□●◆◇★☆▌▍▎▋]+\s*/.test(body) && !parseBylineLine(body)) {
      // A bullet before a heading or paragraph is layout; before a byline it stays for the byline parser.
      body = body.replace(/^[■□●◆◇★☆▌▍▎▋]+\s*/, '')
    } else if (CAPTION_LEAD.test(body) && !/[。！？]./.test(body)) {
      // `图为…`, `上图：…`: a caption by its own words.
      marker = 'caption'
      body = body.replace(/^(?:图片说明|[上下左右中]图|图)\s*[:：]\s*/, '')
    }
    if (lines.length > 0) lines[lines.length - 1]!.blankAfter = blank
    lines.push({ i: lines.length, text: body, blankBefore: lines.length === 0 ? 99 : blank, blankAfter: 99, indent, marker, kind: 'prose' })
    blank = 0
  }
  return lines
}

function classify(line: Line): void {
  const t = line.text
  if (line.marker === 'caption') return void (line.kind = 'caption')
  if (line.marker === 'h2') return void (line.kind = 'heading')
  if (line.marker === 'h1') return void (line.kind = 'title')
  // Long lines are running text; the checks below are for short ones.
  if (t.length > 160) return void (line.kind = 'prose')
  if (isOrnament(t) || PAGE_JUMP.test(t)) return void (line.kind = 'ornament')
  if (SUBTITLE_DASH.test(t) && !SUBTITLE_DASH.test(t.replace(SUBTITLE_DASH, '')) && !endsSentence(t) && wordLength(t) <= 50) {
    return void (line.kind = 'subtitle')
  }
  const byline = parseBylineLine(t)
  if (byline) {
    line.byline = byline
    line.kind = byline.hasRole || byline.pictureCredit ? 'byline' : 'names'
    return
  }
  const masthead = parseMasthead(t)
  if (masthead) {
    line.masthead = masthead
    line.kind = masthead.credits ? 'credits' : 'masthead'
    line.weakBanner = Boolean(masthead.debris && !masthead.publication && !masthead.page && !masthead.date && /(?:新闻|要闻|视点|周刊|副刊|综合|时评|两会)$/.test(t) && !/(?:特别报道|特刊|专刊|专版|特别策划|系列报道|特稿)$/.test(t))
    return
  }
  if (parsePictureCredit(t)) return void (line.kind = 'pictureCredit')
  const date = findDate(t)
  if (date && wordLength(t.slice(0, date.index) + t.slice(date.index + date.length)) === 0) {
    line.date = date
    line.kind = 'dateline'
    return
  }
  if (ORG_ONLY.test(t)) return void (line.kind = 'banner')
  if (isDebrisScrap(t)) return void (line.kind = 'stray')
  if (isTitleLike(t)) return void (line.kind = wordLength(t) <= 3 ? 'fragment' : 'title')
  line.kind = 'prose'
}

const ZONE: Kind[] = ['masthead', 'credits', 'banner']

/** Grow the masthead zone over banner lines sandwiched between masthead lines. */
function growMasthead(lines: Line[]): void {
  for (const line of lines) {
    if (line.kind === 'masthead' && line.weakBanner) {
      const near = [lines[line.i - 1], lines[line.i + 1]].some((l) => l && ZONE.includes(l.kind) && !l.weakBanner)
      if (!near) line.kind = isTitleLike(line.text) ? 'title' : 'prose'
    }
  }
  for (let pass = 0; pass < 3; pass++) {
    let changed = false
    for (const line of lines) {
      if (line.kind !== 'title' && line.kind !== 'fragment') continue
      if (line.marker) continue
      const prev = lines[line.i - 1]
      const next = lines[line.i + 1]
      if (prev && next && ZONE.includes(prev.kind) && ZONE.includes(next.kind)) {
        line.kind = 'banner'
        changed = true
      }
    }
    if (!changed) break
  }
}

type Heads = { headline: Line[]; subtitle: Line | null; kicker: Line | null; subtitleText: string | null }

function titleCandidate(l: Line | undefined): l is Line {
  return Boolean(l && (l.kind === 'title' || (l.kind === 'names' && l.byline?.bylines.length === 1)))
}

/** Two lines of a headline printed in two rows: parallel clauses of similar length. */
function parallelLines(a: Line, b: Line): boolean {
  const la = wordLength(a.text)
  const lb = wordLength(b.text)
  return b.blankBefore <= 1 && la >= 4 && lb >= 4 && la <= 12 && lb <= 12 && Math.abs(la - lb) <= 2 && !headingShaped(a.text) && !headingShaped(b.text)
}

function findHeadline(lines: Line[]): Heads | null {
  const result = (headline: Line[], subtitle: Line | null, subtitleText: string | null): Heads => {
    const first = headline[0]!
    const before = lines[first.i - 1]
    const kicker = titleCandidate(before) && before.blankAfter <= 1 && !before.marker ? before : null
    return { headline, subtitle, kicker, subtitleText }
  }

  // 1. A line marked `# ` (consecutive marked lines are one headline).
  const marked = lines.find((l) => l.marker === 'h1')
  if (marked) {
    const headline = [marked]
    for (let k = marked.i + 1; lines[k]?.marker === 'h1'; k++) headline.push(lines[k]!)
    const after = lines[headline.at(-1)!.i + 1]
    if (after?.kind === 'subtitle') return result(headline, after, after.text.replace(SUBTITLE_DASH, ''))
    // A second short line without dash, above the byline or worded like a subtitle.
    const below = lines[(after?.i ?? -2) + 1]
    if (after?.kind === 'title' && !after.marker && (below?.kind === 'byline' || below?.kind === 'names' || SUBTITLE_WORDS.test(after.text))) {
      return result(headline, after, after.text)
    }
    return result(headline, null, null)
  }

  // 2. The line above a dash subtitle.
  for (const sub of lines) {
    if (sub.kind !== 'subtitle') continue
    const above = lines[sub.i - 1]
    if (!titleCandidate(above) || above.marker) continue
    const above2 = lines[above.i - 1]
    const headline = titleCandidate(above2) && !above2.marker && parallelLines(above2, above) ? [above2, above] : [above]
    return result(headline, sub, sub.text.replace(SUBTITLE_DASH, ''))
  }

  // 3. The line(s) above a byline; above bare names only a headline and a subtitle.
  for (const by of lines) {
    const named = by.kind === 'names'
    if (by.kind !== 'byline' && !named) continue
    if (!named && (!by.byline?.hasRole || by.byline.bylines.every((b) => b.role === '文' || b.role === '图' || b.role === '摄影'))) continue
    const above = lines[by.i - 1]
    if (!titleCandidate(above) || above.marker) continue
    const above2 = lines[above.i - 1]
    if (titleCandidate(above2) && !above2.marker && above.blankBefore <= 2) {
      if (parallelLines(above2, above)) return result([above2, above], null, null)
      return result([above2], above, above.text)
    }
    if (named) continue
    return result([above], null, null)
  }

  // 4. The first title line above any running text, followed by running text.
  for (const line of lines) {
    if (line.kind === 'prose' || line.kind === 'heading') break
    if (line.kind !== 'title' || line.marker || wordLength(line.text) < 4) continue
    let k = line.i + 1
    const skip = ['caption', 'byline', 'names', 'masthead', 'credits', 'banner', 'stray', 'ornament', 'dateline']
    while (lines[k] && skip.includes(lines[k]!.kind)) k++
    const next = lines[k]
    if (!next) break
    if (next.kind === 'prose') return result([line], null, null)
    if (next.kind === 'subtitle') return result([line], next, next.text.replace(SUBTITLE_DASH, ''))
    let k2 = k + 1
    while (lines[k2] && skip.includes(lines[k2]!.kind)) k2++
    if (next.kind === 'title' && SUBTITLE_WORDS.test(next.text) && lines[k2]?.kind === 'prose') return result([line], next, next.text)
  }
  return null
}

/** Median of a list of numbers (0 for none). */
function median(values: number[]): number {
  if (values.length === 0) return 0
  const s = [...values].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}

export function analyzeLayout(text: string): Layout {
  const lines = readLines(text)
  for (const line of lines) classify(line)
  growMasthead(lines)
  const warnings: string[] = []

  const heads = findHeadline(lines)
  if (heads) {
    for (const l of heads.headline) l.kind = 'headline'
    if (heads.subtitle) heads.subtitle.kind = 'subtitle'
    if (heads.kicker) heads.kicker.kind = 'kicker'
  }
  // Dash lines that are not under the headline are quotations' attributions: running text.
  for (const l of lines) if (l.kind === 'subtitle' && l !== heads?.subtitle) l.kind = 'prose'

  // Bare names are a byline only next to the headline block or another byline.
  const anchor: Kind[] = ['headline', 'subtitle', 'byline']
  for (const l of lines) {
    if (l.kind !== 'names') continue
    const near = [lines[l.i - 1], lines[l.i + 1]].some((n) => n && anchor.includes(n.kind))
    if (near) l.kind = 'byline'
    else l.kind = wordLength(l.text) <= 3 ? 'fragment' : 'title'
  }

  // Collect metadata.
  const bylines: Byline[] = []
  let bylinePublication: string | null = null
  let pictureCredit: string | null = null
  let publication: string | null = null
  let page: string | null = null
  let date: DateParts | null = null
  let dateline: DateParts | null = null
  const credits: Credit[] = []
  const organizations: string[] = []
  const addByline = (b: Byline) => {
    if (!bylines.some((x) => x.name === b.name && x.role === b.role)) bylines.push(b)
  }
  for (const l of lines) {
    if (l.kind === 'byline' && l.byline) {
      l.byline.bylines.forEach(addByline)
      bylinePublication ??= l.byline.publication
      pictureCredit ??= l.byline.pictureCredit
    } else if (l.kind === 'pictureCredit') pictureCredit ??= parsePictureCredit(l.text)
    else if (l.kind === 'credits' && l.masthead?.credits) credits.push(...l.masthead.credits)
    else if (l.kind === 'masthead' && l.masthead) {
      publication ??= l.masthead.publication ?? null
      page ??= l.masthead.page ?? null
      if (l.masthead.date) date ??= l.masthead.date
    } else if (l.kind === 'dateline' && l.date) {
      if (l.date.day !== null) date ??= l.date
      else dateline ??= l.date
    } else if (l.kind === 'banner' && ORG_ONLY.test(l.text)) organizations.push(l.text)
  }
  // A full date standing alone is the issue date, unless the masthead printed one.
  if (date === null) for (const l of lines) if (l.kind === 'dateline' && l.date?.day) date = l.date

  const blocks = assembleBody(lines, warnings, bylines, (b) => (bylinePublication ??= b))
  return {
    headline: heads ? cleanTitle(heads.headline.map((l) => l.text).join(' ')) : null,
    subtitle: heads?.subtitleText ? cleanTitle(heads.subtitleText) : null,
    kicker: heads?.kicker ? cleanTitle(heads.kicker.text) : null,
    bylines,
    bylinePublication,
    publication,
    page,
    date,
    dateline,
    credits,
    pictureCredit,
    organizations,
    blocks,
    warnings,
  }
}

const FLOW: Kind[] = ['prose', 'title', 'fragment', 'stray', 'caption', 'heading']

function assembleBody(
  lines: Line[],
  warnings: string[],
  bylines: Byline[],
  setPublication: (p: string) => void,
): BodyBlock[] {
  const flow = lines.filter((l) => FLOW.includes(l.kind))
  markTailCaptions(lines)

  // How the file separates paragraphs: blank lines (gap) and/or indentation.
  const gaps: number[] = []
  for (let k = 1; k < flow.length; k++) if (flow[k]!.kind === 'prose' && flow[k - 1]!.kind === 'prose') gaps.push(flow[k]!.blankBefore)
  const gap = median(gaps)
  const pictureGap = Math.max(2, gap + 1)
  const prose = flow.filter((l) => l.kind === 'prose')
  const usesIndent = prose.length >= 3 && prose.filter((l) => l.indent >= 2).length >= prose.length * 0.6

  // Text copied line by line from narrow columns: lines cut at the column width, one after the
  // other. A title-like line that fills the column is a cut line, not a heading.
  const cutLengths: number[] = []
  for (let k = 0; k + 1 < flow.length; k++) {
    const f = flow[k]!
    if (!endsSentence(f.text) && flow[k + 1]!.blankBefore === 0 && FLOW.includes(flow[k + 1]!.kind)) cutLengths.push(wordLength(f.text))
  }
  const column = median(cutLengths)
  // Most lines are cut, at about the same length.
  const columnar =
    cutLengths.length >= 3 &&
    cutLengths.length >= flow.length * 0.5 &&
    cutLengths.filter((n) => Math.abs(n - column) <= 2).length >= cutLengths.length * 0.6
  const fillsColumn = (l: Line, next: Line | undefined) =>
    columnar && next !== undefined && next.blankBefore === 0 && wordLength(l.text) >= column - 1 && !headingShaped(l.text)

  // Headings confirmed by form, to judge unmarked short lines by the same style.
  const shapedHeadings = flow.filter((l) => l.kind === 'heading' || (l.kind === 'title' && headingShaped(l.text))).length

  const blocks: BodyBlock[] = []
  const dropped: string[] = []
  let section: string | null = null
  const emitCaption = (l: Line) => {
    const { text, credit } = splitCaptionCredit(l.text)
    if (text) blocks.push({ type: 'caption', text: cleanProse(text), credit, section })
  }
  const emitHeading = (text: string) => {
    section = text
    blocks.push({ type: 'heading', text })
  }

  const kindAt = (k: number) => flow[k]?.kind

  /** Extend an unfinished paragraph over the lines that complete it; returns the next index. */
  const extend = (parts: string[], start: number, deferred: Line[]): number => {
    let k = start
    while (!endsSentence(parts.at(-1)!)) {
      let j = k
      const skipped: Line[] = []
      // Skip scraps, captions and lone fragments that layout dropped into the sentence.
      while (j < flow.length && j - k < 6) {
        const f = flow[j]!
        if (f.kind === 'stray' || f.kind === 'caption') skipped.push(f)
        else if (f.kind === 'fragment' && kindAt(j + 1) === 'prose') skipped.push(f)
        else break
        j++
      }
      const x = flow[j]
      if (!x) break
      const last = parts.at(-1)!
      let join = false
      if (x.kind === 'prose') {
        join = !(usesIndent && x.indent >= 2 && !continuesSentence(x.text))
      } else if (x.kind === 'title' || x.kind === 'fragment') {
        const y = flow[j + 1]
        const captionByGap = x.blankBefore >= pictureGap && (!y || y.kind !== 'prose' || y.blankBefore >= pictureGap)
        join = !headingShaped(x.text) && !captionByGap && (continuesSentence(x.text) || endsMidSentence(last) || y?.kind === 'prose' || !y)
        if (usesIndent && x.indent >= 2 && !continuesSentence(x.text)) join = false
      }
      if (!join) break
      for (const s of skipped) (s.kind === 'caption' ? deferred.push(s) : dropped.push(s.text))
      parts.push(x.text)
      k = j + 1
    }
    return k
  }

  const emitParagraph = (parts: string[]) => {
    let text = ''
    for (const p of parts) text += (text && needsSpace(text, p) ? ' ' : '') + p
    text = cleanProse(text)
    // `本报讯 11月20日，…`: the print dateline has no place on the web.
    text = text.replace(/^(?:本报讯|本刊讯|本台讯|本网讯)(?=\s*[（(]|\s+|\d)\s*(?![（(])/, '')
    const inline = bylineInParagraph(text)
    if (inline) {
      inline.line.bylines.forEach((b) => {
        if (!bylines.some((x) => x.name === b.name && x.role === b.role)) bylines.push(b)
      })
      if (inline.line.publication) setPublication(inline.line.publication)
      text = inline.rest
    }
    if (text) blocks.push({ type: 'paragraph', text, section })
  }

  let k = 0
  while (k < flow.length) {
    const line = flow[k]!
    if (line.kind === 'caption') {
      emitCaption(line)
      k++
      continue
    }
    if (line.kind === 'heading') {
      emitHeading(cleanTitle(line.text))
      k++
      continue
    }
    if (line.kind === 'stray') {
      dropped.push(line.text)
      k++
      continue
    }
    const next = flow[k + 1]
    const startsParagraph =
      line.kind === 'prose' ||
      fillsColumn(line, next) ||
      (next?.kind === 'prose' &&
        !headingShaped(line.text) &&
        ((next.blankBefore === 0 && gap >= 1) || continuesSentence(next.text) || endsMidSentence(line.text) || (/[，,]/.test(line.text) && wordLength(line.text) >= 8)))
    if (startsParagraph) {
      const parts = [line.text]
      const deferred: Line[] = []
      k = extend(parts, k + 1, deferred)
      emitParagraph(parts)
      deferred.forEach(emitCaption)
      continue
    }
    // A run of short lines: a heading (maybe split over lines) when running text follows,
    // captions and scraps otherwise.
    const run: Line[] = []
    let j = k
    let glued = false
    while (j < flow.length && ['title', 'fragment', 'stray'].includes(flow[j]!.kind)) {
      const f = flow[j]!
      // A title glued to the running text below it starts a paragraph: stop the run there.
      const glue = (flow[j + 1]?.kind === 'prose' && flow[j + 1]!.blankBefore === 0 && gap >= 1) || fillsColumn(f, flow[j + 1])
      if (run.length > 0 && f.kind !== 'stray' && glue) {
        glued = true
        break
      }
      run.push(f)
      j++
    }
    let after = j
    while (flow[after] && (flow[after]!.kind === 'caption' || flow[after]!.kind === 'stray')) after++
    const followedByText = glued || flow[after]?.kind === 'prose'
    for (const block of readRun(run, followedByText, pictureGap, shapedHeadings, dropped)) {
      if (block.type === 'heading') emitHeading(block.text)
      else if (block.type === 'caption') blocks.push({ type: 'caption', text: block.text, credit: null, section })
    }
    k = j
  }
  // Say what was dropped, so an editor can check nothing real went with the scraps.
  if (dropped.length > 0) {
    const shown = dropped.slice(0, 12).map((d) => `「${d}」`).join(' ')
    warnings.push(`dropped ${dropped.length} stray fragment(s): ${shown}${dropped.length > 12 ? ' …' : ''}`)
  }
  return blocks
}

type RunBlock = { type: 'heading' | 'caption'; text: string }

/**
 * Short lines between paragraphs. Scraps are dropped; neighbouring fragments separated by no more
 * than the usual gap are one heading split over lines (`凝聚` / `思想` / `力`); the last candidate
 * is the heading when running text follows; the others, and all of them at the end of the text,
 * are photo captions.
 */
function readRun(run: Line[], followedByText: boolean, pictureGap: number, shapedHeadings: number, dropped: string[]): RunBlock[] {
  for (const l of run) if (l.kind === 'stray') dropped.push(l.text)
  const items = run.filter((l) => l.kind !== 'stray')
  const groups: Line[][] = []
  for (const item of items) {
    const current = groups.at(-1)
    const prev = current?.at(-1)
    const short = (l: Line) => wordLength(l.text) <= 8 && !/[ \u3000]/.test(l.text)
    const merged = current ? current.reduce((n, l) => n + wordLength(l.text), 0) + wordLength(item.text) : 0
    const mergeable =
      current &&
      prev &&
      item.blankBefore < pictureGap &&
      short(prev) &&
      short(item) &&
      merged <= 20 &&
      (followedByText || wordLength(prev.text) <= 3 || wordLength(item.text) <= 3)
    if (mergeable) current.push(item)
    else groups.push([item])
  }
  const out: RunBlock[] = []
  groups.forEach((group, n) => {
    const text = cleanTitle(group.map((l) => l.text).join(' '))
    const length = wordLength(text)
    if (length < 4) {
      dropped.push(group.map((l) => l.text).join(''))
      return
    }
    const last = n === groups.length - 1
    if (last && followedByText) {
      const first = group[0]!
      const captionish =
        first.blankBefore >= pictureGap &&
        !headingShaped(text) &&
        (CAPTION_WORDS.test(text) || shapedHeadings >= 2 || length > 16)
      out.push({ type: captionish ? 'caption' : 'heading', text })
    } else {
      out.push({ type: 'caption', text: cleanProse(group.map((l) => l.text).join('')) })
    }
  })
  return out
}

/**
 * Captions collected at the end of a page, after a closing byline (`文/王五`) or picture credit:
 * short lines there are captions even when they end with a full stop.
 */
function markTailCaptions(lines: Line[]): void {
  const bodyLike = (l: Line) =>
    l.kind === 'prose' && (wordLength(l.text) > 40 || /[。！？!?]./.test(l.text) || (l.text.match(/[，,]/g) ?? []).length >= 2)
  let lastBody = -1
  for (const l of lines) if (bodyLike(l)) lastBody = l.i
  const headBlock = (l: Line) => [lines[l.i - 1], lines[l.i - 2]].some((n) => n && (n.kind === 'headline' || n.kind === 'subtitle'))
  const closing = lines.find((l) => l.i > lastBody && (l.kind === 'pictureCredit' || (l.kind === 'byline' && !headBlock(l))))
  if (!closing) return
  for (const l of lines.slice(closing.i + 1)) {
    if ((l.kind === 'prose' || l.kind === 'title') && wordLength(l.text) <= 60) l.kind = 'caption'
  }
}

/** `劳模宣讲进车间 张三 摄` → caption and credit. */
function splitCaptionCredit(text: string): { text: string; credit: string | null } {
  const m =
    /^(.*?)(?:[\s\u3000]+|[（(])(?:(?:本报|特约)?(?:记者|通讯员)\s*)?([\u4e00-\u9fff·]{2,8}(?:[、\s][\u4e00-\u9fff·]{2,4})*)\s*摄(?:影)?[)）]?[。.]?$/.exec(text) ??
    /^(.*?)[\s\u3000]*[（(]?(?:图|摄影|供图)\s*[/／:：]\s*([^()（）]{2,20}?)[)）]?$/.exec(text)
  if (m && m[1] && wordLength(m[1]) >= 2) return { text: m[1].trim(), credit: m[2]!.trim() }
  return { text, credit: null }
}
