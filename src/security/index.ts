import type { Config } from 'payload'
import depthLimit from 'graphql-depth-limit'

import { graphQLLimitRule } from './graphqlLimits'

/**
 * Origins allowed to make cookie-authenticated requests: the public address of the admin
 * (`SERVER_URL`) and, for local use, localhost on `PORT`. A write from any other origin carries no
 * user, so it is refused like an anonymous one.
 */
export function trustedOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const port = env.PORT || '3000'
  const origins = new Set<string>([`http://localhost:${port}`, `http://127.0.0.1:${port}`])
  if (env.SERVER_URL) {
    try {
      origins.add(new URL(env.SERVER_URL).origin)
    } catch {
      throw new Error(`SERVER_URL "${env.SERVER_URL}" is not a URL; use e.g. https://cms.example.org`)
    }
  }
  return [...origins]
}

/** Login lockout: `LOGIN_MAX_ATTEMPTS` failures (default 5) lock the account for `LOGIN_LOCK_MINUTES` (default 10). */
export function loginLockout(env: NodeJS.ProcessEnv = process.env): { maxLoginAttempts: number; lockTime: number } {
  const attempts = Number(env.LOGIN_MAX_ATTEMPTS || 5)
  const minutes = Number(env.LOGIN_LOCK_MINUTES || 10)
  return {
    maxLoginAttempts: Number.isInteger(attempts) && attempts > 0 ? attempts : 5,
    lockTime: (Number.isFinite(minutes) && minutes > 0 ? minutes : 10) * 60 * 1000,
  }
}

/**
 * GraphQL: no introspection or playground in production; depth and complexity limits always, and
 * the counts of aliases, fields and top-level queries and the `depth`/`limit` arguments bounded
 * (src/security/graphqlLimits.ts).
 */
export const graphQLConfig: Config['graphQL'] = {
  disableIntrospectionInProduction: true,
  disablePlaygroundInProduction: true,
  maxComplexity: 1000,
  validationRules: (args) => [depthLimit(10), graphQLLimitRule(args)],
}
