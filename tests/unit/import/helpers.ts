// Shared by the importer's unit tests: read a fixture from tests/fixtures/newspaper and parse it.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { parseNewspaperText, type ParsedPiece } from '../../../src/import/index'

export const FIXTURES = path.resolve(__dirname, '../../fixtures/newspaper')

export const fixtureBytes = (name: string): Buffer => fs.readFileSync(path.join(FIXTURES, name))

export const parseFixture = (name: string): ParsedPiece => parseNewspaperText(fixtureBytes(name), { file: name })

/** The body's paragraphs, in order. */
export const paragraphsOf = (piece: ParsedPiece): string[] => piece.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))

/** `npm run import -- <args>` from the checkout, colours off: its exit status and both streams. */
export function runImport(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', ...args], {
    cwd: path.resolve(__dirname, '../../..'),
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, FORCE_COLOR: '0' },
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}
