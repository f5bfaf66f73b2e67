// Media in an object store (src/media/storage.ts, files.ts, s3Client.ts) against a real
// S3-compatible server the test starts (s3rver on 127.0.0.1, tests/helpers/s3Server.ts), with the
// demo content seeded through it: a photo's original, WebP sizes and JPEG fallbacks are in the
// bucket and nowhere on the disk, served by /api/media/file/<name> with access control, deleted
// with the photo; the published site copies its photos out of the bucket, or links them at
// MEDIA_S3_PUBLIC_URL; the WeChat push reads them from the bucket; and a store that is down, hangs,
// lacks the bucket or refuses the key stops the start within seconds, saying which store, never the secret.
import fs from 'node:fs'
import path from 'node:path'

import { parse } from 'node-html-parser'
import { getPayload, handleEndpoints } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { jpegFile, type UploadFile } from '../fixtures/media/make'
import { importConfig, prepareTempEnv, rest, startPayload, type TestPayload } from '../helpers/payload'
import { closedPort, silentServer, startS3Server, type S3Server } from '../helpers/s3Server'
import { startWeChatStandIn, type WeChatStandIn } from '../helpers/wechatStandIn'

const BUCKET = 'union-media'
const PREFIX = 'media'
const PUBLIC_URL = 'https://img.example.org'
/** s3rver's secret: the refusals below must not show it. */
const SECRET = 'S3RVER'

type MediaDoc = { id: number; filename: string; url: string; sizes: Record<string, { filename: string; url: string; fallbackURL: string }> }

let s3: S3Server
let t: TestPayload
let wechat: WeChatStandIn
let publishSite: typeof import('../../src/publish/publisher').publishSite
let closeSearch: () => Promise<void>
let siteDir: string
const tokens: Record<string, string> = {}
const settingsSet: string[] = []

function setEnv(values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    process.env[name] = value
    settingsSet.push(name)
  }
}

/** Every file of a photo: the original, each size's WebP and its JPEG fallback. */
const filesOf = (doc: MediaDoc) => [...new Set([doc.filename, ...Object.values(doc.sizes).flatMap((s) => [s.filename, s.filename.replace(/\.webp$/, '.jpg')])])].sort()
const keyOf = (name: string) => `${PREFIX}/${name}`
const localMedia = () => path.join(t.dir, 'media')

async function restUpload(file: UploadFile) {
  const form = new FormData()
  form.append('_payload', JSON.stringify({ alt: '接口上传' }))
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
  const request = new Request('http://localhost/api/media', { method: 'POST', body: form, headers: { Authorization: `JWT ${tokens.admin}` } })
  const response = await handleEndpoints({ config: t.config, request, payloadInstanceCacheKey: t.key })
  return { status: response.status, body: (await response.json()) as { doc: MediaDoc } }
}

async function fetchFile(name: string, token?: string, query = '') {
  const request = new Request(`http://localhost/api/media/file/${encodeURIComponent(name)}${query}`, { headers: token ? { Authorization: `JWT ${token}` } : {} })
  return handleEndpoints({ config: t.config, request, payloadInstanceCacheKey: t.key })
}

/** Every photo address of every page of the live site: img src, srcset entries, og:image. */
function photoAddresses(): string[] {
  const out = new Set<string>()
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name)
      if (e.isSymbolicLink() || e.name === 'media') continue
      if (e.isDirectory()) walk(p)
      else if (e.name.endsWith('.html')) {
        const html = parse(fs.readFileSync(p, 'utf8'))
        for (const img of html.querySelectorAll('img')) out.add(img.getAttribute('src')!)
        for (const source of html.querySelectorAll('source')) for (const part of (source.getAttribute('srcset') ?? '').split(',')) out.add(part.trim().split(/\s+/)[0]!)
        for (const meta of html.querySelectorAll('meta[property="og:image"]')) out.add(meta.getAttribute('content')!)
      }
    }
  }
  walk(fs.realpathSync(siteDir))
  return [...out].filter((a) => a && /\.(jpe?g|png|webp|avif)$/i.test(a)).sort()
}

