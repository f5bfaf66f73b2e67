/**
 * `npm run import -- [options] <files or folders…>`: turn newspaper pages into drafts — plain text
 * (.txt, .md), Word (.docx, with its photos), PDF with a text layer, and web pages saved from a
 * browser (.html with its `<name>_files/` folder, whose photos are taken). See src/import/README.md.
 *
 *   --dry-run          parse only; print what would be imported, write nothing
 *   --json             with --dry-run: print one JSON array (one object per file) and nothing else on stdout
 *   --details          with --json: add lead, period, plans, organisations and warnings
 *   --as <collection>  articles | yearly-reviews, instead of guessing the kind
 *   --encoding <name>  read the files in this encoding (gb18030, utf-8…) instead of detecting it
 *   --max-size <size>  refuse texts larger than this (default 2MB; a newspaper page is ~10 KB): a text
 *                      file's size, or the text taken out of a Word, PDF or HTML file (those files
 *                      themselves may be up to 100 MB, photos included)
 *   --force            re-import over a draft that is already in review or published
 *
 * Every file is parsed before anything is written, a file that fails is reported with its reason
 * and the others still import; photos left out of a file (too many, too large, not a photo format)
 * are named. With --json each record carries `images`: the photos that will be imported, in order,
 * as `{ file, caption, credit }`; a refused file's record is `{ file, error, code, hint, errorZh, hintZh }`
 * (the reason in English and in Chinese). Refusals on stderr say the reason and what to do in Chinese,
 * then the English message; so do the warnings (what to check in a draft). Progress goes to stderr, the summary table to stdout.
 * Exit code: 0 all imported, 1 some files failed, 2 bad usage.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { ImportError, type ImportErrorCode } from '../import/errors'
import { describeLeftOut, FormatError, leftOutLines, importStories, SUBMISSION_EXTENSIONS, type ImportedPiece } from '../import/formats/index'
import { toDryRunRecord } from '../import/index'
import type { SaveResult } from '../import/importer'
import { displayWidth } from '../import/text'
import type { Warning } from '../import/warnings'
import type { TargetCollection } from '../import/types'
import { CommandExit, logToStderr, runCommand, type CommandContext } from '../lib/command'

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md'])
const DEFAULT_MAX_SIZE = 2 * 1024 * 1024

/** Why a file was not imported: the parser's reasons and the format readers'. */
type FileError = ImportError | FormatError

/**
 * A refusal as the command line says it: what happened and what to do, in Chinese, then the English
 * message (with the detail: a file extension, a library's sentence, an errno) for logs and searches.
 */
const refusal = (e: FileError) => `${e.zh}。${e.cliHintZh}（${e.message}）`

/** What to check in a draft: in Chinese, then the English (src/import/warnings.ts words each once). */
const warning = (file: string, w: Warning) => `! ${file}：${w.zh}（${w.en}）`

/** The photos left out of a piece (or of its draft, with those the media library refused), Chinese first. */
const leftOut = (o: Outcome & { piece: ImportedPiece }) => leftOutLines(o.saved?.photosLeftOut ?? o.piece.leftOut).map(({ en, zh }) => `! ${o.file}：${zh}（${en}）`)

type Outcome =
  | { file: string; piece: ImportedPiece; saved?: SaveResult; error?: undefined }
  | { file: string; piece?: ImportedPiece; error: FileError; saved?: undefined }

function usage(message?: string): never {
  if (message) console.error(`✖ ${message}`)
  console.error(
    '用法 usage: npm run import -- [--dry-run [--json [--details]]] [--as articles|yearly-reviews] [--encoding gb18030] [--max-size 2MB] [--force] <文件或文件夹 files or folders…>',
  )
  throw new CommandExit(2)
}

function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(value.trim())
  if (!m) usage(`--max-size「${value}」不是文件大小，请写成 2MB、500KB 这样 (not a size)`)
  const unit = (m[2] ?? 'b').toLowerCase()[0]!
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1
  return Math.round(Number(m[1]) * factor)
}

/**
 * Files named on the command line, and the documents inside named folders (recursively; a saved
 * page's `<name>_files/` folder holds its photos, not documents).
 */
function collectFiles(args: string[]): { file: string; error?: ImportError }[] {
  const out: { file: string; error?: ImportError }[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!/_files$/i.test(entry.name)) walk(full)
      } else if (entry.isFile() && SUBMISSION_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) out.push({ file: full })
    }
  }
  for (const arg of args) {
    let stat: fs.Stats
    try {
      stat = fs.statSync(arg)
    } catch (err) {
      out.push({ file: arg, error: new ImportError('READ_FAILED', (err as NodeJS.ErrnoException).code ?? String(err)) })
      continue
    }
    if (stat.isDirectory()) walk(arg)
    else out.push({ file: arg })
  }
  return out
}

/** Largest Word, PDF or HTML file read (photos included); the text taken out of it is held to --max-size. */
const DOCUMENT_MAX_SIZE = 100 * 1024 * 1024

