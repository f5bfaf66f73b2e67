import type { Payload } from 'payload'

import type { Honor, Media, Organization, Topic } from '../../payload-types'
import type { AnyDoc } from '../site/context'

export const PUBLISHABLE_SITE = ['articles', 'model-workers', 'galleries', 'video-campaigns', 'yearly-reviews'] as const
export type PublishableSlug = (typeof PUBLISHABLE_SITE)[number]

/** Everything the site is built from, keyed by id (as strings, so SQLite and MongoDB ids match). */
export type SiteData = {
  docs: Record<PublishableSlug, Map<string, AnyDoc>>
  media: Map<string, Media>
  topics: Map<string, Topic>
  organizations: Map<string, Organization>
  honors: Map<string, Honor>
}

const byId = <T extends { id: number | string }>(docs: T[]) => new Map(docs.map((d) => [String(d.id), d]))

/**
 * Read the published site content through the Local API as an anonymous reader
 * (`overrideAccess: false`, no user): drafts and documents under review are never visible here,
 * whatever the publisher does next.
 */
export async function loadSiteData(payload: Payload): Promise<SiteData> {
  const read = async <T,>(collection: string) =>
    (
      await payload.find({
        collection: collection as never,
        depth: 0,
        pagination: false,
        overrideAccess: false,
        draft: false,
        ...(PUBLISHABLE_SITE.includes(collection as PublishableSlug) ? { where: { _status: { equals: 'published' } } } : {}),
      })
    ).docs as unknown as T[]
  const [articles, workers, galleries, videos, reviews, media, topics, organizations, honors] = await Promise.all([
    read<AnyDoc>('articles'),
    read<AnyDoc>('model-workers'),
    read<AnyDoc>('galleries'),
    read<AnyDoc>('video-campaigns'),
    read<AnyDoc>('yearly-reviews'),
    read<Media>('media'),
    read<Topic>('topics'),
    read<Organization>('organizations'),
    read<Honor>('honors'),
  ])
  return {
    docs: {
      articles: byId(articles),
      'model-workers': byId(workers),
      galleries: byId(galleries),
      'video-campaigns': byId(videos),
      'yearly-reviews': byId(reviews),
    },
    media: byId(media),
    topics: byId(topics),
    organizations: byId(organizations),
    honors: byId(honors),
  }
}
