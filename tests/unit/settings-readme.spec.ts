// The README's configuration tables are generated from the declarations in src/settings: this
// fails when a setting was added, removed or reworded without regenerating them.
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { DECLARATIONS, withSettingsTables } from '../../src/settings'

const readme = fs.readFileSync(path.resolve('README.md'), 'utf8')

describe('README configuration tables', () => {
  it('match the settings declarations (run npm run docs:settings)', () => {
    expect(readme === withSettingsTables(readme), 'README.md and src/settings differ: run npm run docs:settings').toBe(true)
  })

  it('list every declared setting once', () => {
    for (const name of Object.keys(DECLARATIONS)) expect(readme.split(`| \`${name}\` |`).length - 1, name).toBe(1)
  })
})
