/**
 * Keeps image work within bounds, so a burst of uploads (a reporter dropping 30 photos at once,
 * or several reporters at the same time) queues instead of exhausting the server's memory:
 *
 * - at most `MEDIA_RENDER_CONCURRENCY` photos are decoded and resized at once (default: the
 *   number of CPU cores, at most 4); others wait their turn, holding only their upload;
 * - each uses `MEDIA_SHARP_THREADS` libvips threads (default 2);
 * - libvips' operation cache is off: every upload is a different picture, so caching only holds
 *   memory.
 *
 * glibc's allocator keeps one arena per thread and rarely gives memory back to the system; start
 * the server with `MALLOC_ARENA_MAX=2` (see `npm start`) to keep the resident size flat. It has to
 * be in the environment before Node starts, so it cannot be set from here.
 */
import sharp from 'sharp'

import { setting } from '../settings'

export type SharpSettings = { renderConcurrency: number; threads: number }

let configured: SharpSettings | null = null

/** Apply the limits to sharp (once per process) and return them. */
export function configureSharp(): SharpSettings {
  if (configured) return configured
  const settings = {
    renderConcurrency: setting('MEDIA_RENDER_CONCURRENCY'),
    threads: setting('MEDIA_SHARP_THREADS'),
  }
  sharp.concurrency(settings.threads)
  sharp.cache(false)
  configured = settings
  return settings
}

/** sharp with the limits applied: pass this to `buildConfig({ sharp })`. */
export function configuredSharp(): typeof sharp {
  configureSharp()
  return sharp
}

let active = 0
const waiting: (() => void)[] = []

/** Run `work` when one of the `MEDIA_RENDER_CONCURRENCY` render slots is free. */
export async function withRenderSlot<T>(work: () => Promise<T>): Promise<T> {
  const { renderConcurrency } = configureSharp()
  // A finished render hands its slot straight to the next in line, so the count never overshoots.
  if (active >= renderConcurrency) await new Promise<void>((resolve) => waiting.push(resolve))
  else active += 1
  try {
    return await work()
  } finally {
    const next = waiting.shift()
    if (next) next()
    else active -= 1
  }
}
