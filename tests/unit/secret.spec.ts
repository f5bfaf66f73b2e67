// PAYLOAD_SECRET resolution (src/db/secret.ts): the environment wins, production refuses to start
// without it, development keeps a generated secret in a private file.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { DEV_SECRET_FILE, MissingSecretError, resolveSecret } from '../../src/db/secret'

let root: string

/** An environment holding only `vars`. */
const env = (vars: Record<string, string> = {}) => vars as unknown as NodeJS.ProcessEnv

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'union-cms-secret-'))
})

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true })
})

describe('resolveSecret', () => {
  it('uses PAYLOAD_SECRET from the environment, trimmed, and writes no file', () => {
    expect(resolveSecret(env({ PAYLOAD_SECRET: '  from-env  ', NODE_ENV: 'production' }), root)).toBe('from-env')
    expect(resolveSecret(env({ PAYLOAD_SECRET: 'from-env' }), root)).toBe('from-env')
    expect(fs.existsSync(path.join(root, DEV_SECRET_FILE))).toBe(false)
  })

  it('makes a data folder that does not exist yet, and keeps the secret there', () => {
    const fresh = path.join(root, 'not', 'yet')
    const secret = resolveSecret(env(), fresh)
    expect(fs.readFileSync(path.join(fresh, DEV_SECRET_FILE), 'utf8').trim()).toBe(secret)
    expect(resolveSecret(env(), fresh)).toBe(secret)
  })

  it('prefers PAYLOAD_SECRET over an existing secret file', () => {
    fs.writeFileSync(path.join(root, DEV_SECRET_FILE), 'from-file\n')
    expect(resolveSecret(env({ PAYLOAD_SECRET: 'from-env' }), root)).toBe('from-env')
  })

  it('throws MissingSecretError in production without PAYLOAD_SECRET, even when a dev secret file exists', () => {
    fs.writeFileSync(path.join(root, DEV_SECRET_FILE), 'from-file\n')
    for (const vars of [{ NODE_ENV: 'production' }, { NODE_ENV: 'production', PAYLOAD_SECRET: '   ' }] as Record<string, string>[]) {
      expect(() => resolveSecret(env(vars), root)).toThrow(MissingSecretError)
      expect(() => resolveSecret(env(vars), root)).toThrow(/PAYLOAD_SECRET is not set/)
    }
  })

  it('creates a random secret file readable only by its owner in development, and reuses it', () => {
    const first = resolveSecret(env({ NODE_ENV: 'development' }), root)
    const file = path.join(root, DEV_SECRET_FILE)
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    expect(fs.readFileSync(file, 'utf8').trim()).toBe(first)
    expect(resolveSecret(env(), root)).toBe(first)
  })

  it('gives two fresh checkouts different secrets', () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'union-cms-secret-'))
    try {
      expect(resolveSecret(env(), root)).not.toBe(resolveSecret(env(), other))
    } finally {
      fs.rmSync(other, { recursive: true, force: true })
    }
  })

  it('replaces an empty secret file with a new secret', () => {
    fs.writeFileSync(path.join(root, DEV_SECRET_FILE), '\n')
    const secret = resolveSecret(env(), root)
    expect(secret).toMatch(/^[0-9a-f]{64}$/)
    expect(resolveSecret(env(), root)).toBe(secret)
  })
})
