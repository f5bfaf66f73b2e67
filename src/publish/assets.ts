import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { sourceRoot } from '../lib/paths'
import type { SiteContext } from '../site/context'

const ASSETS = { css: 'site.css', gallery: 'gallery.js', filter: 'filter.js', search: 'search.js' } as const

/**
 * Copy the stylesheet and scripts into the build under content-hashed names (cached for a year). A
 * unit site's search script looks for the index under the site's base (`/sites/<path>/pagefind/`).
 */
export function writeAssets(buildDir: string, base = ''): SiteContext['assets'] {
  const out = {} as Record<keyof typeof ASSETS, string>
  fs.mkdirSync(path.join(buildDir, 'assets'), { recursive: true })
  for (const [key, name] of Object.entries(ASSETS) as [keyof typeof ASSETS, string][]) {
    const source = fs.readFileSync(path.join(sourceRoot, 'src', 'site', 'assets', name))
    const content = base ? Buffer.from(source.toString('utf8').replace(/(['`])\/pagefind\//g, `$1${base}/pagefind/`)) : source
    const hash = crypto.createHash('sha1').update(content).digest('hex').slice(0, 10)
    const ext = path.extname(name)
    const hashed = `${path.basename(name, ext)}.${hash}${ext}`
    fs.writeFileSync(path.join(buildDir, 'assets', hashed), content)
    out[key] = `/assets/${hashed}`
  }
  return out
}
