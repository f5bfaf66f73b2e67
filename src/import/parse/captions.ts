/**
 * What a photo's caption carries that running text does not: the photographer's credit at its end
 * (`…比赛现场。 张三 摄`, `…/ 某某 供图`, `摄影：某公司李四▲`), a credit on the line under it
 * (`王五/摄`), or a date opening each of a photo series' lines (`4月28日，…领奖。`). Each function
 * reads one whitespace-collapsed line.
 */
import { AGENCY } from '../masthead'
import { looksLikeName, wordLength } from '../text'

const NAME = '[\\u4e00-\\u9fff·]{2,4}'
/** `吴 凡`: a two-character name spaced out to the width of three. */
const SPACED_NAME = '[\\u4e00-\\u9fff]\\s[\\u4e00-\\u9fff]'
const NAMES = `(?:${NAME}|${SPACED_NAME})(?:[、\\s](?:${NAME}|${SPACED_NAME}))*`
/**
 * `新华社记者`, `本报记者`, `本报三元记者站`, `通讯员`, `工人日报-中工网记者`: who the
 * photographer is, before the name.
 */
const ROLE = `(?:(?:${AGENCY}|本报|特约|本刊|本報|[\\u4e00-\\u9fff]{2,8}[-－—])?[\\u4e00-\\u9fff]{0,5}?(?:摄影记者|记者站|记者|通讯员|記者|通訊員)\\s*|[\\u4e00-\\u9fff]{2,8}[网網社台]\\s+)`

/** The credit forms, each capturing the text before it and the credit. */
const CREDITS: RegExp[] = [
  // `…比赛。新华社发（赵四摄）`: an agency's photo with its photographer in brackets.
  new RegExp(`^(.*?)\\s*((?:${AGENCY})[发發]\\s*[（(]\\s*(?:${NAMES})\\s*[摄攝][)）])$`),
  // `…领奖。新华社记者 何俊昌 摄`, `…现场。 李善举/摄`, `（本报记者 张三 摄影报道）`
  new RegExp(`^(.*?)(?:[\\s\\u3000]+[（(]?|(?<=[。！？”])[（(]?|[（(])((?:${ROLE})?(?:${NAMES})(?:\\s+(?:${ROLE})?(?:${NAMES}))*)\\s*[/／]?\\s*[摄攝](?:影)?(?:报道|報道)?[)）]?[。.]?$`),
  // `…生命财产安全。 本报记者 怀特乌勒斯 摄`: a longer name (Mongolian, Tibetan) after a reporter's role.
  /^(.*?[。！？])[\s\u3000]*((?:本报|本報)?(?:记者|記者|通讯员|通訊員)[\s\u3000]*[\u4e00-\u9fff·]{5,8})[\s\u3000]*[摄攝]$/,
  // `…在训练中。受访者供图`: a provider's credit right after the caption's stop.
  /^(.*?[。！？])\s*((?:受访者|受訪者|[\u4e00-\u9fff·]{2,10}?))\s*(?:供图|供圖)$/,
  // `…送上饮料。/ 新会 供图`, `…现场(某某供图)`
  new RegExp(`^(.*?)[\\s\\u3000]*[/／（(]\\s*([^/／()（）]{2,20}?)\\s*(?:供图|供圖|[摄攝])[)）]?$`),
  // `…合影留念   新华社发`, `…架设沱江大桥(资料照片)。新华社发`: an agency's photo.
  new RegExp(`^(.*?)(?:[\\s\\u3000]+|(?<=[。！？]))((?:${AGENCY}|人民图片|视觉中国|[\\u4e00-\\u9fff]{2,6}社)(?:记者\\s*[\\u4e00-\\u9fff]{2,4}\\s*)?)发$`),
  // `工会干部和职工代表诗朗诵 摄影 王某`: the role, a space and the name.
  new RegExp(`^(.*?)[\\s\\u3000]+(?:摄影|攝影)[\\s\\u3000]+(${NAMES})$`),
  // `…搬运物资。 摄影：国网某某公司张宇▲`, `图/某某`
  /^(.*?)[\s\u3000]*[（(]?(?:图|摄影|攝影|供图|供圖)\s*[/／:：]\s*([^()（）▲]{2,24}?)[)）]?\s*[▲△]?$/,
  // `…接受三伏天高温“烤”验。刘某/东方IC`: the photographer, a slash and the picture agency.
  /^(.*?[。！？])[\s\u3000]*((?:[\u4e00-\u9fff]{1,6}[报報])?[\u4e00-\u9fff·]{2,4}[\s\u3000]*[/／][\s\u3000]*(?:东方IC|東方IC|视觉中国|視覺中國|CFP|IC|中新社|中新网|中新網|人民视觉|人民視覺|新华社|新華社|人民图片|人民圖片))$/,
  // `…管理局。资料图`, `…一起溝通交流。 資料配圖`: an archive photo, marked as one after the caption's stop.
  /^(.*?[。！？])[\s\u3000]*[（(]?((?:本报|本報)?(?:资料图片|資料圖片|资料图|資料圖|资料配图|資料配圖|资料照片|資料照片))[)）]?$/,
  // `…作宣讲。图片来源：中国教科文卫体工会`: who supplied the photo, after the caption's stop.
  /^(.*?[。！？])[\s\u3000]*(?:图片来源|圖片來源|图源|圖源)\s*[:：]\s*([^\s。]{2,24})$/,
]

