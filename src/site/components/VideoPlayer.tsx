import type { Media } from '../../../payload-types'
import { parseVideoURL, VIDEO_PLATFORMS } from '../../lib/videoEmbed'
import { idOf, type Id, type SiteContext } from '../context'
import { mediaPath } from './Picture'

/**
 * An uploaded video in `<video controls preload="none">` with its poster, or an allow-listed
 * platform's player in a sandboxed iframe; a platform without an embed (视频号) becomes a link.
 */
export function VideoPlayer({
  ctx,
  title,
  file,
  url,
  poster,
  caption,
}: {
  ctx: SiteContext
  title?: string | null
  file?: Id | Media | null
  url?: string | null
  poster?: Id | Media | null
  caption?: string | null
}) {
  const posterMedia = ctx.media(poster)
  const posterSrc = mediaPath(posterMedia?.sizes?.feature?.filename) ?? mediaPath(posterMedia?.filename)
  const fileMedia = ctx.media(file)
  const label = title || '视频'
  let player = null
  if (fileMedia && (fileMedia.mimeType ?? '').startsWith('video/')) {
    const src = mediaPath(fileMedia.filename)
    player = (
      <video controls preload="none" poster={posterSrc ?? undefined} width={fileMedia.width ?? undefined} height={fileMedia.height ?? undefined} aria-label={label}>
        <source src={src ?? undefined} type={fileMedia.mimeType ?? undefined} />
        您的浏览器不能播放此视频，<a href={src ?? '#'}>点此下载观看</a>。
      </video>
    )
  } else if (url) {
    const parsed = parseVideoURL(url)
    if (parsed?.embedURL) {
      player = (
        <div className="embed">
          <iframe
            src={parsed.embedURL}
            title={`${label}（${VIDEO_PLATFORMS[parsed.platform].zh}）`}
            loading="lazy"
            sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"
            allow="fullscreen; picture-in-picture"
            referrerPolicy="strict-origin-when-cross-origin"
          />
        </div>
      )
    } else if (parsed) {
      player = (
        <p className="video-link">
          <a href={parsed.pageURL} rel="noopener noreferrer">
            在{VIDEO_PLATFORMS[parsed.platform].zh}观看：{label}
          </a>
        </p>
      )
    }
  }
  if (!player) return null
  return (
    <figure className="video">
      {player}
      {(title || caption) && (
        <figcaption>
          {title && <strong>{title}</strong>} {caption}
        </figcaption>
      )}
    </figure>
  )
}
