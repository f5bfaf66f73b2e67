// Role checks and access rules (src/access): who holds a role, what anonymous readers may read,
// and who may edit an account.
import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import {
  ROLES,
  adminOrSelf,
  hasAnyRole,
  hasRole,
  isAdmin,
  isEditorOrAbove,
  isStaff,
  publishedOrStaff,
} from '../../src/access'
import { reaches, withinReach } from '../../src/access/units'

type TestUser = { id: number; roles?: string[] | null } | null

/** The access arguments for a request by `user`. */
const as = (user: TestUser) => ({ req: { user } as unknown as PayloadRequest })

const admin = { id: 1, roles: ['admin'] }
const chief = { id: 2, roles: ['chief-editor'] }
const editor = { id: 3, roles: ['editor'] }
const reporter = { id: 4, roles: ['reporter'] }
const noRoles = { id: 5, roles: [] }

describe('hasRole', () => {
  it('is true when the user holds one of the roles', () => {
    expect(hasRole({ roles: ['reporter', 'editor'] }, 'editor')).toBe(true)
    expect(hasRole(admin, 'editor', 'admin')).toBe(true)
  })

  it('is false without a user, without roles, or with other roles', () => {
    expect(hasRole(null, 'admin')).toBe(false)
    expect(hasRole(undefined, 'admin')).toBe(false)
    expect(hasRole({ roles: null }, 'admin')).toBe(false)
    expect(hasRole({}, 'admin')).toBe(false)
    expect(hasRole(reporter, 'admin', 'editor')).toBe(false)
    expect(hasRole(admin)).toBe(false)
  })

  it('does not treat a role name as a prefix or substring', () => {
    expect(hasRole({ roles: ['chief-editor'] }, 'editor')).toBe(false)
  })
})

describe('access rules', () => {
  it('knows exactly the four roles', () => {
    expect([...ROLES]).toEqual(['admin', 'chief-editor', 'editor', 'reporter'])
  })

  it('counts every role, and only them, as staff', () => {
    for (const user of [admin, chief, editor, reporter]) expect(isStaff(as(user) as never), user.roles[0]).toBe(true)
    expect(isStaff(as(null) as never)).toBe(false)
    expect(isStaff(as(noRoles) as never)).toBe(false)
  })

  it('lets anonymous readers and users without a role read published documents only', () => {
    const publishedOnly = { _status: { equals: 'published' } }
    expect(publishedOrStaff(as(null) as never)).toEqual(publishedOnly)
    expect(publishedOrStaff(as(noRoles) as never)).toEqual(publishedOnly)
    for (const user of [admin, chief, editor, reporter]) expect(publishedOrStaff(as(user) as never)).toBe(true)
  })

  it('lets editors, chief editors and admins manage catalogs and delete content, not reporters', () => {
    expect(isEditorOrAbove(as(editor) as never)).toBe(true)
    expect(isEditorOrAbove(as(chief) as never)).toBe(true)
    expect(isEditorOrAbove(as(admin) as never)).toBe(true)
    expect(isEditorOrAbove(as(reporter) as never)).toBe(false)
    expect(isEditorOrAbove(as(null) as never)).toBe(false)
  })

  it('always lets admins through hasAnyRole', () => {
    expect(hasAnyRole('reporter')(as(admin) as never)).toBe(true)
    expect(hasAnyRole('reporter')(as(editor) as never)).toBe(false)
  })

  it('reserves isAdmin to administrators', () => {
    expect(isAdmin(as(admin) as never)).toBe(true)
    for (const user of [chief, editor, reporter, null]) expect(isAdmin(as(user) as never)).toBe(false)
  })

  it('lets a user edit only their own account unless they are an admin', () => {
    expect(adminOrSelf(as(admin) as never)).toBe(true)
    expect(adminOrSelf(as(reporter) as never)).toEqual({ id: { equals: 4 } })
    expect(adminOrSelf(as(null) as never)).toBe(false)
  })
})

describe('units (src/access/units.ts)', () => {
  const county = { all: false as const, unit: 2, units: [2, 5], unitless: false, names: new Map() }
  const city = { ...county, unit: 1, units: [1, 2, 3, 5], unitless: true }

  it('reaches a unit and the units below it, and unit-less documents only from a top unit', () => {
    expect(reaches(county, 2)).toBe(true)
    expect(reaches(county, { id: 5 })).toBe(true)
    expect(reaches(county, 3)).toBe(false)
    expect(reaches(county, null)).toBe(false)
    expect(reaches(city, null)).toBe(true)
    expect(reaches({ all: true }, 99)).toBe(true)
  })

  it('leaves every rule as it was for users without a unit (a single office)', async () => {
    const req = (user: TestUser) => ({ req: { user, context: {} } as unknown as PayloadRequest })
    for (const user of [admin, chief, editor, reporter]) {
      expect(await withinReach(isStaff)(req(user) as never)).toBe(true)
      expect(await withinReach(isEditorOrAbove)(req(user) as never)).toBe(isEditorOrAbove(as(user) as never))
    }
    expect(await withinReach(isStaff)(req(null) as never)).toBe(false)
  })
})
