/**
 * A real S3-compatible server for tests: s3rver (npm) on 127.0.0.1, a free port, its files in a
 * temporary folder, with the buckets asked for. It speaks path-style addresses
 * (`http://127.0.0.1:<port>/<bucket>/<key>`) and knows one key pair, S3RVER / S3RVER: an unknown
 * access key ID is refused (403 InvalidAccessKeyId), but AWS v4 signatures are not checked, so a
 * wrong secret with the right key ID is accepted (node_modules/s3rver/lib/middleware/authentication.js).
 *
 *   const s3 = await startS3Server(['union-media'])
 *   s3.env('union-media')        MEDIA_S3_* for the CMS
 *   await s3.keys('union-media') every object key in the bucket
 *   await s3.close()
 *
 * Also: `silentServer()`, a TCP port that accepts connections and never answers (a store that
 * hangs), and `closedPort()`, a port nothing listens on (a store that is down).
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { DeleteObjectsCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'

type S3rverOptions = { address: string; port: number; silent: boolean; directory: string; configureBuckets: { name: string }[] }
type S3rverInstance = { run: () => Promise<{ address: string; port: number }>; close: () => Promise<void> }
// s3rver has no types of its own.
const S3rver = createRequire(import.meta.url)('s3rver') as new (options: S3rverOptions) => S3rverInstance

export const S3RVER_KEY = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

export type S3Server = {
  url: string
  /** The MEDIA_S3_* settings for a bucket of this server (path-style, the server's key pair). */
  env: (bucket: string, extra?: Record<string, string>) => Record<string, string>
  /** Every object key in a bucket, sorted. */
  keys: (bucket: string) => Promise<string[]>
  /** An object's bytes, or null. */
  get: (bucket: string, key: string) => Promise<Buffer | null>
  /** Remove every object of a bucket. */
  empty: (bucket: string) => Promise<void>
  close: () => Promise<void>
}

export async function startS3Server(buckets: string[]): Promise<S3Server> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'union-cms-s3rver-'))
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: buckets.map((name) => ({ name })) })
  const { port } = await server.run()
  const url = `http://127.0.0.1:${port}`
  const client = new S3Client({
    region: 'us-east-1',
    endpoint: url,
    forcePathStyle: true,
    credentials: S3RVER_KEY,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  })
  const keys = async (bucket: string) => {
    const out: string[] = []
    let token: string | undefined
    do {
      const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }))
      out.push(...(page.Contents ?? []).map((o) => o.Key!))
      token = page.NextContinuationToken
    } while (token)
    return out.sort()
  }
  return {
    url,
    env: (bucket, extra = {}) => ({
      MEDIA_S3_BUCKET: bucket,
      MEDIA_S3_ENDPOINT: url,
      MEDIA_S3_ACCESS_KEY_ID: S3RVER_KEY.accessKeyId,
      MEDIA_S3_SECRET_ACCESS_KEY: S3RVER_KEY.secretAccessKey,
      ...extra,
    }),
    keys,
    get: async (bucket, key) => {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
        return Buffer.from(await object.Body!.transformToByteArray())
      } catch (err) {
        if ((err as Error).name === 'NoSuchKey') return null
        throw err
      }
    },
    empty: async (bucket) => {
      const all = await keys(bucket)
      if (all.length) await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: all.map((Key) => ({ Key })) } }))
    },
    close: async () => {
      client.destroy()
      await server.close()
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}

/** A port on 127.0.0.1 that accepts connections and never answers them. */
export async function silentServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>()
  const server = net.createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

/** A port on 127.0.0.1 nothing listens on (taken from the system, then given back). */
export async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}
