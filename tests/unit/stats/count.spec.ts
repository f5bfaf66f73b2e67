// The counting of 稿件统计 (src/stats/count.ts, credits.ts, periods.ts), without a database: which
// period each metric puts a piece in, units with and without their sub-units, persons from
// bylines matched to accounts and the roster, a reporter's own line.
import { describe, expect, it } from 'vitest'

import { countStats, NO_UNIT } from '../../../src/stats/count'
import { creditsOf, indexPeople } from '../../../src/stats/credits'
import { firstStep, firstSubmission } from '../../../src/stats/load'
import { monthOf, periodsBetween } from '../../../src/stats/periods'
import { parseStatsQuery, StatsQueryError } from '../../../src/stats/query'
import type { Directory, Piece, StatsOptions } from '../../../src/stats/types'

const directory: Directory = {
  units: [
    { id: '1', name: '江澄市总工会', parent: null },
    { id: '2', name: '临港区总工会', parent: '1' },
    { id: '3', name: '港务集团工会', parent: '2' },
    { id: '4', name: '青石县总工会', parent: '1' },
  ],
  accounts: [
    { id: '10', name: '林晓', organization: '1' },
    { id: '11', name: '刘思远', organization: '1' },
  ],
  roster: [
    { id: '20', name: '王磊', organization: '3', active: true },
    { id: '21', name: '李雯', organization: '2', active: true },
    { id: '22', name: '李雯', organization: '4', active: true },
    { id: '23', name: '孙浩', organization: '4', active: true },
    { id: '24', name: '赵离', organization: '4', active: false },
  ],
}

let n = 0
const piece = (over: Partial<Piece>): Piece => ({
  kind: 'articles',
  id: String(++n),
  title: `稿件${n}`,
  organization: '3',
  createdAt: '2026-01-10T02:00:00.000Z',
  submittedAt: null,
  reportedAt: null,
  adoptedAt: null,
  publishedAt: null,
  hasPhoto: false,
  creator: '10',
  bylines: [],
  ...over,
})

const options = (over: Partial<StatsOptions> = {}): StatsOptions => ({ from: '2026-01', to: '2026-03', by: 'unit', period: 'month', subunits: false, timeZone: 'Asia/Shanghai', ...over })

const row = (table: ReturnType<typeof countStats>, key: string, period: string) => table.rows.find((r) => r.group.key === key && r.period === period)?.counts
const total = (table: ReturnType<typeof countStats>, key: string) => table.totals.find((r) => r.group.key === key)?.counts