const ONLY_NAMES = new RegExp(`^(?:${ROLE})?(?:${NAME}|${SPACED_NAME})(?:[、\\s](?:${NAME}|${SPACED_NAME}))+$`)
const ROLE_OPENING = new RegExp(`^(?:${ROLE})`)
/** Names and nothing else: each looks like a person's (`奔跑、传球` is what the photo shows). */
const onlyNames = (text: string) =>
  ONLY_NAMES.test(text) && text.replace(ROLE_OPENING, '').split(/[、\s]+/).every((n) => n.length > 4 || looksLikeName(n))

/** The text and the photographer's credit of a line that ends with one; null otherwise. */
export function splitPhotoCredit(raw: string): { text: string; credit: string } | null {
  // `（光明网某某 摄/光明图片）`: the picture service after the mark, inside the brackets.
  // (`记者 某某 摄\视觉重庆`, `摄/视觉重庆` at the end: the same without brackets.)
  // (`杭州工务段供图 摄`: a supplier's credit with a stray mark after it is the supplier's.)
  const text = raw
    .replace(/([摄攝])\s*[/／][\u4e00-\u9fff]{2,8}(?=[)）]$)/, '$1')
    .replace(/([摄攝])\s*[/／\\][\u4e00-\u9fff]{2,8}$/, '$1')
    .replace(/(供图|供圖)\s*[摄攝]$/, '$1')
    // (`…比賽。 □王某 攝影報道`: a box mark before the photographer's name.)
    .replace(/(?<=[。！？])[\s\u3000]*[□■][\s\u3000]*(?=[\u4e00-\u9fff·]{2,4}[\s\u3000]*(?:摄|攝))/, ' ')
  // `…景象。 汤德宏 赵振宇 摄 (视觉江苏网供图)`, `…巡检。杜鹏辉摄(新华社发)`: who supplied the photo,
  // after its photographer, is part of the credit.
  const supplier = SUPPLIER.exec(text)
  if (supplier && supplier.index > 0) {
    const inner = splitPhotoCredit(text.slice(0, supplier.index))
    if (inner) return inner
  }
  for (const re of CREDITS) {
    const m = re.exec(text)
    // The caption must be text, not a name (`张三 摄` alone is a credit line, see isCreditLine).
    // `毛某、姚某 摄影报道`: names before the mark are the credit's, not a caption.
    if (m && m[1] && wordLength(m[1]) >= 4 && !onlyNames(m[1].trim())) return { text: m[1].trim(), credit: m[2]!.replace(/\s+/g, ' ').trim() }
  }
  return null
}

/** `（视觉江苏网供图）`, `(新华社发)`, `（人民视觉）`: who supplied a photo, after its credit. */
const SUPPLIER = /\s*[（(](?:[^()（）]{2,12}?(?:供图|供圖|发|發)|人民视觉|人民視覺|视觉中国|視覺中國)[)）]$/

