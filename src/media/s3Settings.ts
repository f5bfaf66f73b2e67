/**
 * The object store's settings (`MEDIA_S3_*`, declared in src/settings) and the addresses files get
 * from them. Nothing here loads the AWS SDK or Payload: the site's renderer imports
 * `mediaPublicBase` (src/site/components/Picture.tsx), and a single-server install never loads
 * the SDK at all (see storage.ts).
 */
import { setting, type Env } from '../settings'

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

const normalPrefix = (value: string | undefined) => value?.replace(/^\/+|\/+$/g, '') || undefined
const normalURL = (value: string | undefined) => value?.replace(/\/+$/, '') || undefined

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
    prefix: normalPrefix(setting('MEDIA_S3_PREFIX', env)),
    publicURL: normalURL(setting('MEDIA_S3_PUBLIC_URL', env)),
  }
}

/** The key of a file in the bucket: `MEDIA_S3_PREFIX/<name>`, or the name itself. */
export const objectKey = (s3: Pick<S3Settings, 'prefix'>, filename: string) => (s3.prefix ? `${s3.prefix}/${filename}` : filename)

/**
 * Where readers fetch media files from when the store serves them itself (`MEDIA_S3_PUBLIC_URL`,
 * with the bucket's folder), without a trailing slash; null when the site serves its own copies
 * under `/media/`. Read on every call, like every setting; the three it reads are `pages: true`
 * (src/settings), so changing one renders every page again.
 */
export function mediaPublicBase(env: Env = process.env): string | null {
  if (!setting('MEDIA_S3_BUCKET', env)) return null
  return publicBaseOf({ publicURL: normalURL(setting('MEDIA_S3_PUBLIC_URL', env)), prefix: normalPrefix(setting('MEDIA_S3_PREFIX', env)) })
}

/** `mediaPublicBase` of settings already read (the adapter's file URLs and the site's agree). */
export function publicBaseOf(s3: Pick<S3Settings, 'publicURL' | 'prefix'>): string | null {
  if (!s3.publicURL) return null
  return s3.prefix ? `${s3.publicURL}/${s3.prefix.split('/').map(encodeURIComponent).join('/')}` : s3.publicURL
}

/** The store as people know it, for messages: the endpoint (any user:password in it removed) or AWS and the region, and the bucket. Never a key. */
export function describeStore(s3: S3Settings): { where: string; bucket: string } {
  let where = `AWS S3 (${s3.region})`
  if (s3.endpoint) {
    try {
      const url = new URL(s3.endpoint)
      url.username = ''
      url.password = ''
      where = url.toString().replace(/\/$/, '')
    } catch {
      where = '(MEDIA_S3_ENDPOINT)'
    }
  }
  return { where, bucket: s3.bucket }
}