async function parseFile(file: string, opts: { maxSize: number; encoding?: string; collection?: TargetCollection }): Promise<Outcome[]> {
  try {
    const size = fs.statSync(file).size
    const isText = TEXT_EXTENSIONS.has(path.extname(file).toLowerCase())
    if (size > (isText ? opts.maxSize : Math.max(opts.maxSize, DOCUMENT_MAX_SIZE))) {
      throw new ImportError('TOO_LARGE', `${formatSize(size)} > ${formatSize(isText ? opts.maxSize : DOCUMENT_MAX_SIZE)}`)
    }
    const bytes = fs.readFileSync(file)
    // (A PDF page setting several stories gives one piece, and one draft, per story.)
    const pieces = await importStories({ name: path.basename(file), bytes, path: file }, { file, encoding: opts.encoding, collection: opts.collection })
    return pieces.map((piece) => ({ file, piece }))
  } catch (err) {
    if (err instanceof ImportError || err instanceof FormatError) return [{ file, error: err }]
    const code: ImportErrorCode = (err as NodeJS.ErrnoException).code ? 'READ_FAILED' : 'NO_BODY'
    return [{ file, error: new ImportError(code, err instanceof Error ? err.message : String(err), { cause: err }) }]
  }
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(0)} KB`
  return `${bytes} B`
}

// --- Output -------------------------------------------------------------------------------------

const fit = (s: string, width: number): string => {
  if (displayWidth(s) <= width) return s + ' '.repeat(width - displayWidth(s))
  let out = ''
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) break
    out += ch
  }
  return out + '…' + ' '.repeat(Math.max(0, width - displayWidth(out) - 1))
}

function table(header: string[], rows: string[][], maxWidths: number[]): string {
  const widths = header.map((h, i) => Math.min(maxWidths[i] ?? 40, Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? '')))))
  const line = (cells: string[]) => cells.map((c, i) => fit(c, widths[i]!)).join('  ').trimEnd()
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

/** A path relative to the working folder, cut from the left to fit: `…/samples/qingshi.txt`. */
function shortPath(file: string, width: number): string {
  const rel = path.relative(process.cwd(), file) || file
  if (displayWidth(rel) <= width) return rel
  const parts = rel.split(path.sep)
  let out = parts.pop()!
  while (parts.length > 0 && displayWidth(`…/${parts.at(-1)}/${out}`) <= width) out = `${parts.pop()}/${out}`
  return `…/${out}`
}

const KIND_LABEL: Record<TargetCollection, string> = { articles: '文章 article', 'yearly-reviews': '回眸 review' }
const ACTION_LABEL: Record<SaveResult['action'], string> = { created: '新建草稿 created', updated: '更新草稿 updated' }

function summary(outcomes: Outcome[], dryRun: boolean): string {
  const rows = outcomes.map((o) => {
    const name = shortPath(o.file, 40)
    if (o.error) return [name, '—', '—', '', '', '', '', '', `✖ ${o.error.zh}`]
    const p = o.piece
    const status = dryRun ? '✓ 已读出 parsed' : o.saved ? `✓ ${ACTION_LABEL[o.saved.action]} #${o.saved.id}` : '—'
    return [
      name,
      KIND_LABEL[o.saved?.collection ?? p.collection],
      p.title,
      String(p.sections.length),
      String(p.captions.length),
      String(o.saved ? o.saved.photos.length : p.images.length),
      String(p.figures.length),
      String(p.workers.length),
      status,
    ]
  })
  return table(['文件', '类型', '标题', '小标题', '图说', '图片', '数据', '人物', dryRun ? '结果' : '草稿'], rows, [40, 12, 30, 8, 8, 6, 7, 7, 60])
}

function reportErrors(outcomes: Outcome[]): void {
  for (const o of outcomes) {
    if (o.error) console.error(`✖ ${o.file}：${refusal(o.error)}`)
    else {
      for (const w of [...o.piece.warnings, ...(o.saved?.notes ?? [])]) console.error(warning(o.file, w))
      for (const line of leftOut(o)) console.error(line)
    }
  }
}

/** The photos of a record: what will be imported, in document order. */
const imagesOf = (piece: ImportedPiece) => piece.images.map(({ file, caption, credit }) => ({ file, caption, credit }))

function reportLeftOut(outcomes: Outcome[]): void {
  for (const o of outcomes) {
    if (!o.error) for (const line of leftOut(o)) console.error(line)
  }
}

