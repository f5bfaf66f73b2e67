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
 * The line model is in parse/lines.ts, the caption passes in parse/pictures.ts, the reading of
 * headings in parse/sections.ts; this module classifies lines, finds the head and assembles the body.
 */
import { bylineAtEnd, bylineInParagraph, parseBylineLine } from './bylines'
import { CAPTION_MARK, cleanProse, cleanTitle, collapseSpaces, dropMirrorDebris, endsSentence, isDebrisScrap, isOrnament, needsSpace } from './clean'
import { CAPTION_WORDS, dateLed, isCreditLine, newsPhotoSplit, photoItemGallery, PHOTO_ITEM, splitPhotoCredit } from './parse/captions'
import { weighUnmarkedCaptions } from './parse/captionModel'
import { dispatchLength } from './parse/datelines'
import { chromeCaption, chromeHeading, readFurniture, SOURCE_BEFORE_TEXT } from './parse/furniture'
import { type DateParts, findDate, parseMasthead, parsePictureCredit, PUBLICATION_SUFFIX } from './masthead'
import { listedOfficial, listedPerson, listedWithEmployer, listEntry, PRIZE_LEVEL } from './people'
import { dictionaryWord, isHan, looksLikeName, normForMatch, simplifiedCopy, wordLength } from './text'
import { WARN, type Warning } from './warnings'
import type { BodyBlock, Byline, Credit } from './types'
import { AUTHOR_AFTER, BRACKETED, CAPTION_LEAD, captionLike, EDGE, headingShaped, isScene, type Kind, LEADS, type Line, NUMBERED_HEADING, PERSON_ACTION, PHOTO_POSITION, photoLine, QUOTED_HEADING, runLength, shaped, STORIES, SUBTITLE_DASH, TAIL_LINKS, withoutCredit } from './parse/lines'
import { markAnnouncedPhotos, markCaptionList, markWorkLabels, spacedWorkLabel, markCaptionsOverParagraphs, markSentenceCaptionsAtEnd, markHeadCaption, markLoneCaptions, markPhotoLinesBetweenParagraphs, markNumberedCaptions, markPortraitLines, markPhotoCaptions, markPhotoItems, markSceneRuns, markSlideCaptions, markTailCaptions, PICTURE_ITEM, shortLabel, splitCaptionCredit } from './parse/pictures'
import { honourPart, markNameHeadings, markPersonCards, markVerse, MAX_PLAIN_HEADING, parallelCaptions, parallelHeadings, PHOTO_STORY, readRun, resection, TWO_CLAUSE_HEADING, withoutUnlikelyHeadings } from './parse/sections'
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
  warnings: Warning[]
}

/**
 * A sentence cut off where the page broke it: it ends on a comma. (A quotation or bracket left open is
 * no sign: a caption over several lines, or a marked run of captions, closes it on a later line.)
 */
function cutOff(text: string): boolean {
  return /[，,、]$/.test(text.trim())
}

/** `本报讯`, `本報訊`: a print paper's dateline word, with no place on the web. */
const PRINT_DATELINE = '(?:本报讯|本刊讯|本台讯|本网讯|本報訊|本刊訊|本臺訊|本網訊)'
const PRINT_DATELINE_START = new RegExp(`^${PRINT_DATELINE}`)
/** …before the lead's first words (`本报讯 11月20日，…`), not before the reporters' brackets. */
const PRINT_DATELINE_BEFORE_TEXT = new RegExp(`^${PRINT_DATELINE}(?=\\s+|\\d)(?!\\s*[（(])\\s*`)

/** `拼版照片，上图：…下图：…`: a caption over several photos, however many sentences it has. */
const MONTAGE_LEAD = /^(?:拼版照片|组合照片|拼版图片|组图)[，,：:]/
/** `（下转第3版）`, `（上接第1版）`: page jumps. */
const PAGE_JUMP = /^[（(]?\s*(?:下转|上接|转|接)第?\s*[A-Z]?\d{1,2}\s*版\s*[)）]?$/

/** Organisation names standing alone: a page sponsor's banner. */
// (Not a title that ends with 工会, `职工现场加入工会`, `新业态劳动者有了自己的工会`: a name has no verb.)
const ORG_ONLY = /^(?![\u4e00-\u9fff]*?(?:加入|入会|成立|组建|建立|建起|走进|信赖|依靠|爱上|感谢|点赞|有了|[的了在到让给把向]))[\u4e00-\u9fff]{2,16}(?:总工会|工会|工会委员会|工会联合会|工会工作委员会)$/
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

/** `一、以职工民主管理为导向，努力推进工会维权工作`: a numbered line of a heading's length with no stop. */
function numberedHeadingLine(text: string): boolean {
  const t = text.trim()
  return NUMBERED_HEADING.test(t) && wordLength(t) <= 40 && !/[。！？!?；;：:]/.test(t.replace(NUMBERED_HEADING, '')) && !endsMidSentence(t) && !listedPerson(listEntry(t))
}

/**
 * `一、认真学习，提高认识。` / `（二）健全组织，建章立制，确保实效。`: a numbered line of two or three short
 * clauses closed by a stop — a work report's heading, as documents print them.
 */
function stoppedNumberedHeading(text: string): boolean {
  const t = text.trim()
  const m = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])\s*([^。！？!?；;：:]{4,30})。$/.exec(t)
  if (!m) return false
  const clauses = m[1]!.split(/[，,]/)
  return clauses.length >= 2 && clauses.length <= 3 && clauses.every((c) => wordLength(c) >= 2 && wordLength(c) <= 12)
}

/** `【概况】  全区共有…`: a paragraph opening with its heading in brackets (not a dispatch's `【某某讯】` nor an outlet's name). */
const BRACKET_LEAD = /^\s*【([^【】\s]{2,12}?)】\s*(?=\S.{19,})(?<!(?:讯|訊|电|電|报|報|网|網|社|台)】\s*)/

/** The dash a kicker ends with, leading into the headline under it. */
const KICKER_DASH = /\s*(?:——|──|--|—|－－)$/

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

