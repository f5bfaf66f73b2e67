import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type FieldHook,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type PayloadRequest,
} from 'payload'

import type { Media } from '../../payload-types'
import type { Role } from '../access/roles'
import { checkUnitChange, unitLabel } from '../access/units'
import { idOf } from '../lib/relations'
import { takenDownKey } from '../media/usage'
import type { SiteDoc } from '../site/context'
import { checkSensitiveWords, formatHits } from './sensitiveWords'
import { checkEdit, checkMove, checkOwnReview, checkPublish, checkSecondPair, mayPublish, PROOF_PASSES, STAGE_LABELS, STAGES, type Actorship, type FederationStep, type LogRole, type Stage } from './stages'

/** Fields that are not "content": changing only these is not an edit. */
const NON_CONTENT = new Set([
  'id',
  '_status',
  'reviewStage',
  'reviewComment',
  'proofPass',
  'reviewLog',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'importHash',
  // What the WeChat draft-box push records (src/wechat): written by the server, never an edit.
  'wechat',
  // The units above that adopted the piece (src/federation): an act of theirs, never an edit.
  'adoptedBy',
])

/** A document of any publishable kind: the review chain reads only the fields they all share. */
type Doc = SiteDoc

/** One line of the review log (审签记录), as stored. `role` is the role's value; see roleLabel. */
type LogEntry = NonNullable<Doc['reviewLog']>[number]

/** A line the server adds to the log beside a save of its own (see enforceReviewChain). */
export type ReviewNote = {
  step: 'wechat' | 'merge' | FederationStep
  action: string
  comment?: string
  /**
   * Fields the server's act itself writes (a merge of profiles, src/records/merge.ts, moves links
   * and unites honours), judged by that act's own rule (src/access/shared.ts), not as an edit.
   */
  fields?: readonly string[]
}

/** What the log records a step as: a move between stages, a publish, an unpublish or a restore. */
type Step = `${Stage}>${Stage}` | 'publish' | 'unpublish' | 'restore' | 'wechat' | 'merge' | 'move' | FederationStep

const ACTION_NAMES: Record<string, string> = {
  'draft>submitted': '提交审核',
  'returned>submitted': '修改后重新提交',
  'submitted>edited': '责编初审通过',
  'submitted>returned': '责编退回',
  'edited>approved': '终审通过',
  'edited>returned': '终审退回',
}

/**
 * Remember whether this request saves a draft (`draft: true`) or writes the live document: a save
 * with `_status: 'draft'` and no draft flag takes a published document down (unpublish), while a
 * draft save leaves the live version alone. `beforeChange` hooks are not told which, so the flag is
 * passed on through `req.context`.
 */
export const rememberDraftFlag: CollectionBeforeOperationHook = (hook) => {
  const { req } = hook
  switch (hook.operation) {
    case 'create': {
      // A copy (Payload's duplicate) is a new piece by whoever copies it: always a draft at the
      // start of the chain, never a second live or signed-off document.
      const duplicating = hook.args.duplicateFromID != null
      if (duplicating) req.context.reviewDuplicating = true
      const args = duplicating ? { ...hook.args, draft: true } : hook.args
      req.context.reviewSavingDraft = Boolean(args.draft)
      return args
    }
    case 'update':
    case 'updateByID':
      req.context.reviewSavingDraft = Boolean(hook.args.draft)
      return hook.args
    case 'restoreVersion':
      req.context.reviewSavingDraft = Boolean(hook.args.draft)
      // Restoring a version is a save like any other: the same rules, and a line in the log naming
      // the version (Payload runs the collection's beforeChange hooks for it, with operation 'update').
      req.context.reviewRestoring = { versionID: hook.args.id ?? null }
      return hook.args
    default:
      return hook.args
  }
}

/**
 * `createdBy` is the author the chain checks ("their own pieces") and the sign-off sheet's 录入人:
 * the server sets it on create (the logged-in user; a system call such as the seed or importer
 * passes it) and no later request changes it — not over REST, GraphQL or the admin, not by an
 * administrator, not through a restored version. Only the system itself (no user) may reassign it.
 */
export const keepCreatedBy: FieldHook<Doc | Media, Doc['createdBy']> = ({ value, previousValue, operation, req }) => {
  if (operation === 'create') return req.user ? req.user.id : value
  // Calls without a user are the system (seed, importer, repair), which may assign an author.
  return req.user ? previousValue : (value ?? previousValue)
}

