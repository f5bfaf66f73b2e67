/**
 * Payload's own CLI (`payload generate:types`, `migrate:create`, `jobs:run`…) through runCommand
 * (src/lib/command.ts), so lexical is loaded first: loaded concurrently by the config, lexical's module graph
 * sometimes never settles on Node 20 and the command then ends silently, having done nothing.
 *
 * Payload's `bin()` exits the process itself when its command is done; it returns only with
 * `--cron`, having started a schedule that keeps the process up.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { sourceRoot } from '../lib/paths'
import { runCommand } from '../lib/command'

runCommand('payload', async () => {
  const entry = path.join(sourceRoot, 'node_modules', 'payload', 'dist', 'bin', 'index.js')
  const { bin } = (await import(pathToFileURL(entry).href)) as { bin: () => Promise<void> }
  await bin()
  return 'running'
})
