/**
 * The rules of 报送 and 采用, written out as refusals that say why and what to do. Pure: the
 * service (service.ts) reads the facts, these decide. Who may take each step at all (the role) is
 * the review chain's (src/workflow/stages.ts checkFederation); which units a user reaches is
 * src/access/units.ts.
 */
import { checkFederation, type Actorship } from '../workflow/stages'

/**
 * A rule's answer. A refusal carries the HTTP status that says whose problem it is: 403 not this
 * user's to do, 409 not in a state for it, 400 something missing from the request.
 */
export type Verdict = { ok: true } | { ok: false; message: string; status: 400 | 403 | 409 }

const no = (status: 400 | 403 | 409, message: string): Verdict => ({ ok: false, message, status })

export const SUBMISSION_STATUSES = ['pending', 'adopted', 'adopted-edited', 'declined'] as const
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number]

export const STATUS_LABELS: Record<SubmissionStatus, { zh: string; en: string }> = {
  pending: { zh: '待处理', en: 'Pending' },
  adopted: { zh: '已采用', en: 'Adopted' },
  'adopted-edited': { zh: '已改编采用', en: 'Adopted (edited)' },
  declined: { zh: '已退稿', en: 'Declined' },
}

/** What the review log of the original (and of an adapted copy) calls each step. */
export const FEDERATION_ACTIONS = {
  submit: '报送',
  adopt: '采用',
  adoptEdited: '改编采用',
  decline: '退稿',
  /** The first line of an adapted copy's own log. */
  adaptedCopy: '改编自来稿',
} as const

/** A submission that blocks another one of the same piece to the same unit. */
export const BLOCKING: readonly SubmissionStatus[] = ['pending', 'adopted', 'adopted-edited']

export type SubmitFacts = {
  who: Actorship
  /** The piece's unit name (for messages), and whether the user reaches it. */
  unitName: string | null
  reachesUnit: boolean
  /** The user belongs to the unit above (or higher) without reaching everything: not theirs to send. */
  fromAbove: boolean
  live: boolean
  /** The unit directly above the piece's unit, or null for a top unit. */
  parent: { name: string } | null
  /** The status of an earlier submission of this piece to that unit that still stands, if any. */
  standing: SubmissionStatus | null
}

/** May this piece be sent to the unit above (报送)? */
export function checkSubmit(f: SubmitFacts): Verdict {
  const role = checkFederation('submit', f.who)
  if (!role.ok) return no(403, role.message)
  if (f.unitName === null) return no(409, '这篇稿件没有「所属单位」，不知道该报送给哪一级。请管理员先为它设定单位。')
  if (!f.reachesUnit) return no(403, `这篇稿件属于「${f.unitName}」，不是您单位的稿件：只有本单位的终审可以报送本单位的稿件。`)
  if (f.fromAbove && f.parent) return no(403, `您属于「${f.parent.name}」或其上级，不能替下级单位报送：请由「${f.unitName}」的终审报送。`)
  if (!f.live) return no(409, '只有已发布的稿件才能报送。请先走完三审（提交 → 初审 → 终审）并发布，再报送给上级单位。')
  if (!f.parent) return no(409, `「${f.unitName}」是最上级单位，没有可以报送的上级单位。`)
  if (f.standing === 'pending') return no(409, `这篇稿件已经报送给「${f.parent.name}」，正在等待处理，不必重复报送。可在「报送与来稿」中查看进度。`)
  if (f.standing) return no(409, `「${f.parent.name}」已经采用了这篇稿件，不必再次报送。更正稿件后重新发布即可，上级网站会同步更新。`)
  return { ok: true }
}

export type DecideFacts = {
  who: Actorship
  /** Does the user reach the receiving unit (toUnit)? */
  reachesTarget: boolean
  toUnitName: string
  status: SubmissionStatus
  /** Is the original still published? */
  live: boolean
  comment: string | null
}

/** May the receiving unit adopt, adopt edited, or decline this submission? */
export function checkDecide(step: 'adopt' | 'adopt-edited' | 'decline', f: DecideFacts): Verdict {
  const role = checkFederation(step === 'decline' ? 'decline' : 'adopt', f.who)
  if (!role.ok) return no(403, role.message)
  if (!f.reachesTarget) return no(403, `这篇稿件是报送给「${f.toUnitName}」的，只有该单位的责编、终审可以处理。`)
  if (f.status !== 'pending') return no(409, `这篇来稿已经处理过（${STATUS_LABELS[f.status].zh}），不能再次处理。${f.status === 'declined' ? '报送单位可以修改后重新报送。' : ''}`)
  if (step === 'decline' && !f.comment?.trim()) return no(400, '退稿时必须填写退稿意见，说明不采用的原因，报送单位会在审签记录中看到。')
  if (step !== 'decline' && !f.live) return no(409, '原稿已从报送单位的网站撤下，不能采用。请退稿，或等对方重新发布后再处理。')
  return { ok: true }
}
