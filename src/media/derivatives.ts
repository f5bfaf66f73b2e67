/**
 * The derived images of a photo: for every size the public site uses (thumbnail, card, feature,
 * hero, social) a WebP and a JPEG fallback, cropped around the editor's focal point and never
 * enlarged. The photo is decoded once, straight to the largest scale any size needs (JPEG decodes
 * at 1/2, 1/4 or 1/8 scale for free), and every size is cut from that one copy in memory, so a
 * 12-megapixel photo costs one decode, not one per size.
 */
import sharp from 'sharp'

import { withRenderSlot } from './sharpSettings'

export type SizeSpec = { name: string; width: number; height?: number }

/** Derivative sizes. Names are used by the public site's `srcset` and must not change. */
export const IMAGE_SIZES = [
  { name: 'thumbnail', width: 320, height: 240 },
  { name: 'card', width: 640, height: 427 },
  { name: 'feature', width: 1024 },
  { name: 'hero', width: 1920, height: 1080 },
  { name: 'social', width: 1200, height: 630 },
] as const satisfies readonly SizeSpec[]

export type SizeName = (typeof IMAGE_SIZES)[number]['name']

/** Encoder settings, shared by the server and `npm run bench:images`. */
export const ENCODING = {
  webp: { quality: 80, effort: 2 },
  jpeg: { quality: 82, progressive: true, mozjpeg: false },
} as const

export type Focal = { x: number; y: number }
export type Rect = { left: number; top: number; width: number; height: number }
export type SizePlan = { name: string; crop: Rect; width: number; height: number }

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value))

/**
 * Where to cut one size from a `sourceWidth`×`sourceHeight` photo: the largest region with the
 * size's aspect ratio, centred on the focal point (percentages, 50/50 = centre) as far as the edges
 * allow, and the output dimensions (the size's, or smaller when the photo is too small: never
 * enlarged). A size without a height keeps the photo's own proportions.
 */
export function planSize(spec: SizeSpec, sourceWidth: number, sourceHeight: number, focal: Focal = { x: 50, y: 50 }): SizePlan {
  if (!spec.height) {
    const scale = Math.min(1, spec.width / sourceWidth)
    return {
      name: spec.name,
      crop: { left: 0, top: 0, width: sourceWidth, height: sourceHeight },
      width: Math.max(1, Math.round(sourceWidth * scale)),
      height: Math.max(1, Math.round(sourceHeight * scale)),
    }
  }
  const aspect = spec.width / spec.height
  let cropWidth = sourceWidth
  let cropHeight = sourceWidth / aspect
  if (cropHeight > sourceHeight) {
    cropHeight = sourceHeight
    cropWidth = sourceHeight * aspect
  }
  const fx = (clamp(Number.isFinite(focal.x) ? focal.x : 50, 0, 100) / 100) * sourceWidth
  const fy = (clamp(Number.isFinite(focal.y) ? focal.y : 50, 0, 100) / 100) * sourceHeight
  const left = clamp(fx - cropWidth / 2, 0, sourceWidth - cropWidth)
  const top = clamp(fy - cropHeight / 2, 0, sourceHeight - cropHeight)
  const scale = Math.min(1, spec.width / cropWidth)
  return {
    name: spec.name,
    crop: { left, top, width: cropWidth, height: cropHeight },
    width: Math.max(1, Math.round(cropWidth * scale)),
    height: Math.max(1, Math.round(cropHeight * scale)),
  }
}

export type RenderedFile = { data: Buffer; filename: string; mimeType: string; filesize: number }
export type RenderedSize = { name: string; width: number; height: number; webp: RenderedFile; jpeg: RenderedFile }

/** `photo-1920x1080.webp`: Payload's naming for sizes; the JPEG fallback differs only in extension. */
export function sizeFilename(baseName: string, width: number, height: number, ext: 'webp' | 'jpg'): string {
  return `${baseName}-${width}x${height}.${ext}`
}

/** The JPEG fallback's file name for a size's WebP file name. */
export function fallbackFilename(webpFilename: string): string {
  return webpFilename.replace(/\.webp$/i, '.jpg')
}

/**
 * Render every size of an upright, metadata-free photo (the cleaned original). `baseName` is the
 * stored original's name without extension.
 */
export async function renderDerivatives(
  input: Buffer | string,
  options: { baseName: string; focal?: Focal; sizes?: readonly SizeSpec[] },
): Promise<RenderedSize[]> {
  return withRenderSlot(async () => {
    const sizes = options.sizes ?? IMAGE_SIZES
    const meta = await sharp(input).metadata()
    // Dimensions once the EXIF orientation is applied (the cleaned original has none left).
    const sourceWidth = meta.autoOrient?.width ?? meta.width ?? 0
    const sourceHeight = meta.autoOrient?.height ?? meta.height ?? 0
    const plans = sizes.map((spec) => planSize(spec, sourceWidth, sourceHeight, options.focal))

    // One decode, at the smallest scale from which every size can still be cut at full quality.
    const scale = Math.min(1, Math.max(...plans.map((p) => p.width / p.crop.width)))
    const workWidth = Math.max(1, Math.ceil(sourceWidth * scale))
    let decoder = sharp(input, { failOn: 'error' }).rotate()
    if (workWidth < sourceWidth) decoder = decoder.resize({ width: workWidth, kernel: 'lanczos3' })
    const { data: pixels, info } = await decoder
      .raw()
      .toBuffer({ resolveWithObject: true })
    const raw = { raw: { width: info.width, height: info.height, channels: info.channels } }
    const fx = info.width / sourceWidth
    const fy = info.height / sourceHeight

    const rendered = new Map<string, RenderedSize>()
    for (const plan of plans) {
      const key = `${plan.width}x${plan.height}`
      const same = [...rendered.values()].find((r) => `${r.width}x${r.height}` === key)
      if (same) {
        // Same dimensions means same aspect ratio and focal point: the same picture.
        rendered.set(plan.name, { ...same, name: plan.name })
        continue
      }
      const left = Math.min(info.width - 1, Math.round(plan.crop.left * fx))
      const top = Math.min(info.height - 1, Math.round(plan.crop.top * fy))
      const region = {
        left,
        top,
        width: Math.max(1, Math.min(info.width - left, Math.round(plan.crop.width * fx))),
        height: Math.max(1, Math.min(info.height - top, Math.round(plan.crop.height * fy))),
      }
      const { data: sized } = await sharp(pixels, raw)
        .extract(region)
        .resize(plan.width, plan.height, { fit: 'fill', kernel: 'lanczos3' })
        .raw()
        .toBuffer({ resolveWithObject: true })
      const sizedRaw = { raw: { width: plan.width, height: plan.height, channels: info.channels } }
      const [webp, jpeg] = await Promise.all([
        sharp(sized, sizedRaw).webp(ENCODING.webp).toBuffer(),
        sharp(sized, sizedRaw).flatten({ background: '#ffffff' }).jpeg(ENCODING.jpeg).toBuffer(),
      ])
      const file = (data: Buffer, ext: 'webp' | 'jpg', mimeType: string): RenderedFile => ({
        data,
        filename: sizeFilename(options.baseName, plan.width, plan.height, ext),
        mimeType,
        filesize: data.length,
      })
      rendered.set(plan.name, {
        name: plan.name,
        width: plan.width,
        height: plan.height,
        webp: file(webp, 'webp', 'image/webp'),
        jpeg: file(jpeg, 'jpg', 'image/jpeg'),
      })
    }
    return plans.map((p) => rendered.get(p.name) as RenderedSize)
  })
}
