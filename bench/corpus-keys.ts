/**
 * Keeps the importer corpus's annotations in the repository without its text. The pages are others'
 * text and stay outside the repository (bench/import-corpus.ts), so a lost machine used to lose the
 * hand-made annotations with them. This writes `bench/corpus-keys.json`: for each page its address
 * and kind, the size and hash of its text, and every annotated string as a *key* — where it stands in
 * the page's text (offset and length in the text with widths, quotes and spaces evened out) and a hash
 * of the characters there — never the characters themselves. Figures, page numbers, dates and the
 * publication's name are facts and are kept as they are.
 *
 * With the pages gathered again at their addresses (`<corpus>/<part>/<id>.txt`), `--restore` writes
 * each page's annotation back from its keys; a key whose place moved (the page came back with more or
 * less furniture) is found again by its hash, and one that cannot be found is reported.
 *
 * The stored page copies the search tool reaches are found by meaning, not by address: to gather the
 * pages again, search on their subjects and keep every result that is a keyed page (bench/corpus-restore.md).
 * `--known <url…>` says which addresses are keyed pages not yet gathered; `--save` reads search results
 * (the tool's `{"url": …, "excerpt": …}` objects, pasted as printed) on stdin and writes each keyed
 * page's text where `--restore` looks for it, saying whether it is the very text that was annotated.
 *
 * Usage: npm run corpus:keys -- <corpus> --write [--parts heldout,heldout2]   (annotations → keys)
 *        npm run corpus:keys -- <corpus> --restore                          (keys → annotations)
 *        npm run corpus:keys -- <corpus> --known <url…>                     (which addresses to save)
 *        npm run corpus:keys -- <corpus> --save < results                   (search results → page texts)
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Where a string stands in the page's evened-out text. */
type Form = 'raw' | 'joined' | 'squeezed' | 'even'
export type Key = { at: number; n: number; h: string; form: Form } | { lost: string }
type Text = { even: string; origin: number[]; raw: string }

const KEYED_LISTS = ['headline_alt', 'bylines', 'sections', 'captions', 'workers'] as const
const KEYED_ONES = ['headline', 'subtitle', 'kicker'] as const

/** One character evened out: width (NFKC), quotes, spaces dropped. */
function evenChar(c: string): string {
  if (/\s|\u3000/.test(c)) return ''
  return c
    .normalize('NFKC')
    .replace(/[“”„‟"「」『』]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s/g, '')
}

/** The evened-out text and, for each of its characters, where it came from in the raw text. */
export function evenText(raw: string): Text {
  let even = ''
  const origin: number[] = []
  let i = 0
  for (const c of raw) {
    const e = evenChar(c)
    for (let k = 0; k < e.length; k++) origin.push(i)
    even += e
    i += c.length
  }
  origin.push(i)
  return { even, origin, raw }
}

const evenString = (s: string) => [...s].map(evenChar).join('')
const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16)
const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, '')

/** The raw characters behind an evened-out window, in the form the annotation had them. */
function rawOf(text: Text, at: number, n: number, form: Form): string {
  if (form === 'even') return text.even.slice(at, at + n)
  const last = text.origin[at + n - 1]!
  const end = last + (text.raw.codePointAt(last)! > 0xffff ? 2 : 1)
  const raw = text.raw.slice(text.origin[at], end)
  // `joined`: lines the annotation joined with a space (`…比赛。 “五一”…`).
  return form === 'raw' ? raw : form === 'joined' ? raw.replace(/\s*\n\s*/g, ' ') : squeeze(raw)
}

/** A key for `value` in the page, or `lost` when its characters are not in the page in a row. */
export function keyOf(text: Text, value: string): Key {
  const even = evenString(value)
  const at = even ? text.even.indexOf(even) : -1
  if (at < 0) return { lost: hash(even) }
  const form = (['raw', 'joined', 'squeezed'] as const).find((f) => rawOf(text, at, even.length, f) === value) ?? 'even'
  return { at, n: even.length, h: hash(even), form }
}

/** The string a key stands for, looked for at its place and then anywhere in the page. */
export function valueOf(text: Text, key: Key): string | null {
  if ('lost' in key) return null
  if (hash(text.even.slice(key.at, key.at + key.n)) === key.h) return rawOf(text, key.at, key.n, key.form)
  for (let at = 0; at + key.n <= text.even.length; at++) {
    if (hash(text.even.slice(at, at + key.n)) === key.h) return rawOf(text, at, key.n, key.form)
  }
  return null
}