/** Lines that open a list of links to other articles: everything short after them is furniture. */
const RELATED_LINKS = /^(?:(?:相关|相關)(?:阅读|閱讀|专题|專題|新闻|新聞|链接|鏈接|链结|鏈結|文章|报道|報道|推荐|推薦|内容)|延伸阅读|推荐阅读|更多阅读|扩展阅读|热点推荐|热门推荐|精彩推荐|新闻推荐|新聞推薦|推荐新闻|为你推荐|猜你喜欢|往期回顾|往期精彩|热门文章|热点新闻|最新文章|大家都在看|猜你喜歡|熱門推薦)(?:\s+(?:热门资讯|热点新闻|热门文章|最新文章))?\s*[:：]?$/

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
  // (`大家都在看 某某同志任…`: the first link on the label's line.)
  for (const related of lines.filter((l) => RELATED_LINKS.test(l.text.replace(/^[·•●■-]\s*/, '').replace(/^(大家都在看|猜你喜欢|猜你喜歡)[\s\u3000]+\S.{0,60}$/, '$1')))) {
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
  // `马山县总工会：` / its report / `柳州市鱼峰区总工会：` / its report: a roundup of unions' news, each part
  // opened by its union's name and a colon on a line of its own. Two at least.
  const unionLabel = (l: Line) => ['prose', 'title', 'fragment'].includes(l.kind) && !l.listItem && /^[\u4e00-\u9fff]{2,24}(?:总工会|工会|工会委员会|工会联合会|工联会)\s*[:：]$/.test(l.text.trim()) && lines[l.i + 1]?.kind === 'prose'
  const unionLabels = lines.filter(unionLabel)
  if (unionLabels.length >= 2) for (const l of unionLabels) l.kind = 'heading'
  // `湖北五一劳动奖状` / `某某药业有限公司` / `某某制品有限公司` / `湖北五一劳动奖章` / `市第一人民医院CT室主任吕某` / …:
  // an honour list with no introduction, each honour over its holders a line each. Two honours at least.
  const holder = (l: Line | undefined) => l !== undefined && ['prose', 'title', 'names', 'fragment'].includes(l.kind) && !l.marker && wordLength(l.text) >= 4 && wordLength(l.text) <= 40 && !/[。！？!?；;，,]/.test(l.text) && !honourPart(l.text)
  const parts = lines.filter((l) => ['title', 'fragment', 'prose', 'heading'].includes(l.kind) && honourPart(l.text) && holder(lines[l.i + 1]))
  if (parts.length >= 2) {
    for (const part of parts) {
      part.kind = 'heading'
      // (`获 奖 名 单` / `一等奖` / entries: the list's title over its first part, a heading too.)
      for (let k = part.i - 1; lines[k] && ['title', 'fragment'].includes(lines[k]!.kind) && honourPart(lines[k]!.text); k--) lines[k]!.kind = 'heading'
      for (let k = part.i + 1; holder(lines[k]); k++) Object.assign(lines[k]!, { kind: 'prose', listItem: true })
    }
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
    // (`来源:` / `经开区融媒体中心`: a label alone over its value is one information line.)
    const label = /^\s*(?:来源|來源|作者|编辑|編輯|责任编辑|責任編輯)\s*[:：]\s*$/.test(line) && next !== undefined && /^\s*[\u4e00-\u9fff（()）·]{2,20}\s*$/.test(next)
    if ((open > 0 && /[（(][^)）]{0,12}$/.test(line.trim()) && next !== undefined && /^[^（(]{1,16}[)）]/.test(next.trim())) || label) {
      out.push(line.trimEnd() + next!.trim())
      k++
    } else out.push(line)
  }
  return out
}

