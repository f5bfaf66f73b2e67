/**
 * Where the stories link a profile: every relationship field, in every publishable kind and in the
 * photos (画面中的劳模工匠), that points at model-worker profiles, and the rich text that can link
 * one (劳模卡片 blocks, internal links) — read from the running configuration, so a field added
 * later is found without a list to keep.
 */
import type { Field, SanitizedConfig } from 'payload'

import { MEDIA, MODEL_WORKERS, PUBLISHABLE } from '../../collections/slugs'
import { idOf, type Id } from '../lib/relations'
import { RICH_TEXT_BLOCKS } from '../richtext/blocks'

export type LinkField = { collection: string; field: string; hasMany: boolean }

/** Named top-level fields, looking through rows, collapsibles and unnamed tabs (which add no path). */
function topLevel(fields: readonly Field[]): Field[] {
  const out: Field[] = []
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') out.push(...topLevel(field.fields))
    else if (field.type === 'tabs') for (const tab of field.tabs) out.push(...('name' in tab && tab.name ? [] : topLevel(tab.fields)))
    else if ('name' in field) out.push(field)
  }
  return out
}

/** The relationship fields pointing at profiles, per collection (the profiles' own mark included). */
export function profileLinkFields(config: SanitizedConfig): LinkField[] {
  const kinds = new Set<string>([...PUBLISHABLE, MEDIA])
  const out: LinkField[] = []
  for (const collection of config.collections) {
    if (!kinds.has(collection.slug)) continue
    for (const field of topLevel(collection.fields)) {
      if ((field.type === 'relationship' || field.type === 'upload') && field.relationTo === MODEL_WORKERS) {
        out.push({ collection: collection.slug, field: field.name, hasMany: Boolean(field.hasMany) })
      }
    }
  }
  return out
}

/** Top-level fields of the publishable kinds holding rich text, alone or in the rows of an array. */
export function richTextFields(config: SanitizedConfig): { collection: string; field: string }[] {
  const kinds = new Set<string>(PUBLISHABLE)
  const out: { collection: string; field: string }[] = []
  for (const collection of config.collections) {
    if (!kinds.has(collection.slug)) continue
    for (const field of topLevel(collection.fields)) {
      const holds = field.type === 'richText' || (field.type === 'array' && topLevel(field.fields).some((f) => f.type === 'richText'))
      if (holds && 'name' in field) out.push({ collection: collection.slug, field: field.name })
    }
  }
  return out
}

/** Rich-text blocks' fields that point at a profile, by block type (劳模卡片's `worker`). */
const BLOCK_LINKS = new Map<string, string[]>(
  RICH_TEXT_BLOCKS.map((block) => [block.slug, topLevel(block.fields).flatMap((f) => ((f.type === 'relationship' || f.type === 'upload') && f.relationTo === MODEL_WORKERS ? [f.name] : []))] as const).filter(([, names]) => names.length > 0),
)

/**
 * `value` (rich text, or array rows holding it) with every link to profile `from` pointing at `to`:
 * 劳模卡片 blocks and internal links. Null when nothing links `from`.
 */
export function relinkRichText(value: unknown, from: Id, to: Id): unknown | null {
  let changed = false
  const same = (v: unknown) => idOf(v) !== null && String(idOf(v)) === String(from)
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk)
    if (!node || typeof node !== 'object') return node
    const obj = { ...(node as Record<string, unknown>) }
    // An internal link (or any polymorphic relation) to the profile: { relationTo, value }.
    if (obj.relationTo === MODEL_WORKERS && same(obj.value)) {
      changed = true
      obj.value = to
    }
    const names = typeof obj.blockType === 'string' ? BLOCK_LINKS.get(obj.blockType) : undefined
    for (const name of names ?? []) {
      if (same(obj[name])) {
        changed = true
        obj[name] = to
      }
    }
    for (const key of Object.keys(obj)) if (obj[key] && typeof obj[key] === 'object') obj[key] = walk(obj[key])
    return obj
  }
  const result = walk(value)
  return changed ? result : null
}
