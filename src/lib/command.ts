/**
 * The one way a command-line entry point runs (npm start, seed, import, backup, restore,
 * media:import, the `payload` wrapper, the benchmarks and the tests' child processes):
 *
 *   runCommand('npm run backup', async ({ loadConfig }) => {
 *     const payload = await getPayload({ config: await loadConfig() })
 *     …
 *     return 0                        // the exit status
 *   }, { failure: '备份失败 backup failed' })
 *
 * In order, it
 *   1. installs the stall guard: should the process run out of work before the command has
 *      finished (see below), `beforeExit` prints one line and exits with status 1, instead of
 *      Node ending silently with status 0;
 *   2. loads `.env` (./env.ts) and checks every setting (src/settings: validateSettings), so a bad
 *      value stops the command before it touches anything, with one message listing them all;
 *   3. imports `@payloadcms/richtext-lexical/lexical` alone, before anything else can pull it in;
 *   4. runs the command with a context: `name`, and `loadConfig()` for payload.config.ts;
 *   5. exits with the status the command returns (stdout and stderr flushed first, pipes included).
 *      `'running'` instead of a status means the command left something running that ends the
 *      process itself (a cron): the runner then only marks it finished.
 *
 * Errors: a `CommandError` (expected: bad input, a refused operation) prints
 * `✖ <failure>: <message>` and exits with its status (1 by default); a `SettingsError` prints its
 * list; `CommandExit` exits with its status, having printed nothing more (the command already
 * said what was wrong, e.g. its usage). Anything else is unexpected: the same line, then the stack,
 * status 1. `failure` defaults to nothing (`✖ <message>`, as `npm start` prints).
 *
 * Why lexical is loaded first, alone: its Node entry points (`*.node.mjs`) use top-level
 * `await import()`, and when the @lexical/* packages are loaded concurrently — as the Payload config
 * does, through the editor — the module graph sometimes never settles on Node 20: the pending
 * top-level awaits keep nothing alive, so the process runs out of work and ends with status 0 (or
 * 13, "unsettled top-level await", when the entry point itself awaits), having done nothing; here
 * it was about one `npm run seed` in four. Loaded first and alone, it always settles. Upstream: no
 * issue names this exact graph. The closest are nodejs/node#58398 (a module with top-level await
 * imported again while its evaluation is pending ends the process with "Detected unsettled
 * top-level await", status 13; its reporter found Node 22.10 unaffected) and nodejs/node#44494
 * (dynamic imports with top-level await in a cycle: the process dies silently); Payload carries a
 * workaround of its own for the same symptom in its repository scripts (payloadcms/payload#8467,
 * "add workaround for unsettled top-level await script failures"). Searched: the issues of
 * nodejs/node, facebook/lexical and payloadcms/payload for top-level await stalls, exit code 13 and
 * silent exits on Node 20. The pre-load can go when the project requires Node 22 or later
 * (`engines` in package.json) and `npm run seed` run 20 times in a row without it never ends
 * early; the stall guard is cheap and can stay.
 */
import type { SanitizedConfig } from 'payload'

import { setting, SettingError, SettingsError, validateSettings } from '../settings'

/** What the command is given. */
export type CommandContext = {
  /** How the user ran it (`npm run backup`), for messages. */
  name: string
  /** payload.config.ts, imported now (lexical is loaded already). Call it after changing the
   * environment the config reads (a backup points DATABASE_URI at its snapshot first). */
  loadConfig: () => Promise<SanitizedConfig>
}

/** An expected failure: printed as `✖ <failure>: <message>` without a stack. */
export class CommandError extends Error {
  override name = 'CommandError'
  constructor(
    message: string,
    readonly status = 1,
  ) {
    super(message)
  }
}

/** Stop the command with this status; whatever needed saying has been printed. */
export class CommandExit extends Error {
  override name = 'CommandExit'
  constructor(readonly status: number) {
    super(`exit ${status}`)
  }
}

export type CommandOptions = {
  /** Starts the error line: `✖ 备份失败 backup failed: …`. Default: none. */
  failure?: string
}

let finished = false

/** Mark the command as done, so that the process running out of work is not taken for a stall. */
export function markFinished(): void {
  finished = true
}

let stallGuard: (() => void) | null = null

/** The stall guard (step 1 above); installed once per process. */
export function installStallGuard(name: string): void {
  if (stallGuard) return
  stallGuard = () => {
    if (finished) return
    console.error(`✖ ${name}: module loading stalled before the command could run; please run it again.`)
    process.exit(1)
  }
  process.on('beforeExit', stallGuard)
}

/** Step 3 above: lexical alone, before anything else imports it. */
export async function preloadLexical(): Promise<void> {
  await import('@payloadcms/richtext-lexical/lexical')
}

/** payload.config.ts's config (call preloadLexical() first). */
async function importConfig(): Promise<SanitizedConfig> {
  const { default: config } = await import('../../payload.config')
  return config
}

/**
 * Send Payload's log to stderr, one short line per entry, for commands whose stdout is their
 * result (a summary table, HTML to paste, JSON): call it on the config before getPayload.
 */
export function logToStderr(config: SanitizedConfig): void {
  config.logger = {
    options: { level: setting('PAYLOAD_LOG_LEVEL') },
    destination: {
      write: (line: string) => {
        try {
          const entry = JSON.parse(line) as { msg?: string; err?: { message?: string } }
          process.stderr.write(`  payload: ${entry.msg ?? ''}${entry.err?.message ? ` (${entry.err.message})` : ''}\n`)
        } catch {
          process.stderr.write(line)
        }
      },
    },
  } as SanitizedConfig['logger']
}

/** Exit once everything written to stdout and stderr has been handed over (pipes included). */
function exit(status: number): void {
  process.exitCode = status
  process.stdout.write('', () => process.stderr.write('', () => process.exit(status)))
}

function report(err: unknown, failure: string | undefined): number {
  const line = (message: string) => console.error(`✖ ${failure ? `${failure}: ` : ''}${message}`)
  if (err instanceof CommandExit) return err.status
  if (err instanceof CommandError) {
    line(err.message)
    return err.status
  }
  if (err instanceof SettingsError || err instanceof SettingError) {
    line(err.message)
    return 1
  }
  const error = err instanceof Error ? err : new Error(String(err))
  line(error.message)
  // The stack without its first line (the message, printed above).
  if (error.stack) console.error(error.stack.split('\n').slice(1).join('\n'))
  return 1
}

/** Run `command` as this process's command (see above). Call it once, at the end of the entry point. */
export function runCommand(name: string, command: (ctx: CommandContext) => Promise<number | void | 'running'>, options: CommandOptions = {}): void {
  installStallGuard(name)
  const run = async () => {
    const { loadEnv } = await import('./env')
    loadEnv()
    validateSettings()
    await preloadLexical()
    return command({ name, loadConfig: importConfig })
  }
  run().then(
    (result) => {
      markFinished()
      if (result !== 'running') exit(result ?? 0)
    },
    (err: unknown) => {
      markFinished()
      exit(report(err, options.failure))
    },
  )
}
