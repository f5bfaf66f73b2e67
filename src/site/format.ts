import { QUALIFIER_TEXT, type Qualifier } from '../fields/options'
import { siteTimeZone } from '../settings'

/** Formatting of dates and numbers for Chinese readers; dates in the site's time zone (SITE_TIMEZONE). */

// Formatters are built once per time zone: creating one per call dominated large publishes. The
// zone is read on every call, so a test (or a process) that changes it is followed.
const formatters = new Map<string, { date: Intl.DateTimeFormat; year: Intl.DateTimeFormat }>()
function formattersFor(zone: string) {
  let f = formatters.get(zone)
  if (!f) {
    f = {
      date: new Intl.DateTimeFormat('zh-CN', { timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric' }),
      year: new Intl.DateTimeFormat('en', { timeZone: zone, year: 'numeric' }),
    }
    formatters.set(zone, f)
  }
  return f
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return ''
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return ''
  const parts = formattersFor(siteTimeZone()).date.formatToParts(d)
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? ''
  return `${get('year')}年${get('month')}月${get('day')}日`
}

export function isoDate(iso: string | null | undefined): string {
  if (!iso) return ''
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? '' : d.toISOString()
}

export function yearOf(iso: string | null | undefined): number | null {
  if (!iso) return null
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return null
  return Number(formattersFor(siteTimeZone()).year.format(d))
}

/** 52000 → "5.2万", 26830000 → "2683万", 310000000 → "3.1亿"; small numbers keep their digits. */
export function formatFigure(value: number): { number: string; scale: string } {
  const abs = Math.abs(value)
  const trim = (n: number) => String(Number(n.toFixed(2)))
  if (abs >= 1e8) return { number: trim(value / 1e8), scale: '亿' }
  if (abs >= 1e4 && Number.isInteger(value / 1000)) return { number: trim(value / 1e4), scale: '万' }
  if (abs >= 1e5) return { number: trim(value / 1e4), scale: '万' }
  return { number: value.toLocaleString('zh-CN', { maximumFractionDigits: 2 }), scale: '' }
}

/** "近" "超" "约" go before the number, "余" "多" after it, "以上" after the unit. */
export function figureText(f: { value: number; unit?: string | null; qualifier?: string | null }): string {
  const { number, scale } = formatFigure(f.value)
  const q = f.qualifier ? (QUALIFIER_TEXT[f.qualifier as Qualifier] ?? f.qualifier) : ''
  const before = q === '近' || q === '超' || q === '约' ? q : ''
  const after = q === '余' || q === '多' ? q : ''
  const tail = q === '以上' ? '以上' : ''
  return `${before}${number}${scale}${after}${f.unit ?? ''}${tail}`
}
