/**
 * How large a request body may be, in one place for the server in front of Next
 * (`src/cli/server.ts`, which refuses an oversized body by its Content-Length before Next reads a
 * byte) and the route handlers (`requestLimits.ts`, `graphqlLimits.ts`, which also count the bytes
 * of a body sent without a length). Light on purpose: no Payload import.
 *
 * - JSON, form and GraphQL bodies: 2 MB.
 * - The admin's newspaper import: 2 MB of text, the importer's documented limit (the command
 *   line's `--max-size` default), so its body may be a third larger (a file arrives as base64).
 * - File uploads (multipart): not limited here; `src/media/limits.ts` applies, while streaming.
 */
const MB = 1024 * 1024

/** Largest JSON, form or GraphQL body. */
export const BODY_MAX_BYTES = 2 * MB

/** Largest newspaper text the admin imports (the same as `npm run import`'s `--max-size` default). */
export const IMPORT_TEXT_MAX_BYTES = 2 * MB

const IMPORT_BODY_MAX_BYTES = Math.ceil((IMPORT_TEXT_MAX_BYTES * 4) / 3) + 64 * 1024
const IMPORT_PATH = /\/(articles|yearly-reviews)\/import-newspaper\/?$/
const GRAPHQL_PATH = /\/graphql\/?$/

/** `2 MB`, `8.5 MB`, `512 KB`: sizes as people read them. */
export function formatSize(bytes: number): string {
  if (bytes >= MB) return `${Number((bytes / MB).toFixed(1))} MB`
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}

export type BodyLimit = { bytes: number; message: (size: number | null) => string }

/**
 * The body limit of a request to `pathname` (an /api path) with this Content-Type, and the message
 * a refusal carries; null for multipart bodies (uploads are checked by the upload pipeline).
 */
export function bodyLimit(pathname: string, contentType: string | null | undefined): BodyLimit | null {
  if ((contentType ?? '').toLowerCase().startsWith('multipart/form-data')) return null
  const sized = (size: number | null) => (size === null ? '' : `${formatSize(size)}，`)
  if (IMPORT_PATH.test(pathname)) {
    return { bytes: IMPORT_BODY_MAX_BYTES, message: (size) => `文本过大（${sized(size)}上限 ${formatSize(IMPORT_TEXT_MAX_BYTES)}）：请把每篇文章分别导入。` }
  }
  if (GRAPHQL_PATH.test(pathname)) {
    return { bytes: BODY_MAX_BYTES, message: (size) => `GraphQL 请求过大（${sized(size)}上限 ${formatSize(BODY_MAX_BYTES)}）：请缩短查询，或分成几次查询。` }
  }
  return { bytes: BODY_MAX_BYTES, message: (size) => `请求内容过大（${sized(size)}上限 ${formatSize(BODY_MAX_BYTES)}）。上传文件请用表单（multipart）上传。` }
}

/** The declared body size (Content-Length), or null when the client sent none (chunked). */
export function declaredLength(value: string | null | undefined): number | null {
  if (value === null || value === undefined || !/^\d+$/.test(value.trim())) return null
  return Number(value)
}
