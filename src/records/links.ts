/**
 * Where the stories link a profile: every relationship field, in every publishable kind and in the
 * photos (画面中的劳模工匠), that points at model-worker profiles — read from the running
 * configuration, so a field added later is found without a list to keep.
 */
import type { Field, SanitizedConfig } from 'payload'

import { MEDIA, MODEL_WORKERS, PUBLISHABLE } from '../../collections/slugs'

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