/** `图①：`, `图2:`, `图三：`, `圖2 `, `图?：` (a circled number lost to a wrong encoding) before a caption: the photo's number on the page. */
/** `记忆中的劳模——王某（作者：某某管理所 王某某）`: an entry of a contest's winners, a work and its author. */
/** Three short sentences or more, no comma in them, each set apart from the next by a space. */
const RUN_TOGETHER_CAPTIONS = /^(?:[^\s。！？，,；;：:]{2,16}[。！？][ \u3000]+){2,}[^\s。！？，,；;：:]{2,16}[。！？]?$/
const AUTHORED_ENTRY = /^[^。！？]{2,40}[（(]\s*作者\s*[:：][^()（）]{2,30}[)）]$/
/** `个人组二等奖：市民政局 宋某；市人民法院吴某`: a prize and its winners after a colon. */
const PRIZE_WINNERS = new RegExp(`^(?:个人组?|个人赛|团体组?|团体赛|集体组?|家庭组?)?${PRIZE_LEVEL}[:：]\\s*[^。！？]{2,80}$`)
/** `…走行部。（全国铁道团委供稿）`, `…现场。（建筑时报）`, `…现场。市总工会 提供`: who supplied a `图为…` caption's photo. */
const CAPTION_SOURCE = /(?<=[。！？])\s*(?:[（(][^（()）]{2,16}[)）]|[\u4e00-\u9fff]{2,12}\s*(?:提供|供稿|供图|供圖))$/
const PHOTO_NUMBER = /^[图圖]\s*(?:[①-⑳]|\d{1,2}|[一二三四五六七八九十]{1,2}|[?？])(?:\s*[:：]\s*|[ \u3000]+(?=[\u4e00-\u9fff]{2}))/

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
    } else if ((CAPTION_LEAD.test(simplifiedCopy(body)) && !/[。！？]./.test(withoutCredit(body).replace(CAPTION_SOURCE, ''))) || (MONTAGE_LEAD.test(simplifiedCopy(body)) && wordLength(body) <= 200)) {
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
  // (`记忆中的劳模——王某(作者:某某管理所 王某某)`: an entry of a contest's winners, a work and its author.)
  if (listedPerson(t) || listedOfficial(t) || AUTHORED_ENTRY.test(t) || PRIZE_WINNERS.test(simplifiedCopy(t))) {
    line.listItem = true
    return void (line.kind = 'prose')
  }
  // A short line with a photographer's credit at its end (`…合影留念 新华社发`) is a caption, never a title.
  if (!/[。！？]/.test(t) && splitPhotoCredit(t) && !isCreditLine(t)) return void (line.kind = 'caption')
  // `钢筋工项目比赛。 叉车比赛。 育婴师选手在比赛中。`: a gallery's captions run together on one line, set apart by spaces.
  if (RUN_TOGETHER_CAPTIONS.test(t) && !/(?:^|[。！？]\s*)(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]|首先|其次|最后)/.test(t)) return void (line.kind = 'caption')
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
// (`全总慰问团来浙江…`: the national federation and its delegations by their short names.)
const NEWS_SUBJECT = /(?:工会|集团|公司|政府|委员会|协会|系统|全总|[省市县区]总|慰问团|代表团|[省市县区局厂]|\d)/
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
  // `一线风采` over `铁路人——坚守的节日最美丽`: a title with its own subtitle is whole; a short line over it is its column.
  if (la <= 8 && MIDLINE_DASH.test(b.text.trim()) && !SUBTITLE_DASH.test(b.text.trim()) && !/(?:——|――|[:：])$/.test(a.text.trim())) return 'kicker'
  // `回望2023` over `你忙碌的身影最美丽`: a series' banner naming its year leads into the title.
  if (/^[\u4e00-\u9fff]{2,4}(?:19|20)\d{2}年?$|^(?:19|20)\d{2}年?[\u4e00-\u9fff]{2,4}$/.test(a.text.trim()) && lb >= 6 && !/\d/.test(b.text)) return 'kicker'
  const wraps =
    /^[及和与、的之,，暨]/.test(b.text) ||
    // (Not `让梦想触手可及`: an idiom ending in 及 closes the line.)
    (/[获及和与的之、“《（(—]$/.test(a.text) && !/(?:可|莫|不|普|惠|遍)及$/.test(a.text)) ||
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

  // 2d. `【致敬】五一，致敬平凡的力量` at the top and again over each photo (its alternative text): the
  // line the page repeats three times or more, before any running text, is the headline.
  const key = (l: Line) => normForMatch(l.text).replace(/\s/g, '')
  const firstText = lines.find((l) => l.kind === 'prose')?.i ?? lines.length
  const echoed = lines.find((l) => l.i < firstText && l.kind === 'title' && !l.marker && wordLength(l.text) >= 6 && lines.filter((x) => key(x) === key(l)).length >= 3)
  if (echoed) return result([echoed], null, null)

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
  // (`编辑:某某 时间:2009-09-27 点击量:`: an editor's line is one when it carries the day.)
  const meta = lines.find((l) => l.kind === 'furniture' && (/^(?:作者|来源|來源|稿源|(?:发布|發布)(?:时间|時間|日期)?)\s*[:：]/.test(l.text) || (/^(?:编辑|編輯|时间|時間)\s*[:：]/.test(l.text) && /(?:19|20)\d{2}[-年/.]\d{1,2}/.test(l.text))))
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

/** A reposting site's tail after a headline: `|全球热点评`, `-前沿热点`, `-九游手游官方正版`, `-m6某某网页版`, `-新華網`, `-今日頭條-手機光明網`, ` -总工会`. */
const SITE_TAIL = /(?:\s+(?:焦点热文|热门文章|今日热点)$)|(?:\s*[|｜丨\-－_]\s*(?:[\u4e00-\u9fff]{0,6}(?:热点评?|热评|资讯|快讯|速讯|热讯|头条|頭條|看点|焦点|前沿|微资讯)|[\u4e00-\u9fff]{0,10}(?:官方正版|官网|官方网站)|[A-Za-z0-9]{1,8}[\u4e00-\u9fff]{0,6}(?:网页版|官方版|手机版|登录入口|入口|[Aa][Pp][Pp]下载)|[\u4e00-\u9fff]{1,10}(?:网|網)|[\u4e00-\u9fff]{0,10}(?:总工会|總工會)))+$/

/** Series banners and column names before a headline: `【媒体聚焦】`, `工运晨读丨`, `新华全媒+丨`, `中工娱乐【烈日下的你】` (a site's channel before the banner). */
const SERIES_BANNER = /^(?:(?:[\u4e00-\u9fff]{2,4}(?:网站|網站|娱乐|娛樂|新闻|新聞|频道|頻道))?【([^】]{2,12})】|\[([^\]]{2,12})\]|([\u4e00-\u9fff]{2,8}[+＋]?(?:[·・][\u4e00-\u9fff]{2,10})?)\s*[丨|｜]\s*|([\u4e00-\u9fff\d]{6,24}[·・][\u4e00-\u9fff]{2,10})\s*[丨|｜]\s*)(?=\S{4})/
/** A paper's name alone in a banner (`【工人日报】`): the paper a repost took the piece from. */
const PAPER_NAME = new RegExp(`^[\\u4e00-\\u9fff]{1,10}${PUBLICATION_SUFFIX}$`)

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
    if (!banner[4] && !PAPER_NAME.test(name)) heads.kickerText ??= name
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

/** The word an app's link puts under a paper's or site's name (`工人日报` / `客户端`). */
const APP_LINK = /^(?:客户端|客戶端|APP|App)$/

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
  // `工人日报` / `客户端`: a paper's app, its link in the page's footer split over two lines.
  for (const l of lines) {
    const next = lines[l.i + 1]
    if (next && APP_LINK.test(next.text.trim()) && (PAPER_NAME.test(l.text.trim()) || /^[\u4e00-\u9fff]{2,8}(?:网|網|新闻|新聞)$/.test(l.text.trim()))) l.kind = next.kind = 'furniture'
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
const DISPATCH_TITLE = /^(?:[\u4e00-\u9fff]{2,8}?(?:社|网|網|台|报|報))?[\u4e00-\u9fff]{2,8}\d{1,2}月\d{1,2}日[电電]\s*[（(]?[^)）]{0,16}[)）]?\s*[题題]\s*[:：]\s*(.{4,60})$/

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
    // (`2.jpg` / `網約配送員競賽賽區`: a short label naming the place or the event shown, even one read as a scrap.)
    const placeLabel = wordLength(l.text) >= 4 && wordLength(l.text) <= 16 && !/[\p{P}]/u.test(l.text) && /(?:赛区|賽區|现场|現場|赛场|賽場|会场|會場|展区|展區|仪式|儀式|典礼|典禮)$/.test(l.text.trim())
    if (prev?.furniture?.photo && (l.kind === 'prose' || l.kind === 'title' || (l.kind === 'stray' && placeLabel))) {
      const text = withoutCredit(l.text)
      const sentences = (text.match(/[。！？]/g) ?? []).length
      const described =
        dateLed(text) ||
        /[（(][^)）]*(?:摄|照片)[^)）]*[)）]/.test(text) ||
        // A sentence of running text says more: the words of a photo count in one clause or two.
        ((text.match(/[，,]/g) ?? []).length <= 1 && (CAPTION_WORDS.test(text) || PERSON_ACTION.test(text) || PHOTO_POSITION.test(text) || (/。$/.test(text) && wordLength(text) <= 36))) ||
        // `![]()` / `郑某在车间实操演练教学`: a short line with no stop opening with the person it shows (a
        // short line of other words there is a heading: `一条线上的师徒`).
        (wordLength(text) >= 6 && wordLength(text) <= 30 && !/[。！？!?；;：:，,【】《》]/.test(text) && !headingShaped(text) && [3, 2].some((n) => looksLikeName(text.slice(0, n))) && !dictionaryWord(text.slice(0, 2))) ||
        (placeLabel && !headingShaped(text))
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

