// Guards "every environment variable the app reads is declared once": it scans src/, collections/
// and payload.config.ts for `process.env.X` and `process.env['X']` reads and fails on a variable
// that src/settings/declarations.ts does not declare. Only NODE_ENV and NEXT_RUNTIME may be read
// directly (Next.js replaces them when it bundles), and writes (`process.env.X = …`, `??=`) are
// allowed: command-line scripts set variables for the code they start, on purpose.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { DECLARATIONS } from '../../src/settings'

const ALLOWED = new Set(['NODE_ENV', 'NEXT_RUNTIME'])
/** The settings module itself reads the environment by name. */
const SKIP = [path.join('src', 'settings') + path.sep]

function sources(entry: string): string[] {
  const full = path.resolve(entry)
  if (fs.statSync(full).isFile()) return [entry]
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(entry, e.name)
    if (e.isDirectory()) return sources(rel)
    return /\.(ts|tsx|mts|js|mjs)$/.test(e.name) ? [rel] : []
  })
}

/** `{ file, name }` for each read of process.env by name; writes are left out. */
function envReads(file: string): { file: string; name: string }[] {
  const text = fs.readFileSync(path.resolve(file), 'utf8')
  const reads: { file: string; name: string }[] = []
  for (const m of text.matchAll(/process\.env(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[\s*['"`]([A-Za-z_][A-Za-z0-9_]*)['"`]\s*\])(\s*(?:\?\?|\|\||&&)?=(?!=))?/g)) {
    if (m[3]) continue
    reads.push({ file, name: (m[1] ?? m[2])! })
  }
  return reads
}

describe('environment variables', () => {
  const files = ['src', 'collections', 'payload.config.ts'].flatMap(sources).filter((f) => !SKIP.some((s) => f.startsWith(s)))

  it('finds the code it scans', () => {
    expect(files.length).toBeGreaterThan(100)
    expect(files).toContain('payload.config.ts')
  })

  it('are read only when declared in src/settings', () => {
    const undeclared = files
      .flatMap(envReads)
      .filter((r) => !ALLOWED.has(r.name) && !(r.name in DECLARATIONS))
      .map((r) => `${r.file}: process.env.${r.name}`)
    expect(undeclared, 'declare these in src/settings/declarations.ts and read them with setting()').toEqual([])
  })

  it('recognises reads and leaves writes alone', () => {
    const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'settings-scan-')), 'sample.ts')
    fs.writeFileSync(tmp, "process.env.A_READ; process.env['B_READ']; process.env.C_WRITE = '1'; process.env.D_WRITE ??= '0'; if (process.env.E_READ === '1') {}")
    try {
      expect(envReads(tmp).map((r) => r.name)).toEqual(['A_READ', 'B_READ', 'E_READ'])
    } finally {
      fs.rmSync(path.dirname(tmp), { recursive: true })
    }
  })
})
