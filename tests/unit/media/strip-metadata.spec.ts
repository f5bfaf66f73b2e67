// Lossless metadata removal (src/media/stripMetadata.ts) and the cleaned original
// (src/media/cleanPhoto.ts): same pixels, no EXIF/XMP/IPTC, upright, refused when corrupt.
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { cleanPhoto } from '../../../src/media/cleanPhoto'
import { stripJpeg, stripPng } from '../../../src/media/stripMetadata'
import { hugePng, privatePhoto, truncatedJpeg } from '../../fixtures/media/make'

describe('stripJpeg', () => {
  it('drops EXIF, XMP and IPTC and keeps the image data byte for byte', async () => {
    const photo = await privatePhoto({ iptc: { caption: '说明' }, xmp: { description: 'x', creator: 'y' } })
    const stripped = stripJpeg(photo.data) as Buffer
    const meta = await sharp(stripped).metadata()
    expect([meta.exif, meta.xmp, meta.iptc]).toEqual([undefined, undefined, undefined])
    const [before, after] = await Promise.all([sharp(photo.data).raw().toBuffer(), sharp(stripped).raw().toBuffer()])
    expect(after.equals(before)).toBe(true)
  })

  it('gives up on a file that is not a whole JPEG', async () => {
    expect(stripJpeg((await truncatedJpeg()).data)).toBeNull()
    expect(stripJpeg(Buffer.from('hello'))).toBeNull()
  })
})

describe('stripPng', () => {
  it('drops text and EXIF chunks', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#c33' } })
      .png()
      .withExif({ IFD0: { Make: 'Canon' } })
      .toBuffer()
    expect((await sharp(png).metadata()).exif).toBeDefined()
    const stripped = stripPng(png) as Buffer
    expect((await sharp(stripped).metadata()).exif).toBeUndefined()
  })
})

describe('cleanPhoto', () => {
  it('turns a sideways photo upright and re-encodes it without metadata', async () => {
    const cleaned = await cleanPhoto((await privatePhoto({ orientation: 6, width: 300, height: 200 })).data)
    expect([cleaned.width, cleaned.height, cleaned.lossless]).toEqual([200, 300, false])
    const meta = await sharp(cleaned.data).metadata()
    expect([meta.width, meta.height, meta.orientation, meta.exif]).toEqual([200, 300, undefined, undefined])
  })

  it('refuses a truncated JPEG with 422 and a giant PNG with 413 before decoding it', async () => {
    await expect(cleanPhoto((await truncatedJpeg()).data)).rejects.toMatchObject({ status: 422 })
    await expect(cleanPhoto(hugePng().data)).rejects.toMatchObject({ status: 413 })
  })
})
