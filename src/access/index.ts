import type { Access, FieldAccess, TypedUser, Where } from 'payload'

import { MEDIA } from '../../collections/slugs'
import { IMAGE_SIZES } from '../media/derivatives'
import { hasRole, isStaffUser, type Role } from './roles'
import { reachWhere, withinReach } from './units'

export { hasRole, isStaffUser, ROLES, ROLE_LABELS, type Role } from './roles'

/** Anyone, logged in or not. Used for taxonomies and media the public site shows. */
export const anyone: Access = () => true

/** Any logged-in user with at least one role. */
export const isStaff: Access = ({ req: { user } }) => isStaffUser(user)

export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')

export const isAdminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')

/** Field-level twin of `isStaff`: internal fields (review log, import fingerprint…) stay in the office. */
export const isStaffField: FieldAccess = ({ req: { user } }) => isStaffUser(user)

/** Users holding any of the given roles (admins always pass). */
export const hasAnyRole =
  (...roles: Role[]): Access =>
  ({ req: { user } }) =>
    hasRole(user, 'admin', ...roles)

/** Editors and above: manage taxonomies, delete content. */
export const isEditorOrAbove: Access = hasAnyRole('chief-editor', 'editor')

export const PUBLISHED_ONLY: Where = { _status: { equals: 'published' } }

/**
 * Staff read everything; everyone else reads published documents only. Returns a query, not a
 * boolean, so lists filter instead of failing.
 */
export const publishedOrStaff: Access = ({ req: { user } }) =>
  isStaffUser(user) ? true : PUBLISHED_ONLY

/** Admins, or the user reading / updating their own account. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}

/**
 * Field-level twin of `adminOrSelf`, for a person's contact and account details (e-mail, roles):
 * colleagues see each other's names, only administrators and the person see the rest.
 */
export const adminOrSelfField: FieldAccess = ({ req: { user }, doc, id }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const owner = doc?.id ?? id
  return owner !== undefined && String(owner) === String(user.id)
}

/**
 * Photos and video files: staff read all of those of the units they reach; anyone else only those the public site shows
 * (used by something published, kept up to date by src/media/usage.ts) or marked for public use.
 * A portrait used only by a draft — say, a profile held back for lack of consent — stays private,
 * through the API and its file route alike.
 */
const PUBLIC_MEDIA: Where = { or: [{ usedByPublished: { equals: true } }, { publicUse: { equals: true } }] }

export const publicMediaOrStaff: Access = async ({ req, isReadingStaticFile, data }) => {
  let readable: Where = PUBLIC_MEDIA
  if (isStaffUser(req.user)) {
    // Staff read the private photos of the units they reach (src/access/units.ts), public ones of all.
    const scope = await reachWhere(req)
    if (scope === true) return true
    readable = { or: [PUBLIC_MEDIA, scope] }
  }
  if (!isReadingStaticFile) return readable
  // A file request (/api/media/file/<name>) may name one of the sizes (or its JPEG fallback),
  // which Payload's own lookup does not know (the sizes are the project's, src/media/sizesField.ts):
  // answer whether the photo the file belongs to is public.
  const filename = String((data as { filename?: unknown } | undefined)?.filename ?? '')
  if (!filename) return false
  const webp = filename.replace(/\.jpe?g$/i, '.webp')
  const names: Where[] = [{ filename: { equals: filename } }, ...IMAGE_SIZES.flatMap((size) => [{ [`sizes.${size.name}.filename`]: { equals: filename } }, { [`sizes.${size.name}.filename`]: { equals: webp } }])]
  const { totalDocs } = await req.payload.count({ collection: MEDIA, where: { and: [{ or: names }, readable] }, req })
  if (totalDocs > 0) return true
  if (!isStaffUser(req.user)) return false
  // Staff asking for a file no photo names at all: let the file route answer 404 (not found), not
  // 403 — a file of a unit they do not reach stays refused.
  const named = await req.payload.count({ collection: MEDIA, where: { or: names }, req })
  return named.totalDocs === 0
}

/** Field-level: editors and above. */
export const isEditorOrAboveField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'chief-editor', 'editor')

/**
 * A person's contact details in the correspondents roster (phone, e-mail, address): editors and
 * above of the office only. Reporters see the roster's names and units (to write bylines);
 * anonymous readers see nothing of it (the collection's read is staff only).
 */
export const contactDetailsField: FieldAccess = isEditorOrAboveField

/**
 * Correspondents roster (通讯员名册): staff read names and units, editors and above keep it,
 * administrators delete — each within the units they reach (src/access/units.ts): a county's
 * editors keep the county's correspondents and do not read other units' contact details.
 */
export const correspondentsAccess = {
  read: withinReach(isStaff),
  create: isEditorOrAbove,
  update: withinReach(isEditorOrAbove),
  delete: withinReach(isAdmin),
} satisfies Record<'read' | 'create' | 'update' | 'delete', Access>

/**
 * 稿件统计: editors, chief editors and administrators read the office's statistics. A reporter
 * (记者/通讯员) reads their own counts only — by person, their own line: what they wrote is theirs to
 * see, what colleagues wrote is the office's business. Anyone else reads nothing. The endpoint, the
 * admin page and the command line all ask this (src/stats/service.ts).
 */
export type StatsScope = { kind: 'office' } | { kind: 'own'; person: string } | { kind: 'none' }

export function statsScope(user: TypedUser | null | undefined): StatsScope {
  if (hasRole(user, 'admin', 'chief-editor', 'editor')) return { kind: 'office' }
  if (user && isStaffUser(user)) return { kind: 'own', person: `user:${String(user.id)}` }
  return { kind: 'none' }
}