/** A site's channel (`上海新闻`, `基层工作`, `工会动态`), or two run together (`工会大事记工会信息`): a word of a site's menu. */
const CHANNEL_LABEL = /^(?:[\u4e00-\u9fff]{0,4}(?:新闻|新聞|要闻|要聞|动态|動態|资讯|資訊|快讯|快訊|工作|信息|播报|播報|大事记|大事記|媒体报道|媒體報道)){1,2}$/

type PhotoStory = { titled: boolean; byPhotographers: boolean; creditedReport: boolean }
/**
 * What says a piece is a photo story: its head (`…掠影`, `组图`), a byline of photographers only over
 * the text, or a photo report's credit glued before its lead (`某某之窗通讯员胡某摄影报道 五一是劳动节，…`).
 */
function photoStoryOf(lines: Line[]): PhotoStory {
  const heads = lines.filter((l) => l.kind === 'headline' || l.kind === 'subtitle' || l.kind === 'kicker')
  return {
    titled: heads.some((l) => PHOTO_STORY.test(l.text)),
    byPhotographers: lines.some((l) => l.kind === 'byline' && Boolean(l.byline?.bylines.length) && l.byline!.bylines.every((b) => b.role === '摄影') && !lines.slice(0, l.i).some((n) => n.kind === 'prose')),
    creditedReport: lines.slice(0, 8).some((l) => /^[^，,。！？\s]{2,16}(?:摄影报道|攝影報道)\s*[\u4e00-\u9fff][^。！？]{8,}[。！？]/.test(l.text.trim())),
  }
}

export type LayoutOptions = {
  /** Weigh paragraphs for unmarked photo captions (parse/captionModel.ts); off only to fit the model. */
  weighCaptions?: boolean
}

/** Where a photo's caption opens after the text's last sentence: `图为`, `圖為`, and in brackets `左上图为`. */
const PICTURED = '(?:图为|圖為)'
const PICTURED_AT = `(?:[上下左右中]{1,2})?${PICTURED}`
/**
 * A photo's caption glued after the text's last sentence, unbracketed: `…技能水平。圖為在揚州舉行的…。`,
 * with its photographer's credit (`…。圖為參賽隊員們正在比賽。 □王某 攝影報道`) or as the first of
 * numbered photos, its number left off (`…开发。图1：采油五队职工在遮阳伞下焊接油井管线。`).
 */
const TAIL_CAPTION = new RegExp(
  `^(.{20,}?[。！？])\\s*(?:[图圖][1-9一二三四五六七八九][:：]\\s*)?((?:(?<=[:：]\\s*)|${PICTURED})[^。！？]{4,80}[。！？]?(?:[\\s\\u3000]*[□■]?[\\s\\u3000]*[\\u4e00-\\u9fff·]{2,4}[\\s\\u3000]*(?:摄影报道|攝影報道|摄|攝))?)$`,
)
/** The photos' captions in brackets after the last sentence, each opening with where its photo stands: `。”(上图为…,左上图为…)`. */
const BRACKETED_CAPTIONS = new RegExp(`^(.{20,}?[。！？”])\\s*[（(](${PICTURED_AT}[^（()）]{4,160})[)）]$`)
/** Where the next photo's caption starts inside the brackets: `，左上图为…`. */
const NEXT_PHOTO = new RegExp(`[，,；;]\\s*(?=${PICTURED_AT})`)

/** The photos' captions after a paragraph's last sentence, bracketed or not, and the paragraph without them. */
function tailCaptions(text: string): { paragraph: string; captions: { text: string; credit: string | null }[] } | null {
  const plain = TAIL_CAPTION.exec(text)
  if (plain) return { paragraph: plain[1]!, captions: [splitCaptionCredit(plain[2]!)] }
  const bracketed = BRACKETED_CAPTIONS.exec(text)
  if (bracketed) return { paragraph: bracketed[1]!, captions: bracketed[2]!.split(NEXT_PHOTO).map((words) => ({ text: words.trim(), credit: null })) }
  return null
}

