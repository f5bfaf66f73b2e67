/**
 * The actions of 报送 and 采用 (flow: README.md beside this file). Each reads the facts as the
 * user (overrideAccess: false), asks rules.ts, and only then writes: first the review log of the
 * piece (a server-recorded note, src/workflow/enforceReviewChain.ts `reviewNote`), then the
 * submission record. Every write is the user's own, through the collections' access and hooks, and
 * an action's writes are one transaction on the request: the log never says 采用 while the record
 * still waits. Two people acting on one piece at once take turns (see `decideSubmission`).
 */
import type { PayloadRequest, TypedUser } from 'payload'

import { ORGANIZATIONS, SUBMISSIONS } from '../../collections/slugs'
import type { Submission } from '../../payload-types'
import { isStaffUser } from '../access/roles'
import { reachOf, reaches } from '../access/units'
import { isPublishable, type PublishableSlug } from '../kinds'
import { idOf, idsOf, type Id } from '../lib/relations'
import { inTransaction, withContext } from '../lib/transaction'
import type { SiteDoc } from '../site/context'
import type { ReviewNote } from '../workflow/enforceReviewChain'
import { FEDERATION_ACTION } from './access'
import { adaptedCopy } from './copy'
import { BLOCKING, checkDecide, checkSubmit, FEDERATION_ACTIONS, type SubmissionStatus } from './rules'

/** A refusal with the user's words and the HTTP status that says whose problem it is. */
export class FederationRefusal extends Error {
  override name = 'FederationRefusal'
  constructor(
    message: string,
    readonly status = 403,
  ) {
    super(message)
  }
}

export type Piece = SiteDoc & { adoptedBy?: unknown; adaptedFrom?: unknown }
export type Ref = { relationTo: PublishableSlug; value: Id }

export const documentKey = (collection: string, id: unknown) => `${collection}:${String(id)}`

const asUser = (req: PayloadRequest) => {
  if (!isStaffUser(req.user)) throw new FederationRefusal('请先登录后再操作。', 401)
  return req.user as TypedUser
}

const who = (user: TypedUser) => ({ roles: (user.roles ?? []) as string[], isAuthor: false })

const titleOf = (doc: Piece) => String((doc as { title?: unknown }).title ?? (doc as { name?: unknown }).name ?? '')

// Every read and write below is the user's (req.user, overrideAccess: false) and passes `req`, so it
// belongs to the action's transaction.

async function unit(req: PayloadRequest, id: unknown): Promise<{ id: Id; name: string; parent: Id | null } | null> {
  const ref = idOf(id)
  if (ref === null) return null
  const org = (await req.payload.findByID({ collection: ORGANIZATIONS, id: ref, depth: 0, req, overrideAccess: false, disableErrors: true })) as { id: Id; name?: string; parent?: unknown } | null
  return org ? { id: org.id, name: org.name ?? String(org.id), parent: idOf(org.parent) } : null
}

/** The piece's published version (null: not found or not published) and its newest version. */
async function readPiece(req: PayloadRequest, collection: PublishableSlug, id: Id) {
  const latest = (await req.payload.findByID({ collection, id, draft: true, depth: 0, req, overrideAccess: false, disableErrors: true })) as Piece | null
  if (!latest) return null
  const published = (await req.payload.find({ collection, where: { and: [{ id: { equals: latest.id } }, { _status: { equals: 'published' } }] }, depth: 0, limit: 1, req, overrideAccess: false })).docs[0] as Piece | undefined
  return { latest, published: published ?? null }
}

/**
 * A line in the piece's review log, written beside a save that changes nothing else the chain
 * judges (and `adoptedBy` when `adoptedBy` is given). Saved on the newest version, so a pending
 * correction stays the newest and a live piece stays live; when that newest version is a draft, the
 * live record gets `adoptedBy` too (the upper site shows the live version).
 */
