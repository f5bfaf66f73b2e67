// File names a clumsy or hostile uploader sends (#, ?, %, spaces, quotes, <>, backslashes, leading
// dots, control characters, the RTL override, Windows device names, 80 Chinese characters, NFD)
// are stored under a safe, short name that keeps the Chinese, so the original and every size can
// be fetched by the API file route and by the static site (publisher links + Picture URLs +
// serveSite). A file missing on disk answers 404 with a message, not 500.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { jpegFile, mp4File, type UploadFile } from '../fixtures/media/make'
import { startPayload, type TestPayload } from '../helpers/payload'
import { fallbackFilename } from '../../src/media/derivatives'
import { NAME_STEM_MAX_BYTES } from '../../src/media/limits'
import { mediaUploadConfig } from '../../src/media/uploadConfig'
import { safeFileName } from '../../src/lib/files'
import { serveSite } from '../../src/publish/siteFiles'
import { mediaPath } from '../../src/site/components/Picture'

type MediaDoc = { id: number; filename: string; url: string; mimeType: string; sizes: Record<string, { filename: string; url: string }> }

const PASSWORD = 'upload-names-password'
/** Safe on every file system, in a URL path segment once percent-encoded, and not a dot-file. */
const SAFE_NAME = /^[\p{L}\p{N}\p{M}_][\p{L}\p{N}\p{M}_.-]*\.[a-z0-9]+$/u
/** Under eCryptfs' 143-byte limit, far under the usual 255, suffixes included. */
const MAX_NAME_BYTES = 143

let t: TestPayload
let payload: Payload
let mediaDir: string
let token = ''
let photo: UploadFile

async function restUpload(file: UploadFile, name: string) {
  const form = new FormData()
  form.append('_payload', JSON.stringify({ alt: '文件名测试' }))
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), name)
  const request = new Request('http://localhost/api/media', { method: 'POST', body: form, headers: { Authorization: `JWT ${token}` } })
  const response = await handleEndpoints({ config: t.config, request, payloadInstanceCacheKey: t.key })
  return { status: response.status, body: (await response.json()) as { doc?: MediaDoc; errors?: { message: string }[] } }
}

async function apiGet(url: string) {
  const request = new Request(`http://localhost${url}`, { headers: { Authorization: `JWT ${token}` } })
  return handleEndpoints({ config: t.config, request, payloadInstanceCacheKey: t.key })
}

/** Every stored file of a media document: the original, each size and its JPEG fallback. */
const filesOf = (doc: MediaDoc) => [doc.filename, ...Object.values(doc.sizes ?? {}).flatMap((s) => (s?.filename ? [s.filename, fallbackFilename(s.filename)] : []))]

beforeAll(async () => {
  t = await startPayload(`upload-names-${process.pid}`)
  payload = t.payload
  mediaDir = path.join(t.dir, 'media')
  Object.assign(payload.config.upload, mediaUploadConfig({ MEDIA_UPLOAD_TMP_DIR: path.join(t.dir, 'upload-tmp') }))
  await payload.create({ collection: 'users', data: { email: 'names-admin@example.com', password: PASSWORD, name: '文件名管理员', roles: ['admin'] } })
  token = (await payload.login({ collection: 'users', data: { email: 'names-admin@example.com', password: PASSWORD } })).token as string
  photo = await jpegFile(400, 300)
})

afterAll(async () => {
  await t?.close()
})

const HAN80 = '全国劳动模范和先进工作者表彰大会在京隆重举行习近平总书记亲切会见全体代表并发表重要讲话勉励广大劳动群众弘扬劳模精神劳动精神工匠精神在新征程上建功立业再创佳绩'.slice(0, 80)

