'use client'
/** Payload's publish button, shown only to those who may publish (终审 and administrators). */
import { PublishButton as DefaultPublishButton, useAuth } from '@payloadcms/ui'

export function PublishButton() {
  const { user } = useAuth()
  const roles: string[] = (user as { roles?: string[] } | null)?.roles ?? []
  if (!roles.includes('admin') && !roles.includes('chief-editor')) return null
  return <DefaultPublishButton />
}
