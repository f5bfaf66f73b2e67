// The search merge (src/publish/search-merge.ts) reads Pagefind's private index format, which may
// change in any release: Pagefind must be pinned in package.json to the one version the merge was
// checked against, and that version must be the one installed.
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { MERGE_UNDERSTANDS_PAGEFIND } from '../../src/publish/search-merge'

const readJSON = (file: string) => JSON.parse(fs.readFileSync(path.resolve(file), 'utf8'))

describe('Pagefind pin', () => {
  it('installs the Pagefind version the search merge understands', () => {
    // pagefind's `exports` hide its package.json from require(), so it is read from disk.
    const installed = readJSON('node_modules/pagefind/package.json').version
    expect(installed, `installed pagefind ${installed}; the merge understands ${MERGE_UNDERSTANDS_PAGEFIND}: check the merge against the new index format, then change MERGE_UNDERSTANDS_PAGEFIND`).toBe(MERGE_UNDERSTANDS_PAGEFIND)
  })

  it('pins pagefind to exactly that version in package.json and package-lock.json', () => {
    expect(readJSON('package.json').dependencies.pagefind).toBe(MERGE_UNDERSTANDS_PAGEFIND)
    const lock = readJSON('package-lock.json')
    expect(lock.packages[''].dependencies.pagefind).toBe(MERGE_UNDERSTANDS_PAGEFIND)
    expect(lock.packages['node_modules/pagefind'].version).toBe(MERGE_UNDERSTANDS_PAGEFIND)
  })
})
