import type { Media } from '../../../payload-types'
import { idOf, type Id, type SiteContext } from '../context'
import { captionFor, mediaPath, Picture } from './Picture'

/** A gallery's item, a gallery block's photo, or a photo of a worker (an id alone). */
export type GalleryItem = { photo: Id | Media; caption?: string | null; credit?: string | null }

/**
 * A grid of photos with caption and credit. Each photo links to its large version, so it works
 * without JavaScript; gallery.js turns the links into a full-screen viewer (keyboard and touch).
 */
export function GalleryGrid({ ctx, items }: { ctx: SiteContext; items: GalleryItem[] }) {
  return (
    <ol className="gallery-grid" data-gallery="">
      {items.map((item, i) => {
        const media = ctx.media(item.photo)
        if (!media) return null
        const text = captionFor(media, item.caption, item.credit)
        const large = mediaPath(media.sizes?.hero?.filename) ?? mediaPath(media.filename)
        return (
          <li key={i}>
            <figure>
              <a href={large ?? '#'} data-caption={text.caption} data-credit={text.credit}>
                <Picture media={media} size="card" sizes="(max-width: 720px) 50vw, 320px" alt={media.alt ?? text.caption} />
              </a>
              <figcaption>
                {text.caption}
                {text.credit && <span className="credit">{text.credit}</span>}
              </figcaption>
            </figure>
          </li>
        )
      })}
    </ol>
  )
}
