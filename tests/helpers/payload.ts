// Boots Payload for an integration test on a throw-away database and upload folder, and talks to
// its REST API without a Next.js server.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload, handleEndpoints, type Payload, type SanitizedConfig } from 'payload'
import { inject, vi } from 'vitest'

import { createDatabase, dropDatabase } from './postgres'

export type TestPayload = {
  payload: Payload
  config: SanitizedConfig
  /** Cache key the instance was booted with (for the REST helper). */
  key: string
  /** Temporary folder holding the SQLite file and `media/`. */
  dir: string
  /** The `DATABASE_URI` it was booted with (a child process given it opens the same database). */
  databaseURI: string
  /** Closes the database connection and removes the temporary folder. */
  close: () => Promise<void>
}

/**
 * A temporary folder that stands in for the checkout while the config is imported: `DATABASE_URI`
 * points into it (unless given) and `UNION_CMS_ROOT` moves `media/` into it, so the tests never
 * write uploads into the real checkout.
 */
export function prepareTempEnv(prefix: string, databaseURI?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `union-cms-${prefix}-`))
  process.env.DATABASE_URI = databaseURI ?? `file:${path.join(dir, 'test.db')}`
  process.env.UNION_CMS_ROOT = dir
  return dir
}

/** Import `payload.config.ts` afresh, so it reads the current `DATABASE_URI`. */
export async function importConfig(): Promise<SanitizedConfig> {
  vi.resetModules()
  const { default: config } = await import('../../payload.config')
  return await config
}

/** Which database the suites run on: SQLite, or PostgreSQL in the `int-postgres` project. */
export const TEST_DATABASE: 'sqlite' | 'postgres' = process.env.UNION_CMS_TEST_DB === 'postgres' ? 'postgres' : 'sqlite'

let databases = 0

/**
 * A new empty database for one boot: a SQLite file in `dir` (undefined: prepareTempEnv's default),
 * or, in the `int-postgres` project, a database of its own on the run's PostgreSQL cluster, dropped
 * again by `drop`.
 */
export async function newTestDatabase(key: string): Promise<{ uri: string | undefined; drop: () => Promise<void> }> {
  if (TEST_DATABASE !== 'postgres') return { uri: undefined, drop: async () => {} }
  const server = inject('postgresURI')
  const name = `t_${process.pid}_${++databases}_${key.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`.slice(0, 63)
  const uri = await createDatabase(server, name)
  return { uri, drop: () => dropDatabase(server, name) }
}

/**
 * Boot Payload on `databaseURI` (default: a new database of the run's kind, see `newTestDatabase`).
 * `key` must be unique per boot; the schema is created by the migrations run from `onInit`.
 */
export async function startPayload(key: string, databaseURI?: string): Promise<TestPayload> {
  const database = databaseURI ? { uri: databaseURI, drop: async () => {} } : await newTestDatabase(key)
  const dir = prepareTempEnv(key, database.uri)
  try {
    const imported = await importConfig()
    // Outside production Payload spawns `payload generate:types` on every start; the tests check the
    // committed types themselves (tests/int/config.int.spec.ts) and must not leave that process
    // writing into a folder they have already removed.
    const config: SanitizedConfig = { ...imported, typescript: { ...imported.typescript, autoGenerate: false } }
    const payload = await getPayload({ config, key })
    return {
      payload,
      config,
      key,
      dir,
      databaseURI: process.env.DATABASE_URI!,
      close: async () => {
        try {
          await payload.destroy()
        } finally {
          fs.rmSync(dir, { recursive: true, force: true })
          await database.drop()
        }
      },
    }
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true })
    await database.drop()
    throw err
  }
}

export type RestResponse<T = Record<string, unknown>> = { status: number; body: T }

/** Call the REST API (`/api/...`) in-process, the way the Next.js route handlers do. */
export async function rest<T = Record<string, unknown>>(
  ctx: Pick<TestPayload, 'config' | 'key'>,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  options: { body?: unknown; token?: string } = {},
): Promise<RestResponse<T>> {
  const headers = new Headers()
  if (options.body !== undefined) headers.set('Content-Type', 'application/json')
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  const request = new Request(`http://localhost${url}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const response = await handleEndpoints({ config: ctx.config, request, payloadInstanceCacheKey: ctx.key })
  const text = await response.text()
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as T }
}
