import type { Endpoint, PayloadRequest } from 'payload'

import { isStaffUser } from '../access/roles'
import { ImportError } from '../import'
import { FormatError, parseStories, readSubmission, type Intake } from '../import/formats/index'
import { intakeLimits } from '../import/formats/limits'
import { saveDraft } from '../import/importer'
import { formatSize, IMPORT_TEXT_MAX_BYTES } from '../security/bodyLimits'

/** HTTP status of a file the format readers refuse: the wrong kind 415, too much 413, unreadable 422. */
const FORMAT_STATUS: Record<FormatError['code'], number> = {
  UNSUPPORTED_FORMAT: 415,
  LEGACY_DOC: 415,
  ENCRYPTED: 422,
  CORRUPT: 422,
  UNPACKS_TOO_LARGE: 413,
  FILE_TOO_LARGE: 413,
  NO_TEXT_LAYER: 422,
  TOO_MANY_PAGES: 413,
}

const TEXT_FILE = /\.(txt|text|md)$/i

type Input = { bytes: Uint8Array | string; filename?: string } | { error: Response }

const refuse = (status: number, message: string, code?: string): { error: Response } => ({
  error: Response.json({ errors: [{ message, ...(code ? { code } : {}) }] }, { status }),
})

/**
 * A multipart upload's bytes, counted while they arrive: the server in front of Next leaves
 * multipart bodies to the upload they carry (src/security/bodyLimits.ts), so the limit is kept here.
 */
async function readMultipart(req: PayloadRequest, limit: number): Promise<Input> {
  const declared = Number(req.headers.get('content-length') ?? NaN)
  const tooLarge = (size: number | null) =>
    refuse(413, `文件过大（${size === null ? '' : `${formatSize(size)}，`}上限 ${formatSize(limit)}）：请按篇拆分，或把图片压缩后再放进文档。`, 'FILE_TOO_LARGE')
  if (declared > limit + 64 * 1024) return tooLarge(declared)
  const chunks: Uint8Array[] = []
  let total = 0
  const reader = (req as unknown as Request).body?.getReader()
  if (!reader) return refuse(400, '请求格式不对：请选择一个文件。')
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > limit + 64 * 1024) {
      await reader.cancel().catch(() => undefined)
      return tooLarge(null)
    }
    chunks.push(value)
  }
  let form: FormData
  try {
    form = await new Response(Buffer.concat(chunks), { headers: { 'content-type': req.headers.get('content-type') ?? '' } }).formData()
  } catch {
    return refuse(400, '请求格式不对：请重新选择文件后再试。')
  }
  const file = form.get('file')
  if (!file || typeof file === 'string') return refuse(400, '请选择一个文件（.docx、.pdf、.html 或 .txt），或粘贴报纸文字。')
  return { bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name }
}

