/** Months and years: parsing what a user types and placing a moment in its period (in the office's time zone). */
import type { Granularity } from './types'

const MONTH = /^(\d{4})-(\d{2})$/
const YEAR = /^(\d{4})$/

/** `2026-03` → `2026-03`; `2026` → its first (or last) month; anything else null. */
export function parseMonth(text: string | null | undefined, end: 'first' | 'last' = 'first'): string | null {
  const value = String(text ?? '').trim()
  const month = MONTH.exec(value)
  if (month) {
    const m = Number(month[2])
    return m >= 1 && m <= 12 ? value : null
  }
  if (YEAR.test(value)) return `${value}-${end === 'first' ? '01' : '12'}`
  return null
}

/** The month (`2026-03`) a moment falls in, in the given time zone. */
export function monthOf(iso: string, timeZone: string): string | null {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return null
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(date)
  const year = parts.find((p) => p.type === 'year')?.value
  const month = parts.find((p) => p.type === 'month')?.value
  return year && month ? `${year}-${month}` : null
}

/** The period a month belongs to: itself, or its year. */
export const periodOfMonth = (month: string, granularity: Granularity) => (granularity === 'year' ? month.slice(0, 4) : month)

/** Every period from `from` to `to` (months, inclusive), in order. */
export function periodsBetween(from: string, to: string, granularity: Granularity): string[] {
  const out: string[] = []
  let [y, m] = from.split('-').map(Number) as [number, number]
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`
    if (month > to) break
    const period = periodOfMonth(month, granularity)
    if (out.at(-1) !== period) out.push(period)
    m += 1
    if (m > 12) {
      m = 1
      y += 1
    }
  }
  return out
}

/** Months from `from` to `to`, inclusive. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number]
  const [ty, tm] = to.split('-').map(Number) as [number, number]
  return (ty - fy) * 12 + (tm - fm) + 1
}

/** A moment safely after the end of month `to` in any time zone (for the database's first cut). */
export function afterMonth(to: string): Date {
  const [y, m] = to.split('-').map(Number) as [number, number]
  return new Date(Date.UTC(y, m, 2))
}

/** 2026-03 → 2026年3月; 2026 → 2026年. */
export function periodLabel(period: string): string {
  const [y, m] = period.split('-')
  return m ? `${y}年${Number(m)}月` : `${y}年`
}