/** `于文国/摄`, `吴 凡/摄`, `新华社记者 郝同前 摄`: a photographer's credit on a line of its own. */
const CREDIT_LINE = new RegExp(`^(?:${ROLE})?(?:${NAMES})\\s*[/／]?\\s*(?:摄|摄影|供图|攝)$`)
/** `新华社发（梁孝鹏摄）`: an agency's photo with its photographer in brackets. */
const AGENCY_CREDIT_LINE = new RegExp(`^(?:${AGENCY}|[\\u4e00-\\u9fff]{2,6}社)[发發]\\s*[（(]\\s*(?:${NAMES})\\s*[摄攝][)）]$`)

export function isCreditLine(text: string): boolean {
  // `（通讯员 梁文 摄）`: the credit in brackets; `杜鹏辉摄（新华社发）`: with its supplier.
  // (`邓某 摄/中新社`: the picture agency after the mark.)
  const t = text.replace(/^[（(]\s*(.*?)\s*[)）]$/, '$1').replace(SUPPLIER, '').replace(/([摄攝])\s*[/／\\][\u4e00-\u9fffA-Za-z]{2,8}$/, '$1')
  // (`受访者供图`, `某某集团党委宣传部供图`, `某某市融媒体中心供圖`: a source's photo, credited on its own line.)
  return CREDIT_LINE.test(t) || AGENCY_CREDIT_LINE.test(text) || /^[\u4e00-\u9fff·]{2,16}\s*[/／]?\s*(?:供图|供圖)$/.test(t)
}

/** `微信图片_20240618141307`, `IMG_20230501_0932`: a camera's or a chat app's name for a photo, without its extension. */
export const CAMERA_FILE = /^(?:微信图片|微信截图|IMG|DSC|DSCN|mmexport)[_-]?\d{6,}(?:[_-]\d+)*$/

/**
 * `800x600_5fd60f.jpg`, `…/314_16981.jpg?width=1080`, `(图2)`, `【资料图】`: what a web copy leaves where a photo stood; the line
 * under it, when short, is that photo's caption.
 */
export const PHOTO_PLACE = new RegExp(`${/\.(?:jpe?g|png|gif|webp)(?:\?\S*)?$|_fororder_|^\S*[(（]图\s*\d{1,2}[)）]$|^【?(?:资料图片?|图片)】?$/.source}|${CAMERA_FILE.source}`, 'i')

/** `4月23日，`, `2015年6月28日到7月1日，`: a photo series' caption opens with the day it was taken. */
// `8月26日拍摄的某某驿站`: an agency's photo of a place, dated the same way.
const DATE_LED = /^(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:[^，,。！？]{0,12}[，,]|拍摄的)/

export function dateLed(text: string): boolean {
  return DATE_LED.test(text)
}

/** How the story of the day goes on after a news photo's scene: `当日`, `该驿站…`, `据了解`, `近年来`. */
export const STORY_GOES_ON = /^(?:当日|当天|同日|當日|當天|该|該|此次|此前|据了解|據了解|据悉|據悉|近年来|近年來|近年|近期|近日[，,]|日前[，,]|目前|截至|今年以来|今年來|今年|据统计|據統計|[\d一二三四五六七八九十]{1,2}月(?:[上中下]旬|初|底|份)?以来)/

/** `近日，…`, `日前，…`, `4日下午，…`: a scene of the day without its month. */
export const DAY_OPENER = /^(?:近日|日前|(?:\d{1,2}日|昨天|昨日)(?:[上下]午|晚)?)[，,]/

/**
 * `7月26日，…参加技能比武。当日，…举办…大赛…`: a news photo's caption says what the photo shows (its
 * dated first sentence); the story of the day after it is the item's text. A story told first and closed
 * by `图为…` gives the scene after it. Null when the item is one scene.
 */
