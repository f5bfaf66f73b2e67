// Storage settings (src/media/storage.ts): local disk unless MEDIA_S3_BUCKET is set; S3-compatible
// stores get path-style addresses; half-given credentials and bad endpoints are refused; a
// single-server install never loads the S3 adapter or the AWS SDK.
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it, vi } from 'vitest'

import { describeStore, mediaPublicBase } from '../../../src/media/s3Settings'
import { mediaStorage, s3SettingsFromEnv } from '../../../src/media/storage'

describe('s3SettingsFromEnv', () => {
  it('keeps files on the local disk without a bucket', () => {
    expect(s3SettingsFromEnv({})).toBeNull()
  })

  it('reads an S3-compatible store (MinIO) with path-style addresses', () => {
    expect(
      s3SettingsFromEnv({
        MEDIA_S3_BUCKET: 'union-media',
        MEDIA_S3_ENDPOINT: 'http://minio.internal:9000',
        MEDIA_S3_ACCESS_KEY_ID: 'key',
        MEDIA_S3_SECRET_ACCESS_KEY: 'secret',
        MEDIA_S3_PREFIX: '/media/',
      }),
    ).toEqual({
      bucket: 'union-media',
      region: 'us-east-1',
      endpoint: 'http://minio.internal:9000',
      forcePathStyle: true,
      accessKeyId: 'key',
      secretAccessKey: 'secret',
      prefix: 'media',
      publicURL: undefined,
    })
  })

  it('uses virtual-host addresses and default credentials on AWS itself', () => {
    expect(s3SettingsFromEnv({ MEDIA_S3_BUCKET: 'b', MEDIA_S3_REGION: 'cn-north-1' })).toMatchObject({ region: 'cn-north-1', forcePathStyle: false, endpoint: undefined })
  })

  it('refuses half-given credentials and an endpoint that is not a URL', () => {
    expect(() => s3SettingsFromEnv({ MEDIA_S3_BUCKET: 'b', MEDIA_S3_ACCESS_KEY_ID: 'key' })).toThrow(/together/)
    expect(() => s3SettingsFromEnv({ MEDIA_S3_BUCKET: 'b', MEDIA_S3_ENDPOINT: 'minio:9000' })).toThrow(/http/)
  })
})

describe('mediaStorage', () => {
  it('leaves the config as it is without a bucket', async () => {
    const config = { collections: [] } as never
    expect(await mediaStorage({})(config)).toBe(config)
  })
})

// What a single-server install loads: the adapter and the AWS SDK are mocked here so that any
// import of them is recorded (vi.mock intercepts the imports made by the project's own modules).
const loaded = vi.hoisted(() => [] as string[])
vi.mock('@payloadcms/storage-s3', () => {
  loaded.push('@payloadcms/storage-s3')
  return { s3Storage: () => (config: unknown) => config }
})
vi.mock('@aws-sdk/client-s3', () => {
  loaded.push('@aws-sdk/client-s3')
  return {}
})

describe('a single-server install (no MEDIA_S3_BUCKET)', () => {
  it('never imports the S3 adapter or the AWS SDK: not with payload.config.ts, not reading a media file', async () => {
    const saved = process.env.MEDIA_S3_BUCKET
    delete process.env.MEDIA_S3_BUCKET
    try {
      const { importConfig, prepareTempEnv } = await import('../../helpers/payload')
      const dir = prepareTempEnv('no-s3')
      try {
        const config = await importConfig()
        const media = config.collections.find((c) => c.slug === 'media')!
        expect(media.upload).toMatchObject({ staticDir: path.join(dir, 'media') })
        expect(media.upload.disableLocalStorage).toBeFalsy()
        const { readMediaFile, copyMediaFile } = await import('../../../src/media/files')
        const payload = { collections: { media: { config: media } } } as never
        expect(await readMediaFile(payload, 'absent.jpg')).toBeNull()
        expect(await copyMediaFile(payload, 'absent.jpg', path.join(dir, 'copy.jpg'))).toBe(false)
      } finally {
        fs.rmSync(dir, { recursive: true, force: true })
      }
    } finally {
      if (saved !== undefined) process.env.MEDIA_S3_BUCKET = saved
    }
    expect(loaded).toEqual([])
  })

  it('imports the adapter once a bucket is set (the check above would see it)', async () => {
    await mediaStorage({ MEDIA_S3_BUCKET: 'b', MEDIA_S3_ENDPOINT: 'http://127.0.0.1:9000', MEDIA_S3_ACCESS_KEY_ID: 'k', MEDIA_S3_SECRET_ACCESS_KEY: 's' })({ collections: [] } as never)
    expect(loaded).toContain('@payloadcms/storage-s3')
  })
})

describe('addresses from the settings', () => {
  it('names a store in messages without the user and password an endpoint may carry', () => {
    const s3 = s3SettingsFromEnv({ MEDIA_S3_BUCKET: 'b', MEDIA_S3_ENDPOINT: 'http://admin:hunter2@minio.internal:9000/' })!
    expect(describeStore(s3)).toEqual({ where: 'http://minio.internal:9000', bucket: 'b' })
    expect(describeStore(s3SettingsFromEnv({ MEDIA_S3_BUCKET: 'b', MEDIA_S3_REGION: 'cn-north-1' })!).where).toBe('AWS S3 (cn-north-1)')
  })

  it('links files at MEDIA_S3_PUBLIC_URL and the prefix only with a bucket', () => {
    expect(mediaPublicBase({})).toBeNull()
    expect(mediaPublicBase({ MEDIA_S3_PUBLIC_URL: 'https://img.example.org' })).toBeNull()
    expect(mediaPublicBase({ MEDIA_S3_BUCKET: 'b' })).toBeNull()
    expect(mediaPublicBase({ MEDIA_S3_BUCKET: 'b', MEDIA_S3_PUBLIC_URL: 'https://img.example.org/', MEDIA_S3_PREFIX: '/media/' })).toBe('https://img.example.org/media')
  })
})
