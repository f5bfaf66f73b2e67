import { setting, type Env } from '../settings'

/**
 * Upload limits, read from the environment (declared in src/settings) so a deployment can tighten or loosen them without a
 * code change. Defaults follow the office's rules: photos up to 40 MB and 100 megapixels, video
 * files up to 1 GB.
 */
export type MediaLimits = {
  /** Largest photo file, in bytes (`MEDIA_MAX_PHOTO_MB`, default 40). */
  photoBytes: number
  /** Most pixels a photo may have (`MEDIA_MAX_MEGAPIXELS`, default 100). */
  photoPixels: number
  /** Largest video file, in bytes (`MEDIA_MAX_VIDEO_MB`, default 1024). */
  videoBytes: number
}

const MB = 1024 * 1024

/** The limits in force; read on every call so tests can change the environment. */
export function mediaLimits(env: Env = process.env): MediaLimits {
  return {
    photoBytes: Math.round(setting('MEDIA_MAX_PHOTO_MB', env) * MB),
    photoPixels: Math.round(setting('MEDIA_MAX_MEGAPIXELS', env) * 1_000_000),
    videoBytes: Math.round(setting('MEDIA_MAX_VIDEO_MB', env) * MB),
  }
}

/** "52.3 MB", "1 GB": sizes as editors read them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * MB) return `${trim(bytes / (1024 * MB))} GB`
  if (bytes >= MB) return `${trim(bytes / MB)} MB`
  return `${trim(bytes / 1024)} KB`
}

/** "1 亿", "4000 万": pixel counts the Chinese way. */
export function formatPixels(pixels: number): string {
  if (pixels >= 100_000_000) return `${trim(pixels / 100_000_000)} 亿`
  return `${trim(pixels / 10_000)} 万`
}

const trim = (n: number) => String(Math.round(n * 10) / 10)

/**
 * Longest name part of a stored upload, in UTF-8 bytes (33 Chinese characters, 100 letters). Every
 * stored file name stays under eCryptfs' 143-byte limit (far under the usual 255) with the
 * additions it gets later: Payload's `-1` for a taken name, and the sizes' content tag and
 * dimensions (`-3f2a9c1be07d-1920x1080.webp`).
 */
export const NAME_STEM_MAX_BYTES = 100
