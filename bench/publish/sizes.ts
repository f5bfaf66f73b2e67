/** What a reader downloads for one article page: its HTML and the stylesheet, gzip-compressed. */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

const gzKB = (buf: Buffer | string) => zlib.gzipSync(buf, { level: 9 }).length / 1024

export function articlePageSizes(buildDir: string, sample = 200) {
  const cssName = fs.readdirSync(path.join(buildDir, 'assets')).find((f) => /^site\..*\.css$/.test(f))!
  const cssFile = path.join(buildDir, 'assets', cssName)
  const cssKB = gzKB(fs.readFileSync(cssFile))
  const dirs = fs
    .readdirSync(path.join(buildDir, 'articles'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'page')
    .map((d) => d.name)
  const step = Math.max(1, Math.floor(dirs.length / sample))
  const kbs: number[] = []
  const htmlBytes: number[] = []
  for (let i = 0; i < dirs.length; i += step) {
    const html = fs.readFileSync(path.join(buildDir, 'articles', dirs[i]!, 'index.html'))
    htmlBytes.push(html.length)
    kbs.push(gzKB(html) + cssKB)
  }
  kbs.sort((a, b) => a - b)
  return {
    sampled: kbs.length,
    medianKB: kbs[Math.floor(kbs.length / 2)] ?? 0,
    maxKB: kbs.at(-1) ?? 0,
    cssKB,
    cssFile,
    medianHtmlKB: (htmlBytes.sort((a, b) => a - b)[Math.floor(htmlBytes.length / 2)] ?? 0) / 1024,
  }
}
