/**
 * Dashboard panel of 报送与来稿: the submissions waiting for the user's unit (来稿待处理, for its
 * 责编, 终审 and administrators) and those the unit sent that wait above — with links to the
 * filtered list. Shown only to users in a unit that has a unit above or below it: a single office
 * sees no change.
 */
import type { Payload, TypedUser, Where } from 'payload'

import { ORGANIZATIONS, SUBMISSIONS } from '../../../collections/slugs'
import { idOf } from '../../lib/relations'

export async function IncomingQueue({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  const unit = idOf((user as { organization?: unknown } | null | undefined)?.organization)
  if (!user || unit === null) return null
  const roles: string[] = (user as { roles?: string[] }).roles ?? []
  const own = (await payload.findByID({ collection: ORGANIZATIONS, id: unit, depth: 0, user, overrideAccess: false, disableErrors: true })) as { parent?: unknown } | null
  const below = (await payload.count({ collection: ORGANIZATIONS, where: { parent: { equals: unit } }, user, overrideAccess: false })).totalDocs
  const hasAbove = idOf(own?.parent) !== null
  if (!hasAbove && below === 0) return null

  const decides = roles.some((r) => r === 'editor' || r === 'chief-editor' || r === 'admin')
  const list = `${payload.config.routes.admin}/collections/${SUBMISSIONS}`
  const pending = async (field: 'toUnit' | 'fromUnit') => {
    const where: Where = { and: [{ status: { equals: 'pending' } }, { [field]: { equals: unit } }] }
    const { totalDocs } = await payload.count({ collection: SUBMISSIONS, where, user, overrideAccess: false })
    return { totalDocs, href: `${list}?where[and][0][status][equals]=pending&where[and][1][${field}][equals]=${String(unit)}` }
  }
  const rows = [
    ...(decides && below > 0 ? [{ title: '来稿待处理', hint: '下级单位报送给本单位的稿件：采用、改编采用或退稿', ...(await pending('toUnit')) }] : []),
    ...(hasAbove ? [{ title: '本单位报送、待上级处理', hint: '处理结果（采用、退稿意见）也记入原稿的审签记录', ...(await pending('fromUnit')) }] : []),
  ]
  if (rows.length === 0) return null
  return (
    <section className="incoming-queue" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 style={{ marginBottom: 12 }}>报送与来稿</h2>
      <div style={{ display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))' }}>
        {rows.map((row) => (
          <a key={row.title} href={row.href} style={{ display: 'flex', flexDirection: 'column', gap: 4, padding: 16, border: '1px solid var(--theme-elevation-150)', borderRadius: 4, textDecoration: 'none' }}>
            <strong>
              {row.title}：{row.totalDocs} 篇
            </strong>
            <span style={{ fontSize: 12, opacity: 0.7 }}>{row.hint}</span>
          </a>
        ))}
      </div>
    </section>
  )
}
