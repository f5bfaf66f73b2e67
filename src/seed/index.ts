/**
 * Demo content for an empty database: the fictional 江澄市总工会 (Jiangcheng city federation of
 * trade unions) with its unions, topics, honour catalog, one account per role, a starter list of
 * sensitive words, photos, model-worker profiles, galleries, video campaigns, two consecutive
 * yearly reviews and articles.
 *
 * - Runs as the system: every call is a Local API call without a user, so `overrideAccess`
 *   defaults to true and access rules do not apply (the seed may create the admin account and set
 *   roles, which no logged-in non-admin could). The review chain treats such calls as 系统: a
 *   published document is marked approved and its review log says the system published it.
 * - Every create and update passes `context: { seeding: true }` so hooks can skip side effects
 *   (notifications, webhooks…) for demo content.
 * - Idempotent: when any of the collections below already holds a document the seed does nothing
 *   and returns `created: false`.
 * - A seed that fails halfway leaves the database empty again, so it can simply be run again: all
 *   writes share one transaction where the adapter has them (MongoDB replica sets, Postgres, SQLite
 *   with `transactionOptions`); otherwise (this project's SQLite setup) the documents created so
 *   far are deleted in reverse order. Uploaded files of a failed run are removed as well.
 *
 * All texts, names, enterprises and figures are invented for the demo; the photos are drawn
 * locally (see `images.ts`), nothing is downloaded.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type CollectionSlug,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { mediaDir } from '../lib/paths'
import { slugify } from '../lib/slug'
import { ARTICLES, articleData, type ArticleKey, type ArticleSpec } from './articles'
import {
  CITY,
  CORRESPONDENTS,
  HONORS,
  ORGANIZATIONS,
  PROVINCE,
  SENSITIVE_WORDS,
  TOPICS,
  USERS,
  type HonorKey,
  type OrgSpec,
  type Role,
  type TopicKey,
} from './catalog'
import { FEDERATION_LOGINS, seedFederationUnits, submitAndAdopt, walkFederationPieces } from './federation'
import { GALLERIES, VIDEOS, galleryData, videoData, type GalleryKey, type VideoKey } from './features'
import { renderJPEG } from './images'
import { PHOTOS, type PhotoKey, type PhotoSpec } from './photos'
import { day, type ID, type Refs } from './refs'
import { REVIEWS, reviewData, type ReviewKey } from './reviews'
import { WORKERS, workerData, type WorkerKey } from './workers'

export type SeedLogin = { role: string; email: string; password: string }
export type SeedResult = { created: boolean; logins: SeedLogin[] }

/** The demo accounts (also printed by `npm run seed` and `npm start`). */
export const DEMO_LOGINS: SeedLogin[] = USERS.map(({ role, email, password }) => ({ role, email, password }))

/** Those, then the demo federation's county accounts (src/seed/federation.ts). */
export const ALL_DEMO_LOGINS: SeedLogin[] = [...DEMO_LOGINS, ...FEDERATION_LOGINS]

/** Passed as `context` on every write, so hooks can tell seeding from editing. */
export const SEED_CONTEXT = { seeding: true } as const

/** Collections that must all be empty for the seed to run. */
const CHECKED: CollectionSlug[] = [
  'users',
  'organizations',
  'topics',
  'honors',
  'sensitive-words',
  'correspondents',
  'media',
  'articles',
  'model-workers',
  'galleries',
  'video-campaigns',
  'yearly-reviews',
]

/** True when none of the content collections holds a document (drafts included). */
export async function isDatabaseEmpty(payload: Payload): Promise<boolean> {
  for (const collection of CHECKED) {
    const { totalDocs } = await payload.count({ collection, overrideAccess: true })
    if (totalDocs > 0) return false
  }
  return true
}

const keysOf = <T extends object>(o: T) => Object.keys(o) as (keyof T & string)[]

/** The id stored under `key`; a missing one is a mistake in the demo data. */
function need(ids: Record<string, ID>, key: string): ID {
  const id = ids[key]
  if (id === undefined) throw new Error(`demo data refers to an unknown key "${key}"`)
  return id
}

