import type { Block, Field } from 'payload'

import { labelOf, walkFields } from '../fields/walk'
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
