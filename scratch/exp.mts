import { execSync } from 'node:child_process'
import * as pagefind from 'pagefind'
import { rng, sentence } from '/work/main/bench/publish/text'
const N = Number(process.argv[2] ?? 1000)
const mode = process.argv[3] ?? 'html'
const lang = process.argv[4] ?? 'zh-cn'
const r = rng(7)
let peak = 0
const timer = setInterval(() => {
  try {
    const out = execSync("ps -eo rss,comm | grep -i pagefind || true", { encoding: 'utf8' })
    for (const l of out.trim().split('\n')) { const kb = Number(l.trim().split(/\s+/)[0]); if (kb > peak) peak = kb }
  } catch {}
}, 200)
const t0 = Date.now()
const { index } = await pagefind.createIndex({ forceLanguage: lang, verbose: false })
for (let i = 0; i < N; i++) {
  let body = ''
  for (let s = 0; s < Number(process.env.SENT ?? 30); s++) body += sentence(r)
  const title = sentence(r).slice(0, 20)
  if (mode === 'html') await index!.addHTMLFile({ url: `/articles/a${i}/`, content: `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body><nav>首页 新闻 劳模 图片 视频</nav><main data-pagefind-body><h1>${title}</h1><p>${body}</p></main></body></html>` })
  else await index!.addCustomRecord({ url: `/articles/a${i}/`, content: body, language: lang, meta: { title } })
}
const t1 = Date.now(); await new Promise(r => setTimeout(r, 500)); console.log("peak after add MB", Math.round(peak/1024))
await index!.writeFiles({ outputPath: '/tmp/pfx/out' })
const t2 = Date.now()
clearInterval(timer)
console.log(JSON.stringify({ N, mode, lang, bodyChars: 30 * 35, addMs: t1 - t0, writeMs: t2 - t1, peakMB: Math.round(peak / 1024) }))
await pagefind.close()
