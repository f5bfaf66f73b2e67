/**
 * Figures: every number printed with a measure word (`开展宣讲160余场次`, `成功率77.4%`,
 * `挽回损失超2000万元`), its value as a plain number (万 and 亿 multiplied out), unit, qualifier and
 * a short label taken from the words before it. Years, dates, ordinals (第二届) and list numbers
 * have no measure word from the list below and are left alone.
 */
import { normForMatch } from './text'
import type { Qualifier } from './types'

export type FoundFigure = {
  label: string
  value: number
  unit: string
  qualifier: Qualifier | null
  /** The characters the figure was read from. */
  text: string
  index: number
}

/** Measure words, longest first so that 人次 wins over 人. */
const UNITS = [
  '个百分点', '平方米', '立方米', '公里', '千米', '平米', '公顷', '千瓦时', '千瓦', '摄氏度', '分贝', '公斤', '千克', '℃',
  '人次', '场次', '户次', '家次', '项次', '批次', '车次', '班次', '课时', '学时', '小时', '个月',
  '%', '‰', '元', '人', '场', '个', '家', '件', '篇', '期', '名', '项', '条', '份', '次', '支', '集', '户', '所', '座', '批', '套',
  '厘米', '毫米', '台', '辆', '吨', '本', '册', '种', '双', '字', '艘', '单', '部', '门', '节', '轮', '类', '组', '队', '对', '张', '幅', '首', '间', '处', '天', '岁', '倍', '位',
  '例', '笔', '株', '棵', '亩', '块', '届', '级', '微米', '米', '封', '页', '斤', '年', '枚', '圈', '列',
  // Traditional forms (`8個`, `35歲`): mirrors and reposts print them.
  '場次', '公裡', '個', '歲', '項', '場', '條', '輛', '噸', '戶', '畝', '頁', '小時',
]

/** Words that start with a unit character but are not a measure word after a number. */
const NOT_UNIT = /^(?:年级|年代|年度|年初|年底|年末|年中|年前|年后|封面|封闭|封存|页面|斤两|种植|种类|双方|双向|双赢|双创|字样|字号|单位|单元|单独|单项|项目|场馆|场所|场景|名单|名称|名义|期间|期刊|期待|条件|条例|件事|次日|部门|部署|门户|班组|组织|组建|队伍|对象|对接|处理|所有|所在|间隔|节日|份额|家庭|集团|台账|本领|本职|类型|首次|首批|首个|届时|级别|位于|天然|倍增|批准|人员|人民|个人|元素|户外|座谈|列车|列入|列为|列席|列出|圈子)/
const YEAR_SUFFIX = /^\s*(?:年|年度|级|届|周年|版|号|期间)/

const MULTIPLIERS: [string, number][] = [
  ['万亿', 12],
  ['千万', 7],
  ['百万', 6],
  ['亿', 8],
  ['億', 8],
  ['万', 4],
  ['萬', 4],
  ['千', 3],
]

const PRE_QUALIFIERS: [RegExp, Qualifier][] = [
  [/(?:不少于|至少)\s*$/, '以上'],
  [/(?:超过|超出|超|逾|突破)\s*$/, '超'],
  [/(?:接近|将近|近)\s*$/, '近'],
  [/(?:大约|约为|约)\s*$/, '约'],
]

/** Multiply a decimal string by 10^exp without floating-point noise: ("5.2", 4) → 52000. */
export function scaleDecimal(digits: string, exp: number): number {
  const [int = '0', frac = ''] = digits.split('.')
  if (exp === 0) return Number(digits)
  const moved = frac.length <= exp ? int + frac.padEnd(exp, '0') : `${int}${frac.slice(0, exp)}.${frac.slice(exp)}`
  return Number(moved)
}

