// Login answers do not reveal which e-mail addresses have accounts: an unknown address, a wrong
// password and a locked account get the same status and message over REST and GraphQL, unknown
// addresses take about as long as known ones, and forgot-password answers alike for both.
import { performance } from 'node:perf_hooks'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { LOGIN_FAILED_MESSAGE } from '../../src/security/login'
import { rest, startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
const password = 'correct-horse-2026'

beforeAll(async () => {
  process.env.LOGIN_MAX_ATTEMPTS = '5'
  process.env.LOGIN_LOCK_MINUTES = '10'
  t = await startPayload('login-enumeration')
  for (const [email, name] of [
    ['admin@enum.test', '管理员'],
    ['known@enum.test', '记者甲'],
    ['locked@enum.test', '记者乙'],
    ['timing@enum.test', '记者丙'],
  ] as const) {
    await t.payload.create({ collection: 'users', data: { email, password, name, roles: ['reporter'] } as never })
  }
  // Lock one account: five wrong passwords.
  for (let i = 0; i < 5; i++) await login('locked@enum.test', 'wrong-password')
})

afterAll(async () => {
  await t?.close()
})

type Answer = { status: number; body: { errors?: { message: string }[]; token?: string } }
const login = (email: string, pw: string): Promise<Answer> => rest(t, 'POST', '/api/users/login', { body: { email, password: pw } })

describe('failed logins', () => {
  it('answers an unknown address, a wrong password and a locked account with the same status and message', async () => {
    const answers = {
      unknown: await login('nobody@enum.test', 'wrong-password'),
      wrongPassword: await login('known@enum.test', 'wrong-password'),
      lockedWrongPassword: await login('locked@enum.test', 'wrong-password'),
      lockedRightPassword: await login('locked@enum.test', password),
    }
    for (const [name, answer] of Object.entries(answers)) {
      expect({ name, status: answer.status, body: answer.body }).toEqual({
        name,
        status: 401,
        body: { errors: [{ message: LOGIN_FAILED_MESSAGE.zh }] },
      })
    }
    // The one message still tells a locked-out person what happened and what to do.
    expect(LOGIN_FAILED_MESSAGE.zh).toMatch(/锁定/)
    expect(LOGIN_FAILED_MESSAGE.zh).toMatch(/稍后再试|联系管理员/)
  })

  it('still logs in with the right password of an account that is not locked', async () => {
    const ok = await login('known@enum.test', password)
    expect(ok.status).toBe(200)
    expect(ok.body.token).toBeTruthy()
  })

  it('answers in English, the same for every failure, when the admin is used in English', async () => {
    const { handleEndpoints } = await import('payload')
    const english = async (email: string, pw: string) => {
      const request = new Request('http://localhost/api/users/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': 'en' },
        body: JSON.stringify({ email, password: pw }),
      })
      const res = await handleEndpoints({ config: t.config, request, payloadInstanceCacheKey: t.key })
      return { status: res.status, body: await res.json() }
    }
    const unknown = await english('nobody@enum.test', 'wrong-password')
    expect(unknown).toEqual({ status: 401, body: { errors: [{ message: LOGIN_FAILED_MESSAGE.en }] } })
    expect(await english('known@enum.test', 'wrong-password')).toEqual(unknown)
    expect(await english('locked@enum.test', password)).toEqual(unknown)
  })

  it('answers the same through GraphQL', async () => {
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const gql = async (email: string, pw: string) => {
      const query = `mutation { loginUser(email: ${JSON.stringify(email)}, password: ${JSON.stringify(pw)}) { token } }`
      const res = await GRAPHQL_POST(t.config)(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query }) }))
      const body = (await res.json()) as { errors?: { message: string }[] }
      return body.errors?.map((e) => e.message)
    }
    const unknown = await gql('nobody@enum.test', 'wrong-password')
    expect(unknown).toEqual([LOGIN_FAILED_MESSAGE.zh])
    expect(await gql('known@enum.test', 'wrong-password')).toEqual(unknown)
    expect(await gql('locked@enum.test', password)).toEqual(unknown)
  })

  it('answers the same through the Local API', async () => {
    const attempt = (email: string, pw: string) => t.payload.login({ collection: 'users', data: { email, password: pw } }).then(
      () => 'logged in',
      (err: Error) => err.message,
    )
    expect(await attempt('nobody@enum.test', 'wrong-password')).toBe(LOGIN_FAILED_MESSAGE.zh)
    expect(await attempt('known@enum.test', 'wrong-password')).toBe(LOGIN_FAILED_MESSAGE.zh)
    expect(await attempt('locked@enum.test', password)).toBe(LOGIN_FAILED_MESSAGE.zh)
  })

  it('takes about as long for an unknown address or a locked account as for a wrong password of a known one', async () => {
    const time = async (email: string) => {
      const start = performance.now()
      const answer = await login(email, 'wrong-password')
      expect(answer.status).toBe(401)
      return performance.now() - start
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
    // Interleaved, so a busy machine slows every side alike. The known account gets at most
    // four wrong passwords in a row before a right one resets its count, so it never locks.
    const unknown: number[] = []
    const locked: number[] = []
    const known: number[] = []
    for (let i = 0; i < 15; i++) {
      unknown.push(await time(`nobody-${i}@enum.test`))
      locked.push(await time('locked@enum.test'))
      known.push(await time('timing@enum.test'))
      if (i % 4 === 3) expect((await login('timing@enum.test', password)).status).toBe(200)
    }
    const k = median(known)
    // Without the equalising hook an unknown address is answered in ~3 ms against ~120 ms.
    for (const [name, u] of [['unknown', median(unknown)], ['locked', median(locked)]] as const) {
      const note = `median ${name} ${u.toFixed(1)} ms, known with a wrong password ${k.toFixed(1)} ms`
      expect(u / k, note).toBeGreaterThan(0.5)
      expect(u / k, note).toBeLessThan(2)
    }
  }, 120_000)
})

describe('forgot password', () => {
  it('answers a known and an unknown address with the same status and body', async () => {
    const forgot = (email: string) => rest(t, 'POST', '/api/users/forgot-password', { body: { email } })
    const known = await forgot('known@enum.test')
    const unknown = await forgot('nobody@enum.test')
    expect(known.status).toBe(200)
    expect({ status: unknown.status, body: unknown.body }).toEqual({ status: known.status, body: known.body })
    // Asked again at once (inside Payload's minimum interval between two requests), still alike.
    const again = await forgot('known@enum.test')
    expect({ status: again.status, body: again.body }).toEqual({ status: known.status, body: known.body })
  })
})
