/** Who may read which statistics, and the one call the endpoint, the admin page and the command line make. */
import type { Payload, TypedUser } from 'payload'

import { hasRole, isStaffUser } from '../access/roles'
import { siteTimeZone } from '../settings'
import { countStats, type StatsTable } from './count'
import { loadDirectory, loadPieces } from './load'
import type { StatsQuery } from './query'

/**
 * Editors, chief editors and administrators read the office's statistics. A reporter (记者/通讯员)
 * reads their own counts only — by person, their own line: what they wrote is theirs to see, what
 * colleagues wrote is the office's business. Anyone else reads nothing.
 */
export type StatsScope = { kind: 'office' } | { kind: 'own'; person: string } | { kind: 'none' }

export function statsScope(user: TypedUser | null | undefined): StatsScope {
  if (hasRole(user, 'admin', 'chief-editor', 'editor')) return { kind: 'office' }
  if (user && isStaffUser(user)) return { kind: 'own', person: `user:${String(user.id)}` }
  return { kind: 'none' }
}

/**
 * Count for `as` (null: the system, for the command line). Reads with the user's access; the
 * scope decides what they are shown.
 */
export async function computeStats(payload: Payload, as: TypedUser | null, query: StatsQuery): Promise<StatsTable> {
  const scope: StatsScope = as ? statsScope(as) : { kind: 'office' }
  if (scope.kind === 'none') throw new Error('statistics read without access')
  const reader = { payload, as }
  const [pieces, directory] = [await loadPieces(reader, query.to), await loadDirectory(reader)]
  return countStats(pieces, directory, {
    from: query.from,
    to: query.to,
    by: scope.kind === 'own' ? 'person' : query.by,
    period: query.period,
    unit: query.unit,
    subunits: query.subunits,
    person: scope.kind === 'own' ? scope.person : null,
    timeZone: siteTimeZone(),
  })
}
