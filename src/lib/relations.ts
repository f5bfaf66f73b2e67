/**
 * A relationship field holds an id (depth 0) or the related document (depth ≥ 1), alone or in a
 * list. These two helpers are the one place that tells them apart; ids come back as strings, so
 * SQLite's numbers and MongoDB's ObjectIds compare the same way.
 */
export type Id = number | string

/** The id a relation value points at, or null when it points nowhere. */
export function idOf(value: unknown): Id | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return 'id' in value ? idOf((value as { id: unknown }).id) : null
  return value as Id
}

/** Every id a relation value (one or a list) points at, as strings, in order. */
export function idsOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value]
  const out: string[] = []
  for (const v of list) {
    const id = idOf(v)
    if (id !== null) out.push(String(id))
  }
  return out
}
