/**
 * `npm run bench:words`: how long one sensitive-word check takes — a 20,000-character article
 * against a 10,000-entry word list (target: under 20 ms per check). A check includes normalising
 * the text (NFKC, case folding, invisible characters and spaces inside CJK runs dropped, with the
 * offset map back to the original), which costs a few per cent of it. Words and text are generated
 * from a fixed seed, so runs are comparable.
 */
import { performance } from 'node:perf_hooks'

import { WordMatcher, type WordEntry } from '../src/workflow/sensitiveWords'
import type { TextSegment } from '../src/workflow/textSegments'

const WORDS = Number(process.env.BENCH_WORDS ?? 10_000)
const CHARS = Number(process.env.BENCH_CHARS ?? 20_000)
const RUNS = Number(process.env.BENCH_RUNS ?? 200)

// A small deterministic generator (mulberry32) so every run uses the same words and text.
let seed = 20261121
const random = () => {
  seed |= 0
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const CJK_START = 0x4e00
const CJK_RANGE = 3000 // common characters, so words do occur in the text
const char = () => String.fromCharCode(CJK_START + Math.floor(random() * CJK_RANGE))
const word = (min: number, max: number) => Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, char).join('')

const entries: WordEntry[] = Array.from({ length: WORDS }, (_, i) => ({ word: word(2, 5), action: i % 10 === 0 ? 'block' : 'warn' }))
let text = ''
while (text.length < CHARS) text += random() < 0.02 ? entries[Math.floor(random() * entries.length)]!.word : word(8, 30) + '，'
text = text.slice(0, CHARS)
// The check sees a document as many segments (title, paragraphs, captions); split like an article.
const segments: TextSegment[] = text.match(/[\s\S]{1,400}/g)!.map((t, i) => ({ path: `body.${i}`, label: '正文', text: t }))

const buildStart = performance.now()
const matcher = new WordMatcher(entries)
const buildMs = performance.now() - buildStart

for (let i = 0; i < 20; i++) matcher.check(segments) // warm up the JIT
const times: number[] = []
let hits = 0
for (let i = 0; i < RUNS; i++) {
  const start = performance.now()
  hits = matcher.check(segments).length
  times.push(performance.now() - start)
}
times.sort((a, b) => a - b)
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!
const mean = times.reduce((a, b) => a + b, 0) / times.length

console.log(`sensitive-word check: ${WORDS.toLocaleString()} words, ${CHARS.toLocaleString()}-character article, ${RUNS} runs`)
console.log(`  build automaton (once per word-list change): ${buildMs.toFixed(1)} ms`)
console.log(`  per check: mean ${mean.toFixed(2)} ms, p50 ${pct(50).toFixed(2)} ms, p99 ${pct(99).toFixed(2)} ms, max ${times.at(-1)!.toFixed(2)} ms`)
console.log(`  hits per check: ${hits}`)
console.log(`  target < 20 ms per check: ${pct(99) < 20 ? 'met' : 'NOT met'}`)
