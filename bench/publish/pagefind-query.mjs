// Runs one Pagefind search in Node against a built index, the way the site's search.js does
// (search, then the data of the first 20 results), and prints every file Pagefind fetched with its
// size as JSON. Run as a child process: it replaces the global fetch with a reader of the folder.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const [dir, word, firstN = '20'] = process.argv.slice(2)
const fetched = []
globalThis.fetch = async (input) => {
  const url = typeof input === 'string' ? input : (input.url ?? String(input))
  const file = url.startsWith('file:') ? fileURLToPath(url.split('?')[0]) : path.join(dir, url.replace(/^.*\/pagefind\//, '').split('?')[0])
  const buf = fs.readFileSync(file)
  fetched.push({ name: path.relative(fs.realpathSync(dir), fs.realpathSync(file)), bytes: buf.length })
  return new Response(buf, { status: 200 })
}
const pagefind = await import(pathToFileURL(path.join(dir, 'pagefind.js')).href)
const started = performance.now()
const search = await pagefind.search(word)
await Promise.all(search.results.slice(0, Number(firstN)).map((r) => r.data()))
process.stdout.write(JSON.stringify({ results: search.results.length, ms: performance.now() - started, fetched }))
