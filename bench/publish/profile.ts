/** Summary of a V8 CPU profile: self time by function and by file, highest first. */
import type { Profiler } from 'node:inspector'

export function summarizeProfile(profile: Profiler.Profile, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<number, number>()
  const deltas = profile.timeDeltas ?? []
  for (let i = 0; i < (profile.samples ?? []).length; i++) {
    const id = profile.samples![i]!
    self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0))
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0)
  const fn = new Map<string, number>()
  const file = new Map<string, number>()
  for (const [id, us] of self) {
    const n = byId.get(id)!
    const url = n.callFrame.url.replace(/^file:\/\//, '').replace(process.cwd() + '/', '')
    const short = url.replace(/.*node_modules\//, 'nm/')
    const name = `${n.callFrame.functionName || '(anonymous)'} ${short ? `${short}:${n.callFrame.lineNumber + 1}` : ''}`
    fn.set(name, (fn.get(name) ?? 0) + us)
    const pkg = url.includes('node_modules/') ? url.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, 'nm/$1') : url || n.callFrame.functionName
    file.set(pkg, (file.get(pkg) ?? 0) + us)
  }
  const fmt = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, us]) => `  ${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`)
      .join('\n')
  return `main-thread samples: ${(total / 1000).toFixed(0)} ms\n top functions (self time):\n${fmt(fn, top)}\n by file / package (self time):\n${fmt(file, 15)}`
}
