/**
 * Link sanitizer for everything the public site writes into an `href` or `src` from the database.
 * Keeps http, https and mailto URLs and site-relative paths ("/articles/…"); drops everything else,
 * including obfuscated forms browsers would still run: "java\tscript:", "&#106;avascript:",
 * "JaVaScRiPt:", leading control characters, "//evil.example" (protocol-relative) and "data:".
 */
const NAMED_ENTITIES: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', sol: '/', lpar: '(', rpar: ')' }

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (match, body: string) => {
    if (body[0] === '#') {
      const code = body[1]?.toLowerCase() === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ''
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? match
  })
}

export function safeHref(raw: unknown): string | null {
  if (typeof raw !== 'string') return null
  let value = raw.trim()
  if (value === '') return null
  // Decode repeatedly so double-encoded schemes are seen too, then drop whitespace and controls.
  for (let i = 0; i < 3; i++) {
    const decoded = decodeEntities(value)
    if (decoded === value) break
    value = decoded
  }
  // eslint-disable-next-line no-control-regex
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g, '')
  if (compact.startsWith('/')) {
    if (compact.startsWith('//') || compact.startsWith('/\\')) return null
    return compact
  }
  if (compact.startsWith('#')) return compact
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase()
  if (scheme !== 'http' && scheme !== 'https' && scheme !== 'mailto') return null
  try {
    const url = new URL(compact)
    if (scheme !== 'mailto' && !url.hostname) return null
    return url.href
  } catch {
    return null
  }
}
