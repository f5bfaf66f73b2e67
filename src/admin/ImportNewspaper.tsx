'use client'
/**
 * 「导入稿件」 above the articles and yearly-reviews lists: paste a newspaper page's text, or pick
 * files — Word (.docx, with its photos), PDF with a text layer, a saved web page (.html) or text
 * (.txt, UTF-8 or GB18030). The server turns each into a draft; one file opens its draft, several
 * are sent one after another with the progress shown and a line per file: its draft, or the reason
 * it was refused, the photos left out and what to check (a headline the page did not mark…). A draft
 * with something to check is not opened at once: its line says what, with the link to open it.
 * A PDF page of several stories gives a line per story, each with its own draft.
 */
import { toast, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

type Answer = {
  url?: string
  title?: string
  action?: string
  photos?: number
  photosLeftOut?: { file: string; reason: string }[]
  warnings?: string[]
  errors?: { message: string }[]
  /** The further stories of a PDF page, each a draft of its own (or the reason it is not). */
  more?: { title?: string; url?: string; action?: string; warnings?: string[]; error?: string }[]
}

type Outcome = { name: string; ok: boolean; message: string; url?: string; leftOut: { file: string; reason: string }[]; warnings: string[] }

/** Photos left out, one line per reason when many share it: `共 160 张（图42 … 图201）：…`. */
function leftOutLines(leftOut: { file: string; reason: string }[]): string[] {
  const byReason = new Map<string, string[]>()
  for (const { file, reason } of leftOut) byReason.set(reason, [...(byReason.get(reason) ?? []), file])
  return [...byReason].flatMap(([reason, names]) =>
    names.length > 3 ? [`共 ${names.length} 张（${names[0]} … ${names.at(-1)}）：${reason}`] : names.map((n) => `${n}：${reason}`),
  )
}

const DOCUMENT = /\.(docx?|pdf|html?|txt|md)$/i

/** The documents of a chosen folder, in name order; a saved page's `_files/` folder holds its photos, not documents. */
const documentsOf = (list: FileList | null): File[] =>
  Array.from(list ?? [])
    .filter((f) => DOCUMENT.test(f.name) && !/(^|\/)[^/]*_files\//i.test(f.webkitRelativePath) && !f.name.startsWith('~$'))
    .sort((a, b) => (a.webkitRelativePath || a.name).localeCompare(b.webkitRelativePath || b.name, 'zh'))

const ACCEPT = '.docx,.pdf,.html,.htm,.txt,.md,text/plain,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document'

export function ImportNewspaper() {
  const { config } = useConfig()
  const router = useRouter()
  const [open, setOpen] = useState(false)
  const [text, setText] = useState('')
  const [files, setFiles] = useState<File[]>([])
  const [busy, setBusy] = useState(false)
  const [progress, setProgress] = useState<string | null>(null)
  const [outcomes, setOutcomes] = useState<Outcome[]>([])

  const endpoint = `${config.serverURL}${config.routes.api}/articles/import-newspaper`

  async function send(body: BodyInit, json: boolean): Promise<{ ok: boolean; answer: Answer }> {
    try {
      const res = await fetch(endpoint, {
        method: 'POST',
        credentials: 'include',
        ...(json ? { headers: { 'Content-Type': 'application/json' } } : {}),
        body,
      })
      const answer = (await res.json().catch(() => ({}))) as Answer
      return { ok: res.ok && Boolean(answer.url), answer }
    } catch {
      return { ok: false, answer: { errors: [{ message: '网络连接中断，请检查网络后重试。' }] } }
    }
  }

  const describe = (name: string, ok: boolean, answer: Answer): Outcome => ({
    name,
    ok,
    url: answer.url,
    leftOut: answer.photosLeftOut ?? [],
    warnings: ok ? (answer.warnings ?? []) : [],
    message: ok
      ? `${answer.action === 'updated' ? '已更新' : '已创建'}草稿「${answer.title}」${answer.photos ? `，图片 ${answer.photos} 张` : ''}`
      : (answer.errors?.[0]?.message ?? '导入没有成功，请稍后重试。'),
  })

  /** A file's line, and one more for each further story its page set (a PDF page of several stories). */
  const describeAll = (name: string, ok: boolean, answer: Answer): Outcome[] => [
    describe(name, ok, answer),
    ...(ok ? (answer.more ?? []) : []).map((story, k) =>
      story.error
        ? { name: `${name}（同版第 ${k + 2} 篇）`, ok: false, message: `「${story.title}」未导入：${story.error}`, leftOut: [], warnings: [] }
        : describe(`${name}（同版第 ${k + 2} 篇）`, true, { url: story.url, title: story.title, action: story.action, warnings: story.warnings }),
    ),
  ]

  async function submit() {
    if (!text.trim() && files.length === 0) {
      toast.error('请粘贴报纸文字，或选择要导入的文件。')
      return
    }
    setBusy(true)
    setOutcomes([])
    try {
      if (files.length === 0) {
        const { ok, answer } = await send(JSON.stringify({ text }), true)
        const outcome = describe('粘贴的文字', ok, answer)
        if (!ok) return void toast.error(outcome.message)
        toast.success(outcome.message)
        // Something to check first: say it here, with the link to the draft.
        if (outcome.warnings.length > 0) return void setOutcomes([outcome])
        return router.push(answer.url!)
      }
      const results: Outcome[] = []
      for (const [index, file] of files.entries()) {
        setProgress(`正在导入第 ${index + 1}/${files.length} 个：${file.name}`)
        const form = new FormData()
        form.append('file', file, file.name)
        const { ok, answer } = await send(form, false)
        results.push(...describeAll(file.name, ok, answer))
        setOutcomes([...results])
      }
      const good = results.filter((r) => r.ok)
      if (files.length === 1 && results.length === 1 && good.length === 1 && good[0]!.leftOut.length === 0 && good[0]!.warnings.length === 0) {
        toast.success(good[0]!.message)
        return router.push(good[0]!.url!)
      }
      const refused = results.length - good.length
      const summary = `导入完成：成功 ${good.length} 个${refused ? `，未导入 ${refused} 个（原因见下方）` : ''}。`
      if (refused) toast.error(summary)
      else toast.success(summary)
    } finally {
      setBusy(false)
      setProgress(null)
    }
  }

  return (
    <div style={{ margin: '0 0 calc(var(--base) * 1)' }}>
      {!open ? (
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setOpen(true)}>
          导入稿件
        </button>
      ) : (
        <div style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 16 }}>
          <h3 style={{ marginTop: 0 }}>导入稿件</h3>
          <p style={{ opacity: 0.75 }}>
            粘贴从电子报或 PDF 复制的整版文字，或选择文件：Word 文档（.docx，文中图片及其下方的图片说明会一并导入）、带文字层的 PDF 版面、另存的网页（.html）、纯文本（.txt，UTF-8 或
            GB18030）。可一次选择多个文件。系统会识别标题、副题、署名、见报信息、小标题、图片说明、数据和劳模工匠，每个文件生成一篇草稿；年度回眸类稿件会进入“年度回眸”。旧版 .doc
            请先另存为 .docx；扫描版 PDF 无法识别文字。
          </p>
          <textarea
            aria-label="报纸文字"
            rows={8}
            value={text}
            onChange={(e) => setText(e.target.value)}
            disabled={files.length > 0 || busy}
            placeholder="在此粘贴报纸文字……"
            style={{ width: '100%', fontFamily: 'inherit' }}
          />
          <p>
            <label>
              或选择文件：
              <input type="file" multiple accept={ACCEPT} disabled={busy} onChange={(e) => setFiles(Array.from(e.target.files ?? []))} />
            </label>
            <label style={{ marginLeft: 16 }}>
              或选择文件夹：
              {/* webkitdirectory: every browser the admin supports lets a whole folder be chosen. */}
              <input type="file" disabled={busy} {...{ webkitdirectory: '', directory: '' }} onChange={(e) => setFiles(documentsOf(e.target.files))} />
            </label>
          </p>
          {files.length > 1 && !busy && <p>已选择 {files.length} 个文件。</p>}
          {progress && (
            <p role="status" aria-live="polite">
              {progress}
            </p>
          )}
          {outcomes.length > 0 && (
            <ul aria-label="导入结果" style={{ paddingLeft: 18 }}>
              {outcomes.map((o, i) => (
                <li key={i}>
                  {o.ok ? '✓' : '✗'} {o.name}：{o.url ? <a href={o.url}>{o.message}</a> : o.message}
                  {(o.leftOut.length > 0 || o.warnings.length > 0) && (
                    <ul>
                      {o.warnings.map((w, j) => (
                        <li key={`w${j}`}>请核对：{w}</li>
                      ))}
                      {leftOutLines(o.leftOut).map((line, j) => (
                        <li key={j}>未导入的图片 {line}</li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
          <div style={{ display: 'flex', gap: 8 }}>
            <button type="button" className="btn btn--style-primary btn--size-small" disabled={busy} onClick={submit}>
              {busy ? '正在导入……' : files.length > 1 ? `导入 ${files.length} 个文件` : '导入并打开草稿'}
            </button>
            <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={() => setOpen(false)}>
              取消
            </button>
          </div>
        </div>
      )}
    </div>
  )
}
