/**
 * Units (单位): a federation of trade unions in one CMS (issue 17). A user's roles hold within
 * their unit — their `organization` — and the units below it (Organizations.parent); a document's
 * unit is its `organization`. The rule, and why it is not Payload's multi-tenant plugin: README.md
 * beside this file.
 *
 * Everything here answers one question, "does this user reach that unit?", and turns the answer
 * into what Payload needs: a `Where` an access rule returns (so lists, counts, GraphQL and versions
 * all narrow alike) or a refusal a hook throws.
 */
import type { Access, CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionBeforeValidateHook, PayloadRequest, Where } from 'payload'

import { ORGANIZATIONS } from '../../collections/slugs'
import { idOf, type Id } from '../lib/relations'
import { AccessRefusal } from './errors'
import { hasRole } from './roles'

/**
 * What a user reaches. `all`: every unit and every document without one (no unit set, or an
 * administrator of a top unit: a federation administrator). Otherwise their unit and its
 * descendants; a user of a top unit also reaches documents without a unit (they belong to the
 * whole federation, and a single office that never set units keeps working as before).
 */
export type Reach =
  | { all: true }
  | { all: false; unit: Id; units: Id[]; unitless: boolean; names: ReadonlyMap<string, string> }

const ALL: Reach = { all: true }

type OrgRow = { id: Id; name?: string | null; parent?: unknown }

const CACHE_KEY = 'unitReach'

/** The user's reach, computed once per request (cached on `req.context`). No user: the system, all. */
export async function reachOf(req: PayloadRequest): Promise<Reach> {
  const user = req.user as (PayloadRequest['user'] & { organization?: unknown }) | null
  if (!user) return ALL
  const unit = idOf(user.organization)
  // No unit: the whole install, as before units existed (a single office).
  if (unit === null) return ALL
  const cache = (req.context[CACHE_KEY] ??= {}) as Record<string, Reach>
  const key = `${user.collection}:${String(user.id)}:${String(unit)}`
  if (cache[key]) return cache[key]

  // Organizations are public (read: anyone): the user reads the whole tree under their own access.
  const { docs } = await req.payload.find({ collection: ORGANIZATIONS, depth: 0, pagination: false, select: { name: true, parent: true }, req, overrideAccess: false })
  const rows = docs as unknown as OrgRow[]
  const children = new Map<string, OrgRow[]>()
  const names = new Map<string, string>()
  let own: OrgRow | undefined
  for (const row of rows) {
    names.set(String(row.id), row.name ?? String(row.id))
    if (String(row.id) === String(unit)) own = row
    const parent = idOf(row.parent)
    if (parent === null) continue
    const list = children.get(String(parent)) ?? []
    list.push(row)
    children.set(String(parent), list)
  }
  const top = own !== undefined && idOf(own.parent) === null
  let reach: Reach
  if (top && hasRole(user, 'admin')) reach = ALL
  else {
    const units: Id[] = [own?.id ?? unit]
    const seen = new Set(units.map(String))
    for (let i = 0; i < units.length; i++) {
      for (const child of children.get(String(units[i])) ?? []) {
        if (seen.has(String(child.id))) continue // a cycle in the tree: stop, do not loop
        seen.add(String(child.id))
        units.push(child.id)
      }
    }
    reach = { all: false, unit: own?.id ?? unit, units, unitless: top, names }
  }
  cache[key] = reach
  return reach
}

/** Does `reach` include the unit `value` points at (null: a document without a unit)? */
export function reaches(reach: Reach, value: unknown): boolean {
  if (reach.all) return true
  const id = idOf(value)
  if (id === null) return reach.unitless
  return reach.units.some((u) => String(u) === String(id))
}

/**
 * The documents the user reaches, as a query on `field` (`organization`; `version.organization` on
 * a versions table; `id` on the organizations themselves), or true when they reach everything.
 */
export async function reachWhere(req: PayloadRequest, field = 'organization', unitless = true): Promise<Where | true> {
  const reach = await reachOf(req)
  if (reach.all) return true
  const inUnits: Where = { [field]: { in: reach.units } }
  return unitless && reach.unitless ? { or: [inUnits, { [field]: { exists: false } }] } : inUnits
}

/**
 * Narrow an access rule to the user's reach: what `rule` allows, and of that only what lies in the
 * units the user reaches. `open` is what anyone may read whatever its unit (published documents),
 * kept out of the narrowing. Anonymous readers are left to `rule`.
 */
export const withinReach =
  (rule: Access, options: { field?: string; open?: Where; unitless?: boolean } = {}): Access =>
  async (args) => {
    const result = await rule(args)
    if (!result || !args.req.user) return result
    const scope = await reachWhere(args.req, options.field, options.unitless)
    if (scope === true) return result
    const narrowed: Where = result === true ? scope : { and: [result, scope] }
    return options.open ? { or: [options.open, narrowed] } : narrowed
  }

/** A unit's name for a message (its id when it is gone). */
export function unitName(reach: Reach, value: unknown): string {
  const id = idOf(value)
  if (id === null) return '（未设单位）'
  return reach.all ? String(id) : (reach.names.get(String(id)) ?? String(id))
}

/** A unit's name, looked up (for the review log, whoever the user is). */
export async function unitLabel(req: PayloadRequest, value: unknown): Promise<string> {
  const id = idOf(value)
  if (id === null) return '（未设单位）'
  const org = await req.payload.findByID({ collection: ORGANIZATIONS, id, depth: 0, select: { name: true }, req, overrideAccess: false, disableErrors: true })
  return (org as { name?: string } | null)?.name ?? String(id)
}

