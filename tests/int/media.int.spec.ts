// The media library on a temporary SQLite database: uploads are typed by content and refused with
// the right 4xx (leaving no file behind), photos are stored upright and without EXIF/XMP/IPTC in
// the original and every derivative, caption and credit come from the photo's metadata, sizes are
// WebP plus JPEG cropped around the focal point, video is served with range requests, galleries
// take photos in bulk, and publishing refuses photos without alt text.
import fs from 'node:fs'
import path from 'node:path'

import exifr from 'exifr'
import { handleEndpoints, type Payload, ValidationError } from 'payload'
import sharp from 'sharp'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import {
  hugePng,
  htmlAsJpeg,
  jpegFile,
  mp4File,
  privatePhoto,
  svgFile,
  textAsMp4,
  truncatedJpeg,
  type UploadFile,
  webmFile,
  zipAsPng,
} from '../fixtures/media/make'
import { startPayload, type TestPayload } from '../helpers/payload'
import { mediaUploadConfig } from '../../src/media/uploadConfig'

type Size = { url: string; fallbackURL: string; width: number; height: number; mimeType: string; filename: string; filesize: number }
type MediaDoc = {
  id: number
  filename: string
  mimeType: string
  width: number
  height: number
  caption?: string | null
  credit?: string | null
  alt?: string | null
  focalX?: number
  focalY?: number
  sizes: Record<string, Size>
}

const SIZE_NAMES = ['card', 'feature', 'hero', 'social', 'thumbnail']
const PASSWORD = 'media-test-password'

let t: TestPayload
let payload: Payload
let mediaDir: string
let tempDir: string
let token = ''

const listDir = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [])
const read = (name: string) => fs.readFileSync(path.join(mediaDir, name))

async function upload(file: UploadFile, data: Record<string, unknown> = { alt: '测试图片' }): Promise<MediaDoc> {
  return (await payload.create({ collection: 'media', data, file })) as unknown as MediaDoc
}

async function refusal(promise: Promise<unknown>): Promise<ValidationError & { status: number }> {
  try {
    await promise
  } catch (err) {
    return err as ValidationError & { status: number }
  }
  throw new Error('expected the upload to be refused, but it was stored')
}

/** Every file of a photo on disk: the original, each size's WebP and its JPEG fallback. */
function filesOf(doc: MediaDoc): string[] {
  const names = new Set([doc.filename])
  for (const size of Object.values(doc.sizes)) {
    names.add(size.filename)
    names.add(size.filename.replace(/\.webp$/, '.jpg'))
  }
  return [...names]
}

/** A multipart upload through the REST API, as the admin sends it. */
async function restUpload(file: UploadFile, fields: Record<string, unknown> = { alt: '接口上传' }) {
  const form = new FormData()
  form.append('_payload', JSON.stringify(fields))
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
  const request = new Request('http://localhost/api/media', { method: 'POST', body: form, headers: { Authorization: `JWT ${token}` } })
  const response = await handleEndpoints({ config: t.config, request, payloadInstanceCacheKey: t.key })
  return { status: response.status, body: (await response.json()) as { doc?: MediaDoc; errors?: { message: string; data?: { errors: { path: string; message: string }[] } }[] } }
}

async function fetchFile(name: string, headers: Record<string, string> = {}) {
  const request = new Request(`http://localhost/api/media/file/${encodeURIComponent(name)}`, { headers })
  return handleEndpoints({ config: t.config, request, payloadInstanceCacheKey: t.key })
}

/** Mean red minus mean blue of an image: positive where the red left half dominates. */
async function redness(image: Buffer): Promise<number> {
  const { channels } = await sharp(image).stats()
  return channels[0].mean - channels[2].mean
}

beforeAll(async () => {
  t = await startPayload(`media-${process.pid}`)
  payload = t.payload
  mediaDir = path.join(t.dir, 'media')
  // Multipart uploads go through temporary files (as src/media/uploadConfig.ts sets up), here in a
  // folder of the test's own, so the tests can see that none is left behind.
  tempDir = path.join(t.dir, 'upload-tmp')
  Object.assign(payload.config.upload, mediaUploadConfig({ MEDIA_UPLOAD_TMP_DIR: tempDir }))
  await payload.create({ collection: 'users', data: { email: 'media-admin@example.com', password: PASSWORD, name: '图片管理员', roles: ['admin'] } })
  const login = await payload.login({ collection: 'users', data: { email: 'media-admin@example.com', password: PASSWORD } })
  token = login.token as string
})

