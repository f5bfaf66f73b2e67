'use client'
/**
 * 「合并到保留档案」 beside a profile marked as a possible duplicate: for the federation's 终审 and
 * administrators, merges this profile into the one named in 「可能重复」 (src/records/merge.ts) and
 * opens the kept profile. The server decides who may (src/access/shared.ts); this only hides the
 * button from those it would refuse anyway.
 */
import { toast, useAuth, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

export function MergeButton() {
  const { user } = useAuth()
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const router = useRouter()
  const target = useFormFields(([fields]) => fields.possibleDuplicateOf?.value) as unknown
  const [busy, setBusy] = useState(false)
  const roles: string[] = (user as { roles?: string[] } | null)?.roles ?? []
  const into = target && typeof target === 'object' && 'id' in (target as object) ? (target as { id: unknown }).id : target
  if (!id || into === null || into === undefined || into === '') return null
  if (!roles.includes('admin') && !roles.includes('chief-editor')) return null

  const merge = async () => {
    if (!window.confirm(`把这份档案合并到编号 ${String(into)} 的档案？相关稿件和图片将改为关联保留的档案，荣誉并入，本档案将被删除。此操作记入保留档案的审签记录。`)) return
    setBusy(true)
    try {
      const res = await fetch(`${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/merge`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ into }),
      })
      const body = (await res.json().catch(() => ({}))) as { message?: string; errors?: { message: string }[] }
      if (!res.ok) {
        toast.error(body.errors?.[0]?.message ?? `合并没有完成（${res.status}）。`)
        return
      }
      toast.success(body.message ?? '已合并。')
      router.push(`${config.routes.admin}/collections/${collectionSlug}/${String(into)}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <button type="button" className="btn btn--style-secondary btn--size-medium" disabled={busy} onClick={merge} style={{ margin: 0 }}>
      {busy ? '正在合并…' : '合并到保留档案'}
    </button>
  )
}
