/**
 * Scores the newspaper parser (src/import) against a corpus of real pages kept outside the
 * repository (others' text): `<corpus>/tuning/*.txt` and `<corpus>/heldout/*.txt`, each with a
 * `<id>.json` annotation written by hand:
 *
 *   { url, kind, headline, headline_alt?, subtitle, kicker, bylines: [name…],
 *     source: { publication, page, date }, sections: [...], captions: [...],
 *     figures: [{ value, unit }…] (a few, not all), workers: [name…] }
 *
 * `headline: null` means the page has no headline of its own (a copied body): it is not scored
 * for the headline, only for not being rejected.
 *
 * Usage: npm run bench:import -- [corpus folder] [--parts tuning,heldout] [--pages tuning]
 * The corpus defaults to ../corpus beside the checkout; `--parts` names its folders to score
 * (default tuning and heldout). `--pages` prints each page's misses for one part; never use it on a
 * held-out part while tuning. bench/corpus-keys.ts keeps the annotations in the repository.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { PINYIN_GLOSS } from '../src/import/clean'
import { ImportError } from '../src/import/errors'
import { creditOnly, loose, norm, sameCaption } from './corpus-match'
import { parseNewspaperText, type ParsedPiece } from '../src/import/index'

type Annotation = {
  url: string
  kind: string
  headline: string | null
  headline_alt?: string[]
  subtitle: string | null
  kicker: string | null
  bylines: string[]
  source: { publication: string | null; page: string | null; date: string | null }
  sections: string[]
  captions: string[]
  figures: { value: number; unit: string }[]
  workers: string[]
}

/** Counts for one kind: exact-answer kinds use ok/total, list kinds tp/fp/fn. */
type Tally = { tp: number; fp: number; fn: number; ok: number; n: number }
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, ok: 0, n: 0 })

const KINDS = ['headline', 'subtitle', 'kicker', 'bylines', 'masthead', 'sections', 'captions', 'figures', 'workers'] as const
type Kind = (typeof KINDS)[number]

const normPage = (p: string) => p.toUpperCase().replace(/^([A-Z]?)0*(\d)/, '$1$2')

function matchLists(expected: string[], produced: string[], same: (e: string, p: string) => boolean): Tally {
  const left = [...produced]
  let tp = 0
  for (const e of expected) {
    const i = left.findIndex((p) => same(e, p))
    if (i >= 0) {
      tp++
      left.splice(i, 1)
    }
  }
  return { tp, fp: left.length, fn: expected.length - tp, ok: 0, n: 0 }
}

/**
 * The produced headings, each one read as two where the annotation has its two lines in a row, and
 * two in a row read as one where the annotation has them as one.
 */
function pairedSections(expected: string[], produced: string[], key: (s: string) => string): string[] {
  const want = expected.map(key)
  const out: string[] = []
  for (let i = 0; i < produced.length; i++) {
    const p = key(produced[i]!)
    const split = want.findIndex((w, k) => k + 1 < want.length && w + want[k + 1] === p)
    if (split >= 0 && !want.includes(p)) {
      out.push(expected[split]!, expected[split + 1]!)
      continue
    }
    const next = produced[i + 1]
    if (next !== undefined && !want.includes(p) && want.includes(p + key(next))) {
      out.push(expected[want.indexOf(p + key(next))]!)
      i++
      continue
    }
    out.push(produced[i]!)
  }
  return out
}

function add(a: Tally, b: Tally): void {
  a.tp += b.tp
  a.fp += b.fp
  a.fn += b.fn
  a.ok += b.ok
  a.n += b.n
}

type PageResult = { id: string; rejected: string | null; kinds: Record<Kind, Tally>; misses: string[] }

