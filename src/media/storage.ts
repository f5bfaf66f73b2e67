/**
 * Where media files live. By default on the local disk under `media/` (one server). Deployments
 * with several servers set `MEDIA_S3_BUCKET` and keep every file in an S3-compatible object store
 * (AWS S3, MinIO, Aliyun OSS, Tencent COS, Cloudflare R2…) through Payload's storage adapter
 * `@payloadcms/storage-s3`; files are still served at `/api/media/file/<name>` (with access
 * control and range requests), and linked at `MEDIA_S3_PUBLIC_URL` when the store serves readers.
 *
 * The adapter uploads the original and the WebP sizes (`req.payloadUploadSizes`); the JPEG
 * fallbacks are not sizes Payload knows of, so the hooks below put them beside the WebP files and
 * delete them with the photo. Before Payload starts, `checkMediaStore` (s3Client.ts) makes sure the
 * store answers and the key may write and delete, and refuses to start otherwise.
 *
 * The adapter and the AWS SDK are imported only when `MEDIA_S3_BUCKET` is set: a single-server
 * install never loads them (tests/unit/media/storage.spec.ts).
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import {
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionConfig,
  type CollectionSlug,
  type Config,
  type Field,
  headersWithCors,
  type PayloadRequest,
  type Plugin,
  type UploadConfig,
} from 'payload'

import type { Media } from '../../payload-types'
import { MEDIA } from '../../collections/slugs'
import { type Env } from '../settings'
import { fallbackFilename } from './derivatives'
import { STORE_KEY } from './files'
import { checkMediaStore, clientCacheKey, s3Client, s3ClientConfig } from './s3Client'
import { objectKey, publicBaseOf, s3SettingsFromEnv, type S3Settings } from './s3Settings'
import { PENDING_FALLBACKS, type PendingFallback, sizeFilesOf } from './uploadHooks'

export { s3SettingsFromEnv, type S3Settings } from './s3Settings'

/** Every file of a photo the JPEG hooks look after: the fallback beside each WebP size. */
const fallbackNames = (doc: Partial<Media> | undefined) => sizeFilesOf(doc).flatMap((s) => (s?.filename ? [fallbackFilename(s.filename)] : []))

/**
 * The JPEG fallbacks in the bucket: uploaded after a save that rendered sizes (`renderSizes` leaves
 * them in `req.context`; with a moved focal point and no new file, the WebP sizes too, since the
 * adapter uploads sizes only with a file), and deleted when the photo is, or when a save replaced them.
 */
function fallbackHooks(s3: S3Settings) {
  const upload: CollectionAfterChangeHook<Media> = async ({ doc, operation, previousDoc, req }) => {
    const pending = req.context[PENDING_FALLBACKS] as PendingFallback[] | undefined
    delete req.context[PENDING_FALLBACKS]
    const stale = operation === 'update' ? staleFiles(previousDoc, doc) : []
    if (!pending?.length && stale.length === 0) return doc
    const client = await s3Client(s3)
    const { PutObjectCommand, DeleteObjectsCommand } = await import('@aws-sdk/client-s3')
    for (const file of pending ?? []) {
      await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: objectKey(s3, file.filename), Body: file.data, ContentType: file.mimeType }))
    }
    if (stale.length) await client.send(new DeleteObjectsCommand({ Bucket: s3.bucket, Delete: { Objects: stale.map((name) => ({ Key: objectKey(s3, name) })), Quiet: true } }))
    return doc
  }
  const remove: CollectionAfterDeleteHook<Media> = async ({ doc }) => {
    const names = fallbackNames(doc)
    if (names.length === 0) return doc
    const client = await s3Client(s3)
    const { DeleteObjectsCommand } = await import('@aws-sdk/client-s3')
    await client.send(new DeleteObjectsCommand({ Bucket: s3.bucket, Delete: { Objects: names.map((name) => ({ Key: objectKey(s3, name) })), Quiet: true } }))
    return doc
  }
  return { upload, remove }
}

/** Size files (WebP and JPEG) the previous version had and this one has not: a re-crop to other dimensions, a replaced photo. */
function staleFiles(previous: Partial<Media> | undefined, current: Partial<Media>): string[] {
  const names = (doc: Partial<Media> | undefined) => new Set(sizeFilesOf(doc).flatMap((s) => (s?.filename ? [s.filename, fallbackFilename(s.filename)] : [])))
  const now = names(current)
  return [...names(previous)].filter((name) => !now.has(name))
}

/** File-system refusals that mean "there is no such file" for a name someone asked for. */
const MISSING = new Set(['ENOENT', 'ENOTDIR', 'ENAMETOOLONG', 'ELOOP', 'EISDIR'])

export const MISSING_FILE_MESSAGE = '文件不存在：它可能已被删除，或未能保存到服务器。请在“图片与视频库”中重新上传该文件。'

type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

