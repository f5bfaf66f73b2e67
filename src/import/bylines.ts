/**
 * Bylines (署名): `■ 青石日报全媒体记者 程远舟 通讯员 白露 葛小禾`, `记者苏明远 特约记者林可`,
 * `文/俞晓棠`, `张三 摄`, or a line of bare names under the subtitle.
 */
import { AGENCY, PUBLICATION_SUFFIX, parsePictureCredit } from './masthead'
import { dictionaryWord, looksLikeName, simplifiedCopy, surnameLength } from './text'
import type { Byline, BylineRole } from './types'

/** Role words as printed → the stored role (null: a role the field has no option for). */
const ROLE_WORDS: [string, BylineRole | null][] = [
  ['全媒体记者', '全媒体记者'],
  ['融媒体记者', '全媒体记者'],
  ['融媒记者', '全媒体记者'],
  ['全媒记者', '全媒体记者'],
  ['特约通讯员', '通讯员'],
  ['特约记者', '特约记者'],
  ['全媒体特派记者', '全媒体记者'],
  ['特派记者', '记者'],
  ['见习记者', '记者'],
  ['实习记者', '记者'],
  ['首席记者', '记者'],
  ['高级记者', '记者'],
  ['主任记者', '记者'],
  ['摄影记者', '摄影'],
  // `中原网讯（市民记者 某某）`: a reader who reports for the site.
  ['市民记者', '通讯员'],
  ['记者', '记者'],
  // `中工网采访人员 某某`: how some reposting sites print 记者.
  ['采访人员', '记者'],
  ['通讯员', '通讯员'],
  ['实习生', null],
  // `口述：某某 整理：某某`: the one who told it and the one who wrote it down.
  ['口述', null],
  ['整理', null],
  ['摄影', '摄影'],
  ['摄像', '摄影'],
  ['视频拍摄', '摄影'],
  ['拍摄', '摄影'],
  ['撰文', '文'],
  // `(作者:甲 乙)`: the writers.
  ['作者', '文'],
  // `圖文：某某`: who wrote the text and took the photos.
  ['图文', '文'],
  ['圖文', '文'],
  ['文图', '文'],
  ['文圖', '文'],
  ['文字', '文'],
  ['图片', '图'],
  ['文', '文'],
  ['图', '图'],
  ['圖', '图'],
]
const ROLE_ALT = ROLE_WORDS.map(([w]) => w).join('|')

/** `新华社发（某某摄）`: an agency's photo, its photographer in brackets. */
const AGENCY_PHOTO = new RegExp(`^(?:${AGENCY})[发發]\\s*[（(]\\s*([^()（）]{2,20}?)\\s*[摄攝]\\s*[)）]$`)

/** Who may stand before a role: `本报`, `青石日报`, `新华社`, `云川广播电视台`, `新青禾·青禾日报` (an app's name before its paper), `吴航乡情报` (a paper by any name ending in 报). */
const PUBLISHER = new RegExp(
  `^(?:本报|本刊|本台|本网|快报|晚报|[\\u4e00-\\u9fff]报(?=$)|(?:${PUBLICATION_SUFFIX.slice(3, -1)})|(?:[\\u4e00-\\u9fff]{1,10}(?:${PUBLICATION_SUFFIX.slice(3, -1)})[-－—·・]|[\\u4e00-\\u9fff]{2,6}[·・])?[\\u4e00-\\u9fff]{1,10}(?:${PUBLICATION_SUFFIX.slice(3, -1)}|(?<=[\\u4e00-\\u9fff]{2})[报報]|社|广播电视台|电视台|融媒体中心|客户端|网|新闻|广电|传媒))$`,
)

/** A token that is a role, optionally after a publisher and before names: `青石日报全媒体记者`, `记者苏明远`, `文/俞晓棠`. */
const ROLE_TOKEN = new RegExp(`^(.*?)(${ROLE_ALT})(?:[/／](${ROLE_ALT}))?(?:[/／:：])?(.*)$`)

export type BylineLine = {
  bylines: Byline[]
  /** Publication named before a role (`青石日报全媒体记者`); `本报` when the paper names itself. */
  publication: string | null
  pictureCredit: string | null
  /** False for a line of bare names: a byline only where one is expected. */
  hasRole: boolean
}

/** Labels set behind the same marks as a byline. */
const LABEL = /^(?:编者按|编后|导读|链接|短评|评论|背景|相关|阅读|记者手记|点评|提示|新闻|关注|聚焦|观察|声音|简讯|快讯|人物|故事|贴士|小贴士|编辑|责编|来源|图片|视频|附件|相关链接|延伸阅读|专家|特写|花絮|镜头|数读|图说)$/

const ornament = /^[■□●○◎◆◇★☆▌▍▎▋►|｜\s]+/

/** `中国化工报曲某某`: a paper's name, then a reporter's name glued to it. */
const PAPER_THEN_NAME = new RegExp(`^([\\u4e00-\\u9fff]{1,8}${PUBLICATION_SUFFIX})([\\u4e00-\\u9fff]{2,3})$`)
/** `(长江日报)(记者…)`: the paper in brackets of its own before the reporters'. */
const PAPER_IN_BRACKETS_FIRST = new RegExp(`^[（(]([\\u4e00-\\u9fff]{2,10}${PUBLICATION_SUFFIX})[)）]\\s*(?=[（(])`)
/** A name ending as a publication's does (`福建日报`). */
const ENDS_AS_PUBLICATION = new RegExp(`${PUBLICATION_SUFFIX}$`)
/** `来源：某某日报`: the paper an item comes from, before its reporter. */
const SOURCE_PAPER = new RegExp(`^(?:来源|來源)\\s*[:：]\\s*([\\u4e00-\\u9fff]{2,10}?${PUBLICATION_SUFFIX})\\s*`)

