import type { Block, Field } from 'payload'

import { labelOf, walkFields } from '../fields/walk'
import { toSimplified } from '../lib/simplified'
import { RICH_TEXT_BLOCKS } from '../richtext/blocks'

/** A piece of a document's text and where it sits ("body", "sections.2.heading"…). */
export type TextSegment = { path: string; label: string; text: string }

const BLOCKS = new Map<string, Block>(RICH_TEXT_BLOCKS.map((b) => [b.slug, b]))

/**
 * Every piece of human-readable text in a document — titles, summaries, captions, array rows and
 * all rich text including the fields of its blocks — found by walking the collection's fields.
 * Slugs, ids, URLs and selects are not text readers see as prose and are skipped.
 */
export function collectText(fields: Field[], data: unknown, prefix = '', labelPrefix = ''): TextSegment[] {
  const out: TextSegment[] = []
  walkFields(
    fields,
    data,
    ({ field, value, path, label }) => {
      if (field.name === 'slug' || field.name === 'reviewLog') return false
      if (field.type === 'text' || field.type === 'textarea') {
        if (field.name !== 'url' && field.name !== 'reviewComment' && typeof value === 'string' && value.trim()) out.push({ path, label, text: value })
      } else if (field.type === 'richText') out.push(...collectLexicalText(value, path, label))
    },
    { path: prefix, label: labelPrefix },
  )
  return out
}

function collectLexicalText(state: unknown, path: string, label: string): TextSegment[] {
  const out: TextSegment[] = []
  let blockIndex = 0
  const textOf = (node: unknown): string => {
    if (!node || typeof node !== 'object') return ''
    const n = node as { type?: string; text?: string; children?: unknown[] }
    if (typeof n.text === 'string') return n.text
    if (n.type === 'linebreak') return '\n'
    return (n.children ?? []).map(textOf).join('')
  }
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    const n = node as { type?: string; fields?: Record<string, unknown> & { blockType?: string }; children?: unknown[] }
    if (n.type === 'block' && n.fields?.blockType) {
      const block = BLOCKS.get(n.fields.blockType)
      const i = blockIndex++
      if (block) out.push(...collectText(block.fields, n.fields, `${path}.blocks.${i}.`, `${label} › ${labelOf(block as unknown as Field) || block.slug} › `))
      return
    }
    // Text outside a paragraph (a bare text node, one inside a node type the editor does not
    // offer) is still text the site may show: it is checked too.
    if (typeof (n as { text?: unknown }).text === 'string') {
      const text = (n as { text: string }).text
      if (text.trim()) out.push({ path, label, text })
      return
    }
    if (['paragraph', 'heading', 'quote', 'listitem'].includes(n.type ?? '')) {
      const text = textOf(n)
      if (text.trim()) out.push({ path, label, text })
      // list items may nest lists
      if (n.type === 'listitem') n.children?.filter((c) => (c as { type?: string }).type === 'list').forEach(visit)
      return
    }
    n.children?.forEach(visit)
  }
  visit((state as { root?: unknown })?.root)
  return out
}

/**
 * Text prepared for matching, with the way back: unit `i` of `text` came from the original string's
 * UTF-16 range [`start[i]`, `end[i]`).
 */
export type NormalizedText = { text: string; start: Int32Array; end: Int32Array }

// How a character takes part in matching (low bits of its table entry; 0 = not classified yet).
/** Maps to its NFKC, case-folded form. */
const PLAIN = 1
/** Whitespace: one space, or nothing between two CJK characters. */
const SPACE = 2
/** Format and other invisible characters (zero-width spaces, soft hyphen, bidi marks…): dropped. */
const INVISIBLE = 3
/** Combining mark: normalised together with the character before it. */
const MARK = 4
const CJK_FIRST = 8
const CJK_LAST = 16
const KIND_MASK = 7

const WHITESPACE_CHAR = /^\p{White_Space}$/u
// Cf covers zero-width spaces and joiners, U+2060, U+FEFF, the soft hyphen and bidi controls;
// Default_Ignorable adds fillers and variation selectors, Cc the remaining control characters.
const INVISIBLE_CHAR = /^[\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cc}]$/u
const MARK_CHAR = /^\p{M}$/u
const CJK = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Bopomofo}]/u

/**
 * NFKC (full-width ＡＢＣ１２３ → abc123, compatibility ideographs → unified ones) and case folding.
 * `toUpperCase().toLowerCase()` approximates full case folding closely enough (ß → ss, ſ → s,
 * final ς → σ); text and word list go through the same function, so they agree whatever it does.
 */
// Traditional characters (全網最低, 法輪功) are compared as simplified ones (src/lib/simplified.ts).
const fold = (s: string): string => toSimplified(s.normalize('NFKC')).toUpperCase().toLowerCase().normalize('NFKC')


// Punctuation and symbols (全·网·最·低, 法-轮-功, ★) separate like whitespace: dropped between two
// CJK characters, one space elsewhere. Not those NFKC turns into letters (㍿ → 株式会社).
const PUNCTUATION_CHAR = /^[\p{P}\p{S}]$/u
const STAYS_PUNCTUATION = /^[\p{P}\p{S}\s]*$/u

function classify(ch: string): { info: number; mapped: string } {
  if (WHITESPACE_CHAR.test(ch)) return { info: SPACE, mapped: ' ' }
  if (PUNCTUATION_CHAR.test(ch) && STAYS_PUNCTUATION.test(fold(ch))) return { info: SPACE, mapped: ' ' }
  if (INVISIBLE_CHAR.test(ch)) return { info: INVISIBLE, mapped: '' }
  const mapped = fold(ch)
  return { info: (MARK_CHAR.test(ch) ? MARK : PLAIN) | cjkFlags(mapped), mapped }
}

