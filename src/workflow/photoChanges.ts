/**
 * Photos on live pages are live content. A photo used by anything the public site shows (see
 * src/media/usage.ts) may be changed — alt text, caption, credit, date, place, people, crop, or its
 * file replaced — only by 责编, 终审 or administrators; its alt text is never emptied while live; it
 * cannot be deleted while live; and only editors and above mark a photo for public use. Every
 * change to a photo, by anyone, is appended to its read-only 修改记录 (changeLog), and a change to a
 * live photo republishes the pages that show it.
 */
import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type CollectionSlug,
  type Field,
  type PayloadRequest,
} from 'payload'

import type { Media } from '../../payload-types'
import { PUBLISHABLE } from '../../collections/slugs'
import { hasRole, ROLES } from '../access/roles'
import { checkUnitChange } from '../access/units'
import { idOf } from '../lib/relations'
import { collectMediaRefs } from '../media/mediaRefs'
import { labelOf } from '../fields/walk'
import { queuePublish } from '../publish/queue'
import { ROLE_NAMES } from './stages'

/** Roles that may change a live photo. */
export const LIVE_PHOTO_EDITORS = ['admin', 'chief-editor', 'editor'] as const

/** Fields whose change is a change of the photo as readers see it (besides replacing the file). */
const PHOTO_FIELDS = ['alt', 'caption', 'credit', 'takenAt', 'place', 'event', 'people', 'organization', 'publicUse', 'focalX', 'focalY'] as const

/** One line of a photo's 修改记录, as stored. */
type ChangeEntry = NonNullable<Media['changeLog']>[number]

export class PhotoChangeError extends APIError {
  constructor(message: string, status = 403) {
    super(message, status, null, true)
    this.name = 'PhotoChangeError'
  }
}

/** A collection's Chinese singular name, from its config (「文章」). */
function collectionName(req: PayloadRequest, slug: string): string {
  const label = req.payload.collections[slug as CollectionSlug]?.config.labels?.singular
  if (typeof label === 'string') return label
  if (label && typeof label === 'object' && 'zh' in label) return String((label as { zh: string }).zh)
  return slug
}

/** 「文章 #12、图集 #3」: where a live photo is used, for a refusal. */
export function describeUses(req: PayloadRequest, usedBy: string | null | undefined, max = 5): string {
  const uses = (usedBy ?? '').split('|').filter(Boolean)
  const named = uses.slice(0, max).map((u) => {
    const [slug, id] = u.split(':')
    return `${collectionName(req, slug!)} #${id}`
  })
  return named.join('、') + (uses.length > max ? ` 等 ${uses.length} 处` : '')
}

const norm = (v: unknown): string => {
  if (v === undefined || v === null || v === '') return ''
  if (Array.isArray(v)) return JSON.stringify(v.map((x) => (x && typeof x === 'object' && 'id' in x ? (x as { id: unknown }).id : x)))
  if (typeof v === 'object' && 'id' in (v as object)) return String((v as { id: unknown }).id)
  return String(v)
}

const short = (v: unknown) => {
  const s = norm(v)
  return s.length > 40 ? `${s.slice(0, 40)}…` : s
}

function roleName(req: PayloadRequest): string {
  const roles: readonly string[] = req.user?.roles ?? []
  const top = ROLES.find((r) => roles.includes(r))
  return top ? ROLE_NAMES[top] : ROLE_NAMES.system
}

function fieldLabel(fields: Field[], name: string): string {
  const field = fields.find((f) => 'name' in f && f.name === name)
  if (name === 'focalX' || name === 'focalY') return '焦点（裁切）'
  return field ? labelOf(field) : name
}

/**
 * Before a photo is saved: who may change a live one, alt text kept, public use by editors only,
 * and the change appended to its log. Calls without a user (seed, import) are logged as 系统.
 */