export async function seed(payload: Payload, opts: { log?: (line: string) => void } = {}): Promise<SeedResult> {
  const log = opts.log ?? (() => {})
  if (!(await isDatabaseEmpty(payload))) {
    log('数据库已有内容，未做任何修改 / the database already has content: nothing changed')
    return { created: false, logins: [] }
  }

  // One request object (no user: the system) for every call; it carries the transaction.
  const req: PayloadRequest = await createLocalReq({ context: { ...SEED_CONTEXT } }, payload)
  const inTransaction = await initTransaction(req)
  const common = { req, context: { ...SEED_CONTEXT }, depth: 0 } as const
  const uploaded: string[] = []
  const created: { collection: CollectionSlug; id: ID }[] = []
  /** Note a created document, so a failed seed can remove it again. */
  const keep = <T extends { id: ID }>(collection: CollectionSlug, doc: T): T => {
    created.push({ collection, id: doc.id })
    return doc
  }

  let upward: () => Promise<{ submitted: number; adopted: number }> = async () => ({ submitted: 0, adopted: 0 })
  try {
    const refs = {} as Refs

    // Organizations, parents first.
    refs.org = {} as Refs['org']
    for (const key of keysOf(ORGANIZATIONS)) {
      const o: OrgSpec = ORGANIZATIONS[key]
      const doc = keep('organizations', await payload.create({
        collection: 'organizations',
        data: {
          name: o.name,
          slug: slugify(o.name),
          shortName: o.shortName,
          level: o.level,
          region: { province: PROVINCE, city: CITY, district: o.district },
          parent: o.parent ? need(refs.org, o.parent) : undefined,
          description: o.description,
        },
        ...common,
      }))
      refs.org[key] = doc.id
    }
    log(`工会组织 organizations: ${keysOf(ORGANIZATIONS).length}`)

    // Accounts, the admin first (the Users collection makes the very first account an administrator).
    refs.user = {} as Record<Role, ID>
    for (const u of USERS) {
      const doc = keep('users', await payload.create({
        collection: 'users',
        data: { name: u.name, email: u.email, password: u.password, roles: [u.role], organization: refs.org[u.org] },
        ...common,
      }))
      refs.user[u.role] = doc.id
    }
    log(`用户 users: ${USERS.length}`)

    // The demo federation's two counties and their own accounts (src/seed/federation.ts).
    const federation = await seedFederationUnits(payload, refs.org.city, common, keep)

    for (const { org, ...c } of CORRESPONDENTS) {
      keep('correspondents', await payload.create({ collection: 'correspondents', data: { ...c, organization: refs.org[org] }, ...common }))
    }
    log(`通讯员 correspondents: ${CORRESPONDENTS.length}`)

    refs.topic = {} as Record<TopicKey, ID>
    for (const key of keysOf(TOPICS)) {
      const t = TOPICS[key]
      const doc = keep('topics', await payload.create({ collection: 'topics', data: { ...t, slug: slugify(t.name) }, ...common }))
      refs.topic[key] = doc.id
    }
    refs.honor = {} as Record<HonorKey, ID>
    for (const key of keysOf(HONORS)) {
      const doc = keep('honors', await payload.create({ collection: 'honors', data: HONORS[key], ...common }))
      refs.honor[key] = doc.id
    }
    for (const word of SENSITIVE_WORDS) {
      keep('sensitive-words', await payload.create({ collection: 'sensitive-words', data: word, ...common }))
    }
    log(`栏目 topics: ${keysOf(TOPICS).length}，荣誉 honors: ${keysOf(HONORS).length}，敏感词 sensitive words: ${SENSITIVE_WORDS.length}`)

    // Photos, drawn locally and uploaded through the media collection (which makes the sizes).
    refs.photo = {} as Record<PhotoKey, ID>
    for (const key of keysOf(PHOTOS)) {
      const p: PhotoSpec = PHOTOS[key]
      const data = await renderJPEG(key, p.scene)
      const doc = keep('media', await payload.create({
        collection: 'media',
        data: {
          alt: p.alt,
          caption: p.caption,
          credit: p.credit,
          takenAt: day(p.takenAt),
          place: p.place,
          event: p.event,
          organization: p.org ? refs.org[p.org] : undefined,
        },
        file: { data, mimetype: 'image/jpeg', name: `jiangcheng-${key}.jpg`, size: data.length },
        ...common,
      }))
      refs.photo[key] = doc.id
      uploaded.push(...uploadedFiles(doc))
    }
    log(`图片 photos: ${keysOf(PHOTOS).length}`)

    // Profiles, video campaigns and reviews list the articles about them, and the articles point
    // back at them. So these are saved as drafts first and published once the articles exist (one
    // publish each, as an editor would do it), instead of being published twice.
    refs.worker = {} as Record<WorkerKey, ID>
    for (const key of keysOf(WORKERS)) {
      const doc = keep('model-workers', await payload.create({ collection: 'model-workers', data: asDraft(workerData(key, refs)), draft: true, ...common }))
      refs.worker[key] = doc.id
      // Who is shown in the portrait.
      await payload.update({ collection: 'media', id: refs.photo[WORKERS[key].portrait], data: { people: [doc.id] }, ...common })
    }

    refs.gallery = {} as Record<GalleryKey, ID>
    for (const key of keysOf(GALLERIES)) {
      const doc = keep('galleries', await payload.create({ collection: 'galleries', data: galleryData(key, refs), ...common }))
      refs.gallery[key] = doc.id
    }
    refs.video = {} as Record<VideoKey, ID>
    for (const key of keysOf(VIDEOS)) {
      const doc = keep('video-campaigns', await payload.create({ collection: 'video-campaigns', data: asDraft(videoData(key, refs)), draft: true, ...common }))
      refs.video[key] = doc.id
    }
    refs.review = {} as Record<ReviewKey, ID>
    for (const key of keysOf(REVIEWS)) {
      const doc = keep('yearly-reviews', await payload.create({ collection: 'yearly-reviews', data: asDraft(reviewData(key, refs)), draft: true, ...common }))
      refs.review[key] = doc.id
    }

    refs.article = {} as Record<ArticleKey, ID>
    for (const key of keysOf(ARTICLES)) {
      const data = articleData(key, refs)
      const doc = keep(
        'articles',
        data._status === 'draft'
          ? await payload.create({ collection: 'articles', data, draft: true, ...common })
          : await payload.create({ collection: 'articles', data, ...common }),
      )
      refs.article[key] = doc.id
    }

    // Now publish what waited for the articles, with the links back to them.
    const aboutIt = relatedArticles(refs)
    for (const key of keysOf(WORKERS)) {
      const { publishedAt, _status } = workerData(key, refs)
      if (_status !== 'published') continue // 许晨: still waiting for his consent
      await payload.update({
        collection: 'model-workers',
        id: refs.worker[key],
        data: { relatedArticles: aboutIt('workers', key), publishedAt, _status: 'published', reviewStage: 'approved' },
        ...common,
      })
    }
    for (const key of keysOf(VIDEOS)) {
      await payload.update({
        collection: 'video-campaigns',
        id: refs.video[key],
        data: { relatedArticles: aboutIt('videos', key), publishedAt: VIDEOS[key].publishedAt, _status: 'published', reviewStage: 'approved' },
        ...common,
      })
    }
    for (const key of keysOf(REVIEWS)) {
      await payload.update({
        collection: 'yearly-reviews',
        id: refs.review[key],
        data: { relatedArticles: aboutIt('reviews', key), publishedAt: REVIEWS[key].publishedAt, _status: 'published', reviewStage: 'approved' },
        ...common,
      })
    }
    await walkThroughReview(payload, refs, common)
    const countyPieces = await walkFederationPieces(payload, { users: federation.users, topic: refs.topic }, common, keep, uploaded, uploadedFiles)
    log(`区县总工会 county unions: ${Object.keys(federation.units).length}，各自的稿件 their pieces: ${countyPieces.length}`)
    log(`劳模工匠 model workers: ${keysOf(WORKERS).length}，图集 galleries: ${keysOf(GALLERIES).length}，视频专题 video campaigns: ${keysOf(VIDEOS).length}`)
    log(`年度回眸 yearly reviews: ${keysOf(REVIEWS).length}，文章 articles: ${keysOf(ARTICLES).length}`)

    await commitTransaction(req)
    upward = () => submitAndAdopt(payload, countyPieces, federation.users, refs.user.editor)
  } catch (err) {
    if (inTransaction) {
      await killTransaction(req)
    } else {
      // No transaction: remove what was created, newest first (children before their parents).
      const undo = await createLocalReq({ context: { ...SEED_CONTEXT } }, payload)
      for (const { collection, id } of created.reverse()) {
        await payload.delete({ collection, id, req: undo, context: { ...SEED_CONTEXT } }).catch(() => {})
      }
    }
    await Promise.all(uploaded.map((file) => fs.rm(file, { force: true }).catch(() => {})))
    throw err
  }
  // The content is saved; the counties' 报送 and the city's 采用 go through the federation's own
  // service, each step in its own transaction, as the admin's buttons do them.
  const done = await upward()
  log(`报送 submitted upward: ${done.submitted}，采用 adopted: ${done.adopted}`)
  return { created: true, logins: ALL_DEMO_LOGINS }
}

