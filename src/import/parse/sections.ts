/**
 * Section headings. readRun reads a run of short lines between paragraphs — a heading, a photo's
 * caption, verse, or scraps to drop; after the body is assembled, withoutUnlikelyHeadings takes
 * back headings that are something else by their words and finds the headings run-on text hides
 * (`…如下：（一）…`, `“学思想”入脑入心。…`), and resection gives each block the heading above it.
 */
import { namesInRun } from '../bylines'
import { cleanProse, cleanTitle } from '../clean'
import { CAPTION_WORDS, splitPhotoCredit, WEB_FURNITURE } from './captions'
import { listedPerson, listEntry, PRIZE_LEVEL } from '../people'
import { dictionaryWord, isHan, looksLikeName, simplifiedCopy, wordLength } from '../text'
import type { BodyBlock } from '../types'
import { captionLike, EDGE, headingShaped, isScene, LEADS, type Line, NUMBERED_HEADING, PEOPLE_DOING, PERSON_ACTION, PICTURED_WORK, runLength, SCENE_LEAD, shaped, SHOWN, STORIES, SUBTITLE_DASH, TAIL_LINKS, visitScene } from './lines'

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
export function withoutUnlikelyHeadings(blocks: BodyBlock[]): BodyBlock[] {
  return resection(scenesNotHeadings(leadInHeadings(inlineNumberedParts(blocks).flatMap(unlikelyHeading))))
}

/**
 * `现场职工参与法治小游戏` / `职工参与投壶游戏` / `职工展示书法作品`, each over a paragraph: read as
 * headings by their place, they are photos' captions by their words when there are three or more,
 * nearly all saying what a photo shows, none numbered or bracketed.
 */
function scenesNotHeadings(blocks: BodyBlock[]): BodyBlock[] {
  const headings = blocks.filter((b) => b.type === 'heading')
  const scene = (t: string) => CAPTION_WORDS.test(t) || PERSON_ACTION.test(t) || SCENE_LEAD.test(t) || isScene(t) || PICTURED_WORK.test(simplifiedCopy(t))
  if (headings.length < 3 || headings.some((b) => headingShaped(b.text) || wordLength(b.text) > 24 || !captionLike(b.text))) return blocks
  if (headings.filter((b) => scene(b.text)).length * 4 < headings.length * 3) return blocks
  return blocks.map((b) => (b.type === 'heading' ? { type: 'caption', text: b.text, credit: null, section: null } : b))
}

/** A part's number in a report: `一、`, `（一）`. */
const PART_NUMBER = /^(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[)）])/
/** A numbered part's heading run into its text: the number, a short sentence, then the text. */
const RUN_IN_PART = new RegExp(`^(${PART_NUMBER.source.slice(1)}[^。！？!?：:]{4,30})[。！]\\s*(\\S[\\s\\S]{29,})$`)

/**
 * `王某` alone on its line between paragraphs, the text just under it about 王某: a profile's heading in
 * a series of profiles.
 */
export function markNameHeadings(lines: Line[]): void {
  for (const l of lines) {
    const name = l.text.replace(/[\s\u3000]+/g, '')
    if (!['names', 'stray', 'title', 'fragment'].includes(l.kind) || !/^[\u4e00-\u9fff]{2,3}$/.test(name) || !looksLikeName(name) || dictionaryWord(name)) continue
    if (!lines.slice(0, l.i).some((x) => x.kind === 'prose' && wordLength(x.text) >= 20)) continue
    if (lines.slice(l.i + 1, l.i + 4).some((x) => x.kind === 'prose' && x.text.includes(name))) l.kind = 'heading'
  }
}

/** Where a numbered part starts inside run-on text: `…如下：（一）…`, `…审议。一、…`. */
const INLINE_PART = /(?<=[。：:！？])(?=(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[)）])\S)/g

/**
 * A report pasted without its line breaks (`…总结如下：（一）牢牢把握正确政治方向，开展职工思想教育。坚持…
 * （二）…`): the text is cut where each numbered part starts, two parts at least; a part whose first
 * sentence is short is that sentence as its heading, then its text.
 */
