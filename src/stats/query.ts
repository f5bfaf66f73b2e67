/**
 * What a statistics request asks for — from the admin page's address, the endpoint's query string or
 * the command line — checked once, with a message in Chinese that says what to write instead.
 */
import { monthsBetween, parseMonth } from './periods'
import type { Granularity, Grouping } from './types'

export const FORMATS = ['json', 'csv', 'xlsx'] as const
export type Format = (typeof FORMATS)[number]

export type StatsQuery = {
  from: string
  to: string
  by: Grouping
  period: Granularity
  unit: string | null
  subunits: boolean
  format: Format
}

/** At most this many months in one request (ten years). */
export const MAX_MONTHS = 120

export class StatsQueryError extends Error {
  override name = 'StatsQueryError'
}

type Input = Partial<Record<'from' | 'to' | 'by' | 'period' | 'unit' | 'subunits' | 'format', string | null | undefined>>

/** The current month in the time zone, `2026-03`. */
export function currentMonth(timeZone: string, now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(now)
  return `${parts.find((p) => p.type === 'year')!.value}-${parts.find((p) => p.type === 'month')!.value}`
}

const blank = (v: string | null | undefined) => v === undefined || v === null || String(v).trim() === ''

/** Defaults: this year from January to this month, by unit, per month, CSV-less (json). */
export function parseStatsQuery(input: Input, timeZone: string, now = new Date()): StatsQuery {
  const thisMonth = currentMonth(timeZone, now)
  const from = blank(input.from) ? `${thisMonth.slice(0, 4)}-01` : parseMonth(input.from, 'first')
  const to = blank(input.to) ? (blank(input.from) ? thisMonth : parseMonth(input.from, 'last')) : parseMonth(input.to, 'last')
  if (!from) throw new StatsQueryError(`起始月份「${input.from}」看不懂：请写成 2026-01 这样的年-月，或只写年份 2026。`)
  if (!to) throw new StatsQueryError(`截止月份「${input.to}」看不懂：请写成 2026-12 这样的年-月，或只写年份 2026。`)
  if (to < from) throw new StatsQueryError(`截止月份 ${to} 早于起始月份 ${from}：请对调两者。`)
  if (monthsBetween(from, to) > MAX_MONTHS) throw new StatsQueryError(`一次最多统计 ${MAX_MONTHS / 12} 年（${MAX_MONTHS} 个月）：请缩小起止月份。`)
  const by = blank(input.by) ? 'unit' : input.by
  if (by !== 'unit' && by !== 'person') throw new StatsQueryError(`统计对象「${input.by}」不对：按单位写 unit，按个人写 person。`)
  const period = blank(input.period) ? 'month' : input.period
  if (period !== 'month' && period !== 'year') throw new StatsQueryError(`统计周期「${input.period}」不对：按月写 month，按年写 year。`)
  const format = blank(input.format) ? 'json' : String(input.format).toLowerCase()
  if (!(FORMATS as readonly string[]).includes(format)) throw new StatsQueryError(`导出格式「${input.format}」不支持：请选 csv 或 xlsx（页面数据为 json）。`)
  const unit = blank(input.unit) ? null : String(input.unit).trim()
  if (unit !== null && !/^[\w-]{1,64}$/.test(unit)) throw new StatsQueryError('所选单位的编号不对：请在页面上重新选择单位。')
  const subunits = ['1', 'true', 'yes', 'on'].includes(String(input.subunits ?? '').toLowerCase())
  return { from, to, by, period, unit, subunits, format: format as Format }
}

/** The query as an address's search part (for export links and the admin page's form). */
export function queryString(query: Partial<StatsQuery>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === false) continue
    params.set(key, value === true ? '1' : String(value))
  }
  return params.toString()
}
