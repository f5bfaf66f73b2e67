/**
 * One record per person (issue 17): a profile proposed by a unit below the top whose person
 * matches a profile the proposer can already see — the same name and the same employer (工作单位)
 * — is refused with a message naming that profile and its unit. The proposer either links the
 * existing profile from their story, or chooses it in 「可能重复」 and saves again: the proposal is
 * then kept as a draft marked as a possible duplicate, and the federation's editors decide (merge,
 * src/records/merge.ts, or clear the mark). A profile so marked is not published.
 */
import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { MODEL_WORKERS } from '../../collections/slugs'
import type { ModelWorker } from '../../payload-types'
import { isFederationUser } from '../access/shared'
import { unitLabel } from '../access/units'
import { idOf } from '../lib/relations'

export class PossibleDuplicate extends APIError {
  constructor(message: string) {
    super(message, 409, null, true)
    this.name = 'PossibleDuplicate'
  }
}

/** A name or employer as compared: no spaces (half- or full-width), full-width brackets as ASCII. */
export const samePersonKey = (value: unknown): string =>
  String(value ?? '')
    .replace(/[\s\u3000]+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .toLowerCase()

type Person = Pick<ModelWorker, 'name' | 'employer'> & { id?: ModelWorker['id'] }

/** Profiles the user can read that stand for the same person as `person` (not `person` itself). */
export async function findSamePerson(req: PayloadRequest, person: Person): Promise<ModelWorker[]> {
  const name = String(person.name ?? '').trim()
  const employer = samePersonKey(person.employer)
  if (!name || !employer) return []
  const { docs } = await req.payload.find({
    collection: MODEL_WORKERS,
    where: { name: { like: name } },
    draft: true,
    depth: 0,
    limit: 50,
    select: { name: true, employer: true, organization: true, _status: true },
    req,
    overrideAccess: false,
  })
  return (docs as ModelWorker[]).filter(
    (doc) => String(doc.id) !== String(person.id ?? '') && samePersonKey(doc.name) === samePersonKey(name) && samePersonKey(doc.employer) === employer,
  )
}

/** How a profile is named in a message: 「name」（employer，所属单位：unit，编号 id，已发布/草稿）. */
export async function describeProfile(req: PayloadRequest, doc: ModelWorker): Promise<string> {
  const unit = await unitLabel(req, doc.organization)
  return `「${doc.name}」（${doc.employer ? `${doc.employer}，` : ''}所属单位：${unit}，编号 ${String(doc.id)}，${doc._status === 'published' ? '已发布' : '未发布'}）`
}

/**
 * ModelWorkers beforeChange: a proposal matching an existing person is refused until it names that
 * profile in `possibleDuplicateOf`; a profile so marked cannot be published.
 */
export const flagPossibleDuplicate: CollectionBeforeChangeHook<ModelWorker> = async ({ data, originalDoc, operation, req }) => {
  const marked = 'possibleDuplicateOf' in data ? data.possibleDuplicateOf : originalDoc?.possibleDuplicateOf
  if (data._status === 'published' && idOf(marked) !== null) {
    throw new APIError(
      `这份档案标记为「可能重复」（编号 ${String(idOf(marked))}），不能发布：请先由上级总工会的终审把它合并到保留的档案（「合并到保留档案」），或确认不是同一人后清空「可能重复」再发布。`,
      400,
      null,
      true,
    )
  }
  if (!req.user || (await isFederationUser(req))) return data
  const name = 'name' in data ? data.name : originalDoc?.name
  const employer = 'employer' in data ? data.employer : originalDoc?.employer
  const identityChanged = operation === 'create' || samePersonKey(name) !== samePersonKey(originalDoc?.name) || samePersonKey(employer) !== samePersonKey(originalDoc?.employer)
  if (!identityChanged) return data
  const matches = await findSamePerson(req, { id: originalDoc?.id, name: name ?? '', employer })
  if (matches.length === 0) return data
  if (matches.some((m) => String(m.id) === String(idOf(marked)))) return data
  const named = (await Promise.all(matches.slice(0, 3).map((m) => describeProfile(req, m)))).join('、')
  throw new PossibleDuplicate(
    `同一人已有档案：${named}。联合会每人只保留一份档案：请在稿件的「相关劳模/工匠」中直接关联它，不必重新建立。如确认需要由上级总工会核对（例如资料有出入），请在右侧「可能重复」中选择该档案后再保存：本档案将作为可能重复的草稿保存，由上级总工会的编辑决定是否合并。`,
  )
}