/** The writers' unit before their names: `市总全媒体中心`, `工会`. */
const WRITERS_UNIT = '[\\u4e00-\\u9fff]{0,8}(?:全媒体中心|融媒体中心|新闻中心|宣传部|办公室|工会)'
/** …in a bracketed line of its own (`（工会   陈某/文 唐某/图）`): spaced from the first name. */
const WRITERS_UNIT_SPACED = new RegExp(`^${WRITERS_UNIT}[\\s\\u3000]+(?=[\\u4e00-\\u9fff]{2,4}[\\s\\u3000/／])`)
/** …in the brackets closing a paragraph (`（市总全媒体中心潘某）`): spaced or not, the name may end it. */
const WRITERS_UNIT_AT_END = new RegExp(`^${WRITERS_UNIT}[\\s\\u3000]*(?=[\\u4e00-\\u9fff]{2,4}(?:[\\s\\u3000/／]|$))`)

/** `（文/某某 攝/某某 某某）`: the writer, then the photographers, each after a slash. */
function writerAndPhotographers(raw: string): BylineLine | null {
  const split = /^[（(]?\s*(?:文|撰文)[/／]\s*([\u4e00-\u9fff·、\s]{2,16}?)\s+(?:摄影|攝影|摄|攝|图|圖)[/／]\s*([\u4e00-\u9fff·、\s]{2,20}?)\s*[)）]?$/.exec(raw.trim())
  if (!split) return null
  const names = (run: string) => run.split(/[\s、]+/).filter((n) => /^[\u4e00-\u9fff·]{2,4}$/.test(n))
  const [writers, photographers] = [names(split[1]!), names(split[2]!)]
  if (writers.length === 0 || photographers.length === 0 || ![...writers, ...photographers].every((n) => looksLikeName(n))) return null
  const bylines: Byline[] = [...writers.map((name) => ({ role: '文' as const, name })), ...photographers.map((name) => ({ role: '摄影' as const, name }))]
  return { bylines, publication: null, pictureCredit: null, hasRole: true }
}

/**
 * Read a line as a byline. Null unless every token is a role, a name, a photographer mark or a
 * picture credit.
 */
export function parseBylineLine(raw: string): BylineLine | null {
  return rolesAndNames(raw) ?? labelledCredits(raw) ?? outletReporters(raw)
}

/**
 * `川报观察记者 郝某`, `川报观察记者 郝某 文/图`: an outlet whose name says no 报, 网 or 台, glued to 记者,
 * then the reporters' names (and who wrote and took the photos).
 */
function outletReporters(raw: string): BylineLine | null {
  const m = /^([\u4e00-\u9fff]{2,8}?)(?<!本报|本報|特约|特約|见习|見習|实习|實習|首席|全媒体|融媒体|摄影|攝影|特派|驻站|文字)(?:记者|記者)[\s\u3000]+([\u4e00-\u9fff·]{2,4}(?:[\s\u3000、]+[\u4e00-\u9fff·]{2,4}){0,3}?)(?:[\s\u3000]+(文[/／]图|文[/／]圖|图[/／]文))?$/.exec(raw.trim())
  if (!m || looksLikeName(m[1]!)) return null
  const names = m[2]!.split(/[\s\u3000、]+/)
  if (!names.every((n) => looksLikeName(n) && !(n.length === 2 && dictionaryWord(n)))) return null
  return { bylines: names.map((name) => ({ role: m[3] ? ('文' as const) : ('记者' as const), name })), publication: m[1]!, pictureCredit: null, hasRole: true }
}

/** Labels of a page's credits that name no writer: `编辑：`, `审签：`, `设计：`. */
const STAFF_LABELS = ['编辑', '編輯', '责编', '責編', '责任编辑', '責任編輯', '审签', '審簽', '审核', '審核', '校对', '校對', '监制', '監製', '统筹', '統籌', '设计', '設計', '美编', '美編', '终审', '終審', '制图', '製圖']
/** Labels of who wrote and who took the photos, and the role each gives. */
const WRITER_LABELS: Record<string, BylineRole | null> = { 文章作者: null, 作者: null, 采写: null, 採寫: null, 撰文: null, 文: '文', 记者: '记者', 記者: '记者', 通讯员: '通讯员', 通訊員: '通讯员', 图文: '文', 圖文: '文', 摄影: '摄影', 攝影: '摄影', 图: '图', 圖: '图' }
const CREDIT_LABEL = new RegExp(`(${[...Object.keys(WRITER_LABELS), ...STAFF_LABELS].sort((a, b) => b.length - a.length).join('|')})[\\s\\u3000]*[:：/／][\\s\\u3000]*`, 'g')

/**
 * A line of labelled credits (`记者：甲 乙 编辑：丙`, `文章作者：甲 乙 丙/编辑：丁/审签：戊`, `采写：某某全媒体记者 甲`,
 * `（某某新闻记者：甲 乙 编辑：丙）`): the writers and photographers are the byline, the editors and
 * designers are not; an outlet may stand before the first label.
 */
function labelledCredits(raw: string): BylineLine | null {
  const t = raw.trim().replace(/^[（(]\s*|\s*[)）]$/g, '')
  const marks = [...t.matchAll(CREDIT_LABEL)].filter((m) => m.index === 0 || !/[\u4e00-\u9fff]/.test(t.charAt(m.index - 1)) || m[1] === '记者' || m[1] === '記者')
  if (marks.length === 0) return null
  const prefix = t.slice(0, marks[0]!.index).trim()
  if (prefix.length > 20 || /[，,。！？；;：:]/.test(prefix)) return null
  const bylines: Byline[] = []
  let writers = 0
  for (const [n, m] of marks.entries()) {
    const text = t.slice(m.index + m[0].length, marks[n + 1]?.index ?? t.length).replace(/[\s\u3000/／|｜]+$/, '').trim()
    if (!text) return null
    if (STAFF_LABELS.includes(m[1]!)) continue
    const role = WRITER_LABELS[m[1]!] ?? null
    const names = text.split(/[\s\u3000、，,]+/).filter(Boolean)
    if (names.every((name) => looksLikeName(name))) {
      for (const name of names) bylines.push({ role, name })
    } else {
      // (`采写：周口广电全媒体记者 杨某`: an outlet and a role before the name.)
      const inner = rolesAndNames(text)
      if (!inner || inner.bylines.length === 0) return null
      bylines.push(...inner.bylines)
    }
    writers++
  }
  // One label alone is a byline only when it says who wrote (`采写：…`, `作者：…`) — the other forms are read above.
  if (writers === 0 || (marks.length === 1 && WRITER_LABELS[marks[0]![1]!] !== null)) return null
  return { bylines, publication: prefix || null, pictureCredit: null, hasRole: true }
}

