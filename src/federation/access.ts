/**
 * Who sees and writes submission records (报送与来稿). A record concerns two units: the one that
 * sent the piece (fromUnit) and the one above it that received it (toUnit). Staff who reach either
 * see it — the upper unit's editors as their 来稿 queue, the lower unit as the progress of what it
 * sent — and nobody else (src/access/units.ts reachWhere). Records are written only by the actions
 * in service.ts, which set FEDERATION_ACTION on the request's context; no request can.
 */
import type { Access, Where } from 'payload'

import { isStaffUser } from '../access/roles'
import { reachWhere } from '../access/units'

/** Set on `req.context` by the submit/adopt/decline actions: the only saves of a submission record. */
export const FEDERATION_ACTION = 'federationAction'

export const readSubmissions: Access = async ({ req }) => {
  if (!isStaffUser(req.user)) return false
  const to = await reachWhere(req, 'toUnit', false)
  const from = await reachWhere(req, 'fromUnit', false)
  if (to === true || from === true) return true
  return { or: [to, from] } satisfies Where
}

export const writeSubmissions: Access = ({ req }) => req.context[FEDERATION_ACTION] === true && isStaffUser(req.user)

export const noOne: Access = () => false
