import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

import { linkOrCopy } from '../lib/files'

/**
 * One Pagefind index made from the shards' indexes, so that a reader's search downloads one word
 * list, one chunk per word and one page list — what a single index would cost — while the indexer
 * still works shard by shard (its memory bounded, an edit re-indexing one shard; see search.ts).
 *
 * Pagefind has no merge of its own on disk (`mergeIndex` merges in the browser, after downloading
 * every shard's chunk for the word), so this reads the shards' files and writes them as one:
 *   - `pagefind.<lang>_<hash>.pf_meta`: the pages (fragment name, word count, fragment group),
 *     the word chunks (first word, last word, file), filters, sorts and the meta fields;
 *   - `index/<hash>.pf_index`: words in byte order, each with its pages (page numbers as
 *     differences from the previous page) and, per page, word positions and meta positions.
 * Both are CBOR behind the `pagefind_dcd` signature, gzipped. The merge numbers the pages anew
 * (in order of length), joins each word's page lists, cuts the words into chunks again, and copies
 * each page's positions byte for byte without decoding them. Fragments are linked, under their
 * page numbers as names. Both choices are for the page list every search downloads: sorted word
 * counts and sequence numbers compress to half of what random counts and hashes take.
 *
 * Anything it does not recognise — another Pagefind version, filters, sorts, fragment groups,
 * different meta fields, an unexpected CBOR item — makes it give up with the reason, and the
 * shards are served as they are (the browser merges them). A tiny reader is written here rather
 * than using a CBOR library because the merge needs the byte spans of items, which decoders do
 * not expose.
 */

const SIGNATURE = Buffer.from('pagefind_dcd')
/** Pagefind releases whose file layout this merge has been checked against (tests/unit/search-merge.spec.ts). */
const KNOWN_VERSIONS = new Set(['1.6.0'])
/**
 * The Pagefind release this merge reads the private index format of. package.json pins `pagefind`
 * to exactly this version, and tests/unit/pagefind-pin.spec.ts fails when the installed one
 * differs: upgrading Pagefind means checking the merge against the new layout first.
 */
export const MERGE_UNDERSTANDS_PAGEFIND = '1.6.0'
/** Raw size at which a word chunk is closed by default: a word used on most pages gets a chunk of its own. */
const CHUNK_BYTES = 24 * 1024

class FormatError extends Error {}

class Reader {
  pos = 0
  major = 0
  constructor(readonly buf: Buffer) {}

  /** One item's head: sets `major`, returns its argument (a number, or a length). */
  head(): number {
    const b = this.buf[this.pos++]
    if (b === undefined) throw new FormatError('truncated')
    this.major = b >> 5
    const info = b & 31
    if (info < 24) return info
    // Pagefind writes no 64-bit numbers and no indefinite lengths.
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : 0
    if (!size) throw new FormatError(`unexpected CBOR head 0x${b.toString(16)}`)
    if (this.pos + size > this.buf.length) throw new FormatError('truncated')
    const v = this.buf.readUIntBE(this.pos, size)
    this.pos += size
    return v
  }

  expect(major: number): number {
    const v = this.head()
    if (this.major !== major) throw new FormatError(`expected CBOR major type ${major}, found ${this.major}`)
    return v
  }

  array = () => this.expect(4)
  uint = () => this.expect(0)

  text(): string {
    const n = this.expect(3)
    if (this.pos + n > this.buf.length) throw new FormatError('truncated')
    const s = this.buf.toString('utf8', this.pos, this.pos + n)
    this.pos += n
    return s
  }

  /** An array of integers (word positions, with negative weight markers). */
  skipInts(): void {
    for (let n = this.array(); n > 0; n--) {
      this.head()
      if (this.major > 1) throw new FormatError('expected an integer')
    }
  }
}

class Writer {
  buf = Buffer.allocUnsafe(1 << 16)
  length = 0

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.length + n))
    this.buf.copy(bigger, 0, 0, this.length)
    this.buf = bigger
  }

  head(major: number, v: number): void {
    this.room(5)
    const m = major << 5
    if (v < 24) this.buf[this.length++] = m | v
    else if (v < 0x100) {
      this.buf[this.length++] = m | 24
      this.buf[this.length++] = v
    } else if (v < 0x10000) {
      this.buf[this.length++] = m | 25
      this.length = this.buf.writeUInt16BE(v, this.length)
    } else {
      this.buf[this.length++] = m | 26
      this.length = this.buf.writeUInt32BE(v, this.length)
    }
  }

  bytes(src: Buffer, start = 0, end = src.length): void {
    this.room(end - start)
    src.copy(this.buf, this.length, start, end)
    this.length += end - start
  }

  text(s: string | Buffer): void {
    const b = typeof s === 'string' ? Buffer.from(s) : s
    this.head(3, b.length)
    this.bytes(b)
  }

  done = () => this.buf.subarray(0, this.length)
}

