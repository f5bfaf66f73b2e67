/**
 * The table as files: CSV (UTF-8 with a byte-order mark, so Excel on a Chinese Windows reads it as
 * UTF-8 and not as GBK) and XLSX (write-excel-file). One sheet, one header row, then a row per
 * group and period and, over several periods, each group's 合计 row.
 */
import { periodLabel } from './periods'
import type { StatsRow, StatsTable } from './count'

type Cell = string | number

/** Header and rows, shared by both formats. */
export function sheetRows(table: StatsTable): Cell[][] {
  const byUnit = table.options.by === 'unit'
  const header: Cell[] = ['期间', ...(byUnit ? ['单位', '上级单位'] : ['姓名', '身份', '所属单位']), ...table.metrics.map((m) => m.label)]
  const line = (row: StatsRow, period: string): Cell[] => [
    period,
    row.group.name,
    ...(byUnit ? [row.group.unit ?? ''] : [row.group.role ?? '', row.group.unit ?? '']),
    ...table.metrics.map((m) => row.counts[m.key] ?? 0),
  ]
  const rows = table.rows.map((row) => line(row, periodLabel(row.period)))
  const totals = table.periods.length > 1 ? table.totals.map((row) => line(row, `${periodLabel(table.periods[0]!)}至${periodLabel(table.periods.at(-1)!)}合计`)) : []
  return [header, ...rows, ...totals]
}

/**
 * A text cell that a spreadsheet would take for a formula (= + - @, or a tab or carriage return
 * that some of them skip first) is prefixed with an apostrophe: a name typed into a byline must
 * not run as a formula on the editor's computer (CSV injection, OWASP).
 */
export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

function csvCell(value: Cell): string {
  if (typeof value === 'number') return String(value)
  const text = guardFormula(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export const CSV_BOM = '\uFEFF'

const sheetName = (table: StatsTable) => (table.options.by === 'unit' ? '按单位' : '按个人')

/** One table, or several (the command line's unit and person tables) one under the other, a blank line between. */
export function toCSV(tables: StatsTable | StatsTable[]): string {
  const list = Array.isArray(tables) ? tables : [tables]
  return CSV_BOM + list.map((table) => sheetRows(table).map((row) => row.map(csvCell).join(',')).join('\r\n')).join('\r\n\r\n') + '\r\n'
}

/** One sheet per table (按单位, 按个人). */
export async function toXLSX(tables: StatsTable | StatsTable[]): Promise<Buffer> {
  const { default: writeXlsxFile } = await import('write-excel-file/node')
  const list = Array.isArray(tables) ? tables : [tables]
  const sheets = list.map((table) => {
    const rows = sheetRows(table)
    // Text cells are written as text (never formulas) by the library; the same guard keeps the
    // two files alike when someone saves the sheet as CSV again.
    const data = rows.map((row, i) => row.map((value) => (typeof value === 'number' ? { value, type: Number } : { value: guardFormula(value), type: String, ...(i === 0 ? { fontWeight: 'bold' as const } : {}) })))
    const columns = rows[0]!.map((_, c) => ({ width: Math.min(40, Math.max(8, ...rows.map((r) => String(r[c] ?? '').length * 2 + 2))) }))
    return { data, sheet: sheetName(table), columns, stickyRowsCount: 1 }
  })
  return writeXlsxFile(sheets as never).toBuffer()
}

/** 稿件统计-按单位-2026-01至2026-12.csv */
export function exportFileName(table: StatsTable | StatsTable[], format: 'csv' | 'xlsx'): string {
  const list = Array.isArray(table) ? table : [table]
  const { from, to } = list[0]!.options
  const by = list.length === 1 ? `-${sheetName(list[0]!)}` : ''
  return `稿件统计${by}-${from === to ? from : `${from}至${to}`}.${format}`
}

/** Content-Disposition for a Chinese file name (RFC 6266: an ASCII fallback and the UTF-8 name). */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`
}
