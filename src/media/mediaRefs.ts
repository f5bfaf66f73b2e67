import type { Block, Field } from 'payload'

import { MEDIA } from '../../collections/slugs'
import { walkFields } from '../fields/walk'
import { RICH_TEXT_BLOCKS } from '../richtext/blocks'

/** One use of a media document inside another document: where it sits and which file. */
export type MediaRef = { path: string; id: string | number }

const BLOCKS_BY_SLUG = new Map<string, Block>(RICH_TEXT_BLOCKS.map((b) => [b.slug, b]))

function idOf(value: unknown): string | number | null {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return null
}

/**
 * Every media document a document's data points at, found by walking the collection's field
 * config (upload fields, arrays, groups, rows, tabs) and the blocks inside its rich text.
 */
export function collectMediaRefs(fields: Field[], data: unknown, prefix = ''): MediaRef[] {
  const refs: MediaRef[] = []
  walkFields(
    fields,
    data,
    ({ field, value, path }) => {
      if (field.type === 'upload' && field.relationTo === MEDIA) {
        const values = Array.isArray(value) ? value : [value]
        values.forEach((v, i) => {
          const id = idOf(v)
          if (id !== null) refs.push({ path: Array.isArray(value) ? `${path}.${i}` : path, id })
        })
      } else if (field.type === 'richText') refs.push(...collectFromLexical(value, path))
    },
    { path: prefix, label: '' },
  )
  return refs
}

function collectFromLexical(state: unknown, path: string): MediaRef[] {
  const refs: MediaRef[] = []
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    const n = node as { type?: string; fields?: { blockType?: string }; children?: unknown[] }
    if (n.type === 'block' && n.fields?.blockType) {
      const block = BLOCKS_BY_SLUG.get(n.fields.blockType)
      if (block) refs.push(...collectMediaRefs(block.fields, n.fields, `${path}.${n.fields.blockType}.`))
    }
    n.children?.forEach(visit)
  }
  visit((state as { root?: unknown })?.root)
  return refs
}