const readPagefindFile = (file: string): Buffer => {
  const raw = zlib.gunzipSync(fs.readFileSync(file))
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new FormatError(`${file}: no Pagefind signature`)
  return raw.subarray(SIGNATURE.length)
}

const gzip = promisify(zlib.gzip)
const writePagefindFile = async (file: string, payload: Buffer) => fs.promises.writeFile(file, await gzip(Buffer.concat([SIGNATURE, payload]), { level: 6 }))

type Entry = { version: string; languages: Record<string, { hash: string; wasm: string | null; page_count: number }>; include_characters?: string[] }

type Meta = { version: string; pages: { hash: string; words: number }[]; chunks: string[]; metaFields: string[] }

function readMeta(payload: Buffer): Meta {
  const r = new Reader(payload)
  if (r.array() !== 6) throw new FormatError('the page list has an unknown layout')
  const version = r.text()
  const pages: Meta['pages'] = []
  for (let n = r.array(); n > 0; n--) {
    if (r.array() !== 3) throw new FormatError('a page entry has an unknown layout')
    const hash = r.text()
    const words = r.uint()
    if (r.text() !== '') throw new FormatError('fragment groups are not merged')
    pages.push({ hash, words })
  }
  const chunks: string[] = []
  for (let n = r.array(); n > 0; n--) {
    if (r.array() !== 3) throw new FormatError('a chunk entry has an unknown layout')
    r.text()
    r.text()
    chunks.push(r.text())
  }
  if (r.array() !== 0) throw new FormatError('filters are not merged')
  if (r.array() !== 0) throw new FormatError('sorts are not merged')
  const metaFields: string[] = []
  for (let n = r.array(); n > 0; n--) metaFields.push(r.text())
  if (r.pos !== payload.length) throw new FormatError('the page list has trailing data')
  return { version, pages, chunks, metaFields }
}

/**
 * Every (word, page) pair of every shard: its page number in the merged index, and where that
 * page's word positions and meta positions are (a byte span of a chunk). Typed arrays: a
 * 10,000-article site has millions of pairs.
 */
class Postings {
  page = new Uint32Array(1 << 16)
  start = new Uint32Array(1 << 16)
  end = new Uint32Array(1 << 16)
  chunk = new Uint32Array(1 << 16)
  length = 0
  readonly chunks: Buffer[] = []

  add(page: number, start: number, end: number, chunk: number): void {
    if (this.length === this.page.length) {
      for (const key of ['page', 'start', 'end', 'chunk'] as const) {
        const bigger = new Uint32Array(this.length * 2)
        bigger.set(this[key])
        this[key] = bigger
      }
    }
    const i = this.length++
    this.page[i] = page
    this.start[i] = start
    this.end[i] = end
    this.chunk[i] = chunk
  }
}

/** Per word, the runs of Postings it owns: [first, count, first, count, …] (one run per shard). */
type Words = Map<string, number[]>

function scanChunk(payload: Buffer, offset: number, pageCount: number, words: Words, postings: Postings): void {
  const chunk = postings.chunks.push(payload) - 1
  const r = new Reader(payload)
  if (r.array() !== 1) throw new FormatError('a word chunk has an unknown layout')
  for (let n = r.array(); n > 0; n--) {
    if (r.array() !== 3) throw new FormatError('a word entry has an unknown layout')
    const word = r.text()
    const count = r.array()
    const first = postings.length
    let page = 0
    for (let i = 0; i < count; i++) {
      if (r.array() !== 3) throw new FormatError('a page of a word has an unknown layout')
      page += r.uint()
      const start = r.pos
      r.skipInts()
      r.skipInts()
      postings.add(offset + page, start, r.pos, chunk)
    }
    // Page numbers are differences; a sum past the last page means they are not.
    if (count === 0 || page >= pageCount) throw new FormatError('page numbers out of range')
    if (r.array() !== 0) throw new FormatError('a word entry has data this merge does not know')
    const runs = words.get(word)
    if (runs) runs.push(first, count)
    else words.set(word, [first, count])
  }
  if (r.pos !== payload.length) throw new FormatError('a word chunk has trailing data')
}

const TWO_32 = 2 ** 32

