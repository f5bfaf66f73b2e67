/**
 * What a browser downloads for a one-word Pagefind search: pagefind.js and its web worker (served
 * gzip-compressed), pagefind-entry.json, the metadata, the WebAssembly module, the index chunk(s)
 * holding the word and the fragments of the results shown (the .pagefind / .pf_* files are already
 * gzip-compressed by Pagefind, so their size is what travels). The files are the ones Pagefind
 * itself fetches for the search, run in a child Node process (tests/helpers/pagefind-query.mjs).
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

type Part = { name: string; kb: number }

export function pagefindQuery(dir: string, word: string, shown = 10) {
  const out = execFileSync(process.execPath, [path.join(import.meta.dirname, '../../tests/helpers/pagefind-query.mjs'), dir, word, String(shown)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const { results, fetched, ms, shards } = JSON.parse(out) as { results: number; ms: number; shards: number; fetched: { name: string; bytes: number }[] }
  // pagefind.js and its worker come from the first shard (src/site/assets/search.js).
  const first = (JSON.parse(fs.readFileSync(path.join(dir, 'shards.json'), 'utf8')) as { shards: string[] }).shards[0]!
  const gzKB = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(dir, first, file)), { level: 9 }).length / 1024
  const kb = (bytes: number) => bytes / 1024
  const group = (test: (n: string) => boolean) => fetched.filter((f) => test(f.name))
  const fragments = group((n) => n.endsWith('.pf_fragment'))
  const fixed: Part[] = [
    { name: 'pagefind.js (gz)', kb: gzKB('pagefind.js') },
    ...(fs.existsSync(path.join(dir, first, 'pagefind-worker.js')) ? [{ name: 'pagefind-worker.js (gz)', kb: gzKB('pagefind-worker.js') }] : []),
    { name: `shards.json+${shards} entries+metas`, kb: kb(group((n) => n.endsWith('.json') || n.endsWith('.pf_meta')).reduce((a, f) => a + f.bytes, 0)) },
    { name: 'wasm', kb: kb(group((n) => n.endsWith('.pagefind')).reduce((a, f) => a + f.bytes, 0)) },
    { name: `${group((n) => n.endsWith('.pf_index')).length} index chunk(s)`, kb: kb(group((n) => n.endsWith('.pf_index')).reduce((a, f) => a + f.bytes, 0)) },
  ]
  const base = fixed.reduce((a, p) => a + p.kb, 0)
  const fragKB = (n: number) => kb(fragments.slice(0, n).reduce((a, f) => a + f.bytes, 0))
  return {
    word,
    results,
    shards,
    queryMs: ms,
    /** With the fragments of the first `shown` results (search.js shows 10). */
    totalKB: base + fragKB(shown),
    shown: Math.min(shown, fragments.length),
    /** With the first 5 fragments only (a results page showing 5). */
    total5KB: base + fragKB(5),
    parts: [...fixed, { name: `${Math.min(shown, fragments.length)} fragments`, kb: fragKB(shown) }],
  }
}
