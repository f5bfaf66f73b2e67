import nextEnv from '@next/env'

import { projectRoot } from './paths'
import { setting } from '../settings'

/**
 * Load `.env` files the way Next.js does (`.env`, `.env.local`, `.env.production`…), so the CLI
 * scripts see the same configuration as the server. Variables already set in the environment win.
 */
export function loadEnv(): void {
  nextEnv.loadEnvConfig(projectRoot, setting('NODE_ENV') !== 'production', { info: () => {}, error: console.error })
}
