import AhoCorasick from 'modern-ahocorasick'
import type { Field, PayloadRequest } from 'payload'

import { SENSITIVE_WORDS } from '../../collections/slugs'
import { collectText, type TextSegment } from './textSegments'

export type WordEntry = { word: string; action: 'block' | 'warn'; category?: string | null; replacement?: string | null }

/** One occurrence of a listed word in a document. */
export type WordHit = {
  path: string
  field: string
  word: string
  action: 'block' | 'warn'
  category: string | null
  suggestion: string | null
  /** The word with up to 12 characters either side, for the reviewer. */
  context: string
}

const CONTEXT_CHARS = 12

/**
 * A compiled word list: one Aho–Corasick automaton for all words, so a check costs one pass over
 * the text whatever the size of the list.
 */
export class WordMatcher {
  private readonly matcher: AhoCorasick | null
  private readonly entries: WordEntry[]

  constructor(entries: WordEntry[]) {
    this.entries = entries.filter((e) => e.word.trim() !== '')
    this.matcher = this.entries.length ? new AhoCorasick(this.entries.map((e) => e.word.trim())) : null
  }

  get size(): number {
    return this.entries.length
  }

  /** Every hit in the given text segments, in reading order, each word once per position. */
  check(segments: TextSegment[]): WordHit[] {
    if (!this.matcher) return []
    const hits: WordHit[] = []
    for (const segment of segments) {
      const matches = this.matcher.search(segment.text, { strategy: 'leftmost-longest' })
      for (const m of matches) {
        const entry = this.entries[m.patternIndex]!
        const before = segment.text.slice(Math.max(0, m.start - CONTEXT_CHARS), m.start)
        const after = segment.text.slice(m.end, m.end + CONTEXT_CHARS)
        hits.push({
          path: segment.path,
          field: segment.label,
          word: m.pattern,
          action: entry.action,
          category: entry.category ?? null,
          suggestion: entry.replacement ?? null,
          context: `${before}【${m.pattern}】${after}`.replace(/\s+/g, ' '),
        })
      }
    }
    return hits
  }
}

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
  const hits = matcher.check(collectText(fields, data))
  return { block: hits.filter((h) => h.action === 'block'), warn: hits.filter((h) => h.action === 'warn') }
}

/** One line per hit: field, context, word and suggestion. */
export function formatHits(hits: WordHit[]): string {
  return hits
    .map((h) => `· ${h.field}：“${h.context}” 中的「${h.word}」${h.suggestion ? `，建议改为「${h.suggestion}」` : ''}`)
    .join('\n')
}
