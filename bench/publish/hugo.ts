/**
 * Hugo build of the exported content. Debian's `hugo` (0.111 on bookworm) has no content
 * adapters, so every output page gets a small content file (JSON front matter: its URL, layout and
 * the index of its record in the data files); the records themselves are Hugo data files
 * (data/*.json) read by the layouts in bench/publish/hugo/layouts. Installs hugo with apt-get
 * when missing (`apt-get update` once, then `apt-get install -y hugo`).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { countHtml } from './count'
import type { Exported } from './export'

function which(cmd: string): string | null {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' })
  return r.status === 0 ? r.stdout.trim() : null
}

/** The hugo binary, installing Debian's package when it is missing; or why it could not be had. */
export function ensureHugo(): { bin: string } | { skipped: string } {
  const found = which('hugo')
  if (found) return { bin: found }
  if (!which('apt-get')) return { skipped: 'hugo is not installed and apt-get is not available' }
  const run = (args: string[]) => spawnSync('apt-get', args, { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
  process.stderr.write('  hugo not found: apt-get update && apt-get install -y hugo …\n')
  const update = run(['update'])
  if (update.status !== 0) return { skipped: `apt-get update failed (exit ${update.status}): ${(update.stderr || update.stdout).trim().split('\n').slice(-3).join(' / ')}` }
  const install = run(['install', '-y', 'hugo'])
  if (install.status !== 0) return { skipped: `apt-get install -y hugo failed (exit ${install.status}): ${(install.stderr || install.stdout).trim().split('\n').slice(-3).join(' / ')}` }
  const bin = which('hugo')
  return bin ? { bin } : { skipped: 'apt-get install -y hugo succeeded but no hugo command was found' }
}

export async function runHugo(
  exported: Exported,
  outDir: string,
): Promise<{ ms: number; cpuMs: number | null; pages: number; peakMB: number; version: string; avgKB: number } | { skipped: string }> {
  const hugo = ensureHugo()
  if ('skipped' in hugo) return hugo
  const version = /v(\d+\.\d+\.\d+)/.exec(execFileSync(hugo.bin, ['version'], { encoding: 'utf8' }))?.[1] ?? '?'

  const src = path.join(path.dirname(outDir), 'hugo-src')
  fs.rmSync(src, { recursive: true, force: true })
  fs.rmSync(outDir, { recursive: true, force: true })
  fs.cpSync(path.join(import.meta.dirname, 'hugo', 'layouts'), path.join(src, 'layouts'), { recursive: true })
  fs.mkdirSync(path.join(src, 'data'), { recursive: true })
  for (const [name, file] of Object.entries(exported.files)) fs.copyFileSync(file, path.join(src, 'data', `${name}.json`))
  fs.writeFileSync(
    path.join(src, 'config.json'),
    JSON.stringify({
      baseURL: exported.site.siteURL + '/',
      languageCode: 'zh-CN',
      title: exported.site.siteName,
      disableKinds: ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT', 'section'],
      disableAliases: true,
      enableRobotsTXT: false,
    }),
  )
  // One content file per page: front matter only.
  const content = path.join(src, 'content')
  const write = (dir: string, layout: string, records: { url: string }[]) => {
    fs.mkdirSync(path.join(content, dir), { recursive: true })
    records.forEach((r, i) => fs.writeFileSync(path.join(content, dir, `${i}.md`), JSON.stringify({ url: r.url, layout, ref: i, title: layout }) + '\n'))
  }
  const read = (name: string) => JSON.parse(fs.readFileSync(exported.files[name]!, 'utf8')) as { url: string }[]
  write('a', 'article', read('articles'))
  write('w', 'worker', read('workers'))
  write('g', 'gallery', read('galleries'))
  write('l', 'list', read('lists'))
  write('p', 'directory', [{ url: '/workers/' }])
  write('s', 'search', [{ url: '/search/' }])

  const timeFile = path.join(path.dirname(outDir), 'hugo.time')
  const started = Date.now()
  // GNU time reports the peak RSS (%M, KB) and CPU seconds (user, system) of hugo itself.
  const timed = fs.existsSync('/usr/bin/time')
  const cmd = timed ? '/usr/bin/time' : hugo.bin
  const args = [...(timed ? ['-f', '%M %U %S', '-o', timeFile, hugo.bin] : []), '--quiet', '-s', src, '-d', outDir]
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const ms = Date.now() - started
  if (r.status !== 0) throw new Error(`hugo failed (exit ${r.status}):\n${(r.stderr || r.stdout).slice(-4000)}`)
  const [peakKB = 0, user = NaN, sys = NaN] = timed ? fs.readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number) : []
  const cpuMs = Number.isFinite(user + sys) ? (user + sys) * 1000 : null
  const { pages, avgKB } = countHtml(outDir)
  return { ms, cpuMs, pages, peakMB: peakKB / 1024, version, avgKB }
}
