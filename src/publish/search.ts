import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import * as pagefind from 'pagefind'

import { searchShardPages } from '../settings'
import { fileForPath } from '../site/urls'
import type { PageSpec } from './plan'
import { mergeShards } from './search-merge'

/**
 * The site search: Pagefind indexes built in shards, then merged into one index (search-merge.ts)
 * that the browser loads — one word list, one chunk per query word.
 *
 * Why shards: Pagefind's indexer needs ~0.25 GB per 1,000 Chinese pages at once, and can only
 * rebuild an index whole. In shards of at most shardPages() pages the memory stays bounded whatever
 * the size of the site, and an edit rebuilds only the shard its page is in.
 *
 * Where: `<SITE_DIR>.search/`, outside the page builds (which link to it with a `pagefind`
 * symlink), so a page build never copies the search files. Every shard folder and merged folder
 * (`all.<hash>`) is named after its content and never changes; `shards.json` names the folder(s)
 * the browser loads and is replaced by a rename. What each shard was built from is recorded in
 * `<SITE_DIR>.search.json` (not served).
 *
 * Chinese: the text is split into words with `Intl.Segmenter` (ICU) before Pagefind sees it — the
 * segmenter Pagefind's own search script applies to the reader's query in the browser, so a page
 * and a query are cut the same way — which also halves the indexer's memory.
 */

/**
 * Pages per shard (SITE_SEARCH_SHARD_PAGES): the indexer's memory grows with it, and so does the
 * work redone after an edit.
 */
export const shardPages = searchShardPages

export type ShardState = { dir: string; digest: string; pages: number }
/** `merged`: the shards made into one index (search-merge.ts), `of` naming the shard folders it was made from. */
export type SearchState = { version: 1; shards: Record<string, ShardState>; merged?: { dir: string; of: string } }

export const searchDir = (siteDir: string) => `${siteDir}.search`

/** How many shards for this many searchable pages (a small site has one). */
export function shardCount(pages: number, perShard = shardPages()): number {
  return Math.max(1, Math.ceil(pages / perShard))
}

/**
 * The shard a page belongs to, from a hash of its path: an edit touches one shard. When the site
 * grows past a multiple of the shard size, the pages are dealt out again (indexed in the
 * background, the previous shards answering meanwhile).
 */
export function shardOf(sitePath: string, count: number): string {
  if (count === 1) return 'site'
  const bucket = crypto.createHash('sha1').update(sitePath).digest().readUInt32BE(0) % count
  return `site-${bucket + 1}of${count}`
}

const HAN_RUN = /\p{Script=Han}+/gu
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' })

/** Put a space between the Chinese words of a text (`Intl.Segmenter`), leaving other text alone. */
export function segmentChinese(text: string): string {
  return text.replace(HAN_RUN, (run) => {
    if (run.length < 3) return run
    let out = ''
    for (const { segment } of segmenter.segment(run)) out += out ? ` ${segment}` : segment
    return out
  })
}

const BODY_OPEN = /<(\w+)\b[^>]*\sdata-pagefind-body(?:="")?[^>]*>/
const TAG = /<(\/?)(\w+)\b[^>]*>/g
const H1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/