function rolesAndNames(raw: string): BylineLine | null {
  const split = writerAndPhotographers(raw)
  if (split) return split
  // `□若水`: a commentary's pen name behind the byline mark, alone on its line (not a label: `■ 链接`).
  const pen = /^[□■]\s*([\u4e00-\u9fff]{2,3})$/.exec(raw.trim())
  if (pen && !LABEL.test(pen[1]!)) return { bylines: [{ role: null, name: pen[1]! }], publication: null, pictureCredit: null, hasRole: true }
  // `□中共某某市委党校(某某行政学院) 姜某`: a commentary's author with the place they work.
  const penAt = /^[□■]\s*(\S{2,30}?(?:[)）]|校|院|局|会|會|委|部|司|厂|廠|中心|办|辦|所|站))[\s\u3000]+([\u4e00-\u9fff·]{2,4})$/.exec(raw.trim())
  if (penAt && looksLikeName(penAt[2]!)) return { bylines: [{ role: null, name: penAt[2]! }], publication: null, pictureCredit: null, hasRole: true }
  // Role words in traditional characters (`本報記者`): the names stay as printed.
  let line = raw
    .replace(ornament, '')
    .replace(/本報/g, '本报')
    .replace(/記者/g, '记者')
    .replace(/通訊員/g, '通讯员')
    .replace(/攝影/g, '摄影')
    .replace(/(?<=摄影)報道/g, '报道')
    .replace(/(?<=\s|^)攝$/, '摄')
    .replace(/全媒體/g, '全媒体')
    // `记 者  某某`: a role spaced out like a name.
    .replace(/记[\s\u3000]+者/g, '记者')
    .replace(/通[\s\u3000]*讯[\s\u3000]*员/g, '通讯员')
    .replace(/實習生/g, '实习生')
    .replace(/見習/g, '见习')
    .replace(/實習(?=记者)/g, '实习')
    .replace(/特約(?=记者|通讯员)/g, '特约')
    // `文/圖`, `圖/文`: who wrote and who took the photos.
    .replace(/(?<=文[/／]?)圖|圖(?=[/／]?文)/g, '图')
    .trim()
    // `大众网记者 李某 泰安报道`: where the reporter filed from.
    .replace(/[\s\u3000]+(?!摄影|攝影|图文|圖文|联合|聯合)[\u4e00-\u9fff]{2,4}(?:报道|報道)$/, '')
    // `姜 峰`: a two-character name set with a space between its characters.
    .replace(/(?<=^|[\s\u3000:：/／])([\u4e00-\u9fff])[\s\u3000]+([\u4e00-\u9fff])(?=[\s\u3000]|$)/g, (m, a: string, b: string) => (looksLikeName(a + b) ? a + b : m))
  // `新华社发（某某摄）`: an agency's photo, its photographer in brackets.
  line = line.replace(AGENCY_PHOTO, '$1 摄')
  // `某某摄(人民视觉)`, `某某 摄（新华社发）`: the agency that supplied the photo after the mark.
  line = line.replace(/([摄攝])\s*[（(][\u4e00-\u9fff]{2,8}[)）]$/, '$1')
  // `文/片 本报记者某某`: 片 (picture) as in 图片.
  line = line.replace(/(^|\s)文\s*[/／]\s*片(?=\s|$)/, '$1文/图')
  // `文图/蔡某某通讯员/雷某`: each role with a slash before its name, run together.
  line = line.replace(/^(?:文图|图文)\s*[/／]\s*(?=[\u4e00-\u9fff])/, '文/').replace(/(?<=[\u4e00-\u9fff])(?<!媒体|本报|本網|本网|本台|特约|见习|实习|首席|驻站)(通讯员|记者)\s*[/／]\s*(?=[\u4e00-\u9fff])/g, ' $1 ')
  // `文/图江南都市报全媒体特派记者某某`: the marks glued to the paper and role that follow.
  line = line.replace(/^(文[/／][图圖]|[图圖][/／]文)(?=[\u4e00-\u9fff]{2,14}(?:记者|通讯员))/, '$1 ')
  // `文 /张治    图 /周诚`: a role, a slash and the name, spaced apart.
  line = line.replace(/(^|\s)(文|图|圖|摄影|摄|攝)\s*[/／]\s*(?=[\u4e00-\u9fff])/g, '$1$2/')
  // `文/摄本报记者 甲 乙`: who wrote and took the photos, before the reporters who did both.
  line = line.replace(/^文[/／][摄攝](?:影)?(?=(?:本报|本報)?(?:记者|記者))/, '')
  // `文圖/某某(遼寧朝陽)`: where the writer is from, in brackets after the name.
  line = line.replace(/(?<=[\u4e00-\u9fff]{2})[（(][\u4e00-\u9fff]{2,8}[)）]$/, (place) => (/[省市县縣区區州盟旗镇鎮]|[北南东西東]|[遼辽吉黑冀晋晉豫鲁魯苏蘇浙皖闽閩赣贛湘鄂粤粵桂琼瓊川蜀贵貴云雲陕陝甘青宁寧新藏蒙京津沪滬渝港澳台臺]/.test(place) && !/[摄攝图圖文]/.test(place) ? '' : place))
  // `文‖本刊記者 某某`, `文 | 本刊记者 某某`: the writer's mark set off before the writer's line.
  line = line.replace(/^文[\s\u3000]*[‖|｜][\s\u3000]*(?=\S)/, '')
  // `深圳特区报驻穗记者 某某`: a reporter posted to a city is its reporter.
  line = line.replace(/(?<=[\u4e00-\u9fff])驻[\u4e00-\u9fff]{1,2}(?=记者|記者)/, '')
  // `东方今报首席记者 夏某实习生 付某/文`: a role glued to the name before it.
  line = ungluedRoles(line)
  const wrapped = /^[（(](.+)[)）]$/.exec(line)
  // (`（工会   陈某/文 唐某/图）`: the writers' unit before them.)
  if (wrapped) line = wrapped[1]!.trim().replace(WRITERS_UNIT_SPACED, '')
  // `记者 刘某 [编辑: 张某]`: the editor's credit in brackets after the byline.
  line = line.replace(/[\s\u3000]*[\[【](?:编辑|责编|責編|责任编辑|責任編輯)\s*[:：][^\]】]{0,12}[\]】]$/, '')
  // `文字:金某 图片:袁某 审核:卢某 制作:周某`: who checked and laid out the post, after who wrote and took
  // it: the desk's credits, not bylines.
  line = line.replace(/(?:[\s\u3000]+(?:编辑|責編|责编|责任编辑|審核|审核|审签|審簽|制作|製作|校对|校對|终审|終審|初审|复审|監製|监制|统筹|統籌|美编|排版|出品)\s*[:：]\s*[\u4e00-\u9fff·、]{2,12})+$/, '')
  // `第五直管项目部 王某/报道`: a unit's writer, who reported it.
  line = line.replace(/^(?:\S{2,20}?(?:部|处|科|室|中心|工会|公司|厂|局|站|所|队)[\s\u3000]+)?([\u4e00-\u9fff]{2,4})[/／](?:报道|報道)$/, '文/$1')
  // `记者 孙某、通讯员 姚某`: a list's 、 before the next role parts the roles as a space would.
  line = line.replace(/、(?=[\s\u3000]*(?:本报)?(?:特约|见习|实习|首席|特派)?(?:记者|通讯员))/g, ' ')
  // `三峡日报 记者 孙某`: the paper set apart from its reporter's role by a space.
  line = line.replace(/^([\u4e00-\u9fff]{2,10}(?:[-－—·][\u4e00-\u9fff]{2,10})?)[\s\u3000]+(?=(?:全媒体|融媒体|融媒|特约|见习|实习|首席|特派)?(?:记者|通讯员))/, (m, paper: string) => (PUBLISHER.test(paper) && !looksLikeName(paper) ? paper : m))
  if (line === '' || line.length > 80) return null
  // (`工人日?中工网`: a character lost to a wrong encoding, not a question.)
  if (/[，。；！？,;!?]/.test(line.replace(/[。.]$/, '').replace(/(?<=[\u4e00-\u9fff])\?(?=[\u4e00-\u9fff])/g, ''))) return null

  // `王 芩`: a two-character name spaced out to the width of three.
  if (/^[\u4e00-\u9fff][\s\u3000]+[\u4e00-\u9fff]$/.test(line) && looksLikeName(line.replace(/[\s\u3000]+/, ''))) line = line.replace(/[\s\u3000]+/, '')
  // `甲、乙 摄影报道`: names listed before the mark.
  // (`甲、乙 文/摄`: and before the marks of who wrote and took the photos.)
  line = line.replace(/^([\u4e00-\u9fff·]{2,4}(?:、[\u4e00-\u9fff·]{2,4})+)(\s+(?:摄影报道|文[/／]?[摄图]|图[/／]?文))$/, (_, names: string, mark: string) => names.replace(/、/g, ' ') + mark)
  const tokens = line.split(/[\s\u3000]+/).filter(Boolean)
  const out: BylineLine = { bylines: [], publication: null, pictureCredit: null, hasRole: false }
  let roles: (BylineRole | null)[] | null = null
  /** Names since the last role, for a trailing `摄`. */
  let group: Byline[] = []

  const addNames = (names: string[]) => {
    for (const name of names) {
      const list = roles ?? [null]
      for (const role of list) {
        const b = { role, name }
        out.bylines.push(b)
        group.push(b)
      }
    }
  }

  for (const [t, token] of tokens.entries()) {
    const credit = parsePictureCredit(token)
    if (credit) {
      out.pictureCredit = credit
      continue
    }
    // `张三 报道`: the reporters of a news item.
    if ((token === '报道' || token === '供稿') && t === tokens.length - 1 && group.length > 0) {
      out.hasRole = true
      continue
    }
    // `张三 摄`: a trailing mark; `摄影 张三`: a role (below).
    // `甲、乙 摄影报道`: the photographers reported the item; they are its bylines.
    // `甲 乙 丙 文摄`, `图文`: the names before wrote the text and took the photos.
    if (/^(?:文[/／]?[摄攝]|文[/／]?[图圖]|[图圖][/／]?文)$/.test(token) && t === tokens.length - 1) {
      if (group.length === 0) return null
      for (const b of group) b.role = '文'
      out.hasRole = true
      continue
    }
    if (token === '摄' || token === '/摄' || (token === '摄影' && t === tokens.length - 1) || (token === '摄影报道' && t === tokens.length - 1)) {
      if (group.length === 0) return null
      for (const b of group) b.role = '摄影'
      out.hasRole = true
      continue
    }
    // `记者 某某文`: the name with its role glued after it (`…文`, as `…摄` below), not a 4-character name.
    const wrote = roles && t === tokens.length - 1 ? /^([\u4e00-\u9fff]{2,3})文$/.exec(token) : null
    if (wrote && looksLikeName(wrote[1]!) && !looksLikeName(token)) {
      addNames([wrote[1]!])
      continue
    }
    // `某某摄`, `某某摄影报道`: the mark glued to the name.
    const shot = /^([\u4e00-\u9fff·]{2,8}?)(?:摄|攝|摄影报道|摄影)$/.exec(token)
    if (shot && looksLikeName(shot[1]!)) {
      roles = ['摄影']
      group = []
      addNames([shot[1]!])
      out.hasRole = true
      continue
    }
    // `薛敏/文`, `张轶伦/摄`: the name before its role.
    const nameRole = /^([\u4e00-\u9fff·]{2,4})[/／](文|图|圖|摄|攝|摄影|攝影)$/.exec(token)
    if (nameRole && looksLikeName(nameRole[1]!)) {
      const role: BylineRole = nameRole[2] === '文' ? '文' : /^[图圖]$/.test(nameRole[2]!) ? '图' : '摄影'
      roles = null
      group = []
      out.bylines.push({ role, name: nameRole[1]! })
      out.hasRole = true
      continue
    }
    const m = ROLE_TOKEN.exec(token)
    if (m) {
      const [, before, role1, role2, after] = m
      // `工人日報-中工網記者`: a publisher in traditional characters reads as in simplified.
      // (`沈阳日报、沈报全媒体记者`: two papers named; the last stands before the role.)
      const publisher = before!.replace(/^.*、(?=[\u4e00-\u9fff]{2})/, '').replace(/報/g, '报').replace(/網/g, '网').replace(/臺/g, '台').replace(/聞/g, '闻').replace(/廣播電視/g, '广播电视').replace(/廣電/g, '广电').replace(/傳媒/g, '传媒')
      // `工人日?中工网记者`: a publisher with a character lost to a wrong encoding still stands before its role.
      const garbled = /^[\u4e00-\u9fff]{1,10}[?\ufffd][\u4e00-\u9fff]{0,10}$/.test(publisher) && PUBLISHER.test(publisher.replace(/[?\ufffd]/, '报'))
      const publisherOk = before === '' || PUBLISHER.test(publisher) || garbled
      // Names glued to the role (`记者苏明远`) must look like names; `文` and `图` need a separator.
      const glued = Boolean(after) && !/[/／:：]$/.test(token.slice(0, token.length - after!.length))
      const singleCharRole = !role2 && (role1 === '文' || role1 === '图')
      // `新华社记者王松摄`: the name glued between the role and the photographer's mark.
      const shotBy = after && t === tokens.length - 1 && !singleCharRole ? /^([\u4e00-\u9fff·]{2,4}?)[摄攝]$/.exec(after) : null
      let names = shotBy && looksLikeName(shotBy[1]!) ? [shotBy[1]!] : after ? splitNames(after) : []
      if (glued && names && (singleCharRole || !names.every(looksLikeName))) names = null
      if (publisherOk && (after === '' || names)) {
        if (before && before !== '' && !garbled) out.publication ??= before
        roles = shotBy && names?.[0] === shotBy[1] ? ['摄影'] : [role1!, ...(role2 ? [role2] : [])].map((w) => ROLE_WORDS.find(([word]) => word === w)![1])
        group = []
        out.hasRole = true
        if (names) addNames(names)
        continue
      }
    }
    // `中国化工报曲某某`: a paper's reporter named right after the paper, the role left out.
    const ofPaper = !roles && t === 0 ? PAPER_THEN_NAME.exec(token) : null
    // (`江西日报原创`: the paper's label, a word, not a name.)
    if (ofPaper && looksLikeName(ofPaper[2]!) && !dictionaryWord(ofPaper[2]!)) {
      out.publication ??= ofPaper[1]!
      roles = ['记者']
      group = []
      out.hasRole = true
      addNames([ofPaper[2]!])
      continue
    }
    const names = roles ? splitNames(token) : looksLikeName(token) ? [token] : null
    if (!names) return null
    addNames(names)
  }
  if (out.bylines.length === 0) return null
  return out
}

