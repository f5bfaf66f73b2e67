import type { Config } from 'payload'
import depthLimit from 'graphql-depth-limit'

import { setting, type Env } from '../settings'
import { graphQLLimitRule } from './graphqlLimits'

/**
 * Origins allowed to make cookie-authenticated requests: the public address of the admin
 * (`SERVER_URL`) and, for local use, localhost on `PORT`. A write from any other origin carries no
 * user, so it is refused like an anonymous one.
 */
export function trustedOrigins(env: Env = process.env): string[] {
  const port = setting('PORT', env)
  const origins = new Set<string>([`http://localhost:${port}`, `http://127.0.0.1:${port}`])
  const serverURL = setting('SERVER_URL', env)
  if (serverURL) origins.add(new URL(serverURL).origin)
  return [...origins]
}

/** Login lockout: `LOGIN_MAX_ATTEMPTS` failures (default 5) lock the account for `LOGIN_LOCK_MINUTES` (default 10). */
export function loginLockout(env: Env = process.env): { maxLoginAttempts: number; lockTime: number } {
  return { maxLoginAttempts: setting('LOGIN_MAX_ATTEMPTS', env), lockTime: setting('LOGIN_LOCK_MINUTES', env) * 60 * 1000 }
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
