import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { adminOrSelf, adminOrSelfField, hasRole, isAdmin, isAdminField, isStaff, isStaffUser, ROLE_LABELS, ROLES } from '../src/access'
import { AccessRefusal } from '../src/access/errors'
import { keepAccountsInReach, withinReach } from '../src/access/units'
import { loginLockout } from '../src/security'
import { equalizeFailedLogins } from '../src/security/login'
import { ORGANIZATIONS, USERS } from './slugs'

/** Fields only an administrator may set on any account, their own included. */
// The name too: it is what the review log and the sign-off sheet show for every move.
const ADMIN_ONLY_FIELDS = ['name', 'roles', 'organization'] as const

/**
 * Refuse, with a message, a change to roles or organization by a non-admin. Field access alone would
 * drop the value silently and report success, which misleads the user.
 */
const refuseRoleChanges: CollectionBeforeOperationHook<typeof USERS> = async (hook) => {
  const { req } = hook
  // Payload reports both bulk updates and updates by id as 'update'; only the latter carries an id.
  if (hook.operation !== 'update') return hook.args
  const { args } = hook
  if (args.overrideAccess || hasRole(req.user, 'admin')) return args
  const data = args.data ?? {}
  const touched = ADMIN_ONLY_FIELDS.filter((name) => name in data)
  if (touched.length === 0) return args
  // The operation's type is the bulk update's, which has no id (see above).
  const id = (args as { id?: number | string }).id
  if (id !== undefined && req.user) {
    // The admin's account form sends every field back; unchanged values are not a change.
    const current = await req.payload.findByID({ collection: USERS, id, depth: 0, req })
    const unchanged = touched.every((name) => sameValue(current?.[name], data[name]))
    if (unchanged) return args
  }
  throw new AccessRefusal('只有管理员可以修改用户的姓名、角色和所属单位（审签记录和审签单上署的是这个姓名）。如需调整，请联系系统管理员。')
}

function sameValue(stored: unknown, incoming: unknown): boolean {
  const norm = (v: unknown): unknown => {
    if (Array.isArray(v)) return [...v].map(norm).sort()
    if (v && typeof v === 'object' && 'id' in v) return (v as { id: unknown }).id
    return v ?? null
  }
  return JSON.stringify(norm(stored)) === JSON.stringify(norm(incoming))
}

export const Users: CollectionConfig = {
  slug: USERS,
  labels: { singular: { zh: '用户', en: 'User' }, plural: { zh: '用户', en: 'Users' } },
  // Lockout after repeated failures (LOGIN_MAX_ATTEMPTS / LOGIN_LOCK_MINUTES); logging out ends the
  // session, so its token stops working.
  auth: { ...loginLockout(), useSessions: true },
  access: {
    // The first account may be created from the admin's "create first user" screen; after that,
    // only administrators add accounts.
    create: async (args) => {
      if (isAdmin(args)) return true
      const { totalDocs } = await args.req.payload.count({ collection: USERS, req: args.req })
      return totalDocs === 0
    },
    read: isStaff,
    // An administrator of a unit manages the accounts of the units they reach (src/access/units.ts).
    update: withinReach(adminOrSelf),
    delete: withinReach(isAdmin),
    // Unlocking an account ends its login lockout: only administrators may (of the units they
    // reach), or the lockout would be no limit on guessing passwords.
    unlock: withinReach(isAdmin),
    admin: ({ req: { user } }) => isStaffUser(user),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'organization'],
    group: { zh: '系统', en: 'System' },
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { zh: '姓名', en: 'Name' }, access: { update: isAdminField } },
    // Merged into Payload's own e-mail field: colleagues see names, administrators and the person
    // themselves see the address (and cannot search accounts by it otherwise).
    { name: 'email', type: 'email', required: true, unique: true, access: { read: adminOrSelfField } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      saveToJWT: true,
      required: true,
      defaultValue: ['reporter'],
      label: { zh: '角色', en: 'Roles' },
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      access: { read: adminOrSelfField, create: isAdminField, update: isAdminField },
      admin: { description: { zh: '只有管理员可以修改角色。', en: 'Only administrators change roles.' } },
    },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: ORGANIZATIONS,
      label: { zh: '所属单位', en: 'Organization' },
      access: { create: isAdminField, update: isAdminField },
    },
  ],
  hooks: {
    // Failed logins answer alike and take alike, so they do not tell which addresses have accounts.
    beforeOperation: [refuseRoleChanges, equalizeFailedLogins],
    beforeChange: [
      keepAccountsInReach,
      // The very first account becomes the administrator, whatever the form sent.
      async ({ data, operation, req }) => {
        if (operation !== 'create') return data
        const { totalDocs } = await req.payload.count({ collection: USERS, req })
        return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
      },
    ],
  },
}
