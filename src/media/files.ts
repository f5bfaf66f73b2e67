/**
 * Reading a media file where it is kept: on the local disk under `media/`, or in the object store
 * when Payload was started with `MEDIA_S3_BUCKET` (storage.ts records the store on the media
 * collection). The publisher copies photos into the site with `copyMediaFile`, the WeChat push and
 * a re-crop read them with `readMediaFile`; neither needs to know where files are.
 *
 * Backup and restore (src/backup/bucket.ts) work on the bucket as a whole: `listMediaObjects`,
 * `openMediaObject`, `putMediaObject` and `deleteMediaObjects`, always under `objectKey`.
 */
import fs from 'node:fs'
import { pipeline } from 'node:stream/promises'
import path from 'node:path'
import type { Readable } from 'node:stream'

import type { Payload } from 'payload'

import { MEDIA } from '../../collections/slugs'
import { linkOrCopy } from '../lib/files'
import { mediaDir } from '../lib/paths'
import { PROBE_NAME, s3Client } from './s3Client'
import { objectKey, type S3Settings } from './s3Settings'

/** Key of the media collection's `custom` under which storage.ts records the store it was configured with. */
export const STORE_KEY = 'mediaStore'

/** The object store this Payload instance keeps media in, or null for the local disk. */
export function mediaStoreOf(payload: Payload): S3Settings | null {
  const custom = payload.collections[MEDIA]?.config.custom as Record<string, unknown> | undefined
  return (custom?.[STORE_KEY] as S3Settings | undefined) ?? null
}

/** A stored file's name: one path segment, not a dot-file (what the upload pipeline stores). */
const plainName = (name: string) => name !== '' && !name.includes('/') && !name.includes('\\') && !name.includes('\0') && !name.startsWith('.')

const isMissing = (err: unknown) => {
  const e = err as { name?: string; code?: string; $metadata?: { httpStatusCode?: number } }
  return e.name === 'NoSuchKey' || e.name === 'NotFound' || e.$metadata?.httpStatusCode === 404 || e.code === 'ENOENT'
}

/** A file of the bucket as a stream (`filename` may name a file in a folder under the prefix), or null when there is none. */
export async function openMediaObject(s3: S3Settings, filename: string): Promise<Readable | null> {
  const client = await s3Client(s3)
  const { GetObjectCommand } = await import('@aws-sdk/client-s3')
  try {
    const object = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: objectKey(s3, filename) }))
    return (object.Body as Readable | undefined) ?? null
  } catch (err) {
    if (isMissing(err)) return null
    throw err
  }
}

/** The bytes of a stored media file, or null when there is no such file. Store and network failures throw. */
export async function readMediaFile(payload: Payload, filename: string): Promise<Buffer | null> {
  if (!plainName(filename)) return null
  const s3 = mediaStoreOf(payload)
  if (!s3) {
    try {
      return await fs.promises.readFile(path.join(mediaDir, filename))
    } catch (err) {
      if (isMissing(err) || (err as NodeJS.ErrnoException).code === 'EISDIR') return null
      throw err
    }
  }
  const body = await openMediaObject(s3, filename)
  if (!body) return null
  const chunks: Buffer[] = []
  for await (const chunk of body) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/**
 * Put a stored media file at `target` (whose folder exists): a hard link to the file in `media/`,
 * or a download from the store. False when there is no such file; nothing is left at `target` then.
 */
export async function copyMediaFile(payload: Payload, filename: string, target: string): Promise<boolean> {
  if (!plainName(filename)) return false
  const s3 = mediaStoreOf(payload)
  if (!s3) {
    const from = path.join(mediaDir, filename)
    if (!fs.existsSync(from)) return false
    linkOrCopy(from, target)
    return true
  }
  const body = await openMediaObject(s3, filename)
  if (!body) return false
  try {
    await pipeline(body, fs.createWriteStream(target))
  } catch (err) {
    fs.rmSync(target, { force: true })
    throw err
  }
  return true
}

/** An object of the bucket under the prefix: its name below the prefix (what `objectKey` was given) and size. */
export type MediaObject = { name: string; key: string; bytes: number }

/**
 * Every object of the bucket under `MEDIA_S3_PREFIX/` (the whole bucket without a prefix), page by
 * page, in key order. Folder markers (keys ending in `/`) and the start-up check's probe are left
 * out; names are returned as they are, nested ones included, for the caller to judge.
 */
export async function* listMediaObjects(s3: S3Settings): AsyncGenerator<MediaObject> {
  const client = await s3Client(s3)
  const { ListObjectsV2Command } = await import('@aws-sdk/client-s3')
  // With the slash: prefix `media` must not take `media-old/…`.
  const Prefix = s3.prefix ? `${s3.prefix}/` : undefined
  let ContinuationToken: string | undefined
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix, ContinuationToken }))
    for (const object of page.Contents ?? []) {
      const key = object.Key ?? ''
      const name = Prefix ? key.slice(Prefix.length) : key
      if (!key.startsWith(Prefix ?? '') || name === '' || name.endsWith('/') || name === PROBE_NAME) continue
      yield { name, key, bytes: object.Size ?? 0 }
    }
    ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (ContinuationToken)
}

/**
 * Upload the local `file` as the bucket's `filename`, streamed. `md5` (base64 of the file's MD5)
 * is sent as Content-MD5, so the store refuses a file that arrived damaged.
 */
export async function putMediaObject(s3: S3Settings, filename: string, file: { path: string; bytes: number; contentType: string; md5?: string }): Promise<void> {
  const client = await s3Client(s3)
  const { PutObjectCommand } = await import('@aws-sdk/client-s3')
  await client.send(
    new PutObjectCommand({
      Bucket: s3.bucket,
      Key: objectKey(s3, filename),
      Body: fs.createReadStream(file.path),
      ContentLength: file.bytes,
      ContentType: file.contentType,
      ...(file.md5 ? { ContentMD5: file.md5 } : {}),
    }),
  )
}

/** Delete these files of the bucket (names under the prefix), 1000 per request; a file already gone is no error. */
export async function deleteMediaObjects(s3: S3Settings, filenames: string[]): Promise<void> {
  if (filenames.length === 0) return
  const client = await s3Client(s3)
  const { DeleteObjectsCommand } = await import('@aws-sdk/client-s3')
  for (let i = 0; i < filenames.length; i += 1000) {
    const Objects = filenames.slice(i, i + 1000).map((name) => ({ Key: objectKey(s3, name) }))
    const result = await client.send(new DeleteObjectsCommand({ Bucket: s3.bucket, Delete: { Objects, Quiet: true } }))
    const failed = result.Errors ?? []
    if (failed.length > 0) throw new Error(`the store refused to delete ${failed[0]!.Key} (${failed[0]!.Code ?? 'error'}: ${failed[0]!.Message ?? ''})${failed.length > 1 ? ` and ${failed.length - 1} more` : ''}`)
  }
}
