/**
 * The counting: pieces × metrics → one row per group (unit or person) and period, plus each
 * group's total over the range. Pure: the pieces and the directory come in, a table goes out.
 */
import { creditsOf, indexPeople } from './credits'
import { METRICS, zeroCounts, type Counts } from './metrics'
import { monthOf, periodOfMonth, periodsBetween } from './periods'
import type { Directory, Piece, StatsOptions, Unit } from './types'

/** A unit's or a person's line. `key` is the unit's id (`none` for pieces without a unit) or the person's key. */
export type Group = {
  key: string
  name: string
  /** Units: the parent's name; persons: their unit's name. */
  unit: string | null
  /** Persons: how they were credited (记者、通讯员…). Units: how deep they sit (0 = top). */
  role: string | null
  depth: number
}

export type StatsRow = { group: Group; period: string; counts: Counts }

export type StatsTable = {
  options: StatsOptions
  periods: string[]
  metrics: { key: string; label: string; help: string }[]
  /** Every group × every period, groups in order (units by hierarchy, persons by name). */
  rows: StatsRow[]
  /** Each group over the whole range, in the same order. */
  totals: StatsRow[]
  /** All pieces counted, per period (without double counting a piece credited to several people). */
  overall: StatsRow[]
}

export const NO_UNIT = 'none'
const NO_UNIT_NAME = '（未填所属单位）'

/** Units in hierarchy order (each followed by those under it), with their depth. */
export function unitTree(units: Unit[]): { unit: Unit; depth: number }[] {
  const byParent = new Map<string | null, Unit[]>()
  const ids = new Set(units.map((u) => u.id))
  for (const u of units) {
    const parent = u.parent && ids.has(u.parent) ? u.parent : null
    byParent.set(parent, [...(byParent.get(parent) ?? []), u])
  }
  const out: { unit: Unit; depth: number }[] = []
  const seen = new Set<string>()
  const visit = (parent: string | null, depth: number) => {
    for (const u of (byParent.get(parent) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))) {
      if (seen.has(u.id)) continue
      seen.add(u.id)
      out.push({ unit: u, depth })
      visit(u.id, depth + 1)
    }
  }
  visit(null, 0)
  // Units caught in a loop of parents (not reachable from the top) still get a line.
  for (const u of units) if (!seen.has(u.id)) out.push({ unit: u, depth: 0 })
  return out
}

/** A unit and every unit under it. */
export function withSubunits(units: Unit[], id: string): Set<string> {
  const out = new Set([id])
  let grew = true
  while (grew) {
    grew = false
    for (const u of units) {
      if (u.parent && out.has(u.parent) && !out.has(u.id)) {
        out.add(u.id)
        grew = true
      }
    }
  }
  return out
}

