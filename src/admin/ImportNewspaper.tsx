'use client'
/**
 * 「导入报纸文本」 above the articles and yearly-reviews lists: paste a newspaper page's text or pick
 * a .txt file (UTF-8 or GB18030); the server turns it into a draft and the editor lands on it.
 */
import { toast, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

function toBase64(buffer: ArrayBuffer): string {
  let binary = ''
  const bytes = new Uint8Array(buffer)
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

export function ImportNewspaper() {
  const { config } = useConfig()
  const router = useRouter()
  const [open, setOpen] = useState(false)
  const [text, setText] = useState('')
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit() {
    if (!text.trim() && !file) {
      toast.error('请粘贴报纸文字，或选择一个 .txt 文件。')
      return
    }
    setBusy(true)
    try {
      const body = file ? { file: toBase64(await file.arrayBuffer()), filename: file.name } : { text }
      const res = await fetch(`${config.serverURL}${config.routes.api}/articles/import-newspaper`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const json = (await res.json().catch(() => ({}))) as { url?: string; title?: string; action?: string; errors?: { message: string }[] }
      if (!res.ok || !json.url) {
        toast.error(json.errors?.[0]?.message ?? '导入没有成功，请稍后重试。')
        return
      }
      toast.success(`${json.action === 'updated' ? '已更新' : '已创建'}草稿：${json.title}`)
      router.push(json.url)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ margin: '0 0 calc(var(--base) * 1)' }}>
      {!open ? (
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setOpen(true)}>
          导入报纸文本
        </button>
      ) : (
        <div style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 16 }}>
          <h3 style={{ marginTop: 0 }}>导入报纸文本</h3>
          <p style={{ opacity: 0.75 }}>
            粘贴从电子报或 PDF 复制的整版文字，或选择 .txt 文件（UTF-8 或 GB18030）。系统会识别标题、副题、署名、见报信息、小标题、图片说明、数据和劳模工匠，生成一篇草稿；年度回眸类稿件会进入“年度回眸”。
          </p>
          <textarea
            aria-label="报纸文字"
            rows={10}
            value={text}
            onChange={(e) => setText(e.target.value)}
            disabled={Boolean(file)}
            placeholder="在此粘贴报纸文字……"
            style={{ width: '100%', fontFamily: 'inherit' }}
          />
          <p>
            <label>
              或选择文件：
              <input type="file" accept=".txt,text/plain" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
            </label>
          </p>
          <div style={{ display: 'flex', gap: 8 }}>
            <button type="button" className="btn btn--style-primary btn--size-small" disabled={busy} onClick={submit}>
              {busy ? '正在导入……' : '导入并打开草稿'}
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
