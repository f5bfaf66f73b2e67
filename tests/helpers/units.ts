// A city federation for the unit tests (units, 报送/采用, shared records): a city union with two
// counties, 甲县 (a) and 乙县 (b), and one logged-in account per entry of `accounts`.
import type { TestPayload } from './payload'

export type UnitKey = 'city' | 'a' | 'b'
export type Account = { roles: string[]; unit: UnitKey }
export type TestUser = { id: number; roles: string[]; collection: 'users'; email: string; organization: number }

export async function setUpFederation<W extends string>(t: TestPayload, domain: string, accounts: Record<W, Account>, cityName = '测试市总工会') {
  const units = {} as Record<UnitKey, number>
  const users = {} as Record<W, TestUser>
  const tokens = {} as Record<W, string>
  const org = async (name: string, level: string, parent?: number) => (await t.payload.create({ collection: 'organizations', data: { name, level, parent } as never })).id as number
  units.city = await org(cityName, 'city')
  units.a = await org('甲县总工会', 'county', units.city)
  units.b = await org('乙县总工会', 'county', units.city)
  // The first account becomes an administrator whatever it asks for: make it a bystander.
  await t.payload.create({ collection: 'users', data: { email: `first@${domain}`, password: 'pass-123456', name: '首位', roles: ['admin'] } as never })
  for (const who of Object.keys(accounts) as W[]) {
    const email = `${who.toLowerCase()}@${domain}`
    const { roles, unit } = accounts[who]
    const user = await t.payload.create({ collection: 'users', data: { email, password: 'pass-123456', name: `用户${who}`, roles, organization: units[unit] } as never })
    users[who] = { ...(user as object), collection: 'users', email } as TestUser
    tokens[who] = (await t.payload.login({ collection: 'users', data: { email, password: 'pass-123456' } })).token!
  }
  return { units, users, tokens }
}
