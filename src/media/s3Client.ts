/**
 * The AWS SDK's S3 client for the media store, and the check that refuses to start without a
 * usable store. The SDK is imported only from here, only when `MEDIA_S3_BUCKET` is set (through
 * `s3Client()`), so a single-server install never loads it.
 *
 * `@aws-sdk/client-s3` comes with `@payloadcms/storage-s3` (its dependency); Payload's adapter
 * builds its own client from `s3ClientConfig` too, so both talk to the store the same way.
 */
import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3'

import { SettingError } from '../settings'
import { describeStore, objectKey, type S3Settings } from './s3Settings'

/**
 * The client options for the store. With an endpoint (MinIO, OSS, COS, R2, s3rver…) checksums are
 * sent only where S3 requires them: since 3.729 the SDK adds CRC32 checksums to every upload and
 * sends streamed bodies `aws-chunked`, which stores that do not speak it save with the chunk
 * framing inside the file (seen with s3rver: a streamed upload came back as `3\r\nvm\n\r\n0\r\n
 * x-amz-checksum-crc32:…`). See https://github.com/aws/aws-sdk-js-v3/issues/6819.
 * A connection that does not open within 5 s fails instead of waiting for the system's timeout.
 */
export function s3ClientConfig(s3: S3Settings): S3ClientConfig {
  return {
    region: s3.region,
    ...(s3.endpoint ? { endpoint: s3.endpoint, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' } : {}),
    forcePathStyle: s3.forcePathStyle,
    ...(s3.accessKeyId && s3.secretAccessKey ? { credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } } : {}),
    // The adapter's own keep-alive pool (node_modules/@payloadcms/storage-s3/dist/index.js), which
    // passing a requestHandler replaces, plus the connection timeout.
    requestHandler: { httpAgent: { keepAlive: true, maxSockets: 100 }, httpsAgent: { keepAlive: true, maxSockets: 100 }, connectionTimeout: 5_000 },
  }
}

/** One name per store and key: a client (and the adapter's cached one) is never shared between two stores. */
export const clientCacheKey = (s3: S3Settings) => `union-cms-media:${s3.endpoint ?? `aws:${s3.region}`}:${s3.bucket}:${s3.accessKeyId ?? ''}`

const clients = new Map<string, Promise<S3Client>>()

/** The store's client, made on first use. */
export function s3Client(s3: S3Settings): Promise<S3Client> {
  const key = clientCacheKey(s3)
  let client = clients.get(key)
  if (!client) {
    client = import('@aws-sdk/client-s3').then(({ S3Client }) => new S3Client(s3ClientConfig(s3)))
    clients.set(key, client)
  }
  return client
}

/** The start-up check's limits: every request, and the whole check. */
const CHECK_REQUEST_MS = 3_000
const CHECK_TOTAL_MS = 5_000
/** A tiny object the check writes and deletes, to prove the key may do what uploads and deletions need. */
export const PROBE_NAME = '.union-cms-start-check'

/**
 * The store the settings name cannot be used: a SettingError, so commands print it as one message
 * without a stack (src/lib/command.ts). It names the endpoint and bucket, never a key.
 */
export class MediaStoreError extends SettingError {
  override name = 'MediaStoreError'
}

type SdkError = Error & { code?: string; Code?: string; $metadata?: { httpStatusCode?: number } }

const NETWORK = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'])

type Step = 'head' | 'put' | 'delete'

/** What went wrong, in Chinese and English, and what to do. */
function explain(err: SdkError, step: Step, s3: S3Settings, timedOut: boolean): { setting: string; zh: string; en: string } {
  const status = err.$metadata?.httpStatusCode
  const code = err.code ?? err.Code ?? err.name
  const keys = s3.accessKeyId ? 'MEDIA_S3_ACCESS_KEY_ID 与 MEDIA_S3_SECRET_ACCESS_KEY' : '服务器上的 AWS 默认凭证'
  const keysEn = s3.accessKeyId ? 'MEDIA_S3_ACCESS_KEY_ID and MEDIA_S3_SECRET_ACCESS_KEY' : 'the AWS default credentials of this server'
  if (timedOut || err.name === 'TimeoutError' || err.name === 'AbortError' || code === 'ETIMEDOUT') {
    return {
      setting: 'MEDIA_S3_ENDPOINT',
      zh: `对象存储在 ${CHECK_TOTAL_MS / 1000} 秒内没有应答。请检查 MEDIA_S3_ENDPOINT 是否正确、对象存储是否已启动、网络与防火墙是否放行`,
      en: `the store did not answer within ${CHECK_TOTAL_MS / 1000} s. Check MEDIA_S3_ENDPOINT, that the store is running, and the network/firewall`,
    }
  }
  if (NETWORK.has(String(code)) || NETWORK.has(String((err as { cause?: { code?: string } }).cause?.code))) {
    return {
      setting: 'MEDIA_S3_ENDPOINT',
      zh: `无法连接对象存储（${code}）。请检查 MEDIA_S3_ENDPOINT 是否正确、对象存储是否已启动、网络是否可达`,
      en: `cannot connect to the store (${code}). Check MEDIA_S3_ENDPOINT, that the store is running, and the network`,
    }
  }
  if (err.name === 'CredentialsProviderError') {
    return { setting: 'MEDIA_S3_ACCESS_KEY_ID', zh: `没有可用的访问密钥。请设置 ${keys}`, en: `no credentials. Set ${keysEn}` }
  }
  if (step === 'head' && (status === 404 || code === 'NoSuchBucket' || code === 'NotFound')) {
    return { setting: 'MEDIA_S3_BUCKET', zh: '存储桶不存在。请先在对象存储中创建它，或改正 MEDIA_S3_BUCKET', en: 'the bucket does not exist. Create it in the store, or correct MEDIA_S3_BUCKET' }
  }
  if (status === 301 || code === 'PermanentRedirect' || code === 'AuthorizationHeaderMalformed') {
    return { setting: 'MEDIA_S3_REGION', zh: `存储桶不在区域 ${s3.region}。请把 MEDIA_S3_REGION 设为存储桶所在的区域`, en: `the bucket is not in region ${s3.region}. Set MEDIA_S3_REGION to the bucket's region` }
  }
  if (status === 403 || status === 401 || code === 'InvalidAccessKeyId' || code === 'SignatureDoesNotMatch' || code === 'AccessDenied') {
    if (step === 'head' || code === 'InvalidAccessKeyId' || code === 'SignatureDoesNotMatch') {
      return { setting: 'MEDIA_S3_ACCESS_KEY_ID', zh: `访问密钥被拒绝（${code === 'Unknown' ? status : code}）。请检查 ${keys}`, en: `the key was refused (${code === 'Unknown' ? status : code}). Check ${keysEn}` }
    }
    const action = step === 'put' ? '写入' : '删除'
    return {
      setting: 'MEDIA_S3_ACCESS_KEY_ID',
      zh: `访问密钥没有${action}文件的权限（${code}）。请为它授予该存储桶的读、写、删除权限（s3:GetObject、s3:PutObject、s3:DeleteObject）`,
      en: `the key may not ${step} objects (${code}). Grant it read, write and delete on the bucket (s3:GetObject, s3:PutObject, s3:DeleteObject)`,
    }
  }
  return { setting: 'MEDIA_S3_ENDPOINT', zh: `对象存储答复 ${status ?? ''} ${code}`.replace(/\s+/g, ' '), en: `the store answered ${status ?? ''} ${code}`.replace(/\s+/g, ' ') }
}

/**
 * Refuse to start unless the store answers and the key may read the bucket, write and delete:
 * HeadBucket, then a tiny object put and deleted (`<prefix>/.union-cms-start-check`). One attempt
 * per request, 3 s each, 5 s in all (the SDK's defaults — three attempts, no request timeout —
 * would hold the start for minutes). Throws MediaStoreError.
 */
export async function checkMediaStore(s3: S3Settings): Promise<void> {
  const { S3Client, HeadBucketCommand, PutObjectCommand, DeleteObjectCommand } = await import('@aws-sdk/client-s3')
  const base = s3ClientConfig(s3)
  const client = new S3Client({ ...base, maxAttempts: 1, requestHandler: { connectionTimeout: CHECK_REQUEST_MS, requestTimeout: CHECK_REQUEST_MS } })
  const abort = new AbortController()
  const timer = setTimeout(() => abort.abort(), CHECK_TOTAL_MS)
  let step: Step = 'head'
  try {
    await client.send(new HeadBucketCommand({ Bucket: s3.bucket }), { abortSignal: abort.signal })
    step = 'put'
    const Key = objectKey(s3, PROBE_NAME)
    await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key, Body: 'ok', ContentType: 'text/plain' }), { abortSignal: abort.signal })
    step = 'delete'
    await client.send(new DeleteObjectCommand({ Bucket: s3.bucket, Key }), { abortSignal: abort.signal })
  } catch (err) {
    const { where, bucket } = describeStore(s3)
    const why = explain(err as SdkError, step, s3, abort.signal.aborted)
    const message =
      `媒体文件存储不可用，系统未启动：${where} 上的存储桶「${bucket}」—— ${why.zh}，然后重新启动。\n` +
      `The media store is not usable, so the CMS did not start: bucket "${bucket}" at ${where} — ${why.en}, then start again.`
    // The secret never appears in a message, whatever the SDK put in its own.
    throw new MediaStoreError(why.setting, s3.secretAccessKey ? message.split(s3.secretAccessKey).join('***') : message)
  } finally {
    clearTimeout(timer)
    client.destroy()
  }
}
