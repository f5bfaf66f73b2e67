import type { Field } from 'payload'

/** A field with a name, holding a value in the data. */
export type NamedField = Extract<Field, { name: string }>

/** One named field met while walking a document: its value, where it sits and what it is called. */
export type FieldVisit = { field: NamedField; value: unknown; path: string; label: string }

/** A field's label for editors (Chinese where the config has it), else its name. */
export function labelOf(field: Field | { label?: unknown; name?: string }): string {
  const label = 'label' in field ? field.label : undefined
  if (typeof label === 'string') return label
  if (label && typeof label === 'object' && 'zh' in label) return String((label as { zh: string }).zh)
  return 'name' in field && field.name ? field.name : ''
}

/**
 * Walk a document's data by its collection's field config. Rows, collapsibles and unnamed tabs are
 * looked through; named tabs, groups and array rows are entered (paths `tab.`, `group.`,
 * `array.0.`; labels `组 › `, `数组第1项 › `). Every named field with a value is handed to `visit`
 * first; returning false keeps the walk out of it (a group or array to skip).
 */
export function walkFields(fields: Field[], data: unknown, visit: (v: FieldVisit) => void | false, at = { path: '', label: '' }): void {
  if (!data || typeof data !== 'object') return
  const record = data as Record<string, unknown>
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      walkFields(field.fields, record, visit, at)
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const named = 'name' in tab && tab.name ? tab.name : null
        walkFields(tab.fields, named ? record[named] : record, visit, named ? { path: `${at.path}${named}.`, label: at.label } : at)
      }
      continue
    }
    if (!('name' in field) || !field.name) continue
    const value = record[field.name]
    if (value === undefined || value === null) continue
    const path = `${at.path}${field.name}`
    const label = `${at.label}${labelOf(field)}`
    if (visit({ field, value, path, label }) === false) continue
    if (field.type === 'group') walkFields(field.fields, value, visit, { path: `${path}.`, label: `${label} › ` })
    else if (field.type === 'array' && Array.isArray(value))
      value.forEach((row, i) => walkFields(field.fields, row, visit, { path: `${path}.${i}.`, label: `${label}第${i + 1}项 › ` }))
  }
}
