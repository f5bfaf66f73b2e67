'use client'
/**
 * 「报送上级」 beside a published piece's controls, for 终审 and administrators: sends the piece to
 * the unit above (POST /api/submissions/submit). The server decides whether it may
 * (src/federation/rules.ts) and says why not. Shown only when the piece's unit has a unit above:
 * a single office (no units, or one) sees no change.
 */
import { toast, useAuth, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

export function SubmitButton() {
  const { id, collectionSlug, hasPublishedDoc } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const [busy, setBusy] = useState(false)
  const [hasParent, setHasParent] = useState(false)
  const unit = useFormFields(([fields]) => fields.organization?.value) as unknown
  const unitId = unit && typeof unit === 'object' && 'id' in unit ? (unit as { id: unknown }).id : unit
  useEffect(() => {
    if (unitId === null || unitId === undefined || unitId === '') return setHasParent(false)
    let current = true
    // Organizations are public: is there a unit above this piece's unit?
    fetch(`${config.serverURL}${config.routes.api}/organizations/${String(unitId)}?depth=0`, { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : null))
      .then((org) => current && setHasParent(Boolean(org?.parent)))
      .catch(() => current && setHasParent(false))
    return () => {
      current = false
    }
  }, [unitId, config.serverURL, config.routes.api])
  const roles: string[] = (user as { roles?: string[] } | null)?.roles ?? []
  if (!id || !collectionSlug || !hasPublishedDoc || !hasParent || !(roles.includes('admin') || roles.includes('chief-editor'))) return null

  async function submit() {
    const message = window.prompt('报送给上级单位。可填写报送说明（可留空）：', '')
    if (message === null) return
    setBusy(true)
    try {
      const res = await fetch(`${config.serverURL}${config.routes.api}/submissions/submit`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ collection: collectionSlug, id, message }),
      })
      const json = await res.json().catch(() => ({}))
      if (res.ok) toast.success(json.message)
      else toast.error(json?.errors?.[0]?.message ?? '报送没有完成，请稍后再试。')
    } finally {
      setBusy(false)
    }
  }

  return (
    <button type="button" className="btn btn--style-secondary btn--size-medium" disabled={busy} onClick={submit} style={{ margin: 0 }}>
      报送上级
    </button>
  )
}
