/** Schemes a link in rich text may use. */
export const LINK_SCHEMES = ['http:', 'https:', 'mailto:'] as const

/**
 * True when `raw` is an absolute http, https or mailto URL. Whitespace and control characters are
 * removed before the scheme is read, as browsers do, so "java\tscript:" cannot slip through.
 */
export function isAllowedLinkURL(raw: unknown): boolean {
  if (typeof raw !== 'string') return false
  // eslint-disable-next-line no-control-regex
  const compact = raw.replace(/[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/g, '')
  let url: URL
  try {
    url = new URL(compact)
  } catch {
    return false
  }
  if (!(LINK_SCHEMES as readonly string[]).includes(url.protocol)) return false
  if (url.protocol === 'mailto:') return /^[^@\s]+@[^@\s]+$/.test(decodeURIComponent(url.pathname))
  return url.hostname !== ''
}
