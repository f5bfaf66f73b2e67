/**
 * The line model the layout analysis (../structure.ts) and its caption and section passes share:
 * a line of the page with the kind each pass gives it, and the tests on a line's words that more
 * than one pass asks — is it shaped like a heading, does it read like a photo's caption, does it
 * show a scene or a person doing something.
 */
import type { BylineLine } from '../bylines'
import { cleanTitle } from '../clean'
import { splitPhotoCredit, WEB_FURNITURE } from './captions'
import type { Furniture } from './furniture'
import { type DateParts, parseMasthead } from '../masthead'
import { isHan, simplifiedCopy, wordLength } from '../text'
import type { BodyBlock } from '../types'

export type Kind =
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

export type Line = {
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

/** The blank count given to the file's first line before it and its last line after it. */
export const EDGE = 99

/** A dash that opens a subtitle: `——`, `—`, `--`, `一一`. */
export const SUBTITLE_DASH = /^(?:[—―─━–]{1,3}|-{2,3}|－{1,2}|一一(?!一))\s*(?=\S)/
/** `一、` `（一）` `1.` `第一部分` before a heading. */
export const NUMBERED_HEADING = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[一二三四五六七八九十]{1,2}[ \u3000]+(?=[\u4e00-\u9fff]{4})|\d{1,2}[.．]\d{1,2}[\s\u3000]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]{1,3}[部章篇节])/
/** How many lines from `k` on pass `test` (given each line and its place in the run). */
export function runLength(lines: Line[], k: number, test: (l: Line, at: number) => boolean): number {
  let n = 0
  while (lines[k + n] && test(lines[k + n]!, n)) n++
  return n
}

/** A heading's shape: two clauses (`凝心铸魂 让思想引领`), a list number (`一、`) or 【brackets】. */
export function headingShaped(text: string): boolean {
  // `某某累计避免水损耗约115万立方米——“用心听测及时维修”`: what a part is about, then its words in quotes.
  // `“不是一味干‘粗活’，知识和技术才是本钱”`: words in quotes, no sentence.
  return /[ \u3000]/.test(cleanTitle(text)) || NUMBERED_HEADING.test(text) || BRACKETED.test(text) || LABELLED_HEADING.test(text.trim()) || /^[^。！？]{4,40}——[“"「][^。]{2,20}[”"」]$/.test(text.trim()) || QUOTED_HEADING.test(text.trim())
}

/** `初心引领：思想赋能，聚“新”于魂`: a part's label, a colon, then what the part is about in two clauses. */
const LABELLED_HEADING = /^[\u4e00-\u9fff]{4}[:：][^。！？!?；;:：，,]{3,14}[，,][^。！？!?；;:：，,]{3,14}$/

/** `“不是一味干‘粗活’，知识和技术才是本钱”`: a line all in quotes, no sentence in it. */
export const QUOTED_HEADING = /^“[^“”。！？!?]{6,36}”$/

/** `【新闻速递】` standing alone: a heading in brackets. */
export const BRACKETED = /^【[^】]{2,20}】$/

/** A line shaped like a heading, or led by a `■`/`◆` bullet. */
export function shaped(l: Line): boolean {
  return headingShaped(l.text) || (Boolean(l.bullet) && wordLength(l.text) <= 24)
}

/**
 * What an unmarked photo caption reads like: Chinese words describing a scene, not a web page's
 * label (`UID: 40996`, `主题: …`), a login name or a menu.
 */
export function captionLike(text: string): boolean {
  const han = [...text].filter(isHan).length
  if (han < 4 || han < wordLength(text) * 0.6) return false
  if (/^[\u4e00-\u9fffA-Za-z]{1,6}\s*[:：]/.test(text) && !/^(?:图|图片说明|[上下左右中]图)/.test(text)) return false
  return !/https?:|www\.|@|(?:在线|离线)$/.test(text) && !WEB_FURNITURE.test(text)
}

/** `…现场。 作者：梅振本`: the page's author named after a photo's caption. */
export const AUTHOR_AFTER = /[\s\u3000]+作者\s*[:：]\s*[\u4e00-\u9fff·]{2,4}$/

/** A line without the photographer's credit at its end. */
export function withoutCredit(text: string): string {
  const t = text.replace(AUTHOR_AFTER, '')
  return splitPhotoCredit(t)?.text ?? t
}

/** Who and what a picture page's photos show: workers at work, a site, a scene. */
export const PICTURED_WORK = /(?:工人|职工|师傅|女工|员工|选手|工作人员|劳动者|建设者|钢筋工|焊工|环卫|快递|骑手|正在|工地|现场|车间|生产线|作业|施工|检修|巡检|清扫|搬|操作|代表(?:步入|热烈|举手|投票|发言|合影)|大会(?:开幕|闭幕|投票|选举|现场)|鼓掌|表决|宣誓|颁奖|合影)/

/** Paragraphs that opened with the article's dateline or byline (`本报讯（记者 某某）…`): its lead, never a photo's caption. */
export const LEADS = new WeakSet<BodyBlock>()
/** The story of the day split off a news photo's caption (newsPhotoSplit). */
export const STORIES = new WeakSet<BodyBlock>()