afterAll(async () => {
  await t?.close()
})

describe('privacy', () => {
  let doc: MediaDoc

  beforeAll(async () => {
    doc = await upload(
      await privatePhoto({ iptc: { caption: '▲ 劳模张建国在车间指导青年焊工', credit: '▶ 摄影 王某' }, exif: { description: 'Welding', artist: 'Li Si' } }),
    )
  })

  it('stores a JPEG with GPS EXIF without location or camera data in the original and every size', async () => {
    const files = filesOf(doc)
    expect(files).toHaveLength(11) // original + 5 WebP + 5 JPEG
    for (const name of files) {
      const data = read(name)
      const meta = await sharp(data).metadata()
      expect(meta.exif, `${name}: EXIF`).toBeUndefined()
      expect(meta.xmp, `${name}: XMP`).toBeUndefined()
      expect(meta.iptc, `${name}: IPTC`).toBeUndefined()
      if (meta.format === 'jpeg') {
        // exifr reads JPEG (not WebP): a second opinion on top of sharp's.
        const tags = (await exifr.parse(data, { gps: true, xmp: true, iptc: true, tiff: true, exif: true, icc: false })) ?? {}
        expect(tags.latitude, `${name}: GPS`).toBeUndefined()
        expect(tags.Make, `${name}: camera`).toBeUndefined()
      }
      for (const secret of ['Canon', 'EOS R5', '0123456789', 'GPSLatitude', '31,14.5N']) {
        expect(data.includes(Buffer.from(secret)), `${name} contains ${secret}`).toBe(false)
      }
    }
  })

  it('keeps the pixels of an upright JPEG as they were (only the metadata is removed)', async () => {
    const { width, height } = await sharp(read(doc.filename)).metadata()
    expect([width, height, doc.width, doc.height]).toEqual([1600, 1200, 1600, 1200])
  })

  it('turns a photo taken sideways upright before storing it and its sizes', async () => {
    const sideways = await upload(await privatePhoto({ orientation: 6, width: 600, height: 400, name: 'sideways.jpg' }))
    expect([sideways.width, sideways.height]).toEqual([400, 600])
    const original = await sharp(read(sideways.filename)).metadata()
    expect([original.width, original.height, original.orientation]).toEqual([400, 600, undefined])
    expect([sideways.sizes.feature.width, sideways.sizes.feature.height]).toEqual([400, 600])
    // The red half was on the left before the turn, so it is at the top now.
    const top = await sharp(read(sideways.filename)).extract({ left: 0, top: 0, width: 400, height: 200 }).toBuffer()
    expect(await redness(top)).toBeGreaterThan(50)
  })
})

describe('uploads through the REST API (temporary files)', () => {
  it('stores a photo sent by the admin cleaned, with its caption, and leaves no temporary file', async () => {
    const res = await restUpload(await privatePhoto({ name: 'from-admin.jpg', iptc: { caption: '▲ 后台上传的照片', credit: '摄影 后台' } }))
    expect(res.status).toBe(201)
    const doc = res.body.doc as MediaDoc
    expect(doc).toMatchObject({ filename: 'from-admin.jpg', caption: '后台上传的照片', credit: '摄影 后台', width: 1600, height: 1200 })
    const stored = read(doc.filename)
    expect((await sharp(stored).metadata()).exif).toBeUndefined()
    expect(stored.includes(Buffer.from('Canon'))).toBe(false)
    expect(Object.keys(doc.sizes).sort()).toEqual(SIZE_NAMES)
    expect(listDir(tempDir)).toEqual([])
  })

  it('stores a video sent by the admin byte for byte, and leaves no temporary file', async () => {
    const video = mp4File({ name: 'from-admin.mp4' })
    const res = await restUpload(video, {})
    expect(res.status).toBe(201)
    expect(read((res.body.doc as MediaDoc).filename).equals(video.data)).toBe(true)
    expect(listDir(tempDir)).toEqual([])
  })
})

