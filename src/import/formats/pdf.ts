/**
 * PDF pages of a paper → text, read from the text layer with unpdf (pdf.js packaged for Node) with
 * each item's position, so columns are read in order rather than across:
 *
 * 1. items on one baseline and close together make a segment (a line of one column);
 * 2. the page is cut recursively (XY-cut): at a vertical gap running through the whole region
 *    (between columns) first, else at a wide horizontal gap (under a headline spanning the columns);
 *    but under a line set across the page in pieces (a masthead's name, date and page) first, as a
 *    cut down through its gaps would read it into the first column;
 * 3. each region's lines become paragraphs, broken at a first-line indent, after a short line, at a
 *    wider gap or a change of font size; a paragraph cut at a column's foot goes on in the next
 *    column, and at a page's foot on the next page (page numbers at head and foot are dropped);
 * 4. the debris of extraction is cleaned: spaces between Chinese characters (pdf.js puts one
 *    wherever glyphs are spaced out), words hyphenated at a line's end, lines broken mid-sentence.
 *
 * The largest type on the first page, clearly above the body's, is marked as the headline (`# `);
 * everything else is left to the newspaper parser. A page of several stories — a further headline
 * well above the body's size over a dateline or writers' line — gives one intake per story, each
 * under the page's masthead. A PDF without a text layer (a scan) is refused:
 * there is no OCR. Photos in a PDF are not taken.
 */
import { parseBylineLine } from '../bylines'
import { parseMasthead } from '../masthead'
import { FormatError } from './errors'
import type { IntakeLimits } from './limits'
import type { Intake } from './types'

type Item = { text: string; x: number; y: number; width: number; size: number }
type Segment = { x0: number; x1: number; y: number; size: number; text: string }
type Line = Segment

/** Chinese characters and the punctuation set with them (full-width forms, curly quotes, dashes). */
const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f\\u2014-\\u2026'
const CJK_RE = new RegExp(`[${CJK}]`)
const CJK_GAP = new RegExp(`([${CJK}])[ \\t\\u00a0]+(?=[${CJK}0-9A-Za-z%])|([0-9A-Za-z%])[ \\t\\u00a0]+(?=[${CJK}])`, 'g')
/** Text set with a space after every character: `1 2 月 5 日`. */
const LETTER_SPACED = /^(?:\S[ \u00a0])+\S$/
const SENTENCE_END = /[。！？!?…；;：:”’」』）)]$/

const median = (values: number[]) => {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** Spaces pdf.js put between Chinese characters, and runs of spaces, removed. */
export function cleanCjkSpacing(text: string): string {
  if (CJK_RE.test(text) && LETTER_SPACED.test(text.trim())) return text.trim().replace(/[ \u00a0]/g, '')
  return text.replace(CJK_GAP, '$1$2').replace(/[ \t\u00a0]{2,}/g, ' ')
}

/** Two pieces of one paragraph joined: no space between Chinese, a hyphenated word rejoined. */
export function joinLines(a: string, b: string): string {
  if (!a) return b
  if (/[A-Za-z]-$/.test(a) && /^[a-z]/.test(b)) return a.slice(0, -1) + b
  const last = a.at(-1)!
  const first = b[0]!
  if (CJK_RE.test(last) || CJK_RE.test(first)) return a + b
  return `${a} ${b}`
}

/** Items on one baseline with no wide gap between them → segments. */
function segments(items: Item[]): Segment[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x)
  const out: Segment[] = []
  for (const item of sorted) {
    const last = out.at(-1)
    const gap = last ? item.x - last.x1 : Infinity
    if (last && Math.abs(last.y - item.y) < 0.35 * Math.max(item.size, last.size) && gap > -0.5 * item.size && gap < 1.2 * item.size) {
      last.text = gap > 0.2 * item.size && !CJK_RE.test(last.text.at(-1) ?? '') && !CJK_RE.test(item.text[0] ?? '') ? `${last.text} ${item.text}` : last.text + item.text
      last.x1 = Math.max(last.x1, item.x + item.width)
      last.size = Math.max(last.size, item.size)
    } else out.push({ x0: item.x, x1: item.x + item.width, y: item.y, size: item.size, text: item.text })
  }
  return out
}

const top = (s: Segment) => s.y + 0.8 * s.size
const bottom = (s: Segment) => s.y - 0.25 * s.size