const NAMES: [string, string][] = [
  ['#, ? and spaces', '合影 #1 ?final.jpg'],
  ['a percent sign', '100% 满意 %E4%B8.jpg'],
  ['quotes', `"引号" '单引号'.jpg`],
  ['angle brackets', '<script>alert(1)</script>.jpg'],
  ['backslashes', 'C:\\Users\\王\\桌面\\工地.jpg'],
  ['a leading dot', '.hidden.jpg'],
  ['only dots and an extension', '...jpg'],
  ['the RTL override', 'report\u202Egpj.exe.jpg'],
  ['a Windows device name', 'CON.jpg'],
  ['another Windows device name', 'lpt1.JPG'],
  ['80 Chinese characters', `${HAN80}.jpg`],
  ['300 ASCII letters', `${'a'.repeat(300)}.jpg`],
  ['a decomposed (NFD) accent', 'cafe\u0301 合影.jpg'],
  ['nothing but unsafe characters', '???<>|.jpg'],
  ['zero-width and BOM characters', '\ufeff劳\u200b模\u200d.jpg'],
]

describe('upload names the site cannot serve', () => {
  it.each(NAMES)('stores a photo named with %s under a safe, servable name', async (_what, name) => {
    const { status, body } = await restUpload(photo, name)
    expect(status, JSON.stringify(body.errors)).toBe(201)
    const doc = body.doc!
    for (const file of filesOf(doc)) {
      expect(file).toMatch(SAFE_NAME)
      expect(file.normalize('NFC')).toBe(file)
      expect(Buffer.byteLength(file), file).toBeLessThanOrEqual(MAX_NAME_BYTES)
      expect(fs.existsSync(path.join(mediaDir, file)), file).toBe(true)
    }
  })

  it('keeps the Chinese characters of a long name and shortens it at a character boundary', async () => {
    const { body } = await restUpload(photo, `${HAN80}.jpg`)
    const stem = body.doc!.filename.replace(/\.jpg$/, '')
    expect(HAN80.startsWith(stem.replace(/-\d+$/, ''))).toBe(true)
    expect(Buffer.byteLength(stem.replace(/-\d+$/, ''))).toBeLessThanOrEqual(NAME_STEM_MAX_BYTES)
    expect(stem.length).toBeGreaterThanOrEqual(20)
  })

  it('keeps readable parts of the name: Chinese, digits and the extension', async () => {
    const { body } = await restUpload(photo, '合影 #1 ?final.jpg')
    expect(body.doc!.filename).toMatch(/^合影-1-final(-\d+)?\.jpg$/)
    const rtl = await restUpload(photo, 'report\u202Egpj.exe.jpg')
    expect(rtl.body.doc!.filename).not.toMatch(/\u202e/)
    expect(rtl.body.doc!.filename).toMatch(/^report/)
  })

  it('serves the original and every size by the API file route and by the static site', async () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'union-cms-names-site-'))
    try {
      fs.mkdirSync(path.join(site, 'media'))
      for (const [, name] of NAMES) {
        const { body } = await restUpload(photo, name)
        const doc = body.doc!
        // The API's own URLs for the original and the sizes.
        for (const url of [doc.url, ...Object.values(doc.sizes).map((s) => s.url)]) {
          const response = await apiGet(new URL(url, 'http://localhost').pathname)
          expect(response.status, `${name}: ${url}`).toBe(200)
          expect(response.headers.get('content-type')).toMatch(/^image\//)
        }
        // The publisher links media files into the site under their stored names; pages link them by mediaPath.
        for (const file of filesOf(doc)) {
          fs.linkSync(path.join(mediaDir, file), path.join(site, 'media', file))
          const response = serveSite(site, new Request(`http://localhost${mediaPath(file)}`))
          expect(response.status, `${name}: ${mediaPath(file)}`).toBe(200)
          await response.arrayBuffer()
        }
      }
    } finally {
      fs.rmSync(site, { recursive: true, force: true })
    }
  })

  it('stores a video with a hostile name under a safe name too', async () => {
    const video = mp4File()
    const { status, body } = await restUpload(video, '宣传片 #2 <终版>.mp4')
    expect(status).toBe(201)
    expect(body.doc!.filename).toMatch(/^宣传片-2-终版(-\d+)?\.mp4$/)
  })

  it('stores a Local API upload (bulk import, seed) under a safe name as well, control characters dropped', async () => {
    const doc = (await payload.create({ collection: 'media', data: { alt: '本地上传' }, file: { ...photo, name: '本地 #3.jpg' } })) as unknown as MediaDoc
    expect(doc.filename).toMatch(/^本地-3(-\d+)?\.jpg$/)
    // A browser's multipart body cannot carry these (Payload answers the malformed part header itself).
    const ctrl = (await payload.create({ collection: 'media', data: { alt: '控制字符' }, file: { ...photo, name: 'ctrl\u0001\u001f\u007f\u0085名.jpg' } })) as unknown as MediaDoc
    expect(ctrl.filename).toMatch(/^ctrl名(-\d+)?\.jpg$/)
  })
})

