/** The one call the endpoint, the admin page and the command line make; who may read what is src/access's statsScope. */
import { createLocalReq, type Payload, type TypedUser } from 'payload'

import { statsScope, type StatsScope } from '../access'
import { reachOf, reaches } from '../access/units'
import { siteTimeZone } from '../settings'
import { countStats, type StatsTable } from './count'
import { loadDirectory, loadPieces } from './load'
import type { StatsQuery } from './query'

/**
 * Count for `as` (null: the system, for the command line). Reads with the user's access; the
 * scope decides what they are shown.
 */
export async function computeStats(payload: Payload, as: TypedUser | null, query: StatsQuery): Promise<StatsTable> {
  const scope: StatsScope = as ? statsScope(as) : { kind: 'office' }
  if (scope.kind === 'none') throw new Error('statistics read without access')
  const reader = { payload, as }
  let [pieces, directory] = [await loadPieces(reader, query.to), await loadDirectory(reader)]
  // An office's statistics are those of the units it reaches (src/access/units.ts): a county's
  // editors count the county and the units below it, not the published pieces of every unit.
  if (as) {
    const reach = await reachOf(await createLocalReq({ user: as }, payload))
    if (!reach.all) {
      const inReach = (unit: string | null) => reaches(reach, unit)
      pieces = pieces.filter((p) => inReach(p.organization))
      directory = {
        units: directory.units.filter((u) => inReach(u.id)),
        accounts: directory.accounts.filter((a) => inReach(a.organization)),
        roster: directory.roster.filter((r) => inReach(r.organization)),
      }
    }
  }
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
