/**
 * JSON with the keys of every object in sorted order, so the same documents always give the same
 * bytes (and the same checksum), whichever database adapter read them and in whatever key order.
 * `undefined` members are left out, as `JSON.stringify` does.
 */
export function canonicalJSON(value: unknown): string {
  return JSON.stringify(sortKeys(value))
}

function sortKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value
  // Dates (and anything else that knows its own JSON form) first become that form.
  const plain = typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as { toJSON: () => unknown }).toJSON() : value
  if (plain === null || typeof plain !== 'object') return plain
  if (Array.isArray(plain)) return plain.map((item) => (item === undefined ? null : sortKeys(item)))
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(plain).sort()) {
    const member = (plain as Record<string, unknown>)[key]
    if (member !== undefined) out[key] = sortKeys(member)
  }
  return out
}