beforeAll(async () => {
  s3 = await startS3Server([BUCKET, 'other-bucket'])
  setEnv(s3.env(BUCKET, { MEDIA_S3_PREFIX: PREFIX }))
  t = await startPayload('s3')
  siteDir = path.join(t.dir, 'site')
  setEnv({ SITE_DIR: siteDir, SITE_URL: 'https://www.example.org' })
  const { seed, DEMO_LOGINS } = await import('../../src/seed')
  await seed(t.payload)
  for (const login of DEMO_LOGINS) tokens[login.role] = (await t.payload.login({ collection: 'users', data: { email: login.email, password: login.password } })).token!
  ;({ publishSite } = await import('../../src/publish/publisher'))
  ;({ closeSearch } = await import('../../src/publish/search'))
}, 300_000)

afterAll(async () => {
  await closeSearch?.()
  await wechat?.close()
  await t?.close()
  await s3?.close()
  for (const name of settingsSet) delete process.env[name]
})

describe('photos in the bucket', () => {
  let uploaded: MediaDoc

  it('keeps the seeded photos in the bucket under MEDIA_S3_PREFIX, and nothing in the local media/', async () => {
    const { docs } = await t.payload.find({ collection: 'media', pagination: false, depth: 0 })
    expect(docs.length).toBeGreaterThan(5)
    const keys = new Set(await s3.keys(BUCKET))
    for (const doc of docs as unknown as MediaDoc[]) for (const name of filesOf(doc)) expect(keys.has(keyOf(name)), name).toBe(true)
    expect(fs.existsSync(localMedia())).toBe(false)
    // The start-up check's probe object was deleted again.
    expect([...keys].filter((k) => k.includes('start-check'))).toEqual([])
  })

  it('stores an upload sent through the REST API (streamed from a temporary file) byte for byte: original, five WebP sizes and their JPEG fallbacks', async () => {
    const file = await jpegFile(2400, 1600, 'bucket-photo.jpg')
    const reply = await restUpload(file)
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    uploaded = reply.body.doc
    const keys = await s3.keys(BUCKET)
    const mine = filesOf(uploaded)
    expect(mine.filter((n) => n.endsWith('.webp'))).toHaveLength(5)
    expect(mine.filter((n) => n.endsWith('.jpg') && n !== uploaded.filename)).toHaveLength(5)
    for (const name of mine) expect(keys, name).toContain(keyOf(name))
    // Whole files, not S3 chunk framing (what the SDK's default checksums make some stores keep):
    // every one decodes, at the size its name says.
    for (const name of mine) {
      const data = (await s3.get(BUCKET, keyOf(name)))!
      const meta = await sharp(data).metadata()
      const dims = name.match(/-(\d+)x(\d+)\.(webp|jpg)$/)
      if (dims) expect(`${meta.width}x${meta.height}`, name).toBe(`${dims[1]}x${dims[2]}`)
      expect(meta.format, name).toBe(name.endsWith('.webp') ? 'webp' : 'jpeg')
    }
    expect(fs.existsSync(localMedia())).toBe(false)
  })

  it('serves the original, a WebP size and its JPEG fallback at /api/media/file/<name> from the bucket, to staff only while no live piece uses the photo', async () => {
    const size = uploaded.sizes.card!
    expect(size.fallbackURL).toBe(`/api/media/file/${size.filename.replace(/\.webp$/, '.jpg')}`)
    for (const name of [uploaded.filename, size.filename, size.filename.replace(/\.webp$/, '.jpg')]) {
      const answer = await fetchFile(name, tokens.editor)
      expect(answer.status, name).toBe(200)
      expect(Buffer.from(await answer.arrayBuffer()).equals((await s3.get(BUCKET, keyOf(name)))!), name).toBe(true)
      const anonymous = await fetchFile(name)
      expect(anonymous.status, `${name} without a login`).toBe(403)
      await anonymous.body?.cancel()
    }
    // A range, as video players ask.
    const part = await handleEndpoints({ config: t.config, request: new Request(`http://localhost/api/media/file/${uploaded.filename}`, { headers: { Authorization: `JWT ${tokens.editor}`, Range: 'bytes=0-99' } }), payloadInstanceCacheKey: t.key })
    expect(part.status).toBe(206)
    expect((await part.arrayBuffer()).byteLength).toBe(100)
    expect((await fetchFile('no-such-photo.jpg', tokens.editor)).status).toBe(404)
  })

  it('re-crops from the bucket when the focal point moves, replacing the sizes there', async () => {
    const before = new Set(await s3.keys(BUCKET))
    const card = (await s3.get(BUCKET, keyOf(uploaded.sizes.card!.filename)))!
    const moved = (await t.payload.update({ collection: 'media', id: uploaded.id, data: { focalX: 5, focalY: 50 }, overrideAccess: true })) as unknown as MediaDoc
    const after = await s3.keys(BUCKET)
    for (const name of filesOf(moved)) expect(after, name).toContain(keyOf(name))
    expect(after.length).toBe(before.size)
    expect((await s3.get(BUCKET, keyOf(moved.sizes.card!.filename)))!.equals(card)).toBe(false)
    uploaded = moved
  })

  it('deletes every object of a photo with it', async () => {
    await t.payload.delete({ collection: 'media', id: uploaded.id, overrideAccess: true })
    const keys = await s3.keys(BUCKET)
    for (const name of filesOf(uploaded)) expect(keys, name).not.toContain(keyOf(name))
  })
})