/**
 * Upload handler for files on the local disk, run by `/api/<collection>/file/<name>` before
 * Payload's own serving: a file the library names but the disk lacks (deleted behind Payload's
 * back, a restore without `media/`), and a name no file can have (a NUL byte, too long, through a
 * file, a folder), answer 404 with a message instead of Payload's 500. Anything else falls through
 * to Payload (node_modules/payload/dist/uploads/endpoints/getFile.js), which serves the file.
 */
// Cast: Payload types a handler as `Promise<Response> | Promise<void>`, which no async function that
// only sometimes answers can be.
export const answerMissingFile = (async (req: PayloadRequest, { params }: Parameters<UploadHandler>[1]): Promise<Response | undefined> => {
  const upload = req.payload.collections[params.collection as CollectionSlug]?.config.upload
  const root = path.resolve((typeof upload === 'object' && upload.staticDir) || params.collection)
  const name = params.filename ?? ''
  const target = path.resolve(root, name)
  let missing = name === '' || name.includes('\0') || path.dirname(target) !== root
  if (!missing) {
    try {
      missing = !(await fs.stat(target)).isFile()
    } catch (err) {
      if (!MISSING.has((err as NodeJS.ErrnoException).code ?? '')) throw err
      missing = true
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') req.payload.logger.warn(`media: ${name} is asked for but not on the disk (${target})`)
    }
  }
  if (!missing) return undefined
  return Response.json({ errors: [{ message: MISSING_FILE_MESSAGE }] }, { status: 404, headers: headersWithCors({ headers: new Headers({ 'Cache-Control': 'no-store' }), req }) })
}) as UploadHandler

/** The media collection with `answerMissingFile` in front of Payload's local file serving. */
function withMissingFileAnswer(config: Config): Config {
  if (!config.collections?.some((collection) => collection.slug === MEDIA)) return config
  return {
    ...config,
    collections: (config.collections ?? []).map((collection: CollectionConfig) => {
      if (collection.slug !== MEDIA || !collection.upload) return collection
      const upload = typeof collection.upload === 'object' ? collection.upload : {}
      return { ...collection, upload: { ...upload, handlers: [...(upload.handlers ?? []), answerMissingFile] } }
    }),
  }
}

/**
 * The storage plugin for `buildConfig({ plugins: [mediaStorage()] })`: without `MEDIA_S3_BUCKET`
 * files stay on the local disk and a missing one answers 404 (`answerMissingFile`); with it, the
 * media collection is stored in the bucket, and Payload does not start unless the store is usable.
 */
export function mediaStorage(env: Env = process.env): Plugin {
  return async (config: Config): Promise<Config> => {
    const s3 = s3SettingsFromEnv(env)
    if (!s3) return withMissingFileAnswer(config)
    const { s3Storage } = await import('@payloadcms/storage-s3')
    const withS3 = await s3Storage({
      bucket: s3.bucket,
      config: s3ClientConfig(s3),
      // The adapter caches its client by bucket name alone: two stores with one bucket name must not share it.
      clientCacheKey: clientCacheKey(s3),
      collections: {
        [MEDIA]: {
          ...(s3.prefix ? { prefix: s3.prefix } : {}),
          // `prefix` is passed as the document's own folder, which this project never sets (see withoutStorageFields).
          ...(s3.publicURL ? { generateFileURL: ({ filename }: { filename: string }) => `${publicBaseOf(s3)}/${encodeURIComponent(filename)}` } : {}),
        },
      },
    })(config)
    const hooks = fallbackHooks(s3)
    const startWith = withS3.onInit
    return {
      ...withS3,
      collections: (withS3.collections ?? []).map((collection: CollectionConfig) =>
        collection.slug !== MEDIA
          ? collection
          : {
              ...collection,
              fields: withoutStorageFields(collection.fields),
              custom: { ...collection.custom, [STORE_KEY]: s3 },
              hooks: {
                ...collection.hooks,
                afterChange: [...(collection.hooks?.afterChange ?? []), hooks.upload],
                afterDelete: [...(collection.hooks?.afterDelete ?? []), hooks.remove],
              },
            },
      ),
      // Before anything else on start (migrations, repairs): a store that cannot be used stops the start.
      onInit: async (payload) => {
        await checkMediaStore(s3)
        await startWith?.(payload)
      },
    }
  }
}

/**
 * The adapter adds two columns to the media collection: `prefix` (a folder per document, for
 * deployments that change their prefix over time) and `_objectKey` (for uploads straight from the
 * browser). This project uses neither — every file is at `MEDIA_S3_PREFIX/<name>`, uploads go
 * through the server — so they are left out, and the database is the same with or without a
 * bucket: switching to the store needs no migration. Without the fields the adapter reads and
 * writes `<collection prefix>/<name>` (plugin-cloud-storage buildStoragePathData).
 */
function withoutStorageFields(fields: Field[]): Field[] {
  return fields.filter((field) => !('name' in field) || (field.name !== 'prefix' && field.name !== '_objectKey'))
}