export const guardPhotoChange: CollectionBeforeChangeHook<Media> = async ({ data: doc, originalDoc, operation, req, collection }) => {
  // A photo's unit: uploaded within the uploader's units, moved between units by administrators
  // only (the move is in its 修改记录 like any change of 所属单位).
  if (operation === 'create' || 'organization' in doc) {
    const unit = await checkUnitChange(req, { operation, before: originalDoc?.organization, after: 'organization' in doc ? doc.organization : originalDoc?.organization })
    if (!unit.ok) throw new PhotoChangeError(unit.message)
  }
  if (operation === 'create') {
    // A new photo is used by nothing yet; the live list is kept by src/media/usage.ts only.
    if (doc.publicUse && req.user && !hasRole(req.user, ...LIVE_PHOTO_EDITORS)) {
      throw new PhotoChangeError('只有责编、终审或管理员可以把图片设为「公开使用」。请上传后请责编设置。')
    }
    return { ...doc, usedBy: null, usedByPublished: false, changeLog: [] }
  }
  const original: Partial<Media> = originalDoc ?? {}
  const changed = PHOTO_FIELDS.filter((name) => name in doc && norm(doc[name]) !== norm(original[name]))
  const fileReplaced = Boolean(req.file) || ('filename' in doc && doc.filename !== original.filename)
  const names = [...changed.map((n) => fieldLabel(collection.fields, n)), ...(fileReplaced ? ['图片文件'] : [])]
  const keep = { ...doc, usedBy: original.usedBy ?? null, usedByPublished: original.usedByPublished ?? false }
  if (names.length === 0) return { ...keep, changeLog: original.changeLog ?? [] }

  const live = original.usedByPublished === true
  if (req.user) {
    if (live && !hasRole(req.user, ...LIVE_PHOTO_EDITORS)) {
      throw new PhotoChangeError(
        `这张图片正用于已发布的内容（${describeUses(req, original.usedBy)}），只有责编、终审或管理员可以修改它的${[...new Set(names)].join('、')}。请联系责编修改，或上传一张新图片用于您的稿件。`,
      )
    }
    // Reporters change their own uploads; a colleague's photo (or one imported by the system) is
    // changed by an editor.
    if (!hasRole(req.user, ...LIVE_PHOTO_EDITORS)) {
      const owner = idOf(original.createdBy)
      if (owner === null || String(owner) !== String(req.user.id)) {
        throw new PhotoChangeError('这张图片不是您上传的：记者只能修改自己上传的图片。如需修改，请联系上传人或责编。')
      }
    }
    // A piece in review (submitted, first-reviewed, or signed off and waiting to be published) is
    // reviewed with its photos: after submitting, the reporter no longer changes them either.
    if (!live && !hasRole(req.user, ...LIVE_PHOTO_EDITORS) && original.id !== undefined) {
      const inReview = await piecesInReviewUsing(req, original.id)
      if (inReview.length) {
        throw new PhotoChangeError(
          `这张图片正用于审核中的稿件（${inReview.slice(0, 5).join('、')}），提交后只有责编、终审或管理员可以修改它的${[...new Set(names)].join('、')}。如需修改，请联系责编，或请责编退回稿件。`,
        )
      }
    }
    if (changed.includes('publicUse') && !hasRole(req.user, ...LIVE_PHOTO_EDITORS)) {
      throw new PhotoChangeError('只有责编、终审或管理员可以设置「公开使用」。')
    }
  }
  if (live && 'alt' in doc && !String(doc.alt ?? '').trim() && String(original.alt ?? '').trim()) {
    throw new PhotoChangeError(`这张图片正用于已发布的内容（${describeUses(req, original.usedBy)}），替代文字（alt）不能清空：看不到图片的读者靠它了解画面。请改写而不是删除。`, 400)
  }

  const user = req.user
  const detail = [
    ...changed.filter((n) => n !== 'focalX' && n !== 'focalY').map((n) => `${fieldLabel(collection.fields, n)}：「${short(original[n])}」→「${short(doc[n])}」`),
    ...(fileReplaced ? [`图片文件：${original.filename ?? ''} → ${doc.filename ?? '新文件'}`] : []),
  ].join('\n')
  const entry: ChangeEntry = {
    at: new Date().toISOString(),
    user: user?.id ?? null,
    userName: user?.name || user?.email || '系统',
    role: roleName(req),
    fields: [...new Set(names)].join('、'),
    detail: detail || null,
  }
  if (live) req.context.photoWasLive = true
  // The log only grows, whatever the request sent for it.
  return { ...keep, changeLog: [...(original.changeLog ?? []), entry] }
}

/** 「文章 #12」 for each piece in review (not draft or returned, not live) that shows the photo. */
async function piecesInReviewUsing(req: PayloadRequest, photoId: number | string): Promise<string[]> {
  const found: string[] = []
  for (const slug of PUBLISHABLE) {
    const { docs } = await req.payload.find({
      collection: slug,
      where: { and: [{ reviewStage: { in: ['submitted', 'edited', 'approved'] } }, { _status: { equals: 'draft' } }] },
      draft: true,
      depth: 0,
      pagination: false,
      req,
    })
    const fields = req.payload.collections[slug].config.fields
    for (const doc of docs) {
      if (collectMediaRefs(fields, doc).some((r) => String(r.id) === String(photoId))) found.push(`${collectionName(req, slug)} #${doc.id}`)
    }
  }
  return found
}

/** A live photo changed: republish the pages that show it. */
export const republishLivePhoto: CollectionAfterChangeHook<Media> = async ({ doc, previousDoc, req, collection }) => {
  if (req.context.photoWasLive || previousDoc?.usedByPublished || doc.usedByPublished) {
    await queuePublish(req, `${collection.slug}:${doc.id}`)
  }
  return doc
}

/** A photo the public site shows is not deleted from under it. */
export const refuseDeletingLivePhoto: CollectionBeforeDeleteHook = async ({ id, req, collection }) => {
  const photo = await req.payload.findByID({ collection: collection.slug as 'media', id, depth: 0, req, disableErrors: true })
  if (photo?.usedByPublished) {
    throw new PhotoChangeError(`这张图片正用于已发布的内容（${describeUses(req, photo.usedBy)}），不能删除。请先在这些内容中换用其他图片并发布，再删除它。`, 409)
  }
}

export const republishAfterPhotoDelete: CollectionAfterDeleteHook<Media> = async ({ doc, req, collection }) => {
  if (doc.usedByPublished) await queuePublish(req, `${collection.slug}:${doc.id} deleted`)
  return doc
}

/** The 修改记录 field: written by `guardPhotoChange` only. */
export const photoChangeLogField: Field = {
  name: 'changeLog',
  type: 'array',
  label: { zh: '修改记录', en: 'Change log' },
  labels: { singular: { zh: '记录', en: 'Entry' }, plural: { zh: '修改记录', en: 'Change log' } },
  admin: { readOnly: true, initCollapsed: true, position: 'sidebar' },
  access: { read: ({ req: { user } }) => Boolean(user), create: () => false, update: () => false },
  fields: [
    { name: 'at', type: 'date', label: { zh: '时间', en: 'Time' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'user', type: 'relationship', relationTo: 'users', label: { zh: '操作人', en: 'User' } },
    { name: 'userName', type: 'text', label: { zh: '操作人姓名', en: 'User name' } },
    { name: 'role', type: 'text', label: { zh: '身份', en: 'Role' } },
    { name: 'fields', type: 'text', label: { zh: '修改内容', en: 'Fields changed' } },
    { name: 'detail', type: 'textarea', label: { zh: '修改前后', en: 'Before → after' } },
  ],
}