async function notePiece(req: PayloadRequest, collection: PublishableSlug, latest: Piece, note: ReviewNote, adoptedBy?: Id[]) {
  const draft = latest._status !== 'published'
  // adoptAction: the one save that may write adoptedBy (src/fields/common.ts); only an adoption
  // changes what a site shows, so only it queues a site publish.
  await withContext(req, { reviewNote: note, adoptAction: Boolean(adoptedBy), skipPublish: !adoptedBy }, () =>
    req.payload.update({ collection, id: latest.id, data: (adoptedBy ? { adoptedBy } : {}) as never, draft, depth: 0, req, overrideAccess: false }),
  )
  if (adoptedBy && draft) {
    // A correction is pending: its draft now carries adoptedBy (and keeps it when published); the
    // live record, which the sites show until then, gets it at the database level — Payload's
    // update would publish the pending draft with it.
    await req.payload.db.updateOne({ collection, id: latest.id, data: { adoptedBy }, req, returning: false })
  }
}

async function standingSubmission(req: PayloadRequest, collection: string, id: Id, toUnit: Id): Promise<SubmissionStatus | null> {
  const { docs } = await req.payload.find({
    collection: SUBMISSIONS,
    where: { and: [{ documentKey: { equals: documentKey(collection, id) } }, { toUnit: { equals: toUnit } }, { status: { in: [...BLOCKING] } }] },
    depth: 0,
    limit: 1,
    req,
    overrideAccess: false,
  })
  return (docs[0] as Submission | undefined)?.status ?? null
}

/** A submission record's one write (its creation or its decision), the only kind a request can make. */
const recordWrite = <T>(req: PayloadRequest, write: () => Promise<T>) => withContext(req, { [FEDERATION_ACTION]: true }, write)

export type SubmitInput = { collection: string; id: Id; message?: string | null }

/** 报送: a unit's 终审 sends a published piece of the unit to the unit directly above. */
export async function submitPiece(req: PayloadRequest, input: SubmitInput): Promise<Submission> {
  const user = asUser(req)
  if (!isPublishable(String(input.collection)) || input.id === undefined || input.id === null || input.id === '') {
    throw new FederationRefusal('请指明要报送的稿件（稿件类型和编号）。', 400)
  }
  const collection = input.collection as PublishableSlug
  return inTransaction(req, async () => {
    const piece = await readPiece(req, collection, input.id)
    if (!piece) throw new FederationRefusal('找不到该稿件，或您无权查看。', 404)
    const reach = await reachOf(req)
    const own = await unit(req, piece.latest.organization)
    const parent = own?.parent != null ? await unit(req, own.parent) : null
    const adoptedAlready = parent !== null && idsOf(piece.published?.adoptedBy).includes(String(parent.id))
    const check = async () => {
      const standing = parent ? (adoptedAlready ? 'adopted' : await standingSubmission(req, collection, piece.latest.id, parent.id)) : null
      const decision = checkSubmit({
        who: who(user),
        unitName: own?.name ?? null,
        reachesUnit: own !== null && reaches(reach, own.id),
        fromAbove: !reach.all && parent !== null && reaches(reach, parent.id),
        live: piece.published !== null,
        parent,
        standing,
      })
      if (!decision.ok) throw new FederationRefusal(decision.message, decision.status)
    }
    await check()

    const message = input.message?.trim() || null
    await notePiece(req, collection, piece.latest, { step: 'submit', action: FEDERATION_ACTIONS.submit, comment: `报送「${parent!.name}」${message ? `：${message}` : ''}` })
    // The log line was the action's first write: it holds the piece, so the same piece sent twice
    // at once (a double click) waits there until the first is saved, and is refused here.
    await check()
    return (await recordWrite(req, () =>
      req.payload.create({
        collection: SUBMISSIONS,
        data: {
          title: titleOf(piece.published!),
          document: { relationTo: collection, value: piece.latest.id } as never,
          documentKey: documentKey(collection, piece.latest.id),
          fromUnit: own!.id as never,
          toUnit: parent!.id as never,
          submittedBy: user.id as never,
          submittedAt: new Date().toISOString(),
          status: 'pending',
          message,
        },
        depth: 0,
        req,
        overrideAccess: false,
      }),
    )) as Submission
  })
}

