/**
 * The 三审 review chain as data: stages, who may move a document between them, and who may edit
 * it at each stage. Pure, so the rules can be tested as a table and shown to users as text.
 */
import type { Role } from '../access/roles'

export const STAGES = ['draft', 'submitted', 'edited', 'approved', 'returned'] as const
export type Stage = (typeof STAGES)[number]

export const STAGE_LABELS: Record<Stage, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已提交（待初审）', en: 'Submitted' },
  edited: { zh: '已初审（待终审）', en: 'Edited (first review passed)' },
  approved: { zh: '终审通过', en: 'Approved' },
  returned: { zh: '已退回', en: 'Returned' },
}

export const ROLE_NAMES: Record<Role | 'author' | 'system', string> = {
  admin: '管理员',
  'chief-editor': '终审',
  editor: '责编',
  reporter: '记者/通讯员',
  author: '作者本人',
  system: '系统',
}

/** The role a review-log entry names: a user's role, or the system (seed, importer, jobs). */
export type LogRole = Role | 'system'

/**
 * The Chinese name of a review-log entry's role, for the admin and the sign-off sheet. Entries
 * store the role's value (`chief-editor`); entries written before issue 14 stored the name itself
 * (`终审`), which is shown as it is.
 */
export function roleLabel(role: string | null | undefined): string {
  if (!role) return ''
  return isNamedRole(role) ? ROLE_NAMES[role] : role
}

const isNamedRole = (role: string): role is keyof typeof ROLE_NAMES => Object.hasOwn(ROLE_NAMES, role)

/** Proofreading passes (校次); stored ASCII, shown in Chinese. */
export const PROOF_PASSES = { first: '一校', second: '二校', third: '三校' } as const
export type ProofPass = keyof typeof PROOF_PASSES

type Actor = Role | 'author'

/** A move in the chain: from → to, by whom, and whether a comment is required. */
export type Transition = { from: Stage; to: Stage; by: Actor; commentRequired?: boolean }

/** Every move a non-admin may make. Admins may make any move. */
export const TRANSITIONS: readonly Transition[] = [
  { from: 'draft', to: 'submitted', by: 'author' },
  { from: 'returned', to: 'submitted', by: 'author' },
  { from: 'submitted', to: 'edited', by: 'editor' },
  { from: 'submitted', to: 'returned', by: 'editor', commentRequired: true },
  // The chief editor may give the first review too: an editor's own piece goes to another editor
  // or to the chief editor (separation of duties, below), and a small office may have one editor.
  { from: 'submitted', to: 'edited', by: 'chief-editor' },
  { from: 'submitted', to: 'returned', by: 'chief-editor', commentRequired: true },
  { from: 'edited', to: 'approved', by: 'chief-editor' },
  { from: 'edited', to: 'returned', by: 'chief-editor', commentRequired: true },
]

/** Who may change a document's content at each stage, besides admins. */
export const EDITORS_AT: Record<Stage, readonly Actor[]> = {
  draft: ['author'],
  returned: ['author'],
  submitted: ['editor', 'chief-editor'],
  edited: ['chief-editor'],
  approved: [],
}

export type Actorship = { roles: readonly string[]; isAuthor: boolean }

function acts(who: Actorship, actor: Actor): boolean {
  return actor === 'author' ? who.isAuthor : who.roles.includes(actor)
}

const isAdmin = (who: Actorship) => who.roles.includes('admin')

const stageName = (s: Stage) => `「${STAGE_LABELS[s].zh}」`

const actorName = (a: Actor) => ROLE_NAMES[a]

/** The moves allowed from a stage, written out for a refusal message. */
export function describeMovesFrom(from: Stage): string {
  const moves = TRANSITIONS.filter((t) => t.from === from)
  if (moves.length === 0) {
    return from === 'approved'
      ? '终审通过的稿件只能由终审或管理员发布、撤稿；如需修改，请管理员将其退回重开。'
      : '当前阶段没有可执行的流转。'
  }
  return `从${stageName(from)}可以：${moves
    .map((t) => `由${actorName(t.by)}改为${stageName(t.to)}${t.commentRequired ? '（须填写意见）' : ''}`)
    .join('；')}。`
}

export type Decision = { ok: true; transition?: Transition } | { ok: false; message: string }

/**
 * Stages that stand for a review decision (初审, 终审). Separation of duties: nobody — an
 * administrator included — gives that decision on a piece they wrote themselves.
 */
export const REVIEW_DECISIONS: readonly Stage[] = ['edited', 'approved']

/** Refusal for a review decision on one's own piece, or null when `who` is not the author. */
export function checkOwnReview(to: Stage, who: Actorship): Decision {
  if (!who.isAuthor || !REVIEW_DECISIONS.includes(to)) return { ok: true }
  const next = to === 'edited' ? '请由另一位责编或终审初审' : '请由另一位终审（或管理员）签发'
  return { ok: false, message: `不能审核自己撰写的稿件：${stageName(to)}须由作者以外的人给出。${next}。` }
}

/**
 * 三审 means three people: whoever gave a piece its first review (初审) does not also give the
 * final one (终审). `firstReviewer` is the user of the latest 初审 entry in the review log.
 */