/** Key under which a save remembers, for the afterChange hooks, that the document was live before it. */
export const wasLiveKey = (collection: string, id: unknown) => `reviewWasLive:${collection}:${String(id)}`

export class ReviewChainError extends APIError {
  constructor(message: string, status = 403) {
    super(message, status, null, true)
    this.name = 'ReviewChainError'
  }
}

/** The id a relation points at, as a string (SQLite's numbers and MongoDB's ids compare alike). */
const idString = (v: unknown): string | null => {
  const id = idOf(v)
  return id === null ? null : String(id)
}

/** Comparable form of a value: documents become ids, empty values disappear, keys are sorted. */
function normalize(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return undefined
  if (Array.isArray(value)) {
    const items = value.map(normalize).filter((v) => v !== undefined)
    return items.length ? items : undefined
  }
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>
    if ('id' in obj && ('createdAt' in obj || 'updatedAt' in obj)) return idString(obj.id)
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(obj).sort()) {
      const v = normalize(obj[key])
      if (v !== undefined) out[key] = v
    }
    return Object.keys(out).length ? out : undefined
  }
  return value
}

/** Is this field part of a piece's content (what the review chain judges), or the chain's own record? */
export const isContentField = (name: string): boolean => !NON_CONTENT.has(name)

/** Does the save change the document's content? Only the fields the request sends are compared. */
export function contentChanged(data: object, original: object | undefined): boolean {
  if (!original) return true
  const before = new Map<string, unknown>(Object.entries(original))
  const sent: [string, unknown][] = Object.entries(data)
  for (const [key, value] of sent) {
    if (!isContentField(key)) continue
    if (JSON.stringify(normalize(value)) !== JSON.stringify(normalize(before.get(key)))) return true
  }
  return false
}

/** The role that makes each step possible: the log names it when the user holds it. */
const STEP_ROLE: Partial<Record<Step, Role>> = {
  'submitted>edited': 'editor',
  'submitted>returned': 'editor',
  'edited>approved': 'chief-editor',
  'edited>returned': 'chief-editor',
  publish: 'chief-editor',
  unpublish: 'chief-editor',
  wechat: 'chief-editor',
  merge: 'chief-editor',
  move: 'admin',
  submit: 'chief-editor',
  adopt: 'editor',
  decline: 'editor',
}

const ROLE_ORDER = ['admin', 'chief-editor', 'editor', 'reporter'] as const satisfies readonly Role[]

/** The role a log entry names for a step: the one that made it possible, not just the highest one. */
function actorRole(req: PayloadRequest, isAuthor: boolean, step: Step): LogRole {
  if (!req.user) return 'system'
  const roles: readonly string[] = req.user.roles ?? []
  const preferred = STEP_ROLE[step]
  if (preferred && roles.includes(preferred)) return preferred
  if (isAuthor && roles.includes('reporter')) return 'reporter'
  return ROLE_ORDER.find((r) => roles.includes(r)) ?? 'system'
}

/**
 * The review chain, enforced on the server for every API (admin UI, REST, GraphQL, Local API):
 * checks each save against the stage rules, refuses disallowed moves and edits with a message
 * saying what is allowed and by whom, checks sensitive words on submit and publish, and appends
 * to the read-only review log. Runs as a collection `beforeChange` hook so a refusal happens before
 * anything is written.
 *
 * Calls without a user (seed, importer, system jobs) are the system: every move is allowed and
 * logged as 系统; publishing such a document marks it approved.
 */
