import { execSync } from 'node:child_process'
import * as pagefind from 'pagefind'
import { rng, sentence } from '/work/main/bench/publish/text'
const N = Number(process.argv[2] ?? 1000)
const mode = process.argv[3] ?? 'seg'
const lang = process.argv[4] ?? 'zh-cn'
const r = rng(7)
const seg = new Intl.Segmenter('zh', { granularity: 'word' })
const split = (s: string) => [...seg.segment(s)].map((x) => x.segment).join(mode === 'seg' ? ' ' : '')
let peak = 0
const timer = setInterval(() => {
  const out = execSync("ps -eo rss,comm | grep -i pagefind || true", { encoding: 'utf8' })
  for (const l of out.trim().split('\n')) { const kb = Number(l.trim().split(/\s+/)[0]); if (kb > peak) peak = kb }
}, 100)
const t0 = Date.now()
const { index } = await pagefind.createIndex({ forceLanguage: lang, verbose: false })
for (let i = 0; i < N; i++) {
  let body = ''
  for (let s = 0; s < 30; s++) body += sentence(r)
  const title = sentence(r).slice(0, 20)
  await index!.addCustomRecord({ url: `/articles/a${i}/`, content: split(body), language: lang, meta: { title } })
}
const t1 = Date.now(); await new Promise(r => setTimeout(r, 300)); const addPeak = peak
await index!.writeFiles({ outputPath: '/tmp/pfx/out2' })
const t2 = Date.now()
clearInterval(timer)
console.log(JSON.stringify({ N, mode, lang, addMs: t1 - t0, writeMs: t2 - t1, addPeak: Math.round(addPeak/1024), peakMB: Math.round(peak / 1024) }))
await pagefind.close()