/** Split at gaps along one axis: where no segment covers `gap` or more. */
function splitAlong(segs: Segment[], start: (s: Segment) => number, end: (s: Segment) => number, gap: number): Segment[][] {
  const sorted = [...segs].sort((a, b) => start(a) - start(b))
  const groups: Segment[][] = []
  let reach = -Infinity
  for (const s of sorted) {
    if (groups.length === 0 || start(s) - reach >= gap) groups.push([])
    groups.at(-1)!.push(s)
    reach = Math.max(reach, end(s))
  }
  return groups
}

/** Segments standing on one baseline: a single line of the page. */
const oneLine = (segs: Segment[]) => segs.every((s) => Math.abs(s.y - segs[0]!.y) < 0.35 * Math.max(s.size, segs[0]!.size))

/** XY-cut: the regions of a page in reading order. */
function regions(segs: Segment[], body: number): Segment[][] {
  if (segs.length <= 1) return [segs]
  const columns = splitAlong(segs, (s) => s.x0, (s) => s.x1, body * 0.9)
  // Top to bottom: y grows upwards, so cut along -y.
  const bands = splitAlong(segs, (s) => -top(s), (s) => -bottom(s), body * 0.9)
  // A line set across the page in pieces — a masthead's name, date and page at left, centre and
  // right, a footer's editor and date — has gaps where the columns' gaps run: a cut down through it
  // would read the paper's name, the first column and the footer's first piece as one column.
  // Cut under such a line first, then down the columns.
  const column = (s: Segment) => columns.findIndex((c) => c.includes(s))
  const lineAcross = columns.length > 1 && bands.length > 1 && bands.some((b) => oneLine(b) && new Set(b.map(column)).size > 1)
  // (Under the masthead, its row and the line under it close together: pieces of at most two lines
  // each, one a single line level with another's, are rows read across, one after the other.)
  const baselines = (c: Segment[]) => new Set(linesOf(c).map((l) => Math.round(l.y))).size
  const rowsOnly = columns.length > 1 && bands.length === 1 && columns.every((c) => baselines(c) <= 2) && columns.some((c) => oneLine(c) && columns.some((o) => o !== c && o.some((s) => Math.abs(s.y - c[0]!.y) < 0.35 * s.size)))
  if (rowsOnly) return linesOf(segs).map((l) => segs.filter((s) => Math.abs(s.y - l.y) < 0.35 * s.size))
  if (columns.length > 1 && !lineAcross) return columns.flatMap((c) => regions(c, body))
  if (bands.length > 1) return bands.flatMap((b) => regions(b, body))
  if (columns.length > 1) return columns.flatMap((c) => regions(c, body))
  return [segs]
}

/** A region's segments as lines, top to bottom (segments on one baseline joined). */
function linesOf(region: Segment[]): Line[] {
  const sorted = [...region].sort((a, b) => b.y - a.y || a.x0 - b.x0)
  const lines: Line[] = []
  for (const s of sorted) {
    const last = lines.at(-1)
    if (last && Math.abs(last.y - s.y) < 0.35 * s.size) {
      // (Pieces set apart on one line — `青禾工人报`, `2026年5月8日`, `第3版` — keep a gap between them.)
      last.text = s.x0 - last.x1 > 2 * s.size ? `${last.text}\u3000${s.text}` : joinLines(last.text, s.text)
      last.x1 = Math.max(last.x1, s.x1)
    } else lines.push({ ...s })
  }
  return lines
}

type Paragraph = { text: string; size: number; indented: boolean }

/**
 * Set ragged-right, a line may stop a character or two short of the column's edge in the middle of
 * a sentence (a Chinese line cannot start with `，`, so the character before it goes down too): a
 * line that nearly fills the column and ends on a Chinese character, not a stop or other mark, goes
 * on in the next line or column. (A byline, a heading, a list item or a table row stops well short.)
 */
const midSentence = (line: Line, right: number) => line.x1 >= right - line.size * 3.5 && CJK_RE.test(line.text.at(-1) ?? '') && !/[\p{P}\p{S}]$/u.test(line.text)

/**
 * Lines of the page's regions → paragraphs; `open` when the page's last line runs to the edge of
 * its column (its paragraph may go on overleaf).
 */