/**
 * A few pieces walked through the review chain by the demo users themselves (not the system), so
 * the review queues, the log and the sign-off sheet have something to show: a returned profile
 * and a story passed on for final review.
 */
async function walkThroughReview(payload: Payload, refs: Refs, common: { req: PayloadRequest; context: Record<string, unknown>; depth: 0 }) {
  const as = async (role: Role) => ({ ...(await payload.findByID({ collection: 'users', id: refs.user[role], depth: 0, req: common.req })), collection: 'users' as const })
  const reporter = await as('reporter')
  const editor = await as('editor')
  const move = (collection: 'articles' | 'model-workers', id: ID, user: typeof reporter, data: Record<string, unknown>) =>
    payload.update({ collection, id, data: data as never, draft: true, user, overrideAccess: false, ...common })

  // 许晨's profile: written by the reporter, submitted, returned by the editor until consent is on file.
  await payload.update({ collection: 'model-workers', id: refs.worker.xu, data: { createdBy: refs.user.reporter }, draft: true, ...common })
  await move('model-workers', refs.worker.xu, reporter, { reviewStage: 'submitted', reviewComment: '人物稿已完成，请审核。' })
  await move('model-workers', refs.worker.xu, editor, {
    reviewStage: 'returned',
    reviewComment: '请先取得本人书面同意（勾选“已同意公开发布”），并补充他2025年的获奖信息后再提交。',
  })

  // A short story the reporter wrote and the editor passed on: it waits for the chief editor.
  const story = await payload.create({
    collection: 'articles',
    draft: true,
    user: reporter,
    overrideAccess: false,
    ...common,
    data: {
      title: '港区工会驿站开设“夜间服务窗口”',
      summary: '夜班职工下班后也能在驿站办理会员服务、咨询法律问题。',
      bylines: [{ role: 'reporter', name: '林晓', user: refs.user.reporter }],
      organization: refs.org.lingang,
      topics: [refs.topic.services],
      body: {
        root: {
          type: 'root',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          children: [
            {
              type: 'paragraph',
              version: 1,
              direction: 'ltr',
              format: '',
              indent: 0,
              textFormat: 0,
              textStyle: '',
              children: [
                {
                  type: 'text',
                  version: 1,
                  text: '从本月起，港区工会驿站每周一至周五晚上延长开放到十点，夜班职工下班后可以在这里歇脚、热饭，也可以办理会员服务、预约律师咨询。',
                  detail: 0,
                  format: 0,
                  mode: 'normal',
                  style: '',
                },
              ],
            },
          ],
        },
      },
    } as never,
  })
  await move('articles', story.id, reporter, { reviewStage: 'submitted' })
  await move('articles', story.id, editor, { reviewStage: 'edited', proofPass: 'first', reviewComment: '一校完毕，开放时间已与驿站核实。' })
}

/** The same data saved as a plain draft (published later). */
function asDraft<T extends { _status?: string; reviewStage?: string; publishedAt?: string }>(data: T) {
  return { ...data, _status: 'draft' as const, reviewStage: 'draft' as const, publishedAt: undefined }
}

/** Ids of the published articles whose `related` lists name a given document. */
function relatedArticles(refs: Refs) {
  const published = keysOf(ARTICLES).filter((k) => Boolean((ARTICLES[k] as ArticleSpec).publishedAt))
  return (kind: 'workers' | 'videos' | 'reviews', key: string): ID[] =>
    published
      .filter((a) => ((ARTICLES[a] as ArticleSpec).related?.[kind] as string[] | undefined)?.includes(key))
      .map((a) => refs.article[a])
}

/** Files written for one media document (the original and its sizes). */
function uploadedFiles(doc: { filename?: string | null; sizes?: Record<string, { filename?: string | null } | undefined> }): string[] {
  const names = [doc.filename, ...Object.values(doc.sizes ?? {}).map((s) => s?.filename)]
  return names.filter((n): n is string => Boolean(n)).map((n) => path.join(mediaDir, n))
}