const reachName = (reach: Reach) => (reach.all ? '全部单位' : `「${unitName(reach, reach.unit)}」及其下级单位`)

/** `moved`: a move between units (or a unit given to a unit-less piece), which the caller logs. */
export type UnitDecision = { ok: true; moved?: { from: Id | null; to: Id | null } } | { ok: false; message: string }

/**
 * May this save put the document in unit `after` (it was in `before`; create: nothing)? A user
 * creates only within their reach; moving a document between units is an administrator's act,
 * within the administrator's reach, and the caller logs it (`moved`). The system (no user) may.
 */
export async function checkUnitChange(req: PayloadRequest, change: { operation: 'create' | 'update'; before?: unknown; after: unknown }): Promise<UnitDecision> {
  const reach = await reachOf(req)
  const after = idOf(change.after)
  if (change.operation === 'create') {
    if (reaches(reach, after)) return { ok: true }
    return { ok: false, message: `不能在「${unitName(reach, after)}」名下新建：您只能在${reachName(reach)}内工作。请把「所属单位」改为其中之一（留空则自动填为本单位）。` }
  }
  const before = idOf(change.before)
  if (String(before) === String(after)) return { ok: true }
  if (!req.user) return { ok: true, moved: { from: before, to: after } }
  const own = idOf((req.user as { organization?: unknown }).organization)
  // No units set (a single office): the field is what it always was, judged by the review chain as
  // content. An administrator's change is still a move, and logged.
  if (own === null && !hasRole(req.user, 'admin')) return { ok: true }
  // Giving a document without a unit one of the user's units is filling in a blank, not a move.
  if (before === null && reaches(reach, after)) return { ok: true, moved: { from: before, to: after } }
  if (!hasRole(req.user, 'admin')) {
    return { ok: false, message: '只有管理员可以把稿件或图片移到另一个单位（移动会记入审签记录）。如需移动，请联系管理员。' }
  }
  if (!reaches(reach, before) || !reaches(reach, after)) {
    return { ok: false, message: `不能把它从「${unitName(reach, before)}」移到「${unitName(reach, after)}」：您管理的是${reachName(reach)}。请联系上级单位的管理员。` }
  }
  return { ok: true, moved: { from: before, to: after } }
}

/** Refusal for acting on a document of a unit the user does not reach (custom routes, server functions). */
export async function checkInReach(req: PayloadRequest, unit: unknown): Promise<{ ok: true } | { ok: false; message: string }> {
  const reach = await reachOf(req)
  if (reaches(reach, unit)) return { ok: true }
  return { ok: false, message: `这篇稿件属于「${unitName(reach, unit)}」，不在您的单位范围（${reachName(reach)}）内，不能操作。` }
}

/**
 * On create, a document (or photo) without a unit gets the creator's unit when they could not
 * leave it empty (a user below the top unit). A single office that never set units, or whose
 * users sit in the top unit, sees no change: the field stays as the form sent it.
 */
export const assignCreatorUnit: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data || !req.user || idOf(data.organization) !== null) return data
  const reach = await reachOf(req)
  if (reach.all || reach.unitless) return data
  return { ...data, organization: reach.unit }
}

/**
 * The tree itself is within reach too: a unit's editors add and change units only below their own
 * (a county editor who could hang another county under theirs would reach its drafts).
 */
export const keepUnitsInReach: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (!req.user) return data
  const parent = 'parent' in data ? data.parent : originalDoc?.parent
  if (operation === 'update' && String(idOf(parent)) === String(idOf(originalDoc?.parent))) return data
  const reach = await reachOf(req)
  if (reaches(reach, parent) && !(operation === 'update' && !reach.all && String(originalDoc?.id) === String(reach.unit))) return data
  throw new AccessRefusal(`只能在${reachName(reach)}之下新建或调整工会组织；本单位的上级由上级单位的管理员设置。`)
}

/**
 * A record that names a unit but is not a piece (an account, a roster entry) is given only units
 * within the user's reach (theirs and below). `what` names the record in the refusal.
 */
const keepRecordsInReach =
  (what: string): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req }) => {
    if (!req.user || !('organization' in data)) return data
    if (operation === 'update' && String(idOf(data.organization)) === String(idOf(originalDoc?.organization))) return data
    const reach = await reachOf(req)
    if (reaches(reach, data.organization)) return data
    throw new AccessRefusal(`不能把${what}设到「${unitName(reach, data.organization)}」：您管理的是${reachName(reach)}。请联系上级单位的管理员。`)
  }

/** An administrator of a unit gives accounts only units within their reach. */
export const keepAccountsInReach = keepRecordsInReach('账号')

/** A unit's editors keep the roster entries (通讯员名册) of their reach only. */
export const keepRosterInReach = keepRecordsInReach('通讯员')

/**
 * A draft save writes only a new version, not the document's record, yet Payload checks a read or
 * write by id against that record (then shows the latest version). Left alone, a draft moved to
 * another unit would still answer to its old unit by id: the record takes the new unit at once.
 */
export const keepRecordUnitInStep: CollectionAfterChangeHook = async ({ doc, previousDoc, req, collection, operation }) => {
  if (operation !== 'update' || String(idOf(doc.organization)) === String(idOf(previousDoc?.organization))) return doc
  await req.payload.db.updateOne({ collection: collection.slug, id: doc.id, data: { organization: idOf(doc.organization), updatedAt: doc.updatedAt }, req, returning: false })
  return doc
}
