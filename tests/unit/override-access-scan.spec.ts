// No Local API call in request-handling code may switch access control off: only the seed,
// importer, publisher, backup and command-line scripts, which run as the system, may.
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const root = path.resolve(__dirname, '../..')
const ALLOWED = ['src/seed/', 'src/import/', 'src/publish/', 'src/backup/', 'src/cli/', 'bench/']
const SCANNED = ['src', 'collections', 'payload.config.ts']

function sourceFiles(rel: string): string[] {
  const abs = path.join(root, rel)
  if (!fs.existsSync(abs)) return []
  if (fs.statSync(abs).isFile()) return [rel]
  return fs.readdirSync(abs).flatMap((name) => sourceFiles(path.join(rel, name)))
}

describe('overrideAccess in request-handling code', () => {
  it('is never set to true outside the seed, import, publish, backup and CLI scripts', () => {
    const offenders: string[] = []
    for (const file of SCANNED.flatMap(sourceFiles).filter((f) => /\.(ts|tsx|js|mjs)$/.test(f))) {
      const posix = file.split(path.sep).join('/')
      if (ALLOWED.some((dir) => posix.startsWith(dir))) continue
      fs.readFileSync(path.join(root, file), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/overrideAccess\s*:\s*true/.test(line)) offenders.push(`${posix}:${i + 1}: ${line.trim()}`)
        })
    }
    expect(offenders, 'use the caller\'s user with overrideAccess: false instead').toEqual([])
  })

  it('finds a planted offender (the scan itself works)', () => {
    expect(/overrideAccess\s*:\s*true/.test('payload.find({ collection: "users", overrideAccess: true })')).toBe(true)
  })
})
