/**
 * The pieces entry points used before runCommand (./run.ts, which explains why lexical is loaded
 * first). Kept only for src/cli/publish.ts and src/publish/worker.ts until they run through
 * runCommand; new entry points use runCommand.
 */
import type { SanitizedConfig } from 'payload'

import { installStallGuard, markFinished, preloadLexical } from './run'

export { markFinished }

/** Load the Payload config for a command-line process, lexical first (see ./run.ts). */
export async function loadConfig(command: string): Promise<SanitizedConfig> {
  await loadLexicalFirst(command)
  const { default: config } = await import('../../payload.config')
  return config
}

/** Load lexical alone, with the guard that turns a stalled load into an error (see ./run.ts). */
export async function loadLexicalFirst(command: string): Promise<void> {
  installStallGuard(command)
  await preloadLexical()
}