/** What a photo after the text shows: a work by its title (`《…》`), a page, a certificate. */
export const SHOWN = /《[^》]{2,30}》|作品|照片|图片|画面|版面|头版|证书|奖杯|奖牌|合影|现场/

/** A web page's calls to read on or share, which stand after the text like captions. */
export const TAIL_LINKS = /(?:阅读|推广|点击|更多|全文|新闻线索|欢迎您|投稿|评论|点赞|收藏|转发|分享|下载|登录|注册|举报|广告|免责|声明|联系|电话|地址|邮编|备案|技术支持|主办|承办|协办)/

/**
 * People shown at something (`矿工们驻足观看…`, `医务工作者为环卫工认真检查身体`, `参赛队伍争夺八强名额`,
 * `市西中学学生和劳模代表共同朗诵`): a group, then what it is doing there — a photo's caption, where a
 * part's heading says what the part is about (`党员干部带头冲锋`).
 */
export const PEOPLE_DOING = /(?:(?<![我你咱])们|职工|工人|员工|选手|队伍|队员|学生|代表|工作人员|医务工作者|师傅|劳模)[\u4e00-\u9fff]{0,8}?(?:正在|认真|共同|一起|驻足|争夺|观看|参观|检查|分配|领奖|朗诵|演唱|表演|合影|答题|比拼)/

/** What a photo's caption may open with when it names no one: the act it shows (`参观企业`, `走进…工作室学习交流`). */
export const SCENE_LEAD = /^(?:走进|走访|参观|签署|签订|观看|体验|聆听|慰问|看望|现场为|为[^，。、]{1,10}(?:开展|颁发|送上|赠送)|向[^，。、]{1,10}(?:赠送|颁发|献花))/
/**
 * `刘某慰问困难职工`, `县总工会班子成员慰问困难劳模`: someone visiting people, said in one line with no
 * stop: what a photo of the visit shows (a part about visits is named `…慰问活动`, `…送温暖`).
 */
export const VISIT_SCENE = /^[\u4e00-\u9fff]{2,14}?(?:慰问|看望|探望)[\u4e00-\u9fff]{2,10}$/
export const visitScene = (text: string) => VISIT_SCENE.test(text) && !/(?:活动|行动|工作|暖人心|送温暖|在行动)$/.test(text)
/** What a caption says a person is doing: `某某讲述自己的故事`, `某某正在检修线路`, `某某到某公司看望职工`. */
export const PERSON_ACTION = /(?:到[^，,。]{2,20}(?:看望|慰问|慰問|调研|調研|考察|走访|走訪)|在[^，,。]{2,20}(?:了解|察看|查看)[^，,。]{0,12}情况|正在|讲述|講述|接受采访|接受採訪|合影留念|亲切握手|親切握手|亲切交谈|親切交談|作[^，,。]{0,8}讲话|致[^，,。]{0,4}辞$|(?:发言|發言|讲话|講話|签名留念|簽名留念)[。.]?$|为.{1,16}(?:颁奖|颁发|授牌|授旗|揭牌|颁证)|為.{1,16}(?:頒獎|頒發))/

/**
 * Where a person stands in a photo (`（右二）`, `(左)`, `（前排左三）`), a place that cannot be a part's number: `（左二）`, `（右）`, `（图右）`, `（前排中）`,
 * `（中三）` — never a bare `（上）` or `（中）`, which number a series' parts.
 */
export const PICTURED = /[（(](?:(?:前排|后排|中排|第[一二三]排|图)?[左右](?:[一二三四五六七八九十\d]{1,2})?|(?:前排|后排|中排|第[一二三]排|图)[中前后上下]|[中前后上下][一二三四五六七八九十\d]{1,2})[)）]/
export const PHOTO_POSITION = /[（(](?:前排|后排|中排|第[一二三]排|图)?[左右中前后上下](?:[一二三四五六七八九十\d]{1,2})?[)）]/

/** A line that says what a photo shows: a person doing something, a scene, a person's place in the photo. */
export function photoLine(text: string): boolean {
  return PERSON_ACTION.test(text) || isScene(text) || PHOTO_POSITION.test(text)
}

/** A short line naming a scene: `某某上课的场景`, `颁奖现场`. */
// (`颁奖仪式`, `启动仪式` alone between paragraphs: the photo of the ceremony.)
const SCENE = /^(?:[^，,。！？]{2,20}(?:现场|场景|情景|瞬间|合影|留影|一角|剪影|掠影|工作照|生活照)|[^，,。！？]{1,18}[^举]仪式)$/
/** A scene line (`捐助现场`), in traditional characters or closed by a stop too (`捐助現場。`). */
export const isScene = (text: string) => SCENE.test(simplifiedCopy(text).replace(/[。.]$/, ''))

export const isTextLine = (l: Line | undefined): boolean => l !== undefined && (l.kind === 'prose' || l.kind === 'title' || l.kind === 'fragment')

/** Caption openers: `图为…`, `上图：…`, `图片说明：…`. */
export const CAPTION_LEAD = /^(?:图为|图片说明\s*[:：]|图说\s*[:：]|描述\s*[:：]|[上下左右中]图\s*[:：]|图\s*[:：](?!\s*[\u4e00-\u9fff]{2,4}$))/
