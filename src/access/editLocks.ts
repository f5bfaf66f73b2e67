/**
 * Edit locks (Payload's `payload-locked-documents`: "X is editing this document") are held by whoever
 * takes them. Payload lets any logged-in user create, change or delete any lock, naming any user
 * as its holder: a reporter could lock a piece in the chief editor's name and every other save of
 * it was then refused (423). Here a lock always names the user who takes it, and only its holder,
 * a chief editor or an administrator changes or removes it.
 *
 * Payload adds this collection itself after the config's plugins have run, so the rules are
 * attached to the running instance (called from onInit); the route × role test drives them.
 */
import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, Payload, PayloadRequest } from 'payload'

import type { PayloadLockedDocument } from '../../payload-types'
import { idOf } from '../lib/relations'
import { AccessRefusal } from './errors'
import { hasRole } from './roles'

const LOCKS = 'payload-locked-documents'

const holderOf = (lock: Partial<PayloadLockedDocument> | null | undefined) => {
  const id = idOf(lock?.user?.value)
  return id === null ? null : String(id)
}

const mayManageOthers = (user: PayloadRequest['user']) => hasRole(user, 'admin', 'chief-editor')

const REFUSAL = '这把编辑锁是别人的：只有持锁人、终审或管理员可以修改或解除。'

export const lockHolderIsCaller: CollectionBeforeChangeHook<PayloadLockedDocument> = ({ data, originalDoc, operation, req }) => {
  if (!req.user) return data
  if (operation === 'update' && holderOf(originalDoc) !== String(req.user.id) && !mayManageOthers(req.user)) {
    throw new AccessRefusal(REFUSAL)
  }
  return { ...data, user: { relationTo: req.user.collection, value: req.user.id } }
}

export const onlyHolderRemovesLock: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!req.user || mayManageOthers(req.user)) return
  const lock = await req.payload.findByID({ collection: LOCKS, id, depth: 0, req, disableErrors: true })
  if (lock && holderOf(lock) !== String(req.user.id)) throw new AccessRefusal(REFUSAL)
}

export function guardEditLocks(payload: Payload): void {
  const collection = payload.collections[LOCKS]?.config
  if (!collection) return
  collection.hooks.beforeChange = [...(collection.hooks.beforeChange ?? []).filter((h) => h !== lockHolderIsCaller), lockHolderIsCaller]
  collection.hooks.beforeDelete = [...(collection.hooks.beforeDelete ?? []).filter((h) => h !== onlyHolderRemovesLock), onlyHolderRemovesLock]
}