describe('caption and credit', () => {
  it('reads caption and credit typed in the photo’s IPTC data, without the layout marks, when the fields are empty', async () => {
    const doc = await upload(await privatePhoto({ iptc: { caption: '▲ 劳模张建国在车间指导青年焊工。', credit: '▶ 摄影 王某', byline: '王某' } }))
    expect(doc).toMatchObject({ caption: '劳模张建国在车间指导青年焊工。', credit: '摄影 王某' })
  })

  it('reads the description and creator from XMP, and the artist from EXIF, when there is no IPTC', async () => {
    const xmp = await upload(await privatePhoto({ xmp: { description: '▲ 职工运动会开幕式', creator: '赵六' } }))
    expect(xmp).toMatchObject({ caption: '职工运动会开幕式', credit: '赵六' })
    const exif = await upload(await privatePhoto({ exif: { description: 'OLYMPUS DIGITAL CAMERA', artist: 'Zhang San' } }))
    expect(exif.caption ?? null).toBeNull() // a camera's default text is not a caption
    expect(exif.credit).toBe('Zhang San')
  })

  it('keeps the caption and credit the reporter typed', async () => {
    const doc = await upload(await privatePhoto({ iptc: { caption: '元数据说明', credit: '摄影 元数据' } }), {
      alt: '焊工',
      caption: '记者写的说明',
      credit: '摄影 记者',
    })
    expect(doc).toMatchObject({ caption: '记者写的说明', credit: '摄影 记者' })
  })

  it('stores a typed credit line without the layout marks newspapers put before it', async () => {
    const doc = await upload(await jpegFile(400, 300, 'marks.jpg'), { alt: '标记', caption: '▲ 图为劳模创新工作室', credit: '▲ 摄影 李四' })
    expect(doc).toMatchObject({ caption: '图为劳模创新工作室', credit: '摄影 李四' })
  })
})

describe('derivatives', () => {
  let doc: MediaDoc

  beforeAll(async () => {
    doc = await upload(await jpegFile(2400, 1200, 'wide.jpg'))
  })

  it('makes every size in WebP with a JPEG fallback of the same dimensions, storing width and height', async () => {
    expect(Object.keys(doc.sizes).sort()).toEqual(SIZE_NAMES)
    const expected: Record<string, [number, number]> = {
      thumbnail: [320, 240],
      card: [640, 427],
      feature: [1024, 512],
      hero: [1920, 1080],
      social: [1200, 630],
    }
    for (const [name, [width, height]] of Object.entries(expected)) {
      const size = doc.sizes[name]
      expect(size, name).toMatchObject({ width, height, mimeType: 'image/webp' })
      expect(size.url).toBe(`/api/media/file/${size.filename}`)
      expect(size.fallbackURL).toBe(`/api/media/file/${size.filename.replace(/\.webp$/, '.jpg')}`)
      const webp = await sharp(read(size.filename)).metadata()
      const jpeg = await sharp(read(size.filename.replace(/\.webp$/, '.jpg'))).metadata()
      expect([webp.format, webp.width, webp.height], name).toEqual(['webp', width, height])
      expect([jpeg.format, jpeg.width, jpeg.height], name).toEqual(['jpeg', width, height])
    }
  })

  it('crops around the focal point, so a left focal point gives a different crop from the centre', async () => {
    const centre = read(doc.sizes.thumbnail.filename)
    const left = await payload.update({ collection: 'media', id: doc.id, data: { focalX: 0, focalY: 50 } })
    const leftDoc = left as unknown as MediaDoc
    expect([leftDoc.focalX, leftDoc.focalY]).toEqual([0, 50])
    const cropped = read(leftDoc.sizes.thumbnail.filename)
    expect(cropped.equals(centre)).toBe(false)
    // The left half of the picture is red: the centre crop is half red, the left crop mostly red.
    expect(await redness(cropped)).toBeGreaterThan((await redness(centre)) + 40)
    // A size that keeps the whole picture does not move.
    expect([leftDoc.sizes.feature.width, leftDoc.sizes.feature.height]).toEqual([1024, 512])
  })

  it('regenerates the crops when the focal point changes again, and leaves no stale files', async () => {
    const right = (await payload.update({ collection: 'media', id: doc.id, data: { focalX: 100, focalY: 50 } })) as unknown as MediaDoc
    expect(await redness(read(right.sizes.thumbnail.filename))).toBeLessThan(-20)
    expect(listDir(mediaDir).filter((name) => name.startsWith('wide'))).toEqual(filesOf(right).sort())
  })

  it('uses the focal point given with the upload', async () => {
    const focused = await upload(await jpegFile(2400, 1200, 'focused.jpg'), { alt: '焦点', focalX: 10, focalY: 50 })
    expect(focused.focalX).toBe(10)
    expect(await redness(read(focused.sizes.thumbnail.filename))).toBeGreaterThan(80)
  })

  it('never enlarges a small photo, but keeps each size’s shape', async () => {
    const small = await upload(await jpegFile(400, 300, 'small.jpg'))
    for (const size of Object.values(small.sizes)) expect(size.width).toBeLessThanOrEqual(400)
    expect([small.sizes.hero.width, small.sizes.hero.height]).toEqual([400, 225])
  })

  it('deletes the original and every derivative with the photo', async () => {
    const doomed = await upload(await jpegFile(800, 600, 'doomed.jpg'))
    expect(filesOf(doomed).every((name) => fs.existsSync(path.join(mediaDir, name)))).toBe(true)
    await payload.delete({ collection: 'media', id: doomed.id })
    expect(listDir(mediaDir).filter((name) => name.startsWith('doomed'))).toEqual([])
  })
})

