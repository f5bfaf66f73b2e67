import path from 'node:path'

import * as pagefind from 'pagefind'

/**
 * Build the Pagefind index of a finished build folder. Pagefind's extended binary (shipped in the
 * npm package) segments Chinese text, so 劳模 or 驿站 find the pages that contain them.
 */
export async function indexForSearch(buildDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn', verbose: false })
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  try {
    const added = await index.addDirectory({ path: buildDir, glob: '**/*.html' })
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`)
    const written = await index.writeFiles({ outputPath: path.join(buildDir, 'pagefind') })
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
    return { pages: added.page_count }
  } finally {
    await index.deleteIndex()
  }
}

export async function closeSearch(): Promise<void> {
  await pagefind.close()
}
