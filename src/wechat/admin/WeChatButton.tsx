'use client'
/**
 * 「公众号」 beside a publishable document's controls: opens the piece's WeChat rendering at phone
 * width (「公众号预览」), puts it on the clipboard as rich HTML that keeps its formatting when pasted
 * into WeChat's editor (「复制到公众号」), and, for 终审 and administrators, pushes it to the
 * account's draft box (「推送到公众号草稿箱」). The server decides who may do what (src/workflow
 * checkWeChat); this only hides what would be refused anyway.
 */
import { toast, useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useRef, useState } from 'react'

type Preview = {
  title: string
  author: string
  digest: string
  content: string
  contentSourceURL: string
  problems: { message: string }[]
  wechat?: { mediaId?: string | null; pushedAt?: string | null; state?: string | null } | null
  pushConfigured?: boolean
}

const PHONE_WIDTH = 375

/**
 * The rendering as the admin shows it: photos point at the public site (SITE_URL), which the
 * admin's content policy does not load from when the site has an address of its own; npm start
 * serves the same files at the admin's origin, so the preview asks there. The copy keeps the
 * public addresses (WeChat's editor fetches them).
 */
function forDisplay(preview: Preview): string {
  let origin: string
  try {
    origin = new URL(preview.contentSourceURL).origin
  } catch {
    return preview.content
  }
  return preview.content.split(`src="${origin}/`).join('src="/')
}

/** Put `html` on the clipboard as rich text (with a plain-text twin); true when it worked. */
async function copyRich(html: string, text: string, fallbackNode: HTMLElement | null): Promise<boolean> {
  try {
    if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
      await navigator.clipboard.write([new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) })])
      return true
    }
  } catch {
    // Some browsers refuse the async clipboard outside a secure context: select and copy instead.
  }
  if (!fallbackNode) return false
  const selection = window.getSelection()
  const range = document.createRange()
  range.selectNodeContents(fallbackNode)
  selection?.removeAllRanges()
  selection?.addRange(range)
  const ok = document.execCommand('copy')
  selection?.removeAllRanges()
  return ok
}

