import type { Endpoint } from 'payload'

import { isStaffUser } from '../access/roles'
import { ImportError, parseNewspaperText } from '../import'
import { saveDraft } from '../import/importer'
import { formatSize, IMPORT_TEXT_MAX_BYTES } from '../security/bodyLimits'

const HINTS_ZH: Partial<Record<ImportError['code'], string>> = {
  EMPTY_FILE: '请把版面文字重新复制进来。',
  BINARY_FILE: '请从 PDF 或电子报中复制文字，另存为 .txt（UTF-8 或 GB18030）后再上传。',
  TOO_LARGE: '请把每篇文章分别导入。',
  UNKNOWN_ENCODING: '请把文件另存为 UTF-8 编码后再上传，或直接粘贴文字。',
  NO_HEADLINE: '请在标题所在行的开头加上“# ”（副题以“——”开头）后重试。',
  NO_BODY: '请检查文本中是否包含正文，而不只是报头或图片说明。',
  IN_REVIEW: '该稿件已进入审核或已发布，请直接在后台修改。',
  SAVE_FAILED: '保存时出错，本次导入未保存任何内容，请稍后重试。',
}

/**
 * `POST /api/articles/import-newspaper` — the admin's 「导入报纸文本」: pasted text (`text`) or an
 * uploaded .txt file (`file`, base64, any supported encoding) becomes a draft article or yearly
 * review, created as the logged-in user with their access rights, and its admin URL is returned.
 */
export const importNewspaperEndpoint: Endpoint = {
  path: '/import-newspaper',
  method: 'post',
  handler: async (req) => {
    if (!isStaffUser(req.user)) {
      return Response.json({ errors: [{ message: '请先登录后再导入报纸文本。' }] }, { status: 401 })
    }
    let body: { text?: unknown; file?: unknown; filename?: unknown }
    try {
      body = (await req.json?.()) ?? {}
    } catch {
      return Response.json({ errors: [{ message: '请求格式不对：请粘贴文字或选择一个 .txt 文件。' }] }, { status: 400 })
    }
    let input: Uint8Array | string
    if (typeof body.file === 'string' && body.file) {
      input = new Uint8Array(Buffer.from(body.file, 'base64'))
    } else if (typeof body.text === 'string' && body.text.trim()) {
      input = body.text
    } else {
      return Response.json({ errors: [{ message: '请粘贴报纸文字，或选择一个 .txt 文件。' }] }, { status: 400 })
    }
    const size = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength
    // The importer's documented limit (the command line's --max-size default), src/security/bodyLimits.ts.
    if (size > IMPORT_TEXT_MAX_BYTES) {
      return Response.json(
        { errors: [{ message: `文本过大（${formatSize(size)}，上限 ${formatSize(IMPORT_TEXT_MAX_BYTES)}）：请把每篇文章分别导入。`, code: 'TOO_LARGE' }] },
        { status: 413 },
      )
    }
    try {
      const piece = parseNewspaperText(input, { file: typeof body.filename === 'string' ? body.filename : undefined })
      const result = await saveDraft(req.payload, piece, { user: req.user! })
      const adminRoute = req.payload.config.routes.admin
      return Response.json(
        {
          collection: result.collection,
          id: result.id,
          action: result.action,
          title: piece.title,
          url: `${adminRoute}/collections/${result.collection}/${result.id}`,
          sections: piece.sections.length,
          captions: piece.captions.length,
          figures: piece.figures.length,
          workers: result.workers.length,
        },
        { status: result.action === 'created' ? 201 : 200 },
      )
    } catch (err) {
      if (err instanceof ImportError) {
        // A save refused by the rules (the review chain, access) is that refusal, in its words and
        // status: e.g. the same text already imported by a colleague, whose draft only they edit.
        const refusal = err.cause as { status?: number; isPublic?: boolean; message?: string } | undefined
        if (err.code === 'SAVE_FAILED' && refusal?.isPublic && refusal.status && refusal.status < 500) {
          return Response.json({ errors: [{ message: `未能导入：${refusal.message}`, code: err.code }] }, { status: refusal.status })
        }
        const status = err.code === 'SAVE_FAILED' ? 500 : err.code === 'IN_REVIEW' ? 409 : 422
        return Response.json({ errors: [{ message: `${err.zh}。${HINTS_ZH[err.code] ?? ''}`, code: err.code }] }, { status })
      }
      throw err
    }
  },
}
