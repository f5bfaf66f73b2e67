/**
 * A whole-number setting from the environment: `fallback` when it is unset or empty, and an error
 * saying what is wrong and what to do when it is not a whole number of at least `min` (a typo must
 * not silently become another value).
 */
export function envInteger(name: string, fallback: number, min = 1): number {
  const raw = process.env[name]?.trim()
  if (!raw) return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be a whole number, ${min} or more (it is "${raw}"); unset it for the default, ${fallback}`)
  return n
}

/** SITE_SEARCH_SHARD_PAGES: pages per search-index shard (see src/publish/search.ts). */
export const searchShardPages = () => envInteger('SITE_SEARCH_SHARD_PAGES', 1000)

/** PUBLISHER_IDLE_MINUTES: how long the server's publisher process stays up without work (src/cli/publish.ts). */
export const publisherIdleMinutes = () => envInteger('PUBLISHER_IDLE_MINUTES', 15)