/**
 * Names after a role: one name of 2–4 characters, or several run together (`白露葛小禾`) when
 * they can be cut into names that each start with a surname.
 */
function splitNames(run: string): string[] | null {
  const parts = run.split(/[、,，]/).filter(Boolean)
  const out: string[] = []
  for (const part of parts) {
    if (/^[\u4e00-\u9fff]{1,8}[·•・][\u4e00-\u9fff]{1,10}$/.test(part) || /^[A-Za-z][A-Za-z .'-]{1,30}$/.test(part)) {
      out.push(part)
      continue
    }
    if (!/^[\u4e00-\u9fff]+$/.test(part)) return null
    if (part.length >= 2 && part.length <= 3) {
      out.push(part)
      continue
    }
    const cut = cutNames(part)
    if (cut) out.push(...cut)
    else if (part.length === 4) out.push(part)
    else return null
  }
  return out.length > 0 ? out : null
}

/** Cut a run of characters into 2–3 character names each starting with a surname. */
/** `田国垒`, `刘家龙葛红普`, `高炳王兆高矾雷坤`: one name or names run together, each a name; null otherwise. */
export function namesInRun(run: string): string[] | null {
  const names = cutNames(run)
  return names && names.length > 0 && names.every((n) => looksLikeName(n)) ? names : null
}

function cutNames(run: string): string[] | null {
  if (run.length === 0) return []
  for (const len of [3, 2]) {
    const head = run.slice(0, len)
    if (head.length < len || surnameLength(head) === 0) continue
    const rest = cutNames(run.slice(len))
    if (rest) return [head, ...rest]
  }
  return null
}

/**
 * A byline in parentheses at the start of a news paragraph: `本报讯（记者 张三 通讯员 李四）…`.
 * Returns the bylines and the paragraph without them.
 */
export function bylineInParagraph(text: string): { line: BylineLine; rest: string } | null {
  // `(长江日报)(记者甲 通讯员乙)昨日，…`: the paper in brackets of its own before the reporters'.
  const paperFirst = PAPER_IN_BRACKETS_FIRST.exec(text)
  if (paperFirst) {
    const found = bylineInParagraph(text.slice(paperFirst[0].length))
    if (found?.line.hasRole) return { line: { ...found.line, publication: found.line.publication ?? paperFirst[1]! }, rest: found.rest }
  }
  // `人民网贵阳12月28日 (某某)`, `某某网福建连城2021年6月16日电(甲、乙)`, `厦门网讯(…)`: a dateline
  // with or without 电, and the year printed.
  // `三湘都市报·某某客户端9月8日讯（…）`, `红网时刻新闻5月1日讯（…）`: the day before 讯 too.
  // `湖北日報(荊楚網)消息(…)`: the paper's website in brackets before 消息.
  // `东南网-福建日报4月24日讯（…）`: a site and a paper joined by a dash.
  // `某某客户端、南海网、南国都市报10月13日消息（…）`: the outlets that ran it, one after the other.
  // `陕工网—陕西工人报讯（…）`, `每日甘肃网-甘肃日报平凉讯 （…）`: a site and its paper joined by a dash before 讯.
  // (`长城网·冀云客户端讯`, `石榴云/新疆日报讯`, `51网讯`: a dot or slash between two outlets, digits in a name.)
  // (`中国甘肃网12月26日讯 据兰州晨报报道 (首席记者 某某)`: the paper it retells named before the brackets.)
  const m = /^(?:本报讯|本刊讯|本台讯|本報訊|本刊訊|((?:\d{1,3}[\u4e00-\u9fff]{1,9}|[\u4e00-\u9fff]{2,10})(?:[—\-－·/／][\u4e00-\u9fff]{2,12})?(?:[（(][\u4e00-\u9fff]{2,8}[)）])?)(?:讯|訊|消息)|([\u4e00-\u9fff·\-－、]{2,24}?)(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:[电電讯訊]|消息)?)?(?:\s*据[\u4e00-\u9fff]{2,10}?(?:报道|報道|消息))?\s*[【\[]?\s*[（(]([^）)]{2,60})[）)]\s*/.exec(text)
  const agency = (name: string | undefined) => {
    // (`东南网-福建日报4月24日讯`, `陕工网—陕西工人报讯`: the site that runs the dispatch, then the paper it
    // comes from; the paper is the publication.)
    return name?.split(/[·\-－—/／]/).find((part) => ENDS_AS_PUBLICATION.test(part.replace(/[（(][^)）]*[)）]$/, ''))) ?? null
  }
  if (m) {
    // `(记者期俊军)`: a role glued to a name of a surname the list lacks; the label says it is a name.
    // (`本网记者游某某通讯员李某某图/文`: who wrote and took the photos, glued after the last name.)
    // (`（记者 某某报道）`: the reporter's 报道 inside the brackets.)
    const inner = m[3]!.replace(/(?<=[\u4e00-\u9fff]{2})\s*(?:[图圖][/／]文|文[/／][图圖]|(?:摄影|攝影)?(?:报道|報道))$/, '')
    const line = parseBylineLine(ungluedRoles(inner)) ?? parseBylineLine(ungluedRoles(inner).replace(/(记者|記者|通讯员|通訊員)(?=[\u4e00-\u9fff]{2,3}(?:\s|$))/g, '$1 ')) ?? namesRun(inner)
    if (line && (line.hasRole || (/(?:[讯訊电電日]|消息)\s*[（(]/.test(m[0]) && line.bylines.length <= 3))) {
      line.publication ??= agency(m[1] ?? m[2])
      return { line, rest: text.slice(m[0].length) }
    }
    // `本报讯（工文）`: a pen name in the brackets after 讯.
    const pen = /^[\u4e00-\u9fff]{2,4}$/.exec(m[3]!.trim())
    if (pen && /讯\s*[（(]/.test(m[0])) return { line: { bylines: [{ role: null, name: pen[0] }], publication: agency(m[1] ?? m[2]), pictureCredit: null, hasRole: false }, rest: text.slice(m[0].length) }
  }
  // `浙江工人日报讯 张三、李四报道 近日，…`, `东方网记者张三4月29日报道：…`.
  // `本报讯 记者甲 通讯员乙报道 “…`, `某某网/某某客户端讯 通讯员甲报道：…`: roles may stand before the names.
  // `昆明信息港讯 记者江某 中华人民共和国…`, `湖北日报讯 记者 甲 乙 丙`: the reporters after 讯, each name set
  // apart by a space (read before the spaces go), the text after them.
  const spacedAfter = /^([\u4e00-\u9fff]{2,12})[讯訊][\s\u3000]+((?:记者|記者|通讯员|通訊員)[\s\u3000]*[\u4e00-\u9fff·]{2,4}(?=[\s\u3000]|$)(?:[\s\u3000]+(?:(?:记者|記者|通讯员|通訊員)[\s\u3000]*)?[\u4e00-\u9fff·]{2,4}(?=[\s\u3000]|$))*)[\s\u3000]*/.exec(text)
  if (spacedAfter) {
    const bylines: Byline[] = []
    let role: BylineRole = '记者'
    for (const token of spacedAfter[2]!.replace(/(记者|記者|通讯员|通訊員)/g, ' $1 ').split(/[\s\u3000]+/).filter(Boolean)) {
      if (/^(?:记者|記者)$/.test(token)) role = '记者'
      else if (/^(?:通讯员|通訊員)$/.test(token)) role = '通讯员'
      else bylines.push({ role, name: token })
    }
    if (bylines.length > 0 && bylines.every((b) => looksLikeName(b.name))) return { line: { bylines, publication: agency(spacedAfter[1]), pictureCredit: null, hasRole: true }, rest: text.slice(spacedAfter[0].length) }
  }
  // (`记者甲 通讯员乙报道 日前，…`: the same once the print dateline `本报讯` is taken off.)
  // (`本報訊 記者某某報道:`, `本报讯 通讯员某某摄影报道 …`: in traditional characters; the photographer reported it.)
  const reported = /^(?:([\u4e00-\u9fff/／]{2,20}?)[讯訊]\s*)?([^，,。：:“"（(]{2,40}?)\s*(?:摄影)?(?:报道|報道)\s*[:：]?\s*/.exec(text)
  if (reported && (reported[1] !== undefined || /^(?:记者|記者|通讯员|通訊員)/.test(reported[2]!))) {
    const bylines: Byline[] = []
    let role: BylineRole | null = null
    for (const token of reported[2]!.replace(/(记者|記者|通讯员|通訊員)/g, ' $1 ').split(/[\s\u3000]+/).filter(Boolean)) {
      if (/^(?:记者|記者)$/.test(token)) role = '记者'
      else if (/^(?:通讯员|通訊員)$/.test(token)) role = '通讯员'
      else for (const name of token.split('、')) bylines.push({ role, name })
    }
    const publisher = reported[1]?.split(/[/／]/)[0]
    if (bylines.length > 0 && bylines.length <= 6 && bylines.every((b) => looksLikeName(b.name))) return { line: { bylines, publication: agency(publisher), pictureCredit: null, hasRole: true }, rest: text.slice(reported[0].length) }
  }
  // `某某客户端记者张三通讯员李四“…”`: roles and names glued to the start of the text.
  // `通讯员刘家龙葛红普`: a role's names may run on, two or three characters each.
  const glued = /^([\u4e00-\u9fff]{2,10}(?:报|网|社|台|客户端))?((?:(?:记者|通讯员)[\u4e00-\u9fff]{2,9}?(?=通讯员|记者|[“"「（(\d]))+)/.exec(text)
  if (glued) {
    const pairs = [...glued[2]!.matchAll(/(记者|通讯员)([\u4e00-\u9fff]{2,9}?)(?=记者|通讯员|$)/g)].flatMap((p) => (namesInRun(p[2]!) ?? [null]).map((name) => [p[1]!, name] as const))
    if (pairs.length >= 2 && pairs.every((p) => p[1] !== null)) {
      return { line: { bylines: pairs.map((p) => ({ role: p[0] as BylineRole, name: p[1]! })), publication: glued[1] ?? null, pictureCredit: null, hasRole: true }, rest: text.slice(glued[0].length) }
    }
  }
  // `通讯员郭某1月18日，…`: a correspondent's too.
  const dated = /^([\u4e00-\u9fff]{2,8}(?:网|社|台|报))?(记者|通讯员)\s*([\u4e00-\u9fff·]{2,3}?)\s*(?=\d{1,2}月\d{1,2}日)/.exec(text)
  if (dated && looksLikeName(dated[3]!)) return { line: { bylines: [{ role: dated[2] as BylineRole, name: dated[3]! }], publication: null, pictureCredit: null, hasRole: true }, rest: text.slice(dated[0].length) }
  return null
}

/**
 * `周亮王思念`: two or three names run together once the space between them went (`（周亮 王思念）`
 * at a paragraph's end); each must look like a name.
 */
function namesRun(inner: string): BylineLine | null {
  // `周某、童某`: names set apart by 、.
  const listed = inner.split(/[、\s\u3000]+/).filter(Boolean)
  if (inner.includes('、') && listed.length >= 2 && listed.length <= 4 && listed.every(looksLikeName)) {
    return { bylines: listed.map((name) => ({ role: null, name })), publication: null, pictureCredit: null, hasRole: false }
  }
  // `顾某 胡某某`: names set apart by spaces, each a name.
  const spaced = inner.trim().split(/[\s\u3000]+/)
  if (spaced.length >= 2 && spaced.length <= 4 && spaced.every((n) => /^[\u4e00-\u9fff·]{2,4}$/.test(n) && looksLikeName(n))) {
    return { bylines: spaced.map((name) => ({ role: null, name })), publication: null, pictureCredit: null, hasRole: false }
  }
  const run = inner.replace(/[\s\u3000]+/g, '')
  if (!/^[\u4e00-\u9fff]{4,9}$/.test(run)) return null
  const names = cutNames(run)
  if (!names || names.length < 2 || names.length > 3 || !names.every(looksLikeName)) return null
  return { bylines: names.map((name) => ({ role: null, name })), publication: null, pictureCredit: null, hasRole: false }
}

/**
 * `记者柯明远通讯员薛芷青`: roles and names run together once the spaces inside the brackets went
 * with the rest of the paragraph's; a space goes back before each role that follows a name.
 */
function ungluedRoles(inner: string): string {
  return inner.replace(/(?<=[\u4e00-\u9fff])(?<![报報社台网網刊端站部])(?<!全媒体|融媒体|融媒|全媒|特约|特派|见习|实习|首席|高级|主任|摄影|市民|中心|频道|頻道|新闻|新聞)(全媒体记者|融媒体记者|融媒记者|全媒记者|特约通讯员|特约记者|见习记者|实习记者|首席记者|高级记者|主任记者|摄影记者|记者|通讯员|实习生)/g, ' $1')
}

/**
 * A byline closing a news paragraph: `…（记者张三 通讯员李四）`, `…（张三）`, `…本报记者 张三 摄`.
 * Returns the bylines and the paragraph without them.
 */
export function bylineAtEnd(text: string): { line: BylineLine; rest: string } | null {
  const m = /[（(]([^（()）]{2,40})[)）][?？]?\s*[|｜]?\s*$/.exec(text)
  if (m && /[。！？!?”」]\s*$/.test(text.slice(0, m.index))) {
    // `（本报记者 王某采访整理）`: the reporter wrote the speaker's words down.
    // `（来源：某某日报 记者 某某）`: the paper the item comes from, then its reporter.
    const source = SOURCE_PAPER.exec(m[1]!)
    // `（記者 某某 某某 文圖）`: who wrote and took the photos, the roles after the names.
    // (`（王某、实习生杨某）`: names listed with 、; `（市总全媒体中心 潘某）`, `（工会 陈某/文 唐某/图）`: the
    // writers' unit before them.)
    const inner = m[1]!
      .slice(source?.[0].length ?? 0)
      .replace(/\s*(?:采访整理|整理|采写|文[/／]?[图圖]|[图圖][/／]?文)$/, '')
      .replace(/(?<=[\u4e00-\u9fff])、(?=[\u4e00-\u9fff])/g, ' ')
      .replace(WRITERS_UNIT_AT_END, '')
    // `（文姚某某张某某）`: the role glued to the names once the spaces were cleaned away.
    const wrote = /^(文|图|圖)([\u4e00-\u9fff·]{4,9})$/.exec(inner)
    const wroteBy = wrote ? namesRun(wrote[2]!) ?? (looksLikeName(wrote[2]!) ? { bylines: [{ role: null, name: wrote[2]! }], publication: null, pictureCredit: null, hasRole: false } : null) : null
    const read = parseBylineLine(ungluedRoles(inner)) ?? (wroteBy ? { ...wroteBy, bylines: wroteBy.bylines.map((b) => ({ ...b, role: wrote![1] === '文' ? ('文' as const) : ('图' as const) })), hasRole: true } : null) ?? namesRun(inner)
    const line = read && source && read.hasRole ? { ...read, publication: source[1]! } : source ? null : read
    // (Four bare names at most, none a word of the language: `（马某 刘某某 郑某 张某某）` signs a release.)
    const bare = (n: number) => line!.bylines.length <= n && line!.bylines.every((b) => b.name.length !== 2 || !dictionaryWord(b.name))
    if (line && (line.hasRole || line.bylines.length <= 3 || bare(4))) return { line, rest: text.slice(0, m.index).trimEnd() }
  }
  const shot = /(?<=[。！？!?])\s*((?:本报)?(?:记者|通讯员)[^。！？!?]{2,40}?摄)$/.exec(text)
  if (shot) {
    const line = parseBylineLine(shot[1]!.replace(/本报(?=记者|通讯员)/g, ''))
    if (line) return { line, rest: text.slice(0, shot.index).trimEnd() }
  }
  // `…向他们致敬！   文/图   记者 周某`: the writer's line glued after the last sentence.
  const signed = /(?<=[。！？!?”])[\s\u3000]*((?:文[/／]图|图[/／]文)[\s\u3000]*(?:本报)?(?:记者|通讯员)[\s\u3000]*[\u4e00-\u9fff·、\s]{2,12})$/.exec(text)
  if (signed) {
    const line = parseBylineLine(signed[1]!.trim())
    if (line?.hasRole) return { line, rest: text.slice(0, signed.index).trimEnd() }
  }
  // `…搭建了成长平台。本报记者 某某`: the reporter's line glued after the last sentence.
  // (`…志愿服务工作。通讯员 胡某某见习记者 周某`: a second role may follow a name without a space.)
  const signedOff = /(?<=[。！？!?”])[\s\u3000]*((?:本报|本報)?(?:见习|見習|实习|實習)?(?:记者|記者|通讯员|通訊員)[\s\u3000]*[\u4e00-\u9fff·]{2,4}(?:(?:[\s\u3000、]+(?:(?:见习|見習|实习|實習)?(?:记者|記者|通讯员|通訊員)[\s\u3000]*)?|(?:(?:见习|見習|实习|實習)?(?:记者|記者|通讯员|通訊員)|实习生|實習生)[\s\u3000]*)[\u4e00-\u9fff·]{2,4}){0,3})$/.exec(text)
  if (signedOff) {
    const line = parseBylineLine(signedOff[1]!.replace(/^本[报報](?=记者|記者|通讯员|通訊員)/, ''))
    if (line?.hasRole && line.bylines.every((b) => looksLikeName(b.name))) return { line, rest: text.slice(0, signedOff.index).trimEnd() }
  }
  // `…全神贯注地操作。高某报道`: the reporter after the last sentence.
  const byReporter = /(?<=[。！？!?”])\s*([\u4e00-\u9fff·]{2,4})\s*(?:报道|報道)$/.exec(text)
  if (byReporter && looksLikeName(byReporter[1]!)) return { line: { bylines: [{ role: '记者', name: byReporter[1]! }], publication: null, pictureCredit: null, hasRole: true }, rest: text.slice(0, byReporter.index).trimEnd() }
  // `…帮帮我们。读者 薛某`: a reader's letter signed at its end.
  const reader = /(?<=[。！？!?”])\s*读者\s*([\u4e00-\u9fff·]{2,4})$/.exec(text)
  if (reader && looksLikeName(reader[1]!)) return { line: { bylines: [{ role: null, name: reader[1]! }], publication: null, pictureCredit: null, hasRole: true }, rest: text.slice(0, reader.index).trimEnd() }
  // `…图为“夏送清凉”启动仪式现场。    作者:某某`: the writer's label and name after the last sentence.
  const author = /(?<=[。！？!?”])[\s\u3000]*(?:作者|文)[:：][\s\u3000]*([\u4e00-\u9fff·]{2,4})$/.exec(text)
  if (author && looksLikeName(author[1]!)) return { line: { bylines: [{ role: '文', name: author[1]! }], publication: null, pictureCredit: null, hasRole: true }, rest: text.slice(0, author.index).trimEnd() }
  // `…受到激励鼓舞。王长明 摄影报道`, `…技能水平。某某 摄`: the photographer of the item, or of its photo.
  // (`…在某某创新工作室采访。騰訊網 馬某 攝`: the outlet the photographer works for before the name.)
  const reported = /(?<=[。！？!?])\s*(?:[\u4e00-\u9fff]{2,8}(?:网|網|报|報|社|台|臺)[\s\u3000]+)?([\u4e00-\u9fff·]{2,4})\s*(?:摄影报道|攝影報道|摄|攝)$/.exec(text)
  if (reported && looksLikeName(reported[1]!)) return { line: { bylines: [{ role: '摄影', name: reported[1]! }], publication: null, pictureCredit: null, hasRole: true }, rest: text.slice(0, reported.index).trimEnd() }
  return null
}
