import crypto from 'node:crypto'

import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

/**
 * The one answer to every failed login: unknown address, wrong password and locked account alike,
 * so the answer does not tell whether an address has an account. It names both causes, so the
 * person knows what to do.
 */
export const LOGIN_FAILED_MESSAGE = {
  zh: '邮箱或密码不正确，或账户因多次失败已被暂时锁定，请稍后再试或联系管理员。',
  en: 'The e-mail address or password is incorrect, or the account is temporarily locked after too many failed logins. Please try again later or contact an administrator.',
} as const

/** The translation keys Payload's login operation builds its failure messages from. */
const FAILURE_KEYS = new Set(['error:emailOrPasswordIncorrect', 'error:usernameOrPasswordIncorrect', 'error:userLocked'])

/**
 * The password hash Payload computes for an account: pbkdf2-sha256, 600,000 iterations, 32-byte
 * key, for every password it stores (node_modules/payload/dist/auth/strategies/local/
 * generatePasswordSaltHash.js, `currentPasswordHash*`; checked in authenticate.js).
 */
const HASH = { iterations: 600_000, keyLength: 32, digest: 'sha256' } as const
const DUMMY_SALT = crypto.randomBytes(32).toString('hex')

/**
 * `beforeOperation` hook of an auth collection: failed logins answer alike and take alike.
 *
 * - **Same answer.** Payload's login operation throws `AuthenticationError` (unknown address,
 *   wrong password) or `LockedAuth` (locked account), both 401, with messages from `req.t`, and
 *   it builds them after this hook has run. Pointing those keys of this request's `t` at one
 *   message changes the answer for REST, GraphQL and the Local API alike — a collection
 *   `afterError` hook would reach REST only (the GraphQL handler calls just the global ones).
 * - **Same time.** Payload returns at once for an unknown address or a locked account and runs
 *   the password hash only for an unlocked account, so the answer time told whether an account
 *   exists. For the first two the hook runs the same hash on a dummy (or the account's) salt.
 */
export const equalizeFailedLogins: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login') return args
  answerFailuresAlike(req)
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data ?? {}
  const email = typeof data.email === 'string' ? data.email.toLowerCase().trim() : ''
  const password = typeof data.password === 'string' ? data.password : ''
  // Missing fields are answered by Payload's validation, before any account is looked up.
  if (!email || !password.trim()) return args
  // Looked up the way the login operation does (payload/dist/auth/operations/login.js).
  const user = await req.payload.db.findOne<{ id: number | string; salt?: string; lockUntil?: string | null }>({
    collection: collection.slug,
    req,
    where: { email: { equals: email } },
  })
  const locked = Boolean(user?.lockUntil && new Date(user.lockUntil).getTime() > Date.now())
  if (!user || locked) await hashLikeALogin(password, typeof user?.salt === 'string' ? user.salt : DUMMY_SALT)
  return args
}

/** Make this request's failed-login messages the one message, in the request's language. */
function answerFailuresAlike(req: PayloadRequest): void {
  const t = req.t
  const message = req.i18n?.language === 'en' ? LOGIN_FAILED_MESSAGE.en : LOGIN_FAILED_MESSAGE.zh
  req.t = ((key: string, options?: Record<string, unknown>) => (FAILURE_KEYS.has(key) ? message : t(key as never, options as never))) as typeof req.t
}

/** The work of checking a password, result discarded. */
function hashLikeALogin(password: string, salt: string): Promise<void> {
  return new Promise((resolve) => crypto.pbkdf2(password, salt, HASH.iterations, HASH.keyLength, HASH.digest, () => resolve()))
}
