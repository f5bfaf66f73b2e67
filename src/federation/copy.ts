/**
 * 改编采用's copy: the upper unit's own draft of a piece sent up to it, at the start of its review
 * chain (Payload's duplicate, which the chain treats as a new piece of whoever copies it), linked to
 * the original by `adaptedFrom`; its log begins by saying where it came from.
 */
import type { FlattenedField, PayloadRequest } from 'payload'

import type { Id } from '../lib/relations'
import { withContext } from '../lib/transaction'
import { isContentField, type ReviewNote } from '../workflow/enforceReviewChain'
import { ADAPT_ACTION } from './fields'
import { FEDERATION_ACTIONS } from './rules'
import type { Piece, Ref } from './service'

/** Fields the copy gets from the adopting act, not from the original. */
const OWN = new Set(['slug', 'organization', 'adaptedFrom', 'adoptedBy'])

/**
 * Array rows without their ids (nested rows too): rows given as data keep the ids they are given, and
 * on SQL databases a row id is a primary key the original's rows already hold.
 */
function freshRows(fields: FlattenedField[], data: Record<string, unknown>): Record<string, unknown> {
  const out = { ...data }
  for (const field of fields) {
    const value = out[field.name]
    if (field.type === 'array' && Array.isArray(value)) {
      out[field.name] = value.map(({ id: _id, ...row }: Record<string, unknown>) => freshRows(field.flattenedFields, row))
    } else if (field.type === 'group' && value && typeof value === 'object' && !Array.isArray(value)) {
      out[field.name] = freshRows(field.flattenedFields, value as Record<string, unknown>)
    }
  }
  return out
}

/**
 * Make the copy of `published` (the original's live version) in `toUnit`. Payload's duplicate reads
 * the newest version, which is a correction still in review at the unit below when one is pending:
 * the upper unit adapts what it was sent and what readers see, so the live version's content is
 * given as the copy's data.
 */
export async function adaptedCopy(req: PayloadRequest, original: Ref, published: Piece, toUnit: Id, origin: string): Promise<Ref> {
  const { payload } = req
  const fields = payload.collections[original.relationTo].config.flattenedFields
  const live = published as unknown as Record<string, unknown>
  const content: Record<string, unknown> = {}
  for (const field of fields) {
    if (field.type === 'join' || ('virtual' in field && field.virtual) || !isContentField(field.name) || OWN.has(field.name)) continue
    if (field.name in live) content[field.name] = live[field.name]
  }
  // The copy is not the imported newspaper text (a re-import updates the original, not this).
  const imported = fields.some((f) => f.name === 'importHash')
  const copy = await withContext(req, { [ADAPT_ACTION]: true, skipPublish: true }, () =>
    payload.duplicate({
      collection: original.relationTo,
      id: original.value,
      data: { ...freshRows(fields, content), organization: toUnit, adaptedFrom: original, publishedAt: null, ...(imported ? { importHash: null } : {}) } as never,
      draft: true,
      depth: 0,
      req,
      overrideAccess: false,
    }),
  )
  const note: ReviewNote = { step: 'adopt', action: FEDERATION_ACTIONS.adaptedCopy, comment: origin }
  await withContext(req, { reviewNote: note, skipPublish: true }, () =>
    payload.update({ collection: original.relationTo, id: copy.id, data: {}, draft: true, depth: 0, req, overrideAccess: false }),
  )
  return { relationTo: original.relationTo, value: copy.id }
}
