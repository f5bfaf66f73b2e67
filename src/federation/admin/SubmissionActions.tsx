'use client'
/**
 * The 状态 of a submission, and for a pending one the receiving unit's decisions: 采用, 改编采用,
 * 退稿 (with the comment a decline requires). The server decides who may (src/federation/rules.ts);
 * this calls the routes and shows their answer. It links the piece (to read it before deciding) and,
 * after 改编采用, the copy the editor goes on to edit: the read-only relationship fields name them,
 * but their edit button is disabled, so nothing else opens them.
 */
import { toast, useConfig, useDocumentInfo, useField } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

const LABELS: Record<string, string> = { pending: '待处理', adopted: '已采用', 'adopted-edited': '已改编采用', declined: '已退稿' }

type Ref = { relationTo?: string; value?: unknown } | null | undefined

/** The admin address of a polymorphic relationship's document, or null. */
function editURL(admin: string, ref: Ref): string | null {
  const value = ref?.value && typeof ref.value === 'object' ? (ref.value as { id?: unknown }).id : ref?.value
  if (!ref?.relationTo || value === undefined || value === null || value === '') return null
  return `${admin}/collections/${ref.relationTo}/${String(value)}`
}

export function SubmissionActions() {
  const { id } = useDocumentInfo()
  const { value } = useField<string>({ path: 'status' })
  const { value: piece } = useField<Ref>({ path: 'document' })
  const { value: copy } = useField<Ref>({ path: 'copy' })
  const { config } = useConfig()
  const router = useRouter()
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const status = value ?? 'pending'
  const pieceURL = editURL(config.routes.admin, piece)
  const copyURL = editURL(config.routes.admin, copy)

  async function act(step: 'adopt' | 'adopt-edited' | 'decline') {
    setBusy(true)
    try {
      const res = await fetch(`${config.serverURL}${config.routes.api}/submissions/${id}/${step}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ comment }),
      })
      const json = await res.json().catch(() => ({}))
      if (!res.ok) toast.error(json?.errors?.[0]?.message ?? '操作没有完成，请稍后再试。')
      else {
        toast.success(json.message)
        router.refresh()
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type" style={{ marginBottom: 24 }}>
      <label className="field-label">状态</label>
      <p style={{ fontWeight: 600 }}>{LABELS[status] ?? status}</p>
      {pieceURL ? (
        <p>
          <a href={pieceURL}>打开原稿</a>
        </p>
      ) : null}
      {id && status === 'pending' ? (
        <div>
          <textarea value={comment} onChange={(e) => setComment(e.target.value)} rows={3} placeholder="处理意见（退稿时必填）" style={{ width: '100%' }} />
          <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', marginTop: 8 }}>
            <button type="button" className="btn btn--style-primary btn--size-small" disabled={busy} onClick={() => act('adopt')}>采用</button>
            <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={() => act('adopt-edited')}>改编采用</button>
            <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={() => act('decline')}>退稿</button>
          </div>
          <p style={{ fontSize: 12, opacity: 0.7 }}>采用：原稿在本单位网站同步刊发（注明来源）。改编采用：在本单位新建一份草稿，按三审流程修改后发布。退稿须填写意见。</p>
        </div>
      ) : null}
      {copyURL ? (
        <p>
          <a href={copyURL}>打开改编稿</a>
        </p>
      ) : null}
    </div>
  )
}
