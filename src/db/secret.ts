import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../lib/paths'
import { setting, type Env } from '../settings'

/** Git-ignored file that keeps the development secret, so logins survive restarts. */
export const DEV_SECRET_FILE = '.payload-secret'

export class MissingSecretError extends Error {
  override name = 'MissingSecretError'
}

/**
 * The secret Payload signs tokens with.
 * - `PAYLOAD_SECRET` set: used as is.
 * - production (`NODE_ENV=production`) without it: refuse to start.
 * - otherwise: read `.payload-secret`, creating it with a random value on first run.
 */
export function resolveSecret(env: Env = process.env, root = projectRoot): string {
  const fromEnv = setting('PAYLOAD_SECRET', env)
  if (fromEnv) return fromEnv
  if (setting('NODE_ENV', env) === 'production') {
    throw new MissingSecretError(
      'PAYLOAD_SECRET is not set. In production it is required: set it to a long random string (e.g. `openssl rand -hex 32`).',
    )
  }
  const file = path.join(root, DEV_SECRET_FILE)
  try {
    const saved = fs.readFileSync(file, 'utf8').trim()
    if (saved) return saved
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
  }
  const secret = crypto.randomBytes(32).toString('hex')
  // A data folder (UNION_CMS_ROOT) that does not exist yet is made, as the database and media folders are.
  fs.mkdirSync(root, { recursive: true })
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  return secret
}