function paragraphs(regionsInOrder: Segment[][]): { paras: Paragraph[]; open: boolean } {
  const out: Paragraph[] = []
  let open = false
  for (const region of regionsInOrder) {
    const lines = linesOf(region)
    const left = Math.min(...lines.map((l) => l.x0))
    const right = Math.max(...lines.map((l) => l.x1))
    const pitch = median(lines.slice(1).map((l, i) => lines[i]!.y - l.y)) || lines[0]!.size * 1.5
    lines.forEach((line, i) => {
      const prev = out.at(-1)
      const indented = line.x0 - left > line.size * 0.9
      const sameSize = prev && Math.abs(prev.size - line.size) < 0.15 * line.size
      let continues: boolean
      if (i === 0) continues = open && Boolean(sameSize) && !indented && !SENTENCE_END.test(prev?.text ?? '')
      else {
        const before = lines[i - 1]!
        const shortBefore = before.x1 < right - before.size * 1.5 && !midSentence(before, right)
        continues = Boolean(sameSize) && !indented && !shortBefore && before.y - line.y < pitch * 1.5
      }
      if (continues && prev) prev.text = joinLines(prev.text, line.text)
      else out.push({ text: line.text, size: line.size, indented })
    })
    const last = lines.at(-1)!
    // (A region of one line — a heading, a byline, a table row set apart by space — has no width of
    // its own to fill: it is not cut off, whatever its length.)
    open = lines.length > 1 && (last.x1 >= right - last.size * 1.5 || midSentence(last, right))
  }
  return { paras: out, open }
}

/** How a story opens under its headline: the paper's dateline (`本报讯`, `青禾讯（`, `…电（`, `新华社…电`). */
const STORY_DATELINE = /^(?:本[报報刊台網网][讯訊]|[\u4e00-\u9fff]{2,12}(?:[讯訊]|[电電])\s*[（(]|(?:新华社|新華社)[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日[电電])/
/** …or its writers' line (`本报记者 王某 通讯员 李某`), not a sentence about a reporter (`记者了解到，…`). */
const storyOpening = (text: string) => STORY_DATELINE.test(text) || (text.length <= 40 && parseBylineLine(text)?.hasRole === true)
const wordCount = (t: string) => t.replace(/\s/g, '').length

const PAGE_NUMBER = /^(?:[-—–·\s]*\d{1,3}[-—–·\s]*|第\s*\d{1,3}\s*页)$/

/** Page numbers at the head or foot of a page: furniture that would cut a paragraph running overleaf. */
function withoutPageNumbers(segs: Segment[]): Segment[] {
  if (segs.length < 3) return segs
  const top = Math.max(...segs.map((s) => s.y))
  const bottom = Math.min(...segs.map((s) => s.y))
  const margin = (top - bottom) * 0.06
  return segs.filter((s) => !(PAGE_NUMBER.test(s.text.trim()) && (s.y >= top - margin || s.y <= bottom + margin)))
}

type PdfDocument = { numPages: number; getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }> }>; destroy?(): Promise<void>; cleanup?(): Promise<void> }

