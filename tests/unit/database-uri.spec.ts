// DATABASE_URI parsing (src/db/index.ts): the default SQLite file, file: paths, MongoDB URLs, and
// the one-line refusal of anything else.
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { DEFAULT_SQLITE_FILE, DatabaseConfigError, databaseAdapter, parseDatabaseURI, usesSqlite } from '../../src/db'

const root = '/srv/union-cms'

/** The error `parseDatabaseURI(raw)` throws, or fail. */
function refusal(raw: string): DatabaseConfigError {
  try {
    parseDatabaseURI(raw, root)
  } catch (err) {
    expect(err).toBeInstanceOf(DatabaseConfigError)
    return err as DatabaseConfigError
  }
  throw new Error(`parseDatabaseURI(${JSON.stringify(raw)}) was accepted`)
}

describe('parseDatabaseURI', () => {
  it('uses the embedded SQLite file data/union-cms.db when DATABASE_URI is unset or blank', () => {
    const file = path.join(root, 'data', 'union-cms.db')
    expect(DEFAULT_SQLITE_FILE).toBe('data/union-cms.db')
    for (const raw of [undefined, '', '   ']) {
      expect(parseDatabaseURI(raw, root)).toEqual({ kind: 'sqlite', url: `file:${file}`, file })
    }
  })

  it('resolves a relative file: path against the checkout', () => {
    expect(parseDatabaseURI('file:./var/cms.db', root)).toEqual({
      kind: 'sqlite',
      url: 'file:/srv/union-cms/var/cms.db',
      file: '/srv/union-cms/var/cms.db',
    })
    expect(parseDatabaseURI('file:cms.db', root)).toMatchObject({ file: '/srv/union-cms/cms.db' })
  })

  it('keeps an absolute file: path, with one slash or three', () => {
    for (const raw of ['file:/var/lib/union-cms/cms.db', 'file:///var/lib/union-cms/cms.db', '  file:/var/lib/union-cms/cms.db ']) {
      expect(parseDatabaseURI(raw, root)).toEqual({
        kind: 'sqlite',
        url: 'file:/var/lib/union-cms/cms.db',
        file: '/var/lib/union-cms/cms.db',
      })
    }
  })

  it('accepts mongodb:// and mongodb+srv:// URLs unchanged', () => {
    for (const raw of [
      'mongodb://127.0.0.1:27017/union-cms',
      'mongodb://user:secret@db1.example.org:27017,db2.example.org:27017/union-cms?replicaSet=rs0',
      'mongodb+srv://user:secret@cluster0.example.mongodb.net/union-cms',
    ]) {
      expect(parseDatabaseURI(raw, root)).toEqual({ kind: 'mongodb', url: raw })
    }
  })

  it('accepts postgres:// and postgresql:// URLs for PostgreSQL, kept as written', () => {
    for (const raw of ['postgres://office:pw@db.example.org:5432/union_cms', 'postgresql://127.0.0.1/union_cms?sslmode=require']) {
      expect(parseDatabaseURI(raw, root)).toEqual({ kind: 'postgres', url: raw })
    }
  })

  it.each(['postgres://', 'postgresql:///cms', 'sqlite.db', 'file:', 'file::memory:', 'mysql://localhost/cms', 'mongodb://', 'http://db.example.org'])(
    'refuses %j with a DatabaseConfigError naming DATABASE_URI and the accepted forms',
    (raw) => {
      const err = refusal(raw)
      expect(err.name).toBe('DatabaseConfigError')
      expect(err.message).toContain('DATABASE_URI')
      expect(err.message).toContain('file:<path>')
      expect(err.message).toContain('mongodb://')
      expect(err.message).toContain('mongodb+srv://')
      expect(err.message).toContain('postgres://')
      expect(err.message).toContain('data/union-cms.db')
      expect(err.message).not.toContain('\n')
    },
  )

  it('hides the password of a refused URI', () => {
    const err = refusal('mysql://editor:s3cr3t-pa55@db.example.org:5432/cms')
    expect(err.message).not.toContain('s3cr3t-pa55')
    expect(err.message).toContain('mysql://editor:***@db.example.org:5432/cms')
  })

  it.each([
    ['mysql://editor:p@ss/w0rd@db.example.org/cms', ['p@ss', 'ss/w0rd', 'w0rd']],
    ['mariadb://editor:pa/ss@db.example.org/cms', ['pa/ss']],
    ['mysql://:s3cr3t@db.example.org/cms', ['s3cr3t']],
  ])('hides every part of an unencoded password in %j', (raw, secrets) => {
    const err = refusal(raw)
    for (const secret of secrets) expect(err.message).not.toContain(secret)
    expect(err.message).toContain(':***@db.example.org/cms')
  })

  it('tells whether the configured database is SQLite', () => {
    expect(usesSqlite('file:/tmp/x.db')).toBe(true)
    expect(usesSqlite('mongodb://127.0.0.1/x')).toBe(false)
    expect(usesSqlite('postgres://127.0.0.1/x')).toBe(false)
  })
})

describe('databaseAdapter', () => {
  it("refuses DATABASE_URI='mysql://x' before anything starts", () => {
    expect(() => databaseAdapter('mysql://x')).toThrow(DatabaseConfigError)
    expect(() => databaseAdapter('mysql://x')).toThrow(/^DATABASE_URI "mysql:\/\/x" is not supported; accepted forms: /)
  })

  it('builds the SQLite adapter for a file: URI, the PostgreSQL adapter for postgres:// and the MongoDB adapter for a mongodb:// URL', () => {
    expect(databaseAdapter(`file:${path.join(os.tmpdir(), 'union-cms-adapter-test.db')}`)).toMatchObject({ name: 'sqlite', defaultIDType: 'number' })
    expect(databaseAdapter('postgres://127.0.0.1:1/x')).toMatchObject({ name: 'postgres', defaultIDType: 'number' })
    expect(databaseAdapter('mongodb://127.0.0.1:1/x')).toMatchObject({ name: 'mongoose', defaultIDType: 'text' })
  })
})
