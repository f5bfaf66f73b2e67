/**
 * Reading a media file where it is kept: on the local disk under `media/`, or in the object store
 * when Payload was started with `MEDIA_S3_BUCKET` (storage.ts records the store on the media
 * collection). The publisher copies photos into the site with `copyMediaFile`, the WeChat push and
 * a re-crop read them with `readMediaFile`; neither needs to know where files are.
 */
import fs from 'node:fs'
import { pipeline } from 'node:stream/promises'
import path from 'node:path'
import type { Readable } from 'node:stream'

import type { Payload } from 'payload'

import { MEDIA } from '../../collections/slugs'
import { linkOrCopy } from '../lib/files'
import { mediaDir } from '../lib/paths'
import { s3Client } from './s3Client'
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

async function openObject(s3: S3Settings, filename: string): Promise<Readable | null> {
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
  const body = await openObject(s3, filename)
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
  const body = await openObject(s3, filename)
  if (!body) return false
  try {
    await pipeline(body, fs.createWriteStream(target))
  } catch (err) {
    fs.rmSync(target, { force: true })
    throw err
  }
  return true
}
