import * as pagefind from 'pagefind'
import { execFileSync } from 'node:child_process'
const seg = new Intl.Segmenter('zh', { granularity: 'word' })
const sep = process.argv[2] === 'hair' ? '\u200a' : ' '
const split = (s: string) => process.argv[2] === "none" ? s : [...seg.segment(s)].map((x) => x.segment).join(sep)
const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' })
const body = '江澄市总工会在临港区建成十二个户外劳动者服务驿站，为快递员、环卫工人提供歇脚、饮水和充电服务。劳模王国强说：“驿站就是我们的家。”'
await index!.addHTMLFile({ url: '/articles/a/', content: `<html lang="zh-CN"><body><article data-pagefind-body data-pagefind-meta="title:户外劳动者驿站建成"><h1>${split('户外劳动者驿站建成')}</h1><p>${split(body)}</p></article></body></html>` })
await index!.writeFiles({ outputPath: '/tmp/pfx/out3' })
await pagefind.close()
for (const w of ['驿站', '劳模', '户外劳动者', '快递员', '服务驿站']) {
  const out = JSON.parse(execFileSync(process.execPath, ['bench/publish/pagefind-query.mjs', '/tmp/pfx/out3', w, '1'], { encoding: 'utf8' }))
  console.log(w, out.results)
}
const q = await import('/tmp/pfx/out3/pagefind.js')
