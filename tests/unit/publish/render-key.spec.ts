// The incremental publish's render key (src/publish/renderKey.ts): it covers every module the
// renderer imports, the installed packages and every setting the pages show, so a change to any of
// them renders every page again instead of leaving pages built with the old one.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { pageSettings, renderSettings } from '../../../src/publish/render'
import { rendererCodeHash, rendererModules, renderKey } from '../../../src/publish/renderKey'

const tmp: string[] = []
afterEach(() => {
  for (const dir of tmp.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/** A copy of the renderer's sources and the lockfile, to change one file in. */
function copyOfRenderer(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'render-key-'))
  tmp.push(root)
  for (const rel of [...rendererModules(), 'package-lock.json']) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true })
    fs.copyFileSync(rel, path.join(root, rel))
  }
  return root
}

describe('the render key', () => {
  it('follows the renderer into the helpers it imports: option labels, video addresses, image derivatives, URLs', () => {
    const modules = rendererModules()
    for (const m of ['src/fields/options.ts', 'src/lib/videoEmbed.ts', 'src/media/derivatives.ts', 'src/site/urls.ts', 'src/site/format.ts', 'src/site/assets/site.css', 'src/publish/plan.tsx']) {
      expect(modules).toContain(m)
    }
  })

  it('changes when a helper the pages use changes (option labels), when the stylesheet changes and when the lockfile changes', () => {
    const root = copyOfRenderer()
    const before = rendererCodeHash(root)
    for (const rel of ['src/fields/options.ts', 'src/site/assets/site.css', 'package-lock.json']) {
      const file = path.join(root, rel)
      const original = fs.readFileSync(file)
      fs.appendFileSync(file, '\n/* changed */\n')
      expect(rendererCodeHash(root), rel).not.toBe(before)
      fs.writeFileSync(file, original)
      expect(rendererCodeHash(root)).toBe(before)
    }
  })

  it('changes when any setting the pages show changes: the site address, name, description and time zone', () => {
    const settings = pageSettings(renderSettings({ siteURL: 'https://www.example.org' }))
    expect(Object.keys(settings).sort()).toEqual(expect.arrayContaining(['SITE_TIMEZONE', 'siteURL', 'siteName', 'description']))
    const key = renderKey(settings)
    for (const name of Object.keys(settings)) {
      expect(renderKey({ ...settings, [name]: `${settings[name]}-changed` }), name).not.toBe(key)
    }
    expect(renderKey({ ...settings })).toBe(key)
  })
})