export const enforceReviewChain: CollectionBeforeChangeHook<Doc> = async ({ data: doc, originalDoc, operation, req, collection }) => {
  const original = operation === 'update' ? originalDoc : undefined
  const user = req.user
  const system = !user
  const roles = user?.roles ?? []

  // The author is what is stored (on create: the caller). Never what a request sends: a draft
  // without an author (made by a command-line import) is nobody's until the system assigns one.
  const authorId = operation === 'create' ? (user ? String(user.id) : idString(doc.createdBy)) : idString(original?.createdBy)
  const isAuthor = Boolean(user) && (operation === 'create' || authorId === String(user!.id))
  const who: Actorship = { roles, isAuthor }

  const from: Stage = original?.reviewStage ?? 'draft'
  const restoring = operation === 'update' ? (req.context.reviewRestoring as { versionID: unknown } | undefined) : undefined
  // A restored version brings back content, not the review stage it had then: the document stays
  // at its current stage and the restore is judged as an edit (and a publish or unpublish, when
  // it changes what is live).
  let to: Stage = restoring || (operation === 'create' && req.context.reviewDuplicating) ? from : (doc.reviewStage ?? from)
  if (!STAGES.includes(to)) to = from
  const comment = typeof doc.reviewComment === 'string' ? doc.reviewComment.trim() || null : null
  // The log keeps the words a printed sign-off sheet shows (一校…), not the stored value.
  const proofPass = typeof doc.proofPass === 'string' ? (PROOF_PASSES[doc.proofPass] ?? doc.proofPass) : null

  const livePublished = operation === 'update' && original?.id !== undefined && (await isLive(req, collection.slug, original.id))
  // The afterChange hook (queuePublishOnChange) needs this: with a newer draft pending, neither the
  // previous nor the saved version it is given says that the live document is being taken down.
  if (livePublished) req.context[wasLiveKey(collection.slug, original!.id)] = true
  const publishing = doc._status === 'published'
  const unpublishing = livePublished && doc._status !== 'published' && req.context.reviewSavingDraft === false
  // The document's unit (src/access/units.ts): a piece is written within the writer's units, and
  // only an administrator moves it to another unit — logged below. Collection access already keeps
  // other units' pieces out of reach; a restored version keeps the unit the document has now.
  const unitAfter = restoring ? original?.organization : 'organization' in doc ? doc.organization : original?.organization
  if (restoring && original) doc.organization = original.organization
  const unit = await checkUnitChange(req, { operation, before: original?.organization, after: unitAfter })
  if (!unit.ok) throw new ReviewChainError(unit.message)
  const moved = unit.ok ? unit.moved : undefined
  // An administrator's move between units is an act of its own (logged below), not an edit: it does
  // not reopen a signed-off piece. Anyone else's change of the field (filling in a blank unit; any
  // change in a single office without units) is content, judged by the stage as it always was.
  const { organization: _unit, ...docWithoutUnit } = doc
  // A step recorded by the server (below) may name fields its own act writes: not an edit.
  const note = req.context.reviewNote as ReviewNote | undefined
  const judged = Object.fromEntries(Object.entries(moved && (system || roles.includes('admin')) ? docWithoutUnit : doc).filter(([key]) => !note?.fields?.includes(key)))
  const changed = contentChanged(judged, original)
  // Publishing the live version again, unchanged. Not a correction waiting in a newer draft (the
  // newest version is then a draft): publishing that puts new content live — it is checked for
  // words and logged 发布 like any publish (a reopened, re-approved and re-published piece was not).
  const republishingSame = publishing && livePublished && !changed && to === from && original?._status === 'published'
  if (unpublishing) req.context[takenDownKey(collection.slug, original!.id)] = true

  const refuse = (message: string, status = 403): never => {
    throw new ReviewChainError(message, status)
  }

  if (!system) {
    if (operation === 'create') {
      if (to !== 'draft' && !roles.includes('admin')) refuse('新建的稿件从「草稿」开始，请保存后再提交审核。')
      const own = checkOwnReview(to, who)
      if (!own.ok) refuse(own.message)
    } else if (to !== from) {
      const move = checkMove(from, to, who, comment)
      if (!move.ok) refuse(move.message)
      const firstReview = [...(original?.reviewLog ?? [])].reverse().find((e) => e.from === 'submitted' && e.to === 'edited')
      const pair = checkSecondPair(to, user!.id, idString(firstReview?.user))
      if (!pair.ok) refuse(pair.message)
      if (changed) {
        const edit = checkEdit(from, who)
        if (!edit.ok) refuse(edit.message)
      }
    } else if (changed || (restoring && !unpublishing)) {
      // A restore is an edit even when it brings back the same content (it writes the log); one
      // that takes a live piece down is judged as the unpublish it is, below.
      const edit = checkEdit(from, who)
      if (!edit.ok) refuse(edit.message)
    }
  }

  // Editing an approved (possibly live) document reopens it: the new draft goes through the chain
  // again while the published version stays live until the next publish.
  if (operation === 'update' && to === from && from === 'approved' && changed && !publishing && !unpublishing) to = 'draft'

  // A step the server records beside a save that changes nothing (报送, 采用, 退稿 by the unit
  // above, src/federation) leaves a live piece as it is: not a publish the user must be allowed.
  const noteOnly = Boolean(note) && !changed && to === from && !unpublishing

  if (publishing) {
    if (system && to !== 'approved') to = 'approved'
    const decision = system || (noteOnly && republishingSame) ? { ok: true as const } : checkPublish(to, who, 'publish')
    if (!decision.ok) refuse(decision.message)
  } else if (unpublishing && !system) {
    const decision = checkPublish(to, who, 'unpublish')
    if (!decision.ok) refuse(decision.message)
  }

  const entries: LogEntry[] = []
  let warnings: string | null = null
  if ((to === 'submitted' && to !== from) || (publishing && !republishingSame)) {
    // The whole document as it will be saved, not only the fields this request sends.
    const result = await checkSensitiveWords(req, collection.fields, { ...(original ?? {}), ...doc })
    if (result.block.length) {
      refuse(`稿件含有禁用词，未能${publishing ? '发布' : '提交'}。请修改以下内容后重试：\n${formatHits(result.block)}`, 400)
    }
    if (result.warn.length) warnings = formatHits(result.warn)
  }

  const at = new Date().toISOString()
  const entry = (step: Step, action: string, f: Stage, t: Stage): LogEntry => ({
    action,
    from: f,
    to: t,
    user: user?.id ?? null,
    userName: user?.name || user?.email || '系统',
    role: actorRole(req, isAuthor, step),
    at,
    comment,
    proofPass,
    warnings,
  })
  if (restoring) {
    const versionNote = `恢复历史版本（版本号 ${String(restoring.versionID ?? '未知')}）`
    entries.push({ ...entry('restore', '恢复历史版本', from, to), comment: comment ? `${versionNote}：${comment}` : versionNote })
  }
  if (to !== from) {
    const name = ACTION_NAMES[`${from}>${to}`] ?? (to === 'draft' && from === 'approved' ? '退回重开' : `改为「${STAGE_LABELS[to].zh}」`)
    entries.push(entry(`${from}>${to}`, name, from, to))
  }
  if (moved) {
    const names = `从「${await unitLabel(req, moved.from)}」移到「${await unitLabel(req, moved.to)}」`
    entries.push({ ...entry('move', moved.from === null ? '设定单位' : '转移单位', to, to), comment: comment ? `${names}：${comment}` : names })
  }
  if (publishing && !republishingSame) entries.push(entry('publish', '发布', to, to))
  if (unpublishing) entries.push(entry('unpublish', '撤下', to, to))
  // A step recorded by the server beside a save that changes nothing the chain judges (a push to
  // the WeChat draft box, src/wechat/push.ts). Only server code sets req.context; no request can.
  if (note && noteOnly) entries.push({ ...entry(note.step, note.action, to, to), comment: note.comment ?? null })

  // The log only ever grows: whatever the request sent for it is replaced by the stored entries
  // plus the new ones, for every caller, administrators and the Local API included.
  const stored = original?.reviewLog ?? []
  return {
    ...doc,
    reviewStage: to,
    reviewComment: null,
    proofPass: null,
    reviewLog: [...stored, ...entries],
  }
}

/** Does the document have a live (published) version? The main record holds the published state. */
async function isLive(req: PayloadRequest, collection: string, id: unknown): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection: collection as CollectionSlug,
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    req,
  })
  return totalDocs > 0
}

/**
 * Deleting a live document takes it off the site like an unpublish does, and leaves no document to
 * carry a log: only those who may unpublish (终审, 管理员) may, and the deletion is written to the
 * server log with who did it. Drafts are deleted under the collection's own access.
 */
export const refuseDeletingLive: CollectionBeforeDeleteHook = async ({ id, req, collection }) => {
  if (!(await isLive(req, collection.slug, id))) return
  const user = req.user
  if (user && !mayPublish(user.roles ?? [])) {
    throw new ReviewChainError('这篇稿件已经发布，只有终审或管理员可以删除（删除即从网站撤下）。如需撤稿，请联系终审。')
  }
  req.payload.logger.warn(`deleted live ${collection.slug} ${String(id)} (by ${user ? `${user.name ?? ''} #${String(user.id)}` : 'the system'})`)
}