export function checkSecondPair(to: Stage, userId: string | number | null | undefined, firstReviewer: string | number | null | undefined): Decision {
  if (to !== 'approved' || userId == null || firstReviewer == null || String(userId) !== String(firstReviewer)) return { ok: true }
  return { ok: false, message: '您已给出这篇稿件的初审意见，终审须由另一人完成：请交给其他终审（或管理员）签发。' }
}

/** May `who` move a document from `from` to `to` (with or without a comment)? */
export function checkMove(from: Stage, to: Stage, who: Actorship, comment: string | null | undefined): Decision {
  if (from === to) return { ok: true }
  const own = checkOwnReview(to, who)
  if (!own.ok) return own
  const candidates = TRANSITIONS.filter((t) => t.from === from && t.to === to)
  const transition = candidates.find((t) => acts(who, t.by)) ?? candidates[0]
  if (isAdmin(who)) return { ok: true, transition }
  if (!transition || !acts(who, transition.by)) {
    return { ok: false, message: `不能把稿件从${stageName(from)}改为${stageName(to)}。${describeMovesFrom(from)}` }
  }
  if (transition.commentRequired && !comment?.trim()) {
    return { ok: false, message: `退回稿件时必须填写退回意见（审核意见），说明需要修改的地方。` }
  }
  return { ok: true, transition }
}

/** May `who` change the content of a document at `stage`? */
export function checkEdit(stage: Stage, who: Actorship): Decision {
  if (isAdmin(who)) return { ok: true }
  const allowed = EDITORS_AT[stage]
  if (allowed.some((a) => acts(who, a))) return { ok: true }
  if (allowed.length === 0) return { ok: false, message: `稿件处于${stageName(stage)}阶段，内容已锁定。${describeMovesFrom(stage)}` }
  const hint = stage === 'draft' || stage === 'returned' ? '记者只能修改自己的稿件。' : ''
  return { ok: false, message: `稿件处于${stageName(stage)}阶段，此时只有${allowed.map(actorName).join('、')}可以修改内容。${hint}${describeMovesFrom(stage)}` }
}

/** Roles that publish, unpublish and schedule publication (the chain's last step). */
export const PUBLISHER_ROLES = ['admin', 'chief-editor'] as const

/** May a user with these roles publish at all (before looking at a document's stage)? */
export const mayPublish = (roles: readonly string[]): boolean => PUBLISHER_ROLES.some((r) => roles.includes(r))

/** The refusal shown to someone who may not publish, unpublish or schedule. */
export const NOT_A_PUBLISHER = '只有终审或管理员可以发布、撤下或预约发布稿件。请走审核流程：提交 → 责编初审 → 终审。'

/** May `who` publish or unpublish? Publishing also needs the stage to be approved. */
export function checkPublish(stage: Stage, who: Actorship, action: 'publish' | 'unpublish'): Decision {
  if (!mayPublish(who.roles)) {
    return { ok: false, message: `只有终审或管理员可以${action === 'publish' ? '发布' : '撤下'}稿件。请走审核流程：提交 → 责编初审 → 终审。` }
  }
  if (action === 'publish' && stage !== 'approved') {
    return { ok: false, message: `稿件处于${stageName(stage)}阶段，终审通过后才能发布。${describeMovesFrom(stage)}` }
  }
  return { ok: true }
}

/**
 * The WeChat channel (src/wechat): what a piece must be for its 公众号 rendering to be previewed or
 * copied (staff, once it is signed off or live: a draft is not yet what the office says), and for
 * it to be pushed to the account's draft box (终审 or administrator, the same people who publish).
 */
export function checkWeChat(action: 'preview' | 'push', piece: { stage: Stage; live: boolean }, who: Actorship): Decision {
  if (action === 'push' && !mayPublish(who.roles)) {
    return { ok: false, message: '只有终审或管理员可以推送到公众号草稿箱。' }
  }
  if (action === 'preview' && who.roles.length === 0) return { ok: false, message: '请先登录。' }
  if (piece.stage !== 'approved' && !piece.live) {
    return { ok: false, message: `稿件处于${stageName(piece.stage)}阶段：终审通过或已发布的稿件才能${action === 'push' ? '推送到公众号' : '生成公众号版本'}。${describeMovesFrom(piece.stage)}` }
  }
  return { ok: true }
}

/**
 * 报送 and 采用 (issue 17, src/federation): the steps the federation adds to a piece's review log,
 * and who may take them. A unit's 终审 (or administrator) sends its published pieces up to the unit
 * above (submit); that unit's 责编 and 终审 (or administrator) adopt, adopt edited or decline them.
 * Which unit, which piece and in which state is src/federation/rules.ts.
 */
export type FederationStep = 'submit' | 'adopt' | 'decline'

export function checkFederation(step: FederationStep, who: Actorship): Decision {
  if (step === 'submit') {
    if (mayPublish(who.roles)) return { ok: true }
    return { ok: false, message: '只有本单位的终审或管理员可以向上级单位报送稿件。请联系本单位终审报送。' }
  }
  if (isAdmin(who) || who.roles.includes('editor') || who.roles.includes('chief-editor')) return { ok: true }
  return { ok: false, message: `只有上级单位的责编、终审或管理员可以${step === 'adopt' ? '采用' : '退回'}来稿。` }
}
