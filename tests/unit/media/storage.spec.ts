// Storage settings (src/media/storage.ts): local disk unless MEDIA_S3_BUCKET is set; S3-compatible
// stores get path-style addresses; half-given credentials and bad endpoints are refused.
import { describe, expect, it } from 'vitest'

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