/** One word with its pages in their new order (`rank`), page numbers as differences. */
function writeWord(w: Writer, word: Buffer, runs: number[], postings: Postings, rank: Uint32Array): void {
  let n = 0
  for (let i = 1; i < runs.length; i += 2) n += runs[i]!
  // new page number and posting id in one sortable number (both below 2^32, the sum below 2^53)
  const keys = new Float64Array(n)
  let k = 0
  for (let i = 0; i < runs.length; i += 2) {
    for (let id = runs[i]!, end = id + runs[i + 1]!; id < end; id++) keys[k++] = rank[postings.page[id]!]! * TWO_32 + id
  }
  keys.sort()
  w.head(4, 3)
  w.text(word)
  w.head(4, n)
  let previous = 0
  for (const key of keys) {
    const id = key % TWO_32
    const page = (key - id) / TWO_32
    w.head(4, 3)
    w.head(0, page - previous)
    w.bytes(postings.chunks[postings.chunk[id]!]!, postings.start[id]!, postings.end[id]!)
    previous = page
  }
  w.head(4, 0)
}

const startsWith = (word: Buffer, prefix: Buffer) => word.length >= prefix.length && word.subarray(0, prefix.length).equals(prefix)

/** The shortest prefix of `b` (whole characters) that sorts after `a`, for b > a. */
function separator(a: Buffer, b: Buffer): Buffer {
  for (let end = 1; end < b.length; end++) {
    if ((b[end]! & 0xc0) === 0x80) continue // inside a UTF-8 character
    const prefix = b.subarray(0, end)
    if (Buffer.compare(prefix, a) > 0) return prefix
  }
  return b
}

const hashOf = (data: Buffer | string, n: number) => crypto.createHash('sha1').update(data).digest('hex').slice(0, n)

export type MergeResult = { dir: string; pages: number; chunks: number }

/**
 * Merge the shard folders `shards` under `root` into a new folder `all.<hash>`. When the shards'
 * files are not of a layout this merge knows, `unmerged` says why and nothing is left behind.
 */
export async function mergeShards(root: string, shards: string[], chunkBytes = CHUNK_BYTES): Promise<MergeResult | { unmerged: string }> {
  const tmp = path.join(root, `.all.${process.pid}.${crypto.randomBytes(3).toString('hex')}`)
  try {
    const result = await merge(root, shards, tmp, chunkBytes)
    // Named after what it was made of: the shard folders (named after their content, fragments
    // included — the merged page list names fragments by number, not content) and the result.
    const dir = `all.${hashOf(`${shards.join(' ')}\n${fs.readFileSync(path.join(tmp, 'pagefind-entry.json'), 'utf8')}`, 10)}`
    if (fs.existsSync(path.join(root, dir))) fs.rmSync(tmp, { recursive: true, force: true })
    else fs.renameSync(tmp, path.join(root, dir))
    return { dir, ...result }
  } catch (err) {
    fs.rmSync(tmp, { recursive: true, force: true })
    if (err instanceof FormatError) return { unmerged: err.message }
    throw err
  }
}

