// The backup manifest: totals, comparison without the creation time, and refusal of anything
// malformed or of another format version before a restore relies on it.
import { describe, expect, it } from 'vitest'

import { canonicalJSON } from '../../../src/backup/canonical'
import { buildManifest, FORMAT_VERSION, formatBytes, type Manifest, manifestContent, parseManifest } from '../../../src/backup/manifest'

const sha = (c: string) => c.repeat(64)

function sample(createdAt = '2026-01-01T00:00:00.000Z'): Manifest {
  return buildManifest({
    createdAt,
    database: { kind: 'sqlite', migrations: ['b', 'a'] },
    collections: { articles: { documents: 2, versions: 3 }, topics: { documents: 1 } },
    files: {
      'media/b.jpg': { sha256: sha('b'), bytes: 10 },
      'data/topics.jsonl': { sha256: sha('c'), bytes: 5 },
      'data/articles.jsonl': { sha256: sha('d'), bytes: 7 },
      'data/articles.versions.jsonl': { sha256: sha('e'), bytes: 9 },
      'media/a.jpg': { sha256: sha('a'), bytes: 20 },
    },
  })
}

describe('buildManifest', () => {
  it('adds totals and sorts files and migrations', () => {
    const m = sample()
    expect(m.formatVersion).toBe(FORMAT_VERSION)
    expect(m.totals).toEqual({ documents: 3, versions: 3, mediaFiles: 2, bytes: 51 })
    expect(Object.keys(m.files)).toEqual(['data/articles.jsonl', 'data/articles.versions.jsonl', 'data/topics.jsonl', 'media/a.jpg', 'media/b.jpg'])
    expect(m.database.migrations).toEqual(['a', 'b'])
  })

  it('gives equal content for equal backups made at different times', () => {
    expect(manifestContent(sample('2026-01-01T00:00:00.000Z'))).toEqual(manifestContent(sample('2027-05-05T00:00:00.000Z')))
  })
})

describe('parseManifest', () => {
  it('reads back what buildManifest wrote', () => {
    expect(parseManifest(JSON.stringify(sample()))).toEqual(sample())
  })

  it('refuses text that is not JSON or not a backup manifest', () => {
    expect(() => parseManifest('{')).toThrow(/not valid JSON/)
    expect(() => parseManifest('{"hello":1}')).toThrow(/not a union-cms backup manifest/)
  })

  it('refuses another format version and says which one it reads', () => {
    expect(() => parseManifest(JSON.stringify({ ...sample(), formatVersion: 99 }))).toThrow(/format 99.*reads format 1/)
  })

  it('refuses a bad checksum, a count that is not a whole number, and a collection without its file', () => {
    const m = sample()
    expect(() => parseManifest(JSON.stringify({ ...m, files: { ...m.files, 'media/a.jpg': { sha256: 'xyz', bytes: 1 } } }))).toThrow(/media\/a\.jpg/)
    expect(() => parseManifest(JSON.stringify({ ...m, collections: { ...m.collections, topics: { documents: -1 } } }))).toThrow(/topics/)
    const { 'data/topics.jsonl': _gone, ...files } = m.files
    expect(() => parseManifest(JSON.stringify({ ...m, files }))).toThrow(/data\/topics\.jsonl/)
  })
})

describe('canonicalJSON', () => {
  it('sorts keys at every depth, so key order never changes a checksum', () => {
    expect(canonicalJSON({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}')
    expect(canonicalJSON({ a: 1, b: 2 })).toBe(canonicalJSON({ b: 2, a: 1 }))
  })

  it('writes dates as ISO strings and leaves out undefined members', () => {
    expect(canonicalJSON({ at: new Date('2026-01-02T03:04:05.000Z'), gone: undefined, list: [undefined] })).toBe('{"at":"2026-01-02T03:04:05.000Z","list":[null]}')
  })
})

describe('formatBytes', () => {
  it('uses binary units', () => {
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(6.5 * 1024 * 1024)).toBe('6.5 MB')
  })
})
