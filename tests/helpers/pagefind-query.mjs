// Runs one Pagefind search in Node against a built index, the way the site's search.js does
// (shards.json, the first shard's pagefind.js, mergeIndex for the others, search, then the data of
// the first N results), and prints every file Pagefind fetched with its size as JSON. Run as a
// child process: it replaces the global fetch with a reader of the folder. Used by the tests (what a
// reader finds) and by bench:publish (what a reader downloads). `firstN` = all: every result's data.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const [dir, word, firstN = '10'] = process.argv.slice(2)
const root = fs.realpathSync(dir)
const fetched = []
const fileOf = (url) => (url.startsWith('file:') ? fileURLToPath(url.split('?')[0]) : path.join(root, url.replace(/^.*?\/pagefind\//, '').split('?')[0]))
globalThis.fetch = async (input) => {
  const url = typeof input === 'string' ? input : (input.url ?? String(input))
  const file = fileOf(url)
  const buf = fs.readFileSync(file)
  fetched.push({ name: path.relative(root, fs.realpathSync(file)), bytes: buf.length })
  return new Response(buf, { status: 200 })
}
const { shards } = JSON.parse(fs.readFileSync(path.join(root, 'shards.json'), 'utf8'))
fetched.push({ name: 'shards.json', bytes: fs.statSync(path.join(root, 'shards.json')).size })
const started = performance.now()
const pagefind = await import(pathToFileURL(path.join(root, shards[0], 'pagefind.js')).href)
await Promise.all(shards.slice(1).map((shard) => pagefind.mergeIndex(pathToFileURL(path.join(root, shard) + "/").href)))
const search = await pagefind.search(word)
const shown = firstN === 'all' ? search.results : search.results.slice(0, Number(firstN))
const data = await Promise.all(shown.map((r) => r.data()))
const ms = performance.now() - started
process.stdout.write(
  JSON.stringify({
    results: search.results.length,
    shards: shards.length,
    ms,
    fetched,
    urls: data.map((d) => d.url),
    scores: shown.map((r) => r.score),
    excerpts: data.map((d) => d.excerpt),
    first: data[0] ? { url: data[0].url, title: data[0].meta?.title, excerpt: data[0].excerpt } : null,
  }),
)
