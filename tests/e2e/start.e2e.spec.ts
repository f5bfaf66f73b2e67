// `npm start` end to end: the launcher creates and seeds a fresh database, builds the admin when
// needed, and serves the Chinese admin and the API on the chosen port, the way the README says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startServer, type RunningServer } from '../helpers/server'

let server: RunningServer
let base = ''
const output = () => server.output()
const demoPassword = (email: string) => server.demoPassword(email)

beforeAll(async () => {
  server = await startServer('start')
  base = server.base
}, 420_000)

afterAll(async () => {
  await server?.stop()
})

describe('npm start on a fresh database', () => {
  it('prints the admin URL and the demo logins', () => {
    expect(output()).toContain(`/admin`)
    expect(output()).toMatch(/admin@example\.com/)
  })

  it('serves the admin login page in Chinese', async () => {
    const res = await fetch(`${base}/admin/login`)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toMatch(/<html[^>]*lang="zh"/)
  })

  it('answers in Chinese even when the browser asks for English, until the user picks English', async () => {
    const english = await fetch(`${base}/admin/login`, { headers: { 'Accept-Language': 'en-US,en;q=0.9' } })
    expect(await english.text()).toMatch(/<html[^>]*lang="zh"/)
    const chosen = await fetch(`${base}/admin/login`, { headers: { 'Accept-Language': 'en-US', Cookie: 'payload-lng=en' } })
    expect(await chosen.text()).toMatch(/<html[^>]*lang="en"/)
  })

  it('sends security headers with the admin and the API', async () => {
    for (const url of [`${base}/admin/login`, `${base}/api/articles`]) {
      const res = await fetch(url)
      expect(res.headers.get('x-content-type-options'), url).toBe('nosniff')
      expect(res.headers.get('content-security-policy'), url).toMatch(/frame-ancestors/)
      expect(res.headers.get('referrer-policy'), url).toBe('strict-origin-when-cross-origin')
    }
  })

  it('serves the seeded demo content through the REST API, published only for anonymous readers', async () => {
    const res = await fetch(`${base}/api/articles?limit=100&depth=0`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as { docs: { _status: string }[]; totalDocs: number }
    expect(body.totalDocs).toBeGreaterThanOrEqual(5)
    expect(body.docs.every((d) => d._status === 'published')).toBe(true)
  })

  it('lets the demo administrator log in and see drafts too', async () => {
    const login = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.com', password: demoPassword('admin@example.com') }),
    })
    expect(login.status).toBe(200)
    const { token } = (await login.json()) as { token: string }
    const res = await fetch(`${base}/api/articles?limit=100&depth=0&draft=true`, { headers: { Authorization: `JWT ${token}` } })
    const body = (await res.json()) as { docs: { _status: string }[] }
    expect(body.docs.some((d) => d._status === 'draft')).toBe(true)
  })
})

describe('the public site served by npm start', () => {
  it('serves the published home page at / in Chinese with security headers', async () => {
    const res = await fetch(`${base}/`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    const html = await res.text()
    expect(html).toContain('<html lang="zh-CN">')
  })

  it('serves the site whatever the Host header says, even one that is not a valid host (no 500)', async () => {
    const http = await import('node:http')
    const { port } = new URL(base)
    for (const host of ['a:99999', 'bad host', '']) {
      const status = await new Promise<{ code: number; headers: Record<string, unknown> }>((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port: Number(port), path: '/', method: 'GET', headers: { Host: host }, setHost: false }, (res) => {
          res.resume()
          res.on('end', () => resolve({ code: res.statusCode ?? 0, headers: res.headers }))
        })
        req.on('error', reject)
        req.end()
      })
      expect(status.code, `Host: ${host}`).toBeLessThan(500)
      if (status.code === 200) expect(status.headers['x-content-type-options'], `Host: ${host}`).toBe('nosniff')
    }
  })

  it('answers an unknown page with the 404 page', async () => {
    const res = await fetch(`${base}/articles/no-such-page/`)
    expect(res.status).toBe(404)
    expect(await res.text()).toContain('页面不存在')
  })

  it('puts a document on the site within seconds after the chief editor publishes it', async () => {
    const login = async (email: string) => {
      const res = await fetch(`${base}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password: demoPassword(email) }),
      })
      return ((await res.json()) as { token: string }).token
    }
    const reporter = await login('reporter@example.com')
    const chief = await login('chief@example.com')
    const editor = await login('editor@example.com')
    const call = async (token: string, method: string, url: string, body?: unknown) => {
      const res = await fetch(`${base}${url}`, {
        method,
        headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
        body: body ? JSON.stringify(body) : undefined,
      })
      const json = (await res.json()) as { doc?: { id: number; slug: string }; errors?: unknown }
      expect(res.status, JSON.stringify(json)).toBeLessThan(300)
      return json
    }
    const created = await call(reporter, 'POST', '/api/articles?draft=true', { title: '端到端发布测试稿件' })
    const id = created.doc!.id
    await call(reporter, 'PATCH', `/api/articles/${id}?draft=true`, { reviewStage: 'submitted' })
    await call(editor, 'PATCH', `/api/articles/${id}?draft=true`, { reviewStage: 'edited' })
    await call(chief, 'PATCH', `/api/articles/${id}?draft=true`, { reviewStage: 'approved' })
    await call(chief, 'PATCH', `/api/articles/${id}`, { _status: 'published' })
    const page = `${base}/articles/${created.doc!.slug}/`
    const deadline = Date.now() + 60_000
    let status = 0
    while (Date.now() < deadline) {
      status = (await fetch(page)).status
      if (status === 200) break
      await new Promise((r) => setTimeout(r, 1000))
    }
    expect(status).toBe(200)
    expect(await (await fetch(page)).text()).toContain('端到端发布测试稿件')
  }, 90_000)
})