export function countStats(pieces: Piece[], directory: Directory, options: StatsOptions): StatsTable {
  const periods = periodsBetween(options.from, options.to, options.period)
  const unitName = new Map(directory.units.map((u) => [u.id, u.name]))
  const scope = options.unit ? withSubunits(directory.units, options.unit) : null
  const inScope = scope ? pieces.filter((p) => p.organization !== null && scope.has(p.organization)) : pieces

  /** The period each metric counts a piece in, or null when outside the range. */
  const periodsOf = (piece: Piece): (string | null)[] =>
    METRICS.map((metric) => {
      const when = metric.when(piece)
      const month = when ? monthOf(when, options.timeZone) : null
      return month && month >= options.from && month <= options.to ? periodOfMonth(month, options.period) : null
    })

  const groups = new Map<string, Group>()
  const cells = new Map<string, Counts>()
  const bump = (groupKey: string, period: string, metric: string) => {
    const id = `${groupKey}\u0000${period}`
    const counts = cells.get(id) ?? zeroCounts()
    counts[metric] = (counts[metric] ?? 0) + 1
    cells.set(id, counts)
  }
  const overallCells = new Map<string, Counts>()

  // Which groups a piece counts for.
  let groupsOf: (piece: Piece) => string[]
  if (options.by === 'unit') {
    const tree = unitTree(directory.units).filter(({ unit }) => !scope || scope.has(unit.id))
    for (const { unit, depth } of tree) {
      groups.set(unit.id, { key: unit.id, name: unit.name, unit: unit.parent ? (unitName.get(unit.parent) ?? null) : null, role: null, depth })
    }
    // Each unit with the units above it, for rows that include their sub-units.
    const ancestors = new Map<string, string[]>()
    const unitById = new Map(directory.units.map((u) => [u.id, u]))
    for (const u of directory.units) {
      const chain: string[] = []
      let at: string | null = u.id
      const seen = new Set<string>()
      while (at && !seen.has(at)) {
        seen.add(at)
        chain.push(at)
        at = unitById.get(at)?.parent ?? null
      }
      ancestors.set(u.id, chain)
    }
    groupsOf = (piece) => {
      if (piece.organization === null || !groups.has(piece.organization)) {
        if (!groups.has(NO_UNIT)) groups.set(NO_UNIT, { key: NO_UNIT, name: NO_UNIT_NAME, unit: null, role: null, depth: 0 })
        return [NO_UNIT]
      }
      return options.subunits ? (ancestors.get(piece.organization) ?? [piece.organization]).filter((id) => groups.has(id)) : [piece.organization]
    }
  } else {
    const people = indexPeople(directory)
    // Active correspondents of the roster are listed even without a piece: the office sees who has not written.
    for (const entry of directory.roster) {
      if (!entry.active) continue
      if (scope && !(entry.organization && scope.has(entry.organization))) continue
      const key = `correspondent:${entry.id}`
      groups.set(key, { key, name: entry.name, unit: entry.organization ? (unitName.get(entry.organization) ?? null) : null, role: '通讯员', depth: 0 })
    }
    groupsOf = (piece) =>
      creditsOf(piece, people).map((credit) => {
        const known = groups.get(credit.key)
        if (!known) groups.set(credit.key, { key: credit.key, name: credit.name, unit: credit.unit ? (unitName.get(credit.unit) ?? null) : null, role: credit.role, depth: 0 })
        else if (known.role !== '通讯员' || !credit.key.startsWith('correspondent:')) {
          for (const r of credit.role.split('、')) if (!(known.role ?? '').split('、').includes(r)) known.role = known.role ? `${known.role}、${r}` : r
        }
        return credit.key
      })
  }

  for (const piece of inScope) {
    const at = periodsOf(piece)
    if (at.every((p) => p === null)) continue
    const keys = groupsOf(piece)
    METRICS.forEach((metric, i) => {
      const period = at[i]
      if (!period) return
      for (const key of keys) bump(key, period, metric.key)
      const overall = overallCells.get(period) ?? zeroCounts()
      overall[metric.key] = (overall[metric.key] ?? 0) + 1
      overallCells.set(period, overall)
    })
  }

  let ordered = [...groups.values()]
  if (options.by === 'person') ordered.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.key.localeCompare(b.key))
  if (options.person) ordered = ordered.filter((g) => g.key === options.person)

  const rows: StatsRow[] = []
  const totals: StatsRow[] = []
  for (const group of ordered) {
    const total = zeroCounts()
    for (const period of periods) {
      const counts = cells.get(`${group.key}\u0000${period}`) ?? zeroCounts()
      rows.push({ group, period, counts })
      for (const m of METRICS) total[m.key]! += counts[m.key] ?? 0
    }
    totals.push({ group, period: '合计', counts: total })
  }
  const everyone: Group = { key: 'all', name: '全部稿件', unit: null, role: null, depth: 0 }
  // A person reading their own counts sees their own lines only, not the office's totals.
  const overall = options.person
    ? periods.map((period) => ({ group: everyone, period, counts: rows.find((r) => r.period === period)?.counts ?? zeroCounts() }))
    : periods.map((period) => ({ group: everyone, period, counts: overallCells.get(period) ?? zeroCounts() }))
  return { options, periods, metrics: METRICS.map(({ key, label, help }) => ({ key, label, help })), rows, totals, overall }
}
