/**
 * The actions of 报送 and 采用 (flow: README.md beside this file). Each reads the facts as the
 * user (overrideAccess: false), asks rules.ts, and only then writes: first the review log of the
 * piece (a server-recorded note, src/workflow/enforceReviewChain.ts `reviewNote`), then the
 * submission record. Every write is the user's own, through the collections' access and hooks.
 */
import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { ORGANIZATIONS, SUBMISSIONS } from '../../collections/slugs'
import type { Submission } from '../../payload-types'
import { isStaffUser } from '../access/roles'
import { reachOf, reaches } from '../access/units'
import { isPublishable, type PublishableSlug } from '../kinds'
import { idOf, idsOf, type Id } from '../lib/relations'
import type { SiteDoc } from '../site/context'
import type { ReviewNote } from '../workflow/enforceReviewChain'
import { FEDERATION_ACTION } from './access'
import { ADAPT_ACTION } from './fields'
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

type Piece = SiteDoc & { adoptedBy?: unknown; adaptedFrom?: unknown }
type Ref = { relationTo: PublishableSlug; value: Id }

export const documentKey = (collection: string, id: unknown) => `${collection}:${String(id)}`

const asUser = (req: PayloadRequest) => {
  if (!isStaffUser(req.user)) throw new FederationRefusal('请先登录后再操作。', 401)
  return req.user as TypedUser
}

const who = (user: TypedUser) => ({ roles: (user.roles ?? []) as string[], isAuthor: false })

const titleOf = (doc: Piece) => String((doc as { title?: unknown }).title ?? (doc as { name?: unknown }).name ?? '')

async function unit(payload: Payload, user: TypedUser, id: unknown): Promise<{ id: Id; name: string; parent: Id | null } | null> {
  const ref = idOf(id)
  if (ref === null) return null
  const org = (await payload.findByID({ collection: ORGANIZATIONS, id: ref, depth: 0, user, overrideAccess: false, disableErrors: true })) as { id: Id; name?: string; parent?: unknown } | null
  return org ? { id: org.id, name: org.name ?? String(org.id), parent: idOf(org.parent) } : null
}

/** The piece's published version (null: not found or not published) and its newest version. */
async function readPiece(payload: Payload, user: TypedUser, collection: PublishableSlug, id: Id) {
  const latest = (await payload.findByID({ collection, id, draft: true, depth: 0, user, overrideAccess: false, disableErrors: true })) as Piece | null
  if (!latest) return null
  const published = (await payload.find({ collection, where: { and: [{ id: { equals: latest.id } }, { _status: { equals: 'published' } }] }, depth: 0, limit: 1, user, overrideAccess: false })).docs[0] as Piece | undefined
  return { latest, published: published ?? null }
}

/**
 * A line in the piece's review log, written beside a save that changes nothing else the chain
 * judges (and `adoptedBy` when `adoptedBy` is given). Saved on the newest version, so a pending
 * correction stays the newest and a live piece stays live; when that newest version is a draft, the
 * live record gets `adoptedBy` too (the upper site shows the live version).
 */
async function notePiece(payload: Payload, user: TypedUser, collection: PublishableSlug, latest: Piece, note: ReviewNote, adoptedBy?: Id[]) {
  const draft = latest._status !== 'published'
  await payload.update({
    collection,
    id: latest.id,
    data: (adoptedBy ? { adoptedBy } : {}) as never,
    draft,
    depth: 0,
    user,
    overrideAccess: false,
    // adoptAction: the one save that may write adoptedBy (src/fields/common.ts); only an adoption
    // changes what a site shows, so only it queues a site publish.
    context: { reviewNote: note, adoptAction: Boolean(adoptedBy), skipPublish: !adoptedBy },
  })
  if (adoptedBy && draft) {
    // A correction is pending: its draft now carries adoptedBy (and keeps it when published); the
    // live record, which the sites show until then, gets it at the database level — Payload's
    // update would publish the pending draft with it.
    await payload.db.updateOne({ collection, id: latest.id, data: { adoptedBy }, returning: false })
  }
}

async function standingSubmission(payload: Payload, user: TypedUser, collection: string, id: Id, toUnit: Id): Promise<SubmissionStatus | null> {
  const { docs } = await payload.find({
    collection: SUBMISSIONS,
    where: { and: [{ documentKey: { equals: documentKey(collection, id) } }, { toUnit: { equals: toUnit } }, { status: { in: [...BLOCKING] } }] },
    depth: 0,
    limit: 1,
    user,
    overrideAccess: false,
  })
  return (docs[0] as Submission | undefined)?.status ?? null
}

export type SubmitInput = { collection: string; id: Id; message?: string | null }

