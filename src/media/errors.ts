import { ValidationError } from 'payload'

/**
 * Why an upload was refused, with the HTTP status it answers and the message the editor reads.
 * Each refusal is a `ValidationError` on the `file` field (so the admin shows it beside the file and
 * API clients find it in `errors[0].data.errors`) with its own status instead of the generic 400.
 */
export type RefusalReason =
  /** Not a photo or video we accept (SVG, HTML, archive, text…), or name / MIME type disagree. */
  | 'unsupported-type'
  /** Bigger than the configured byte or pixel limit. */
  | 'too-large'
  /** The image cannot be decoded to the end: corrupt or cut short. */
  | 'corrupt'

const STATUS: Record<RefusalReason, number> = {
  'unsupported-type': 415,
  'too-large': 413,
  corrupt: 422,
}

export class MediaRefusal extends ValidationError {
  readonly reason: RefusalReason

  constructor(reason: RefusalReason, message: string) {
    super({ errors: [{ path: 'file', message }] })
    this.reason = reason
    this.status = STATUS[reason]
    // The summary line REST clients and logs see: the editor's message, not "invalid field: file".
    this.message = message
  }
}

/** Accepted formats, as told to editors in every type refusal. */
export const ACCEPTED_FORMATS_ZH = '图片请上传 JPEG、PNG、WebP 或 AVIF，视频请上传 MP4（H.264 视频 + AAC 音频）或 WebM'
