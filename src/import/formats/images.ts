/**
 * Photos found in a document: which are taken (a photo format the media library accepts, within
 * the count and size limits) and which are left out with a reason; captions and their credit
 * (`工会干部送上热姜茶（庞乐 摄）` → caption + `庞乐`).
 *
 * A photo without a caption line beside it takes the caption and credit written in its own
 * metadata (EXIF/XMP, read as the media library reads them), so the dry run shows them too.
 *
 * Only the format is decided here. Metadata removal, the type check proper and the sizes are the
 * media pipeline's (src/media), which every taken photo goes through when it is saved.
 */
import { fileTypeFromBuffer } from 'file-type'
import sharp from 'sharp'

import { readEmbeddedText } from '../../media/embeddedText'
import { formatBytes } from '../../media/limits'
import type { IntakeLimits } from './limits'
import type { LeftOutImage, SubmittedImage } from './types'

const TAKEN = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/avif'])
/** Formats Word keeps that sharp turns into PNG without loss. */
const CONVERTED = new Set(['image/gif', 'image/tiff', 'image/bmp'])

export type RawImage = { file: string; data: Buffer; caption: string | null; credit: string | null; after: string | null }

/** Where a photo left out stood and what its caption said, for the draft to keep. */
const placeOf = (image: RawImage) => ({ caption: image.caption, credit: image.credit, after: image.after })

/**
 * The photos to import, in document order: at most `limits.images`, none larger than
 * `limits.imageBytes`; the others are named in `leftOut`.
 */
export async function admitImages(raw: RawImage[], limits: IntakeLimits): Promise<{ images: SubmittedImage[]; leftOut: LeftOutImage[] }> {
  const images: SubmittedImage[] = []
  const leftOut: LeftOutImage[] = []
  for (let image of raw) {
    if (images.length >= limits.images) {
      leftOut.push({
        ...placeOf(image),
        file: image.file,
        reason: `more than ${limits.images} photos in one document`,
        reasonZh: `一篇稿件最多导入 ${limits.images} 张图片，其余未导入`,
      })
      continue
    }
    if (image.data.length > limits.imageBytes) {
      leftOut.push({
        ...placeOf(image),
        file: image.file,
        reason: `${formatBytes(image.data.length)}, over the ${formatBytes(limits.imageBytes)} photo limit`,
        reasonZh: `图片 ${formatBytes(image.data.length)}，超过 ${formatBytes(limits.imageBytes)} 的上限`,
      })
      continue
    }
    const type = (await fileTypeFromBuffer(image.data))?.mime
    if (type && (TAKEN.has(type) || CONVERTED.has(type)) && (!image.caption || !image.credit)) {
      const embedded = await readEmbeddedText(image.data)
      image = { ...image, caption: image.caption || embedded.caption || null, credit: image.credit || embedded.credit || null }
    }
    if (type && TAKEN.has(type)) {
      images.push({ ...image, mimetype: type as SubmittedImage['mimetype'] })
      continue
    }
    if (type && CONVERTED.has(type)) {
      try {
        const data = await sharp(image.data, { limitInputPixels: 100_000_000 }).png().toBuffer()
        images.push({ ...image, file: image.file.replace(/\.\w+$/, '') + '.png', data, mimetype: 'image/png' })
        continue
      } catch {
        // Falls through to "not a photo".
      }
    }
    leftOut.push({
      ...placeOf(image),
      file: image.file,
      reason: `not a photo format the library takes (${type ?? 'unknown'}; e.g. a drawing or chart in Word)`,
      reasonZh: `不是图片库接受的照片格式（${type ?? '未知'}，可能是 Word 中的绘图或图表）`,
    })
  }
  return { images, leftOut }
}

const CAPTION_MARK = /^[▲△▶►▷▼▽◀◁↑↓■□●◆][\s\u3000]*/
const CAPTION_WORDS = /^(?:图为|[上下左右中]图[为:：]?|图\s*\d*\s*[:：]|图片说明[:：]?)/

/** `▲ 图为…`, `图为…`, `上图：…`, or a line ending in a photo credit. */
export function looksLikeCaption(text: string): boolean {
  const t = text.trim()
  return CAPTION_MARK.test(t) || CAPTION_WORDS.test(t) || splitCredit(t).credit !== null
}

/**
 * A caption and its credit: `工会干部送上热姜茶（庞乐 摄）`, `… 本报记者 张三 摄`, `…（图/李四）`.
 * The layout mark in front (▲) and a pointer to the photo's place (`左图：`) are removed.
 */
export function splitCredit(text: string): { caption: string; credit: string | null } {
  // `左图：` and `图2：` point at a photo on the page; each photo now has its own caption.
  const t = text.trim().replace(CAPTION_MARK, '').replace(/^(?:[上下左右中]图|图\s*\d+)\s*[:：]\s*/, '')
  const m =
    /^(.*?)(?:[\s\u3000]+|[（(])(?:(?:本报|特约)?(?:记者|通讯员)\s*)?([\u4e00-\u9fff·]{2,8}(?:[、\s][\u4e00-\u9fff·]{2,4})*)\s*摄(?:影)?[)）]?[。.]?$/.exec(t) ??
    /^(.*?)[\s\u3000]*[（(]?(?:图|摄影|供图)\s*[/／:：]\s*([^()（）]{2,20}?)[)）]?$/.exec(t)
  if (m && m[1] && m[1].trim().length >= 2) return { caption: m[1].trim(), credit: m[2]!.trim() }
  return { caption: t, credit: null }
}
