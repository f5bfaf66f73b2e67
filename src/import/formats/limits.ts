/**
 * How much one submitted file may hold. A newspaper article with photos is a few MB; the limits are
 * far above that and far below what would hurt the server.
 */
import { mediaLimits } from '../../media/limits'

const MB = 1024 * 1024

export type IntakeLimits = {
  /** Largest file accepted at all (.docx, .pdf, .html). */
  fileBytes: number
  /** Largest total a .docx may unpack to, checked from its directory before anything is inflated. */
  unpackedBytes: number
  /** Most entries in a .docx package. */
  zipEntries: number
  /** Most photos taken from one document; later ones are left out and named. */
  images: number
  /** Largest photo taken (the media library's photo limit, `MEDIA_MAX_PHOTO_MB`). */
  imageBytes: number
  /** Most PDF pages read. */
  pdfPages: number
}

export function intakeLimits(): IntakeLimits {
  return {
    fileBytes: 100 * MB,
    unpackedBytes: 300 * MB,
    zipEntries: 5000,
    images: 40,
    imageBytes: mediaLimits().photoBytes,
    pdfPages: 24,
  }
}
