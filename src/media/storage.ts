/**
 * Where media files live. By default on the local disk under `media/` (one server). Deployments
 * with several servers set `MEDIA_S3_BUCKET` and keep every file in an S3-compatible object store
 * (AWS S3, MinIO, Aliyun OSS, Tencent COS, Cloudflare R2…) through Payload's storage adapter
 * `@payloadcms/storage-s3`; files are still served at `/api/media/file/<name>` (with access
 * control and range requests) unless `MEDIA_S3_PUBLIC_URL` points readers at the store directly.
 *
 * The adapter uploads the original and the WebP sizes (`req.payloadUploadSizes`); the JPEG
 * fallbacks are not sizes Payload knows of, so the hooks below put them beside the WebP files and
 * delete them with the photo.
 *
 * `@payloadcms/storage-s3` is loaded only when `MEDIA_S3_BUCKET` is set, so a single-server
 * install does not need it. Install it in the same version as `payload` (see the README).
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import {
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionConfig,
  type CollectionSlug,
  type Config,
  headersWithCors,
  type PayloadRequest,
  type Plugin,
  type UploadConfig,
} from 'payload'

import type { Media } from '../../payload-types'
import { MEDIA } from '../../collections/slugs'
import { setting, type Env } from '../settings'
import { fallbackFilename } from './derivatives'
import { PENDING_FALLBACKS, type PendingFallback, sizeFilesOf } from './uploadHooks'

export type S3Settings = {
  bucket: string
  region: string
  endpoint?: string
  forcePathStyle: boolean
  accessKeyId?: string
  secretAccessKey?: string
  prefix?: string
  publicURL?: string
}

/** S3 settings from the environment, or null for local storage. */
export function s3SettingsFromEnv(env: Env = process.env): S3Settings | null {
  const bucket = setting('MEDIA_S3_BUCKET', env)
  if (!bucket) return null
  const endpoint = setting('MEDIA_S3_ENDPOINT', env)
  const accessKeyId = setting('MEDIA_S3_ACCESS_KEY_ID', env)
  const secretAccessKey = setting('MEDIA_S3_SECRET_ACCESS_KEY', env)
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error('MEDIA_S3_ACCESS_KEY_ID and MEDIA_S3_SECRET_ACCESS_KEY must be set together (or neither, to use the AWS default credentials)')
  }
  const pathStyle = setting('MEDIA_S3_FORCE_PATH_STYLE', env)
  return {
    bucket,
    region: setting('MEDIA_S3_REGION', env),
    endpoint,
    // MinIO and most S3-compatible stores want path-style addresses (endpoint/bucket/key).
    forcePathStyle: pathStyle ? pathStyle === 'true' : Boolean(endpoint),
    accessKeyId,
    secretAccessKey,
    prefix: setting('MEDIA_S3_PREFIX', env)?.replace(/^\/+|\/+$/g, '') || undefined,
    publicURL: setting('MEDIA_S3_PUBLIC_URL', env)?.replace(/\/+$/, '') || undefined,
  }
}

/** Import a package only present on deployments that use it, without bundlers following it. */
async function optionalImport<T>(name: string): Promise<T> {
  try {
    return (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ name)) as T
  } catch (err) {
    throw new Error(`MEDIA_S3_BUCKET is set but ${name} cannot be loaded (${(err as Error).message}). Install it: npm install @payloadcms/storage-s3@<the payload version>`)
  }
}

type S3Client = { send: (command: unknown) => Promise<unknown> }
type S3Module = {
  S3Client: new (config: Record<string, unknown>) => S3Client
  PutObjectCommand: new (input: Record<string, unknown>) => unknown
  DeleteObjectsCommand: new (input: Record<string, unknown>) => unknown
}

function clientConfig(s3: S3Settings): Record<string, unknown> {
  return {
    region: s3.region,
    ...(s3.endpoint ? { endpoint: s3.endpoint } : {}),
    forcePathStyle: s3.forcePathStyle,
    ...(s3.accessKeyId ? { credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } } : {}),
  }
}

function fallbackHooks(s3: S3Settings, client: () => Promise<{ s3: S3Client; mod: S3Module }>) {
  const key = (filename: string) => (s3.prefix ? `${s3.prefix}/${filename}` : filename)
  const upload: CollectionAfterChangeHook<Media> = async ({ doc, req }) => {
    const pending = req.context[PENDING_FALLBACKS] as PendingFallback[] | undefined
    if (!pending?.length) return doc
    delete req.context[PENDING_FALLBACKS]
    const { s3: c, mod } = await client()
    for (const file of pending) {
      await c.send(new mod.PutObjectCommand({ Bucket: s3.bucket, Key: key(file.filename), Body: file.data, ContentType: 'image/jpeg' }))
    }
    return doc
  }
  const remove: CollectionAfterDeleteHook<Media> = async ({ doc }) => {
    const filenames = sizeFilesOf(doc).flatMap((s) => (s?.filename ? [s.filename] : []))
    const objects = filenames.map((filename) => ({ Key: key(fallbackFilename(filename)) }))
    if (objects.length === 0) return doc
    const { s3: c, mod } = await client()
    await c.send(new mod.DeleteObjectsCommand({ Bucket: s3.bucket, Delete: { Objects: objects, Quiet: true } }))
    return doc
  }
  return { upload, remove }
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
 * media collection is stored in the bucket.
 */
export function mediaStorage(env: Env = process.env): Plugin {
  return async (config: Config): Promise<Config> => {
    const s3 = s3SettingsFromEnv(env)
    if (!s3) return withMissingFileAnswer(config)
    type StorageS3 = { s3Storage: (options: Record<string, unknown>) => Plugin }
    const { s3Storage } = await optionalImport<StorageS3>('@payloadcms/storage-s3')
    const withS3 = await s3Storage({
      bucket: s3.bucket,
      config: clientConfig(s3),
      collections: {
        [MEDIA]: {
          ...(s3.prefix ? { prefix: s3.prefix } : {}),
          ...(s3.publicURL ? { disablePayloadAccessControl: true, generateFileURL: ({ filename, prefix }: { filename: string; prefix?: string }) => `${s3.publicURL}/${prefix ? `${prefix}/` : ''}${filename}` } : {}),
        },
      },
    })(config)
    let cached: { s3: S3Client; mod: S3Module } | null = null
    const client = async () => {
      if (!cached) {
        const mod = await optionalImport<S3Module>('@aws-sdk/client-s3')
        cached = { s3: new mod.S3Client(clientConfig(s3)), mod }
      }
      return cached
    }
    const hooks = fallbackHooks(s3, client)
    return {
      ...withS3,
      collections: (withS3.collections ?? []).map((collection: CollectionConfig) =>
        collection.slug !== MEDIA
          ? collection
          : {
              ...collection,
              hooks: {
                ...collection.hooks,
                afterChange: [...(collection.hooks?.afterChange ?? []), hooks.upload],
                afterDelete: [...(collection.hooks?.afterDelete ?? []), hooks.remove],
              },
            },
      ),
    }
  }
}
