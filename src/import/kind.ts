/**
 * What kind of piece it is — a yearly or multi-year review (回眸, 工作亮点, 成绩单, 工作综述…) or a
 * feature story — the period a review covers, and the next-period plans it ends with
 * (`实施……行动` with targets).
 */
import type { DateParts } from './masthead'
import { chineseSmallNumber } from './masthead'
import { extractFigures } from './figures'
import type { Plan, TargetCollection } from './types'

/** Words that make a headline or subtitle a review. */
const REVIEW_TITLE = /(?:回眸|成绩单|工作亮点|工作综述|年度综述|年终|盘点|年度工作(?:回眸|综述|总结|盘点|亮点|报告)|工作回顾|工作总结|述职|这一年|一年来|五年来|十年来|(?:[两二三四五六七八九十]|\d{1,2})年(?:砥砺|奋进|奋斗|来|间|历程|征程|跨越|回望|工作))/
/** Words that make a review only with a year or period in the same heading: `2024年…综述`. */
const REVIEW_WITH_YEAR = /(?:综述|回顾|总结|巡礼|答卷)/
const YEARISH = /(?:(?:19|20)\d{2}年|年度|[一二三四五两十]年)/
/** A review's body speaks of the period: `过去一年`, `五年来`, `2025年以来`. */
const PERIOD_WORDS = /(?:过去一年|一年来|这一年|全年|过去五年|五年来|三年来|十年来|(?:19|20)\d{2}年以来|近年来|今年以来)/g

export type KindInput = {
  title: string
  subtitle: string | null
  paragraphs: string[]
  figureCount: number
}

/** Reviews carry review words in their titles, or talk about a period and are full of figures. */
export function classifyKind({ title, subtitle, paragraphs, figureCount }: KindInput): TargetCollection {
  const heads = `${title} ${subtitle ?? ''}`
  if (REVIEW_TITLE.test(heads)) return 'yearly-reviews'
  if (REVIEW_WITH_YEAR.test(heads) && YEARISH.test(heads)) return 'yearly-reviews'
  const opening = paragraphs.slice(0, 3).join('')
  const periodMentions = (paragraphs.join('').match(PERIOD_WORDS) ?? []).length
  const length = paragraphs.join('').length || 1
  const density = (figureCount / length) * 1000 // figures per thousand characters
  if (PERIOD_WORDS.test(opening) && figureCount >= 8 && density >= 8) return 'yearly-reviews'
  PERIOD_WORDS.lastIndex = 0
  if (periodMentions >= 2 && figureCount >= 12) return 'yearly-reviews'
  return 'articles'
}

const SPAN = /(?:(\d{1,2})|([两二三四五六七八九十]))\s*年(?:来|间|砥砺|奋进|奋斗|历程|征程|跨越|回望|工作|综述|成就|回眸|巡礼|答卷)/

/**
 * The years a review covers. The last year comes from the headline block (`2025年工作回眸`), a range
 * (`2021—2025年`), the date line, or the issue date (a January paper reviews the year before).
 */
export function reviewPeriod(
  title: string,
  subtitle: string | null,
  lead: string[],
  issueDate: DateParts | null,
  dateline: DateParts | null,
): { firstYear: number; lastYear: number } | null {
  const heads = `${title} ${subtitle ?? ''}`
  const range = /((?:19|20)\d{2})\s*(?:年)?\s*[—\-–~～至到]+\s*((?:19|20)\d{2})\s*年?/.exec(`${heads} ${lead.slice(0, 2).join(' ')}`)
  if (range) {
    const a = Number(range[1])
    const b = Number(range[2])
    if (a <= b && b - a <= 20) return { firstYear: a, lastYear: b }
  }
  let lastYear: number | null = null
  const inHeads = /((?:19|20)\d{2})\s*年/.exec(heads)
  if (inHeads) lastYear = Number(inHeads[1])
  else if (dateline) lastYear = dateline.month >= 10 ? dateline.year : dateline.year - 1
  else if (issueDate) lastYear = issueDate.month <= 3 ? issueDate.year - 1 : issueDate.year
  else {
    const years = [...lead.join(' ').matchAll(/((?:19|20)\d{2})\s*年/g)].map((m) => Number(m[1]))
    if (years.length > 0) lastYear = Math.max(...years)
  }
  if (lastYear === null) return null
  const spanText = SPAN.exec(heads) ?? SPAN.exec(lead.slice(0, 2).join(''))
  let span = 1
  if (spanText) {
    const n = spanText[1] ? Number(spanText[1]) : chineseSmallNumber(spanText[2]!.replace('两', '二'))
    if (n && n >= 2 && n <= 20) span = n
  }
  return { firstYear: lastYear - span + 1, lastYear }
}

/** `实施思想引领提质行动。开展……` — the plan name is the first sentence. */
const PLAN_NAME =
  /^(?:[一二三四五六七八九十]{1,2}是|[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.、．]|[一二三四五六七八九十]{1,2}[、.．])?\s*((?:实施|开展|推进|启动|深化|打造|建设|推动|深入实施|全面实施)[^。，,：:；;！!？?]{2,28}?(?:行动|工程|计划|项目|专项行动|攻坚战))(?:[。：:；;，,!！]|$)/
/** A paragraph announcing the next period. */
const FUTURE = /(?:新的一年|新的五年|明年|下一步|今后|展望|未来|下一阶段|(?:19|20)\d{2}年[，,]?\s*(?:将|要)|将实施|将重点|将着力|将继续|将围绕)/

/**
 * Next-period plans: paragraphs near the end that name an action (`实施……行动`) and give targets,
 * after (or including) a paragraph that looks ahead. Returns the plans and the indexes of their
 * paragraphs.
 */
export function findPlans(paragraphs: string[]): { plans: Plan[]; indexes: number[] } {
  const plans: Plan[] = []
  const indexes: number[] = []
  // Look ahead from the last paragraph that speaks of the future, within the last third.
  const from = Math.floor(paragraphs.length * 0.5)
  let futureAt = -1
  for (let i = from; i < paragraphs.length; i++) if (FUTURE.test(paragraphs[i]!)) {
    futureAt = i
    break
  }
  if (futureAt < 0) return { plans, indexes }
  for (let i = futureAt; i < paragraphs.length; i++) {
    const text = paragraphs[i]!
    const m = PLAN_NAME.exec(text)
    if (!m) continue
    const name = m[1]!.trim()
    const description = text.slice(m[0].length).trim() || null
    const targets = extractFigures(description ?? '').map((f) => ({ label: f.label, value: f.value, unit: f.unit }))
    if (targets.length === 0 && !description) continue
    plans.push({ name, description, targets })
    indexes.push(i)
  }
  // A single "plan" without targets is just a sentence that starts with 实施.
  if (plans.length === 1 && plans[0]!.targets.length === 0) return { plans: [], indexes: [] }
  return { plans, indexes }
}