describe('refused uploads', () => {
  let before: string[]
  let count: number

  beforeAll(async () => {
    before = listDir(mediaDir)
    count = (await payload.count({ collection: 'media' })).totalDocs
  })

  afterEach(async () => {
    expect(listDir(mediaDir), 'files in media/').toEqual(before)
    expect(listDir(tempDir), 'temporary files').toEqual([])
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(count)
  })

  it.each<[string, number, () => UploadFile | Promise<UploadFile>, RegExp]>([
    ['an SVG', 415, () => svgFile(), /SVG 矢量图（image\/svg\+xml）/],
    ['an SVG named and labelled as a PNG', 415, () => svgFile('logo.png', 'image/png'), /SVG/],
    ['an HTML page renamed .jpg', 415, htmlAsJpeg, /HTML 网页（text\/html）/],
    ['a ZIP archive renamed .png', 415, zipAsPng, /压缩包/],
    ['a text file renamed .mp4', 415, textAsMp4, /文本文件/],
    ['a 20000×20000 PNG', 413, () => hugePng(), /像素过多（20000×20000/],
    ['a truncated JPEG', 422, () => truncatedJpeg(), /已损坏或不完整/],
    ['an H.265 MP4', 415, () => mp4File({ video: 'hvc1' }), /H\.265\/HEVC/],
    ['an MP4 with Opus audio', 415, () => mp4File({ audio: 'Opus' }), /音频编码为 Opus/],
    ['an MP4 cut short', 422, () => mp4File({ cut: true }), /不完整或已损坏/],
    ['a JPEG named .png', 415, async () => ({ ...(await jpegFile(100, 100)), name: 'photo.png' }), /后缀是 \.png/],
    ['a JPEG the browser called a PNG', 415, async () => ({ ...(await jpegFile(100, 100)), mimetype: 'image/png' }), /声明的类型是 image\/png/],
  ])('refuses %s with %d and a Chinese message, leaving no file', async (_, status, make, message) => {
    const err = await refusal(upload(await make()))
    expect(err).toBeInstanceOf(ValidationError)
    expect(err.status).toBe(status)
    expect(err.message).toMatch(message)
    expect(err.data.errors).toEqual([{ path: 'file', message: err.message }])
  })

  it.each<[string, number, () => UploadFile | Promise<UploadFile>]>([
    ['an SVG', 415, () => svgFile()],
    ['a 20000×20000 PNG', 413, () => hugePng()],
    ['a truncated JPEG', 422, () => truncatedJpeg()],
    ['a text file renamed .mp4', 415, textAsMp4],
  ])('answers a REST upload of %s with %d and the message beside the file field', async (_, status, make) => {
    const res = await restUpload(await make())
    expect(res.status).toBe(status)
    const [error] = res.body.errors ?? []
    expect(error.message).toMatch(/[\u4e00-\u9fff]/)
    expect(error.data?.errors).toEqual([{ path: 'file', message: error.message }])
  })

  it('applies the configured limits (MEDIA_MAX_PHOTO_MB, MEDIA_MAX_MEGAPIXELS)', async () => {
    process.env.MEDIA_MAX_PHOTO_MB = '0.001'
    try {
      const err = await refusal(upload(await jpegFile(400, 300)))
      expect([err.status, err.message]).toEqual([413, expect.stringContaining('图片文件过大')])
    } finally {
      delete process.env.MEDIA_MAX_PHOTO_MB
    }
    process.env.MEDIA_MAX_MEGAPIXELS = '0.1'
    try {
      const err = await refusal(upload(await jpegFile(400, 300)))
      expect([err.status, err.message]).toEqual([413, expect.stringContaining('上限为 10 万像素')])
    } finally {
      delete process.env.MEDIA_MAX_MEGAPIXELS
    }
  })
})

