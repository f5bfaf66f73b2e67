/**
 * Shared records (issue 17): the honour catalog and the model-worker profiles belong to the whole
 * federation. The federation's people — those of the top unit, and anyone without a unit (a single
 * office) — keep them; a unit below may propose a profile (a draft it writes and submits), never
 * review, publish, withdraw or merge one, and never change the honour catalog. Every rule of these
 * two collections is here; src/records and the collections' hooks ask these functions.
 */
import { Forbidden, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, type PayloadRequest } from 'payload'

import { MODEL_WORKERS } from '../../collections/slugs'
import { AccessRefusal } from './errors'
import { hasRole } from './roles'
import { reachOf } from './units'

/** Is the user one of the federation's own (top unit, unit-less, federation administrator)? */
export async function isFederationUser(req: PayloadRequest): Promise<boolean> {
  if (!req.user) return true // the system: seed, import, jobs
  const reach = await reachOf(req)
  return reach.all || reach.unitless
}

export const HONORS_ARE_FEDERAL = '荣誉目录由联合会（上级总工会）统一维护，下级单位不能新建、修改或删除荣誉。如需新增荣誉，请联系上级总工会的责编；劳模工匠档案中可直接选用目录里已有的荣誉。'

/**
 * A refusal of the federation's catalog: a Forbidden, as collection access gives, so callers that
 * skip what they may not add (the importer keeps a worker's other honours and tells the editor)
 * do so here too — with words saying whom to ask instead of Payload's generic ones.
 */
class CatalogRefusal extends Forbidden {
  constructor(message: string) {
    super()
    this.message = message
    this.isPublic = true
    this.name = 'CatalogRefusal'
  }
}

/** The honour catalog: only the federation's editors add and change it (the role rule is the collection's). */
export const federationKeepsHonors: CollectionBeforeChangeHook = async ({ data, req }) => {
  if (!(await isFederationUser(req))) throw new CatalogRefusal(HONORS_ARE_FEDERAL)
  return data
}

/** …and only the federation's administrators delete from it. */
export const federationDeletesHonors: CollectionBeforeDeleteHook = async ({ req }) => {
  if (!(await isFederationUser(req))) throw new CatalogRefusal(HONORS_ARE_FEDERAL)
}

/** Stages that are the federation's review decisions on a profile (初审, 终审, 退回). */
const FEDERATION_STAGES = new Set(['edited', 'approved', 'returned'])

/**
 * Model-worker profiles: a unit below the top proposes (creates a draft, edits it, submits it); the
 * federation's chain reviews, publishes and withdraws. Runs before the review chain, which then
 * judges the save as for any piece.
 */
export const federationReviewsProfiles: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, collection }) => {
  if (!req.user || (await isFederationUser(req))) return data
  const from = (operation === 'update' ? originalDoc?.reviewStage : undefined) ?? 'draft'
  const to = data.reviewStage ?? from
  const refuse = (what: string): never => {
    throw new AccessRefusal(`劳模工匠档案由联合会（上级总工会）统一审核${what}：本单位可以新建档案（作为推荐）、修改草稿并提交审核，之后由上级总工会的责编初审、终审签发。`)
  }
  if (to !== from && FEDERATION_STAGES.has(to)) refuse('')
  if (data._status === 'published') refuse('和发布')
  if (operation === 'update' && originalDoc?.id !== undefined && req.context.reviewSavingDraft === false && data._status !== 'published') {
    const live = await req.payload.count({ collection: collection.slug as typeof MODEL_WORKERS, where: { and: [{ id: { equals: originalDoc.id } }, { _status: { equals: 'published' } }] }, req, overrideAccess: false })
    if (live.totalDocs > 0) refuse('和撤下')
  }
  return data
}

/**
 * Does the user's unit review and publish pieces of `collection` (as far as their roles go)?
 * Model-worker profiles: only the federation's people; every other kind: every unit, its own.
 */
export async function reviewsKind(req: PayloadRequest, collection: string): Promise<boolean> {
  return collection !== MODEL_WORKERS || (await isFederationUser(req))
}

/**
 * May the user publish (now or scheduled) a document of `collection`? Model-worker profiles are
 * published by the federation's people only; everything else is left to the review chain.
 */
export async function checkSharedPublish(req: PayloadRequest, collection: string): Promise<{ ok: true } | { ok: false; message: string }> {
  if (await reviewsKind(req, collection)) return { ok: true }
  return { ok: false, message: '劳模工匠档案由联合会（上级总工会）统一审核和发布（含预约发布）：请由上级总工会的终审签发。' }
}

export type MergeDecision = { ok: true } | { ok: false; message: string; status: number }

/**
 * May the user merge one profile into another (合并)? It removes a profile and changes the links of
 * stories across units, live ones included: the federation's 终审 and administrators only.
 */
export async function checkMerge(req: PayloadRequest): Promise<MergeDecision> {
  if (!req.user) return { ok: false, status: 401, message: '请先登录。合并劳模工匠档案须由上级总工会的终审或管理员操作。' }
  if (!hasRole(req.user, 'admin', 'chief-editor')) {
    return { ok: false, status: 403, message: '只有上级总工会的终审或管理员可以合并劳模工匠档案（合并会删除重复档案并改动已发布稿件的关联）。请联系终审处理。' }
  }
  if (!(await isFederationUser(req))) {
    return { ok: false, status: 403, message: '劳模工匠档案由联合会（上级总工会）统一维护，合并须由上级总工会的终审或管理员操作。如发现重复，请在档案的「可能重复」中注明，提交给上级总工会。' }
  }
  return { ok: true }
}