function scorePage(id: string, text: Buffer, a: Annotation): PageResult {
  const kinds = Object.fromEntries(KINDS.map((k) => [k, tally()])) as Record<Kind, Tally>
  const misses: string[] = []
  let piece: ParsedPiece | null = null
  let rejected: string | null = null
  try {
    piece = parseNewspaperText(text, { file: id })
  } catch (err) {
    if (!(err instanceof ImportError)) throw err
    rejected = err.code
  }
  const produced = {
    title: piece?.title ?? null,
    subtitle: piece?.subtitle ?? null,
    kicker: piece?.kicker ?? null,
    bylines: piece?.bylines.map((b) => b.name) ?? [],
    source: piece?.source ?? { publication: null, page: null, date: null },
    sections: piece?.sections ?? [],
    captions: piece?.captions ?? [],
    figures: piece?.figures ?? [],
    workers: piece?.workers.map((w) => w.name) ?? [],
  }

  // Headline: only pages that have one.
  let splitHeadline = false
  if (a.headline !== null) {
    // `…活动(图)`: annotations keep a portal's photo mark as printed; the importer leaves it off the title.
    const unmarked = (h: string) => norm(h.replace(/\s*[（(](?:组图|組圖|图|圖|图文|圖文|多图|多圖|视频|視頻)[)）]$/, ''))
    // `以爱之名 致敬天使——院工会举办…活动` printed on one line: the importer's title and subtitle are its two parts.
    const parted = a.subtitle === null && produced.subtitle !== null ? `${produced.title}——${produced.subtitle}` : null
    const ok = produced.title !== null && [a.headline, ...(a.headline_alt ?? [])].some((h) => unmarked(h) === unmarked(produced.title!) || (parted !== null && unmarked(h) === unmarked(parted)))
    if (ok && parted !== null && unmarked(a.headline) === unmarked(parted)) splitHeadline = true
    kinds.headline = { tp: ok ? 1 : 0, fp: 0, fn: 0, ok: ok ? 1 : 0, n: 1 }
    if (!ok) misses.push(`headline: want 「${a.headline}」 got 「${produced.title}」`)
  }
  // Subtitle and kicker: scored where either side has one.
  for (const [k, want, got] of [
    ['subtitle', a.subtitle, produced.subtitle],
    ['kicker', a.kicker, produced.kicker],
  ] as const) {
    if (want === null && got === null) continue
    if (k === 'subtitle' && splitHeadline) continue
    const ok = want !== null && got !== null && norm(want) === norm(got)
    kinds[k] = { tp: ok ? 1 : 0, fp: 0, fn: 0, ok: ok ? 1 : 0, n: 1 }
    if (!ok) misses.push(`${k}: want 「${want}」 got 「${got}」`)
  }

  const list = (k: Kind, want: string[], got: string[], same: (e: string, p: string) => boolean) => {
    kinds[k] = { ...matchLists(want, got, same), ok: 0, n: 0 }
    const missing = want.filter((e) => !got.some((p) => same(e, p)))
    const extra = got.filter((p) => !want.some((e) => same(e, p)))
    if (missing.length || extra.length) misses.push(`${k}: missing ${JSON.stringify(missing)} extra ${JSON.stringify(extra)}`)
  }
  // Names as the page printed them, less a mirror's readings in pinyin (`許紀(jì)平`), which the importer
  // drops, and less the space a page sets between a two-character name's characters (`马 伟`).
  const named = (e: string) => e.replace(PINYIN_GLOSS, '').replace(/[\s\u3000]+/g, '')
  list('bylines', a.bylines.map(named), produced.bylines, (e, p) => e === p)
  // A section's number (`二、`, `3.`) is the page's layout; annotations leave it out.
  const unnumbered = (t: string) => loose(t.replace(/^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[一二三四五六七八九十]{1,2}\s+(?=\S{4})|\d{1,2}[.．]\d{1,2}(?!\d)|\d{1,2}\s*[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）])\s*/, ''))
  // A heading printed over two lines (`烟火气息` / `口述史让劳模回归个体`) is one heading to some annotators and
  // two to others: the same words either way, so two in a row on one side match one on the other.
  list('sections', a.sections, pairedSections(a.sections, produced.sections, unnumbered), (e, p) => unnumbered(e) === unnumbered(p))
  // The importer keeps a caption's credit apart (`活动现场` + `李某 摄`); annotations may keep it on.
  const creditOf = new Map((piece?.blocks ?? []).flatMap((b) => (b.type === 'caption' && b.credit ? [[b.text, b.credit] as const] : [])))
  // A credit annotated as a caption of its own counts as found when the importer kept it as a caption's credit.
  const credits = [...creditOf.values()].map(loose)
  const creditFound = (e: string) => creditOnly(e) && credits.some((c) => c === loose(e.replace(/^[（(]|[)）]$/g, '')) || c.includes(loose(e.replace(/[摄攝](?:影)?(?:报道|報道)?$|供图|供圖/g, ''))))
  const creditsAsCaptions = a.captions.filter(creditFound)
  list('captions', a.captions.filter((e) => !creditFound(e)), produced.captions, (e, p) => sameCaption(e, p) || (creditOf.has(p) && sameCaption(e, `${p} ${creditOf.get(p)}`)))
  kinds.captions.tp += creditsAsCaptions.length
  // Workers: a collective may be named with or without its employer.
  list('workers', a.workers.map(named), produced.workers, (e, p) => e === p || (e.length > 4 && (p.endsWith(e) || e.endsWith(p))))

  // Masthead: each field the page prints.
  const m = tally()
  for (const field of ['publication', 'page', 'date'] as const) {
    const want = a.source[field]
    const got = produced.source[field]
    // A mirror's pinyin readings (`中新網(wǎng)四川`) are debris the importer drops.
    const eq = (x: string, y: string) => (field === 'page' ? normPage(x) === normPage(y) : x.replace(PINYIN_GLOSS, '') === y.replace(PINYIN_GLOSS, ''))
    if (want !== null && got !== null && eq(want, got)) m.tp++
    else if (want !== null || got !== null) {
      if (want !== null) m.fn++
      if (got !== null) m.fp++
      misses.push(`masthead.${field}: want ${want} got ${got}`)
    }
  }
  kinds.masthead = m

  // Figures: the annotation lists a few; recall only.
  const f = tally()
  for (const want of a.figures) {
    const hit = produced.figures.some((g) => Math.abs(g.value - want.value) < 1e-6 && g.unit === want.unit)
    if (hit) f.tp++
    else {
      f.fn++
      misses.push(`figure ${want.value}${want.unit} not found`)
    }
  }
  kinds.figures = f
  return { id, rejected, kinds, misses }
}

