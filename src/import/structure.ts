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
import { bylineAtEnd, bylineInParagraph, namesInRun, parseBylineLine, type BylineLine } from './bylines'
import { CAPTION_MARK, cleanProse, cleanTitle, collapseSpaces, dropMirrorDebris, endsSentence, isDebrisScrap, isOrnament, needsSpace } from './clean'
import { CAPTION_WORDS, DAY_OPENER, dateLed, isCreditLine, newsPhotoSplit, PHOTO_PLACE, PHOTO_SERIES, splitPhotoCredit, STORY_GOES_ON, WEB_FURNITURE } from './parse/captions'
import { weighUnmarkedCaptions } from './parse/captionModel'
import { dispatchLength } from './parse/datelines'
import { readFurniture, SOURCE_BEFORE_TEXT, type Furniture } from './parse/furniture'
import { findDate, parseMasthead, parsePictureCredit, PUBLICATION_SUFFIX, type DateParts } from './masthead'
import { listedOfficial, listedPerson, listedWithEmployer, listEntry } from './people'
import { dictionaryWord, isHan, looksLikeName, normForMatch, simplifiedCopy, wordLength } from './text'
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
  | 'furniture'

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
  /** What a reader's or repost's furniture line says (source, date, authors). */
  furniture?: Furniture
  /** `姓名：` standing over a profile's heading. */
  nameLabel?: boolean
  /** One entry of a list of people: a paragraph of its own. */
  listItem?: boolean
  /** Led by `■`, `◆`, `●`…: a heading's mark when the line is short. */
  bullet?: boolean
  /** The line began with a web page's list mark (`•`): a menu's item when short and among others. */
  webItem?: boolean
}

export type Layout = {
  headline: string | null
  subtitle: string | null
  kicker: string | null
  bylines: Byline[]
  /** People a photo credit under the text names (`某某 摄`): the authors of a piece without a byline. */
  photographers: Byline[]
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

/** The blank count given to the file's first line before it and its last line after it. */
const EDGE = 99

/** Caption openers: `图为…`, `上图：…`, `图片说明：…`. */
const CAPTION_LEAD = /^(?:图为|图片说明\s*[:：]|图说\s*[:：]|描述\s*[:：]|[上下左右中]图\s*[:：]|图\s*[:：](?!\s*[\u4e00-\u9fff]{2,4}$))/
/** `拼版照片，上图：…下图：…`: a caption over several photos, however many sentences it has. */
const MONTAGE_LEAD = /^(?:拼版照片|组合照片|拼版图片|组图)[，,：:]/
/** `（下转第3版）`, `（上接第1版）`: page jumps. */
const PAGE_JUMP = /^[（(]?\s*(?:下转|上接|转|接)第?\s*[A-Z]?\d{1,2}\s*版\s*[)）]?$/

/** Organisation names standing alone: a page sponsor's banner. */
const ORG_ONLY = /^[\u4e00-\u9fff]{2,16}(?:总工会|工会|工会委员会|工会联合会|工会工作委员会)$/
/** A dash that opens a subtitle: `——`, `—`, `--`, `一一`. */
const SUBTITLE_DASH = /^(?:[—―─━–]{1,3}|-{2,3}|－{1,2}|一一(?!一))\s*(?=\S)/
/** `一、` `（一）` `1.` `第一部分` before a heading. */
const NUMBERED_HEADING = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[一二三四五六七八九十]{1,2}[ \u3000]+(?=[\u4e00-\u9fff]{4})|\d{1,2}[.．]\d{1,2}[\s\u3000]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]{1,3}[部章篇节])/
/** Words that subtitles carry: `——青石市总工会2025年工作回眸`. */
const SUBTITLE_WORDS = /(?:回眸|综述|纪实|侧记|巡礼|扫描|速写|掠影|走笔|手记|探访|调查|观察|记事|回顾|盘点|亮点|成绩单|(?:19|20)\d{2}年.{0,8}工作|^记[\u4e00-\u9fff])/

/** The text outside titles and quotations: a comma inside `《…，…》` does not make a sentence. */
function unquoted(text: string): string {
  return text.replace(/《[^》]*》|“[^”]*”|「[^」]*」/g, '')
}

/** Starts like the rest of a sentence, never like a new one. */
function continuesSentence(text: string): boolean {
  // Not the words a sentence opens with (`与此同时`, `多年来`, `等到`).
  return /^[，。、；：,.;:!?！？”’）)》」』%‰]/.test(text) || /^(?:的|了|着|地|得|和(?!谐)|与(?!此同时|会)|及(?!时)|或|等(?!到)|万|亿|余|多(?!年|名|家|位|个|次|方|措)|人次|场次|元|名(?!单)|个|家|件)/.test(text)
}