const decode = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&(lt|gt|quot|#x27|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'", amp: '&' })[e]!)
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/**
 * What Pagefind reads for one page: the element marked `data-pagefind-body` of the published page
 * (the reader's text, nothing else), its text nodes word-segmented, and the unsegmented heading as
 * the result title. Null for pages without a body (lists, archives, home).
 */
export function searchDocument(html: string): string | null {
  const open = BODY_OPEN.exec(html)
  if (!open) return null
  const name = open[1]!.toLowerCase()
  let depth = 0
  let end = -1
  TAG.lastIndex = open.index
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m[2]!.toLowerCase() !== name) continue
    depth += m[1] ? -1 : 1
    if (depth === 0) {
      end = m.index + m[0].length
      break
    }
  }
  const body = html.slice(open.index, end < 0 ? undefined : end)
  const title = decode(H1.exec(body)?.[1] ?? '').trim()
  const segmented = body.replace(/>([^<]+)</g, (_, text: string) => `>${segmentChinese(text)}<`)
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body><div data-pagefind-body${title ? ` data-pagefind-meta="title:${attr(title)}"` : ''}>${segmented}</div></body></html>`
}

/** Files of a Pagefind bundle the site's search uses (the bundled UI kits are left out). */
const KEEP = (name: string) => !/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(name)

/**
 * Index one shard's pages (read from a finished build) into a new folder under `root`, named after
 * its content. The Pagefind process is closed afterwards, which hands its memory back.
 */
export async function indexShard(root: string, name: string, buildDir: string, files: { url: string; file: string }[]): Promise<string> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn', verbose: false })
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  const tmp = path.join(root, `.${name}.${process.pid}.${crypto.randomBytes(3).toString('hex')}`)
  try {
    const BATCH = 64
    for (let i = 0; i < files.length; i += BATCH) {
      const results = await Promise.all(
        files.slice(i, i + BATCH).map(({ url, file }) => {
          const doc = searchDocument(fs.readFileSync(path.join(buildDir, file), 'utf8'))
          return doc ? index.addHTMLFile({ url, content: doc }) : null
        }),
      )
      const failed = results.find((r) => r && r.errors.length)
      if (failed) throw new Error(`Pagefind could not index a page: ${failed.errors.join('; ')}`)
    }
    const written = await index.writeFiles({ outputPath: tmp })
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
    for (const entry of fs.readdirSync(tmp)) if (!KEEP(entry)) fs.rmSync(path.join(tmp, entry), { recursive: true, force: true })
    const hash = crypto.createHash('sha1').update(fs.readFileSync(path.join(tmp, 'pagefind-entry.json'))).digest('hex').slice(0, 10)
    const dir = `${name}.${hash}`
    if (fs.existsSync(path.join(root, dir))) fs.rmSync(tmp, { recursive: true, force: true })
    else fs.renameSync(tmp, path.join(root, dir))
    return dir
  } catch (err) {
    fs.rmSync(tmp, { recursive: true, force: true })
    throw err
  } finally {
    await index.deleteIndex().catch(() => {})
    await pagefind.close().catch(() => {})
  }
}

/** The publisher's record of the shards (what each was built from), kept beside, not inside, the served folder. */
const statePath = (root: string) => `${root}.json`

export function readSearchState(root: string): SearchState {
  try {
    const state = JSON.parse(fs.readFileSync(statePath(root), 'utf8')) as SearchState
    if (state.version === 1) return state
  } catch {
    // none yet
  }
  return { version: 1, shards: {} }
}

/**
 * Record the shards and publish the list the browser loads (`shards.json`: the merged index, or the
 * shards when there is none), each with a rename. Folders no longer recorded are removed once they
 * have been out of the record for one update (a reader's search in progress may still be loading
 * from them).
 */
export function writeSearchState(root: string, state: SearchState, previous: SearchState): void {
  const write = (file: string, data: unknown) => {
    const tmp = `${file}.${process.pid}.tmp`
    fs.writeFileSync(tmp, JSON.stringify(data))
    fs.renameSync(tmp, file)
  }
  const names = Object.keys(state.shards).sort()
  write(path.join(root, 'shards.json'), { version: 1, shards: state.merged ? [state.merged.dir] : names.map((n) => state.shards[n]!.dir) })
  write(statePath(root), state)
  const keep = new Set([...Object.values(state.shards), ...Object.values(previous.shards), state.merged, previous.merged].map((s) => s?.dir))
  const hourAgo = Date.now() - 3_600_000
  for (const entry of fs.readdirSync(root)) {
    if (entry === 'shards.json' || keep.has(entry)) continue
    // Half-written folders of a publish that was killed: left alone for an hour (one may be running).
    if (entry.startsWith('.') && fs.statSync(path.join(root, entry)).mtimeMs > hourAgo) continue
    fs.rmSync(path.join(root, entry), { recursive: true, force: true })
  }
}

export async function closeSearch(): Promise<void> {
  await pagefind.close()
}

/**
 * What a publish did to the search: shards rebuilt (of how many), and whether they are served as one
 * merged index (if not, `unmerged` says why: a Pagefind layout the merge does not know).
 */
export type SearchSummary = { rebuilt: number; shards: number; pages: number; merged: boolean; unmerged?: string }

/**
 * Bring the search shards up to date with a build that is live: a shard is indexed again when the
 * pages in it, or their content (`h`), differ from what it was built from. Until a shard is done,
 * its previous version keeps answering.
 */
export async function updateSearch(siteDir: string, buildDir: string, specs: PageSpec[], pageHash: (urlPath: string) => string | undefined, withdrawn = false, urlBase = ''): Promise<SearchSummary> {
  const root = fs.realpathSync(searchDir(siteDir))
  const before = readSearchState(root)
  const searchable = specs.filter((s) => s.search).map((s) => s.path)
  const count = shardCount(searchable.length)
  const shards = new Map<string, string[]>()
  for (const p of searchable) {
    const name = shardOf(p, count)
    const list = shards.get(name)
    if (list) list.push(p)
    else shards.set(name, [p])
  }
  const state: SearchState = { version: 1, shards: {} }
  const dirty: { name: string; paths: string[]; digest: string }[] = []
  let pages = 0
  for (const [name, paths] of [...shards].sort((a, b) => a[0].localeCompare(b[0]))) {
    paths.sort()
    pages += paths.length
    const digest = crypto
      .createHash('sha1')
      .update(paths.map((p) => `${p} ${pageHash(p) ?? ''}`).join('\n'))
      .digest('hex')
      .slice(0, 16)
    const old = before.shards[name]
    if (old && old.digest === digest && fs.existsSync(path.join(root, old.dir))) state.shards[name] = old
    else dirty.push({ name, paths, digest })
  }
  // While dirty shards are indexed, the previous index keeps answering: the previous merged index,
  // or (without one) every previous shard — a dirty shard's previous version, and shards no longer
  // planned (the site grew past a multiple of the shard size).
  const standing = Object.entries(before.shards).filter(([, shard]) => fs.existsSync(path.join(root, shard.dir)))
  const previousMerged = before.merged && fs.existsSync(path.join(root, before.merged.dir)) ? before.merged : undefined
  const working: SearchState = { version: 1, shards: { ...Object.fromEntries(standing), ...state.shards }, merged: previousMerged }
  for (const shard of dirty) {
    const dir = await indexShard(root, shard.name, buildDir, shard.paths.map((p) => ({ url: urlBase + p, file: fileForPath(p) })))
    working.shards[shard.name] = state.shards[shard.name] = { dir, digest: shard.digest, pages: shard.paths.length }
    writeSearchState(root, working, before)
  }
  // Several shards are made into one index, so that a reader's search downloads one word list and
  // one chunk per word (search-merge.ts); a layout the merge does not know leaves the shards listed.
  const dirs = Object.keys(state.shards)
    .sort()
    .map((n) => state.shards[n]!.dir)
  const of = dirs.join(' ')
  let unmerged: string | undefined
  if (dirs.length > 1) {
    if (previousMerged?.of === of) state.merged = previousMerged
    else {
      const merged = await mergeShards(root, dirs)
      if ('dir' in merged) state.merged = { dir: merged.dir, of }
      else unmerged = merged.unmerged
    }
  }
  const changed = dirty.length || state.merged?.dir !== before.merged?.dir || Object.keys(before.shards).some((n) => !state.shards[n])
  // Pages left the site (withdrawn, deleted): the previous folders still hold their text, so they
  // go now rather than after the next update, and no old index serves a withdrawn piece.
  if (changed || !fs.existsSync(path.join(root, 'shards.json'))) writeSearchState(root, state, withdrawn ? { version: 1, shards: {} } : before)
  return { rebuilt: dirty.length, shards: shards.size, pages, merged: Boolean(state.merged), ...(unmerged ? { unmerged } : {}) }
}
