/**
 * Dashboard panel: what waits for the logged-in user — 责编 sees documents submitted for first
 * review, 终审 those passed on for final review, reporters their returned pieces — with counts
 * and links to the filtered lists. A unit's reviewers see only the kinds their unit reviews (a
 * county's proposed model-worker profiles wait for the federation, src/access/shared.ts).
 */
import { createLocalReq, type CollectionSlug, type Payload, type TypedUser, type Where } from 'payload'

import { PUBLISHABLE } from '../../../collections/slugs'
import { reviewsKind } from '../../access/shared'
import { KINDS } from '../../kinds'
import { STAGE_LABELS, type Stage } from '../stages'


/** `own`: only the user's pieces; `others`: not the user's (nobody reviews their own piece). */
type Queue = { stage: Stage; title: string; own?: boolean; others?: boolean }

function queuesFor(roles: string[]): Queue[] {
  const queues: Queue[] = []
  if (roles.includes('editor') || roles.includes('chief-editor') || roles.includes('admin')) queues.push({ stage: 'submitted', title: '待初审', others: true })
  if (roles.includes('chief-editor') || roles.includes('admin')) queues.push({ stage: 'edited', title: '待终审', others: true })
  if (roles.includes('chief-editor') || roles.includes('admin')) queues.push({ stage: 'approved', title: '终审通过、待发布或已发布' })
  queues.push({ stage: 'returned', title: '被退回、待修改的我的稿件', own: true })
  return queues
}

export async function ReviewQueue({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (!user) return null
  const roles: string[] = (user as { roles?: string[] }).roles ?? []
  const adminRoute = payload.config.routes.admin
  const req = await createLocalReq({ user }, payload)
  const reviewed = new Set<string>()
  for (const slug of PUBLISHABLE) if (await reviewsKind(req, slug)) reviewed.add(slug)
  const rows = await Promise.all(
    queuesFor(roles).map(async (queue) => ({
      queue,
      counts: await Promise.all(
        PUBLISHABLE.filter((slug) => queue.own || reviewed.has(slug)).map(async (slug) => {
          const author: Where[] = queue.own
            ? [{ createdBy: { equals: user.id } }]
            : queue.others
              ? [{ or: [{ createdBy: { not_equals: user.id } }, { createdBy: { exists: false } }] }]
              : []
          const where: Where = { and: [{ reviewStage: { equals: queue.stage } }, ...author] }
          // The newest version of each piece (draft: true): a piece submitted, returned or signed
          // off is a draft save, which leaves the document's published row as it was.
          const { totalDocs } = await payload.find({ collection: slug as CollectionSlug, where, draft: true, limit: 1, depth: 0, select: {}, user, overrideAccess: false })
          const authorQuery = queue.own
            ? `&where[and][1][createdBy][equals]=${user.id}`
            : queue.others
              ? `&where[and][1][or][0][createdBy][not_equals]=${user.id}&where[and][1][or][1][createdBy][exists]=false`
              : ''
          const query = `where[and][0][reviewStage][equals]=${queue.stage}${authorQuery}`
          return { slug, totalDocs, href: `${adminRoute}/collections/${slug}?${query}` }
        }),
      ),
    })),
  )
  return (
    <section className="review-queue" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 style={{ marginBottom: 12 }}>审核待办</h2>
      <div style={{ display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))' }}>
        {rows.map(({ queue, counts }) => {
          const total = counts.reduce((n, c) => n + c.totalDocs, 0)
          return (
            <div key={`${queue.stage}${queue.own ? ':own' : ''}`} style={{ display: 'flex', flexDirection: 'column', gap: 4, padding: 16, border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}>
              <strong>
                {queue.title}：{total}
              </strong>
              <div style={{ opacity: 0.7, fontSize: 12 }}>阶段：{STAGE_LABELS[queue.stage].zh}</div>
              <ul style={{ margin: '8px 0 0', paddingLeft: 18 }}>
                {counts
                  .filter((c) => c.totalDocs > 0)
                  .map((c) => (
                    <li key={c.slug}>
                      <a href={c.href}>
                        {KINDS[c.slug].name} {c.totalDocs} 篇
                      </a>
                    </li>
                  ))}
              </ul>
            </div>
          )
        })}
      </div>
    </section>
  )
}