function scorePart(dir: string): { pages: PageResult[]; totals: Record<Kind, Tally> } {
  const ids = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort() : []
  const pages = ids.map((id) => {
    const annotation = JSON.parse(fs.readFileSync(path.join(dir, `${id}.json`), 'utf8')) as Annotation
    return scorePage(id, fs.readFileSync(path.join(dir, `${id}.txt`)), annotation)
  })
  const totals = Object.fromEntries(KINDS.map((k) => [k, tally()])) as Record<Kind, Tally>
  for (const p of pages) for (const k of KINDS) add(totals[k], p.kinds[k])
  return { pages, totals }
}

const pct = (n: number, d: number) => (d === 0 ? '   – ' : `${((100 * n) / d).toFixed(0).padStart(3)}%`)

const SINGLE: Kind[] = ['headline', 'subtitle', 'kicker']

/**
 * One cell. Headline, subtitle, kicker: pages right / pages scored. Lists: F1 with precision and
 * recall. Figures: recall (the annotation lists only some).
 */
function cell(k: Kind, t: Tally): string {
  if (SINGLE.includes(k)) return `${pct(t.ok, t.n)} right (${t.ok}/${t.n})`.padEnd(30)
  if (k === 'figures') return `${pct(t.tp, t.tp + t.fn)} recall (${t.tp}/${t.tp + t.fn})`.padEnd(30)
  const f1 = pct(2 * t.tp, 2 * t.tp + t.fp + t.fn)
  return `${f1} F1 P ${pct(t.tp, t.tp + t.fp)} R ${pct(t.tp, t.tp + t.fn)}`.padEnd(30)
}

function main(): void {
  const args = process.argv.slice(2)
  const pagesFlag = args.indexOf('--pages')
  const showPages = pagesFlag >= 0 ? args[pagesFlag + 1] : null
  const partsFlag = args.indexOf('--parts')
  const partNames = partsFlag >= 0 ? args[partsFlag + 1]!.split(',') : ['tuning', 'heldout']
  const positional = args.filter((a, i) => !a.startsWith('--') && (pagesFlag < 0 || i !== pagesFlag + 1) && (partsFlag < 0 || i !== partsFlag + 1))
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  const corpus = path.resolve(positional[0] ?? path.join(root, '../corpus'))

  const parts = partNames.map((name) => ({ name, ...scorePart(path.join(corpus, name)) }))
  console.log(`corpus: ${corpus}`)
  console.log(`headline/subtitle/kicker: pages right; lists: F1, P = precision, R = recall; figures: recall\n`)
  console.log(`${'kind'.padEnd(10)}${parts.map((p) => `${p.name} (${p.pages.length} pages)`.padEnd(30)).join('')}`)
  for (const k of KINDS) console.log(`${k.padEnd(10)}${parts.map((p) => cell(k, p.totals[k])).join('')}`)
  console.log(`${'rejected'.padEnd(10)}${parts.map((p) => `${p.pages.filter((x) => x.rejected).length} page(s)`.padEnd(30)).join('')}`)

  if (showPages) {
    const part = parts.find((p) => p.name === showPages)
    for (const page of part?.pages ?? []) {
      if (!page.rejected && page.misses.length === 0) continue
      console.log(`\n${page.id}${page.rejected ? `  REJECTED ${page.rejected}` : ''}`)
      for (const m of page.misses) console.log(`  ${m}`)
    }
  }
}

main()
