// payload.config.ts without a running database: the committed payload-types.ts matches what
// `npm run generate:types` would write, and an unsupported DATABASE_URI stops the config from
// loading with the one-line explanation.
import fs from 'node:fs'
import path from 'node:path'

import { generateTypes } from 'payload/node'
import { afterAll, describe, expect, it } from 'vitest'

import { importConfig, prepareTempEnv } from '../helpers/payload'

const COMMITTED_TYPES = path.resolve(__dirname, '../../payload-types.ts')
const dirs: string[] = []

afterAll(() => {
  delete process.env.PAYLOAD_TS_OUTPUT_PATH
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true })
})

/** "line N: expected … / committed …" for the first line where the two texts differ. */
function firstDifference(expected: string, actual: string): string {
  const a = expected.split('\n')
  const b = actual.split('\n')
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}: generated ${JSON.stringify(a[i] ?? '<end of file>')}, committed ${JSON.stringify(b[i] ?? '<end of file>')}`
  }
  return 'no difference'
}

describe('payload-types.ts', () => {
  it('matches the types generated from the current config', async () => {
    // Types are generated for the default database (SQLite: numeric ids), as `npm run generate:types` does.
    const dir = prepareTempEnv('types')
    dirs.push(dir)
    const outputFile = path.join(dir, 'payload-types.ts')
    process.env.PAYLOAD_TS_OUTPUT_PATH = outputFile
    const config = await importConfig()
    await generateTypes({ ...config, typescript: { ...config.typescript, outputFile } }, { log: false })

    const generated = fs.readFileSync(outputFile, 'utf8')
    const committed = fs.readFileSync(COMMITTED_TYPES, 'utf8')
    expect(
      generated === committed,
      `payload-types.ts is out of date with the collections: run \`npm run generate:types\` and commit the result (${firstDifference(generated, committed)})`,
    ).toBe(true)
  })
})

describe('an unsupported DATABASE_URI', () => {
  it("stops payload.config.ts from loading with DATABASE_URI='mysql://x' and a one-line message", async () => {
    const dir = prepareTempEnv('bad-uri', 'mysql://x')
    dirs.push(dir)
    let failure: unknown
    try {
      await importConfig()
    } catch (err) {
      failure = err
    }
    expect(failure, 'importing the config should fail').toBeInstanceOf(Error)
    const err = failure as Error
    expect(err.name).toBe('DatabaseConfigError')
    expect(err.message).toMatch(/^DATABASE_URI "mysql:\/\/x" is not supported; accepted forms: .*postgres:\/\/.*mongodb\+srv:\/\/.*\.$/)
    expect(err.message).not.toContain('\n')
  })
})
