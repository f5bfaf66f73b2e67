'use client'
/** The read-only review log (审签记录) on the document, with a link to the printable sign-off sheet. */
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { roleLabel, STAGE_LABELS, type Stage } from '../stages'

type Entry = {
  id?: string
  action?: string
  from?: Stage
  to?: Stage
  userName?: string
  role?: string
  at?: string
  comment?: string | null
  proofPass?: string | null
  warnings?: string | null
}

export function ReviewLog() {
  const { id, collectionSlug, savedDocumentData } = useDocumentInfo()
  const { config } = useConfig()
  const [entries, setEntries] = useState<Entry[]>([])
  const api = `${config.serverURL}${config.routes.api}`
  const updatedAt = (savedDocumentData as { updatedAt?: string } | undefined)?.updatedAt

  useEffect(() => {
    if (!id) return
    fetch(`${api}/${collectionSlug}/${id}?draft=true&depth=0`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : null))
      .then((doc: { reviewLog?: Entry[] } | null) => setEntries(doc?.reviewLog ?? []))
      .catch(() => setEntries([]))
  }, [api, collectionSlug, id, updatedAt])

  if (!id) return null
  return (
    <div className="field-type review-log" style={{ marginTop: 'calc(var(--base) * 2)' }}>
      <h3 style={{ marginBottom: 8 }}>审签记录</h3>
      {entries.length === 0 ? (
        <p style={{ opacity: 0.7 }}>尚无审核记录。</p>
      ) : (
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              {['时间', '操作', '阶段', '操作人', '意见'].map((h) => (
                <th key={h} style={{ textAlign: 'left', borderBottom: '1px solid var(--theme-elevation-150)', padding: 4 }}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entries.map((e, i) => (
              <tr key={e.id ?? i}>
                <td style={{ padding: 4, whiteSpace: 'nowrap' }}>{e.at ? new Date(e.at).toLocaleString('zh-CN') : ''}</td>
                <td style={{ padding: 4 }}>
                  {e.action}
                  {e.proofPass ? `（${e.proofPass}）` : ''}
                </td>
                <td style={{ padding: 4 }}>
                  {e.from ? STAGE_LABELS[e.from]?.zh : ''} → {e.to ? STAGE_LABELS[e.to]?.zh : ''}
                </td>
                <td style={{ padding: 4 }}>
                  {e.userName}（{roleLabel(e.role)}）
                </td>
                <td style={{ padding: 4, whiteSpace: 'pre-wrap' }}>
                  {e.comment}
                  {e.warnings ? `\n⚠ 敏感词提示：\n${e.warnings}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p style={{ marginTop: 8 }}>
        <a href={`${api}/${collectionSlug}/${id}/signoff`} target="_blank" rel="noopener noreferrer">
          打印审签单
        </a>
      </p>
    </div>
  )
}
