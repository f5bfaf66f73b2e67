/**
 * Eleventy build of the exported content: the templates of bench/publish/eleventy are copied into
 * a source folder with the exported JSON as global data (_data/), and Eleventy runs in a child
 * process (eleventy-run.mjs) so its time and peak memory are its own.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { Exported } from './export'
import { countHtml } from './count'

export async function runEleventy(exported: Exported, outDir: string): Promise<{ ms: number; cpuMs: number; wallMs: number; pages: number; peakMB: number; avgKB: number }> {
  const src = path.join(path.dirname(outDir), 'eleventy-src')
  fs.rmSync(src, { recursive: true, force: true })
  fs.rmSync(outDir, { recursive: true, force: true })
  fs.cpSync(path.join(import.meta.dirname, 'eleventy'), src, { recursive: true })
  fs.mkdirSync(path.join(src, '_data'))
  for (const [name, file] of Object.entries(exported.files)) fs.copyFileSync(file, path.join(src, '_data', `${name}.json`))
  const started = Date.now()
  const out = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['--max-old-space-size=8192', path.join(import.meta.dirname, 'eleventy-run.mjs'), src, outDir], { cwd: src, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('exit', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`Eleventy failed (exit ${code}):\n${stderr.slice(-4000)}`))))
    child.on('error', reject)
  })
  const wallMs = Date.now() - started
  const marker = out.lastIndexOf('@@RESULT@@')
  if (marker < 0) throw new Error(`Eleventy printed no result:\n${out.slice(-2000)}`)
  const r = JSON.parse(out.slice(marker + 10).split('\n')[0]!) as { ms: number; cpuMs: number; hwmKB: number | null }
  const { pages, avgKB } = countHtml(outDir)
  return { ms: r.ms, cpuMs: r.cpuMs, wallMs, pages, peakMB: (r.hwmKB ?? 0) / 1024, avgKB }
}