/** 报送: a unit's 终审 sends a published piece of the unit to the unit directly above. */
export async function submitPiece(req: PayloadRequest, input: SubmitInput): Promise<Submission> {
  const user = asUser(req)
  const { payload } = req
  if (!isPublishable(String(input.collection)) || input.id === undefined || input.id === null || input.id === '') {
    throw new FederationRefusal('请指明要报送的稿件（稿件类型和编号）。', 400)
  }
  const collection = input.collection as PublishableSlug
  const piece = await readPiece(payload, user, collection, input.id)
  if (!piece) throw new FederationRefusal('找不到该稿件，或您无权查看。', 404)
  const reach = await reachOf(req)
  const own = await unit(payload, user, piece.latest.organization)
  const parent = own?.parent != null ? await unit(payload, user, own.parent) : null
  const adoptedAlready = parent !== null && idsOf(piece.published?.adoptedBy).includes(String(parent.id))
  const standing = parent ? (adoptedAlready ? 'adopted' : await standingSubmission(payload, user, collection, piece.latest.id, parent.id)) : null
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

  const message = input.message?.trim() || null
  await notePiece(payload, user, collection, piece.latest, { step: 'submit', action: FEDERATION_ACTIONS.submit, comment: `报送「${parent!.name}」${message ? `：${message}` : ''}` })
  return (await payload.create({
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
    user,
    overrideAccess: false,
    context: { [FEDERATION_ACTION]: true },
  })) as Submission
}

export type Decision = 'adopt' | 'adopt-edited' | 'decline'

/** 采用 · 改编采用 · 退稿: the receiving unit's 责编/终审 decides on a pending submission. */
export async function decideSubmission(req: PayloadRequest, id: Id, step: Decision, input: { comment?: string | null } = {}): Promise<Submission> {
  const user = asUser(req)
  const { payload } = req
  const submission = (await payload.findByID({ collection: SUBMISSIONS, id, depth: 0, user, overrideAccess: false, disableErrors: true })) as Submission | null
  if (!submission) throw new FederationRefusal('找不到这条报送记录，或您无权查看。', 404)
  // A piece deleted since leaves the record without its document: it can only be declined.
  const ref = (submission.document ?? null) as unknown as Ref | null
  const piece = ref ? await readPiece(payload, user, ref.relationTo, ref.value) : null
  const reach = await reachOf(req)
  const toUnit = await unit(payload, user, submission.toUnit)
  const fromUnit = await unit(payload, user, submission.fromUnit)
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
    await notePiece(payload, user, ref.relationTo, piece.latest, { step: 'adopt', action: FEDERATION_ACTIONS.adopt, comment: withComment(`${by}采用，在其网站同步刊发`) }, adoptedBy)
  } else if (step === 'adopt-edited') {
    copy = await adaptedCopy(payload, user, ref, toUnit!.id, `改编自「${fromUnit?.name ?? '下级单位'}」报送的《${submission.title ?? ''}》（原稿编号 ${String(ref.value)}），原稿不变`)
    await notePiece(payload, user, ref.relationTo, piece.latest, { step: 'adopt', action: FEDERATION_ACTIONS.adoptEdited, comment: withComment(`${by}改编采用，改编稿编号 ${String(copy.value)}，须经其三审后发布`) })
  } else {
    await notePiece(payload, user, ref.relationTo, piece.latest, { step: 'decline', action: FEDERATION_ACTIONS.decline, comment: `${by}退稿：${comment}` })
  }
  return (await payload.update({
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
    user,
    overrideAccess: false,
    context: { [FEDERATION_ACTION]: true },
  })) as Submission
}

/**
 * 改编采用: a copy of the piece in the upper unit, a draft at the start of that unit's review chain
 * (Payload's duplicate, which the chain treats as a new piece of whoever copies it), linked to the
 * original by `adaptedFrom`; its log begins by saying where it came from.
 */
async function adaptedCopy(payload: Payload, user: TypedUser, original: Ref, toUnit: Id, origin: string): Promise<Ref> {
  // The copy is not the imported newspaper text (a re-import updates the original, not this).
  const imported = payload.collections[original.relationTo].config.flattenedFields.some((f) => f.name === 'importHash')
  const copy = await payload.duplicate({
    collection: original.relationTo,
    id: original.value,
    data: { organization: toUnit, adaptedFrom: { relationTo: original.relationTo, value: original.value }, publishedAt: null, ...(imported ? { importHash: null } : {}) } as never,
    draft: true,
    depth: 0,
    user,
    overrideAccess: false,
    context: { [ADAPT_ACTION]: true, skipPublish: true },
  })
  await payload.update({
    collection: original.relationTo,
    id: copy.id,
    data: {},
    draft: true,
    depth: 0,
    user,
    overrideAccess: false,
    context: { reviewNote: { step: 'adopt', action: FEDERATION_ACTIONS.adaptedCopy, comment: origin } satisfies ReviewNote, skipPublish: true },
  })
  return { relationTo: original.relationTo, value: copy.id }
}
