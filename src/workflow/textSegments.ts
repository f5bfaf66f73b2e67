import type { Block, Field } from 'payload'

import { RICH_TEXT_BLOCKS } from '../richtext/blocks'

/** A piece of a document's text and where it sits ("body", "sections.2.heading"…). */
export type TextSegment = { path: string; label: string; text: string }

const BLOCKS = new Map<string, Block>(RICH_TEXT_BLOCKS.map((b) => [b.slug, b]))

function labelOf(field: Field): string {
  const label = 'label' in field ? field.label : undefined
  if (typeof label === 'string') return label
  if (label && typeof label === 'object' && 'zh' in label) return String((label as { zh: string }).zh)
  return 'name' in field ? field.name : ''
}

/**
 * Every piece of human-readable text in a document — titles, summaries, captions, array rows and
 * all rich text including the fields of its blocks — found by walking the collection's fields.
 * Slugs, ids, URLs and selects are not text readers see as prose and are skipped.
 */
export function collectText(fields: Field[], data: unknown, prefix = '', labelPrefix = ''): TextSegment[] {
  const out: TextSegment[] = []
  if (!data || typeof data !== 'object') return out
  const record = data as Record<string, unknown>
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      out.push(...collectText(field.fields, record, prefix, labelPrefix))
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const named = 'name' in tab && tab.name
        out.push(...collectText(tab.fields, named ? record[tab.name] : record, named ? `${prefix}${tab.name}.` : prefix, labelPrefix))
      }
      continue
    }
    if (!('name' in field) || !field.name || field.name === 'slug' || field.name === 'reviewLog') continue
    const value = record[field.name]
    if (value === undefined || value === null) continue
    const path = `${prefix}${field.name}`
    const label = `${labelPrefix}${labelOf(field)}`
    switch (field.type) {
      case 'text':
      case 'textarea':
        if (field.name === 'url' || field.name === 'reviewComment') break
        if (typeof value === 'string' && value.trim()) out.push({ path, label, text: value })
        break
      case 'group':
        out.push(...collectText(field.fields, value, `${path}.`, `${label} › `))
        break
      case 'array':
        if (Array.isArray(value)) {
          value.forEach((row, i) => out.push(...collectText(field.fields, row, `${path}.${i}.`, `${label}第${i + 1}项 › `)))
        }
        break
      case 'richText':
        out.push(...collectLexicalText(value, path, label))
        break
      default:
        break
    }
  }
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