export function WeChatButton() {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const router = useRouter()
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState<'' | 'loading' | 'pushing'>('')
  const [preview, setPreview] = useState<Preview | null>(null)
  const [error, setError] = useState<string | null>(null)
  const copySource = useRef<HTMLDivElement>(null)
  if (!id || !collectionSlug) return null
  const roles: string[] = (user as { roles?: string[] } | null)?.roles ?? []
  const mayPush = roles.includes('admin') || roles.includes('chief-editor')
  const url = `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/wechat`

  async function load() {
    setOpen(true)
    setBusy('loading')
    setError(null)
    try {
      const res = await fetch(url, { credentials: 'include' })
      const json = (await res.json().catch(() => ({}))) as Preview & { errors?: { message: string }[] }
      if (!res.ok) {
        setPreview(null)
        setError(json.errors?.[0]?.message ?? '无法生成公众号版本，请稍后重试。')
        return
      }
      setPreview(json)
    } finally {
      setBusy('')
    }
  }

  async function copy() {
    if (!preview) return
    const plain = copySource.current?.innerText ?? ''
    if (await copyRich(preview.content, plain, copySource.current)) toast.success('已复制：在公众号编辑器中粘贴即可，格式和图片随之保留。')
    else toast.error('浏览器没有允许复制：请在预览中全选（Ctrl+A）后复制。')
  }

  async function push() {
    setBusy('pushing')
    try {
      const res = await fetch(url, { method: 'POST', credentials: 'include' })
      const json = (await res.json().catch(() => ({}))) as { message?: string; errors?: { message: string }[] }
      if (!res.ok) {
        toast.error(json.errors?.[0]?.message ?? '推送没有成功，请稍后重试。')
        return
      }
      toast.success(json.message ?? '已推送到公众号草稿箱。')
      router.refresh()
      await load()
    } finally {
      setBusy('')
    }
  }

  return (
    <>
      <button type="button" className="btn btn--style-secondary btn--size-medium" onClick={load} style={{ margin: 0 }}>
        公众号
      </button>
      {open && (
        <div
          role="dialog"
          aria-modal="true"
          aria-label="公众号预览"
          style={{ position: 'fixed', inset: 0, zIndex: 100, background: 'rgba(0,0,0,.45)', display: 'flex', justifyContent: 'center', alignItems: 'flex-start', overflow: 'auto', padding: '4vh 16px' }}
          onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
        >
          <div style={{ background: 'var(--theme-bg)', color: 'var(--theme-text)', borderRadius: 8, padding: 20, maxWidth: PHONE_WIDTH + 340, width: '100%' }}>
            <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 12 }}>
              <h3 style={{ margin: 0 }}>公众号预览</h3>
              <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setOpen(false)} style={{ margin: 0 }}>
                关闭
              </button>
            </div>
            {busy === 'loading' && <p>正在生成公众号版本…</p>}
            {error && <p style={{ color: 'var(--theme-error-500)' }}>{error}</p>}
            {preview && (
              <div style={{ display: 'flex', gap: 20, flexWrap: 'wrap', marginTop: 12 }}>
                <div
                  data-testid="wechat-phone"
                  style={{ width: PHONE_WIDTH, maxHeight: '70vh', overflow: 'auto', border: '1px solid var(--theme-elevation-200)', borderRadius: 16, background: '#fff', color: '#222', padding: '16px 12px' }}
                >
                  <h1 style={{ fontSize: 20, lineHeight: 1.4, margin: '0 0 8px' }}>{preview.title}</h1>
                  <p style={{ fontSize: 13, color: '#888', margin: '0 0 16px' }}>{preview.author}</p>
                  {/* The rendering is built on the server from escaped text and vetted markup only (src/wechat/rules.ts). */}
                  <div ref={copySource} data-testid="wechat-content" dangerouslySetInnerHTML={{ __html: forDisplay(preview) }} />
                </div>
                <div style={{ flex: '1 1 240px', minWidth: 240 }}>
                  <p>
                    <strong>摘要：</strong>
                    {preview.digest}
                  </p>
                  <p style={{ wordBreak: 'break-all' }}>
                    <strong>原文链接：</strong>
                    {preview.contentSourceURL}
                  </p>
                  {preview.problems.length > 0 && (
                    <ul style={{ color: 'var(--theme-error-500)', paddingLeft: 18 }}>
                      {preview.problems.map((p) => (
                        <li key={p.message}>{p.message}</li>
                      ))}
                    </ul>
                  )}
                  {preview.wechat?.mediaId && (
                    <p style={{ opacity: 0.8 }}>
                      已在草稿箱（{preview.wechat.state === 'updated' ? '已更新' : '已存入'}，{preview.wechat.pushedAt ? new Date(preview.wechat.pushedAt).toLocaleString('zh-CN') : ''}）：再次推送会更新同一篇草稿。
                    </p>
                  )}
                  <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
                    <button type="button" className="btn btn--style-primary btn--size-small" onClick={copy} style={{ margin: 0 }}>
                      复制到公众号
                    </button>
                    {mayPush && preview.pushConfigured === false && <p style={{ opacity: 0.8, margin: 0 }}>未配置公众号（WECHAT_APP_ID、WECHAT_APP_SECRET），暂不能推送；可先复制到公众号编辑器。</p>}
                    {mayPush && preview.pushConfigured !== false && (
                      <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy === 'pushing' || preview.problems.length > 0} onClick={push} style={{ margin: 0 }}>
                        {busy === 'pushing' ? '正在推送…' : '推送到公众号草稿箱'}
                      </button>
                    )}
                  </div>
                </div>
              </div>
            )}
          </div>
        </div>
      )}
    </>
  )
}