describe('the published site', () => {
  it('copies the photos its pages show out of the bucket (there is no local media/)', async () => {
    expect(fs.existsSync(localMedia())).toBe(false)
    await publishSite(t.payload)
    const addresses = photoAddresses()
    expect(addresses.length).toBeGreaterThan(10)
    for (const address of addresses) {
      const local = address.replace(/^https:\/\/www\.example\.org/, '')
      expect(local, address).toMatch(/^\/media\//)
      const name = decodeURIComponent(local.slice('/media/'.length))
      const copy = path.join(siteDir, 'media', name)
      expect(fs.existsSync(copy), name).toBe(true)
      expect(fs.readFileSync(copy).equals((await s3.get(BUCKET, keyOf(name)))!), name).toBe(true)
    }
  })

  it('links, instead of downloading again, the photos unchanged since the live build', async () => {
    const before = fs.realpathSync(siteDir)
    const name = fs.readdirSync(path.join(before, 'media'))[0]!
    // An edit, so there is a new build (with unit sites, a site nothing changed on keeps its build).
    const { docs } = await t.payload.find({ collection: 'topics', limit: 1, depth: 0 })
    await t.payload.update({ collection: 'topics', id: docs[0]!.id, data: { name: `${(docs[0] as { name: string }).name}·` } })
    await publishSite(t.payload)
    const after = fs.realpathSync(siteDir)
    expect(after).not.toBe(before)
    expect(fs.statSync(path.join(after, 'media', name)).ino).toBe(fs.statSync(path.join(before, 'media', name)).ino)
  })

  it('links every photo at MEDIA_S3_PUBLIC_URL when it is set, each address an object in the bucket, and copies none', async () => {
    process.env.MEDIA_S3_PUBLIC_URL = PUBLIC_URL
    try {
      await publishSite(t.payload)
      const addresses = photoAddresses()
      expect(addresses.length).toBeGreaterThan(10)
      const keys = new Set(await s3.keys(BUCKET))
      for (const address of addresses) {
        expect(address.startsWith(`${PUBLIC_URL}/${PREFIX}/`), address).toBe(true)
        expect(keys.has(decodeURIComponent(address.slice(PUBLIC_URL.length + 1))), address).toBe(true)
      }
      expect(fs.existsSync(path.join(siteDir, 'media'))).toBe(false)
      // The API's addresses agree with the pages'.
      const { docs } = await t.payload.find({ collection: 'media', limit: 1, depth: 0 })
      const doc = docs[0] as unknown as MediaDoc
      expect(doc.sizes.card!.url).toBe(`${PUBLIC_URL}/${PREFIX}/${encodeURIComponent(doc.sizes.card!.filename)}`)
      expect(doc.sizes.card!.fallbackURL).toBe(`${PUBLIC_URL}/${PREFIX}/${encodeURIComponent(doc.sizes.card!.filename.replace(/\.webp$/, '.jpg'))}`)
    } finally {
      delete process.env.MEDIA_S3_PUBLIC_URL
    }
  })
})

describe('the WeChat push', () => {
  it('sends the photos of a live story to WeChat from the bucket', async () => {
    const APP = { appId: 'wx-test-s3', appSecret: 'test-secret-s3-0123456789' }
    wechat = await startWeChatStandIn(APP)
    setEnv({ WECHAT_APP_ID: APP.appId, WECHAT_APP_SECRET: APP.appSecret, WECHAT_API_BASE: wechat.url })
    const { docs } = await t.payload.find({ collection: 'articles', where: { _status: { equals: 'published' } }, depth: 0, limit: 100, overrideAccess: true })
    const story = (docs as unknown as { id: number; title: string; body?: unknown }[]).find((d) => JSON.stringify(d.body ?? '').includes('"blockType":"photo"') && [...d.title].length <= 32)!
    expect(story).toBeTruthy()
    expect(fs.existsSync(localMedia())).toBe(false)
    const reply = await rest<{ state?: string; photos?: { sent: number } }>(t, 'POST', `/api/articles/${story.id}/wechat`, { token: tokens['chief-editor'] })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(reply.body.photos?.sent).toBeGreaterThan(0)
    expect(wechat.state.calls.uploadimg).toBeGreaterThan(0)
    expect(wechat.state.refusals).toEqual([])
  })
})

/** Boot Payload with these MEDIA_S3_* settings; the time getPayload took to fail, and its error. */
async function failedStart(key: string, env: Record<string, string>): Promise<{ ms: number; error: Error }> {
  const saved = { ...process.env }
  Object.assign(process.env, env)
  const dir = prepareTempEnv(key)
  try {
    const config = await importConfig()
    const started = Date.now()
    try {
      await getPayload({ config: { ...config, typescript: { ...config.typescript, autoGenerate: false } }, key })
    } catch (err) {
      return { ms: Date.now() - started, error: err as Error }
    }
    throw new Error(`Payload started with ${JSON.stringify(env)}`)
  } finally {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
    Object.assign(process.env, saved)
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

describe('a store that cannot be used stops the start', () => {
  const secretHidden = (error: Error) => expect(error.message).not.toContain(SECRET)

  it('refuses a store that is down within seconds, naming its address and bucket', async () => {
    const port = await closedPort()
    const endpoint = `http://127.0.0.1:${port}`
    const { ms, error } = await failedStart('s3-down', { MEDIA_S3_ENDPOINT: endpoint, MEDIA_S3_SECRET_ACCESS_KEY: 'a-secret-that-must-not-show' })
    expect(ms).toBeLessThan(5_000)
    expect(error.name).toBe('MediaStoreError')
    expect(error.message).toContain('媒体文件存储不可用')
    expect(error.message).toContain(endpoint)
    expect(error.message).toContain(`「${BUCKET}」`)
    expect(error.message).toContain('ECONNREFUSED')
    expect(error.message).toContain('MEDIA_S3_ENDPOINT')
    expect(error.message).not.toContain('a-secret-that-must-not-show')
  })

  it('refuses a store that accepts connections and never answers within about 5 s', async () => {
    const silent = await silentServer()
    try {
      const { ms, error } = await failedStart('s3-silent', { MEDIA_S3_ENDPOINT: silent.url })
      expect(ms).toBeLessThan(6_500)
      expect(error.message).toContain(silent.url)
      expect(error.message).toMatch(/秒内没有应答/)
      secretHidden(error)
    } finally {
      await silent.close()
    }
  })

  it('refuses a bucket the store does not have, at start rather than at the first upload', async () => {
    const { error } = await failedStart('s3-no-bucket', { MEDIA_S3_BUCKET: 'no-such-bucket' })
    expect(error.message).toContain('「no-such-bucket」')
    expect(error.message).toContain('存储桶不存在')
    expect(error.message).toContain('MEDIA_S3_BUCKET')
    secretHidden(error)
  })

  it('refuses an access key ID the store does not know (s3rver does not check v4 signatures, so a wrong secret alone cannot be tested here)', async () => {
    const { error } = await failedStart('s3-bad-key', { MEDIA_S3_ACCESS_KEY_ID: 'NOT-A-KEY', MEDIA_S3_SECRET_ACCESS_KEY: 'wrong-secret-value' })
    expect(error.message).toContain('访问密钥被拒绝')
    expect(error.message).toContain('MEDIA_S3_ACCESS_KEY_ID')
    expect(error.message).not.toContain('wrong-secret-value')
    // The store was not written to by the refused start.
    expect((await s3.keys(BUCKET)).filter((k) => k.includes('start-check'))).toEqual([])
  })
})
