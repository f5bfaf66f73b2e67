import AhoCorasick from 'modern-ahocorasick'
import type { Field, PayloadRequest } from 'payload'

import { MEDIA, SENSITIVE_WORDS } from '../../collections/slugs'
import { collectMediaRefs } from '../media/mediaRefs'
import { collectText, normalizeForMatching, showInvisible, type TextSegment } from './textSegments'

export type WordEntry = { word: string; action: 'block' | 'warn'; category?: string | null; replacement?: string | null }

/** One occurrence of a listed word in a document. */
export type WordHit = {
  path: string
  field: string
  /**
   * The word as it stands in the document, invisible characters shown (「禁〔零宽空格 U+200B〕用」);
   * the same as `listed` unless it was disguised.
   */
  word: string
  /** The entry of the word list it matched. */
  listed: string
  action: 'block' | 'warn'
  category: string | null
  suggestion: string | null
  /** The word with up to 12 characters either side, for the reviewer. */
  context: string
  /** Where the word stands in the segment's original text (UTF-16 offsets, end exclusive). */
  start: number
  end: number
}

const CONTEXT_CHARS = 12

/**
 * A compiled word list: one Aho–Corasick automaton for all words, so a check costs one pass over
 * the text whatever the size of the list. Text and words are both normalised first
 * (normalizeForMatching: NFKC, case folding, invisible characters dropped, no spaces inside CJK
 * runs), so a word split by a zero-width space or typed in full-width letters is still found; hits
 * are reported at their place in the original text.
 */
export class WordMatcher {
  private readonly matcher: AhoCorasick | null
  private readonly entries: WordEntry[]

  constructor(entries: WordEntry[]) {
    // One automaton entry per normalised word; when two list entries normalise alike (ABC and abc),
    // block wins over warn. Words that normalise to nothing cannot match and are left out.
    const byKey = new Map<string, WordEntry>()
    for (const entry of entries) {
      const key = normalizeForMatching(entry.word).text
      if (!key) continue
      const seen = byKey.get(key)
      if (!seen || (seen.action === 'warn' && entry.action === 'block')) byKey.set(key, { ...entry, word: entry.word.trim() })
    }
    this.entries = [...byKey.values()]
    this.matcher = byKey.size ? new AhoCorasick([...byKey.keys()]) : null
  }

  get size(): number {
    return this.entries.length
  }

  /** Every hit in the given text segments, in reading order, each word once per position. */
  check(segments: TextSegment[]): WordHit[] {
    if (!this.matcher) return []
    const hits: WordHit[] = []
    for (const segment of segments) {
      const normalized = normalizeForMatching(segment.text)
      const matches = this.matcher.search(normalized.text, { strategy: 'leftmost-longest' })
      for (const m of matches) {
        const entry = this.entries[m.patternIndex]!
        const original = segment.text
        const start = normalized.start[m.start]!
        const end = normalized.end[m.end - 1]!
        const word = showInvisible(original.slice(start, end), { spaces: true })
        const before = showInvisible(original.slice(contextStart(original, start), start))
        const after = showInvisible(original.slice(end, contextEnd(original, end)))
        hits.push({
          path: segment.path,
          field: segment.label,
          word,
          listed: entry.word,
          action: entry.action,
          category: entry.category ?? null,
          suggestion: entry.replacement ?? null,
          context: `${before}【${word}】${after}`.replace(/\s+/g, ' '),
          start,
          end,
        })
      }
    }
    return hits
  }
}

/** Up to CONTEXT_CHARS units before `at`, not starting inside a surrogate pair. */
function contextStart(text: string, at: number): number {
  const from = Math.max(0, at - CONTEXT_CHARS)
  return isLowSurrogate(text.charCodeAt(from)) && from > 0 ? from - 1 : from
}

/** Up to CONTEXT_CHARS units after `at`, not ending inside a surrogate pair. */
function contextEnd(text: string, at: number): number {
  const to = Math.min(text.length, at + CONTEXT_CHARS)
  return to < text.length && isLowSurrogate(text.charCodeAt(to)) ? to + 1 : to
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

let cache: { key: string; matcher: WordMatcher } | null = null

/**
 * The matcher for the current word list. Rebuilt only when the list changed (count or newest
 * update differ), so checks on a busy server reuse one automaton.
 */
export async function currentMatcher(req: PayloadRequest): Promise<WordMatcher> {
  // System read of the admin-managed list, used for checking only; never returned to a client.
  const newest = await req.payload.find({ collection: SENSITIVE_WORDS, sort: '-updatedAt', limit: 1, depth: 0, req })
  const key = `${newest.totalDocs}:${newest.docs[0]?.updatedAt ?? ''}`
  if (cache?.key === key) return cache.matcher
  const all = await req.payload.find({ collection: SENSITIVE_WORDS, pagination: false, depth: 0, req })
  const matcher = new WordMatcher(
    all.docs.map((d) => ({ word: d.word, action: d.action, category: d.category, replacement: d.replacement })),
  )
  cache = { key, matcher }
  return matcher
}

/** Check a document's text against the word list; hits split by action. */
export async function checkSensitiveWords(
  req: PayloadRequest,
  fields: Field[],
  data: unknown,
): Promise<{ block: WordHit[]; warn: WordHit[] }> {
  const matcher = await currentMatcher(req)
  const hits = matcher.check([...collectText(fields, data), ...(await photoText(req, fields, data))])
  return { block: hits.filter((h) => h.action === 'block'), warn: hits.filter((h) => h.action === 'warn') }
}

/**
 * One line per hit: field, context, the word as written (and the listed word when it was
 * disguised) and suggestion.
 */
export function formatHits(hits: WordHit[]): string {
  return hits
    .map((h) => {
      const listed = h.word.normalize('NFC') === h.listed.normalize('NFC') ? '' : `（即词库中的「${h.listed}」）`
      return `· ${h.field}：“${h.context}” 中的「${h.word}」${listed}${h.suggestion ? `，建议改为「${h.suggestion}」` : ''}`
    })
    .join('\n')
}

/**
 * The captions, credits and alt texts of the photos a document shows: they appear on its pages
 * beside its own text, so they are checked with it.
 */
async function photoText(req: PayloadRequest, fields: Field[], data: unknown): Promise<TextSegment[]> {
  const ids = [...new Set(collectMediaRefs(fields, data).map((r) => r.id))]
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({ collection: MEDIA, where: { id: { in: ids } }, depth: 0, pagination: false, req })
  const out: TextSegment[] = []
  for (const photo of docs) {
    const name = photo.filename ?? String(photo.id)
    for (const [key, label] of [['caption', '图片说明'], ['credit', '署名'], ['alt', '替代文字']] as const) {
      const text = photo[key]
      if (typeof text === 'string' && text.trim()) out.push({ path: `media.${photo.id}.${key}`, label: `图片「${name}」的${label}`, text })
    }
  }
  return out
}