async function readInput(req: PayloadRequest): Promise<Input> {
  if ((req.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')) return readMultipart(req, intakeLimits().fileBytes)
  let body: { text?: unknown; file?: unknown; filename?: unknown }
  try {
    body = (await req.json?.()) ?? {}
  } catch {
    return refuse(400, '请求格式不对：请粘贴文字或选择一个文件。')
  }
  const filename = typeof body.filename === 'string' ? body.filename : undefined
  if (typeof body.file === 'string' && body.file) return { bytes: new Uint8Array(Buffer.from(body.file, 'base64')), filename }
  if (typeof body.text === 'string' && body.text.trim()) return { bytes: body.text }
  return refuse(400, '请粘贴报纸文字，或选择一个文件（.docx、.pdf、.html 或 .txt）。')
}

const textTooLarge = (size: number) =>
  Response.json(
    { errors: [{ message: `文本过大（${formatSize(size)}，上限 ${formatSize(IMPORT_TEXT_MAX_BYTES)}）：请把每篇文章分别导入。`, code: 'TOO_LARGE' }] },
    { status: 413 },
  )

/**
 * What an import refused says, and its status. A save refused by the rules (the review chain,
 * access) is that refusal, in its words and status: e.g. the same text already imported by a
 * colleague, whose draft only they edit.
 */
function saveRefusal(err: ImportError): { message: string; status: number } {
  const refusal = err.cause as { status?: number; isPublic?: boolean; message?: string } | undefined
  if (err.code === 'SAVE_FAILED' && refusal?.isPublic && refusal.status && refusal.status < 500) return { message: `未能导入：${refusal.message}`, status: refusal.status }
  return { message: `${err.zh}。${err.hintZh}`, status: err.code === 'SAVE_FAILED' ? 500 : err.code === 'IN_REVIEW' ? 409 : 422 }
}

/**
 * `POST /api/articles/import-newspaper` — the admin's 「导入稿件」: pasted text (`text`), or one file —
 * Word (.docx, with its photos), PDF with a text layer, a saved web page (.html) or text (.txt, any
 * supported encoding) — sent as multipart `file` (or, for text, base64 in JSON `file`). It becomes a
 * draft article or yearly review, created as the logged-in user with their access rights; the
 * file's photos go into the media library as theirs. The answer names the draft's admin URL, the
 * photos left out with the reason, and what the editor should check (`warnings`, in Chinese: a
 * headline the page did not mark, text dropped as debris…). One file per request: the admin sends a batch one by one and
 * shows the progress. A PDF page setting several stories becomes a draft per story: the answer is
 * the first's, with the others (or the reason one was not saved) in `more`.
 */
export const importNewspaperEndpoint: Endpoint = {
  path: '/import-newspaper',
  method: 'post',
  handler: async (req) => {
    if (!isStaffUser(req.user)) {
      return Response.json({ errors: [{ message: '请先登录后再导入稿件。' }] }, { status: 401 })
    }
    const input = await readInput(req)
    if ('error' in input) return input.error
    const { bytes, filename } = input
    const isText = typeof bytes === 'string' || !filename || TEXT_FILE.test(filename)
    const size = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.byteLength
    // The importer's documented limit for text (the command line's --max-size default), src/security/bodyLimits.ts.
    if (isText && size > IMPORT_TEXT_MAX_BYTES) return textTooLarge(size)
    try {
      // An upload has no folder beside it: a saved page's photos are named as left out.
      const intake: Intake =
        typeof bytes === 'string'
          ? { format: 'text', text: bytes, images: [], leftOut: [] }
          : await readSubmission({ name: filename ?? 'upload.txt', bytes })
      const textSize = typeof intake.text === 'string' ? Buffer.byteLength(intake.text) : intake.text.byteLength
      if (textSize > IMPORT_TEXT_MAX_BYTES) return textTooLarge(textSize)
      // (A PDF page setting several stories gives a draft per story: the first answers, the others are listed in `more`.)
      const [piece, ...others] = parseStories(intake, { file: filename })
      const result = await saveDraft(req.payload, piece, { user: req.user! })
      const adminRoute = req.payload.config.routes.admin
      const more = []
      for (const other of others) {
        try {
          const saved = await saveDraft(req.payload, other, { user: req.user! })
          more.push({ collection: saved.collection, id: saved.id, action: saved.action, title: other.title, url: `${adminRoute}/collections/${saved.collection}/${saved.id}`, warnings: [...other.warnings, ...saved.notes].map((w) => w.zh) })
        } catch (err) {
          // Each story is a draft of its own: one refused does not undo the others; its reason is said
          // as for a file (a colleague's draft, one in review), without the file-wide "nothing saved".
          if (!(err instanceof ImportError)) throw err
          const refusal = saveRefusal(err)
          more.push({ title: other.title, error: refusal.status === 500 ? '保存时出错，这一篇没有保存，请稍后重新导入。' : refusal.message })
        }
      }
      return Response.json(
        {
          collection: result.collection,
          id: result.id,
          action: result.action,
          title: piece.title,
          format: piece.format,
          url: `${adminRoute}/collections/${result.collection}/${result.id}`,
          sections: piece.sections.length,
          captions: piece.captions.length,
          figures: piece.figures.length,
          workers: result.workers.length,
          photos: result.photos.length,
          photosLeftOut: result.photosLeftOut.map((p) => ({ file: p.file, reason: p.reasonZh })),
          // What to check in the draft (a headline taken from an unmarked page, text dropped as
          // debris, honours added to the catalog…), in Chinese; photos left out are listed above.
          warnings: [...piece.warnings, ...result.notes].map((w) => w.zh),
          ...(more.length > 0 ? { more } : {}),
        },
        { status: result.action === 'created' ? 201 : 200 },
      )
    } catch (err) {
      if (err instanceof FormatError) {
        return Response.json({ errors: [{ message: `${err.zh}。${err.hintZh}`, code: err.code }] }, { status: FORMAT_STATUS[err.code] })
      }
      if (err instanceof ImportError) {
        const { message, status } = saveRefusal(err)
        return Response.json({ errors: [{ message, code: err.code }] }, { status })
      }
      throw err
    }
  },
}
