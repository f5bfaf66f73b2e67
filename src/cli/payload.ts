/**
 * Payload's own CLI (`payload generate:types`, `migrate:create`, `jobs:run`…) with lexical loaded
 * first: loaded concurrently by the config, lexical's module graph sometimes never settles on
 * Node 20 and the command then ends silently, having done nothing (see src/cli/boot.ts).
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { sourceRoot } from '../lib/paths'
import { loadLexicalFirst, markFinished } from './boot'

await loadLexicalFirst('payload')
const entry = path.join(sourceRoot, 'node_modules', 'payload', 'dist', 'bin', 'index.js')
const { bin } = (await import(pathToFileURL(entry).href)) as { bin: () => Promise<void> }
await bin()
markFinished()
