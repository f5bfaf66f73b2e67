import type { SanitizedConfig } from 'payload'

let finished = false

/**
 * Load the Payload config for a command-line process.
 *
 * Lexical is imported on its own first: its Node entry points use top-level `await import()`, and
 * when the @lexical/* packages load concurrently the module graph sometimes never settles on
 * Node 20 — the process then just ends, silently, with status 0. Loaded first, alone, it settles.
 * Should it stall anyway, `beforeExit` turns the silent exit into a one-line error and status 1.
 */
export async function loadConfig(command: string): Promise<SanitizedConfig> {
  await loadLexicalFirst(command)
  const { default: config } = await import('../../payload.config')
  return config
}

/** Load lexical alone, with the guard that turns a stalled load into an error (see loadConfig). */
export async function loadLexicalFirst(command: string): Promise<void> {
  process.on('beforeExit', () => {
    if (finished) return
    console.error(`✖ ${command}: module loading stalled before the command could run; please run it again.`)
    process.exit(1)
  })
  await import('@payloadcms/richtext-lexical/lexical')
}

/** Mark the command as done, so ending the process is not taken for a stall. */
export function markFinished(): void {
  finished = true
}