/** Leading subjects and adverbs that do not describe what was counted. */
const LEAD_STRIP = [
  /^[、，,和及与并且]+/,
  /^(?:[（(]?\d{1,2}[)）.、．]|[（(][一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}是)/,
  /^(?:以及|其中|同时|此外|另外|还有|包括|共有|另有|已有|计划|力争|预计|明年|将)/,
  /^(?:全市|全省|全区|全县|各级|[\u4e00-\u9fff]{1,5}?[省市州盟县区旗]|[省市区县])?(?:总工会|工会)(?!组织(?![开举实动发参组]|职工)|会员|干部|经费|驿站|服务|工作|活动|阵地|法律|帮扶|主席|系统|小组|户外)/,
  /^(?:全市|全省|全区|全县|全州|全国|全行业|我市|我省|我区|各地|市总|省总|区总|县总)/,
  /^(?:全年|一年来|两年来|三年来|五年来|十年来|近年来|年内|当年|今年|去年|目前|截至目前|截至[^，,]{2,8}底|至今)/,
  /^(?:累计|共计|总计|合计|共|先后|已经|已|还|再|也|又|均|都|分别|共同|进一步|持续|积极|陆续|相继|一共|有)/,
]

/** Words that open an adverbial phrase (`为企业解决…`, `深入车间开展…`): the label starts at the verb after it. */
const ADVERBIAL_START = /^(?:为|对|向|给|在|从|深入|联合|依托|围绕|聚焦|通过|结合|借助|针对|面向|按照|会同|携手|协调|推动|以|由|跟|同|与|替|走进|下沉)/
/** Words after which the count's subject starts: `服务站建成两年来累计服务…`. */
const MID_CUT = /(?:累计|共计|总计|合计|全年|一年来|两年来|三年来|五年来|年来|以来)/g

/** Verbs a label may start with when the words before them are long. */
const VERBS =
  /(?!服务(?:站|点|中心|阵地|队|团|体系|平台))(?:新发展|新命名|新建|新增|新培育|开展|举办|举行|组织开展|组建|培训|培育|培养|发放|帮助|服务|覆盖|走访|调解|建成|建立|建设|选树|推荐|评选|表彰|提出|创造|挽回|征集|解决|命名|资助|慰问|参赛|参加|发展|吸纳|播出|推出|改造|投入|筹集|办理|受理|接待|开通|救助|帮扶|签订|获得|惠及|完成|实现|落实|争取|拨付|下拨|送出|送去|赠送|认定|评定|设立|打造|提供|安置|培树|宣讲|开设|组团|吸引|带动|达成|收集|化解|处理|审查|维护|追回|缓解|补助|救济|救治|体检)/

const VERB_ANY = new RegExp(VERBS.source)
const VERB_ALL = new RegExp(VERBS.source, 'g')
const VERB_AT_END = new RegExp(`(?:${VERBS.source}|设|有)$`)
const PARTICIPATE = new RegExp(`^参与(?=${VERBS.source})`)
/** Where the counted noun after a number ends: `1200余名选手同台竞技` → `选手`. */
const NOUN_END = new RegExp(`(?:${VERBS.source}|同台|参加|参与|受益|共同|一起|齐聚|角逐|竞技|进行|获得|走上|免费|积极)`)

const TRAIL_STRIP = /(?:增加到|增至|提高到|提高至|提升到|提升至|上升到|扩大到|达到|达|为|至|约|近|超过|超|逾|共计|共|计|累计|总计|合计|了|突破|已|分别|同比增长?)$/

/** Label for the figure at `start`: the words before it in the same clause, trimmed. */
function labelFor(text: string, norm: string, start: number, end: number, prevEnd: number): string {
  let from = Math.max(prevEnd, start - 40)
  for (let i = start - 1; i >= from; i--) {
    if ('，,。；;：:!?！？\n（('.includes(norm[i]!)) {
      from = i + 1
      break
    }
  }
  let label = text.slice(from, start).trim()
  for (let pass = 0; pass < 4; pass++) {
    const before = label
    for (const re of LEAD_STRIP) label = label.replace(re, '').trim()
    if (label === before) break
  }
  // `参与调解…`: `参与` before another verb adds nothing.
  label = label.replace(PARTICIPATE, '')
  // `服务站建成两年来累计服务户外劳动者`: what was counted follows `累计`.
  let mid: RegExpExecArray | null
  let cut = -1
  MID_CUT.lastIndex = 0
  while ((mid = MID_CUT.exec(label))) if (mid.index > 0 && label.length - (mid.index + mid[0].length) >= 3) cut = mid.index + mid[0].length
  if (cut > 0) label = label.slice(cut)
  // `为企业解决技术难题`, `深入车间…开展宣讲`: start at the verb after the adverbial phrase.
  if (label.length > 16 || ADVERBIAL_START.test(label)) {
    VERB_ALL.lastIndex = 0
    let hit: RegExpExecArray | null
    while ((hit = VERB_ALL.exec(label))) {
      if (hit.index > 0 && label.length - hit.index >= 3) {
        label = label.slice(hit.index)
        break
      }
    }
  }
  for (let pass = 0; pass < 3; pass++) label = label.replace(TRAIL_STRIP, '').trim()
  label = label.replace(/[\s、，,]+$/, '')
  // What was counted may follow the number: `为2600名新就业形态劳动者免费体检` (nothing before:
  // the rest of the clause), `来自86家企业的1200余名选手` (a weak label: the noun after it),
  // `设置焊工、电工等18个比赛项目` (a label ending in 等 or a verb: add the noun).
  const window = text.slice(end, Math.min(text.length, end + 24))
  const clauseAfter = window.split(/[，,。；;：:!?！？（(、]/)[0]!.trim()
  const stop = /[，,。；;：:!?！？（(、的]/.exec(window)
  let noun = stop ? window.slice(0, stop.index) : end + 24 >= text.length ? window : ''
  const verb = NOUN_END.exec(noun)
  if (verb && verb.index >= 2) noun = noun.slice(0, verb.index)
  noun = noun.trim()
  const bare = label.replace(/[“”"《》]/g, '')
  const weak = /的$/.test(label) || (/^(?:来自|在|从|有|共有|其中有|包括)/.test(label) && !VERB_ANY.test(label))
  if (bare.length < 2 && clauseAfter && !/\d/.test(clauseAfter)) return clauseAfter.replace(/^(?:为|对|向|给)/, '')
  if (noun && !/\d/.test(noun)) {
    if (weak) return noun
    if (noun.length <= 10 && (/等$/.test(label) || VERB_AT_END.test(label))) return label + noun
  }
  return label
}

/**
 * All figures of a paragraph, in order. `text` is the cleaned paragraph; matching runs on a
 * punctuation-normalised copy, labels are cut from the original.
 */
export function extractFigures(text: string): FoundFigure[] {
  const norm = normForMatch(text)
  const out: FoundFigure[] = []
  const digit = /\d/g
  let prevEnd = 0
  let m: RegExpExecArray | null
  while ((m = digit.exec(norm))) {
    const start = m.index
    const before = norm[start - 1] ?? ''
    if (/[\d.A-Za-z]/.test(before)) continue
    // The number: digits with thousands separators, a decimal part, or a stray space inside
    // (`3 800`, `12 000`) left by extraction.
    const num = /^\d+(?:(?:,\d{3})+|(?: \d+)+)?(?:\.\d+)?/.exec(norm.slice(start, start + 40))![0]
    let digits = num
    let pos = start + num.length
    digit.lastIndex = pos
    if (num.includes(' ')) {
      const first = num.split(' ')[0]!
      // `2025 300场`: a year followed by a number is two things.
      if (/^(?:19|20)\d{2}$/.test(first)) {
        digits = first
        pos = start + first.length
        digit.lastIndex = pos
      }
    }
    digits = digits.replace(/[, ]/g, '')
    if (/第\s*$/.test(norm.slice(Math.max(0, start - 2), start))) continue
    const rest = norm.slice(pos, pos + 12)
    if (YEAR_SUFFIX.test(rest) && /^\d{4}$/.test(digits)) continue
    if (/^[.\-/]\d/.test(rest)) continue // dates and versions: 2025.1.7, 1/3

    let k = 0
    const skipSpace = () => {
      while (rest[k] === ' ') k++
    }
    skipSpace()
    let exp = 0
    for (const [word, e] of MULTIPLIERS) {
      if (rest.startsWith(word, k)) {
        exp = e
        k += word.length
        break
      }
    }
    let qualifier: Qualifier | null = null
    skipSpace()
    if (rest[k] === '余' || rest[k] === '多') {
      qualifier = rest[k] as Qualifier
      k++
      // `600余万元`: 余 between the number and 万.
      if (exp === 0) {
        const mult = MULTIPLIERS.find(([word]) => rest.startsWith(word, k))
        if (mult) {
          exp = mult[1]
          k += mult[0].length
        }
      }
    }
    skipSpace()
    // `10个小时`: the hours are the measure, 个 only counts them.
    if (rest.startsWith('个小时', k)) k += 1
    const unit = UNITS.find((u) => rest.startsWith(u, k))
    if (!unit) continue
    if (NOT_UNIT.test(rest.slice(k))) continue
    k += unit.length
    const tail = rest.slice(k)
    if (/^(?:以上|之上)/.test(tail)) {
      qualifier ??= '以上'
      k += 2
    } else if (/^左右/.test(tail)) {
      qualifier ??= '约'
      k += 2
    } else if (/^[余多]/.test(tail) && !/^多[个项家名]/.test(tail)) {
      qualifier ??= tail[0] as Qualifier
      k += 1
    }
    let qStart = start
    if (!qualifier) {
      const head = norm.slice(Math.max(0, start - 4), start)
      for (const [re, q] of PRE_QUALIFIERS) {
        const pre = re.exec(head)
        if (pre) {
          qualifier = q
          qStart = start - pre[0].length
          break
        }
      }
    } else {
      const pre = /(?:超过|超|近|约|逾)\s*$/.exec(norm.slice(Math.max(0, start - 2), start))
      if (pre) qStart = start - pre[0].length
    }
    const end = pos + k
    const value = scaleDecimal(digits, exp)
    if (!Number.isFinite(value)) continue
    const label = labelFor(text, norm, qStart, end, prevEnd)
    out.push({ label, value, unit, qualifier, text: text.slice(qStart, end).trim(), index: start })
    prevEnd = end
    digit.lastIndex = end
  }
  out.push(...chineseFigures(text, norm).filter((f) => !out.some((o) => o.index === f.index)))
  return out.sort((a, b) => a.index - b.index)
}

const CN_VALUE: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const CN_PLACE: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }

/** `两千` → 2000, `三十` → 30, `一千二百` → 1200, `十` → 10; NaN when it is no numeral. */
function chineseNumeral(s: string): number {
  let total = 0
  let digit: number | null = null
  for (const ch of s) {
    if (ch in CN_VALUE) {
      if (digit !== null) return NaN
      digit = CN_VALUE[ch]!
    } else if (ch in CN_PLACE) {
      total += (digit ?? 1) * CN_PLACE[ch]!
      digit = null
    } else return NaN
  }
  return total + (digit ?? 0)
}

/**
 * Counts written in Chinese numerals: `近两万项`, `六万余人`, `三十余人`, `二十多个`. Only those a
 * reader would call a figure: with 万/亿, with a place (十百千) and 余/多, or after 近/超/约 — not
 * `一名职工` or `两个方面`.
 */
function chineseFigures(text: string, norm: string): FoundFigure[] {
  const out: FoundFigure[] = []
  const re = /([一二两三四五六七八九十百千]{1,6})\s*(万亿|亿|億|万|萬)?\s*([余多])?\s*/g
  let m: RegExpExecArray | null
  while ((m = re.exec(norm))) {
    if (m[0].length === 0) {
      re.lastIndex++
      continue
    }
    const before = norm.slice(Math.max(0, m.index - 2), m.index)
    // Part of a word (`统一`, `第一`, `十一五`) or of a larger numeral.
    if (/(?:第|统|唯|单|同|专|逐|周|初|星期|之|万|每)$/.test(before)) continue
    const base = chineseNumeral(m[1]!)
    if (!Number.isFinite(base) || base === 0) continue
    const exp = m[2] ? MULTIPLIERS.find(([w]) => w === m![2])![1] : 0
    const qualifier = (m[3] as Qualifier | undefined) ?? null
    const pre = /(?:超过|超|近|约|逾)$/.exec(before)
    const placed = /[十百千]/.test(m[1]!)
    if (!(exp > 0 || (placed && (qualifier || pre)) || (pre && placed))) continue
    const after = norm.slice(m.index + m[0].length, m.index + m[0].length + 6)
    const unit = UNITS.find((u) => after.startsWith(u))
    if (!unit || NOT_UNIT.test(after)) continue
    const start = pre ? m.index - pre[0].length : m.index
    const end = m.index + m[0].length + unit.length
    const value = scaleDecimal(String(base), exp)
    out.push({ label: labelFor(text, norm, start, end, 0), value, unit, qualifier: qualifier ?? (pre ? (PRE_QUALIFIERS.find(([r]) => r.test(pre[0]))?.[1] ?? null) : null), text: text.slice(start, end).trim(), index: m.index })
  }
  return out
}
