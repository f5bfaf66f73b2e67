/**
 * Whom a piece is counted for (per person): each name in its bylines (署名) — an account when the
 * byline links one or names a colleague uniquely, a correspondent of the roster (通讯员名册) when
 * the name is there, else the name as printed — and, for a piece without bylines, the account that
 * created it. The creator of a piece with bylines is not credited: editors and the importer enter
 * other people's pieces, and the byline is what the newspaper printed.
 */
import { BYLINE_ROLE_TEXT, type BylineRole } from '../fields/options'
import type { Account, Directory, Piece, RosterEntry } from './types'

/** A person a piece is counted for. `key` is stable across pieces: `user:<id>`, `correspondent:<id>` or `name:<name>`. */
export type Credit = { key: string; name: string; role: string; unit: string | null }

const CORRESPONDENT_ROLES = new Set(['correspondent', 'special-correspondent'])

export type People = {
  accountById: Map<string, Account>
  accountsByName: Map<string, Account[]>
  rosterByName: Map<string, RosterEntry[]>
}

export function indexPeople(directory: Directory): People {
  const group = <T extends { name: string }>(list: T[]) => {
    const map = new Map<string, T[]>()
    for (const item of list) {
      const name = normalizeName(item.name)
      map.set(name, [...(map.get(name) ?? []), item])
    }
    return map
  }
  return {
    accountById: new Map(directory.accounts.map((a) => [a.id, a])),
    accountsByName: group(directory.accounts),
    rosterByName: group(directory.roster),
  }
}

/** Names as printed vary in spacing (「王 磊」 for two-character names in newspapers). */
export const normalizeName = (name: string) => name.replace(/[\s\u3000]+/g, '').trim()

const roleText = (role: string | null) => (role ? (BYLINE_ROLE_TEXT[role as BylineRole] ?? role) : '署名')

/** One match among namesakes: the only one, or the only one in the piece's unit. */
function pick<T extends { organization: string | null }>(candidates: T[] | undefined, unit: string | null): T | null {
  if (!candidates?.length) return null
  if (candidates.length === 1) return candidates[0]!
  const here = candidates.filter((c) => unit !== null && c.organization === unit)
  return here.length === 1 ? here[0]! : null
}

export function creditsOf(piece: Piece, people: People): Credit[] {
  const credits = new Map<string, Credit>()
  const add = (credit: Credit) => {
    const known = credits.get(credit.key)
    if (!known) credits.set(credit.key, credit)
    else if (!known.role.split('、').includes(credit.role)) known.role = `${known.role}、${credit.role}`
  }
  const asAccount = (account: Account, role: string) => add({ key: `user:${account.id}`, name: account.name, role, unit: account.organization })
  const asCorrespondent = (entry: RosterEntry, role: string) => add({ key: `correspondent:${entry.id}`, name: entry.name, role, unit: entry.organization })

  for (const byline of piece.bylines) {
    const name = normalizeName(byline.name)
    if (!name) continue
    const role = roleText(byline.role)
    const linked = byline.user ? people.accountById.get(byline.user) : undefined
    if (linked) {
      asAccount(linked, role)
      continue
    }
    const account = pick(people.accountsByName.get(name), piece.organization)
    const entry = pick(people.rosterByName.get(name), piece.organization)
    // A correspondent's byline is looked up in the roster first; a reporter's among the accounts.
    const first = byline.role && CORRESPONDENT_ROLES.has(byline.role) ? (entry ? () => asCorrespondent(entry, role) : null) : account ? () => asAccount(account, role) : null
    const second = entry ? () => asCorrespondent(entry, role) : account ? () => asAccount(account, role) : null
    const match = first ?? second
    if (match) match()
    else add({ key: `name:${name}`, name, role, unit: null })
  }
  if (credits.size === 0 && piece.creator) {
    const account = people.accountById.get(piece.creator)
    if (account) asAccount(account, '作者（创建人）')
  }
  return [...credits.values()]
}
