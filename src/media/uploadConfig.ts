/**
 * Payload's request-level upload settings (`buildConfig({ upload })`): uploads are streamed to
 * temporary files instead of memory, so a 1 GB video or a burst of photos does not sit in the
 * server's heap, and the multipart limit follows the largest file the media rules allow (the
 * per-kind limits are then applied by `refuseUnsafeUploads`). Payload deletes the temporary file
 * when the operation ends, whether it succeeded or was refused.
 */
import os from 'node:os'
import path from 'node:path'

import type { Config } from 'payload'

import { setting, type Env } from '../settings'
import { mediaLimits } from './limits'

export function mediaUploadConfig(env: Env = process.env): NonNullable<Config['upload']> {
  const limits = mediaLimits(env)
  return {
    limits: { fileSize: Math.max(limits.photoBytes, limits.videoBytes) },
    useTempFiles: true,
    tempFileDir: setting('MEDIA_UPLOAD_TMP_DIR', env) || path.join(os.tmpdir(), 'union-cms-uploads'),
  }
}
