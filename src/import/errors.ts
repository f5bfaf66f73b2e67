/**
 * Why a file could not be imported. Each reason has a code (stable, for tests and scripts), a
 * Chinese message and hint for the people who import (the admin's 导入 and the command line say them
 * first), and the English message and hint for logs and scripts. Where the command line has its own
 * remedy (a flag), `cliHintZh` says it; the admin says `hintZh`.
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

type Entry = { message: string; zh: string; hint: string; hintZh: string; cliHintZh?: string }

const CATALOG: Record<ImportErrorCode, Entry> = {
  EMPTY_FILE: {
    message: 'the file is empty',
    zh: '文件是空的',
    hint: 'Copy the page text into the file again.',
    hintZh: '请把版面文字重新复制进来。',
  },
  BINARY_FILE: {
    message: 'this is not a text file',
    zh: '这不是文本文件',
    hint: 'Copy the text out of the PDF or e-paper and save it as .txt (UTF-8 or GB18030).',
    hintZh: '请上传 Word（.docx）、带文字层的 PDF、网页（.html）或纯文本（.txt），或直接粘贴文字。',
    cliHintZh: '请从 PDF 或电子报中复制文字，另存为 .txt（UTF-8 或 GB18030 编码）后再导入。',
  },
  TOO_LARGE: {
    message: 'the file is too large for one newspaper page',
    zh: '文件过大，不像一个版面的文字',
    hint: 'Split it into one file per article, or raise the limit with --max-size.',
    hintZh: '请把每篇文章分别导入。',
    cliHintZh: '请把每篇文章分别导入，或用 --max-size 放宽上限。',
  },
  UNKNOWN_ENCODING: {
    message: 'the text is neither UTF-8 nor GB18030/GBK',
    zh: '无法识别文件编码（既不是 UTF-8 也不是 GB18030/GBK）',
    hint: 'Save the file again as UTF-8, or pass --encoding with the right encoding.',
    hintZh: '请把文件另存为 UTF-8 编码后再上传，或直接粘贴文字。',
    cliHintZh: '请把文件另存为 UTF-8 编码，或用 --encoding 指定正确的编码。',
  },
  NO_HEADLINE: {
    message: 'no headline found',
    zh: '没有找到标题',
    hint: 'Mark the headline with "# " at the start of its line (and the subtitle with "——").',
    hintZh: '请在标题所在行的开头加上“# ”（副题以“——”开头）后重试。',
  },
  NO_BODY: {
    message: 'no body text found',
    zh: '没有找到正文',
    hint: 'Check that the file holds the article text, not only the masthead or captions.',
    hintZh: '请检查文本中是否包含正文，而不只是报头或图片说明。',
  },
  READ_FAILED: {
    message: 'the file could not be read',
    zh: '无法读取文件',
    hint: 'Check the path and the file permissions.',
    hintZh: '请检查文件是否还在、能否打开，然后重试。',
    cliHintZh: '请检查文件路径是否正确，以及是否有读取权限。',
  },
  IN_REVIEW: {
    message: 'the draft imported from this text is already in review or published; it was left as it is',
    zh: '由本文本导入的稿件已进入审核或已发布，未覆盖',
    hint: 'Edit it in the admin, or import again with --force to replace its content with the text.',
    hintZh: '该稿件已进入审核或已发布，请直接在后台修改。',
    cliHintZh: '请在后台直接修改；如要用本文本覆盖其内容，加 --force 重新导入。',
  },
  SAVE_FAILED: {
    message: 'saving the draft failed; nothing of this file was kept',
    zh: '保存草稿失败，本文件的内容均未保存',
    hint: 'Fix the cause shown in the detail and import the file again.',
    hintZh: '保存时出错，本次导入未保存任何内容，请稍后重试。',
    cliHintZh: '请按错误详情排除原因后重新导入本文件。',
  },
}

export class ImportError extends Error {
  override name = 'ImportError'
  readonly code: ImportErrorCode
  readonly zh: string
  readonly hint: string
  readonly hintZh: string
  readonly cliHintZh: string
  readonly detail?: string

  constructor(code: ImportErrorCode, detail?: string, options?: { cause?: unknown }) {
    const entry = CATALOG[code]
    super(detail ? `${entry.message}: ${detail}` : entry.message, options)
    this.code = code
    this.zh = entry.zh
    this.hint = entry.hint
    this.hintZh = entry.hintZh
    this.cliHintZh = entry.cliHintZh ?? entry.hintZh
    this.detail = detail
  }
}
