/**
 * Photos as WeChat's uploadimg takes them: a JPEG under 1 MB. The original (any format sharp
 * reads: JPEG, PNG with transparency, WebP, AVIF, CMYK, 16-bit…) is turned upright by its EXIF
 * orientation, flattened on white, converted to sRGB, stripped of its metadata (EXIF with GPS,
 * XMP, IPTC: sharp writes none unless asked) and narrowed to `maxWidth`; then the quality is lowered
 * step by step (85 → 40), and after that the width, until the file fits in `maxBytes`.
 *
 * The work runs in one of the project's render slots (src/media/sharpSettings.ts), so a push with
 * twenty photos queues behind uploads instead of decoding them all at once.
 */
import { configuredSharp, withRenderSlot } from '../media/sharpSettings'
import { WeChatError } from './errors'

export type WeChatImage = { data: Buffer; mimeType: 'image/jpeg'; width: number; height: number }

export type WeChatImageOptions = {
  /** Largest file, in bytes (default 1,000,000: uploadimg's "below 1 MB", with room to spare). */
  maxBytes?: number
  /** Widest image, in pixels (default 1080: a phone screen at 3×; wider is never shown). */
  maxWidth?: number
}

/** JPEG qualities tried in turn at full width. */
const QUALITIES = [85, 78, 70, 62, 55, 48, 40] as const
/** Below the lowest quality, the width shrinks by this factor each step, down to MIN_WIDTH. */
const WIDTH_STEP = 0.85
const MIN_WIDTH = 240

export async function toWeChatImage(input: Buffer, { maxBytes = 1_000_000, maxWidth = 1080 }: WeChatImageOptions = {}): Promise<WeChatImage> {
  const sharp = configuredSharp()
  return withRenderSlot(async () => {
    // Decode once: upright, at most maxWidth wide, on white, in sRGB, 8 bits per channel. Every
    // attempt below encodes from these pixels instead of decoding the original again.
    let base: { data: Buffer; info: { width: number; height: number; channels: number } }
    try {
      base = await sharp(input, { failOn: 'error' })
        .rotate()
        .resize({ width: maxWidth, withoutEnlargement: true })
        .flatten({ background: '#ffffff' })
        .toColourspace('srgb')
        .removeAlpha()
        .raw({ depth: 'uchar' })
        .toBuffer({ resolveWithObject: true })
    } catch {
      throw new WeChatError('图片无法读取（文件可能已损坏或不是图片）：请在媒体库中换一张图片后再次推送')
    }
    const raw = { width: base.info.width, height: base.info.height, channels: base.info.channels as 1 | 2 | 3 | 4 }
    const encode = async (width: number, quality: number) => {
      let pipeline = sharp(base.data, { raw })
      if (width < raw.width) pipeline = pipeline.resize({ width })
      const { data, info } = await pipeline.jpeg({ quality }).toBuffer({ resolveWithObject: true })
      return { data, mimeType: 'image/jpeg' as const, width: info.width, height: info.height }
    }

    for (const quality of QUALITIES) {
      const image = await encode(raw.width, quality)
      if (image.data.length <= maxBytes) return image
    }
    const lowest = QUALITIES.at(-1)!
    for (let width = raw.width; width > MIN_WIDTH; ) {
      width = Math.max(MIN_WIDTH, Math.floor(width * WIDTH_STEP))
      const image = await encode(width, lowest)
      if (image.data.length <= maxBytes) return image
    }
    throw new WeChatError(`图片无法压缩到 ${size(maxBytes)}以内：请在媒体库中换一张图片（或先裁小）后再次推送`)
  })
}

/** 1000000 → "1 MB ", 500000 → "0.5 MB ", 3000 → "3000 字节". */
function size(bytes: number): string {
  return bytes < 10_000 ? `${bytes} 字节` : `${Number((bytes / 1_000_000).toFixed(2))} MB `
}
