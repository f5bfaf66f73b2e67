/**
 * Payload's own CLI (`payload generate:types`, `migrate:create`, `jobs:run`…) with lexical loaded
 * first: loaded concurrently by the config, lexical's module graph sometimes never settles on
 * Node 20 and the command then ends silently, having done nothing (see src/cli/boot.ts).
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { sourceRoot } from '../lib/paths'
import { markFinished } from './boot'

let done = false
process.on('beforeExit', () => {
  if (done) return
  console.error('✖ payload: module loading stalled before the command could run; please run it again.')
  process.exit(1)
})

await import('@payloadcms/richtext-lexical/lexical')
const entry = path.join(sourceRoot, 'node_modules', 'payload', 'dist', 'bin', 'index.js')
const { bin } = (await import(pathToFileURL(entry).href)) as { bin: () => Promise<void> }
await bin()
done = true
markFinished()
