/**
 * 合并 (issue 17): one record per person. The federation's 终审 or administrator merges a duplicate
 * profile into the one kept: every story and photo linking the duplicate links the kept profile
 * instead, the honours are united on the kept profile, and the duplicate is deleted — all in one
 * transaction, and logged in the kept profile's review log (and in each changed story's). Who may:
 * src/access/shared.ts `checkMerge`. Every save goes through the caller's access and the review
 * chain; the chain is told (ReviewNote.fields) that the fields the merge writes are its act, not an
 * edit, so a signed-off or live story keeps its stage and stays live.
 */
import { APIError, type PayloadRequest } from 'payload'

import { MEDIA, MODEL_WORKERS } from '../../collections/slugs'
import type { ModelWorker } from '../../payload-types'
import { checkMerge } from '../access/shared'
import { idOf, idsOf, type Id } from '../lib/relations'
import { inTransaction, withContext } from '../lib/transaction'
import type { ReviewNote } from '../workflow/enforceReviewChain'
import { describeProfile } from './duplicates'
import { profileLinkFields, relinkRichText, richTextFields } from './links'

export class MergeRefused extends APIError {
  constructor(message: string, status = 400) {
    super(message, status, null, true)
    this.name = 'MergeRefused'
  }
}

export type MergeResult = {
  kept: Id
  removed: Id
  /** Stories and photos whose links now point at the kept profile. */
  relinked: { collection: string; id: Id }[]
  /** Stories live with a newer draft: the draft links the kept profile; the live version does at its next publish. */
  pendingLive: { collection: string; id: Id }[]
  honorsAdded: number
  message: string
}

type Linking = { id: Id; _status?: string | null } & Record<string, unknown>
type Honor = NonNullable<ModelWorker['honors']>[number]

const honorKey = (h: Honor) => `${String(idOf(h.honor))}:${h.year ?? ''}`

async function isLive(req: PayloadRequest, collection: string, id: Id): Promise<boolean> {
  const { totalDocs } = await req.payload.count({ collection: collection as 'articles', where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] }, req, overrideAccess: false })
  return totalDocs > 0
}

/** The field's value with `from` replaced by `to` (once: a list already holding `to` keeps one). */
function relink(value: unknown, from: Id, to: Id, hasMany: boolean): unknown {
  if (!hasMany) return String(idOf(value)) === String(from) ? to : idOf(value)
  const out: Id[] = []
  for (const id of idsOf(value)) {
    const next = id === String(from) ? to : id
    if (!out.some((o) => String(o) === String(next))) out.push(typeof to === 'number' && /^\d+$/.test(String(next)) ? Number(next) : next)
  }
  return out
}

/**
 * Merge profile `duplicateId` into `keptId`, as `req.user`. Throws MergeRefused (or the access and
 * review-chain refusals of the saves it makes) with a message for the user; nothing is changed then.
 */