function inlineNumberedParts(blocks: BodyBlock[]): BodyBlock[] {
  // `一、丰富载体、创新形式，职工思想政治引领不断加强。开展…`: a numbered part's paragraph opening with its
  // heading as a short first sentence, on a page of two numbered parts or more.
  const numbered = blocks.filter((b) => (b.type === 'paragraph' || b.type === 'heading') && PART_NUMBER.test(b.text)).length
  return blocks.flatMap((b): BodyBlock[] => {
    const opening = b.type === 'paragraph' && numbered >= 2 ? RUN_IN_PART.exec(b.text) : null
    if (opening) return [{ type: 'heading', text: opening[1]! }, { ...b, text: opening[2]! }]
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
  const quoted = blocks.filter((b) => b.type === 'paragraph' && LEAD_IN_HEADING.test(b.text))
  // `筑牢职工思想引领高地。组建…` / `做靓工会新闻宣传品牌。积极…`: a work report's parts, three or more,
  // each opening with a short sentence of what was done, no clause in it; most of the report's paragraphs.
  const paragraphs = blocks.filter((b) => b.type === 'paragraph')
  const plain = paragraphs.filter((b) => PLAIN_LEAD_IN.test(b.text))
  const [led, re] = quoted.length >= 2 ? [quoted, LEAD_IN_HEADING] : plain.length >= 3 && plain.length * 2 >= paragraphs.length - 1 ? [plain, PLAIN_LEAD_IN] : [[], LEAD_IN_HEADING]
  if (led.length === 0) return blocks
  return blocks.flatMap((b) => {
    const m = led.includes(b) ? re.exec(b.text) : null
    return m ? [{ type: 'heading' as const, text: m[1]! }, { ...b, text: b.text.slice(m[0].length) }] : [b]
  })
}

/**
 * `筑牢职工思想引领高地。组建…`: a short sentence of what was done, then the part's text. (Not `一是创新能力强。`:
 * the points of a list told in the text, 一是…二是…, are no headings.)
 */
const PLAIN_LEAD_IN = /^(?![一二三四五六七八九十]是)([\u4e00-\u9fff]{2}[^，,。！？!?“”"：:；;、（）()]{4,12})[。！]\s*(?=\S{30})/

/**
 * Each block's section set to the heading that stands above it once headings were taken out:
 * a block keeps its identity (and its place in LEADS and STORIES) when its section is unchanged.
 */
export function resection(blocks: BodyBlock[]): BodyBlock[] {
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

/**
 * `社区工联会慰问活动` (a heading) … `新业态劳动者慰问活动` / `劳模工匠慰问活动` (read as photos' captions): a
 * short line alone between paragraphs that ends with the last four characters of a heading of the
 * piece is a part named alike, a heading too.
 */
export function parallelHeadings(blocks: BodyBlock[]): BodyBlock[] {
  const shape = (t: string) => wordLength(t) >= 6 && wordLength(t) <= 20 && !/[。！？!?，,；;：:]/.test(t)
  const end = (t: string) => t.replace(/\s/g, '').slice(-4)
  const alone = (b: BodyBlock, n: number) => b.type === 'caption' && !b.credit && blocks[n - 1]?.type === 'paragraph' && blocks[n + 1]?.type === 'paragraph' && shape(b.text)
  const ends = new Set(blocks.filter((b) => b.type === 'heading' && shape(b.text)).map((b) => end(b.text)))
  // (Three such lines named alike with no heading among them: `…慰问活动` ×3, not a scene shown three times, `…活动现场`.)
  // (Three different lines: one printed three times is the headline again, or a photo's alternative text.)
  const named = new Map<string, Set<string>>()
  blocks.forEach((b, n) => alone(b, n) && !isScene(b.text) && named.set(end(b.text), (named.get(end(b.text)) ?? new Set()).add(b.text)))
  for (const [e, texts] of named) if (texts.size >= 3) ends.add(e)
  if (ends.size === 0) return blocks
  return blocks.map((b, n) => (alone(b, n) && ends.has(end(b.text)) ? { type: 'heading', text: b.text } : b))
}

/**
 * Runs of blocks that go together (each a `member`, each after the first `joined` to it), a run that
 * is `whole` made captions all through: the paragraphs in it become captions.
 */
function captionRuns(blocks: BodyBlock[], member: (b: BodyBlock | undefined) => boolean, joined: (first: BodyBlock, next: BodyBlock) => boolean, whole: (run: BodyBlock[]) => boolean): BodyBlock[] {
  const out = [...blocks]
  for (let k = 0; k < out.length; k++) {
    if (!member(out[k])) continue
    let end = k
    while (member(out[end + 1]) && joined(out[k]!, out[end + 1]!)) end++
    if (whole(out.slice(k, end + 1))) {
      for (let n = k; n <= end; n++) {
        const b = out[n]!
        if (b.type === 'paragraph') out[n] = { type: 'caption', text: b.text, credit: null, section: b.section }
      }
    }
    k = end
  }
  return out
}

/**
 * `铁路工匠王某和动车组模块更换通用多功能车。` / `铁路工匠单某为观众介绍…。` / `铁路工匠张某与观众进行交流。`: a
 * gallery's captions, one short sentence a line opening with the same words. Three in a row or more, one
 * of them read as a caption already: all are.
 */
export function parallelCaptions(blocks: BodyBlock[]): BodyBlock[] {
  const short = (b: BodyBlock | undefined) => (b?.type === 'paragraph' || b?.type === 'caption') && wordLength(b.text) >= 6 && wordLength(b.text) <= 40 && (b.text.match(/[。！？!?]/g) ?? []).length <= 1 && !/[：:]/.test(b.text)
  const lead = (b: BodyBlock) => b.text.slice(0, 4)
  const alike = captionRuns(blocks, short, (first, next) => lead(next) === lead(first), (run) => run.length >= 3 && run.some((b) => b.type === 'caption') && /^[\u4e00-\u9fff]{4}$/.test(lead(run[0]!)))
  return shortScenes(galleryRuns(alike))
}

/** Who a photo shows at work: `城管队员`, `快递员`, `演员`, `代表们`, `职工`. */
const WORKERS_SHOWN = /(?:人员|工人|职工|员工|师傅|选手|志愿者|队员|党员|骑手|快递员|环卫工|司机|护士|医生|演员|演員|代表|们|們|員|员)$/

/**
 * `城管队员在转移违停车辆。` / `快递员在派件。`: on a page with photos, a paragraph of one short sentence
 * saying who is doing what (people at work, then 在 or 正在 and the act) stands where a photo's caption
 * does, not where the text goes on.
 */
function shortScenes(blocks: BodyBlock[]): BodyBlock[] {
  if (!blocks.some((b) => b.type === 'caption')) return blocks
  const scene = (t: string) => {
    const s = simplifiedCopy(t.trim())
    const m = /^(?:\d{1,2}月\d{1,2}日[，,])?([^，,。！？“”"：:]{2,12}?)(?:正在|在)[^，,。！？“”"：:]{2,16}。$/.exec(s)
    return m !== null && WORKERS_SHOWN.test(m[1]!) && !/[我你他她]/.test(m[1]!)
  }
  return blocks.map((b, k) => (b.type === 'paragraph' && k > 0 && scene(b.text) ? { type: 'caption', text: b.text, credit: null, section: b.section } : b))
}

/**
 * `大赛开幕现场。` / `开幕式民族舞蹈表演。` / `观众关注比赛情况。` / `选手们沉着应战。` / …: a photo page's
 * captions, one short sentence a paragraph, five or more in a row. Where two in five of them are read
 * as captions already (by their words or the weighing), the others in the run are captions too.
 */
function galleryRuns(blocks: BodyBlock[]): BodyBlock[] {
  const short = (b: BodyBlock | undefined) =>
    (b?.type === 'paragraph' || b?.type === 'caption') && wordLength(b.text) >= 5 && wordLength(b.text) <= 40 && /[。！!]$/.test(b.text.trim()) && (b.text.match(/[。！？!?]/g) ?? []).length === 1 && !/[：:“”"]/.test(b.text)
  return captionRuns(blocks, short, () => true, (run) => run.length >= 5 && run.filter((b) => b.type === 'caption').length * 5 >= run.length * 2)
}

/**
 * `在第134个五一国际劳动节来临之际` / `三明工会坚持政治引领，` / `紧扣职工所需` / …: a post's text set
 * as verse, a phrase a line between blank lines, in the body. Five lines or more, short, none a
 * sentence, several ending in a comma: one paragraph, not headings over scraps.
 */
export function markVerse(lines: Line[]): void {
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

type RunBlock = { type: 'heading' | 'caption' | 'paragraph'; text: string }

type RunContext = {
  /** Running text follows the run: its last item may be the heading of that text. */
  followedByText: boolean
  /** A paragraph came before: an unshaped heading needs a lead above it. */
  bodyStarted: boolean
  /** The block before the run is a photo's caption: under the head's photo, a heading can stand. */
  afterPhoto?: boolean
  pictureGap: number
  shapedHeadings: number
  /** A photo story (`…掠影`, `组图`, credited to photographers only): its short lines are captions. */
  photoStory: boolean
  /** The running text after the run, when it follows. */
  nextText?: string
}

/** Words of a photo story's title: `…代表大会掠影`, `组图：…`, `镜头里的…`. */
export const PHOTO_STORY = /掠影|组图|图集|图片新闻|图片集锦|高清图|影像|镜头|瞬间|图说|剪影/

/** Longest unshaped line taken for a heading (newspaper-format.md: "typically 4-20 characters"). */
export const MAX_PLAIN_HEADING = 20
/** `聚焦凝心铸魂，思想引领有声有色`: two clauses and nothing else, each of four words or more. */
export const TWO_CLAUSE_HEADING = /^[^，,。！？!?；;：:、]{4,14}[，,][^，,。！？!?；;：:、]{4,16}$/

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
const HONOUR_PART = /(?:奖状|奖章|先锋号|劳动模范|先进工作者|先进集体|先进个人|工匠|技术能手|最美职工|示范岗|职工之家)(?:[”"]?(?:获得者|推荐对象|候选人|名单))?(?:\s*[（(][^（）()]{1,12}[)）])?$|^(?:获奖名单|特等奖|[一二三四五]等奖|优秀奖|鼓励奖|(?:优秀)?组织奖)$/
// (`获 奖 名 单`: a heading's characters spaced out.)
export const honourPart = (text: string) => wordLength(text) <= 24 && HONOUR_PART.test(simplifiedCopy(text).replace(/[ \u3000]/g, '')) && !/[，,、。；;]/.test(text)

/** `李 杰：井下设备的神医华佗`: a profile's part, its person (`李杰`) and what it says of them. */
function profilePart(text: string): string | null {
  const part = /^([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff·]){1,3})\s*[:：]\s*([^。！？!?；;]{4,20})$/.exec(text.trim())
  const person = part?.[1]!.replace(/[ \u3000]/g, '')
  return person && looksLikeName(person) ? person : null
}

/** `徐某个人一等奖`, `陈某 第二名`: a contest's result, a winner and the prize on a line. */
const PRIZE_ENTRY = new RegExp(`^[\\u4e00-\\u9fff·、]{2,12}?[\\s\\u3000]*(?:个人|团体)?(?:${PRIZE_LEVEL}|第[一二三四五六七八九十\\d]{1,3}名|冠军|亚军|季军)$`)
const prizeEntry = (l: Line) => PRIZE_ENTRY.test(simplifiedCopy(l.text.trim()))

export function readRun(run: Line[], ctx: RunContext, dropped: string[]): RunBlock[] {
  const { followedByText, pictureGap, shapedHeadings } = ctx
  // `叉车技能` / `徐某个人一等奖` / `李某个人二等奖` / `打磨技能` / …: a contest's results, each event's
  // name over its winners. The events are headings, the winners' lines text, none a scrap.
  const results = run.filter((l) => l.kind !== 'stray' && prizeEntry(l))
  if (results.length >= 3 && results.length * 2 >= run.length) {
    return run.flatMap((l): RunBlock[] => {
      const text = l.text.trim()
      if (prizeEntry(l)) return [{ type: 'paragraph', text: cleanProse(text) }]
      if (wordLength(text) >= 2 && wordLength(text) <= MAX_PLAIN_HEADING && !/[。！？!?；;，,、]/.test(text)) return [{ type: 'heading', text: cleanTitle(text) }]
      return wordLength(text) >= 2 ? [{ type: 'paragraph', text: cleanProse(text) }] : (dropped.push(text), [])
    })
  }
  // A post written as verse, eight phrases a line or more (`劳动是辛勤者的勋章` / `支撑着每一位辛勤劳动者`):
  // its text, kept as paragraphs (a new one at each `第一名 某某` of a ranking), never dropped as scraps.
  const phrase = (l: Line) => wordLength(l.text) <= 20 && !/[。！？!?；;]/.test(l.text) && [...l.text].filter(isHan).length >= 4 && !/^[-–—•·*]|[A-Za-z]{2}/.test(l.text.trim()) && !WEB_FURNITURE.test(l.text)
  // (Not a list of photos' captions: lines that show a scene, `代表们投下庄严的一票`, are a few at most.)
  const shows = (l: Line) => CAPTION_WORDS.test(l.text) || PERSON_ACTION.test(l.text) || SHOWN.test(l.text) || isScene(l.text) || PICTURED_WORK.test(simplifiedCopy(l.text)) || /^[\u4e00-\u9fff]{0,4}(?:代表们|职工们|选手们|工人们)/.test(l.text)
  // (Not a list's numbered parts, `一、全国模范教师` / `二、全国优秀教师`: those are headings.)
  const numbered = run.filter((l) => NUMBERED_HEADING.test(l.text.trim())).length
  if (!ctx.photoStory && run.length >= 5 && run.filter(phrase).length >= run.length * 0.8 && run.filter(shows).length <= run.length * 0.25 && !run.some((l) => l.nameLabel) && numbered < 3) {
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
  const versed = !followedByText && items.length >= 3 && items.every((l) => !shaped(l) && wordLength(l.text) <= 16 && !/[。！？!?；;：:]/.test(l.text) && !CAPTION_WORDS.test(l.text) && !PERSON_ACTION.test(l.text) && !SHOWN.test(l.text))
  // `他们在工地挥汗如雨` / `他们在城市里奔忙守护` / `用坚守诠释劳动之美` after the last photo: the closing
  // words of a photo story, said of the people shown (they open with `他们`); a caption names who it shows.
  const closing = /^(?:他们|她们|我们|你们|他們|她們|我們|你們)/.test(items[0]?.text.trim() ?? '')
  const verse = versed && (!ctx.bodyStarted || closing)
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
      // (`范文(一)` / `一、调研的基本情况`: a numbered line starts a heading of its own.)
      !NUMBERED_HEADING.test(item.text.trim()) &&
      merged <= 20 &&
      (followedByText || wordLength(prev.text) <= 3 || wordLength(item.text) <= 3) &&
      // (On a photo story, `合影留念` / `座谈会场景` between blank lines are two photos' captions.)
      !(ctx.photoStory && item.blankBefore >= 1 && wordLength(prev.text) > 3 && wordLength(item.text) > 3)
    // `2025 工作谋划` right over `突出特色，统筹全局`, and the text under both: a two-level heading.
    const labelled =
      current?.length === 1 &&
      prev &&
      followedByText &&
      n === items.length - 1 &&
      item.blankBefore <= 1 &&
      item.blankBefore < pictureGap &&
      // (`坚持融入党建赋能强核心` / `让各类资源“聚起来”`: a work report's two-line heading, a longer first line with no stop.)
      (wordLength(prev.text) <= 8 || (wordLength(prev.text) <= 12 && !ctx.photoStory && !/[\p{P}]/u.test(prev.text) && !shows(prev) && !shows(item))) &&
      wordLength(item.text) <= 16 &&
      !shaped(item) &&
      !CAPTION_WORDS.test(prev.text + item.text) &&
      // (`绿富同兴` / `卜某某：谢谢您，我热爱的南山矿`: a profile's part opening with its person is a heading of its own.)
      !profilePart(item.text) &&
      // (`获 奖 名 单` / `一等奖`: a list's title over its first part, two headings.)
      !honourPart(item.text)
    if (mergeable || labelled) current!.push(item)
    else groups.push([item])
  })
  // `入场前扫码、测温、签到、热身` / `某某作动员讲话` / `某某致开幕辞` / `领导班子成员全程领走`: three
  // lines or more between paragraphs, two of them saying what a photo shows, are a slideshow's
  // captions, the last one too (no heading over the text).
  const showsScene = (t: string) => CAPTION_WORDS.test(t) || PERSON_ACTION.test(t) || SCENE_LEAD.test(t) || isScene(t)
  const slide = (g: Line[]) => g.length === 1 && !shaped(g[0]!) && wordLength(g[0]!.text) >= 4 && wordLength(g[0]!.text) <= 30 && !/[。！？!?；;]/.test(g[0]!.text) && captionLike(g[0]!.text)
  if (ctx.bodyStarted && groups.length >= 3 && groups.every(slide) && groups.filter((g) => showsScene(g[0]!.text)).length >= 2) {
    return groups.map((g) => ({ type: 'caption' as const, text: cleanProse(g[0]!.text) }))
  }
  const out: RunBlock[] = []
  groups.forEach((group, n) => {
    const text = cleanTitle(group.map((l) => l.text).join(' ')).replace(/^【(.+)】$/, '$1')
    const length = wordLength(text)
    // `全国五一劳动奖章` over the names of the people who won it: a part of an honour list.
    // (`一等奖` over the entries of its winners: the last of the run, over the text, too.)
    if (group.length === 1 && (n < groups.length - 1 || followedByText) && honourPart(text)) return void out.push({ type: 'heading', text })
    // `1、匠心追逐强军梦的某公司的徐某` between paragraphs: a numbered part's heading, not a scrap.
    // Not a numbered entry of a list of people (`2.付某 某中心主任`).
    if (group.length === 1 && ctx.bodyStarted && NUMBERED_HEADING.test(group[0]!.text) && length <= 40 && !/[。！？!?]/.test(text) && !listedPerson(listEntry(group[0]!.text)) && !/本网站?|版权|转载/.test(text)) return void out.push({ type: 'heading', text })
    // `李 杰：井下设备的神医华佗` over text about 李杰: a profile's part, opening with its person.
    const part = /^([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff·]){1,3})\s*[:：]\s*([^。！？!?；;，,]{4,20})$/.exec(text)
    const person = part?.[1]!.replace(/[ \u3000]/g, '')
    if (group.length === 1 && n === groups.length - 1 && person && looksLikeName(person) && ctx.nextText?.slice(0, 120).includes(person)) return void out.push({ type: 'heading', text })
    // `绿富同兴` right over `卜某某：谢谢您，…` and its text: the part's label, a heading of its own.
    const over = groups[n + 1]
    if (group.length === 1 && n === groups.length - 2 && followedByText && over?.length === 1 && profilePart(over[0]!.text) && length >= 2 && length <= 8 && !/[，,。！？!?：:]/.test(text) && !CAPTION_WORDS.test(text)) return void out.push({ type: 'heading', text })
    // `龚某：某大学院士，教授` among other such lines: an entry of a list of people, kept as text.
    const entry = /^([\u4e00-\u9fff·]{2,4})\s*[:：]\s*\S/.exec(text)
    if (group.length === 1 && entry && looksLikeName(entry[1]!) && (n < groups.length - 1 || !followedByText)) return void out.push({ type: 'paragraph', text: cleanProse(group[0]!.text) })
    // `(上海市五一劳动奖章获得者、某公司总裁)`: a line in brackets says more of what stands above it.
    if (group.length === 1 && /^[（(][^（）()]{4,60}[)）]$/.test(text)) return void out.push({ type: 'paragraph', text: cleanProse(group[0]!.text) })
    // `■ 人物`: a short label behind a bullet opens a part of the piece.
    if (length >= 2 && length < 4 && group.length === 1 && group[0]!.bullet && n === groups.length - 1 && followedByText) return void out.push({ type: 'heading', text })
    // `调研报告(一)` right over `一、调研的基本情况`: the part's own heading over its first numbered one.
    const overNumbered = groups[n + 1]?.[0] && NUMBERED_HEADING.test(groups[n + 1]![0]!.text.trim())
    if (group.length === 1 && overNumbered && length >= 2 && length <= 12 && !/[。！？!?，,；;]/.test(text) && !CAPTION_WORDS.test(text) && !isScene(text)) return void out.push({ type: 'heading', text })
    if (length < 4) {
      dropped.push(group.map((l) => l.text).join(''))
      return
    }
    const prose = cleanProse(group.map((l) => l.text).join(''))
    // Empty lines stand where the photo was: an unmarked caption has more of them on one side than
    // paragraphs have between them, or says what a photo shows. The file's own edges do not count.
    const gapAround = (b: number) => b !== EDGE && b >= pictureGap
    const isolated = gapAround(group[0]!.blankBefore) || gapAround(group.at(-1)!.blankAfter)
    const caption = (): RunBlock | null => (captionLike(prose) && (isolated || (ctx.photoStory && (ctx.bodyStarted || !followedByText || n < groups.length - 1)) || CAPTION_WORDS.test(prose) || PERSON_ACTION.test(prose) || SCENE_LEAD.test(prose) || PEOPLE_DOING.test(simplifiedCopy(prose))) ? { type: 'caption', text: prose } : null)
    const last = n === groups.length - 1
    if (last && followedByText) {
      const first = group[0]!
      const form = group.some(shaped) || headingShaped(text)
      // A heading sits close to the text it opens; a line with the photo's gap on both sides does not.
      const apart = gapAround(group.at(-1)!.blankAfter)
      // `全国劳动模范某某讲述自己的故事`: a person doing something is a photo's caption wherever it stands.
      // `参观企业`, `签署某某项目推进协议`, `现场为女职工开展义诊服务`: a scene led by what is done in it.
      const action = !form && (PERSON_ACTION.test(text) || SCENE_LEAD.test(text) || PEOPLE_DOING.test(simplifiedCopy(text)) || visitScene(simplifiedCopy(text))) && captionLike(prose)
      // `闭幕式活动现场`, `合影留念`: a scene is what a photo shows.
      const captionish = action || (ctx.photoStory && !form) || (!form && isScene(text)) || (first.blankBefore >= pictureGap && !form && (CAPTION_WORDS.test(text) || shapedHeadings >= 2 || length > 16 || (apart && (PICTURED_WORK.test(text) || SHOWN.test(text) || !ctx.bodyStarted))))
      if (form && !captionish) return void out.push({ type: 'heading', text })
      // (`郑某工作场景。 某段供图` / `做传递工匠精神的接力棒` / text: the first part's heading under the head's photo.)
      if (!captionish && (ctx.bodyStarted || (ctx.afterPhoto && !/[:：]/.test(text))) && length <= MAX_PLAIN_HEADING) return void out.push({ type: 'heading', text })
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

/**
 * `侯某某` / `福建某某科技股份有限公司` / `高级技师`: a profile card's name over its employer and job,
 * each on a line of its own. The card is one entry of a list of people (`侯某某 福建某某公司高级技师`),
 * a paragraph the workers are read from, not scraps and headings.
 */
export function markPersonCards(lines: Line[]): void {
  const loose = (l: Line | undefined) => l !== undefined && ['title', 'fragment', 'stray', 'prose'].includes(l.kind) && wordLength(l.text) <= 24 && !/[。！？!?，,；;：:]/.test(l.text)
  for (const l of lines) {
    const name = l.text.trim()
    if (!loose(l) || !/^[\u4e00-\u9fff·]{2,4}$/.test(name) || !looksLikeName(name) || dictionaryWord(name)) continue
    const entry = [2, 1]
      .map((n) => lines.slice(l.i + 1, l.i + 1 + n))
      // (Not an author's card, `杨某` / `杨某作者` / …: the name again, or a writer's role.)
      .find((parts) => parts.length > 0 && parts.every(loose) && !parts.some((p) => p.text.includes(name) || /作者|记者|記者|编辑|編輯|通讯员|通訊員|摄影|攝影/.test(p.text)) && listedPerson(`${name} ${parts.map((p) => p.text.trim()).join('')}`) !== null)
    if (!entry) continue
    l.text = `${name} ${entry.map((p) => p.text.trim()).join('')}`
    l.kind = 'prose'
    l.listItem = true
    for (const p of entry) p.kind = 'ornament'
  }
}