/** Ends where a sentence cannot stop: `的`, `和`, an opening quote, a number, a comma. */
function endsMidSentence(text: string): boolean {
  return /[的和与及或、，,：:“‘《（(\d]$/.test(text) || /(?:以及|并且|通过|开展|围绕|聚焦|对于|按照)$/.test(text)
}

/**
 * `^5 F-7R8Q`, `q0\`Vw%`: anti-copy noise a web page inserts between paragraphs. Short, without
 * Chinese, and not a word, a number or a date.
 */
function isSymbolJunk(text: string): boolean {
  if (text.length > 24 || [...text].some(isHan)) return false
  return /[^\sA-Za-z0-9.,:;'"()\-–—/%]/.test(text) || (/[A-Za-z]/.test(text) && /\d/.test(text) && /[A-Z]/.test(text) && !/^[A-Z]?\d{1,3}$/.test(text))
}

/** A `标签：值` line of a web page's information box (`UID: 40996`, `级别：论坛版主`). */
const LABEL_VALUE = /^[\u4e00-\u9fffA-Za-z]{1,6}\s*[:：]\s*[^\s。，,；;！？]{1,20}(?:\s+[^\s。，,；;！？]{1,8})?$/

/** How many lines from `k` on pass `test` (given each line and its place in the run). */
function runLength(lines: Line[], k: number, test: (l: Line, at: number) => boolean): number {
  let n = 0
  while (lines[k + n] && test(lines[k + n]!, n)) n++
  return n
}

/** Lines that open a list of links to other articles: everything short after them is furniture. */
const RELATED_LINKS = /^(?:相关(?:阅读|专题|新闻|链接|文章|报道|推荐)|延伸阅读|推荐阅读|更多阅读|扩展阅读|热点推荐|热门推荐|精彩推荐|新闻推荐|新聞推薦|推荐新闻|为你推荐|猜你喜欢|往期回顾|往期精彩|热门文章|热点新闻|最新文章)\s*[:：]?$/

/**
 * Web furniture that only its neighbours give away: three or more `标签：值` lines in a row (a
 * forum's poster box, an article's information table), and the list of links under `相关阅读`.
 */
function markWebFurniture(lines: Line[]): void {
  for (let k = 0; k < lines.length; ) {
    let j = k
    while (lines[j] && LABEL_VALUE.test(lines[j]!.text) && !lines[j]!.marker) j++
    if (j - k >= 3) for (let m = k; m < j; m++) if (lines[m]!.kind !== 'furniture') Object.assign(lines[m]!, { kind: 'furniture', furniture: lines[m]!.furniture ?? {} })
    k = Math.max(j, k + 1)
  }
  // Each such list (a page may have `新闻推荐` in the middle and `相关推荐` at its end).
  for (const related of lines.filter((l) => RELATED_LINKS.test(l.text.replace(/^[·•●■-]\s*/, '')))) {
    for (const l of lines.slice(related.i)) {
      // Running text after the list: the article goes on, the list was in the middle.
      if (l.i > related.i && wordLength(l.text) > 40 && /[。！？]/.test(l.text)) break
      if (l.kind === 'furniture') continue
      l.kind = 'furniture'
      l.furniture = {}
    }
  }
}

/**
 * `将要发布的10位“最美职工”分别是：` and the lines under it: a list, each entry a line of text of
 * its own, never a heading. Two entries at least, none with a sentence's end or a heading's number.
 */
/** An intro to a list of people (`授予以下同志…：`, `名单如下：`). */
const PEOPLE_INTRO = /以下同志|下列同志|以下个人|名单如下|获得者(?:名单)?(?:如下|是|为)?[:：]$|分别是[:：]$|分别为[:：]$|他们是[:：]$/

function markListsAfterColon(lines: Line[]): void {
  for (const intro of lines) {
    if (intro.kind !== 'prose' || !/[:：]$/.test(intro.text) || wordLength(intro.text) < 6) continue
    const entries: Line[] = []
    for (let k = intro.i + 1; lines[k]; k++) {
      const l = lines[k]!
      // `授予以下同志…：` / `王某` / `李某`: people listed a name a line.
      const bareName = PEOPLE_INTRO.test(intro.text) && /^[\u4e00-\u9fff·]{2,7}$/.test(l.text.replace(/[\s\u3000]/g, ''))
      const entry =
        ['prose', 'title', 'names', 'fragment'].includes(l.kind) &&
        !l.marker &&
        bareName
          ? true
          : ['prose', 'title', 'names', 'fragment'].includes(l.kind) &&
        !l.marker &&
        wordLength(l.text) >= 4 &&
        wordLength(l.text) <= 60 &&
        !/[。！？!?；;]/.test(l.text) &&
        !NUMBERED_HEADING.test(l.text) &&
        !BRACKETED.test(l.text)
      if (!entry) break
      entries.push(l)
    }
    if (entries.length < 2) continue
    entries.forEach((l, n) => {
      // `全国五一劳动奖章` over the names of the people who won it: a part of an honour list.
      if (n < entries.length - 1 && honourPart(l.text)) return void (l.kind = 'heading')
      l.kind = 'prose'
      l.listItem = true
    })
  }
  // `万明珍(某某公司技术部部长)` / `马 伟(某某公司)`: an honour list a person a line, with or without
  // a line introducing it; each line an entry of its own.
  for (let k = 0; k < lines.length; k++) {
    let end = k
    while (lines[end] && ['prose', 'title', 'names', 'fragment'].includes(lines[end]!.kind) && listedWithEmployer(lines[end]!.text, true)) end++
    const entries = lines.slice(k, end)
    if (entries.filter((l) => listedWithEmployer(l.text)).length >= 2) for (const l of entries) Object.assign(l, { kind: 'prose', listItem: true })
    k = Math.max(k, end)
  }
}

/** `标题 ――副题` on one line: the headline, a dash, its subtitle. */
const MIDLINE_DASH = /^(.{2,40}?)\s*(?:——|――|--|－－)\s*(.{2,50})$/

/** Title-like: short, no sentence punctuation inside or at the end. */
function isTitleLike(raw: string): boolean {
  if (raw.length > 120) return false
  // `致敬，新时代的劳动者【2】`: the part of a series a page is, no figure of the title's.
  // (`2.1 技术革新，助力生产`: nor is a heading's number.)
  const text = raw.replace(/(?<=\S{4})[【\[(（]\d{1,2}[】\])）]$/, '').replace(/^\d{1,2}(?:[.．]\d{1,2})?[、.．\s]\s*(?=\S{4})/, '')
  // A headline with its subtitle after a dash is judged by its parts.
  const dashed = MIDLINE_DASH.exec(text)
  if (dashed && !SUBTITLE_DASH.test(text) && wordLength(dashed[1]!) >= 4 && wordLength(dashed[2]!) >= 4) return isTitleLike(dashed[1]!) && isTitleLike(dashed[2]!)
  const n = wordLength(text)
  if (n === 0 || n > 40) return false
  // `最美劳动者，为何是他们？`: a headline may ask.
  // `全省表彰！`: or exclaim, when short.
  const asks = ((n <= 24 && /[？?]$/.test(text)) || (n <= 12 && /[！!]$/.test(text))) && (text.match(/[？?！!。]/g) ?? []).length === 1 && !/[“”"「」:：]/.test(text)
  if ((endsSentence(text) && !asks) || /[，,、]$/.test(text)) return false
  if (/[。；;]/.test(text)) return false
  const commas = (unquoted(text).match(/[，,]/g) ?? []).length
  if (commas > 1 || (commas === 1 && (n > 14 || /\d/.test(text)))) return false
  return /[\u3400-\u9fffA-Za-z]/.test(text)
}

/** A heading's shape: two clauses (`凝心铸魂 让思想引领`), a list number (`一、`) or 【brackets】. */
function headingShaped(text: string): boolean {
  // `某某累计避免水损耗约115万立方米——“用心听测及时维修”`: what a part is about, then its words in quotes.
  // `“不是一味干‘粗活’，知识和技术才是本钱”`: words in quotes, no sentence.
  return /[ \u3000]/.test(cleanTitle(text)) || NUMBERED_HEADING.test(text) || BRACKETED.test(text) || /^[^。！？]{4,40}——[“"「][^。]{2,20}[”"」]$/.test(text.trim()) || QUOTED_HEADING.test(text.trim())
}

/** `“不是一味干‘粗活’，知识和技术才是本钱”`: a line all in quotes, no sentence in it. */
const QUOTED_HEADING = /^“[^“”。！？!?]{6,36}”$/

/** `【新闻速递】` standing alone: a heading in brackets. */
const BRACKETED = /^【[^】]{2,20}】$/

/** A line shaped like a heading, or led by a `■`/`◆` bullet. */
function shaped(l: Line): boolean {
  return headingShaped(l.text) || (Boolean(l.bullet) && wordLength(l.text) <= 24)
}

/**
 * What an unmarked photo caption reads like: Chinese words describing a scene, not a web page's
 * label (`UID: 40996`, `主题: …`), a login name or a menu.
 */
function captionLike(text: string): boolean {
  const han = [...text].filter(isHan).length
  if (han < 4 || han < wordLength(text) * 0.6) return false
  if (/^[\u4e00-\u9fffA-Za-z]{1,6}\s*[:：]/.test(text) && !/^(?:图|图片说明|[上下左右中]图)/.test(text)) return false
  return !/https?:|www\.|@|(?:在线|离线)$/.test(text) && !WEB_FURNITURE.test(text)
}

/** `…现场。 作者：梅振本`: the page's author named after a photo's caption. */
const AUTHOR_AFTER = /[\s\u3000]+作者\s*[:：]\s*[\u4e00-\u9fff·]{2,4}$/

/** A line without the photographer's credit at its end. */
function withoutCredit(text: string): string {
  const t = text.replace(AUTHOR_AFTER, '')
  return splitPhotoCredit(t)?.text ?? t
}

/** `| 标题 | |||`: a table row copied from a web page; its non-empty cells are the text. */
function untable(raw: string): string {
  // `东拉西扯讨工钱 |`: a cell's border left at the end of a line.
  if ((raw.match(/[|｜]/g) ?? []).length < 2) return raw.replace(/^\s*[|｜]\s+|\s+[|｜]\s*$/g, '')
  const cells = raw.split(/[|｜]/).map((c) => c.trim()).filter(Boolean)
  // `要闻 | 城市远洋 | 原创 | 视频 …`: a site's menu, its items a word or two each; kept in one piece
  // for the furniture test to drop.
  if (cells.length >= 4 && cells.filter((c) => wordLength(c) <= 8).length >= cells.length - 1 && !cells.some((c) => /[。；]/.test(c))) return cells.join(' | ')
  return cells.join(' ')
}

/**
 * Lines cut inside a bracket (`某某新闻网讯（记者` / `张三） 正文…`): the byline in brackets is
 * whole again when the two are joined.
 */
function joinBrokenBrackets(rawLines: string[]): string[] {
  const out: string[] = []
  for (let k = 0; k < rawLines.length; k++) {
    const line = rawLines[k]!
    const open = (line.match(/[（(]/g) ?? []).length - (line.match(/[)）]/g) ?? []).length
    const next = rawLines[k + 1]
    if (open > 0 && /[（(][^)）]{0,12}$/.test(line.trim()) && next !== undefined && /^[^（(]{1,16}[)）]/.test(next.trim())) {
      out.push(line.trimEnd() + next.trim())
      k++
    } else out.push(line)
  }
  return out
}

/** `图①：`, `图2:`, `图三：`, `图?：` (a circled number lost to a wrong encoding) before a caption: the photo's number on the page. */
const PHOTO_NUMBER = /^图\s*(?:[①-⑳]|\d{1,2}|[一二三四五六七八九十]{1,2}|[?？])\s*[:：]\s*/

function readLines(text: string): Line[] {
  const rawLines = joinBrokenBrackets(dropMirrorDebris(text).replace(/\r\n?/g, '\n').replace(/\f/g, '\n').split('\n'))
    .map(untable)
    // The source line with the article's text run on after it: two lines.
    .flatMap((raw) => {
      const m = SOURCE_BEFORE_TEXT.exec(raw.trim())
      if (m) return [m[1]!, m[2]!]
      // `本报记者 某某《某某日报》(2021年06月24日第04版)`: the byline, then where the piece was printed.
      const cited = /^(.{4,30}?)\s*(《[^《》]{2,20}》\s*[（(][^（）()]{4,30}[)）])$/.exec(raw.trim())
      if (cited && parseBylineLine(cited[1]!)?.hasRole && readFurniture(cited[2]!)) return [cited[1]!, cited[2]!]
      // `图①：蒋某 图②：王某 图③：…`: numbered photos' captions run together on one line.
      if ((raw.match(/图[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮\d?？]{1,2}\s*[:：]/g) ?? []).length >= 2) return raw.split(/\s*(?=图[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮\d?？]{1,2}\s*[:：])/).filter((p) => p.trim() !== '')
      // `2017年07月23日 09:547月21日，…`: a gallery's posting time glued before each photo's dated caption.
      const stamped = /^((?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2})\s*(\d{1,2}月\d{1,2}日.{6,})$/.exec(raw.trim())
      if (stamped) return [stamped[2]!]
      // `2017-04-27 新华社记者 樊 曦 叶某某`: the day, then the byline.
      const dated = /^((?:19|20)\d{2}[-年/.]\d{1,2}[-月/.]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)[\s\u3000]+(\S.{3,40})$/.exec(raw.trim())
      return dated && parseBylineLine(dated[2]!)?.hasRole ? [dated[1]!, dated[2]!] : [raw]
    })
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
    let bullet = false
    let webItem = false
    const hashes = /^(#{1,6})\s+/.exec(body)
    if (hashes) {
      marker = hashes[1]!.length === 1 ? 'h1' : 'h2'
      body = body.slice(hashes[0].length)
    } else if (CAPTION_MARK.test(body)) {
      marker = 'caption'
      body = body.replace(CAPTION_MARK, '')
    } else if (PHOTO_NUMBER.test(body) && wordLength(body) <= 200) {
      // `图①：某某在检修设备。`: a numbered photo's caption; the number is the page's layout.
      marker = 'caption'
      body = body.replace(PHOTO_NUMBER, '')
    } else if (/^-\s*(?:首[页頁]|English|登[录錄]|注[册冊]|[举舉][报報]|[网網]站[无無][障][碍礙]|民文|手[机機]版|繁[体體]|[简簡][体體])/.test(body)) {
      // `- 首頁` / `- English` / `- 登錄`: a portal's menu set as a list.
      webItem = true
      body = body.replace(/^-\s*/, '')
    } else if (/^[■□●◆◇★☆▌▍▎▋•]+\s*/.test(body) && !parseBylineLine(body)) {
      // A bullet before a heading or paragraph is layout; before a byline it stays for the byline parser.
      // `•` is a web page's list mark (menus, related links, a reader's title list), not a heading's.
      bullet = !/^•/.test(body)
      webItem = /^•/.test(body)
      body = body.replace(/^[■□●◆◇★☆▌▍▎▋•]+\s*/, '')
    } else if ((CAPTION_LEAD.test(simplifiedCopy(body)) && !/[。！？]./.test(withoutCredit(body))) || (MONTAGE_LEAD.test(simplifiedCopy(body)) && wordLength(body) <= 200)) {
      // `图为…`, `上图：…`: a caption by its own words, maybe with its photographer after it.
      marker = 'caption'
      body = body.replace(/^(?:图片说明|图说|描述|[上下左右中]图|图)\s*[:：]\s*/, '').replace(AUTHOR_AFTER, '')
    }
    if (lines.length > 0) lines[lines.length - 1]!.blankAfter = blank
    lines.push({ i: lines.length, text: body, blankBefore: lines.length === 0 ? EDGE : blank, blankAfter: EDGE, indent, marker, kind: 'prose', ...(bullet ? { bullet } : {}), ...(webItem ? { webItem } : {}) })
    blank = 0
  }
  return lines
}

function classify(line: Line): void {
  // `某某的坚守。某某摄某某的坚守。某某摄`: a web copy printing a line twice over.
  const half = line.text.length / 2
  if (half >= 6 && Number.isInteger(half) && line.text.slice(0, half) === line.text.slice(half)) line.text = line.text.slice(0, half)
  const t = line.text
  if (line.marker === 'caption') return void (line.kind = 'caption')
  if (line.marker === 'h2') return void (line.kind = 'heading')
  if (line.marker === 'h1') return void (line.kind = 'title')
  // Long lines are running text; the checks below are for short ones.
  if (t.length > 160) return void (line.kind = 'prose')
  const furniture = readFurniture(t)
  if (furniture) {
    line.furniture = furniture
    line.kind = 'furniture'
    return
  }
  if (isOrnament(t) || PAGE_JUMP.test(t)) return void (line.kind = 'ornament')
  if (SUBTITLE_DASH.test(t) && !SUBTITLE_DASH.test(t.replace(SUBTITLE_DASH, '')) && !endsSentence(t) && wordLength(t) <= 50) {
    return void (line.kind = 'subtitle')
  }
  // `（本组图片：某某 某某）`: photographers, no reporters.
  if (parsePictureCredit(t)) return void (line.kind = 'pictureCredit')
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
  const date = findDate(t)
  if (date && wordLength(t.slice(0, date.index) + t.slice(date.index + date.length)) === 0) {
    line.date = date
    line.kind = 'dateline'
    return
  }
  if (ORG_ONLY.test(t)) return void (line.kind = 'banner')
  // `中国工会新闻中国工会新闻中国工会新闻`: a site's banner repeated across its header.
  if (/^(.{2,12}?)\1{2,}$/.test(t.replace(/\s/g, ''))) return void (line.kind = 'ornament')
  if (isDebrisScrap(t) || isSymbolJunk(t)) return void (line.kind = 'stray')
  // `News Republic` under a Chinese heading: an English decoration of the layout.
  if (/^[A-Za-z][A-Za-z .'&-]{2,30}$/.test(t) && /[a-z]/.test(t)) return void (line.kind = 'ornament')
  // `包起帆：` over a heading line: the person a profile section is about.
  const labelled = /^(?:\d{1,3}[岁歲]的)?([\u4e00-\u9fff·]{2,5})[:：]$/.exec(t)
  if (labelled && looksLikeName(labelled[1]!)) {
    line.nameLabel = true
    return void (line.kind = 'title')
  }
  // `某某公司工人、高级技师 洪家光`: one entry of a list of people, a line of text of its own.
  if (listedPerson(t) || listedOfficial(t)) {
    line.listItem = true
    return void (line.kind = 'prose')
  }
  // A short line with a photographer's credit at its end (`…合影留念 新华社发`) is a caption, never a title.
  if (!/[。！？]/.test(t) && splitPhotoCredit(t) && !isCreditLine(t)) return void (line.kind = 'caption')
  if (isTitleLike(t)) return void (line.kind = wordLength(t) <= 3 ? 'fragment' : 'title')
  // Words in quotes and no sentence, standing alone: a heading's form.
  if (QUOTED_HEADING.test(t)) return void (line.kind = 'title')
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

type Heads = {
  headline: Line[]
  subtitle: Line | null
  kicker: Line | null
  subtitleText: string | null
  /** Set when the text was split off a headline line (`标题——副题`, `【栏目】标题`). */
  headlineText?: string
  kickerText?: string | null
  /** How sure the choice is: `guess` when no anchor confirmed it (the editor is warned). */
  confidence: 'anchored' | 'guess'
}

function titleCandidate(l: Line | undefined): l is Line {
  return Boolean(l && (l.kind === 'title' || (l.kind === 'names' && l.byline?.bylines.length === 1)))
}

/** Two lines of a headline printed in two rows: parallel clauses of similar length. */
function parallelLines(a: Line, b: Line): boolean {
  const la = wordLength(a.text)
  const lb = wordLength(b.text)
  return b.blankBefore <= 1 && la >= 4 && lb >= 4 && la <= 12 && lb <= 12 && Math.abs(la - lb) <= 2 && !headingShaped(a.text) && !headingShaped(b.text)
}

/** Verbs that open a slogan (引题): `争做新时代劳动者标兵榜样`, `聚焦工匠身影 记录工匠事迹`. */
const KICKER_START =
  /^(?:争做|争当|争创|勇当|弘扬|聚焦|喜迎|奋进|建功|凝心|凝聚|助力|践行|传承|致敬|献礼|决战|奋力|守护|礼赞|牢记|不忘|砥砺|书写|绽放|赋能|深化|推动|打造|聚力|擦亮|唱响|筑牢|激发|学习|贯彻|迎接|庆祝|共建|共筑|同心|携手|扎根|深耕)/

/** Unbalanced quotes or brackets: the line goes on in the next one. */
function unbalanced(text: string): boolean {
  const n = normForMatch(text)
  const count = (re: RegExp) => (n.match(re) ?? []).length
  return count(/"/g) % 2 === 1 || count(/[“《（(【]/g) > count(/[”》）)】]/g)
}

/**
 * Two title lines one above the other, the lower one not dashed: one headline wrapped over two
 * rows (`我省31人获` / `全国五一劳动奖章`), a headline and its subtitle (the usual order), or a
 * slogan above the headline (引题, `争做新时代劳动者标兵榜样` / `铁西区总工会举办职业技能竞赛`).
 */
/** What a headline that reports news says: something held, given, chosen or begun. */
const NEWS_EVENT = /(?:举办|举行|召开|开展|揭晓|诞生|表彰|发布|启动|开幕|闭幕|落幕|颁奖|获批|荣获|获评|入选|命名|成立|签约|走进|慰问)/
/** Who or when a report names: a body, an employer, a year. */
const NEWS_SUBJECT = /(?:工会|集团|公司|政府|委员会|协会|系统|[省市县区局厂]|\d)/
const reportsNews = (text: string) => {
  const t = simplifiedCopy(text)
  return NEWS_EVENT.test(t) && NEWS_SUBJECT.test(t)
}
/** A slogan: a few words of praise or resolve, no event, no body, no number, no sentence. */
const sloganOnly = (text: string) => {
  const t = simplifiedCopy(cleanTitle(text))
  return wordLength(t) <= 16 && !NEWS_EVENT.test(t) && !NEWS_SUBJECT.test(t) && !/[。！？!?：:，,“”"《》]/.test(t)
}

function twoLines(a: Line, b: Line): 'wrap' | 'subtitle' | 'kicker' {
  const la = wordLength(a.text)
  const lb = wordLength(b.text)
  // `在复工复产的春天里——` over `他们忙碌的身影最美`: a line ending in a dash leads into the next.
  if (/(?:——|――)$/.test(a.text.trim()) && la >= 4) return 'kicker'
  const wraps =
    /^[及和与、的之,，暨]/.test(b.text) ||
    /[获及和与的之、“《（(—]$/.test(a.text) ||
    // `某某总工会隆重召开` over what it held: one headline.
    /(?:隆重召开|召开|隆重举行|举行|举办|开展|启动|发布)$/.test(a.text) ||
    unbalanced(a.text) ||
    (la <= 6 && lb >= 4 && !/[ \u3000]/.test(a.text))
  if (wraps && la + lb <= 48 && b.blankBefore <= 1) return 'wrap'
  if (parallelLines(a, b)) return 'wrap'
  if (SUBTITLE_WORDS.test(b.text)) return 'subtitle'
  // Of a line that reports what happened (`某某总工会举办…`, `…揭晓`) and a slogan (`匠心筑梦成长`),
  // the report is the headline, the slogan above it a kicker, under it a subtitle.
  if (reportsNews(b.text) && sloganOnly(a.text)) return 'kicker'
  if (reportsNews(a.text) && sloganOnly(b.text)) return 'subtitle'
  // (`至坚 至纯 至诚`: three short words spaced apart, joined up by cleanTitle, are three clauses too.)
  const clauses = Math.max(cleanTitle(a.text).split(/[ \u3000]+/).length, a.text.trim().split(/[ \u3000]+/).filter((p) => wordLength(p) >= 2).length)
  // A long line of who did what over a short statement of the result: the statement is the
  // headline, the line above sets it up (`某部门联合发布新一期“最美职工”榜单` / `十位劳动者荣获…`).
  const setsUp = la >= 20 && la >= 1.6 * lb && lb >= 8 && !/[ \u3000]/.test(cleanTitle(b.text))
  // `秀山丽水 万人同行` over `丽水市总举办…健步走活动`: a slogan of two matched phrases over the
  // longer line that says what happened.
  const phrases = cleanTitle(a.text).split(/[ \u3000]+/)
  const slogan =
    phrases.length === 2 && phrases.every((p) => p.length >= 2 && p.length <= 8 && !/\p{P}/u.test(p)) && Math.abs(phrases[0]!.length - phrases[1]!.length) <= 1 && lb >= la + 4 && !/[ \u3000]/.test(cleanTitle(b.text))
  if (KICKER_START.test(a.text) || clauses >= 3 || setsUp || slogan) return 'kicker'
  return 'subtitle'
}

/** `全国劳动模范、某某公司技师张三：` over a first-person piece: the speaker, a kicker. */
function nameTitleKicker(l: Line | undefined): l is Line {
  if (!l || l.kind !== 'prose' || !/[:：]$/.test(l.text) || wordLength(l.text) > 40 || /[。！？；，,]/.test(l.text)) return false
  const t = l.text.slice(0, -1)
  return [3, 2].some((n) => looksLikeName(t.slice(-n)) && t.length > n)
}

/** `天津：`, `聚焦两会：`: a place or topic ending in a colon, alone over the headline. */
function colonKicker(l: Line | undefined): l is Line {
  if (!l || !['prose', 'title', 'fragment'].includes(l.kind) || !/[:：]$/.test(l.text)) return false
  const t = l.text.slice(0, -1).trim()
  // A label (`导读：`, `编者按：`) introduces what follows; it is no kicker.
  if (/^(?:原?标题|导读|摘要|编者按|编者的话|来源|作者|记者|编辑|责编|日期|时间|关键词|附|注|图|文|专栏|栏目|专题|频道|版面)$/.test(t)) return false
  return wordLength(t) >= 2 && wordLength(t) <= 8 && !/[\p{P}\s]/u.test(t)
}

/** Lines that never separate a headline from what belongs to it. */
const FURNITURE: Kind[] = ['furniture', 'ornament']

function findHeadline(lines: Line[]): Heads | null {
  /** The neighbour of a line, furniture skipped. */
  const near = (l: Line, step: 1 | -1): Line | undefined => {
    let k = l.i + step
    while (lines[k] && FURNITURE.includes(lines[k]!.kind)) k += step
    return lines[k]
  }
  const result = (headline: Line[], subtitle: Line | null, subtitleText: string | null, confidence: Heads['confidence'] = 'anchored', whole = false): Heads => {
    const first = headline[0]!
    const before = lines[first.i - 1]
    // Over a headline `原标题：` names, a site's channel label (`中工娱乐`) is no kicker: a kicker there says something.
    // `點贊`, `其他`: a label of two characters over the headline is a site's, not a kicker.
    const says = (!whole || wordLength(before?.text ?? '') >= 6) && wordLength(before?.text ?? '') >= 3
    const kicker = ((titleCandidate(before) && says) || nameTitleKicker(before) || colonKicker(before)) && before.blankAfter <= 1 && !before.marker ? before : null
    return { headline, subtitle, kicker, subtitleText, confidence }
  }
  /** A title line with what stands right under it: a dash subtitle, a second title line. */
  /** `whole`: the line is known to be the whole headline (`原标题：` says it), so nothing wraps onto it. */
  const withNext = (line: Line, confidence: Heads['confidence'], whole = false): Heads => {
    const next = near(line, 1)
    if (next?.kind === 'subtitle') return result([line], next, next.text.replace(SUBTITLE_DASH, ''), confidence, whole)
    const above = lines[line.i - 1]
    if (!whole && titleCandidate(above) && !above.marker && line.blankBefore <= 1) {
      const how = twoLines(above, line)
      if (how === 'wrap') return result([above, line], null, null, confidence)
      if (how === 'subtitle') return result([above], line, line.text, confidence)
    }
    const below = lines[line.i + 1]
    // A scene line under the headline (`劳模班上课的场景`) is a photo's caption, not part of it.
    if (next === below && next.kind === 'title' && !next.marker && next.blankBefore <= 1 && near(next, 1)?.kind !== 'byline' && !isScene(next.text)) {
      const how = twoLines(line, next)
      if (how === 'wrap' && !whole) return result([line, next], null, null, confidence)
      if (how === 'subtitle' && !isScene(next.text) && (SUBTITLE_WORDS.test(next.text) || near(next, 1)?.kind === 'prose')) return result([line], next, next.text, confidence, whole)
    }
    return result([line], null, null, confidence, whole)
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

  // 2. `原标题：某某`: the line that says it, or the title itself.
  const original = lines.find((l) => l.furniture?.originalTitle)?.furniture?.originalTitle
  if (original) {
    const same = lines.find((l) => (l.kind === 'title' || l.kind === 'prose') && normForMatch(l.text).replace(/\s/g, '') === normForMatch(original).replace(/\s/g, ''))
    if (same) {
      same.kind = 'title'
      return withNext(same, 'anchored', true)
    }
  }

  // 2b. A site names its photos after the article (`标题(图1)`, `标题(图2)`): the line they repeat.
  for (const alt of lines) {
    const m = alt.furniture?.photo ? /^(.{4,60}?)\s*[（(]\s*图\s*\d{1,2}\s*[)）]$/.exec(alt.text) : null
    if (!m) continue
    const key = normForMatch(m[1]!).replace(/\s/g, '')
    const same = lines.find((l) => l.i < alt.i && !l.furniture && normForMatch(l.text).replace(/\s/g, '') === key)
    if (same) {
      same.kind = 'title'
      return withNext(same, 'anchored')
    }
    break
  }

  /** The title-shaped line right over an information line (only furniture between them), or null. */
  const titleOver = (info: Line | undefined, minWords: number): Line | null => {
    const over = info && lines.slice(0, info.i).findLast((l) => !FURNITURE.includes(l.kind))
    return over && (over.kind === 'prose' || over.kind === 'title') && !over.marker && wordLength(over.text) >= minWords && wordLength(over.text) <= 50 && !/[。；;]/.test(over.text) ? over : null
  }
  // 2c. The page's first line over the article's information line (`来源：《某某》`, `作者：`,
  // `发布时间：`): the headline, even with a comma in it (`千锤百炼，终成匠心：…`).
  const info = lines[1]?.kind === 'furniture' && /^(?:来源|來源|作者|发布|發布|时间|時間)/.test(lines[1].text) ? lines[1] : undefined
  const top = titleOver(info, 6)
  if (top?.i === 0) {
    top.kind = 'title'
    return result([top], null, null)
  }
  // The same under a site's menus: the title right over the first information line (`作者：…`, `来源：…`),
  // no running text above it.
  const meta = lines.find((l) => l.kind === 'furniture' && /^(?:作者|来源|來源|稿源|(?:发布|發布)(?:时间|時間|日期)?)\s*[:：]/.test(l.text))
  const metaTitle = titleOver(meta, 4)
  if (metaTitle && !lines.slice(0, metaTitle.i).some((l) => l.kind === 'prose' && wordLength(l.text) >= 20)) {
    metaTitle.kind = 'title'
    return withNext(metaTitle, 'anchored')
  }
  // `标题` / `某某市总工会 某某工会 2023-10-10`: a post's title over the line naming its account and day,
  // under a few of the page's buttons.
  const posted = lines.slice(0, 8).find((l) => l.kind === 'furniture' && l.furniture?.publication && l.furniture.date && !l.furniture.page)
  const over = titleOver(posted, 6)
  if (over) {
    over.kind = 'title'
    return result([over], null, null)
  }

  // 3. The line above a dash subtitle.
  for (const sub of lines) {
    if (sub.kind !== 'subtitle') continue
    const above = lines[sub.i - 1]
    if (!titleCandidate(above) || above.marker) continue
    const above2 = lines[above.i - 1]
    const headline = titleCandidate(above2) && !above2.marker && above.blankBefore <= 1 && twoLines(above2, above) === 'wrap' ? [above2, above] : [above]
    return result(headline, sub, sub.text.replace(SUBTITLE_DASH, ''))
  }

  // 3b. `标题 ――副题` on one line before any running text: its own anchor.
  for (const line of lines) {
    if (line.kind === 'prose' || line.kind === 'heading') break
    if (line.kind === 'title' && !line.marker && MIDLINE_DASH.test(line.text) && !SUBTITLE_DASH.test(line.text)) return result([line], null, null)
  }

  // 4. The line(s) above a byline; above bare names only a headline and a subtitle.
  for (const by of lines) {
    const named = by.kind === 'names'
    if (by.kind !== 'byline' && !named) continue
    if (!named && (!by.byline?.hasRole || by.byline.bylines.every((b) => b.role === '文' || b.role === '图' || b.role === '摄影'))) continue
    const above = near(by, -1)
    if (!titleCandidate(above) || above.marker) continue
    const above2 = lines[above.i - 1]
    if (titleCandidate(above2) && !above2.marker && above.blankBefore <= 2) {
      const how = twoLines(above2, above)
      if (how === 'wrap') return result([above2, above], null, null)
      if (how === 'subtitle' || named) return result([above2], above, above.text)
      return result([above], null, null)
    }
    if (named) continue
    const heads = result([above], null, null)
    // A long 引题 above the headline, printed as a sentence without its final stop.
    const before = lines[above.i - 1]
    if (!heads.kicker && before?.kind === 'prose' && above.blankBefore <= 1 && !before.marker && wordLength(before.text) >= 12 && wordLength(before.text) <= 70 && !endsSentence(before.text) && !/[，,、：:]$/.test(before.text)) {
      heads.kicker = before
    }
    return heads
  }

  // 5. The first title line above any running text, followed by running text.
  const skip: Kind[] = ['caption', 'byline', 'names', 'masthead', 'credits', 'banner', 'stray', 'ornament', 'dateline', 'furniture', 'pictureCredit']
  for (const line of lines) {
    // A site's keyword list at the top (`某某视频,某某在线,…`) is no running text.
    if (line.i === 0 && line.kind === 'prose' && !/[。！!]/.test(line.text) && (line.text.match(/[,，]/g) ?? []).length >= 4) continue
    if (line.kind === 'prose' || line.kind === 'heading') break
    if (line.kind !== 'title' || line.marker || wordLength(line.text) < 4 || isScene(line.text)) continue
    let k = line.i + 1
    // A scene line (a photo's caption) between the headline and the text does not separate them.
    while (lines[k] && (skip.includes(lines[k]!.kind) || (lines[k]!.kind === 'title' && isScene(lines[k]!.text)))) k++
    const next = lines[k]
    if (!next) break
    if (next.kind === 'prose') return withNext(line, 'anchored')
    if (next.kind === 'subtitle') return result([line], next, next.text.replace(SUBTITLE_DASH, ''))
    let k2 = k + 1
    while (lines[k2] && skip.includes(lines[k2]!.kind)) k2++
    if (next.kind === 'title' && SUBTITLE_WORDS.test(next.text) && lines[k2]?.kind === 'prose') return withNext(line, 'anchored')
  }

  // 6. No anchor: the best candidate, for the editor to check. The first title-like line before
  // the running text, or a long unpunctuated first line (a web page's title), or the first title
  // line anywhere.
  const opening = lines.filter((l) => !skip.includes(l.kind))
  const firstProse = opening.findIndex((l) => l.kind === 'prose')
  const beforeText = (firstProse < 0 ? opening : opening.slice(0, firstProse)).filter((l) => l.kind === 'title' && wordLength(l.text) >= 4)
  const pick = beforeText.find((l) => near(l, 1)?.kind === 'prose' || titleCandidate(near(l, 1))) ?? beforeText[0]
  if (pick) return withNext(pick, 'guess')
  // A short name standing alone above the text: `开栏语`, `编后`.
  const short = (firstProse < 0 ? opening : opening.slice(0, firstProse)).find((l) => l.kind === 'fragment' && wordLength(l.text) >= 2 && near(l, 1)?.kind === 'prose')
  if (short) {
    short.kind = 'title'
    return result([short], null, null, 'guess')
  }
  const longTitle = opening[0]
  if (longTitle && longTitle.kind === 'prose' && !/[。！？!?]/.test(longTitle.text) && wordLength(longTitle.text) <= 64 && opening[1]?.kind === 'prose') {
    longTitle.kind = 'title'
    return result([longTitle], null, null, 'guess')
  }
  // Not a line that reads like a photo's caption (`某某（右二）为…授牌`): that is what it is; and
  // not a line deep in the text (a heading or a caption): a headline stands over the text, at most
  // under a line or two of a page's header.
  const anyTitle = lines.find((l) => l.kind === 'title' && wordLength(l.text) >= 6 && l.i <= 8 && !headingShaped(l.text) && !photoLine(l.text) && lines.slice(l.i + 1).some((n) => n.kind === 'prose') && lines.slice(0, l.i).filter((n) => n.kind === 'prose').length <= 1 && !lines.slice(0, l.i).some((n) => n.kind === 'prose' && wordLength(n.text) >= 50 && /[。！？]$/.test(n.text)))
  if (anyTitle) return withNext(anyTitle, 'guess')
  return null
}

/** Who and what a picture page's photos show: workers at work, a site, a scene. */
const PICTURED_WORK = /(?:工人|职工|师傅|女工|员工|选手|工作人员|劳动者|建设者|钢筋工|焊工|环卫|快递|骑手|正在|工地|现场|车间|生产线|作业|施工|检修|巡检|清扫|搬|操作|代表(?:步入|热烈|举手|投票|发言|合影)|大会(?:开幕|闭幕|投票|选举|现场)|鼓掌|表决|宣誓|颁奖|合影)/

/**
 * An e-paper reader lists a picture page's captions between its headline and its text
 * (`他们忙碌的身影最美` / `生产线上忙碌的女工` / `一施工工地的钢筋工` / …): a run of three or more
 * short lines before the running text, each a phrase or one short sentence, most of them showing
 * people at work. The page's first title line (and a kicker ending in `——` or `：` above it) stays
 * the head.
 */
function markCaptionList(lines: Line[]): void {
  const firstText = lines.findIndex((l) => l.kind === 'prose' && wordLength(l.text) > 40)
  if (firstText < 0) return
  // Under the headline: among the page's first lines.
  const top = lines.slice(0, Math.min(firstText, 80))
  const firstTitle = top.findIndex((l) => l.kind === 'title')
  const candidate = (l: Line) => {
    const n = wordLength(l.text)
    if ((l.kind !== 'title' && l.kind !== 'prose') || l.marker || n < 4 || n > 40) return false
    const t = l.text.replace(/[。！]$/, '')
    return !/[。！？!?；;：:]/.test(t) && (t.match(/[，,]/g) ?? []).length <= 1
  }
  const skip: Kind[] = ['furniture', 'ornament', 'dateline', 'masthead', 'stray']
  let k = 0
  while (k < top.length) {
    if (!candidate(top[k]!)) {
      k++
      continue
    }
    const run: Line[] = []
    for (; k < top.length && (candidate(top[k]!) || skip.includes(top[k]!.kind)); k++) if (candidate(top[k]!)) run.push(top[k]!)
    let head = firstTitle >= 0 && firstTitle < run[0]!.i ? 0 : 1
    if (head === 1 && /(?:——|――|[:：])$/.test(run[0]!.text)) head = 2
    // The list stands right over the text (or its byline): lines cut at a column's width go on below.
    let next = run.at(-1)!.i + 1
    while (next < firstText && (skip.includes(lines[next]!.kind) || lines[next]!.kind === 'byline')) next++
    if (next !== firstText) continue
    const rest = run.slice(head)
    // (`海南省总工会女职工普法宣传月。` / `五一表彰。`: an event's name says what a photo shows too.)
    const pictured = (text: string) => PICTURED_WORK.test(simplifiedCopy(text)) || CAPTION_WORDS.test(simplifiedCopy(text)) || PERSON_ACTION.test(text) || /(?:活动|表彰|联欢|仪式|献花|宣传月|启动)。?$/.test(simplifiedCopy(text))
    while (rest[0] && !pictured(rest[0].text)) rest.shift()
    const shown = rest.filter((l) => pictured(l.text)).length
    if (rest.length < 3 || shown * 3 < rest.length * 2) continue
    for (const l of rest) {
      l.kind = 'caption'
      l.text = l.text.replace(/。$/, '')
    }
  }
}

/** A reposting site's tail after a headline: `|全球热点评`, `-前沿热点`, `-九游手游官方正版`, `-m6某某网页版`. */
const SITE_TAIL = /\s*[|｜丨\-－_]\s*(?:[\u4e00-\u9fff]{0,6}(?:热点评?|热评|资讯|快讯|速讯|热讯|头条|看点|焦点|前沿|微资讯)|[\u4e00-\u9fff]{0,10}(?:官方正版|官网|官方网站)|[A-Za-z0-9]{1,8}[\u4e00-\u9fff]{0,6}(?:网页版|官方版|手机版|登录入口|入口|[Aa][Pp][Pp]下载))$/

/** Series banners and column names before a headline: `【媒体聚焦】`, `工运晨读丨`, `新华全媒+丨`. */
const SERIES_BANNER = /^(?:【([^】]{2,12})】|\[([^\]]{2,12})\]|([\u4e00-\u9fff]{2,8}[+＋]?(?:[·・][\u4e00-\u9fff]{2,10})?)\s*[丨|｜]\s*|([\u4e00-\u9fff\d]{6,24}[·・][\u4e00-\u9fff]{2,10})\s*[丨|｜]\s*)(?=\S{4})/

/** A quote opened and not closed: the text goes on inside it. */
const opensQuote = (text: string): boolean => (text.match(/[“「『]/g) ?? []).length > (text.match(/[”」』]/g) ?? []).length

/** Split what a headline line carries besides the headline: a series banner, a mid-line `——` subtitle. */
function splitHeadline(heads: Heads, text: string): void {
  // Bullets and ornaments copied along with the headline (`• 标题`), and what a reposting site adds
  // after it (`标题|全球热点评`, `标题-某某官方正版`).
  let t = text.replace(/^[•·●■◆★▪]\s*/, '').replace(SITE_TAIL, '')
  // `标题(2)_某某健康报`: a web page's title, its page number and site after the headline;
  // `标题(主题)`: the layout's mark for the main title.
  t = t.replace(/(?:[（(]\d{1,2}[)）])?_[\u4e00-\u9fff]{2,12}$/, '').replace(/[（(](?:主题|主題)[)）]$/, '').replace(/[（(]\d{1,2}[)）]$/, '')
  const banner = SERIES_BANNER.exec(t)
  if (banner) {
    const name = (banner[1] ?? banner[2] ?? banner[3] ?? banner[4])!.trim()
    // `【工人日报】标题`: a repost names the paper it took the piece from; that is no kicker. Nor is a
    // channel's campaign (`某某2026年两节工会送温暖行动·暖闻|标题`).
    if (!banner[4] && !new RegExp(`^[\\u4e00-\\u9fff]{1,10}${PUBLICATION_SUFFIX}$`).test(name)) heads.kickerText ??= name
    t = t.slice(banner[0].length)
  }
  // Bullets and ornaments copied along with the headline (`• 标题`).
  t = t.replace(/^[•·●■◆★▪]\s*/, '')
  // A single dash splits only with a space beside it: `一汽—大众` is one name.
  const dash = /^(.{2,40}?)(?:\s*(?:——|――|--|－－)\s*|\s+[—―]\s*|[—―]\s+)(.{2,50})$/.exec(t)
  // A dash inside quotes (`“劳动伟大——某某评选”启幕`) is part of the quoted name.
  if (dash && !heads.subtitle && wordLength(dash[1]!) >= 2 && wordLength(dash[2]!) >= 4 && !/^[”"]/.test(dash[2]!) && !opensQuote(dash[1]!)) {
    t = dash[1]!
    heads.subtitleText = dash[2]!
  }
  heads.headlineText = t
}

/** A headline wrapped inside a word (`我省31人获` / `全国五一劳动奖章`) joins without a space. */
function twoLinesJoinTight(headline: Line[]): boolean {
  const [a, b] = headline
  return Boolean(a && b && !parallelLines(a, b))
}

/**
 * Furniture that only its neighbours give away: page-number lists of an e-paper reader
 * (`01` `02` `03` …) and the list of the page's other titles between two navigation lines.
 */
function markFurnitureRuns(lines: Line[]): void {
  for (let k = 0; k < lines.length; ) {
    let j = k
    while (lines[j] && /^[•·●]?\s*[A-Z]?\d{1,2}$/.test(lines[j]!.text)) j++
    if (j - k >= 3) for (let m = k; m < j; m++) lines[m]!.kind = 'furniture'
    k = Math.max(j, k + 1)
  }
  // A site's menu copied with the page (`• 时政` / `• 国际` / `• 时评` …): five or more words of a few
  // characters in a row that are not people's names.
  const menuWord = (l: Line | undefined) => !!l && wordLength(l.text) <= 4 && (l.kind === 'furniture' || (!/[，。！？：:,.!?]/.test(l.text) && l.kind !== 'masthead' && l.kind !== 'dateline'))
  for (let k = 0; k < lines.length; ) {
    let j = k
    while (menuWord(lines[j]) && (j === k || lines[j]!.blankBefore <= 1)) j++
    const run = lines.slice(k, j)
    // People listed a line each have names of three characters mostly; a menu has words of two.
    const threeNames = run.filter((l) => l.text.length === 3 && looksLikeName(l.text)).length
    const twos = run.filter((l) => l.text.replace(/\s/g, '').length === 2).length
    if (run.length >= 5 && threeNames * 5 <= run.length && twos * 2 >= run.length) for (const l of run) l.kind = 'furniture'
    k = Math.max(j, k + 1)
  }
  const nav = (l: Line | undefined) => l?.kind === 'furniture' && l.furniture && Object.keys(l.furniture).length === 0
  for (let k = 0; k < lines.length; k++) {
    if (!nav(lines[k])) continue
    let j = k + 1
    while (lines[j] && (lines[j]!.kind === 'title' || lines[j]!.kind === 'fragment')) j++
    if (j - k - 1 >= 2 && nav(lines[j])) for (let m = k + 1; m < j; m++) lines[m]!.kind = 'furniture'
  }
}

/** `新华社北京4月30日电 题：这个五一，…`: an agency's dispatch names its title after `题：`. */
const DISPATCH_TITLE = /^(?:[\u4e00-\u9fff]{2,8}?(?:社|网|網|台|报|報))?[\u4e00-\u9fff]{2,8}\d{1,2}月\d{1,2}日[电電]\s*[（(]?[^)）]{0,16}[)）]?\s*题\s*[:：]\s*(.{4,60})$/

/**
 * What copying a web page leaves around the text: the numbers of an HTML list standing alone
 * (`1.` / `2. 标题`), a line printed twice in a row (a photo's caption under it and in its title),
 * a photo's alternative text with the caption under it (`标题(图1)` / `8月15日，…作业。`), and an
 * agency's dispatch line carrying the title (`…4月30日电题：标题`).
 */
function markCopyDebris(lines: Line[]): void {
  for (const l of lines) {
    if (/^\d{1,2}[.．]$/.test(l.text)) {
      l.kind = 'ornament'
      const next = lines[l.i + 1]
      // `1.` / `2. 标题`: the title keeps its words, not the list's number.
      if (next && /^\d{1,2}[.．]\s+\S/.test(next.text) && !/^\d{1,2}[.．]\d/.test(next.text)) {
        next.text = next.text.replace(/^\d{1,2}[.．]\s+/, '')
        classify(next)
      }
      continue
    }
    const prev = lines[l.i - 1]
    if (prev && prev.text === l.text && wordLength(l.text) >= 6 && (l.kind === 'prose' || l.kind === 'title' || l.kind === 'caption')) {
      l.kind = 'ornament'
      continue
    }
    const dispatch = DISPATCH_TITLE.exec(l.text)
    if (dispatch && !lines.some((x) => x.marker === 'h1')) {
      l.text = dispatch[1]!.trim()
      l.marker = 'h1'
      l.kind = 'title'
      continue
    }
    // Under a photo's place, one sentence saying what it shows is its caption.
    if (prev?.furniture?.photo && (l.kind === 'prose' || l.kind === 'title')) {
      const text = withoutCredit(l.text)
      const sentences = (text.match(/[。！？]/g) ?? []).length
      const described =
        dateLed(text) ||
        /[（(][^)）]*(?:摄|照片)[^)）]*[)）]/.test(text) ||
        // A sentence of running text says more: the words of a photo count in one clause or two.
        ((text.match(/[，,]/g) ?? []).length <= 1 && (CAPTION_WORDS.test(text) || PERSON_ACTION.test(text) || PHOTO_POSITION.test(text) || (/。$/.test(text) && wordLength(text) <= 36))) ||
        // `![]()` / `郑某在车间实操演练教学`: a short line with no stop opening with the person it shows (a
        // short line of other words there is a heading: `一条线上的师徒`).
        (wordLength(text) >= 6 && wordLength(text) <= 30 && !/[。！？!?；;：:，,【】《》]/.test(text) && !headingShaped(text) && [3, 2].some((n) => looksLikeName(simplifiedCopy(text.slice(0, n)))) && !dictionaryWord(text.slice(0, 2)))
      if (described && sentences <= 2 && wordLength(text) <= 80 && captionLike(text)) l.kind = 'caption'
    }
  }
}

/** Median of a list of numbers (0 for none). */
function median(values: number[]): number {
  if (values.length === 0) return 0
  const s = [...values].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}

/** A web page's buttons and labels that no heading carries: `关注公众号`, `…出品`, `举报`. */
const NOT_A_HEADING = /(?:关注公众号|關注公眾號|出品$|出品\s|举报|舉報|QQ|二维码|二維碼|APP$|用户名|密码|打印文章|发送给|阅读数|阅读量|字数\s*[:：]|搜索$)/
/** Labels of an entry's values (`作者：`, `所在单位：`, `作品名称：`), not a person's name before a colon. */
const ENTRY_LABEL = /(?:作者|作品名称|作品|所在单位|工作单位|组织单位|单位|奖项|职务|电话|地址)\s*[:：]\s*\S/
/** What a line leading into a list or gallery ends with: `下面我们一起来欣赏`, `详情如下`. */
const LEAD_IN = /(?:一起来(?:欣赏|看看?)|一起來(?:欣賞|看看?)|如下|请看|請看)$/

/**
 * A heading the layout read that is something else by its words: a photo's caption with its
 * credit (`…颁发证书 单位供图`), an entry's labelled values (`作者:某某 单位`), a page's button
 * (`关注公众号`), a line leading into what follows (`下面我们一起来欣赏`) or a `——记…` subtitle (text).
 */
function unlikelyHeading(b: BodyBlock): BodyBlock[] {
  if (b.type !== 'heading') return [b]
  const text = b.text
  if (NOT_A_HEADING.test(text)) return []
  // `彭某李某某林某`: names run together (a photo page's photographers), no heading.
  const run = text.replace(/[\s\u3000]+/g, '')
  const names = /^[\u4e00-\u9fff]{6,12}$/.test(run) ? text.split(/[\s\u3000]+/).flatMap((p) => namesInRun(p) ?? [p]) : []
  if (names.length >= 2 && names.every((n) => n.length <= 3 && looksLikeName(n) && !(n.length === 2 && dictionaryWord(n))) && names.join('') === run) return []
  // `…颁发纪念证书 单位供图`: who supplied the photo, after a space.
  const supplied = /^(.{6,}?)[\s\u3000]+([\u4e00-\u9fff]{2,8}?)(?:供图|供圖)$/.exec(text)
  const photo = splitPhotoCredit(text) ?? (supplied ? { text: supplied[1]!, credit: supplied[2]! } : null)
  if (photo) return [{ type: 'caption', text: photo.text, credit: photo.credit, section: null }]
  // `——记某某公司总工程师某某`: a subtitle out of place, kept as text for the editor.
  if (ENTRY_LABEL.test(text) || LEAD_IN.test(text) || SUBTITLE_DASH.test(text)) return [{ type: 'paragraph', text, section: null }]
  return [b]
}

/** The blocks with `unlikelyHeading` applied, each block's section the heading that still stands above it. */
function withoutUnlikelyHeadings(blocks: BodyBlock[]): BodyBlock[] {
  return resection(leadInHeadings(inlineNumberedParts(blocks).flatMap(unlikelyHeading)))
}

/** Where a numbered part starts inside run-on text: `…如下：（一）…`, `…审议。一、…`. */
const INLINE_PART = /(?<=[。：:！？])(?=(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[)）])\S)/g

/**
 * A report pasted without its line breaks (`…总结如下：（一）牢牢把握正确政治方向，开展职工思想教育。坚持…
 * （二）…`): the text is cut where each numbered part starts, two parts at least; a part whose first
 * sentence is short is that sentence as its heading, then its text.
 */
function inlineNumberedParts(blocks: BodyBlock[]): BodyBlock[] {
  return blocks.flatMap((b): BodyBlock[] => {
    if (b.type !== 'paragraph' || wordLength(b.text) < 200) return [b]
    const pieces = b.text.split(INLINE_PART)
    if (pieces.length < 3) return [b]
    return pieces.flatMap((piece, n): BodyBlock[] => {
      const head = /^((?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[)）])[^。！？]{4,30})[。！？]\s*(\S[\s\S]*)$/.exec(piece)
      const text = { ...b, text: head ? head[2]! : piece }
      // The paragraph's first piece is still its lead when the paragraph was.
      if (n === 0 && LEADS.has(b)) LEADS.add(text)
      return head ? [{ type: 'heading', text: head[1]! }, text] : [text]
    })
  })
}

/** `“学思想”入脑入心。辽宁工会创新打造…`: a part's heading set as the bold first sentence of its paragraph. */
const LEAD_IN_HEADING = /^(“[^“”]{1,8}”[\u4e00-\u9fff]{2,8})[。！]\s*(?=\S{20})/

/**
 * Paragraphs that open with a short quoted heading of the same make (`“学思想”入脑入心。` /
 * `“当先锋”实干为要。`), two or more on the page: the headings set in bold as
 * their paragraphs' first sentences. Each becomes a heading over the rest of its paragraph.
 */
function leadInHeadings(blocks: BodyBlock[]): BodyBlock[] {
  const led = blocks.filter((b) => b.type === 'paragraph' && LEAD_IN_HEADING.test(b.text))
  if (led.length < 2) return blocks
  return blocks.flatMap((b) => {
    const m = led.includes(b) ? LEAD_IN_HEADING.exec(b.text) : null
    return m ? [{ type: 'heading' as const, text: m[1]! }, { ...b, text: b.text.slice(m[0].length) }] : [b]
  })
}

/**
 * Each block's section set to the heading that stands above it once headings were taken out:
 * a block keeps its identity (and its place in LEADS and STORIES) when its section is unchanged.
 */
function resection(blocks: BodyBlock[]): BodyBlock[] {
  let section: string | null = null
  return blocks.map((b) => {
    if (b.type === 'heading') {
      section = b.text
      return b
    }
    if (b.section === section) return b
    const moved = { ...b, section }
    if (LEADS.has(b)) LEADS.add(moved)
    if (STORIES.has(b)) STORIES.add(moved)
    return moved
  })
}

/** A site's channel (`上海新闻`, `基层工作`, `工会动态`): a word of a site's menu. */
const CHANNEL_LABEL = /^[\u4e00-\u9fff]{0,4}(?:新闻|新聞|要闻|要聞|动态|動態|资讯|資訊|快讯|快訊|工作|信息|播报|播報)$/

export type LayoutOptions = {
  /** Weigh paragraphs for unmarked photo captions (parse/captionModel.ts); off only to fit the model. */
  weighCaptions?: boolean
}

export function analyzeLayout(text: string, options: LayoutOptions = {}): Layout {
  const lines = readLines(text)
  for (const line of lines) classify(line)
  // `▲全国劳动模范` / `某某公司产品研究员某某`: a marked caption broken over two lines is one caption.
  for (const l of lines) {
    const next = lines[l.i + 1]
    // (A label that says nothing of a scene, the line under it not set in as a heading is.)
    if (l.marker === 'caption' && wordLength(l.text) <= 12 && !/[。！？，,；;：:]/.test(l.text) && !CAPTION_WORDS.test(l.text) && !/^(?:图为|圖為)/.test(l.text) && next && !next.marker && next.blankBefore === 0 && next.indent <= l.indent && ['title', 'fragment'].includes(next.kind) && wordLength(next.text) <= 30) {
      l.text = `${l.text} ${next.text}`
      next.kind = 'ornament'
    }
  }
  growMasthead(lines)
  const warnings: string[] = []

  // An e-paper reader prints today's date under its name (`电子报阅读机` / `2026-01-26` / `星期一`):
  // not the issue's date.
  for (const l of lines) {
    if (!/电子报阅读机|今天是/.test(l.text)) continue
    for (const n of lines.slice(l.i + 1, l.i + 3)) if ((n.kind === 'dateline' || n.kind === 'masthead') && !n.masthead?.publication) Object.assign(n, { kind: 'furniture', furniture: {} })
  }
  // A web page's title (`引题 主题`) over the same two lines printed: the title line is furniture.
  for (const l of lines) {
    const [a, b] = [lines[l.i + 1], lines[l.i + 2]]
    if (a && b && l.text.replace(/\s/g, '') === (a.text + b.text).replace(/\s/g, '') && wordLength(a.text) >= 4 && wordLength(b.text) >= 4) Object.assign(l, { kind: 'furniture', furniture: {} })
  }
  // A reader's list of the page's articles (`标题导航` / `• 标题` / `摘要：…`): other articles, not this one.
  if (lines.some((l) => /^标题导航$/.test(l.text.trim()))) {
    for (const l of lines) {
      if (!/^摘要\s*[:：]/.test(l.text)) continue
      Object.assign(l, { kind: 'furniture', furniture: {} })
      const title = lines[l.i - 1]
      if (title && title.kind !== 'furniture') Object.assign(title, { kind: 'furniture', furniture: {} })
    }
  }
  markFurnitureRuns(lines)
  markWebFurniture(lines)
  // `专栏名称：某某门户网站` / `发布省政府重大决策部署…`: a reposting site's card of the account, its description under its name.
  for (const l of lines) {
    const next = lines[l.i + 1]
    if (/^专栏名称\s*[:：]/.test(l.text) && next && next.kind !== 'furniture' && wordLength(next.text) <= 80) Object.assign(next, { kind: 'furniture', furniture: {} })
  }
  // `• 时政` / `• 国际` / …: a site's menu, its items a word or two each behind a list mark.
  for (let k = 0; k < lines.length; k++) {
    const end = k + runLength(lines, k, (l) => Boolean(l.webItem) && wordLength(l.text) <= 8)
    if (end - k >= 2) for (const l of lines.slice(k, end)) Object.assign(l, { kind: 'furniture', furniture: {} })
    k = Math.max(k, end)
  }
  markListsAfterColon(lines)
  markCopyDebris(lines)
  // A channel's label printed twice over the page (`工会新闻` / `工会新闻`): the site's, not the piece's.
  for (const l of lines.slice(0, 6)) {
    const twin = lines[l.i + 1]
    if (twin && l.kind !== 'furniture' && wordLength(l.text) <= 8 && twin.text.trim() === l.text.trim()) for (const x of [l, twin]) Object.assign(x, { kind: 'furniture', furniture: {} })
  }
  // A site's own name over the page (`某某大学新闻网`, `某某网络`), and the day a site's header
  // shows (`2022年3月2日 星期三`) where the article's own time is printed: not the article's.
  for (const l of lines.slice(0, 3)) {
    if (l.kind === 'title' && !l.marker && /^[\u4e00-\u9fff]{2,12}(?:网|網|网络|網絡|在线|門戶|门户|人民政府|论坛|論壇)$/.test(l.text)) Object.assign(l, { kind: 'furniture', furniture: {} })
    const headerDate = l.kind === 'dateline' || (l.kind === 'masthead' && !l.masthead?.publication && !l.masthead?.page)
    if (headerDate && /星期|礼拜/.test(l.text) && lines.some((x) => x.furniture?.date)) Object.assign(l, { kind: 'furniture', furniture: {} })
  }

  // `栏目` / `基层工作` / title, `上海新闻` / title: a channel's label above the page's title, the
  // site's, not part of the title nor its kicker.
  for (const l of lines.slice(0, 6)) {
    const next = lines.slice(l.i + 1).find((x) => x.kind !== 'furniture')
    if (l.kind === 'title' && !l.marker && CHANNEL_LABEL.test(l.text.trim()) && next?.kind === 'title' && wordLength(next.text) >= 8) Object.assign(l, { kind: 'furniture', furniture: {} })
  }

  markCaptionList(lines)
  markSlideCaptions(lines)
  const heads = findHeadline(lines)
  if (heads) {
    for (const l of heads.headline) l.kind = 'headline'
    if (heads.subtitle) heads.subtitle.kind = 'subtitle'
    if (heads.kicker) heads.kicker.kind = 'kicker'
    splitHeadline(heads, heads.headline.map((l) => l.text).join(heads.headline.length > 1 && twoLinesJoinTight(heads.headline) ? '' : ' '))
  }
  // The headline repeated by a footer or a reader's title bar: furniture.
  const repeated = new Set<Line>()
  if (heads) {
    const head = normForMatch(heads.headline.map((l) => l.text).join('')).replace(/\s/g, '')
    const lastProse = lines.findLast((l) => l.kind === 'prose')?.i ?? -1
    for (const l of lines) {
      if ((l.kind === 'title' || l.kind === 'fragment') && !heads.headline.includes(l) && l !== heads.subtitle && l !== heads.kicker) {
        // `标题(2)`: the headline over a page of the piece after the first; `标题_某某报`: a page's title.
        const t = normForMatch(l.text.replace(/\s*[_|｜][\u4e00-\u9fff]{2,12}$/, '').replace(/\s*[（(]\d{1,2}[)）]$/, '')).replace(/\s/g, '')
        // Inside the text, a line taking up the headline's words is a section's heading (`标题：笔耕不辍` / `笔耕不辍`).
        const inText = l.i > heads.headline.at(-1)!.i && l.i < lastProse
        // The whole headline once the site's name behind it is off (`标题_某某报` / `标题`) is a repeat.
        const whole = t === normForMatch(cleanTitle(heads.headlineText ?? '')).replace(/\s/g, '')
        if (t.length >= 4 && head.includes(t) && (!(inText && t.length < head.length) || whole)) {
          l.kind = 'furniture'
          if (whole) repeated.add(l)
        }
      }
    }
  }
  // `标题` / `李某   某公司39路调度员` / `标题` / `王某   …驾驶员`: the headline repeated as each photo's
  // alternative text, the short line under each repeat that photo's caption.
  const title = normForMatch(cleanTitle(heads?.headlineText ?? '')).replace(/\s/g, '')
  const repeats = heads ? lines.filter((l) => l.i > heads.headline.at(-1)!.i && (repeated.has(l) || normForMatch(l.text).replace(/\s/g, '') === title)) : []
  if (repeats.length >= 2) {
    for (const r of repeats) {
      const next = lines[r.i + 1]
      if (next && ['prose', 'title', 'fragment'].includes(next.kind) && wordLength(next.text) <= 40 && !/[。！？]/.test(next.text) && captionLike(next.text)) next.kind = 'caption'
    }
  }
  // Dash lines that are not under the headline are quotations' attributions: running text.
  for (const l of lines) if (l.kind === 'subtitle' && l !== heads?.subtitle) l.kind = 'prose'

  // Bare names are a byline only next to the headline block or another byline.
  const anchor: Kind[] = ['headline', 'subtitle', 'byline']
  for (const l of lines) {
    if (l.kind !== 'names') continue
    const near = [lines[l.i - 1], lines[l.i + 1]].some((n) => n && anchor.includes(n.kind))
    // `彭某某` / `1959年全国先进生产者` / `彭某某，1931年出生，…`: a profile under its subject's name,
    // the heading of that part of a series.
    const name = l.text.replace(/[\s\u3000]/g, '')
    const profile = near || !/^[\u4e00-\u9fff·]{2,4}$/.test(name) ? undefined : lines.slice(l.i + 1, l.i + 7).find((n) => n.kind === 'prose' && n.text.startsWith(name) && /^[，,（(是]/.test(n.text.slice(name.length)))
    if (profile) {
      l.kind = 'heading'
      // The honours and posts listed under the name (`1959年全国先进生产者`): entries, a line each.
      for (const n of lines.slice(l.i + 1, profile.i)) if (['prose', 'title', 'fragment', 'stray', 'heading', 'names'].includes(n.kind) && wordLength(n.text) <= 24 && !/[。！？；;]/.test(n.text)) Object.assign(n, { kind: 'prose', listItem: true })
      continue
    }
    // `（王 芩）` under the last paragraph: the reporter, as news items close.
    const closing = /^[（(].+[)）]$/.test(l.text) && lines[l.i - 1]?.kind === 'prose' && !lines.slice(l.i + 1).some((n) => n.kind === 'prose')
    if (near || closing) l.kind = 'byline'
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
  // A repost's source line (`《某某报》（2025年12月31日 02版）`) dates the print, before any reader's or repost's date.
  const source = lines.find((l) => l.furniture?.publication && l.furniture.date)?.furniture
  if (source) {
    publication = source.publication ?? null
    page = source.page ?? null
    date = { year: source.date!.year, month: source.date!.month, day: source.date!.day }
  }
  const creditedUnderText: Byline[] = []
  for (const l of lines) {
    if (l.kind === 'furniture' && l.furniture) {
      const f = l.furniture
      publication ??= f.publication ?? null
      page ??= f.page ?? null
      if (f.date) date ??= { year: f.date.year, month: f.date.month, day: f.date.day }
      f.bylines?.forEach(addByline)
      if (f.credits) credits.push(...f.credits.filter((c) => !credits.some((x) => x.name === c.name && x.role === c.role)))
      continue
    }
    if (l.kind === 'byline' && l.byline) {
      // `某某 摄`, `（通讯员 某某 摄）`, `摄影：某某` standing alone under the text: a photo's credit,
      // not the piece's byline.
      // not the piece's byline — unless the piece has none of its own (a photo story: its authors).
      const underText = lines.slice(0, l.i).some((n) => n.kind === 'prose')
      if (underText && (/[摄攝]$/.test(l.text) || isCreditLine(l.text) || /^摄影\s*[:：]/.test(l.text))) {
        creditedUnderText.push(...l.byline.bylines)
        continue
      }
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

  let blocks = assembleBody(lines, warnings, bylines, (b) => (bylinePublication ??= b))
  blocks = withoutUnlikelyHeadings(blocks)
  if (options.weighCaptions !== false) blocks = weighUnmarkedCaptions(blocks, text, (b) => LEADS.has(b))
  // A page that prints a photo and its caption twice over (a gallery and then the article), or
  // the headline again as a photo's caption: each is read once.
  {
    const seen = new Set<string>()
    const head = heads?.headlineText ? normForMatch(heads.headlineText).replace(/\s/g, '') : null
    const titles = [heads?.headlineText, heads?.subtitleText].filter((t): t is string => Boolean(t)).map((t) => normForMatch(cleanTitle(t)).replace(/[\s\p{P}]/gu, ''))
    blocks = resection(blocks.filter((b) => {
      // The headline or subtitle printed again over the text is no part's heading.
      if (b.type === 'heading') return !titles.includes(normForMatch(b.text).replace(/[\s\p{P}]/gu, ''))
      if (b.type !== 'caption') return true
      const key = normForMatch(b.text).replace(/\s/g, '')
      if (b.type === 'caption' && key === head) return false
      if (key.length < 10) return true
      if (seen.has(key)) return false
      seen.add(key)
      return true
    }))
  }
  // A news photo's caption is its dated scene; the story of the day after it is text (newsPhotoSplit),
  // split once the captions printed twice are read once.
  blocks = blocks.flatMap((b) => {
    const split = b.type === 'caption' ? newsPhotoSplit(b.text) : null
    if (!split || b.type !== 'caption') return [b]
    const story: BodyBlock = { type: 'paragraph', text: split.story, section: b.section }
    STORIES.add(story)
    return split.storyFirst ? [story, { ...b, text: split.caption }] : [{ ...b, text: split.caption }, story]
  })
  // `信息详情千余名职工…`: a site's page label glued before the title.
  let headline = heads?.headlineText ? cleanTitle(heads.headlineText).replace(/^(?:信息详情|新闻详情|文章详情|内容详情)\s*(?=\S{4})/, '') : null
  const original = lines.find((l) => l.furniture?.originalTitle)?.furniture?.originalTitle
  // `【#河南13人入选大国工匠培育对象#】全国总工会…`: a post's topic opens the text.
  const topic = /^【#([^#】]{4,40})#】/.exec(blocks.find((b) => b.type === 'paragraph')?.text ?? '')?.[1]
  if (!heads && original) headline = cleanTitle(original)
  else if (!heads && topic) headline = topic
  // `【新闻特写】` / `原标题：观摩“匠心”`: a column's label over the line giving the title; the label is the kicker.
  const label = heads && original ? /^【([^】]{2,12})】$/.exec(heads.headlineText ?? '') : null
  if (label && heads) {
    headline = cleanTitle(original!)
    heads.kickerText ??= label[1]!
  }
  // No title line at all, or one with no words left once cleaned (`???`): a stand-in, never a refusal.
  const standIn = !headline
  if (standIn) {
    // No title line at all (a copied body): the first clause of the text stands in.
    // A news photo's story (`当日，…`) stands in for no headline: its caption says what happened.
    const first = blocks.find((b) => b.type === 'paragraph' && !STORIES.has(b)) ?? blocks.find((b) => b.type === 'caption')
    // `2023年8月17日，某某在…`, `近日，…`: the day is no title; what happened is.
    // (`??? 3月8日，…`: marks a wrong encoding left before the text are no part of it.)
    // (`長樂新聞網訊 3月9日，…`, `通讯员某某1月18日`: nor is the dispatch lead that names the sender.)
    // (`前言：过去五年，…`: nor the label of a lead.)
    const sentence = (first?.text.replace(/^[?？\ufffd\s]+/, '').replace(/^(?:前言|导语|導語|引言|编者按|編者按)[:：]\s*/, '').split(/[。！？!?]/)[0] ?? '')
      .replace(/^[^，,。\s]{1,16}?(?:讯|訊|电|電)(?![员員])[\s\u3000]*(?:[（(][^（()）]{0,30}[)）])?[\s\u3000]*(?=\S{8})/, '')
      .replace(/^(?:(?:记者|通讯员|記者|通訊員)[\u4e00-\u9fff·]{2,4}[\s\u3000]*)+(?=(?:19|20)?\d)/, '')
      .replace(/^(?:(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚|早)?|近日|日前|近期|昨天(?:[上下]午|晚上)?|昨日|今天(?:[上下]午)?|日前)[，,]\s*(?=\S{8})/, '')
    // `记者从市总工会了解到，…`: how the reporter learned it is no title either.
    const clauses = sentence.split(/[，,；;]/)
    const clause = (/^(?:记者|記者)(?:从|從).{2,20}(?:了解到|獲悉|获悉|得悉)$/.test(clauses[0]!) && clauses[1] ? clauses.slice(1).join('，') : clauses[0])!.split(/[，,；;]/)[0]!
    const pick = wordLength(clause) >= 8 ? clause : sentence
    if (pick) headline = pick.length > 24 ? `${pick.slice(0, 24)}…` : pick
  }
  if (headline && (!heads || standIn || heads.confidence === 'guess')) warnings.unshift(`no headline marked: took 「${headline}」 as the headline; check it`)
  return {
    headline,
    subtitle: heads?.subtitleText ? cleanTitle(heads.subtitleText) : null,
    kicker: heads?.kicker ? cleanTitle(heads.kicker.text) : heads?.kickerText ? cleanTitle(heads.kickerText) : null,
    bylines,
    photographers: creditedUnderText,
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

/** Paragraphs that opened with the article's dateline or byline (`本报讯（记者 某某）…`): its lead, never a photo's caption. */
const LEADS = new WeakSet<BodyBlock>()
/** The story of the day split off a news photo's caption (newsPhotoSplit). */
const STORIES = new WeakSet<BodyBlock>()

const FLOW: Kind[] = ['prose', 'title', 'fragment', 'stray', 'caption', 'heading']

/** A short scene or label (`闭幕式活动现场`, `焊工决赛`): no cut first line of a paragraph, whatever follows it. */
const shortLabel = (l: Line) => wordLength(l.text) <= 8 && !/[，,、：:。！？]/.test(l.text) && (isScene(l.text) || CAPTION_WORDS.test(l.text) || /(?:决赛|比赛|赛场|现场|合影|留念)$/.test(l.text))

/**
 * `在第134个五一国际劳动节来临之际` / `三明工会坚持政治引领，` / `紧扣职工所需` / …: a post's text set
 * as verse, a phrase a line between blank lines, in the body. Five lines or more, short, none a
 * sentence, several ending in a comma: one paragraph, not headings over scraps.
 */
function markVerse(lines: Line[]): void {
  const phrase = (l: Line) =>
    ['prose', 'title', 'fragment'].includes(l.kind) && l.blankBefore >= 1 && wordLength(l.text) >= 2 && wordLength(l.text) <= 20 && !/[。！？!?；;：:]/.test(l.text) && !NUMBERED_HEADING.test(l.text) && !l.listItem
  for (let k = 0; k < lines.length; k++) {
    const n = runLength(lines, k, phrase)
    const run = lines.slice(k, k + n)
    if (n >= 5 && run.filter((l) => /[，,、]$/.test(l.text.trim())).length >= 2 && lines.slice(0, k).some((l) => l.kind === 'prose' && wordLength(l.text) > 40)) {
      run[0]!.text = run.map((l) => l.text.trim()).join(' ').replace(/(?<=[，,、])\s/g, '')
      run[0]!.kind = 'prose'
      for (const l of run.slice(1)) l.kind = 'ornament'
    }
    k += n
  }
}

/**
 * `下面请欣赏竞赛图片，带你进入比赛现场。` / `比赛现场` / `焊花在眼前跳跃` / …: the text announces
 * the photos; the short lines after it, up to the next sentence, are their captions.
 */
function markAnnouncedPhotos(lines: Line[]): void {
  const ANNOUNCED = /(?:请欣赏|請欣賞|请看|請看|一起来看|一起來看|来看看|來看看|带你走进|帶你走進|带你进入|帶你進入|先睹为快|先睹為快).{0,12}(?:图片|圖片|照片|镜头|鏡頭|瞬间|瞬間|现场|現場|风采|風采)/
  for (const l of lines) {
    if (l.kind !== 'prose' || !ANNOUNCED.test(simplifiedCopy(l.text)) || wordLength(l.text) > 60) continue
    const label = (x: Line) => ['prose', 'title', 'fragment', 'stray'].includes(x.kind) && wordLength(x.text) >= 2 && wordLength(x.text) <= 24 && !/[。！？!?，,；;：:]/.test(x.text) && !WEB_FURNITURE.test(x.text)
    const n = runLength(lines, l.i + 1, label)
    if (n >= 2) for (const x of lines.slice(l.i + 1, l.i + 1 + n)) x.kind = 'caption'
  }
}

function assembleBody(
  lines: Line[],
  warnings: string[],
  bylines: Byline[],
  setPublication: (p: string) => void,
): BodyBlock[] {
  markVerse(lines)
  markAnnouncedPhotos(lines)
  markNumberedCaptions(lines)
  markPhotoCaptions(lines)
  markHeadCaption(lines)
  markLoneCaptions(lines)
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
    // Short labels standing over the text (`电工决赛`, `合影留念`) are not cut lines.
    if (!endsSentence(f.text) && !shortLabel(f) && flow[k + 1]!.blankBefore === 0 && FLOW.includes(flow[k + 1]!.kind)) cutLengths.push(wordLength(f.text))
  }
  const column = median(cutLengths)
  // Most lines are cut, at about the same length.
  const columnar =
    cutLengths.length >= 3 &&
    cutLengths.length >= flow.length * 0.5 &&
    cutLengths.filter((n) => Math.abs(n - column) <= 2).length >= cutLengths.length * 0.6
  const fillsColumn = (l: Line, next: Line | undefined) =>
    columnar && next !== undefined && next.blankBefore === 0 && wordLength(l.text) >= column - 1 && !shaped(l)

  // Headings confirmed by form, to judge unmarked short lines by the same style.
  const shapedHeadings = flow.filter((l) => l.kind === 'heading' || (l.kind === 'title' && shaped(l))).length
  const heads = lines.filter((l) => l.kind === 'headline' || l.kind === 'subtitle' || l.kind === 'kicker')
  const byPhotographers = lines.some((l) => l.kind === 'byline' && Boolean(l.byline?.bylines.length) && l.byline!.bylines.every((b) => b.role === '摄影') && !lines.slice(0, l.i).some((n) => n.kind === 'prose'))
  const photoStory = heads.some((l) => PHOTO_STORY.test(l.text)) || byPhotographers

  const blocks: BodyBlock[] = []
  /** Captions split off the end of a paragraph's line (`…。图为…`). */
  const gluedCaptions = new Set<BodyBlock>()
  const dropped: string[] = []
  let section: string | null = null
  const emitCaption = (l: Line) => {
    const { text, credit } = splitCaptionCredit(l.text.replace(AUTHOR_AFTER, ''))
    // `↓↓`: marks without a word say nothing.
    if (!text || wordLength(text) === 0) return
    // `李某 某公司39路调度员`: a portrait's caption, the name and the post set apart as printed.
    blocks.push({ type: 'caption', text: listedPerson(text) ? collapseSpaces(text) : cleanProse(text), credit, section })
  }
  const emitHeading = (text: string) => {
    section = text
    blocks.push({ type: 'heading', text })
  }

  const kindAt = (k: number) => flow[k]?.kind
  /** Set once a paragraph is out (checked lazily: a page can hold many runs of short lines). */
  let bodyStarted = false

  /** Extend an unfinished paragraph over the lines that complete it; returns the next index. */
  const extend = (parts: string[], start: number, deferred: Line[]): number => {
    let k = start
    // `——某某颁奖典礼·颁奖词`: a quotation's attribution ends where it stands.
    if (SUBTITLE_DASH.test(parts[0]!)) return k
    // `…比赛中。某某网记者 某某 摄`: a sentence closed by a photo's credit is finished too.
    const credited = (t: string) => /[。！？]$/.test(splitPhotoCredit(t)?.text ?? '')
    // `…发挥了重要作用。(记者 某某)`: a sentence closed by its writer's name in brackets is finished too.
    const signed = (t: string) => /[。！？][（(][^（()）]{2,30}[)）]$/.test(t)
    while (!endsSentence(parts.at(-1)!) && !credited(parts.at(-1)!) && !signed(parts.at(-1)!)) {
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
      if (!x || x.listItem || flow[k - 1]?.listItem) break
      const last = parts.at(-1)!
      // `示范引领,双线送福精准发力` / (blank) / `县总工会聚焦…`: a short line without a stop, standing alone
      // after a finished paragraph, is a heading over the next one, not the start of its sentence —
      // across a blank line, or in a file of whole lines (no column cut them).
      // (`依托园区经济，着力拓宽劳动竞赛覆盖领域`: a work report's heading of two clauses, in a file of whole lines.)
      const twoClauses = !columnar && TWO_CLAUSE_HEADING.test(last.trim())
      const alone = parts.length === 1 && (wordLength(last) <= 20 || twoClauses) && !/[。！？!?；;：:]/.test(last) && !endsMidSentence(last) && !continuesSentence(x.text) && (k - 1 === 0 || endsSentence(flow[k - 2]?.text ?? '。'))
      if (alone && x.kind === 'prose' && (x.blankBefore >= 1 || (!columnar && (!/[，,、]/.test(last) || twoClauses) && wordLength(x.text) >= 2 * wordLength(last)))) break
      let join = false
      if (x.kind === 'prose') {
        join = !(usesIndent && x.indent >= 2 && !continuesSentence(x.text))
      } else if (x.kind === 'title' || x.kind === 'fragment') {
        const y = flow[j + 1]
        const captionByGap = x.blankBefore >= pictureGap && (!y || y.kind !== 'prose' || y.blankBefore >= pictureGap)
        join = !shaped(x) && !captionByGap && (continuesSentence(x.text) || endsMidSentence(last) || y?.kind === 'prose' || !y)
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
    // `…座谈会现场。某某网记者张三 摄 某某网合肥4月24日电（记者 张三）…`: a web copy glues the photo's
    // caption and credit before the article's dateline.
    const glued = GLUED_CAPTION.exec(text)
    if (glued) {
      blocks.push({ type: 'caption', text: cleanProse(glued[1]!), credit: glued[2]!.replace(/\s+/g, ' ').trim(), section })
      text = text.slice(glued[0].length)
    }
    // `上海：江源 某某中学教师`: in one entry of a list of people the space parts name and employer.
    // `1.贺 彪 某某公司…`: an entry of a list of people, its number off and its name in one piece.
    const entry = listEntry(text)
    const nameFirst = /^(?:[\u4e00-\u9fff]{2,3}[:：])?([\u4e00-\u9fff·]{2,4})[ \u3000]/.exec(entry)
    // `某某有限公司 邢某`: in an entry of a list of people chosen the space marks where the name starts.
    const listed = parts.length === 1 ? listedPerson(entry) : null
    text = listed && ((nameFirst && listed.name === nameFirst[1]) || listed.byEmployer) ? entry : cleanProse(text)
    // `本报讯 11月20日，…`: the print dateline has no place on the web.
    let datelined = /^(?:本报讯|本刊讯|本台讯|本网讯|【[\u4e00-\u9fff]{2,8}讯】)/.test(text)
    text = text.replace(/^(?:本报讯|本刊讯|本台讯|本网讯)(?=\s+|\d)(?!\s*[（(])\s*/, '')
    text = text.replace(/^【[\u4e00-\u9fff]{2,8}讯】\s*/, '')

    // `…开幕。 k3P#x9`: a web page's anti-copy noise after the sentence.
    const noise = /(?<=[。！？”])\s+(\S{3,16})$/.exec(text)
    if (noise && isSymbolJunk(noise[1]!)) text = text.slice(0, noise.index)
    for (const [k, found] of [bylineInParagraph(text), bylineAtEnd(text)].entries()) {
      if (!found) continue
      // The byline opening the paragraph (`某某网讯（记者 某某）…`): the article's lead.
      datelined ||= k === 0
      found.line.bylines.forEach((b) => {
        if (!bylines.some((x) => x.name === b.name && (x.role === b.role || b.role === '摄影'))) bylines.push(b)
      })
      if (found.line.publication) setPublication(found.line.publication)
      text = found.rest
      break
    }
    // `中新网安徽新闻8月18日电 2023年8月17日，…`: an outlet's dispatch line with no reporter named
    // (one with its reporters was read as a byline above).
    const dispatch = dispatchLength(text)
    if (dispatch > 0) {
      text = text.slice(dispatch)
      datelined = true
    }
    const closing = bylineAtEnd(text)
    if (closing) {
      closing.line.bylines.forEach((b) => {
        if (!bylines.some((x) => x.name === b.name && (x.role === b.role || b.role === '摄影'))) bylines.push(b)
      })
      text = closing.rest
    }
    // `…技能水平。圖為在揚州舉行的…現場，一名工人…。`: a photo's caption glued after the text's last sentence.
    const tailCaption = /^(.{20,}?[。！？])\s*((?:图为|圖為)[^。！？]{4,80}[。！？]?)$/.exec(text)
    if (tailCaption) {
      blocks.push({ type: 'paragraph', text: tailCaption[1]!, section })
      const { text: words, credit } = splitCaptionCredit(tailCaption[2]!)
      const caption: BodyBlock = { type: 'caption', text: words, credit, section }
      gluedCaptions.add(caption)
      blocks.push(caption)
    } else if (text) {
      const block: BodyBlock = { type: 'paragraph', text, section }
      if (datelined) LEADS.add(block)
      blocks.push(block)
    }
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
    // `包起帆：` / `依靠聪明才智创造奇迹`: one heading, the person and the line about them.
    if (line.nameLabel && (flow[k + 1]?.kind === 'title' || flow[k + 1]?.kind === 'heading')) {
      emitHeading(`${line.text}${cleanTitle(flow[k + 1]!.text)}`)
      k += 2
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
        !shaped(line) &&
        ((next.blankBefore === 0 && gap >= 1 && !shortLabel(line)) || continuesSentence(next.text) || endsMidSentence(line.text) || (/[，,]/.test(unquoted(line.text)) && wordLength(line.text) >= 8)))
    if (startsParagraph) {
      const parts = [line.text]
      const deferred: Line[] = []
      k = extend(parts, k + 1, deferred)
      // A short title line left alone between finished paragraphs: the heading of the next one.
      const lone = parts.length === 1 && !line.listItem && blocks.some((b) => b.type === 'paragraph') && ((wordLength(line.text) <= MAX_PLAIN_HEADING && !/[。！？!?；;：:、]/.test(line.text)) || (!columnar && TWO_CLAUSE_HEADING.test(line.text.trim())))
      if (lone && flow[k]?.kind === 'prose' && wordLength(flow[k]!.text) >= 30 && !isScene(line.text) && !PERSON_ACTION.test(line.text) && !listedPerson(listEntry(line.text))) {
        emitHeading(cleanTitle(line.text))
        continue
      }
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
      // `某某：` over a profile's heading is read with that heading: the run stops before it.
      if (run.length > 0 && f.nameLabel) break
      // A title glued to the running text below it starts a paragraph: stop the run there.
      const glue = (flow[j + 1]?.kind === 'prose' && flow[j + 1]!.blankBefore === 0 && gap >= 1 && !shortLabel(f)) || fillsColumn(f, flow[j + 1])
      if (run.length > 0 && f.kind !== 'stray' && glue) {
        glued = true
        break
      }
      run.push(f)
      j++
    }
    let after = j
    while (flow[after] && (flow[after]!.kind === 'caption' || flow[after]!.kind === 'stray')) after++
    const followedByText = glued || flow[after]?.kind === 'prose' || Boolean(flow[after]?.nameLabel)
    bodyStarted ||= blocks.some((b) => b.type === 'paragraph')
    const nextText = flow[after]?.kind === 'prose' ? flow[after]!.text : undefined
    for (const block of readRun(run, { followedByText, bodyStarted, pictureGap, shapedHeadings, photoStory, nextText }, dropped)) {
      if (block.type === 'heading') emitHeading(block.text)
      else if (block.type === 'caption') blocks.push({ type: 'caption', text: block.text, credit: null, section })
      else emitParagraph([block.text])
    }
    k = j
  }
  // Nothing read as running text or a caption (a notice of short lines, each a heading or a scrap
  // by its form): the page is not refused while it has words; its lines are kept as paragraphs, in
  // order, for the editor to sort.
  if (!blocks.some((b) => b.type === 'paragraph' || b.type === 'caption')) {
    const kept = flow.filter((l) => l.kind !== 'stray' && wordLength(l.text) >= 2 && !TAIL_LINKS.test(l.text))
    if (kept.length > 0) {
      warnings.push(`no running text found: kept ${kept.length} short line(s) as paragraphs; check them`)
      return kept.map((l) => ({ type: 'paragraph', text: cleanProse(l.text), section: null }))
    }
  }
  // Say what was dropped, so an editor can check nothing real went with the scraps.
  if (dropped.length > 0) {
    const shown = dropped.slice(0, 12).map((d) => `「${d}」`).join(' ')
    warnings.push(`dropped ${dropped.length} stray fragment(s): ${shown}${dropped.length > 12 ? ' …' : ''}`)
  }
  // A picture item without a credit: its one short paragraph closed by `图为…` on the same line is
  // all the photo's caption.
  const [only, last] = blocks
  if (blocks.length === 2 && only?.type === 'paragraph' && last?.type === 'caption' && gluedCaptions.has(last) && wordLength(only.text) + wordLength(last.text) <= PICTURE_ITEM.chars) {
    return [{ type: 'caption', text: `${only.text}${last.text}`, credit: last.credit, section: null }]
  }
  return blocks
}

type RunBlock = { type: 'heading' | 'caption' | 'paragraph'; text: string }

type RunContext = {
  /** Running text follows the run: its last item may be the heading of that text. */
  followedByText: boolean
  /** A paragraph came before: an unshaped heading needs a lead above it. */
  bodyStarted: boolean
  pictureGap: number
  shapedHeadings: number
  /** A photo story (`…掠影`, `组图`, credited to photographers only): its short lines are captions. */
  photoStory: boolean
  /** The running text after the run, when it follows. */
  nextText?: string
}

/** Words of a photo story's title: `…代表大会掠影`, `组图：…`, `镜头里的…`. */
const PHOTO_STORY = /掠影|组图|图集|图片新闻|高清图|影像|镜头|瞬间|图说|剪影/

/** A caption and its credit glued before an article's dateline (`…电（`, `…讯（`, `本报讯`). */
const GLUED_CAPTION =
  /^(.{6,80}?[。！？])\s*((?:[\u4e00-\u9fff]{0,8}(?:记者|記者|通讯员|通訊員)\s*)?[\u4e00-\u9fff·]{2,4}(?:[、\s][\u4e00-\u9fff·]{2,4})*)\s*[摄攝]\s+(?=[\u4e00-\u9fff]{2,12}\d{1,2}月\d{1,2}日[电電]|本报讯|本報訊|[\u4e00-\u9fff]{2,10}[讯訊]\s*[（(])/

/** Longest unshaped line taken for a heading (newspaper-format.md: "typically 4-20 characters"). */
const MAX_PLAIN_HEADING = 20
/** `聚焦凝心铸魂，思想引领有声有色`: two clauses and nothing else, each of four words or more. */
const TWO_CLAUSE_HEADING = /^[^，,。！？!?；;：:、]{4,14}[，,][^，,。！？!?；;：:、]{4,16}$/

/**
 * Short lines between paragraphs. Scraps are dropped; neighbouring fragments separated by no more
 * than the usual gap are one heading split over lines (`凝聚` / `思想` / `力`), and so is a short
 * label glued over the line under it (`2025工作谋划` / `突出特色，统筹全局`); the last candidate
 * is the heading when running text follows; the others, and all of them at the end of the text,
 * are photo captions.
 *
 * A line with no heading's shape (number, two clauses, 【】, bullet) is a heading only where one
 * can stand: after the lead, at most 20 characters long. Otherwise it is a caption when it reads
 * like one, running text when it is long, and dropped when it is neither (a web page's debris).
 */
/** A part of an honour list named by its honour: `全国五一劳动奖状`, `二、省工人先锋号推荐对象`. */
const HONOUR_PART = /(?:奖状|奖章|先锋号|劳动模范|先进工作者|先进集体|先进个人|工匠|技术能手|最美职工|示范岗|职工之家)(?:获得者|推荐对象|候选人|名单|\s*[（(][^（）()]{1,12}[)）])?$/
const honourPart = (text: string) => wordLength(text) <= 24 && HONOUR_PART.test(simplifiedCopy(text)) && !/[，,、。；;]/.test(text)

function readRun(run: Line[], ctx: RunContext, dropped: string[]): RunBlock[] {
  const { followedByText, pictureGap, shapedHeadings } = ctx
  // A post written as verse, eight phrases a line or more (`劳动是辛勤者的勋章` / `支撑着每一位辛勤劳动者`):
  // its text, kept as paragraphs (a new one at each `第一名 某某` of a ranking), never dropped as scraps.
  const phrase = (l: Line) => wordLength(l.text) <= 20 && !/[。！？!?；;]/.test(l.text) && [...l.text].filter(isHan).length >= 4 && !/^[-–—•·*]|[A-Za-z]{2}/.test(l.text.trim()) && !WEB_FURNITURE.test(l.text)
  // (Not a list of photos' captions: lines that show a scene, `代表们投下庄严的一票`, are a few at most.)
  const shows = (l: Line) => CAPTION_WORDS.test(l.text) || PERSON_ACTION.test(l.text) || SHOWN.test(l.text) || isScene(l.text) || PICTURED_WORK.test(simplifiedCopy(l.text)) || /^[\u4e00-\u9fff]{0,4}(?:代表们|职工们|选手们|工人们)/.test(l.text)
  if (run.length >= 5 && run.filter(phrase).length >= run.length * 0.8 && run.filter(shows).length <= run.length * 0.25 && !run.some((l) => l.nameLabel)) {
    const stanzas: string[][] = [[]]
    for (const l of run) {
      if (/^第[一二三四五六七八九十\d]{1,3}名/.test(l.text.trim())) stanzas.push([l.text.trim()], [])
      else stanzas.at(-1)!.push(l.text.trim())
    }
    return stanzas.filter((st) => st.length > 0).map((st) => ({ type: 'paragraph' as const, text: st.join(' ') }))
  }
  for (const l of run) if (l.kind === 'stray') dropped.push(l.text)
  const items = run.filter((l) => l.kind !== 'stray')
  // `立秋后` / `多地气温仍居高不下` / `劳动者们仍然坚守在岗位`: a lead written as verse, a phrase a
  // line, before any paragraph; not a heading (no text follows) nor captions (they show nothing).
  const verse =
    !ctx.bodyStarted &&
    !followedByText &&
    items.length >= 3 &&
    items.every((l) => !shaped(l) && wordLength(l.text) <= 16 && !/[。！？!?；;：:]/.test(l.text) && !CAPTION_WORDS.test(l.text) && !PERSON_ACTION.test(l.text) && !SHOWN.test(l.text))
  if (verse) return [{ type: 'paragraph', text: items.map((l) => l.text.trim()).join(' ') }]
  const groups: Line[][] = []
  items.forEach((item, n) => {
    const current = groups.at(-1)
    const prev = current?.at(-1)
    const short = (l: Line) => wordLength(l.text) <= 8 && !/[ \u3000]/.test(l.text)
    const merged = current ? current.reduce((m, l) => m + wordLength(l.text), 0) + wordLength(item.text) : 0
    const mergeable =
      current &&
      prev &&
      item.blankBefore < pictureGap &&
      short(prev) &&
      short(item) &&
      merged <= 20 &&
      (followedByText || wordLength(prev.text) <= 3 || wordLength(item.text) <= 3)
    // `2025 工作谋划` right over `突出特色，统筹全局`, and the text under both: a two-level heading.
    const labelled =
      current?.length === 1 &&
      prev &&
      followedByText &&
      n === items.length - 1 &&
      item.blankBefore <= 1 &&
      item.blankBefore < pictureGap &&
      wordLength(prev.text) <= 8 &&
      wordLength(item.text) <= 16 &&
      !shaped(item) &&
      !CAPTION_WORDS.test(prev.text + item.text)
    if (mergeable || labelled) current!.push(item)
    else groups.push([item])
  })
  const out: RunBlock[] = []
  groups.forEach((group, n) => {
    const text = cleanTitle(group.map((l) => l.text).join(' ')).replace(/^【(.+)】$/, '$1')
    const length = wordLength(text)
    // `全国五一劳动奖章` over the names of the people who won it: a part of an honour list.
    if (group.length === 1 && n < groups.length - 1 && honourPart(text)) return void out.push({ type: 'heading', text })
    // `1、匠心追逐强军梦的某公司的徐某` between paragraphs: a numbered part's heading, not a scrap.
    // Not a numbered entry of a list of people (`2.付某 某中心主任`).
    if (group.length === 1 && ctx.bodyStarted && NUMBERED_HEADING.test(group[0]!.text) && length <= 40 && !/[。！？!?]/.test(text) && !listedPerson(listEntry(group[0]!.text)) && !/本网站?|版权|转载/.test(text)) return void out.push({ type: 'heading', text })
    // `李 杰：井下设备的神医华佗` over text about 李杰: a profile's part, opening with its person.
    const part = /^([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff·]){1,3})\s*[:：]\s*([^。！？!?；;，,]{4,20})$/.exec(text)
    const person = part?.[1]!.replace(/[ \u3000]/g, '')
    if (group.length === 1 && n === groups.length - 1 && person && looksLikeName(simplifiedCopy(person)) && ctx.nextText?.slice(0, 120).includes(person)) return void out.push({ type: 'heading', text })
    // `龚某：某大学院士，教授` among other such lines: an entry of a list of people, kept as text.
    const entry = /^([\u4e00-\u9fff·]{2,4})\s*[:：]\s*\S/.exec(text)
    if (group.length === 1 && entry && looksLikeName(simplifiedCopy(entry[1]!)) && (n < groups.length - 1 || !followedByText)) return void out.push({ type: 'paragraph', text: cleanProse(group[0]!.text) })
    // `(上海市五一劳动奖章获得者、某公司总裁)`: a line in brackets says more of what stands above it.
    if (group.length === 1 && /^[（(][^（）()]{4,60}[)）]$/.test(text)) return void out.push({ type: 'paragraph', text: cleanProse(group[0]!.text) })
    // `■ 人物`: a short label behind a bullet opens a part of the piece.
    if (length >= 2 && length < 4 && group.length === 1 && group[0]!.bullet && n === groups.length - 1 && followedByText) return void out.push({ type: 'heading', text })
    if (length < 4) {
      dropped.push(group.map((l) => l.text).join(''))
      return
    }
    const prose = cleanProse(group.map((l) => l.text).join(''))
    // Empty lines stand where the photo was: an unmarked caption has more of them on one side than
    // paragraphs have between them, or says what a photo shows. The file's own edges do not count.
    const gapAround = (b: number) => b !== EDGE && b >= pictureGap
    const isolated = gapAround(group[0]!.blankBefore) || gapAround(group.at(-1)!.blankAfter)
    const caption = (): RunBlock | null => (captionLike(prose) && (isolated || (ctx.photoStory && ctx.bodyStarted) || CAPTION_WORDS.test(prose) || PERSON_ACTION.test(prose) || SCENE_LEAD.test(prose)) ? { type: 'caption', text: prose } : null)
    const last = n === groups.length - 1
    if (last && followedByText) {
      const first = group[0]!
      const form = group.some(shaped) || headingShaped(text)
      // A heading sits close to the text it opens; a line with the photo's gap on both sides does not.
      const apart = gapAround(group.at(-1)!.blankAfter)
      // `全国劳动模范某某讲述自己的故事`: a person doing something is a photo's caption wherever it stands.
      // `参观企业`, `签署某某项目推进协议`, `现场为女职工开展义诊服务`: a scene led by what is done in it.
      const action = !form && (PERSON_ACTION.test(text) || SCENE_LEAD.test(text)) && captionLike(prose)
      // `闭幕式活动现场`, `合影留念`: a scene is what a photo shows.
      const captionish = action || (ctx.photoStory && !form) || (!form && isScene(text)) || (first.blankBefore >= pictureGap && !form && (CAPTION_WORDS.test(text) || shapedHeadings >= 2 || length > 16 || (apart && (PICTURED_WORK.test(text) || SHOWN.test(text) || !ctx.bodyStarted))))
      if (form && !captionish) return void out.push({ type: 'heading', text })
      if (!captionish && ctx.bodyStarted && length <= MAX_PLAIN_HEADING) return void out.push({ type: 'heading', text })
      // No room for a heading here: a caption by its words or its place, running text when long.
      const block = captionish || CAPTION_WORDS.test(text) ? caption() : null
      // Too long for a heading and no sentence (`《某某》荣获2023年某某新闻奖二等奖`): a caption between
      // paragraphs, as running text would end with its stop; `姓名：…` is a profile's heading.
      const unsentenced = ctx.bodyStarted && length > MAX_PLAIN_HEADING && length <= 40 && !/[。！？!?；;：:]/.test(text) && captionLike(prose) && !TAIL_LINKS.test(prose) && SHOWN.test(prose)
      if (block) out.push(block)
      else if (unsentenced) out.push({ type: 'caption', text: prose })
      else if (length > MAX_PLAIN_HEADING && /[\u4e00-\u9fff]/.test(text)) out.push({ type: 'paragraph', text: prose })
      else dropped.push(prose)
    } else {
      // Lines standing after the text, each a full description (`重点组代表作品《…》`), not a web
      // page's links or labels: the captions of the photos shown there.
      const described = ctx.bodyStarted && !followedByText && length >= 8 && captionLike(prose) && !TAIL_LINKS.test(prose) && SHOWN.test(prose)
      const block = caption() ?? (described ? { type: 'caption' as const, text: prose } : null)
      if (block) out.push(block)
      else dropped.push(prose)
    }
  })
  return out
}

/** What a photo after the text shows: a work by its title (`《…》`), a page, a certificate. */
const SHOWN = /《[^》]{2,30}》|作品|照片|图片|画面|版面|头版|证书|奖杯|奖牌|合影|现场/

/** A web page's calls to read on or share, which stand after the text like captions. */
const TAIL_LINKS = /(?:阅读|推广|点击|更多|全文|新闻线索|欢迎您|投稿|评论|点赞|收藏|转发|分享|下载|登录|注册|举报|广告|免责|声明|联系|电话|地址|邮编|备案|技术支持|主办|承办|协办)/

/** What a photo's caption may open with when it names no one: the act it shows (`参观企业`, `走进…工作室学习交流`). */
const SCENE_LEAD = /^(?:走进|走访|参观|签署|签订|观看|体验|聆听|慰问|看望|现场为|为[^，。、]{1,10}(?:开展|颁发|送上|赠送)|向[^，。、]{1,10}(?:赠送|颁发|献花))/
/** What a caption says a person is doing: `某某讲述自己的故事`, `某某正在检修线路`, `某某到某公司看望职工`. */
const PERSON_ACTION = /(?:到[^，,。]{2,20}(?:看望|慰问|慰問|调研|調研|考察|走访|走訪)|在[^，,。]{2,20}(?:了解|察看|查看)[^，,。]{0,12}情况|正在|讲述|講述|接受采访|接受採訪|合影留念|亲切握手|親切握手|亲切交谈|親切交談|为.{1,16}(?:颁奖|颁发|授牌|授旗|揭牌|颁证)|為.{1,16}(?:頒獎|頒發))/

/**
 * Where a person stands in a photo (`（右二）`, `(左)`, `（前排左三）`), a place that cannot be a part's number: `（左二）`, `（右）`, `（图右）`, `（前排中）`,
 * `（中三）` — never a bare `（上）` or `（中）`, which number a series' parts.
 */
const PICTURED = /[（(](?:(?:前排|后排|中排|第[一二三]排|图)?[左右](?:[一二三四五六七八九十\d]{1,2})?|(?:前排|后排|中排|第[一二三]排|图)[中前后上下]|[中前后上下][一二三四五六七八九十\d]{1,2})[)）]/
const PHOTO_POSITION = /[（(](?:前排|后排|中排|第[一二三]排|图)?[左右中前后上下](?:[一二三四五六七八九十\d]{1,2})?[)）]/

/** A line that says what a photo shows: a person doing something, a scene, a person's place in the photo. */
function photoLine(text: string): boolean {
  return PERSON_ACTION.test(text) || isScene(text) || PHOTO_POSITION.test(text)
}

/** A short line naming a scene: `某某上课的场景`, `颁奖现场`. */
const SCENE = /^[^，,。！？]{2,20}(?:现场|场景|情景|瞬间|合影|留影|一角|剪影|掠影)$/
/** A scene line (`捐助现场`), in traditional characters or closed by a stop too (`捐助現場。`). */
const isScene = (text: string) => SCENE.test(simplifiedCopy(text).replace(/[。.]$/, ''))

/**
 * A photo's caption right under the headline block, without a mark: one short sentence ending in
 * `。`, standing alone, before a paragraph at least twice as long; or a scene line (`…的场景`) there.
 */
function markHeadCaption(lines: Line[]): void {
  const head: Kind[] = ['headline', 'subtitle', 'kicker', 'byline', 'furniture', 'masthead', 'dateline', 'credits']
  // `劳模班上课的场景` between the headline and the text: a photo's caption by its last word.
  // Also the page's first line, closed by a stop or not (`某某“金秋助学”捐助现场。` over the text).
  const scene = lines.find((l) => (l.kind === 'title' || (l.kind === 'prose' && l.i === 0 && isScene(l.text))) && (l.i === 0 || head.includes(lines[l.i - 1]?.kind ?? 'prose')))
  if (scene && isScene(scene.text) && lines[scene.i + 1]?.kind === 'prose' && !lines.slice(0, scene.i).some((l) => l.kind === 'prose')) scene.kind = 'caption'
  // `开场舞蹈。` / `某某致辞。` / `职工代表家属冲上台来拥抱亲人。` / `某某报讯（记者…）…`: the photos'
  // captions printed over the story, whose dateline opens the text.
  const opening = lines.find((l) => l.kind === 'prose')
  if (opening) {
    const run = runLength(lines, opening.i, (l) => l.kind === 'prose' && wordLength(l.text) <= 40 && /^[^。！？]+。$/.test(l.text.trim()))
    const lead = lines[opening.i + run]
    if (run >= 2 && lead?.kind === 'prose' && (bylineInParagraph(lead.text) || DATELINE_LEAD.test(lead.text))) {
      for (const l of lines.slice(opening.i, opening.i + run)) l.kind = 'caption'
      return
    }
  }
  const first = lines.find((l) => l.kind === 'prose' && head.includes(lines[l.i - 1]?.kind ?? 'prose'))
  if (!first || lines.slice(0, first.i).some((l) => l.kind === 'prose')) return
  const next = lines[first.i + 1]
  const text = withoutCredit(first.text)
  const n = wordLength(text)
  // A lead's first sentence (`在期待中，我们迎来了新的一年。`) is as short: a caption shows a scene
  // (`…在百米高空检修线路。`) or names its photographer, and has no clause before it.
  // On a page with a photographer's credit line, a line opening with the day is the photo's too.
  const credited = lines.some((l) => isCreditLine(l.text) || l.kind === 'pictureCredit')
  const photoWords = CAPTION_WORDS.test(text) || text !== first.text || !/[，,]/.test(text) || credited
  if (n >= 6 && n <= 36 && photoWords && /。$/.test(text) && (text.match(/[。！？]/g) ?? []).length === 1 && first.blankAfter >= 1 && next?.kind === 'prose' && wordLength(next.text) >= 2 * n && !bylineInParagraph(first.text)) {
    first.kind = 'caption'
    if (text === first.text) first.text = first.text.replace(/。$/, '')
  }
}

/**
 * A photo's caption standing alone between paragraphs: one short sentence without a clause
 * (`“走近某某”集体采访活动。`, `某某在训练中。`) between two paragraphs each at least twice as
 * long. A paragraph that short has a comma (`做一名好厨师，某某坚持了18年。`) or is speech.
 */
function markLoneCaptions(lines: Line[]): void {
  markBracketedCaptions(lines)
  // `李某(右)向年轻工人传授心得`: a person's place in the picture makes a short line a photo's caption.
  for (const l of lines) {
    if (['title', 'fragment'].includes(l.kind) && PICTURED.test(l.text) && wordLength(l.text) <= 40 && !/[。！？!?]./.test(l.text)) l.kind = 'caption'
  }
  // `电工决赛` / `焊工决赛` between two paragraphs: the labels of two photos side by side, not a
  // heading of two lines.
  for (let k = 0; k < lines.length; k++) {
    const n = runLength(lines, k, (l) => (l.kind === 'title' || l.kind === 'fragment') && shortLabel(l))
    if (n >= 2 && lines[k - 1]?.kind === 'prose' && lines[k + n]?.kind === 'prose') for (const l of lines.slice(k, k + n)) l.kind = 'caption'
    k += n
  }
  const prose = lines.filter((l) => l.kind === 'prose')
  prose.forEach((l, n) => {
    const [prev, next] = [prose[n - 1], prose[n + 1]]
    if (!prev || !next || lines[l.i - 1] !== prev || lines[l.i + 1] !== next) return
    const text = l.text.trim()
    const size = wordLength(text)
    if (size < 6 || size > 24 || !/。$/.test(text) || (text.match(/[。！？!?；;，,、：:]/g) ?? []).length !== 1) return
    if (/^[“"「]/.test(text) && /[”"」]。?$/.test(text)) return
    if (wordLength(prev.text) < 2 * size || wordLength(next.text) < 2 * size || !captionLike(text)) return
    l.kind = 'caption'
  })
}

/**
 * A site's slideshow over the page: four lines or more at its top, each on its own between blank
 * lines, each a description without a sentence's stop (`…活动现场`, `…在柳州举办`), before the
 * text. They are the slides' captions, not a headline and its decks.
 */
function markSlideCaptions(lines: Line[]): void {
  const start = lines.findIndex((l) => l.kind !== 'furniture' && l.kind !== 'ornament')
  if (start < 0) return
  const slide = (l: Line, at: number) =>
    (l.kind === 'prose' || l.kind === 'title') && (at === 0 || l.blankBefore >= 1) && wordLength(l.text) >= 12 && wordLength(l.text) <= 70 && !/[。！？!?；;]/.test(l.text) && captionLike(l.text)
  const n = runLength(lines, start, slide)
  const run = lines.slice(start, start + n)
  const next = lines[start + n]
  if (n < 4 || next?.kind !== 'prose' || !/[。！？]/.test(next.text)) return
  if (run.filter((l) => CAPTION_WORDS.test(l.text) || PERSON_ACTION.test(l.text) || /举办|举行|开展|启动|发布|宣讲/.test(l.text)).length < n / 2) return
  for (const l of run) l.kind = 'caption'
}

/**
 * `（启动仪式现场）`, `(授旗)`: a web copy's caption in brackets on a line of its own, between
 * paragraphs. Not a credit, a page jump, `（完）` or `（资料图片）`: those say no scene.
 */
function markBracketedCaptions(lines: Line[]): void {
  for (const l of lines) {
    const m = /^[（(]([^()（）]{2,24})[)）]$/.exec(l.text.trim())
    if (!m || !['prose', 'title', 'fragment', 'stray', 'heading'].includes(l.kind)) continue
    const inner = m[1]!.trim()
    if ([...inner].filter(isHan).length < 2 || NOT_A_SCENE.test(inner) || WEB_FURNITURE.test(inner)) continue
    const [before, after] = [lines[l.i - 1], lines[l.i + 1]]
    // `（图为活动现场）`: the caption's own words say it is one, wherever it stands.
    if (!/^(?:图为|圖為)/.test(inner) && (before?.kind !== 'prose' || after?.kind !== 'prose')) continue
    l.text = inner
    l.kind = 'caption'
  }
}
/** What brackets hold that is not a photo's scene. */
const NOT_A_SCENE = /记者|通讯员|[摄攝]|供图|图片|资料|[完续]|[转接].{0,3}版|编者|注|作者|来源|责编|编辑|[\d０-９]|^[上中下一二三四五六七八九十]$/

/**
 * Photos' captions told by their photographer's credit (`…现场。 李善举/摄`, a `王五/摄` line under
 * the caption) or, in a series of photos, by the day each was taken (`4月23日，…合影。`).
 *
 * Every credited paragraph is a photo's caption, a picture item's (图片新闻) too: its few short
 * paragraphs since the last heading, caption or head line are one caption, and the draft gets a
 * photo block for it (the editor puts the photo in). Its credit is the byline when the piece has
 * none. Paragraphs opening with a date are captions only on a page that shows photos (a credit,
 * `组图`) and where they are at least half of the paragraphs, not in a report that tells its days.
 */
type CaptionUnit = { line: Line; creditLine?: Line; across?: boolean }

/** What someone said (`某某表示,下一步,…`, `…表示:“太惊喜了”`): running text, never a photo's caption. */
const SAID = /^[\u4e00-\u9fff·]{2,4}(?:表示|指出|强调|介绍说|说)[，,:：]|下一步|[:：]\s*[“"]/

const isTextLine = (l: Line | undefined): boolean => l !== undefined && (l.kind === 'prose' || l.kind === 'title' || l.kind === 'fragment')

/**
 * The lines a photographer's credit names as captions, each with the credit line under it if any,
 * and how many credits the page prints. `across`: the credit stands under the writer's byline
 * (`记者 某某` / `某某 摄`), or is a byline of photographers.
 */
function creditedUnits(lines: Line[]): { units: CaptionUnit[]; credits: number } {
  const units: CaptionUnit[] = []
  let credits = 0
  for (const l of lines) {
    if (l.kind === 'caption' || !isTextLine(l) && !['byline', 'names', 'stray', 'pictureCredit'].includes(l.kind)) continue
    // `甲、乙 摄影报道` under the text: photographers reporting; their item's words when the page is nothing else.
    // `本报特约记者 甲 本报通讯员 乙 丙 摄`: a line of credits closed by 摄 credits the photo.
    const reported = l.kind === 'byline' && !isCreditLine(l.text) && Boolean(l.byline?.bylines.length) && (l.byline!.bylines.every((b) => b.role === '摄影') || /(?:摄|攝)(?:影(?:报道)?)?$/.test(l.text.trim()))
    if (isCreditLine(l.text) || reported) {
      credits++
      const prev = lines[l.i - 1]
      const above = lines[l.i - 2]
      // `近期，…` closing a series of dated photos' captions: the story they illustrate, which the
      // credit under it does not make a caption (the credit is the series').
      const story = prev && isTextLine(prev) && STORY_GOES_ON.test(prev.text) && wordLength(prev.text) > 40 && [1, 2].every((n) => dateLed(lines[prev.i - n]?.text ?? ''))
      // `前日，…举办…展。` / `据了解，此次活动…` / credit: the scene of the day is the caption, the
      // news told after it the item's text.
      const dayStory = !reported && prev && above && isTextLine(prev) && isTextLine(above) && /^(?:当日|当天|同日|當日|當天|据了解|據了解|据悉|據悉)[，,]/.test(prev.text) && (dateLed(above.text) || DAY_OPENER.test(above.text) || /^(?:前日|昨日)[，,]/.test(above.text)) && wordLength(above.text) <= 150 && !isCreditLine(above.text)
      if (story) l.kind = 'ornament'
      else if (dayStory) units.push({ line: above, creditLine: l, across: reported })
      else if (prev && isTextLine(prev) && !isCreditLine(prev.text)) units.push({ line: prev, creditLine: l, across: reported })
      else if (prev?.kind === 'byline' && above && isTextLine(above) && !isCreditLine(above.text)) units.push({ line: above, creditLine: l, across: true })
      // A caption already read (`图为…`) with its photographer's credit under it.
      else if (prev?.kind === 'caption' && !splitPhotoCredit(prev.text)) units.push({ line: prev, creditLine: l, across: reported })
      else if (prev?.kind === 'caption') l.kind = 'ornament'
    } else if (isTextLine(l) && splitPhotoCredit(l.text)) {
      credits++
      // `某某表示,下一步,… 某某 摄`: the article's last paragraph, what someone said, with the photo's credit run on.
      if (!SAID.test(l.text)) units.push({ line: l })
    } else if (isTextLine(l) && PHOTO_PLACE.test(lines[l.i - 1]?.text ?? '') && wordLength(l.text) <= 60 && (l.text.match(/[。！？]/g) ?? []).length <= 2 && !SAID.test(l.text)) {
      // The short line under a photo's file name or `(图2)` is that photo's caption.
      credits++
      units.push({ line: l })
    }
  }
  return { units, credits }
}

/**
 * A series of photos told by the day each was taken (`4月23日，…合影。`): its paragraphs opening with
 * a date, on a page that shows photos (a credit, `组图`, a person's place in the picture) where they
 * are at least half of the paragraphs. The lead may open with the day too: the first paragraph is
 * one only when it places a person in the picture (`某某（左二）在…`).
 */
function datedSeries(lines: Line[], credits: number): Line[] {
  const paragraphs = lines.filter((l) => isTextLine(l) && wordLength(l.text) >= 8)
  const dated = paragraphs.filter((l) => dateLed(l.text) && (l.text.match(/[。！？]/g) ?? []).length <= 3)
  const photos = credits > 0 || lines.some((l) => PHOTO_SERIES.test(l.text) || (isTextLine(l) && PICTURED.test(l.text)))
  if (!photos || dated.length < 3 || dated.length * 2 < paragraphs.length) return []
  return dated.filter((l) => l !== paragraphs[0] || PICTURED.test(l.text))
}

function markPhotoCaptions(lines: Line[]): void {
  const { units, credits } = creditedUnits(lines)
  const toCaption = (l: Line, creditLine?: Line) => {
    l.kind = 'caption'
    if (creditLine) {
      l.text = `${l.text} ${creditLine.text}`
      creditLine.kind = 'ornament'
    }
  }
  let chosen = units
  const captioned = new Set([...units.map((u) => u.line), ...datedSeries(lines, credits)])
  // A page of picture items (图片新闻) and nothing else: each item's few paragraphs are its caption.
  const items = units.map(({ line }) => itemParagraphs(lines, line))
  // Items that are each one credited line, but for words before the first: those introduce the
  // gallery (`…现对征集的部分优秀作品进行展示。`), they are not the first photo's caption.
  if (items.length >= 3 && items.slice(1).every((before) => before?.length === 0) && items[0]?.length) items[0] = []
  const inItems = new Set(items.flatMap((before, n) => [...(before ?? []), units[n]!.line]))
  const itemsOnly = items.every((before) => before !== null) && !lines.some((l) => l.kind === 'prose' && !inItems.has(l) && !captioned.has(l))
  // Under an article, a photographer's credit after the byline is the article's photo's, not its last paragraph's.
  if (!itemsOnly && units.some((u) => u.across)) {
    chosen = units.filter((u) => !u.across)
    for (const u of units) if (u.across) captioned.delete(u.line)
  }
  chosen.forEach(({ line, creditLine }, n) => {
    const before = itemsOnly ? items[n]! : []
    if (before.length > 0) {
      line.text = [...before.map((l) => l.text), line.text].join('')
      for (const l of before) l.kind = 'ornament'
    }
    toCaption(line, creditLine)
  })
  for (const l of captioned) if (l.kind !== 'caption') toCaption(l)
  // `图为…` under a caption goes on with it (`…迎来采收期。` / `图为村民在采收马铃薯。` / credit).
  for (const l of lines) {
    const prev = lines[l.i - 1]
    if (l.kind === 'caption' && prev?.kind === 'caption' && /^(?:图为|圖為)/.test(l.text) && /[。！？]$/.test(prev.text)) {
      prev.text = `${prev.text} ${l.text}`
      l.kind = 'ornament'
    }
  }
}

/**
 * `①他们带着新的希望…` / `②刘某55岁，…` / … / `本报记者 某某摄影报道`: a photo story's pictures
 * numbered in the order they are printed, each number's line its caption.
 */
function markNumberedCaptions(lines: Line[]): void {
  const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩'
  const photographed = lines.some((l) => l.byline?.bylines.some((b) => b.role === '摄影') || (l.kind !== 'prose' && /摄影报道$/.test(l.text)))
  if (!photographed) return
  for (let k = 0; k < lines.length; k++) {
    const n = runLength(lines, k, (l, at) => l.kind === 'prose' && l.text.trimStart().startsWith(CIRCLED[at] ?? '\0') && wordLength(l.text) <= 160)
    if (n >= 2) for (const l of lines.slice(k, k + n)) l.kind = 'caption'
    k += n
  }
}

/** A picture item's words: at most four paragraphs, this many characters in all and each. */
const PICTURE_ITEM = { paragraphs: 4, chars: 300, paragraphChars: 150 }

/**
 * A picture item (图片新闻) is a few short paragraphs closed by the photo's credit: the paragraphs
 * before the credited `line`, back to a heading, another caption or the head lines, when they are
 * that short (null when they are not: an article's text runs there).
 */
const DATELINE_LEAD = /^[^，,。]{0,16}(?:讯|訊|电|電)(?:[\s\u3000（(]|$)/

function itemParagraphs(lines: Line[], line: Line): Line[] | null {
  const before: Line[] = []
  let k = line.i - 1
  // Back to the line closed by the previous photo's credit: that item ends there.
  for (; k >= 0 && lines[k]!.kind === 'prose' && !splitPhotoCredit(lines[k]!.text); k--) before.unshift(lines[k]!)
  // An item's first sentence may have been read as a caption already (the line under an agency's
  // photo dateline): the item goes on from it.
  const opening = lines[k]
  if (opening?.kind === 'caption' && !splitPhotoCredit(opening.text) && lines[k - 1]?.kind !== 'caption') before.unshift(opening), k--
  if (before.length >= PICTURE_ITEM.paragraphs || (lines[k] && ['fragment', 'stray'].includes(lines[k]!.kind))) return null
  if (before.some((l) => wordLength(l.text) > PICTURE_ITEM.paragraphChars)) return null
  // `本报讯 …`, `新华社某地电（记者…）`: a news story's lead, not a picture's words.
  if (before[0] && DATELINE_LEAD.test(before[0].text)) return null
  const size = [...before, line].reduce((n, l) => n + wordLength(withoutCredit(l.text)), 0)
  return size > PICTURE_ITEM.chars ? null : before
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
  const closing = lines.find((l) => l.i > lastBody && (l.kind === 'pictureCredit' || l.kind === 'caption' || (l.kind === 'byline' && !headBlock(l))))
  if (!closing) return markTailLabels(lines.slice(lastBody + 1))
  // After a picture credit (`本版图片由…提供`) or a photo's caption the photos' captions are
  // expected; after a plain byline only lines standing apart like a photo's or worded like a caption.
  const credited = closing.kind === 'pictureCredit' || closing.kind === 'caption' || Boolean(closing.byline?.pictureCredit)
  const tail = lines.slice(closing.i + 1).filter((l) => (l.kind === 'prose' || l.kind === 'title') && wordLength(l.text) <= 60)
  if (closing.kind === 'caption') return markCaptionRun(tail)
  for (const l of tail) {
    const text = cleanProse(l.text)
    const apart = (l.blankBefore >= 2 && l.blankBefore !== EDGE) || (l.blankAfter >= 2 && l.blankAfter !== EDGE)
    // A web page's footer lines there are not captions: dropped with the scraps.
    l.kind = captionLike(text) && (credited || apart || CAPTION_WORDS.test(text)) ? 'caption' : 'stray'
  }
}

/**
 * `藏书区` / `书法区与阅读区` / `端午主题活动` / `读书分享会` after the text's last paragraph and
 * nothing else: the labels of the photos shown under the text, three or more, most naming a place
 * or an event. A site's menu or tags there are furniture and are not read.
 */
function markTailLabels(tail: Line[]): void {
  const rest = tail.filter((l) => l.kind !== 'furniture' && l.kind !== 'ornament')
  // (`藏書區`: a label in traditional characters may look like a scrap of rare glyphs.)
  // (`主持人：张某、许某`, `帅哥表演，美女献花`: a label may name who is shown, or two things.)
  const label = (l: Line) =>
    ['prose', 'title', 'fragment', 'stray'].includes(l.kind) && wordLength(l.text) >= 3 && wordLength(l.text) <= 16 && /^[\u4e00-\u9fff、与與“”《》:：，,]+$/.test(l.text.trim()) && !WEB_FURNITURE.test(l.text) && !/^[\u4e00-\u9fff]{1,4}[:：]$/.test(l.text.trim())
  if (rest.length < 3 || !rest.every(label)) return
  const named = rest.filter((l) => isScene(l.text) || CAPTION_WORDS.test(l.text) || PERSON_ACTION.test(l.text) || /参观|观看|演唱|表演|游戏|抓拍|合影/.test(l.text) || /(?:区|區|室|站|馆|館|园|園|墙|牆|泉|山|活动|活動|会|會|赛|賽|仪式|儀式|典礼|典禮)$/.test(l.text.trim()))
  if (named.length * 2 < rest.length) return
  for (const l of rest) l.kind = 'caption'
}

/**
 * Under a photo's caption at the text's end, the next photos' captions follow one after the
 * other, each a short phrase naming what it shows (`职工搬西瓜`, `为职工发放降温品`). A sentence
 * there (a heading's paragraph) means the text goes on: nothing is changed. A closing word
 * (`他们在工地挥汗如雨`) ends the run.
 */
function markCaptionRun(tail: Line[]): void {
  // (`帅哥表演，美女献花`: a short caption may have two parts.)
  if (tail.some((l) => /[。！？!?；;]/.test(l.text) || (/[，,]/.test(l.text) && (wordLength(l.text) > 12 || l.text.split(/[，,]/).some((part) => wordLength(part) < 4))))) return
  for (const l of tail) {
    const text = cleanProse(l.text)
    if (wordLength(text) > 24 || /^(?:他|她|我|你|它|这|那|让|用|向|致敬)/.test(text) || !captionLike(text)) return
    l.kind = 'caption'
  }
}

/** `劳模宣讲进车间 张三 摄` → caption and credit. */
function splitCaptionCredit(text: string): { text: string; credit: string | null } {
  const photo = splitPhotoCredit(text)
  if (photo) return { text: photo.text, credit: photo.credit }
  const m =
    /^(.*?)(?:[\s\u3000]+|[（(])(?:(?:本报|特约)?(?:记者|通讯员)\s*)?([\u4e00-\u9fff·]{2,8}(?:[、\s][\u4e00-\u9fff·]{2,4})*)\s*摄(?:影)?[)）]?[。.]?$/.exec(text) ??
    /^(.*?)[\s\u3000]*[（(]?(?:图|摄影|供图)\s*[/／:：]\s*([^()（）]{2,20}?)[)）]?$/.exec(text)
  if (m && m[1] && wordLength(m[1]) >= 2) return { text: m[1].trim(), credit: m[2]!.trim() }
  return { text, credit: null }
}
