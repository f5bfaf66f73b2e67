import path from 'node:path'

import { setting } from '../settings'

/**
 * The checkout's top folder. Every entry point (`npm start`, `npm run seed`, the tests) runs from it;
 * `import.meta.url` is not used because Next bundles server code into `.next/`. `UNION_CMS_ROOT`
 * moves the data elsewhere; it is read once, when this module loads.
 */
export const projectRoot = path.resolve(/* turbopackIgnore: true */ setting('UNION_CMS_ROOT') ?? process.cwd())

/** Upload storage. */
export const mediaDir = path.join(projectRoot, 'media')

/**
 * Where the source code is (templates, assets, scripts): the folder the process started in. Tests
 * move the data (`UNION_CMS_ROOT`: database, media) elsewhere but keep running this code.
 */
export const sourceRoot = path.resolve(/* turbopackIgnore: true */ process.cwd())
