// 稿件统计's files (src/stats/export.ts): CSV with a byte-order mark and formula injection guarded,
// XLSX read back with read-excel-file.
import { readSheet } from 'read-excel-file/node'
import readExcelFile from 'read-excel-file/node'
import { describe, expect, it } from 'vitest'

import { countStats } from '../../../src/stats/count'
import { attachment, CSV_BOM, exportFileName, guardFormula, toCSV, toXLSX } from '../../../src/stats/export'
import type { Directory, Piece, StatsOptions } from '../../../src/stats/types'

const directory: Directory = {
  units: [
    { id: '1', name: '江澄市总工会', parent: null },
    { id: '2', name: '=HYPERLINK("http://evil.test","点我")', parent: '1' },
  ],
  accounts: [],
  roster: [{ id: '5', name: '@王磊', organization: '2', active: true }],
}
const pieces: Piece[] = [
  { kind: 'articles', id: '1', title: 't', organization: '2', createdAt: '2026-01-05T00:00:00Z', submittedAt: '2026-01-06T00:00:00Z', reportedAt: null, adoptedAt: null, publishedAt: '2026-02-01T00:00:00Z', hasPhoto: true, creator: null, bylines: [{ role: 'correspondent', name: '@王磊', user: null }, { role: 'photo', name: '-1+2', user: null }] },
]
const options = (by: 'unit' | 'person'): StatsOptions => ({ from: '2026-01', to: '2026-02', by, period: 'month', subunits: false, timeZone: 'Asia/Shanghai' })

describe('CSV', () => {
  it('starts with a byte-order mark and a Chinese header, one line per unit and month, then the totals', () => {
    const csv = toCSV(countStats(pieces, directory, options('unit')))
    expect(csv.startsWith(CSV_BOM)).toBe(true)
    const lines = csv.slice(1).trim().split('\r\n')
    expect(lines[0]).toBe('期间,单位,上级单位,撰写,提交审核,发布,发布含图片,报送,被采用')
    expect(lines[1]).toBe('2026年1月,江澄市总工会,,0,0,0,0,0,0')
    expect(lines).toContain('2026年2月,"\'=HYPERLINK(""http://evil.test"",""点我"")",江澄市总工会,0,0,1,1,0,0')
    expect(lines.at(-1)).toMatch(/^2026年1月至2026年2月合计,/)
    expect(lines).toHaveLength(1 + 4 + 2)
  })

  it('prefixes every cell a spreadsheet would run as a formula', () => {
    for (const bad of ['=1+1', '+1', '-1+2', '@SUM(A1)', '\t=1', '\r=1']) expect(guardFormula(bad)).toBe(`'${bad}`)
    expect(guardFormula('王磊')).toBe('王磊')
    const csv = toCSV(countStats(pieces, directory, options('person')))
    expect(csv).toContain("'@王磊")
    expect(csv).toContain("'-1+2")
    expect(csv).not.toMatch(/(^|,)[=+\-@]/m)
  })

  it('names the file in Chinese with an ASCII fallback', () => {
    const table = countStats(pieces, directory, options('unit'))
    expect(exportFileName(table, 'csv')).toBe('稿件统计-按单位-2026-01至2026-02.csv')
    expect(attachment('稿件统计.csv')).toContain(`filename*=UTF-8''${encodeURIComponent('稿件统计.csv')}`)
  })
})

describe('XLSX', () => {
  it('reads back with the same cells, numbers as numbers', async () => {
    const buffer = await toXLSX(countStats(pieces, directory, options('person')))
    const rows = await readSheet(buffer)
    expect(rows[0]).toEqual(['期间', '姓名', '身份', '所属单位', '撰写', '提交审核', '发布', '发布含图片', '报送', '被采用'])
    const wang = rows.find((r) => r[0] === '2026年2月' && r[1] === "'@王磊")
    expect(wang).toEqual(['2026年2月', "'@王磊", '通讯员', '=HYPERLINK("http://evil.test","点我")'.replace(/^/, "'"), 0, 0, 1, 1, 0, 0])
  })

  it('writes one sheet per table: 按单位 and 按个人', async () => {
    const buffer = await toXLSX([countStats(pieces, directory, options('unit')), countStats(pieces, directory, options('person'))])
    const sheets = await readExcelFile(buffer)
    expect(sheets.map((s: { sheet: string }) => s.sheet)).toEqual(['按单位', '按个人'])
  })
})