export async function mergeProfiles(req: PayloadRequest, duplicateId: Id, keptId: Id, comment?: string | null): Promise<MergeResult> {
  const decision = await checkMerge(req)
  if (!decision.ok) throw new MergeRefused(decision.message, decision.status)
  if (String(duplicateId) === String(keptId)) throw new MergeRefused('不能把档案合并到它自己：请选择要保留的另一份档案。')

  const read = (id: Id) => req.payload.findByID({ collection: MODEL_WORKERS, id, draft: true, depth: 0, req, overrideAccess: false, disableErrors: true }) as Promise<ModelWorker | null>
  const [duplicate, kept] = await Promise.all([read(duplicateId), read(keptId)])
  if (!duplicate) throw new MergeRefused(`找不到要合并的档案（编号 ${String(duplicateId)}），它可能已被合并或删除。`, 404)
  if (!kept) throw new MergeRefused(`找不到要保留的档案（编号 ${String(keptId)}）：请确认编号，或先让它保存下来。`, 404)
  const duplicateName = await describeProfile(req, duplicate)
  const keptName = await describeProfile(req, kept)

  return inTransaction(req, async () => {
    const relinked: MergeResult['relinked'] = []
    const pendingLive: MergeResult['pendingLive'] = []
    const action = `合并劳模档案：${duplicateName} → ${keptName}`
    // What to change in each story or photo that links the duplicate, field by field.
    const changes = new Map<string, { collection: string; doc: Linking; data: Record<string, unknown> }>()
    const change = (collection: string, doc: Linking, field: string, value: unknown) => {
      const key = `${collection}:${String(doc.id)}`
      const entry = changes.get(key) ?? { collection, doc, data: {} }
      entry.data[field] = value
      changes.set(key, entry)
    }
    const skip = (collection: string, doc: Linking) => collection === MODEL_WORKERS && [String(duplicate.id), String(kept.id)].includes(String(doc.id))
    for (const link of profileLinkFields(req.payload.config)) {
      const where = { [link.field]: link.hasMany ? { in: [duplicate.id] } : { equals: duplicate.id } }
      const { docs } = await req.payload.find({ collection: link.collection as 'articles', where, draft: link.collection !== MEDIA, depth: 0, pagination: false, req, overrideAccess: false })
      for (const doc of docs as unknown as Linking[]) if (!skip(link.collection, doc)) change(link.collection, doc, link.field, relink(doc[link.field], duplicate.id, kept.id, link.hasMany))
    }
    // Rich text (劳模卡片, internal links) cannot be queried on every database: read it page by page.
    for (const text of richTextFields(req.payload.config)) {
      for (let page = 1; ; page++) {
        const found = await req.payload.find({ collection: text.collection as 'articles', draft: true, depth: 0, limit: 100, page, select: { [text.field]: true, _status: true } as never, req, overrideAccess: false })
        for (const doc of found.docs as unknown as Linking[]) {
          const value = relinkRichText(doc[text.field], duplicate.id, kept.id)
          if (value !== null && !skip(text.collection, doc)) change(text.collection, doc, text.field, value)
        }
        if (!found.hasNextPage) break
      }
    }

    for (const { collection, doc, data } of changes.values()) {
      if (collection === MEDIA) {
        await req.payload.update({ collection: MEDIA, id: doc.id, data, req, overrideAccess: false, depth: 0 })
      } else {
        const live = await isLive(req, collection, doc.id)
        const latestIsLive = live && doc._status === 'published'
        if (live && !latestIsLive) pendingLive.push({ collection, id: doc.id })
        const note: ReviewNote = { step: 'merge', action: '劳模档案合并，关联改为保留的档案', comment: `${Object.keys(data).join('、')}：${duplicateName} → ${keptName}`, fields: Object.keys(data) }
        await withContext(req, { reviewNote: note }, () =>
          req.payload.update({
            collection: collection as 'articles',
            id: doc.id,
            data: { ...data, ...(latestIsLive ? { _status: 'published' } : {}) } as never,
            draft: !latestIsLive,
            req,
            overrideAccess: false,
            depth: 0,
          }),
        )
      }
      relinked.push({ collection, id: doc.id })
    }

    // The kept profile: the duplicate's honours it does not hold yet, its related stories, and the
    // mark cleared when it pointed at the duplicate. Saved live when it is live (a merge is not an edit).
    const honors = [...(kept.honors ?? [])].map(({ id: _row, ...h }) => h as Honor)
    let honorsAdded = 0
    for (const { id: _row, ...honor } of duplicate.honors ?? []) {
      if (honors.some((h) => honorKey(h) === honorKey(honor as Honor))) continue
      honors.push({ ...honor, honor: idOf(honor.honor) } as Honor)
      honorsAdded++
    }
    const relatedArticles = [...new Set([...idsOf(kept.relatedArticles), ...idsOf(duplicate.relatedArticles)])].map((id) => (/^\d+$/.test(id) ? Number(id) : id))
    const keptLive = (await isLive(req, MODEL_WORKERS, kept.id)) && kept._status === 'published'
    const summary = `${action}。改为关联保留档案的稿件和图片 ${relinked.length} 篇（张），并入荣誉 ${honorsAdded} 项；重复档案已删除${comment?.trim() ? `。说明：${comment.trim()}` : ''}`
    const note: ReviewNote = { step: 'merge', action: '合并重复档案', comment: summary, fields: ['honors', 'relatedArticles', 'possibleDuplicateOf'] }
    await withContext(req, { reviewNote: note }, () =>
      req.payload.update({
        collection: MODEL_WORKERS,
        id: kept.id,
        data: {
          honors,
          relatedArticles: relatedArticles as ModelWorker['relatedArticles'],
          ...(String(idOf(kept.possibleDuplicateOf)) === String(duplicate.id) ? { possibleDuplicateOf: null } : {}),
          ...(keptLive ? { _status: 'published' as const } : {}),
        },
        draft: !keptLive,
        req,
        overrideAccess: false,
        depth: 0,
      }),
    )

    await req.payload.delete({ collection: MODEL_WORKERS, id: duplicate.id, req, overrideAccess: false })
    return { kept: kept.id, removed: duplicate.id, relinked, pendingLive, honorsAdded, message: `已把${duplicateName}合并到${keptName}：${relinked.length} 篇稿件和图片改为关联保留的档案，并入荣誉 ${honorsAdded} 项，重复档案已删除，记入保留档案的审签记录。` }
  })
}