export type Decision = 'adopt' | 'adopt-edited' | 'decline'

const readSubmission = (req: PayloadRequest, id: Id) => req.payload.findByID({ collection: SUBMISSIONS, id, depth: 0, req, overrideAccess: false, disableErrors: true }) as Promise<Submission | null>

/** 采用 · 改编采用 · 退稿: the receiving unit's 责编/终审 decides on a pending submission. */
export async function decideSubmission(req: PayloadRequest, id: Id, step: Decision, input: { comment?: string | null } = {}): Promise<Submission> {
  const user = asUser(req)
  const { payload } = req
  if (!(await readSubmission(req, id))) throw new FederationRefusal('找不到这条报送记录，或您无权查看。', 404)
  return inTransaction(req, async () => {
    // The record's row is the first write: a second decision on it at the same moment (another
    // editor, a double click) waits here until this one is saved, then reads it decided (409).
    await payload.db.updateOne({ collection: SUBMISSIONS, id, data: { updatedAt: new Date().toISOString() }, req, returning: false })
    const submission = (await readSubmission(req, id))!
    // A piece deleted since leaves the record without its document: it can only be declined.
    const ref = (submission.document ?? null) as unknown as Ref | null
    const piece = ref ? await readPiece(req, ref.relationTo, ref.value) : null
    const reach = await reachOf(req)
    const toUnit = await unit(req, submission.toUnit)
    const fromUnit = await unit(req, submission.fromUnit)
    const comment = input.comment?.trim() || null
    const decision = checkDecide(step, {
      who: who(user),
      reachesTarget: reaches(reach, submission.toUnit),
      toUnitName: toUnit?.name ?? String(idOf(submission.toUnit)),
      status: submission.status,
      live: Boolean(piece?.published),
      comment,
    })
    if (!decision.ok) throw new FederationRefusal(decision.message, decision.status)

    const by = `「${toUnit!.name}」`
    const withComment = (text: string) => (comment ? `${text}：${comment}` : text)
    let copy: Ref | null = null
    if (!piece || !ref) {
      // Only a decline gets here (checkDecide refuses adopting a piece that is not live): no log to write.
    } else if (step === 'adopt') {
      const adoptedBy = [...new Set([...idsOf(piece.latest.adoptedBy), String(toUnit!.id)])].map((u) => (typeof toUnit!.id === 'number' ? Number(u) : u))
      await notePiece(req, ref.relationTo, piece.latest, { step: 'adopt', action: FEDERATION_ACTIONS.adopt, comment: withComment(`${by}采用，在其网站同步刊发`) }, adoptedBy)
    } else if (step === 'adopt-edited') {
      copy = await adaptedCopy(req, ref, piece.published!, toUnit!.id, `改编自「${fromUnit?.name ?? '下级单位'}」报送的《${submission.title ?? ''}》（原稿编号 ${String(ref.value)}，据其已发布的版本），原稿不变`)
      await notePiece(req, ref.relationTo, piece.latest, { step: 'adopt', action: FEDERATION_ACTIONS.adoptEdited, comment: withComment(`${by}改编采用，改编稿编号 ${String(copy.value)}，须经其三审后发布`) })
    } else {
      await notePiece(req, ref.relationTo, piece.latest, { step: 'decline', action: FEDERATION_ACTIONS.decline, comment: `${by}退稿：${comment}` })
    }
    return (await recordWrite(req, () =>
      payload.update({
        collection: SUBMISSIONS,
        id: submission.id,
        data: {
          status: step === 'adopt' ? 'adopted' : step === 'adopt-edited' ? 'adopted-edited' : 'declined',
          decidedBy: user.id as never,
          decidedAt: new Date().toISOString(),
          comment,
          ...(copy ? { copy: copy as never } : {}),
        },
        depth: 0,
        req,
        overrideAccess: false,
      }),
    )) as Submission
  })
}