function cjkFlags(mapped: string): number {
  if (!mapped) return 0
  const first = String.fromCodePoint(mapped.codePointAt(0)!)
  const lastCode = mapped.codePointAt(mapped.length - 1)!
  const last = lastCode >= 0xdc00 && lastCode <= 0xdfff && mapped.length > 1 ? mapped.slice(-2) : mapped.slice(-1)
  return (CJK.test(first) ? CJK_FIRST : 0) | (CJK.test(last) ? CJK_LAST : 0)
}

// Characters are classified once and remembered: a check then costs a table read per character.
const BMP_INFO = new Uint8Array(0x10000)
const BMP_MAPPED = new Array<string>(0x10000).fill('')
const ASTRAL = new Map<number, { info: number; mapped: string }>()

function infoOf(code: number): number {
  if (code <= 0xffff) {
    let info = BMP_INFO[code]!
    if (info === 0) {
      const c = classify(String.fromCharCode(code))
      BMP_INFO[code] = info = c.info
      BMP_MAPPED[code] = c.mapped
    }
    return info
  }
  let c = ASTRAL.get(code)
  if (!c) ASTRAL.set(code, (c = classify(String.fromCodePoint(code))))
  return c.info
}
const mappedOf = (code: number): string => (code <= 0xffff ? BMP_MAPPED[code]! : ASTRAL.get(code)!.mapped)

/**
 * Normalise text for sensitive-word matching, so that a listed word cannot hide behind invisible
 * or look-alike characters: NFKC (full-width and half-width forms), case folding, format
 * characters (Cf: zero-width spaces and joiners, soft hyphen, bidi marks) and other invisible
 * characters dropped, whitespace runs collapsed to one space — and dropped altogether between two
 * CJK characters, where Chinese has no spaces (so "禁 用" reads as "禁用", while "a b" between Latin
 * words stays two words). Leading and trailing whitespace is dropped.
 *
 * The word list goes through the same function; normalising character by character (a base with
 * its combining marks together) keeps both sides consistent and each unit traceable to its origin.
 */
export function normalizeForMatching(original: string): NormalizedText {
  let text = ''
  // Typed arrays rather than number arrays: a check normalises every segment, and these are most
  // of what it allocates. NFKC can lengthen text (㍿ → 株式会社), so they grow when needed.
  let start = new Int32Array(original.length + 8)
  let end = new Int32Array(original.length + 8)
  let length = 0
  const push = (from: number, to: number) => {
    if (length === start.length) {
      const grown = [new Int32Array(length * 2), new Int32Array(length * 2)] as const
      grown[0].set(start)
      grown[1].set(end)
      ;[start, end] = grown
    }
    start[length] = from
    end[length++] = to
  }
  let spaceFrom = -1 // a whitespace run not yet emitted: [spaceFrom, spaceTo)
  let spaceTo = -1
  let lastCJK = false
  const n = original.length
  let i = 0
  while (i < n) {
    let code = original.charCodeAt(i)
    let next = i + 1
    if (code >= 0xd800 && code <= 0xdbff && next < n) {
      const low = original.charCodeAt(next)
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000
        next++
      }
    }
    let info = infoOf(code)
    const kind = info & KIND_MASK
    if (kind === INVISIBLE) {
      i = next
      continue
    }
    if (kind === SPACE) {
      if (spaceFrom < 0) spaceFrom = i
      spaceTo = next
      i = next
      continue
    }
    let mapped = mappedOf(code)
    // A base followed by combining marks is normalised as one cluster (e + ◌́ → é, as in the list).
    let to = next
    while (to < n) {
      const c = original.codePointAt(to)!
      if ((infoOf(c) & KIND_MASK) !== MARK) break
      to += c > 0xffff ? 2 : 1
    }
    if (to > next) {
      mapped = fold(original.slice(i, to))
      info = cjkFlags(mapped)
    }
    if (spaceFrom >= 0) {
      if (text.length > 0 && !(lastCJK && info & CJK_FIRST)) {
        text += ' '
        push(spaceFrom, spaceTo)
      }
      spaceFrom = -1
    }
    if (mapped) {
      text += mapped
      for (let k = 0; k < mapped.length; k++) push(i, to)
      lastCJK = (info & CJK_LAST) !== 0
    }
    i = to
  }
  return { text, start: start.subarray(0, length), end: end.subarray(0, length) }
}

const INVISIBLE_NAMES: Record<number, string> = {
  0x200b: '零宽空格',
  0x200c: '零宽不连字',
  0x200d: '零宽连字',
  0x2060: '零宽不换行符',
  0xfeff: '零宽不换行空格',
  0x00ad: '软连字符',
}

/**
 * The original text with its invisible characters made visible for an editor:
 * 禁\u200B用 → 「禁〔零宽空格 U+200B〕用」, a bidi mark → 〔方向控制符 U+202E〕, other whitespace
 * (newlines, full-width spaces) inside the word → ␣.
 */
export function showInvisible(text: string, { spaces = false } = {}): string {
  let out = ''
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    const kind = infoOf(code) & KIND_MASK
    if (kind === INVISIBLE) {
      const name = INVISIBLE_NAMES[code] ?? (isBidiControl(code) ? '方向控制符' : '不可见字符')
      out += `〔${name} U+${code.toString(16).toUpperCase().padStart(4, '0')}〕`
    } else if (kind === SPACE && spaces) out += '␣'
    else out += ch
  }
  return out
}

const isBidiControl = (code: number) =>
  code === 0x200e || code === 0x200f || code === 0x061c || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)
