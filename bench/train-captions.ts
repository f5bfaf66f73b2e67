/**
 * Fits the unmarked-caption model (src/import/parse/captionModel.ts) on the annotated corpus and
 * says how it does on pages it was not fitted on: each batch of the tuning part is left out in
 * turn, the model fitted on the others and scored on it (the `batch` field of each annotation;
 * pages without one are dealt into five folds by name). Prints, per threshold, the captions of
 * the rules alone, of the model alone and of both, over all left-out batches; with `--write`,
 * fits on the whole tuning part and rewrites src/import/parse/captionWeights.ts.
 *
 * Usage: npm run train:captions -- [corpus folder] [--write] [--also <folder>…]
 * The held-out part is never read. `--also` adds other annotated folders as extra batches.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { captionFeatures, CAPTION_THRESHOLD, pageShape, pictured, PHOTO_SIGNS, weighable, type ModelBlock } from '../src/import/parse/captionModel'
import { ImportError } from '../src/import/errors'
import { parseNewspaperText } from '../src/import/index'
import { sameCaption } from './corpus-match'

type Row = { batch: string; label: boolean; rule: boolean; x: number[]; text: string; page: string }

const here = path.dirname(fileURLToPath(import.meta.url))
const args = process.argv.slice(2)
const write = args.includes('--write')
const also: string[] = []
for (let i = 0; i < args.length; i++) if (args[i] === '--also') also.push(args[++i]!)
const corpus = path.resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--also') ?? path.join(here, '../../corpus'))

let names: string[] = []
function rowsOf(dir: string, fallback: string | null): Row[] {
  const rows: Row[] = []
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const id = f.slice(0, -4)
    const a = JSON.parse(fs.readFileSync(path.join(dir, `${id}.json`), 'utf8')) as { captions: string[]; batch?: string }
    const raw = fs.readFileSync(path.join(dir, f))
    let blocks: ModelBlock[]
    try {
      blocks = parseNewspaperText(raw, { file: id, weighCaptions: false }).blocks.filter((b): b is ModelBlock & typeof b => b.type !== 'heading')
    } catch (err) {
      if (err instanceof ImportError) continue
      throw err
    }
    const photoSigns = blocks.some((b) => b.type === 'caption') || PHOTO_SIGNS.test(raw.toString('utf8'))
    const batch = fallback ?? a.batch ?? `fold ${[...id].reduce((h, c) => h + c.charCodeAt(0), 0) % 5}`
    const page = pageShape(blocks)
    blocks.forEach((b, k) => {
      // Only what the parser lets the model weigh is fitted and scored; the rules' captions are kept.
      if (b.type === 'paragraph' && (!weighable(b.text) || !pictured(b.text))) return
      const features = captionFeatures(blocks, k, photoSigns, page)
      names = Object.keys(features)
      rows.push({ batch, page: id, text: b.text, label: a.captions.some((c) => sameCaption(c, b.text)), rule: b.type === 'caption', x: Object.values(features) })
    })
  }
  return rows
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z))
const dot = (w: number[], x: number[]) => x.reduce((s, v, i) => s + v * w[i]!, 0)

/** Logistic regression by gradient descent, captions weighted up to balance the classes. */
function fit(rows: Row[]): number[] {
  const d = rows[0]!.x.length
  const w = new Array<number>(d).fill(0)
  const positives = rows.filter((r) => r.label).length
  const up = (rows.length - positives) / Math.max(positives, 1)
  for (let epoch = 0; epoch < 400; epoch++) {
    const g = new Array<number>(d).fill(0)
    for (const r of rows) {
      const c = (sigmoid(dot(w, r.x)) - (r.label ? 1 : 0)) * (r.label ? up : 1)
      for (let i = 0; i < d; i++) g[i]! += c * r.x[i]!
    }
    for (let i = 0; i < d; i++) w[i]! -= 0.3 * (g[i]! / rows.length + 0.001 * w[i]!)
  }
  return w
}

function f1(rows: Row[], said: (r: Row) => boolean): string {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const r of rows) {
    const s = said(r)
    if (s && r.label) tp++
    else if (s) fp++
    else if (r.label) fn++
  }
  const pct = (x: number) => `${Math.round(100 * x)}%`.padStart(4)
  return `F1 ${pct((2 * tp) / Math.max(2 * tp + fp + fn, 1))} P ${pct(tp / Math.max(tp + fp, 1))} R ${pct(tp / Math.max(tp + fn, 1))}`
}

const tuning = rowsOf(path.join(corpus, 'tuning'), null)
const extra = also.flatMap((dir) => rowsOf(path.resolve(dir), path.basename(dir)))
const rows = [...tuning, ...extra]
const batches = [...new Set(rows.map((r) => r.batch))]
console.log(`${rows.length} paragraphs and captions, ${rows.filter((r) => r.label).length} annotated captions, batches: ${batches.join(', ')}`)

const score = new Map<Row, number>()
for (const b of batches) {
  const w = fit(rows.filter((r) => r.batch !== b))
  for (const r of rows.filter((r) => r.batch === b)) score.set(r, sigmoid(dot(w, r.x)))
}
console.log('left-out batches (each scored by a model fitted without it):')
console.log(`  rules alone          ${f1(rows, (r) => r.rule)}`)
for (const t of [0.7, 0.8, 0.9, 0.95]) console.log(`  t=${t.toFixed(2)}${t === CAPTION_THRESHOLD ? '*' : ' '} model ${f1(rows, (r) => score.get(r)! > t)}   rules+model ${f1(rows, (r) => r.rule || score.get(r)! > t)}`)
for (const b of batches) {
  const part = rows.filter((r) => r.batch === b)
  console.log(`  batch ${b.padEnd(8)} rules ${f1(part, (r) => r.rule)}   rules+model ${f1(part, (r) => r.rule || score.get(r)! > CAPTION_THRESHOLD)}`)
}

if (write) {
  const w = fit(rows)
  const file = path.join(here, '../src/import/parse/captionWeights.ts')
  const body = names.map((n, i) => `  ${n}: ${w[i]!.toFixed(3)},`).join('\n')
  fs.writeFileSync(
    file,
    `/**\n * Weights of the unmarked-caption model (captionModel.ts), written by \`npm run train:captions -- --write\`\n * from ${rows.length} annotated paragraphs and captions of the corpus's tuning part${also.length ? ' and extra batches' : ''}. Do not edit by hand.\n */\nexport const CAPTION_WEIGHTS = {\n${body}\n}\n`,
  )
  console.log(`wrote ${path.relative(process.cwd(), file)}`)
}
