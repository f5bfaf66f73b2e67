/**
 * Why a submitted file (Word, PDF, saved web page) could not be read, before any text reaches the
 * newspaper parser. Same shape as the parser's `ImportError` (a stable code, a Chinese message and
 * hint said first by the admin and the command line, an English message and hint for logs), kept
 * apart so the parser's catalog stays its own.
 */
export type FormatErrorCode =
  | 'UNSUPPORTED_FORMAT'
  | 'LEGACY_DOC'
  | 'ENCRYPTED'
  | 'CORRUPT'
  | 'UNPACKS_TOO_LARGE'
  | 'FILE_TOO_LARGE'
  | 'NO_TEXT_LAYER'
  | 'TOO_MANY_PAGES'

type Entry = { message: string; zh: string; hint: string; hintZh: string }

const CATALOG: Record<FormatErrorCode, Entry> = {
  UNSUPPORTED_FORMAT: {
    message: 'this kind of file is not imported',
    zh: '不支持这种文件',
    hint: 'Import Word (.docx), PDF with a text layer, a saved web page (.html) or plain text (.txt).',
    hintZh: '请改用 Word（.docx）、带文字层的 PDF、另存的网页（.html）或纯文本（.txt）。',
  },
  LEGACY_DOC: {
    message: 'this is an old Word .doc file, which is not read',
    zh: '这是旧版 Word（.doc）文件，无法读取',
    hint: 'Open it in Word or WPS and save it as .docx (文件 → 另存为 → Word 文档 .docx), then import that.',
    hintZh: '请用 Word 或 WPS 打开，选择“文件 → 另存为 → Word 文档（.docx）”后再导入。',
  },
  ENCRYPTED: {
    message: 'the file is protected by a password',
    zh: '文件设置了打开密码，无法读取',
    hint: 'Remove the password (save an unprotected copy) and import that copy.',
    hintZh: '请去掉打开密码（另存一份不加密的副本）后再导入。',
  },
  CORRUPT: {
    message: 'the file is damaged or not what its name says',
    zh: '文件已损坏，或与扩展名不符',
    hint: 'Open it on your computer to check it, save it again, and import the new copy.',
    hintZh: '请先在电脑上打开检查，重新保存一份后再导入。',
  },
  UNPACKS_TOO_LARGE: {
    message: 'the file unpacks to far more data than a document holds (a possible zip bomb); refused before unpacking',
    zh: '文件解压后的体积异常巨大（疑似压缩炸弹），已拒绝，未做解压',
    hint: 'If it is a genuine document, save it again from Word, or split it into one file per article.',
    hintZh: '如确为正常稿件，请在 Word 中重新保存，或按篇拆分后再导入。',
  },
  FILE_TOO_LARGE: {
    message: 'the file is too large to import',
    zh: '文件过大',
    hint: 'Split it into one file per article, or make the photos smaller before putting them in.',
    hintZh: '请按篇拆分，或把图片压缩后再放进文档。',
  },
  NO_TEXT_LAYER: {
    message: 'the PDF has no text layer (a scan or pictures of pages); text is not recognised from images',
    zh: '这个 PDF 没有文字层（是扫描件或图片），系统不做文字识别',
    hint: 'Ask the printer or the e-paper for the PDF with text, or copy the text from the e-paper and import it as .txt.',
    hintZh: '请向印厂或电子报索取带文字的 PDF，或从电子报复制文字后粘贴导入。',
  },
  TOO_MANY_PAGES: {
    message: 'the PDF has more pages than one import takes',
    zh: 'PDF 页数过多',
    hint: 'Import the pages of one article only (split the PDF).',
    hintZh: '请只导入一篇文章所在的版面（拆分 PDF 后再导入）。',
  },
}

export class FormatError extends Error {
  override name = 'FormatError'
  readonly code: FormatErrorCode
  readonly zh: string
  readonly hint: string
  readonly hintZh: string
  /** The command line says the same as the admin: a format's remedy takes no flag. */
  readonly cliHintZh: string
  readonly detail?: string

  constructor(code: FormatErrorCode, detail?: string, options?: { cause?: unknown }) {
    const entry = CATALOG[code]
    // A library's own sentence (pdf.js: `Invalid PDF structure.`) ends the message; its stop is
    // left off, since the CLI and the admin put theirs after it.
    detail = detail?.replace(/[\s.。]+$/u, '') || undefined
    super(detail ? `${entry.message}: ${detail}` : entry.message, options)
    this.code = code
    this.zh = entry.zh
    this.hint = entry.hint
    this.hintZh = entry.hintZh
    this.cliHintZh = entry.hintZh
    this.detail = detail
  }
}
