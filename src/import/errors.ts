/**
 * Why a file could not be imported. Each reason has a code (stable, for tests and scripts), an
 * English message for the CLI log, a Chinese message for editors and a hint saying what to do.
 */
export type ImportErrorCode =
  | 'EMPTY_FILE'
  | 'BINARY_FILE'
  | 'TOO_LARGE'
  | 'UNKNOWN_ENCODING'
  | 'NO_HEADLINE'
  | 'NO_BODY'
  | 'READ_FAILED'
  | 'IN_REVIEW'
  | 'SAVE_FAILED'

type Entry = { message: string; zh: string; hint: string }

const CATALOG: Record<ImportErrorCode, Entry> = {
  EMPTY_FILE: {
    message: 'the file is empty',
    zh: '文件是空的',
    hint: 'Copy the page text into the file again.',
  },
  BINARY_FILE: {
    message: 'this is not a text file',
    zh: '这不是文本文件',
    hint: 'Copy the text out of the PDF or e-paper and save it as .txt (UTF-8 or GB18030).',
  },
  TOO_LARGE: {
    message: 'the file is too large for one newspaper page',
    zh: '文件过大，不像一个版面的文字',
    hint: 'Split it into one file per article, or raise the limit with --max-size.',
  },
  UNKNOWN_ENCODING: {
    message: 'the text is neither UTF-8 nor GB18030/GBK',
    zh: '无法识别文件编码（既不是 UTF-8 也不是 GB18030/GBK）',
    hint: 'Save the file again as UTF-8, or pass --encoding with the right encoding.',
  },
  NO_HEADLINE: {
    message: 'no headline found',
    zh: '没有找到标题',
    hint: 'Mark the headline with "# " at the start of its line (and the subtitle with "——").',
  },
  NO_BODY: {
    message: 'no body text found',
    zh: '没有找到正文',
    hint: 'Check that the file holds the article text, not only the masthead or captions.',
  },
  READ_FAILED: {
    message: 'the file could not be read',
    zh: '无法读取文件',
    hint: 'Check the path and the file permissions.',
  },
  IN_REVIEW: {
    message: 'the draft imported from this text is already in review or published; it was left as it is',
    zh: '由本文本导入的稿件已进入审核或已发布，未覆盖',
    hint: 'Edit it in the admin, or import again with --force to replace its content with the text.',
  },
  SAVE_FAILED: {
    message: 'saving the draft failed; nothing of this file was kept',
    zh: '保存草稿失败，本文件的内容均未保存',
    hint: 'Fix the cause shown in the detail and import the file again.',
  },
}

export class ImportError extends Error {
  override name = 'ImportError'
  readonly code: ImportErrorCode
  readonly zh: string
  readonly hint: string
  readonly detail?: string

  constructor(code: ImportErrorCode, detail?: string, options?: { cause?: unknown }) {
    const entry = CATALOG[code]
    super(detail ? `${entry.message}: ${detail}` : entry.message, options)
    this.code = code
    this.zh = entry.zh
    this.hint = entry.hint
    this.detail = detail
  }
}
