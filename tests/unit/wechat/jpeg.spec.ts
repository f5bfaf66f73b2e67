// Photos made ready for WeChat's uploadimg (src/wechat/jpeg.ts): a JPEG no larger than maxBytes and
// no wider than maxWidth, upright, without metadata, transparency on white, any colour space in
// sRGB; quality lowered before width; a WeChatError when it cannot fit. Images are generated.
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { WeChatError } from '../../../src/wechat/errors'
import { toWeChatImage } from '../../../src/wechat/jpeg'
import { privatePhoto, truncatedJpeg } from '../../fixtures/media/make'

/** Gaussian noise: the hardest thing to compress. */
const noise = (width: number, height: number, channels: 3 | 4 = 3) =>
  sharp({ create: { width, height, channels, background: { r: 128, g: 128, b: 128, alpha: 0.6 }, noise: { type: 'gaussian', mean: 128, sigma: 90 } } })

/** The average colour of `jpeg`, as [r, g, b]. */
async function mean(jpeg: Buffer): Promise<number[]> {
  const { channels } = await sharp(jpeg).stats()
  return channels.slice(0, 3).map((c) => Math.round(c.mean))
}

describe('toWeChatImage', () => {
  it('turns a photo upright by its EXIF orientation and drops EXIF (GPS, camera), XMP and IPTC', async () => {
    const photo = await privatePhoto({ width: 1600, height: 1200, orientation: 6, iptc: { caption: '说明' }, xmp: { description: 'x', creator: 'y' } })
    const out = await toWeChatImage(photo.data)
    expect(out.mimeType).toBe('image/jpeg')
    expect([out.width, out.height]).toEqual([1080, 1440])
    const meta = await sharp(out.data).metadata()
    expect(meta.format).toBe('jpeg')
    expect([meta.width, meta.height]).toEqual([1080, 1440])
    // The scene's left half (red) is on top once the camera's 90° turn is applied.
    const top = await mean(await sharp(out.data).extract({ left: 0, top: 0, width: 1080, height: 200 }).jpeg().toBuffer())
    expect(top[0]).toBeGreaterThan(top[2]! + 60)
    expect([meta.exif, meta.xmp, meta.iptc, meta.orientation]).toEqual([undefined, undefined, undefined, undefined])
  })

  it('narrows a wide photo to 1080 pixels and leaves a small one its size', async () => {
    const wide = await toWeChatImage((await privatePhoto({ width: 4000, height: 3000 })).data)
    expect([wide.width, wide.height]).toEqual([1080, 810])
    const small = await toWeChatImage(await sharp({ create: { width: 200, height: 100, channels: 3, background: '#123456' } }).png().toBuffer())
    expect([small.width, small.height]).toEqual([200, 100])
  })

  it('brings a large noisy PNG with transparency under 1 MB by lowering the quality', async () => {
    const png = await noise(1400, 3000, 4).png().toBuffer()
    expect(png.length).toBeGreaterThan(5_000_000)
    const atFirstQuality = await sharp(png).resize({ width: 1080 }).flatten({ background: '#fff' }).jpeg({ quality: 85 }).toBuffer()
    expect(atFirstQuality.length, 'the test image must need a lower quality').toBeGreaterThan(1_000_000)
    const out = await toWeChatImage(png)
    expect(out.data.length).toBeLessThanOrEqual(1_000_000)
    expect(out.width).toBe(1080)
    const meta = await sharp(out.data).metadata()
    expect([meta.format, meta.channels, meta.hasAlpha]).toEqual(['jpeg', 3, false])
  })

  it('puts transparent pixels on white, not black', async () => {
    const clear = await sharp({ create: { width: 64, height: 64, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer()
    const out = await toWeChatImage(clear)
    for (const c of await mean(out.data)) expect(c).toBeGreaterThanOrEqual(250)
  })

  it('narrows the image when even the lowest quality is too large', async () => {
    const photo = await noise(1080, 1400).jpeg({ quality: 100 }).toBuffer()
    const lowest = await sharp(photo).jpeg({ quality: 40 }).toBuffer()
    const maxBytes = Math.round(lowest.length * 0.6)
    const out = await toWeChatImage(photo, { maxBytes })
    expect(out.data.length).toBeLessThanOrEqual(maxBytes)
    expect(out.width).toBeLessThan(1080)
    expect(out.height / out.width).toBeCloseTo(1400 / 1080, 1)
  })

  it('converts a CMYK JPEG to sRGB with its colours', async () => {
    const cmyk = await sharp({ create: { width: 120, height: 80, channels: 3, background: '#c8102e' } }).toColourspace('cmyk').jpeg().toBuffer()
    expect((await sharp(cmyk).metadata()).space).toBe('cmyk')
    const out = await toWeChatImage(cmyk)
    const meta = await sharp(out.data).metadata()
    expect([meta.space, meta.channels]).toEqual(['srgb', 3])
    const [r, g, b] = await mean(out.data)
    expect(r).toBeGreaterThan(150)
    expect(g).toBeLessThan(80)
    expect(b).toBeLessThan(90)
  })

  it('converts a 16-bit PNG to an 8-bit JPEG', async () => {
    const deep = await sharp({ create: { width: 100, height: 60, channels: 3, background: '#1f4e9c' } }).toColourspace('rgb16').png().toBuffer()
    expect((await sharp(deep).metadata()).depth).toBe('ushort')
    const out = await toWeChatImage(deep)
    expect((await sharp(out.data).metadata()).depth).toBe('uchar')
    const [r, , b] = await mean(out.data)
    expect(b).toBeGreaterThan(r! + 80)
  })

  it('says so, in the limit’s words, when the image cannot fit', async () => {
    const tall = await noise(240, 16_000).jpeg({ quality: 95 }).toBuffer()
    await expect(toWeChatImage(tall)).rejects.toThrow(new WeChatError('图片无法压缩到 1 MB 以内：请在媒体库中换一张图片（或先裁小）后再次推送'))
    await expect(toWeChatImage(await noise(600, 600).png().toBuffer(), { maxBytes: 3000 })).rejects.toThrow('图片无法压缩到 3000 字节以内')
  })

  it('refuses what is not a readable image, in words', async () => {
    await expect(toWeChatImage(Buffer.from('not an image'))).rejects.toThrow(WeChatError)
    await expect(toWeChatImage((await truncatedJpeg()).data)).rejects.toThrow('图片无法读取')
  })
})
