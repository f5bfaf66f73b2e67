/**
 * Datelines: how an agency or an outlet opens its story with who sent it, from where and when
 * (`新华社北京4月30日电`, `中新网安徽新闻8月18日电`, `某某网讯`, `东方网记者某某4月29日报道`). Read here
 * for the masthead (index.ts) and the layout (structure.ts: the dateline is taken off the paragraph,
 * furniture.ts: a dateline alone on its line). A dateline carrying its reporters in brackets
 * (`某某网讯（记者 某某）`) is read with them by bylines.ts's `bylineInParagraph`.
 */
import { PINYIN_GLOSS } from '../clean'
import { AGENCY, findDate, isoDate } from '../masthead'

/** `新华社北京4月30日电`: an agency's dateline; its first group is the agency. */
export const AGENCY_DATELINE = new RegExp(`(${AGENCY})[\\u4e00-\\u9fff]{2,8}(?:(?:19|20)\\d{2}年)?\\d{1,2}月\\d{1,2}日[电電]`)

/** A paragraph opening with an outlet's dateline (not `本报讯`: the paper calls itself 本报). */
const OUTLET_DATELINE = /^[\s\u3000]*(?!本)([\u4e00-\u9fff]{2,10}?(?:网|網|日报|日報|晚报|晚報|快报|快報|工人报|工人報|电视台|電視台|在线|在線))(?:(?:记者|記者)[\u4e00-\u9fff·]{2,4}?)?(?:[\u4e00-\u9fff]{2,4}?)?(?:(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:\d{1,2}时(?:\d{1,2}分)?)?)?(?:讯|訊|消息|电|電|报道|報道)/m

/**
 * The outlet whose story a page is, named by the first dateline of its text (`中工网讯`,
 * `华龙网12月25日14时15分讯`, `东方网记者某某4月29日报道`, `央广网贵阳7月10日消息`), and the day the
 * dateline gives when it prints its year (`某某网福建连城2021年6月16日电`).
 */
export function outletDateline(text: string): { outlet: string; date: string | null } | null {
  const dated = OUTLET_DATELINE.exec(text.slice(0, 3000).replace(PINYIN_GLOSS, ''))
  if (!dated) return null
  // `中新网安徽新闻8月18日电`: the site's channel for a province is the outlet.
  const after = dated[0].slice(dated[0].indexOf(dated[1]!) + dated[1]!.length)
  const channel = /[网網]$/.test(dated[1]!) ? /^([\u4e00-\u9fff]{2,3})(?:新闻|新聞)(?=\d)/.exec(after)?.[1] ?? '' : ''
  const day = findDate(dated[0])
  const date = day && /年/.test(dated[0].slice(day.index, day.index + day.length)) ? isoDate(day) : null
  return { outlet: `${dated[1]}${channel}`, date }
}

/**
 * `中新网安徽新闻8月18日电 2023年8月17日，…`: the length of an outlet's or agency's dispatch line
 * opening a paragraph with no reporter named, 0 when there is none.
 */
export function dispatchLength(text: string): number {
  return /^[\u4e00-\u9fff]{2,10}?(?:网|網|社|报|報|台)[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日(?:电|電)[\s\u3000]*(?=[^（(\s]\S{9})/.exec(text)?.[0].length ?? 0
}