describe('video', () => {
  it('accepts an H.264/AAC MP4 and a WebM, as uploaded', async () => {
    const mp4 = mp4File()
    const stored = await upload(mp4, { alt: '' })
    expect(stored.mimeType).toBe('video/mp4')
    expect(read(stored.filename).equals(mp4.data)).toBe(true)
    const webm = await upload(webmFile(), {})
    expect(webm.mimeType).toBe('video/webm')
  })

  it('serves an uploaded video with HTTP range requests, so players can seek', async () => {
    const video = mp4File({ name: 'seek.mp4' })
    // Marked for public use: a file nothing published uses is not served to anonymous readers.
    const stored = await upload(video, { publicUse: true })
    const whole = await fetchFile(stored.filename)
    expect(whole.status).toBe(200)
    expect(whole.headers.get('accept-ranges')).toBe('bytes')
    const part = await fetchFile(stored.filename, { Range: 'bytes=100-199' })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${video.data.length}`)
    expect(Buffer.from(await part.arrayBuffer()).equals(video.data.subarray(100, 200))).toBe(true)
    const tail = await fetchFile(stored.filename, { Range: 'bytes=-50' })
    expect(tail.status).toBe(206)
    expect((await tail.arrayBuffer()).byteLength).toBe(50)
    const beyond = await fetchFile(stored.filename, { Range: `bytes=${video.data.length + 10}-` })
    expect(beyond.status).toBe(416)
  })
})

describe('galleries', () => {
  let photos: MediaDoc[]

  beforeAll(async () => {
    photos = []
    for (const name of ['g1.jpg', 'g2.jpg', 'g3.jpg']) photos.push(await upload(await jpegFile(300, 200, name), { alt: `图集 ${name}` }))
  })

  it('appends photos picked in bulk to the items, in the order picked and without duplicates', async () => {
    const gallery = await payload.create({
      collection: 'galleries',
      data: { title: '批量添加', items: [{ photo: photos[1].id, caption: '已有的一张' }], addPhotos: [photos[2].id, photos[1].id, photos[0].id] } as never,
      draft: true,
    })
    const items = gallery.items as { photo: MediaDoc | number; caption?: string | null }[]
    expect(items.map((i) => (typeof i.photo === 'object' ? i.photo.id : i.photo))).toEqual([photos[1].id, photos[2].id, photos[0].id])
    expect(items[0].caption).toBe('已有的一张')
    expect((gallery as { addPhotos?: unknown }).addPhotos ?? []).toEqual([])
  })

  it('refuses to publish a gallery using a photo without alt text, naming the photo', async () => {
    const bare = await upload(await jpegFile(300, 200, 'no-alt.jpg'), {})
    const err = await refusal(
      payload.create({
        collection: 'galleries',
        data: { title: '缺替代文字', _status: 'published', items: [{ photo: photos[0].id }, { photo: bare.id }] } as never,
      }),
    )
    expect(err).toBeInstanceOf(ValidationError)
    expect(err.data.errors).toEqual([{ path: 'items.1.photo', message: expect.stringContaining(bare.filename) }])
    await payload.update({ collection: 'media', id: bare.id, data: { alt: '补上的替代文字' } })
    const published = await payload.create({
      collection: 'galleries',
      data: { title: '补齐替代文字', _status: 'published', items: [{ photo: photos[0].id }, { photo: bare.id }] } as never,
    })
    expect(published._status).toBe('published')
  })
})