async function merge(root: string, shards: string[], out: string, chunkBytes: number): Promise<Omit<MergeResult, 'dir'>> {
  const entries = shards.map((s) => JSON.parse(fs.readFileSync(path.join(root, s, 'pagefind-entry.json'), 'utf8')) as Entry)
  const first = entries[0]!
  const lang = Object.keys(first.languages)[0]!
  if (Object.keys(first.languages).length !== 1 || !KNOWN_VERSIONS.has(first.version)) throw new FormatError('unknown Pagefind version, or several languages')
  for (const e of entries) {
    const same = e.version === first.version && Object.keys(e.languages).join() === lang && e.languages[lang]!.wasm === first.languages[lang]!.wasm
    if (!same || JSON.stringify(e.include_characters) !== JSON.stringify(first.include_characters)) throw new FormatError('the shards were made differently')
  }

  // Read every shard: its pages (numbered on from the previous shard's) and its words.
  const words: Words = new Map()
  const postings = new Postings()
  const pages: { fragment: string; words: number }[] = []
  let metaFields: string[] | null = null
  let version = ''
  for (const [i, shard] of shards.entries()) {
    const dir = path.join(root, shard)
    const meta = readMeta(readPagefindFile(path.join(dir, `pagefind.${entries[i]!.languages[lang]!.hash}.pf_meta`)))
    if (metaFields && metaFields.join('\n') !== meta.metaFields.join('\n')) throw new FormatError('the shards have different meta fields')
    metaFields = meta.metaFields
    version = meta.version
    for (const chunk of meta.chunks) scanChunk(readPagefindFile(path.join(dir, 'index', `${chunk}.pf_index`)), pages.length, meta.pages.length, words, postings)
    for (const page of meta.pages) pages.push({ fragment: path.join(dir, 'fragment', `${page.hash}.pf_fragment`), words: page.words })
  }

  // Pages in order of length, named by their number: the page list (which every search downloads)
  // then compresses to half — random word counts and hashes were most of it.
  const order = pages.map((_, i) => i).sort((a, b) => pages[a]!.words - pages[b]!.words)
  const rank = new Uint32Array(pages.length)
  const pageList = new Writer()
  fs.mkdirSync(path.join(out, 'fragment'), { recursive: true })
  fs.mkdirSync(path.join(out, 'index'))
  for (const [n, old] of order.entries()) {
    rank[old] = n
    const name = n.toString(36)
    linkOrCopy(pages[old]!.fragment, path.join(out, 'fragment', `${name}.pf_fragment`))
    pageList.head(4, 3)
    pageList.text(name)
    pageList.head(0, pages[old]!.words)
    pageList.text('')
  }

  // Words in byte order (Pagefind compares Rust strings), cut into chunks of about chunkBytes,
  // compressed on the thread pool a few at a time.
  const byWord = [...words].map(([word, runs]) => ({ word: Buffer.from(word), runs })).sort((a, b) => Buffer.compare(a.word, b.word))
  const sorted = byWord.map((e) => e.word)
  const chunkList = new Writer()
  const names = new Set<string>()
  const writing = new Set<Promise<void>>()
  let chunkCount = 0
  let body = new Writer()
  let inChunk = 0
  let from: Buffer | null = null
  const flush = async (to: Buffer) => {
    const w = new Writer()
    w.head(4, 1)
    w.head(4, inChunk)
    w.bytes(body.done())
    const payload = w.done()
    let name = `${lang}_${hashOf(payload, 8)}`
    for (let n = 9; names.has(name); n++) name = `${lang}_${hashOf(payload, n)}`
    names.add(name)
    chunkList.head(4, 3)
    chunkList.text(from!)
    chunkList.text(to)
    chunkList.text(name)
    chunkCount++
    body = new Writer()
    inChunk = 0
    from = null
    const job = writePagefindFile(path.join(out, 'index', `${name}.pf_index`), payload).finally(() => writing.delete(job))
    writing.add(job)
    if (writing.size >= 4) await Promise.race(writing)
  }
  // A word goes into the current chunk while it fits in chunkBytes. A word that does not fit starts
  // the next chunk, unless it extends a word the chunk holds (劳模 → 劳模创新工作室; up to
  // 2 × chunkBytes past the size): Pagefind loads one chunk per query word and matches longer words
  // only within it. `stem` is the shortest word of the chunk that the latest words extend. A chunk
  // starts at the shortest prefix of its first word that sorts after the previous chunk's last word
  // (a shorter chunk list, the same lookups).
  const encoded = new Writer()
  let stem: Buffer | null = null
  let overflow = 0
  for (let i = 0; i < sorted.length; i++) {
    const word = sorted[i]!
    encoded.length = 0
    writeWord(encoded, word, byWord[i]!.runs, postings, rank)
    if (inChunk && body.length + encoded.length > chunkBytes) {
      const extendsStem = stem !== null && startsWith(word, stem)
      if (extendsStem && overflow + encoded.length <= chunkBytes * 2) overflow += encoded.length
      else {
        await flush(sorted[i - 1]!)
        stem = null
        overflow = 0
      }
    }
    if (!from) from = i === 0 ? word : separator(sorted[i - 1]!, word)
    if (!stem || !startsWith(word, stem)) stem = word
    body.bytes(encoded.done())
    inChunk++
  }
  if (inChunk) await flush(sorted[sorted.length - 1]!)
  await Promise.all(writing)

  const metaFile = new Writer()
  metaFile.head(4, 6)
  metaFile.text(version)
  metaFile.head(4, pages.length)
  metaFile.bytes(pageList.done())
  metaFile.head(4, chunkCount)
  metaFile.bytes(chunkList.done())
  metaFile.head(4, 0) // filters
  metaFile.head(4, 0) // sorts
  metaFile.head(4, metaFields!.length)
  for (const f of metaFields!) metaFile.text(f)
  const hash = `${lang}_${hashOf(metaFile.done(), 13)}`
  await writePagefindFile(path.join(out, `pagefind.${hash}.pf_meta`), metaFile.done())

  // The search scripts and WebAssembly, as the first shard has them.
  const firstDir = path.join(root, shards[0]!)
  for (const name of fs.readdirSync(firstDir)) {
    if (name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || name === 'index' || name === 'fragment') continue
    if (!fs.statSync(path.join(firstDir, name)).isFile()) throw new FormatError(`unexpected folder ${name} in a shard`)
    linkOrCopy(path.join(firstDir, name), path.join(out, name))
  }
  const entry: Entry = { ...first, languages: { [lang]: { ...first.languages[lang]!, hash, page_count: pages.length } } }
  fs.writeFileSync(path.join(out, 'pagefind-entry.json'), JSON.stringify(entry))
  return { pages: pages.length, chunks: chunkCount }
}