describe('periods', () => {
  it('reads a moment in the office time zone: 31 January 20:00 UTC is February in Beijing', () => {
    expect(monthOf('2026-01-31T20:00:00.000Z', 'Asia/Shanghai')).toBe('2026-02')
    expect(monthOf('2026-01-31T20:00:00.000Z', 'UTC')).toBe('2026-01')
  })

  it('lists months or years of a range', () => {
    expect(periodsBetween('2025-11', '2026-02', 'month')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
    expect(periodsBetween('2025-11', '2026-02', 'year')).toEqual(['2025', '2026'])
  })
})

describe('the query', () => {
  const now = new Date('2026-05-20T00:00:00Z')
  it('defaults to this year up to this month, by unit, per month', () => {
    expect(parseStatsQuery({}, 'Asia/Shanghai', now)).toMatchObject({ from: '2026-01', to: '2026-05', by: 'unit', period: 'month', format: 'json', subunits: false })
  })
  it('takes a year for a range: 2025 is January to December', () => {
    expect(parseStatsQuery({ from: '2025' }, 'Asia/Shanghai', now)).toMatchObject({ from: '2025-01', to: '2025-12' })
  })
  it('refuses a bad month, a reversed range and an unknown format in Chinese', () => {
    expect(() => parseStatsQuery({ from: '2026-13' }, 'Asia/Shanghai', now)).toThrow(StatsQueryError)
    expect(() => parseStatsQuery({ from: '2026-05', to: '2026-01' }, 'Asia/Shanghai', now)).toThrow('早于')
    expect(() => parseStatsQuery({ format: 'pdf' }, 'Asia/Shanghai', now)).toThrow('csv 或 xlsx')
    expect(() => parseStatsQuery({ from: '2000-01', to: '2026-01' }, 'Asia/Shanghai', now)).toThrow('最多')
  })
})

describe('the review log', () => {
  it('dates a submission by its first move into 已提交, not a resubmission after a return', () => {
    const log = [
      { from: 'draft', to: 'draft', at: '2026-01-01T00:00:00Z' },
      { from: 'draft', to: 'submitted', at: '2026-01-02T00:00:00Z' },
      { from: 'submitted', to: 'returned', at: '2026-01-03T00:00:00Z' },
      { from: 'returned', to: 'submitted', at: '2026-02-04T00:00:00Z' },
    ]
    expect(firstSubmission(log)).toBe('2026-01-02T00:00:00Z')
    expect(firstSubmission([])).toBeNull()
  })
})

describe('counting by unit', () => {
  const pieces = [
    piece({ organization: '3', createdAt: '2026-01-05T00:00:00Z', submittedAt: '2026-01-06T00:00:00Z', publishedAt: '2026-02-01T00:00:00Z', hasPhoto: true }),
    piece({ organization: '3', createdAt: '2026-02-05T00:00:00Z', publishedAt: '2026-02-06T00:00:00Z' }),
    piece({ organization: '2', createdAt: '2026-03-05T00:00:00Z', submittedAt: '2026-03-06T00:00:00Z' }),
    piece({ organization: null, createdAt: '2026-03-07T00:00:00Z' }),
    // Outside the range in every metric: not counted.
    piece({ organization: '3', createdAt: '2025-12-05T00:00:00Z' }),
    // Written before the range, published in it: counts as published only.
    piece({ organization: '4', createdAt: '2025-12-20T00:00:00Z', publishedAt: '2026-01-02T00:00:00Z', hasPhoto: true }),
  ]

  it('puts each metric in the month its own moment falls in', () => {
    const table = countStats(pieces, directory, options())
    expect(row(table, '3', '2026-01')).toEqual({ written: 1, submitted: 1, published: 0, withPhotos: 0, reported: 0, adopted: 0 })
    expect(row(table, '3', '2026-02')).toEqual({ written: 1, submitted: 0, published: 2, withPhotos: 1, reported: 0, adopted: 0 })
    expect(total(table, '3')).toEqual({ written: 2, submitted: 1, published: 2, withPhotos: 1, reported: 0, adopted: 0 })
    expect(total(table, '4')).toEqual({ written: 0, submitted: 0, published: 1, withPhotos: 1, reported: 0, adopted: 0 })
    expect(total(table, NO_UNIT)).toEqual({ written: 1, submitted: 0, published: 0, withPhotos: 0, reported: 0, adopted: 0 })
  })

  it('lists every unit, in hierarchy order, even without pieces', () => {
    const table = countStats(pieces, directory, options())
    expect(table.totals.map((r) => r.group.name)).toEqual(['江澄市总工会', '临港区总工会', '港务集团工会', '青石县总工会', '（未填所属单位）'])
    expect(total(table, '1')).toEqual({ written: 0, submitted: 0, published: 0, withPhotos: 0, reported: 0, adopted: 0 })
    expect(table.rows.filter((r) => r.group.key === '1').map((r) => r.period)).toEqual(['2026-01', '2026-02', '2026-03'])
  })

  it("adds the sub-units' pieces to a unit's row when asked", () => {
    const table = countStats(pieces, directory, options({ subunits: true }))
    expect(total(table, '2')).toEqual({ written: 3, submitted: 2, published: 2, withPhotos: 1, reported: 0, adopted: 0 })
    expect(total(table, '1')).toEqual({ written: 3, submitted: 2, published: 3, withPhotos: 2, reported: 0, adopted: 0 })
    // The overall line counts each piece once.
    const overall = table.overall.reduce((sum, r) => sum + r.counts.written!, 0)
    expect(overall).toBe(4)
  })

  it('counts per year', () => {
    const table = countStats(pieces, directory, options({ period: 'year', from: '2025-01', to: '2026-12' }))
    expect(row(table, '3', '2025')).toMatchObject({ written: 1 })
    expect(row(table, '3', '2026')).toMatchObject({ written: 2, published: 2 })
  })

  it('keeps to one unit and those under it', () => {
    const table = countStats(pieces, directory, options({ unit: '2' }))
    expect(table.totals.map((r) => r.group.key)).toEqual(['2', '3'])
  })
})

describe('counting by person', () => {
  const people = indexPeople(directory)

  it('credits bylines: a linked account, a correspondent of the roster, a name as printed', () => {
    const credits = creditsOf(
      piece({ bylines: [
        { role: 'reporter', name: '林晓', user: '10' },
        { role: 'correspondent', name: '王 磊', user: null },
        { role: 'photo', name: '周扬', user: null },
        { role: 'photo', name: '林晓', user: '10' },
      ] }),
      people,
    )
    expect(credits.map((c) => [c.key, c.role])).toEqual([
      ['user:10', '记者、摄影'],
      ['correspondent:20', '通讯员'],
      ['name:周扬', '摄影'],
    ])
  })

  it('tells namesakes of the roster apart by the unit of the piece, and leaves them as a name when it cannot', () => {
    expect(creditsOf(piece({ organization: '4', bylines: [{ role: 'correspondent', name: '李雯', user: null }] }), people)[0]!.key).toBe('correspondent:22')
    expect(creditsOf(piece({ organization: '1', bylines: [{ role: 'correspondent', name: '李雯', user: null }] }), people)[0]!.key).toBe('name:李雯')
  })

  it('credits the creator of a piece without bylines, and not the one who entered a piece with bylines', () => {
    expect(creditsOf(piece({ creator: '11', bylines: [] }), people).map((c) => c.key)).toEqual(['user:11'])
    expect(creditsOf(piece({ creator: '11', bylines: [{ role: 'correspondent', name: '王磊', user: null }] }), people).map((c) => c.key)).toEqual(['correspondent:20'])
  })

  it('counts a piece once per person, lists active correspondents without pieces, and not inactive ones', () => {
    const pieces = [
      piece({ bylines: [{ role: 'reporter', name: '林晓', user: '10' }, { role: 'correspondent', name: '王磊', user: null }], publishedAt: '2026-01-20T00:00:00Z', hasPhoto: true }),
      piece({ bylines: [{ role: 'correspondent', name: '王磊', user: null }] }),
    ]
    const table = countStats(pieces, directory, options({ by: 'person' }))
    expect(total(table, 'correspondent:20')).toEqual({ written: 2, submitted: 0, published: 1, withPhotos: 1, reported: 0, adopted: 0 })
    expect(total(table, 'user:10')).toEqual({ written: 1, submitted: 0, published: 1, withPhotos: 1, reported: 0, adopted: 0 })
    expect(total(table, 'correspondent:23')).toEqual({ written: 0, submitted: 0, published: 0, withPhotos: 0, reported: 0, adopted: 0 })
    expect(table.totals.find((r) => r.group.key === 'correspondent:24')).toBeUndefined()
    const wang = table.totals.find((r) => r.group.key === 'correspondent:20')!.group
    expect([wang.name, wang.role, wang.unit]).toEqual(['王磊', '通讯员', '港务集团工会'])
    // Two pieces in January, not three: the piece credited to two people counts once overall.
    expect(table.overall[0]!.counts.written).toBe(2)
  })

  it("shows a reporter only their own line, and not the office's totals", () => {
    const pieces = [piece({ bylines: [{ role: 'reporter', name: '林晓', user: '10' }] }), piece({ bylines: [{ role: 'correspondent', name: '王磊', user: null }] })]
    const table = countStats(pieces, directory, options({ by: 'person', person: 'user:10' }))
    expect(table.totals.map((r) => r.group.key)).toEqual(['user:10'])
    expect(table.overall[0]!.counts.written).toBe(1)
  })
})

describe('报送 and 被采用 (src/federation)', () => {
  it('reads the first 报送 and the first adoption (采用 or 改编采用) from the review log', () => {
    const log = [
      { action: '提交审核', from: 'draft', to: 'submitted', at: '2026-01-01T00:00:00Z' },
      { action: '报送', from: 'approved', to: 'approved', at: '2026-01-03T00:00:00Z' },
      { action: '退稿', from: 'approved', to: 'approved', at: '2026-01-04T00:00:00Z' },
      { action: '报送', from: 'approved', to: 'approved', at: '2026-02-03T00:00:00Z' },
      { action: '改编采用', from: 'approved', to: 'approved', at: '2026-02-05T00:00:00Z' },
    ]
    expect(firstStep(log, 'reported')).toBe('2026-01-03T00:00:00Z')
    expect(firstStep(log, 'adopted')).toBe('2026-02-05T00:00:00Z')
    expect(firstStep(log.slice(0, 3), 'adopted')).toBeNull()
  })

  it("counts what a unit sent up and what was adopted for the piece's own unit and people, in their months", () => {
    const pieces = [
      piece({ organization: '4', reportedAt: '2026-01-20T00:00:00Z', adoptedAt: '2026-02-02T00:00:00Z', bylines: [{ role: 'correspondent', name: '孙浩', user: null }] }),
      piece({ organization: '4', reportedAt: '2026-02-20T00:00:00Z', bylines: [{ role: 'correspondent', name: '孙浩', user: null }] }),
    ]
    const byUnit = countStats(pieces, directory, options())
    expect(row(byUnit, '4', '2026-01')).toMatchObject({ reported: 1, adopted: 0 })
    expect(row(byUnit, '4', '2026-02')).toMatchObject({ reported: 1, adopted: 1 })
    expect(total(byUnit, '1')).toMatchObject({ reported: 0, adopted: 0 })
    const byPerson = countStats(pieces, directory, options({ by: 'person' }))
    expect(total(byPerson, 'correspondent:23')).toMatchObject({ reported: 2, adopted: 1 })
  })
})