export function newsPhotoSplit(text: string): { caption: string; story: string; storyFirst?: boolean } | null {
  // `10月26日是…。节日前夕，…送去节日的问候。图为环卫职工们…`: the story first, then the photo's scene.
  const shown = /^(.{16,}?[。！？])\s*((?:图为|圖為|图[一二三四五六七八九]为|圖[一二三四五六七八九]為|[上下左右]图[:：]|[上下左右]圖[:：])(?:(?![。！？]).){4,120}[。！？]?)$/.exec(text)
  // Not a montage (`上图：…。下图：…`), whose parts are all the caption.
  if (shown && !/(?:图|圖)[一二三四五六七八九]?(?:为|為)|[上下左右](?:图|圖)[:：]/.test(shown[1]!)) return { caption: shown[2]!, story: shown[1]!, storyFirst: true }
  const m = /^(.{8,160}?[。！？])\s*(.{10,})$/.exec(text)
  if (!m) return null
  // `当日，…`, `据了解，…` go on from any scene; the other openers, or a story longer than the
  // scene, only from a scene of the day (`12月18日，…`, `近日，…`, `4日，…`).
  const sameDay = /^(?:当日|当天|同日|當日|當天)[，,是]|^(?:据了解|據了解|据悉|據悉|据统计|據統計)/.test(m[2]!)
  const ofTheDay = dateLed(text.replace(/^(?:[上下左右]图|图[一二三四五六七八九\d]?)\s*[:：]\s*/, '')) || DAY_OPENER.test(text) || /[(（]\d{1,2}月\d{1,2}日摄[)）]/.test(m[1]!)
  const story = STORY_GOES_ON.test(m[2]!) || /^(?:最近|[“"]?[\u4e00-\u9fff]{1,6}[”"]?(?:假期|期间|前夕|来临之际)[，,]|[^，,。]{2,10}(?:就要到了|即将到来|即将来临|临近了)[，,])/.test(m[2]!) || /^(?:\d{1,3}[岁歲]的)?[\u4e00-\u9fff]{2,3}(?:是|系)[^。]{0,40}(?:负责人|負責人|技师|技師|工程师|工程師|职工|職工|工人|员工|員工|主任|队长|隊長|班长|班長|劳模|勞模|获得者|獲得者)/.test(m[2]!) || /^(?:临近|在[^，,。]{2,12}(?:之际|期间)|随着|为了|为进一步|为切实|本届|本次|来自(?:全[市省区县国]|各))/.test(m[2]!) || wordLength(m[2]!) > 2 * wordLength(m[1]!)
  if (!sameDay && !(ofTheDay && story)) return null
  return { caption: m[1]!, story: m[2]! }
}

/**
 * `5月1日，某县交警全员在岗…。图为执勤交警在…搀扶老人。（通讯员 某某 摄）`: a photo item, the story
 * of the photo and then its scene (with its credit), on one line. Two or more on a page are a gallery's
 * items, each caption whole (photoItemLines); one alone is read as text closed by its photo's scene.
 */
export const PHOTO_ITEM = /^(.{16,120}?[。！？])\s*((?:图为|圖為)[^。！？]{4,120}(?:[。！？][^。！？]{0,40})?)$/

/** Two or more photo items (PHOTO_ITEM) among a page's texts: a gallery told item by item. */
export function photoItemGallery(texts: string[]): boolean {
  return texts.filter((t) => PHOTO_ITEM.test(t.trim())).length >= 2
}

/** `(组图)`, `图集`, `图片新闻`: a page that says it is a series of photos. */
export const PHOTO_SERIES = /组图|图集|图片新闻|高清图/

/**
 * A web page's own links and labels (`中工网微信`, `扫码关注`, `公司公众号`, `网站地图`): they stand
 * alone at a page's end like captions but show no photo.
 */
export const WEB_FURNITURE = /(?:微信|微博|抖音|客户端|公众号|扫码(?:关注|阅读|下载|收听|观看|进入|加入|看|听)|二维码|关注我们|网站地图|版权所有|简介$|首页|上一篇|下一篇|上一条|下一条|返回顶部|打印本页|关闭窗口|分享到|相关(?:文章|稿件|新闻|阅读)|热点关注|推荐阅读|责任编辑|点击率|访问次数)/

/** Words captions are made of and headings rarely are (structure.ts and the caption model). */
// (In traditional characters too: `比賽現場`, `頒獎儀式`.)
export const CAPTION_WORDS = /(?:现场|現場|仪式|儀式|合影|图为|圖為|正在|留影|掠影|一角|风采|風采|剪影|走进|走進|在.{1,8}(?:开展|開展|进行|進行|参加|參加|举行|舉行)|颁奖|頒獎|启动仪式|啟動儀式|开赛|開賽|慰问|慰問|揭牌|签约|簽約|展示|体验|體驗|讲解|講解|交流|比拼|作业|作業|工作中|检修|檢修|巡检|巡檢|工作照|生活照)/