describe('safeFileName', () => {
  it.each([
    ['合影 #1 ?final.jpg', 'jpg', '合影-1-final.jpg'],
    ['a/b/../../etc/passwd.jpg', 'jpg', 'passwd.jpg'],
    ['..\\..\\win.ini.jpg', 'jpg', 'win.ini.jpg'],
    ['.env.jpg', 'jpg', 'env.jpg'],
    ['NUL.jpg', 'jpg', 'NUL-file.jpg'],
    ['com1.tar.jpg', 'jpg', 'com1-file.tar.jpg'],
    ['ＡＢＣ　全角.jpg', 'jpg', 'ＡＢＣ-全角.jpg'],
    ['photo', 'jpg', 'photo.jpg'],
    ['', 'jpg', 'photo.jpg'],
    ['???.JPG', 'jpg', 'photo.jpg'],
    ['x\ud800y.jpg', 'jpg', 'xy.jpg'],
  ])('turns %j (.%s) into %j', (raw, ext, expected) => {
    expect(safeFileName(raw, ext, 'photo', NAME_STEM_MAX_BYTES)).toBe(expected)
  })

  it('caps the name part at NAME_STEM_MAX_BYTES bytes without splitting a character', () => {
    const name = safeFileName(`${'工'.repeat(200)}.jpg`, 'jpg', 'photo', NAME_STEM_MAX_BYTES)
    expect(Buffer.byteLength(name.replace(/\.jpg$/, ''))).toBeLessThanOrEqual(NAME_STEM_MAX_BYTES)
    expect(name).toMatch(/^工+\.jpg$/)
    const mixed = safeFileName(`${'a'.repeat(NAME_STEM_MAX_BYTES - 1)}工工.jpg`, 'jpg', 'photo', NAME_STEM_MAX_BYTES)
    expect(mixed).toBe(`${'a'.repeat(NAME_STEM_MAX_BYTES - 1)}.jpg`)
  })
})

describe('files missing on disk', () => {
  it('answers 404 with a message, not 500, when the original was deleted behind Payload’s back', async () => {
    const { body } = await restUpload(photo, '将被删除.jpg')
    const doc = body.doc!
    fs.rmSync(path.join(mediaDir, doc.filename))
    const response = await apiGet(`/api/media/file/${encodeURIComponent(doc.filename)}`)
    expect(response.status).toBe(404)
    const json = (await response.json()) as { errors: { message: string }[] }
    expect(json.errors[0]!.message).toMatch(/文件不存在|找不到/)
  })

  it('answers 404, not 500, for a file name that cannot exist (NUL byte, over-long, through a file)', async () => {
    const { body } = await restUpload(photo, 'existing.jpg')
    for (const name of ['a\u0000b.jpg', `${'长'.repeat(200)}.jpg`, `${body.doc!.filename}/x.jpg`, 'nothing-here.jpg']) {
      const response = await apiGet(`/api/media/file/${encodeURIComponent(name)}`)
      expect(response.status, JSON.stringify(name.slice(0, 20))).toBe(404)
    }
  })
})