/** A one-line progress display on stderr (a bar on a terminal, plain lines otherwise). */
function progress(total: number) {
  const tty = process.stderr.isTTY
  let done = 0
  const draw = (label: string) => {
    const width = 24
    const filled = Math.round((done / Math.max(total, 1)) * width)
    const line = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} ${label}`
    if (tty) process.stderr.write(`\r\x1b[2K${line}`)
  }
  return {
    step(file: string, what: string) {
      draw(`${path.basename(file)} · ${what}`)
    },
    finish(file: string, ok: boolean, note: string) {
      done++
      if (tty) draw('')
      if (!tty || !ok) process.stderr.write(`${tty ? '\r\x1b[2K' : ''}${ok ? '✓' : '✖'} ${file} ${note}\n`)
    },
    end() {
      if (tty) process.stderr.write('\r\x1b[2K')
    },
  }
}

// --- Main ---------------------------------------------------------------------------------------

function readArgs() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        details: { type: 'boolean', default: false },
        as: { type: 'string' },
        encoding: { type: 'string' },
        'max-size': { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
  } catch (err) {
    usage(`参数有误 (bad option): ${(err as Error).message}`)
  }
}

async function importFiles({ loadConfig }: CommandContext): Promise<number> {
  const { values, positionals } = readArgs()
  if (values.help) usage()
  if (positionals.length === 0) usage('请至少写一个要导入的文件或文件夹 (name at least one file or folder)')
  if (values.json && !values['dry-run']) usage('--json 只能和 --dry-run 一起用 (--json is for --dry-run)')
  const collection = values.as as TargetCollection | undefined
  if (collection && collection !== 'articles' && collection !== 'yearly-reviews') usage('--as 只接受 articles 或 yearly-reviews (--as takes articles or yearly-reviews)')
  if (values.encoding) {
    try {
      new TextDecoder(values.encoding)
    } catch {
      usage(`不认识编码「${values.encoding}」，可用 utf-8、gb18030 等 (unknown encoding)`)
    }
  }
  const maxSize = values['max-size'] ? parseSize(values['max-size']) : DEFAULT_MAX_SIZE

  // 1. Parse everything first: a bad file is known before anything is written.
  const outcomes: Outcome[] = []
  const files = collectFiles(positionals)
  for (const [index, { file, error }] of files.entries()) {
    // Word and PDF files take a moment each: on a terminal, say which one is being read.
    if (process.stderr.isTTY && files.length > 1) process.stderr.write(`\r\x1b[2Kreading ${index + 1}/${files.length} ${path.basename(file)}`)
    outcomes.push(...(error ? [{ file, error }] : await parseFile(file, { maxSize, encoding: values.encoding, collection })))
  }
  if (process.stderr.isTTY && files.length > 1) process.stderr.write('\r\x1b[2K')
  if (outcomes.length === 0) usage('没有找到可导入的文件（.txt .md .docx .pdf .html）(no files to import found)')

  if (values['dry-run']) {
    if (values.json) {
      const records = outcomes.map((o) =>
        o.error
          ? { file: o.file, error: o.error.message, code: o.error.code, hint: o.error.hint, errorZh: o.error.zh, hintZh: o.error.cliHintZh }
          : values.details
            ? {
                ...toDryRunRecord(o.piece),
                images: imagesOf(o.piece),
                details: {
                  kicker: o.piece.kicker,
                  lead: o.piece.lead,
                  period: o.piece.period,
                  plans: o.piece.plans,
                  organizations: o.piece.organizations,
                  pictureCredit: o.piece.pictureCredit,
                  encoding: o.piece.encoding,
                  hash: o.piece.hash,
                  warnings: [...o.piece.warnings.map((w) => w.en), ...describeLeftOut(o.piece.leftOut)],
                  format: o.piece.format,
                  imagesLeftOut: o.piece.leftOut,
                },
              }
            : { ...toDryRunRecord(o.piece), images: imagesOf(o.piece) },
      )
      process.stdout.write(`${JSON.stringify(records, null, 2)}\n`)
      for (const o of outcomes) if (o.error) console.error(`✖ ${o.file}：${refusal(o.error)}`)
      reportLeftOut(outcomes)
    } else {
      console.log(summary(outcomes, true))
      reportErrors(outcomes)
    }
    return outcomes.some((o) => o.error) ? 1 : 0
  }

  // 2. Write, file by file, as the system user (nothing to write: no database to open).
  if (outcomes.every((o) => o.error)) {
    console.log(summary(outcomes, false))
    reportErrors(outcomes)
    return 1
  }
  const { getPayload } = await import('payload')
  const configPromise = loadConfig()
  const { saveDraft } = await import('../import/importer')
  const config = await configPromise
  // Payload's log goes to stderr with the progress, so stdout holds only the summary table.
  logToStderr(config)
  const payload = await getPayload({ config })
  const bar = progress(outcomes.length)
  try {
    for (const o of outcomes) {
      if (o.error) {
        bar.finish(o.file, false, o.error.zh)
        continue
      }
      try {
        o.saved = await saveDraft(payload, o.piece, { force: values.force, onStep: (step) => bar.step(o.file, step) })
        bar.finish(o.file, true, `${ACTION_LABEL[o.saved.action]} ${KIND_LABEL[o.saved.collection]} #${o.saved.id}`)
      } catch (err) {
        const error = err instanceof ImportError || err instanceof FormatError ? err : new ImportError('SAVE_FAILED', String(err), { cause: err })
        Object.assign(o, { error })
        bar.finish(o.file, false, `${error.zh}（${error.message}）`)
      }
    }
  } finally {
    bar.end()
    await payload.destroy()
  }
  console.log(summary(outcomes, false))
  reportErrors(outcomes)
  return outcomes.some((o) => o.error) ? 1 : 0
}

runCommand('npm run import', importFiles, { failure: 'import failed' })
