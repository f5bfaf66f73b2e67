import type { Media } from '../../../payload-types'
import { fallbackFilename } from '../../media/derivatives'
import { mediaPublicBase } from '../../media/s3Settings'
import type { Id, SiteContext } from '../context'

/** The derivative sizes every photo has (src/media/derivatives.ts renders them). */
type SizeName = keyof NonNullable<Media['sizes']>
type SizeFile = NonNullable<Media['sizes']>[SizeName]

/**
 * The address of an uploaded file: its path in the site (the publisher copies media files into
 * `media/`), or its address in the object store when the store serves readers (`MEDIA_S3_PUBLIC_URL`).
 */
export const mediaPath = (filename: string | null | undefined) => (filename ? `${mediaPublicBase() ?? '/media'}/${encodeURIComponent(filename)}` : null)

type Source = { url: string; width: number; height: number; mimeType: string }

function sources(media: Media): Source[] {
  const out: Source[] = []
  const sizes: SizeFile[] = Object.values(media.sizes ?? {})
  for (const size of sizes) {
    const url = mediaPath(size?.filename)
    if (!size || !url || !size.width || !size.height) continue
    out.push({ url, width: size.width, height: size.height, mimeType: size.mimeType ?? 'image/webp' })
    // Each WebP size has a JPEG beside it for browsers without WebP.
    if (size.filename && /\.webp$/i.test(size.filename)) out.push({ url: mediaPath(fallbackFilename(size.filename))!, width: size.width, height: size.height, mimeType: 'image/jpeg' })
  }
  return out
}

/**
 * A responsive photo: WebP and JPEG `srcset`s from the derivatives, the chosen size as the `<img>`,
 * width and height set so the page does not jump, lazy unless it is above the fold.
 */
export function Picture({
  media,
  size = 'card',
  sizes = '(max-width: 720px) 100vw, 720px',
  eager = false,
  className,
  alt,
}: {
  media: Media | null
  size?: SizeName
  sizes?: string
  eager?: boolean
  className?: string
  alt?: string
}) {
  if (!media || !(media.mimeType ?? '').startsWith('image/')) return null
  const all = sources(media)
  const chosen = media.sizes?.[size]
  const width = chosen?.width ?? media.width ?? undefined
  const height = chosen?.height ?? media.height ?? undefined
  const src = (chosen?.filename ? mediaPath(fallbackFilename(chosen.filename)) : null) ?? mediaPath(media.filename)
  if (!src) return null
  // Crops of other aspect ratios (thumbnail, social) must not mix into a srcset for this size.
  const ratio = width && height ? width / height : null
  const sameShape = (s: Source) => !ratio || Math.abs(s.width / s.height - ratio) < 0.02
  const webp = all.filter((s) => s.mimeType === 'image/webp' && sameShape(s))
  const jpeg = all.filter((s) => s.mimeType === 'image/jpeg' && sameShape(s))
  const srcset = (list: Source[]) => list.sort((a, b) => a.width - b.width).map((s) => `${s.url} ${s.width}w`).join(', ')
  return (
    <picture className={className}>
      {webp.length > 0 && <source type="image/webp" srcSet={srcset(webp)} sizes={sizes} />}
      {jpeg.length > 0 && <source type="image/jpeg" srcSet={srcset(jpeg)} sizes={sizes} />}
      <img
        src={src}
        alt={alt ?? media.alt ?? ''}
        width={width}
        height={height}
        loading={eager ? 'eager' : 'lazy'}
        decoding="async"
      />
    </picture>
  )
}

/** Caption and credit of one use: the per-use text when given, else the photo's own. */
export function captionFor(media: Media | null, caption?: string | null, credit?: string | null) {
  return {
    caption: caption?.trim() || media?.caption || '',
    credit: credit?.trim() || media?.credit || '',
  }
}

export function Figure({
  ctx,
  mediaId,
  caption,
  credit,
  size = 'feature',
  eager,
}: {
  ctx: SiteContext
  mediaId: Id | Media | null | undefined
  caption?: string | null
  credit?: string | null
  size?: SizeName
  eager?: boolean
}) {
  const media = ctx.media(mediaId)
  if (!media) return null
  const text = captionFor(media, caption, credit)
  return (
    <figure className="photo">
      <Picture media={media} size={size} eager={eager} />
      {(text.caption || text.credit) && (
        <figcaption>
          {text.caption}
          {text.credit && <span className="credit">{text.credit}</span>}
        </figcaption>
      )}
    </figure>
  )
}
