/** Ids of the documents the seed has created so far, by the keys the content modules use. */
import type { ArticleKey } from './articles'
import type { HonorKey, OrgKey, Role, TopicKey } from './catalog'
import type { GalleryKey, VideoKey } from './features'
import type { PhotoKey } from './photos'
import type { ReviewKey } from './reviews'
import type { WorkerKey } from './workers'

/** Document ids (numbers on SQLite; the generated types say number for every adapter). */
export type ID = number

export type Refs = {
  photo: Record<PhotoKey, ID>
  org: Record<OrgKey, ID>
  topic: Record<TopicKey, ID>
  honor: Record<HonorKey, ID>
  user: Record<Role, ID>
  worker: Record<WorkerKey, ID>
  gallery: Record<GalleryKey, ID>
  video: Record<VideoKey, ID>
  review: Record<ReviewKey, ID>
  article: Record<ArticleKey, ID>
}

/** A calendar day (date-only fields) stored at noon UTC, so it shows as the same day everywhere. */
export const day = (date: string): string => `${date}T12:00:00.000Z`

/** A moment in Beijing time (UTC+8), as an ISO string. */
export const at = (date: string, time = '08:00'): string => new Date(`${date}T${time}:00+08:00`).toISOString()
