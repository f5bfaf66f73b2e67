/** The roles a user can hold. Values are stored and part of the REST API. */
export const ROLES = ['admin', 'chief-editor', 'editor', 'reporter'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '管理员', en: 'Administrator' },
  'chief-editor': { zh: '终审', en: 'Chief editor (final review)' },
  editor: { zh: '责编', en: 'Editor (first review)' },
  reporter: { zh: '记者/通讯员', en: 'Reporter / correspondent' },
}

type MaybeUser = { roles?: readonly string[] | null } | null | undefined

/** True when the user holds at least one of the roles. No user, or no roles, means false. */
export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  const held = user?.roles
  if (!Array.isArray(held)) return false
  return roles.some((role) => held.includes(role))
}

/** True for anyone working in the office (any role); anonymous readers and role-less accounts are not. */
export function isStaffUser(user: MaybeUser): boolean {
  return hasRole(user, ...ROLES)
}
