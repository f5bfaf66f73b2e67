// Upload typing (src/media/identify.ts): the type comes from the bytes, and the name and the
// browser's claim must agree with it; size limits per kind are configurable.
import { describe, expect, it } from 'vitest'

import { MediaRefusal } from '../../../src/media/errors'
import { acceptedMimeTypes, canReadHeic, identifyUpload } from '../../../src/media/identify'
import { formatBytes, formatPixels, mediaLimits } from '../../../src/media/limits'
import { htmlAsJpeg, jpegFile, mp4File, svgFile, textAsMp4, webmFile, zipAsPng } from '../../fixtures/media/make'

async function refusal(promise: Promise<unknown>): Promise<MediaRefusal> {
  try {
    await promise
  } catch (err) {
    expect(err).toBeInstanceOf(MediaRefusal)
    return err as MediaRefusal
  }
  throw new Error('expected a refusal')
}

describe('identifyUpload', () => {
  it('identifies photos and videos from their content', async () => {
    expect(await identifyUpload(await jpegFile(10, 10, 'a.JPG'))).toEqual({ kind: 'photo', mime: 'image/jpeg', ext: 'jpg' })
    expect(await identifyUpload(mp4File())).toEqual({ kind: 'video', mime: 'video/mp4', ext: 'mp4' })
    expect(await identifyUpload(webmFile())).toEqual({ kind: 'video', mime: 'video/webm', ext: 'webm' })
  })

  it('accepts a generic claim (application/octet-stream) and a name without extension', async () => {
    const photo = await jpegFile(10, 10)
    expect((await identifyUpload({ ...photo, name: 'IMG_0001', mimetype: 'application/octet-stream' })).mime).toBe('image/jpeg')
  })

  it.each([
    ['SVG', () => svgFile(), 'SVG 矢量图（image/svg+xml）'],
    ['HTML as .jpg', htmlAsJpeg, 'HTML 网页（text/html）'],
    ['ZIP as .png', zipAsPng, '压缩包（application/zip）'],
    ['text as .mp4', textAsMp4, '文本文件（text/plain）'],
  ])('refuses %s with 415 naming what it is', async (_, make, named) => {
    const err = await refusal(identifyUpload(make()))
    expect(err.status).toBe(415)
    expect(err.message).toContain(named)
    expect(err.message).toContain('JPEG、PNG、WebP 或 AVIF')
  })

  it('refuses a name or a claim that disagrees with the content', async () => {
    const photo = await jpegFile(10, 10)
    expect((await refusal(identifyUpload({ ...photo, name: 'a.webp' }))).message).toContain('后缀是 .webp')
    expect((await refusal(identifyUpload({ ...photo, mimetype: 'video/mp4' }))).message).toContain('声明的类型是 video/mp4')
  })

  it('refuses a photo or video over its byte limit with 413', async () => {
    const limits = { ...mediaLimits({}), photoBytes: 100, videoBytes: 100 }
    expect((await refusal(identifyUpload(await jpegFile(50, 50), limits))).status).toBe(413)
    expect((await refusal(identifyUpload(mp4File(), limits))).message).toContain('视频文件过大')
  })

  it('refuses HEIC with advice when this sharp cannot read it', () => {
    expect(acceptedMimeTypes().includes('image/heic')).toBe(canReadHeic())
  })
})

describe('limits', () => {
  it('reads the limits from the environment, with the office’s defaults', () => {
    expect(mediaLimits({})).toEqual({ photoBytes: 40 * 1024 * 1024, photoPixels: 100_000_000, videoBytes: 1024 * 1024 * 1024 })
    expect(mediaLimits({ MEDIA_MAX_PHOTO_MB: '20', MEDIA_MAX_MEGAPIXELS: '50', MEDIA_MAX_VIDEO_MB: '512' })).toEqual({
      photoBytes: 20 * 1024 * 1024,
      photoPixels: 50_000_000,
      videoBytes: 512 * 1024 * 1024,
    })
    expect(() => mediaLimits({ MEDIA_MAX_PHOTO_MB: 'lots' })).toThrow(/MEDIA_MAX_PHOTO_MB/)
  })

  it('formats sizes and pixel counts for editors', () => {
    expect(formatBytes(40 * 1024 * 1024)).toBe('40 MB')
    expect(formatBytes(1024 * 1024 * 1024)).toBe('1 GB')
    expect(formatPixels(400_000_000)).toBe('4 亿')
    expect(formatPixels(120_000)).toBe('12 万')
  })
})
