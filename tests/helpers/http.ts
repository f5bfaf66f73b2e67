// REST and GraphQL requests against a test instance through Payload's own handlers (no server),
// as the holder of a login token or anonymously: what the access tests send as each user.
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints } from 'payload'

import type { TestPayload } from './payload'

/** An answer: its status, its body as text (`[N bytes]` for a file) and, when it is JSON, parsed. */
export type Reply = { status: number; text: string; json: any }

function parsed(text: string): any {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

/** `method url` with a JSON `body` or a multipart `form`, as `token`'s holder (null: anonymous). */
export async function restCall(t: TestPayload, token: string | null, method: string, url: string, body?: unknown, form?: FormData): Promise<Reply> {
  const headers = new Headers()
  if (token) headers.set('Authorization', `JWT ${token}`)
  let sent: BodyInit | undefined
  if (form) sent = form
  else if (body !== undefined) {
    headers.set('Content-Type', 'application/json')
    sent = JSON.stringify(body)
  }
  const response = await handleEndpoints({ config: t.config, request: new Request(`http://localhost${url}`, { method, headers, body: sent }), payloadInstanceCacheKey: t.key })
  const type = response.headers.get('content-type') ?? ''
  const text = type.includes('json') || type.includes('html') || type.startsWith('text/') || type.includes('csv') ? await response.text() : `[${(await response.arrayBuffer()).byteLength} bytes]`
  return { status: response.status, text, json: parsed(text) }
}

/** A GraphQL query or mutation, as `token`'s holder (null: anonymous). */
export async function graphQLCall(t: TestPayload, token: string | null, query: string, variables?: Record<string, unknown>): Promise<Reply> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (token) headers.Authorization = `JWT ${token}`
  const response = await GRAPHQL_POST(t.config)(new Request('http://localhost/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) }))
  const text = await response.text()
  return { status: response.status, text, json: parsed(text) }
}
