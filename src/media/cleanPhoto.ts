/**
 * The stored original of a photo: decoded to the end (a corrupt or truncated file is refused),
 * turned upright, and without any EXIF, XMP or IPTC data (location, camera, owner). Caption and
 * credit typed into that metadata are read first and handed back.
 */
import sharp, { type Metadata } from 'sharp'

import { type EmbeddedText, readEmbeddedText } from './embeddedText'
import { MediaRefusal } from './errors'
import { type MediaLimits, formatPixels, mediaLimits } from './limits'
import { stripJpeg, stripPng } from './stripMetadata'

export type CleanedPhoto = {
  data: Buffer
  width: number
  height: number
  /** Caption and credit found in the photo's metadata before it was removed. */
  embedded: EmbeddedText
  /** True when the pixels were copied untouched (only metadata segments removed). */
  lossless: boolean
}

const CORRUPT = '图片文件已损坏或不完整（可能没有传完），无法读取。请重新导出或重新拷贝后再上传。'

/** Orientations 5–8 swap width and height once applied. */
const swapsSides = (orientation?: number) => (orientation ?? 1) >= 5

function hasMetadata(meta: Metadata): boolean {
  return Boolean(meta.exif || meta.xmp || meta.iptc || meta.tifftagPhotoshop || (meta.comments && meta.comments.length))
}

async function reencode(input: Buffer, format: string, limitInputPixels: number): Promise<Buffer> {
  // rotate() applies the EXIF orientation; sharp writes no metadata unless asked (keepMetadata).
  const image = sharp(input, { failOn: 'error', limitInputPixels }).rotate()
  switch (format) {
    case 'jpeg':
      return image.jpeg({ quality: 92, chromaSubsampling: '4:4:4' }).toBuffer()
    case 'png':
      return image.png({ compressionLevel: 6 }).toBuffer()
    case 'webp':
      return image.webp({ quality: 90, effort: 4 }).toBuffer()
    case 'heif':
      return image.avif({ quality: 70, effort: 2 }).toBuffer()
    default:
      return image.jpeg({ quality: 92 }).toBuffer()
  }
}

export async function cleanPhoto(input: Buffer, limits: MediaLimits = mediaLimits()): Promise<CleanedPhoto> {
  let meta: Metadata
  try {
    meta = await sharp(input, { limitInputPixels: false }).metadata()
  } catch {
    throw new MediaRefusal('corrupt', CORRUPT)
  }
  const { width = 0, height = 0 } = meta
  if (!width || !height) throw new MediaRefusal('corrupt', CORRUPT)
  if (width * height > limits.photoPixels) {
    throw new MediaRefusal(
      'too-large',
      `图片像素过多（${width}×${height}，约 ${formatPixels(width * height)}像素），上限为 ${formatPixels(limits.photoPixels)}像素。请缩小尺寸后再上传。`,
    )
  }

  const embedded = await readEmbeddedText(input, meta.iptc)

  // Decode every pixel (at reduced scale where the format allows it), so a file cut short or
  // damaged is refused here with 422 instead of failing later while the sizes are made.
  try {
    await sharp(input, { failOn: 'error', limitInputPixels: limits.photoPixels })
      .resize(256, 256, { fit: 'inside' })
      .raw()
      .toBuffer()
  } catch {
    throw new MediaRefusal('corrupt', CORRUPT)
  }

  const upright = (meta.orientation ?? 1) === 1
  let data: Buffer | null = null
  let lossless = false
  if (upright && meta.format === 'jpeg') data = stripJpeg(input)
  else if (upright && meta.format === 'png') data = stripPng(input)
  if (data) {
    const after = await sharp(data).metadata().catch(() => null)
    lossless = Boolean(after && !hasMetadata(after))
    if (!lossless) data = null
  }
  if (!data) {
    try {
      data = await reencode(input, meta.format ?? 'jpeg', limits.photoPixels)
    } catch {
      throw new MediaRefusal('corrupt', CORRUPT)
    }
  }
  return {
    data,
    width: swapsSides(meta.orientation) ? height : width,
    height: swapsSides(meta.orientation) ? width : height,
    embedded,
    lossless,
  }
}