type Annotation = Record<string, unknown> & { source?: Record<string, string | null> }
type PageKeys = { part: string; id: string; url: string; text: { sha256: string; chars: number }; facts: Record<string, unknown>; keys: Record<string, Key | Key[] | null> }

function keysOf(raw: string, a: Annotation): { keys: PageKeys['keys']; facts: PageKeys['facts']; lost: string[] } {
  const text = evenText(raw)
  const keys: PageKeys['keys'] = {}
  const lost: string[] = []
  const key = (field: string, v: string) => {
    const k = keyOf(text, v)
    if ('lost' in k) lost.push(`${field}: ${v}`)
    return k
  }
  for (const f of KEYED_ONES) keys[f] = typeof a[f] === 'string' ? key(f, a[f] as string) : null
  for (const f of KEYED_LISTS) if (Array.isArray(a[f])) keys[f] = (a[f] as string[]).map((v) => key(f, v))
  const facts = Object.fromEntries(Object.entries(a).filter(([f]) => !(KEYED_ONES as readonly string[]).includes(f) && !(KEYED_LISTS as readonly string[]).includes(f)))
  return { keys, facts, lost }
}

function main(): void {
  const args = process.argv.slice(2)
  const here = path.dirname(fileURLToPath(import.meta.url))
  const file = path.join(here, 'corpus-keys.json')
  const corpus = path.resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--parts') ?? path.join(here, '../../corpus'))
  const partsArg = args.includes('--parts') ? args[args.indexOf('--parts') + 1]! : null

  if (args.includes('--write')) {
    const parts = partsArg?.split(',') ?? fs.readdirSync(corpus).filter((d) => fs.statSync(path.join(corpus, d)).isDirectory())
    const kept: PageKeys[] = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { pages: PageKeys[] }).pages.filter((p) => !parts.includes(p.part)) : []
    let lostCount = 0
    for (const part of parts) {
      const dir = path.join(corpus, part)
      for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
        const id = f.slice(0, -4)
        if (!fs.existsSync(path.join(dir, `${id}.json`))) continue
        const raw = fs.readFileSync(path.join(dir, f), 'utf8')
        const a = JSON.parse(fs.readFileSync(path.join(dir, `${id}.json`), 'utf8')) as Annotation
        const { keys, facts, lost } = keysOf(raw, a)
        lostCount += lost.length
        if (lost.length) console.log(`${part}/${id}: ${lost.length} string(s) not in the text in a row (kept as a hash only)`)
        kept.push({ part, id, url: String(a.url ?? ''), text: { sha256: hash(raw), chars: raw.length }, facts, keys })
      }
    }
    kept.sort((x, y) => (x.part + x.id).localeCompare(y.part + y.id))
    fs.writeFileSync(file, `${JSON.stringify({ about: 'Annotation keys of the importer corpus (bench/corpus-keys.ts); no page text.', pages: kept }, null, 1)}\n`)
    console.log(`${kept.length} page(s) in ${path.relative(process.cwd(), file)}; ${lostCount} string(s) kept as a hash only`)
    return
  }

  if (args.includes('--restore')) {
    const { pages } = JSON.parse(fs.readFileSync(file, 'utf8')) as { pages: PageKeys[] }
    let restored = 0
    let missing = 0
    for (const p of pages) {
      if (partsArg && !partsArg.split(',').includes(p.part)) continue
      const txt = path.join(corpus, p.part, `${p.id}.txt`)
      if (!fs.existsSync(txt)) {
        missing++
        continue
      }
      const raw = fs.readFileSync(txt, 'utf8')
      const text = evenText(raw)
      const unfound: string[] = []
      const val = (field: string, k: Key) => {
        const v = valueOf(text, k)
        if (v === null) unfound.push(field)
        return v
      }
      const a: Annotation = { ...p.facts }
      for (const f of KEYED_ONES) a[f] = p.keys[f] ? val(f, p.keys[f] as Key) : null
      for (const f of KEYED_LISTS) {
        if (p.keys[f]) a[f] = (p.keys[f] as Key[]).map((k) => val(f, k)).filter((v): v is string => v !== null)
      }
      const order = ['url', 'kind', 'outlet', 'headline', 'headline_alt', 'subtitle', 'kicker', 'bylines', 'source', 'sections', 'captions', 'figures', 'workers']
      const sorted = Object.fromEntries([...order.filter((k) => k in a).map((k) => [k, a[k]]), ...Object.entries(a).filter(([k]) => !order.includes(k))])
      fs.writeFileSync(path.join(corpus, p.part, `${p.id}.json`), `${JSON.stringify(sorted, null, 2)}\n`)
      restored++
      const changed = hash(raw) !== p.text.sha256
      if (changed || unfound.length) console.log(`${p.part}/${p.id}: ${changed ? 'text differs from the annotated one; ' : ''}${unfound.length ? `not found again: ${unfound.join(', ')}` : 'all found'}`)
    }
    console.log(`${restored} annotation(s) written back; ${missing} page(s) not gathered yet (see their url in ${path.basename(file)})`)
    return
  }
  if (args.includes('--known') || args.includes('--save')) {
    const { pages } = JSON.parse(fs.readFileSync(file, 'utf8')) as { pages: PageKeys[] }
    // An address as keyed, or without its scheme and a closing slash.
    const loose = (u: string) => u.trim().replace(/^https?:\/\//, '').replace(/\/$/, '')
    const byUrl = new Map<string, PageKeys[]>()
    for (const p of pages) for (const u of [p.url, loose(p.url)]) byUrl.set(u, [...(byUrl.get(u) ?? []).filter((x) => x !== p), p])
    const keyed = (url: string) => byUrl.get(url) ?? byUrl.get(loose(url)) ?? []
    const txt = (p: PageKeys) => path.join(corpus, p.part, `${p.id}.txt`)
    if (args.includes('--known')) {
      for (const url of args.slice(args.indexOf('--known') + 1).filter((a) => !a.startsWith('--'))) {
        const hits = keyed(url)
        console.log(`${hits.length === 0 ? 'unknown' : hits.some((p) => !fs.existsSync(txt(p))) ? 'SAVE   ' : 'have   '}  ${url}`)
      }
      return
    }
    // Results as printed: a JSON list, the tool's whole answer, or objects one after another.
    const input = fs.readFileSync(0, 'utf8')
    const results: { url?: string; excerpt?: string }[] = []
    for (let i = 0; i < input.length; ) {
      const start = input.slice(i).search(/[{[]/)
      if (start < 0) break
      let depth = 0
      let end = -1
      let inString = false
      for (let j = i + start; j < input.length; j++) {
        const c = input[j]
        if (inString) {
          if (c === '\\') j++
          else if (c === '"') inString = false
        } else if (c === '"') inString = true
        else if (c === '{' || c === '[') depth++
        else if ((c === '}' || c === ']') && --depth === 0) {
          end = j + 1
          break
        }
      }
      if (end < 0) break
      const value = JSON.parse(input.slice(i + start, end)) as unknown
      const list = Array.isArray(value) ? value : (value as { results?: unknown[] }).results ?? [value]
      results.push(...(list as { url?: string; excerpt?: string }[]))
      i = end
    }
    for (const { url, excerpt } of results) {
      const hits = url && excerpt !== undefined ? keyed(url) : []
      if (hits.length === 0) {
        console.log(`not keyed: ${url ?? '(no address)'}`)
        continue
      }
      // The annotated text may have lost trailing spaces when it was saved.
      const variants = [excerpt!, excerpt!.trimEnd(), excerpt!.split('\n').map((l) => l.trimEnd()).join('\n'), `${excerpt!.trimEnd()}\n`]
      for (const p of hits) {
        if (fs.existsSync(txt(p))) {
          console.log(`already saved: ${p.part}/${p.id}`)
          continue
        }
        const same = variants.find((v) => hash(v) === p.text.sha256)
        fs.mkdirSync(path.dirname(txt(p)), { recursive: true })
        fs.writeFileSync(txt(p), same ?? excerpt!)
        console.log(`saved ${p.part}/${p.id}: ${same !== undefined ? 'same text' : `text differs (${excerpt!.length} characters, ${p.text.chars} annotated)`}`)
      }
    }
    return
  }
  console.log('Usage: npm run corpus:keys -- <corpus> --write [--parts a,b] | --restore [--parts a,b] | --known <url…> | --save < results')
  process.exitCode = 2
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main()