export async function readPdf(bytes: Uint8Array, limits: IntakeLimits): Promise<Intake> {
  const { getDocumentProxy } = await import('unpdf')
  let doc: PdfDocument
  try {
    // A copy: pdf.js takes over (detaches) the buffer it is given.
    doc = (await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, stopAtErrors: false })) as unknown as PdfDocument
  } catch (err) {
    const name = (err as { name?: string } | null)?.name
    if (name === 'PasswordException') throw new FormatError('ENCRYPTED', undefined, { cause: err })
    throw new FormatError('CORRUPT', err instanceof Error ? err.message : String(err), { cause: err })
  }
  try {
    if (doc.numPages > limits.pdfPages) throw new FormatError('TOO_MANY_PAGES', `${doc.numPages} pages, at most ${limits.pdfPages}`)
    const pages: Item[][] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent()
      const items: Item[] = []
      for (const raw of content.items as { str?: string; transform?: number[]; width?: number }[]) {
        if (typeof raw.str !== 'string' || !raw.transform) continue
        const text = cleanCjkSpacing(raw.str).trim()
        if (!text) continue
        const [a = 0, b = 0, , , x = 0, y = 0] = raw.transform
        items.push({ text, x, y, width: raw.width ?? 0, size: Math.hypot(a, b) || 10 })
      }
      pages.push(items)
    }
    const chars = pages.flat().reduce((sum, i) => sum + i.text.replace(/\s/g, '').length, 0)
    if (chars < 20) throw new FormatError('NO_TEXT_LAYER', `${doc.numPages} page(s), ${chars} characters of text`)

    // The body's type size: the size most characters are set in.
    const weight = new Map<number, number>()
    for (const i of pages.flat()) weight.set(Math.round(i.size), (weight.get(Math.round(i.size)) ?? 0) + i.text.length)
    const body = [...weight.entries()].sort((a, b) => b[1] - a[1])[0]![0]

    const lines: string[] = []
    /** The page's masthead lines over the first headline (paper, date, page), set no larger than the body. */
    const pageHead: string[] = []
    /** Where a further story starts in `lines`: a headline well above the body's size over a story's opening words. */
    const storyStarts: number[] = []
    let headlineMarked = false
    /** The type size of the current story's headline. */
    let headSize = 0
    let overleaf: Paragraph | null = null
    for (const items of pages) {
      if (items.length === 0) continue
      const { paras, open } = paragraphs(regions(withoutPageNumbers(segments(items)), body))
      const largest = Math.max(...paras.map((p) => p.size))
      paras.forEach((p, i) => {
        const text = cleanCjkSpacing(p.text).trim()
        // A paragraph cut at the foot of the last page goes on at the top of this one.
        if (i === 0 && overleaf && !p.indented && Math.abs(overleaf.size - p.size) < 0.15 * p.size && !SENTENCE_END.test(lines.at(-1) ?? '')) {
          lines[lines.length - 1] = cleanCjkSpacing(joinLines(lines.at(-1)!, text))
          return
        }
        // A story's headline: well above the body's size, over its dateline or writers' line — or, on a
        // page already in a story, set larger than that story's own headline.
        // (A part's heading inside a story is set near the body's size and opens no dateline or byline.)
        const next = paras.slice(i + 1, i + 3).find((q) => !/^[—–-]{1,2}/.test(q.text.trim()))
        const head = p.size >= body * 1.5 && wordCount(text) <= 40
        const opens = head && next !== undefined && storyOpening(cleanCjkSpacing(next.text).trim())
        if (!headlineMarked && ((p.size === largest && largest >= body * 1.3) || opens)) {
          lines.push(`# ${text}`)
          headlineMarked = true
          headSize = p.size
        } else {
          const story = headlineMarked && (opens || (head && p.size > headSize * 1.05 && next !== undefined && next.size < body * 1.5))
          if (story) headSize = p.size
          // (`技能成才 技能报国` right over it, larger than the body, short and without a stop: its kicker, which goes with it.)
          const prev = paras[i - 1]
          const kicker = story && prev !== undefined && prev.size >= body * 1.1 && prev.size < p.size && wordCount(prev.text) <= 30 && !SENTENCE_END.test(prev.text.trim()) && !/[。，,]/.test(prev.text) && lines.at(-1) === cleanCjkSpacing(prev.text).trim()
          if (story) storyStarts.push(lines.length - (kicker ? 1 : 0))
          if (!headlineMarked && p.size <= body * 1.05 && parseMasthead(text) !== null) pageHead.push(text)
          lines.push(story ? `# ${text}` : text)
        }
      })
      overleaf = open ? (paras.at(-1) ?? null) : null
    }
    // A page of several stories: the first is this intake, each further one (under the page's
    // masthead, for its paper and date) an intake of its own.
    const cuts = [0, ...storyStarts, lines.length]
    const stories = cuts.slice(0, -1).map((start, k) => [...(k > 0 ? pageHead : []), ...lines.slice(start, cuts[k + 1])])
    const intake = (story: string[]): Intake => ({ format: 'pdf', text: story.join('\n\n') + '\n', images: [], leftOut: [] })
    return { ...intake(stories[0]!), ...(stories.length > 1 ? { more: stories.slice(1).map(intake) } : {}) }
  } catch (err) {
    if (err instanceof FormatError) throw err
    throw new FormatError('CORRUPT', err instanceof Error ? err.message : String(err), { cause: err })
  } finally {
    await (doc.destroy ?? doc.cleanup)?.call(doc).catch(() => undefined)
  }
}