export function analyzeLayout(text: string, options: LayoutOptions = {}): Layout {
  const lines = readLines(text)
  for (const line of lines) classify(line)
  // `▲全国劳动模范` / `某某公司产品研究员某某`: a marked caption broken over two lines is one caption.
  // (Not on a page whose marked captions stand a line each, one under the other, three times or more:
  // `▲ 浑身上下都湿透了` / `头顶烈日、脚踩火炉` is a caption over the text's next line there.)
  const oneLineCaptions = lines.filter((l) => l.marker === 'caption' && lines[l.i + 1]?.marker === 'caption').length >= 3
  for (const l of lines) {
    const next = lines[l.i + 1]
    // (A label that says nothing of a scene, the line under it not set in as a heading is.)
    if (l.marker === 'caption' && !oneLineCaptions && wordLength(l.text) <= 12 && !/[。！？，,；;：:]/.test(l.text) && !CAPTION_WORDS.test(l.text) && !/^(?:图为|圖為)/.test(l.text) && next && !next.marker && next.blankBefore === 0 && next.indent <= l.indent && ['title', 'fragment'].includes(next.kind) && wordLength(next.text) <= 30) {
      l.text = `${l.text} ${next.text}`
      next.kind = 'ornament'
    }
  }
  // `■全媒体记者` / `卢某 俞某 陈某`: a role alone on its line, the names on the next.
  for (const l of lines) {
    const next = lines[l.i + 1]
    if (!next || next.kind !== 'names' || !/^[■□●◆]?\s*(?:本报|本報)?(?:全媒体记者|融媒体记者|融媒记者|全媒记者|特约记者|特约通讯员|见习记者|首席记者|摄影记者|记者|記者|通讯员|通訊員)\s*[:：]?$/.test(l.text.trim())) continue
    const byline = parseBylineLine(`${l.text.trim().replace(/[:：]$/, '')} ${next.text.trim()}`)
    if (!byline?.hasRole) continue
    Object.assign(l, { kind: 'byline', byline, text: `${l.text.trim()} ${next.text.trim()}` })
    next.kind = 'ornament'
  }
  growMasthead(lines)
  const warnings: Warning[] = []

  // An e-paper reader prints today's date under its name (`电子报阅读机` / `2026-01-26` / `星期一`):
  // not the date.
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
  // `（原標題：…）` under the text: the article ends there; the lines after it are the site's other
  // articles (their titles and leads), not this one's headings or captions. (Its source and bylines stay.)
  const signedOff = lines.find((l) => l.furniture?.originalTitle && lines.slice(0, l.i).filter((x) => x.kind === 'prose' && wordLength(x.text) > 40).length >= 2)
  if (signedOff) for (const l of lines.slice(signedOff.i + 1)) if (!['furniture', 'byline', 'masthead', 'dateline'].includes(l.kind)) Object.assign(l, { kind: 'furniture', furniture: {} })
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
    // (`媒体报道` / `发布日期:06月13日,2017年 字号` / title: the posting's date between them.)
    const next = lines.slice(l.i + 1).find((x) => x.kind !== 'furniture' && x.kind !== 'dateline')
    if (l.kind === 'title' && !l.marker && CHANNEL_LABEL.test(l.text.trim()) && next?.kind === 'title' && wordLength(next.text) >= 8) Object.assign(l, { kind: 'furniture', furniture: {} })
  }

  markCaptionList(lines)
  markSlideCaptions(lines)
  markWorkLabels(lines)
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
        // (`标题-天天要闻`: a portal's name after a hyphen too.)
        const t = normForMatch(l.text.replace(/\s*[_|｜\-－][\u4e00-\u9fff]{2,12}$/, '').replace(/\s*[（(]\d{1,2}[)）]$/, '')).replace(/\s/g, '')
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
      // (`标题` / `标题` / `劳动光荣` / `祝…节日快乐`: a repeat right under the headline is the title graphic's, the line
      // under it no caption — unless another repeat follows that line, photo after photo.)
      const inHead = lines.slice(heads!.headline.at(-1)!.i + 1, r.i).every((l) => repeats.includes(l) || FURNITURE.includes(l.kind)) && !repeats.includes(lines[r.i + 2]!)
      if (next && ['prose', 'title', 'fragment'].includes(next.kind) && wordLength(next.text) <= 40 && !/[。！？]/.test(next.text) && captionLike(next.text) && !inHead) next.kind = 'caption'
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
    // `钟某 徐某` alone under the last paragraph, bracketless, as e-papers print the writers.
    // (Names after a label of the page's credits, `审核:` / `马某`, are the credits' own.)
    const last = !lines.slice(l.i + 1).some((n) => n.kind === 'prose' || n.kind === 'title' || (n.kind === 'names' && lines[n.i - 1]?.kind !== 'furniture'))
    const closing = last && lines[l.i - 1]?.kind === 'prose' && (/^[（(].+[)）]$/.test(l.text) || endsSentence(lines[l.i - 1]!.text))
    // `李某` / `2022年02月09日16:59` over the first paragraph: the writer, then the time of posting.
    // (`柳某 彭某` / `2024年09月23日10:03 来源：工人日报`: a portal's stamp, the time of posting and the source.)
    const stamp = (n: Line | undefined) => !!n && ['furniture', 'masthead'].includes(n.kind) && /(?:19|20)\d{2}[年\-/.]\d{1,2}[月\-/.]\d{1,2}日?\s*\d{1,2}:\d{2}/.test(n.text)
    const posted = (lines[l.i + 1]?.kind === 'dateline' || (lines[l.i + 1]?.kind === 'masthead' && lines[l.i + 1]!.masthead?.date && !lines[l.i + 1]!.masthead?.publication) || stamp(lines[l.i + 1])) && !lines.slice(0, l.i).some((n) => n.kind === 'prose')
    if (near || closing || posted) l.kind = 'byline'
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
    addWriter(bylines, b)
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

  const body = assembleBody(lines, warnings, bylines, (b) => (bylinePublication ??= b))
  let blocks = body.blocks
  blocks = withoutUnlikelyHeadings(blocks)
  if (options.weighCaptions !== false) blocks = weighUnmarkedCaptions(blocks, text, (b) => LEADS.has(b))
  // `…活动掠影` by photographers only (`本报记者 某某 某某 摄`): a gallery, every paragraph between its captions a
  // photo's caption too, and a sentence of a caption's length over them (`全国五一劳动奖状获奖单位代表上台领奖。`) —
  // not the words that introduce the photos (`本次大会期间，…记者用镜头捕捉到…`) nor those that close them.
  if (body.story.titled && body.story.byPhotographers) {
    const firstCaption = blocks.findIndex((b) => b.type === 'caption')
    const lastCaption = blocks.findLastIndex((b) => b.type === 'caption')
    const oneSentence = (t: string) => wordLength(t) <= 40 && (t.match(/[。！？!?]/g) ?? []).length <= 1
    // (After the last caption, a line without a stop is one more photo's; closing words end with one.)
    const among = (k: number, t: string) => (firstCaption >= 0 && k > firstCaption && (k < lastCaption || (!/[。！？!?]$/.test(t.trim()) && wordLength(t) <= 60))) || ((firstCaption < 0 || k < firstCaption) && oneSentence(t))
    blocks = blocks.map((b, k) => (b.type === 'paragraph' && !LEADS.has(b) && captionLike(b.text) && wordLength(b.text) <= 200 && among(k, b.text) ? { ...b, type: 'caption', credit: null } : b))
  }
  blocks = resection(parallelCaptions(parallelHeadings(blocks)))
  // One heading over the whole text, before its first paragraph (`新聞源 財富源`, `马某讲话 艾某主持 …出席`,
  // a sponsor's line, a deck): it opens no part among others, so it is no part's heading — unless its line's
  // form says it is one (`【现场花絮】`, `■ 凝心铸魂…`, `一、…`).
  {
    const headings = blocks.filter((b) => b.type === 'heading')
    const first = blocks.findIndex((b) => b.type === 'paragraph' || b.type === 'caption')
    const marked = (text: string) => lines.some((l) => (Boolean(l.bullet) || Boolean(l.marker) || BRACKETED.test(l.text.trim()) || NUMBERED_HEADING.test(l.text.trim())) && cleanTitle(l.text).includes(text))
    if (headings.length === 1 && first > blocks.indexOf(headings[0]!) && !marked(headings[0]!.text)) blocks = resection(blocks.map((b) => (b === headings[0] ? { type: 'paragraph' as const, text: b.text, section: null } : b)))
  }
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
  // (A gallery's photo items, `…。图为…`, are captions whole: markPhotoItems.)
  const itemGallery = photoItemGallery(blocks.filter((b) => b.type === 'caption').map((b) => b.text))
  blocks = blocks.flatMap((b) => {
    const split = b.type === 'caption' && !(itemGallery && PHOTO_ITEM.test(b.text.trim())) ? newsPhotoSplit(b.text) : null
    if (!split || b.type !== 'caption') return [b]
    const story: BodyBlock = { type: 'paragraph', text: split.story, section: b.section }
    STORIES.add(story)
    return split.storyFirst ? [story, { ...b, text: split.caption }] : [{ ...b, text: split.caption }, story]
  })
  // `5月1日，在某项目工地，`: a sentence cut off, read as a caption for its shortness, is the text's. Done
  // last: up to here it counts as a sign of the page's photos, as a caption line does.
  blocks = blocks.map((b) => (b.type === 'caption' && cutOff(`${b.text}${b.credit ?? ''}`) ? { type: 'paragraph', text: b.credit ? `${b.text} ${b.credit}` : b.text, section: b.section } : b))
  // `信息详情千余名职工…`: a site's page label glued before the title.
  // (`第一篇:某某工作总结`: the first of a collection's pieces, numbered before its title.)
  let headline = heads?.headlineText ? cleanTitle(heads.headlineText).replace(/^(?:信息详情|新闻详情|文章详情|内容详情)\s*(?=\S{4})/, '').replace(/^第[一二三四五六七八九十\d]{1,3}篇\s*[:：]\s*(?=\S{4})/, '') : null
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
  if (headline && (!heads || standIn || heads.confidence === 'guess')) warnings.unshift(WARN.noHeadline({ headline }))
  const kickerText = heads?.kicker?.text ?? heads?.kickerText
  return {
    headline,
    subtitle: heads?.subtitleText ? cleanTitle(heads.subtitleText) : null,
    // `…用心用情传递着温情——` over the headline: the dash leads into it and is no part of the kicker.
    kicker: kickerText ? cleanTitle(kickerText).replace(KICKER_DASH, '') : null,
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

const FLOW: Kind[] = ['prose', 'title', 'fragment', 'stray', 'caption', 'heading']

/**
 * A writer named again is one byline: `作者：某某` over `新华社…电（记者 某某）` is that reporter, named
 * once with the role the text gives (a byline without a role takes it). With photoAgain, a name the text
 * credits for a photo after naming it as a writer is already listed.
 */
function addWriter(bylines: Byline[], b: Byline, { photoAgain = false } = {}): void {
  const k = bylines.findIndex((x) => x.name === b.name && (x.role === b.role || x.role === null || b.role === null || (photoAgain && b.role === '摄影')))
  if (k < 0) return void bylines.push(b)
  if (bylines[k]!.role === null && b.role !== null) bylines[k] = { ...bylines[k]!, role: b.role }
}

function assembleBody(
  lines: Line[],
  warnings: Warning[],
  bylines: Byline[],
  setPublication: (p: string) => void,
): { blocks: BodyBlock[]; story: PhotoStory } {
  markVerse(lines)
  markPersonCards(lines)
  markAnnouncedPhotos(lines)
  markNumberedCaptions(lines)
  markPhotoItems(lines)
  markPhotoCaptions(lines)
  markHeadCaption(lines)
  markLoneCaptions(lines)
  markPhotoLinesBetweenParagraphs(lines)
  markPortraitLines(lines)
  markSceneRuns(lines, bylines.some((b) => b.role === '摄影' || b.role === '图') || lines.some((l) => /(?:^|[（(\s])(?:文[/／][图圖]|[图圖][/／]文)/.test(l.text)))
  markCaptionsOverParagraphs(lines)
  markSentenceCaptionsAtEnd(lines)
  markNameHeadings(lines)
  const flow = lines.filter((l) => FLOW.includes(l.kind))
  markTailCaptions(lines)

  // How the file separates paragraphs: blank lines (gap) and/or indentation.
  const gaps: number[] = []
  for (let k = 1; k < flow.length; k++) if (flow[k]!.kind === 'prose' && flow[k - 1]!.kind === 'prose') gaps.push(flow[k]!.blankBefore)
  const gap = median(gaps)
  const pictureGap = Math.max(2, gap + 1)
  // Every paragraph a line of its own between blank lines: no line of the text was cut.
  const textGaps: number[] = []
  const texty = (l: Line) => l.kind === 'prose' || l.kind === 'caption' || l.kind === 'title'
  for (let k = 1; k < flow.length; k++) if (texty(flow[k]!) && texty(flow[k - 1]!)) textGaps.push(flow[k]!.blankBefore)
  const wholeLines = (gaps.length >= 3 && gap >= 1 && gaps.filter((g) => g === 0).length <= gaps.length * 0.1) || (textGaps.length >= 3 && textGaps.every((g) => g >= 1))
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
  // (Read once the lines' kinds are settled, and handed back with the blocks for the gallery rule.)
  const story = photoStoryOf(lines)
  const photoStory = story.titled || story.byPhotographers || story.creditedReport

  let blocks: BodyBlock[] = []
  /** Captions split off the end of a paragraph's line (`…。图为…`). */
  const gluedCaptions = new Set<BodyBlock>()
  const dropped: string[] = []
  let section: string | null = null
  const emitCaption = (l: Line) => {
    // (A gallery's captions run together on one line: one caption each.)
    if (RUN_TOGETHER_CAPTIONS.test(l.text.trim())) return void l.text.trim().split(/(?<=[。！？])[ \u3000]+/).forEach((text) => blocks.push({ type: 'caption', text, credit: null, section }))
    const { text, credit } = splitCaptionCredit(l.text.replace(AUTHOR_AFTER, ''))
    // `↓↓`: marks without a word say nothing.
    if (!text || wordLength(text) === 0) return
    // `李某 某公司39路调度员`: a portrait's caption, the name and the post set apart as printed.
    // (`七月的肖像（一等奖）作者 江苏 胡某`: a work's label, its author and place set apart too.)
    blocks.push({ type: 'caption', text: listedPerson(text) || spacedWorkLabel(text) ? collapseSpaces(text) : cleanProse(text), credit, section })
  }
  const emitHeading = (text: string) => {
    // (`发表意见`, `聯絡電話:…`, `圖/某某記者 某某`: the page's chrome or a credit, not a part of the text.)
    if (chromeHeading(text)) return void dropped.push(text)
    section = text
    blocks.push({ type: 'heading', text })
  }

  // (`【事件】…` / `【聚焦】…` under each part again: a template's run-in labels, not headings.)
  const leadLabels = flow.filter((l) => l.kind === 'prose').map((l) => BRACKET_LEAD.exec(l.text)?.[1]).filter((x) => x !== undefined)
  const bracketLeads = new Set(leadLabels).size === leadLabels.length ? leadLabels.length : 0
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
    // `…服务工作。通讯员 胡某某 见习记者 周某`: so is one closed by its writers' line.
    const signedOff = (t: string) => /[。！？]/.test(t) && bylineAtEnd(t) !== null
    // `…的荣誉。”(上图为…,左上图为…)`: so is one closed by its photos' captions in brackets.
    while (!endsSentence(parts.at(-1)!) && !credited(parts.at(-1)!) && !signed(parts.at(-1)!) && !signedOff(parts.at(-1)!) && !BRACKETED_CAPTIONS.test(parts.at(-1)!)) {
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
      // A line over the headline (a site's run of titles) does not run on into the text under it, nor
      // does anything run on into a dateline's lead (`本报讯（记者…）`).
      const over = flow[k - 1]
      if (over && lines.slice(over.i + 1, x.i).some((l) => l.kind === 'headline')) break
      if (PRINT_DATELINE_START.test(x.text.trim())) break
      const last = parts.at(-1)!
      // `一、以职工民主管理为导向，努力推进工会维权工作` / `维权是工会的基本职责，…`: a numbered heading
      // with no stop over a new sentence (not a line the column cut).
      if (parts.length === 1 && x.kind === 'prose' && numberedHeadingLine(last) && !continuesSentence(x.text) && !(columnar && x.blankBefore === 0 && wordLength(last) >= column - 1)) break
      // `示范引领,双线送福精准发力` / (blank) / `县总工会聚焦…`: a short line without a stop, standing alone
      // after a finished paragraph, is a heading over the next one, not the start of its sentence —
      // across a blank line, or in a file of whole lines (no column cut them).
      // (`依托园区经济，着力拓宽劳动竞赛覆盖领域`: a work report's heading of two clauses, in a file of whole lines.)
      const twoClauses = !columnar && TWO_CLAUSE_HEADING.test(last.trim())
      const alone = parts.length === 1 && (wordLength(last) <= 20 || twoClauses) && !/[。！？!?；;：:]/.test(last) && !endsMidSentence(last) && !continuesSentence(x.text) && (k - 1 === 0 || endsSentence(flow[k - 2]?.text ?? '。'))
      // (`最美,源自立足岗位的坚守奉献`: a short heading of one comma over a paragraph three times its length.)
      const shortComma = /^[\u4e00-\u9fff“]{2,6}[，,、][\u4e00-\u9fff“”]{4,}$/.test(last.trim()) && wordLength(last) <= 16 && wordLength(x.text) >= 3 * wordLength(last)
      if (alone && x.kind === 'prose' && (x.blankBefore >= 1 || (!columnar && (!/[，,、]/.test(last) || twoClauses || shortComma) && wordLength(x.text) >= 2 * wordLength(last)))) break
      let join = false
      // In a file of whole lines, a line without a stop ends its paragraph at the blank line after it:
      // `…30个集体“海南省工人先锋号”荣誉称号` / (blank) / `表彰大会开始，…`.
      const apart = wholeLines && x.blankBefore >= gap && !endsMidSentence(last) && !KICKER_DASH.test(last) && !continuesSentence(x.text)
      if (apart) break
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
    // `【概况】  内蒙古自治区总工会于…` / `【党史学习教育】  2021年…`: a yearbook's entries, each opening with
    // its heading in brackets (two at least on the page).
    const lead = bracketLeads >= 2 ? BRACKET_LEAD.exec(text) : null
    if (lead) {
      emitHeading(lead[1]!)
      text = text.slice(lead[0].length)
    }
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
    // (`安康新闻网讯(通讯员 陈某 祝某某)`: the names in the dateline's brackets read before the spaces between them go.)
    // (`…文艺晚会。(林某 储某某)`, `（文:甲 圖:乙）`: so are those closing it.)
    const spacedClosing = bylineAtEnd(collapseSpaces(text))
    const spacedDateline = bylineInParagraph(collapseSpaces(text).replace(PRINT_DATELINE_BEFORE_TEXT, ''))
    // (An author's unit and name stay apart as printed: `(作者：某某管理所 王某某)`.)
    text = listed && ((nameFirst && listed.name === nameFirst[1]) || listed.byEmployer) ? entry : parts.length === 1 && AUTHORED_ENTRY.test(text.trim()) ? collapseSpaces(text) : cleanProse(text)
    // `本报讯 11月20日，…`: the print dateline has no place on the web.
    let datelined = PRINT_DATELINE_START.test(text) || /^【[\u4e00-\u9fff]{2,8}讯】/.test(text)
    text = text.replace(PRINT_DATELINE_BEFORE_TEXT, '')
    text = text.replace(/^【[\u4e00-\u9fff]{2,8}讯】\s*/, '')

    // `…开幕。 k3P#x9`: a web page's anti-copy noise after the sentence.
    const noise = /(?<=[。！？”])\s+(\S{3,16})$/.exec(text)
    if (noise && isSymbolJunk(noise[1]!)) text = text.slice(0, noise.index)
    // `闭幕式。秦某 摄`: a short line closed by its photographer's credit is a photo's caption.
    let shotCredit: string | null = null
    const creditOfShot = (whole: string, found: { line: { bylines: Byline[] }; rest: string }) =>
      !datelined && found.line.bylines.every((b) => b.role === '摄影') && wordLength(found.rest) >= 2 && wordLength(found.rest) <= 20 && !/[，,；;：:！？!?]|。./.test(found.rest)
        ? whole.slice(found.rest.length).trim().replace(/(?<=[\u4e00-\u9fff])(?=(?:摄|攝)$)/, ' ')
        : null
    const cleanDateline = bylineInParagraph(text)
    const opening = spacedDateline && spacedDateline.line.bylines.length >= (cleanDateline?.line.bylines.length ?? 0) ? { ...spacedDateline, rest: cleanProse(spacedDateline.rest) } : cleanDateline
    const cleanClosing = bylineAtEnd(text)
    const signOff = spacedClosing && spacedClosing.line.bylines.length >= (cleanClosing?.line.bylines.length ?? 0) ? { ...spacedClosing, rest: cleanProse(spacedClosing.rest) } : cleanClosing
    for (const [k, found] of [opening, signOff].entries()) {
      if (!found) continue
      // The byline opening the paragraph (`某某网讯（记者 某某）…`): the article's lead.
      datelined ||= k === 0
      found.line.bylines.forEach((b) => {
        addWriter(bylines, b, { photoAgain: true })
      })
      if (found.line.publication) setPublication(found.line.publication)
      if (k === 1) shotCredit = creditOfShot(text, found)
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
        addWriter(bylines, b, { photoAgain: true })
      })
      shotCredit = creditOfShot(text, closing) ?? shotCredit
      text = closing.rest
    }
    // Photos' captions glued after the text's last sentence (tailCaptions).
    const tail = shotCredit ? null : tailCaptions(text)
    if (shotCredit) {
      blocks.push({ type: 'caption', text, credit: shotCredit, section })
    } else if (tail) {
      blocks.push({ type: 'paragraph', text: tail.paragraph, section })
      for (const { text: words, credit } of tail.captions) {
        const caption: BodyBlock = { type: 'caption', text: words, credit, section }
        gluedCaptions.add(caption)
        blocks.push(caption)
      }
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
      const lone = parts.length === 1 && !line.listItem && ((blocks.some((b) => b.type === 'paragraph') && ((wordLength(line.text) <= MAX_PLAIN_HEADING && !/[。！？!?；;：:、]/.test(line.text)) || (!columnar && TWO_CLAUSE_HEADING.test(line.text.trim())))) || numberedHeadingLine(line.text))
      // (`某市“五一劳动奖章”获得者(优秀女职工)` over `张 某 某公司女工委主任`: an honour over its list.)
      const overList = lone && honourPart(line.text) && flow[k]?.kind === 'prose' && listedPerson(listEntry(flow[k]!.text)) !== null
      if (lone && flow[k]?.kind === 'prose' && (wordLength(flow[k]!.text) >= 30 || overList || (numberedHeadingLine(line.text) && wordLength(flow[k]!.text) >= 12)) && !isScene(line.text) && !PERSON_ACTION.test(line.text) && !listedPerson(listEntry(line.text))) {
        emitHeading(cleanTitle(line.text))
        continue
      }
      // (`一、认真学习，提高认识。` over its paragraph: a work report's numbered heading of short clauses, closed by a stop.)
      if (parts.length === 1 && !line.listItem && stoppedNumberedHeading(line.text) && flow[k]?.kind === 'prose' && !NUMBERED_HEADING.test(flow[k]!.text.trim()) && wordLength(flow[k]!.text) >= Math.max(30, 2 * wordLength(line.text))) {
        emitHeading(cleanTitle(line.text.trim().replace(/。$/, '')))
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
    for (const block of readRun(run, { followedByText, bodyStarted, afterPhoto: blocks.at(-1)?.type === 'caption', pictureGap, shapedHeadings, photoStory, nextText }, dropped)) {
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
      warnings.push(WARN.noRunningText({ count: kept.length }))
      return { blocks: kept.map((l) => ({ type: 'paragraph', text: cleanProse(l.text), section: null })), story }
    }
  }
  // (`相关稿件`, `（责编：某某）`, `某某客户端下载 >` read as captions: the page's chrome, dropped.)
  const chrome = blocks.filter((b) => b.type === 'caption' && chromeCaption(b.text))
  if (chrome.length > 0) {
    dropped.push(...chrome.map((b) => b.text))
    blocks = blocks.filter((b) => !chrome.includes(b))
  }
  // Say what was dropped, so an editor can check nothing real went with the scraps.
  if (dropped.length > 0) {
    const shown = dropped.slice(0, 12).map((d) => `「${d}」`).join(' ')
    warnings.push(WARN.dropped({ count: dropped.length, shown: `${shown}${dropped.length > 12 ? ' …' : ''}` }))
  }
  // A picture item without a credit: its one short paragraph closed by `图为…` on the same line is
  // all the photo's caption.
  const [only, last] = blocks
  if (blocks.length === 2 && only?.type === 'paragraph' && last?.type === 'caption' && gluedCaptions.has(last) && wordLength(only.text) + wordLength(last.text) <= PICTURE_ITEM.chars) {
    return { blocks: [{ type: 'caption', text: `${only.text}${last.text}`, credit: last.credit, section: null }], story }
  }
  return { blocks, story }
}

/** A caption and its credit glued before an article's dateline (`…电（`, `…讯（`, `本报讯`). */
const GLUED_CAPTION =
  /^(.{6,80}?[。！？])\s*((?:[\u4e00-\u9fff]{0,8}(?:记者|記者|通讯员|通訊員)\s*)?[\u4e00-\u9fff·]{2,4}(?:[、\s][\u4e00-\u9fff·]{2,4})*)\s*[摄攝]\s+(?=[\u4e00-\u9fff]{2,12}\d{1,2}月\d{1,2}日[电電]|本报讯|本報訊|[\u4e00-\u9fff]{2,10}[讯訊]\s*[（(])/
