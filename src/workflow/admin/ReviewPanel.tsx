'use client'
/**
 * The review chain in the document sidebar: the current stage, and the moves this user may make
 * from it as buttons with a comment box. The server enforces the same rules (enforceReviewChain);
 * this panel only offers what would be accepted.
 */
import { toast, useAuth, useConfig, useDocumentInfo, useField, useFormModified } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { checkMove, checkOwnReview, PROOF_PASSES, STAGE_LABELS, TRANSITIONS, type Stage } from '../stages'

const MOVE_LABELS: Record<string, string> = {
  'draft>submitted': '提交审核',
  'returned>submitted': '修改完毕，重新提交',
  'submitted>edited': '初审通过，送终审',
  'submitted>returned': '退回修改',
  'edited>approved': '终审通过',
  'edited>returned': '退回修改',
  'approved>draft': '退回重开（管理员）',
}

export function ReviewPanel({ path = 'reviewStage' }: { path?: string }) {
  const { value } = useField<Stage>({ path })
  const { id, collectionSlug, savedDocumentData } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const modified = useFormModified()
  const router = useRouter()
  const [comment, setComment] = useState('')
  const [proofPass, setProofPass] = useState('')
  const [busy, setBusy] = useState(false)

  const stage: Stage = value ?? 'draft'
  const roles: string[] = (user as { roles?: string[] } | null)?.roles ?? []
  const createdBy = (savedDocumentData as { createdBy?: unknown } | undefined)?.createdBy
  const authorId = typeof createdBy === 'object' && createdBy ? (createdBy as { id: unknown }).id : createdBy
  const isAuthor = user && String(authorId) === String(user.id)
  const isAdmin = roles.includes('admin')

  // The buttons are the moves the server would allow (the same rules, src/workflow/stages.ts):
  // one per target stage, none for a review decision on one's own piece.
  const who = { roles, isAuthor: Boolean(isAuthor) }
  const targets = [...new Set(TRANSITIONS.filter((t) => t.from === stage).map((t) => t.to))]
  const moves = targets
    .filter((to) => checkMove(stage, to, who, '（意见）').ok)
    .map((to) => ({ to, commentRequired: TRANSITIONS.some((t) => t.from === stage && t.to === to && t.commentRequired), key: `${stage}>${to}` }))
  const ownReview = targets.map((to) => checkOwnReview(to, who)).find((d) => !d.ok)
  if (isAdmin && stage === 'approved') moves.push({ to: 'draft', commentRequired: false, key: 'approved>draft' })

  async function move(to: Stage, commentRequired: boolean) {
    if (modified) {
      toast.error('有尚未保存的修改，请先点击“保存草稿”，再进行审核流转。')
      return
    }
    if (commentRequired && !comment.trim()) {
      toast.error('退回时请填写退回意见，说明需要修改的地方。')
      return
    }
    setBusy(true)
    try {
      const res = await fetch(`${config.serverURL}${config.routes.api}/${collectionSlug}/${id}?draft=true&depth=0`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ reviewStage: to, reviewComment: comment || null, proofPass: proofPass || null }),
      })
      const body = (await res.json().catch(() => ({}))) as { errors?: { message: string }[]; message?: string }
      if (!res.ok) {
        toast.error(body.errors?.[0]?.message ?? '操作未成功，请刷新页面后重试。')
        return
      }
      toast.success(`已改为「${STAGE_LABELS[to].zh}」`)
      setComment('')
      setProofPass('')
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type review-panel" style={{ marginBottom: 'var(--base)' }}>
      <div className="field-label">审核阶段</div>
      <div style={{ fontSize: '1.1rem', fontWeight: 600, margin: '4px 0 8px' }}>{STAGE_LABELS[stage].zh}</div>
      {!id ? (
        <p style={{ opacity: 0.7 }}>保存草稿后即可提交审核。</p>
      ) : moves.length === 0 ? (
        <p style={{ opacity: 0.7 }}>
          {stage === 'approved' && (isAdmin || roles.includes('chief-editor'))
            ? '已终审通过：可点击右上角「发布」立即发布，或在其下拉菜单中选择「预约发布」。'
            : '当前阶段您没有可执行的审核操作。'}
        </p>
      ) : (
        <>
          <textarea
            aria-label="审核意见"
            placeholder="审核意见（退回时必填）"
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            rows={3}
            style={{ width: '100%', marginBottom: 6 }}
          />
          {(roles.includes('editor') || roles.includes('chief-editor') || isAdmin) && (
            <select aria-label="校次" value={proofPass} onChange={(e) => setProofPass(e.target.value)} style={{ marginBottom: 6 }}>
              <option value="">校次（可选）</option>
              {Object.entries(PROOF_PASSES).map(([value, zh]) => (
                <option key={value} value={value}>
                  {zh}
                </option>
              ))}
            </select>
          )}
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
            {moves.map((m) => (
              <button
                key={m.key}
                type="button"
                className={`btn btn--size-small ${m.to === 'returned' ? 'btn--style-secondary' : 'btn--style-primary'}`}
                disabled={busy}
                onClick={() => move(m.to, m.commentRequired)}
              >
                {MOVE_LABELS[m.key] ?? STAGE_LABELS[m.to].zh}
              </button>
            ))}
          </div>
        </>
      )}
      {id && ownReview && !ownReview.ok ? <p style={{ opacity: 0.7, marginTop: 6 }}>{ownReview.message}</p> : null}
    </div>
  )
}
