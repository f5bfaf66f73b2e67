/** The admin navigation's link to 稿件统计 (below the collections), for everyone with a role. */
import type { ServerProps } from 'payload'

import { isStaffUser } from '../../access/roles'

export function StatsNavLink({ payload, user }: ServerProps) {
  if (!isStaffUser(user)) return null
  return (
    <a href={`${payload.config.routes.admin}/stats`} className="nav__link" style={{ display: 'block', padding: '4px 0', marginTop: 'var(--base)' }}>
      稿件统计
    </a>
  )
}
