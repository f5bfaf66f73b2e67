// The merge of search shards into one Pagefind index (src/publish/search-merge.ts): a reader must
// find exactly what one Pagefind index of all the pages would give — same pages, scores and
// excerpts — and a layout the merge does not know must leave the shards as they are.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { indexShard, shardOf } from '../../src/publish/search'
import { mergeShards } from '../../src/publish/search-merge'

type Found = { results: number; urls: string[]; scores: number[]; excerpts: string[]; fetched: { name: string; bytes: number }[] }

const query = (dir: string, word: string): Found =>
  JSON.parse(execFileSync(process.execPath, [path.resolve('tests/helpers/pagefind-query.mjs'), dir, word, 'all'], { encoding: 'utf8' })) as Found

/** url → [score, excerpt], the order of equal scores aside (it follows page numbers). */
const byUrl = (found: Found) => Object.fromEntries(found.urls.map((u, i) => [u, [found.scores[i]!.toFixed(5), found.excerpts[i]]]))

const NAMES = ['王建国', '李秀英', '张志刚', '刘海涛', '陈晓燕', '杨立新']
const PLACES = ['港区', '高新区', '青石县', '滨江新城']
const PHRASES = ['户外劳动者服务驿站开门迎客', '职工技能培训覆盖一万余人次', '劳模创新工作室攻克技术难题', '工匠精神在车间里传承', '夏季送清凉走进建设工地', '困难职工帮扶受到普遍欢迎']

/** 60 pages of different lengths; some titles start with 劳模 (longer words the query also matches). */
function pages(): { url: string; html: string }[] {
  return Array.from({ length: 60 }, (_, i) => {
    const title = i % 5 === 0 ? `劳模${NAMES[i % NAMES.length]}和他的徒弟们（${i}）` : `${PLACES[i % PLACES.length]}工会动态第${i}期`
    const paragraphs = Array.from({ length: 1 + (i % 7) }, (_, k) => `<p>${PLACES[(i + k) % PLACES.length]}${PHRASES[(i * 3 + k) % PHRASES.length]}，${NAMES[(i + k) % NAMES.length]}说。</p>`)
    return { url: `/articles/gao-jian-${i}/`, html: `<!doctype html><html lang="zh-CN"><body><main><article data-pagefind-body=""><h1>${title}</h1>${paragraphs.join('')}</article></main></body></html>` }
  })
}

describe('mergeShards', () => {
  let work: string
  let single: string
  let sharded: string
  let shardDirs: string[]

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'search-merge-'))
    const build = path.join(work, 'build')
    fs.mkdirSync(build)
    const files = pages().map(({ url, html }, i) => {
      fs.writeFileSync(path.join(build, `${i}.html`), html)
      return { url, file: `${i}.html` }
    })
    // One index of every page: what the merged index must answer like.
    single = path.join(work, 'single')
    fs.mkdirSync(single)
    const one = await indexShard(single, 'site', build, files)
    fs.writeFileSync(path.join(single, 'shards.json'), JSON.stringify({ version: 1, shards: [one] }))
    // The same pages in three shards, as the publisher deals them out.
    sharded = path.join(work, 'sharded')
    fs.mkdirSync(sharded)
    shardDirs = []
    for (const name of ['site-1of3', 'site-2of3', 'site-3of3']) {
      shardDirs.push(await indexShard(sharded, name, build, files.filter((f) => shardOf(f.url, 3) === name)))
    }
  }, 120_000)

  afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

  const mergedRoot = async (chunkBytes?: number) => {
    const merged = await mergeShards(sharded, shardDirs, chunkBytes)
    if (!('dir' in merged)) throw new Error(`not merged: ${merged.unmerged}`)
    expect(merged.pages).toBe(60)
    const root = fs.mkdtempSync(path.join(work, 'root-'))
    fs.symlinkSync(path.join(sharded, merged.dir), path.join(root, merged.dir))
    fs.writeFileSync(path.join(root, 'shards.json'), JSON.stringify({ version: 1, shards: [merged.dir] }))
    return { root, ...merged }
  }

  it('finds the same pages with the same scores and excerpts as one index of every page', async () => {
    const { root } = await mergedRoot()
    for (const word of ['劳模', '驿站', '工匠', '王建国', '港区']) {
      const expected = query(single, word)
      const found = query(root, word)
      expect(expected.results, word).toBeGreaterThan(0)
      expect(found.results, word).toBe(expected.results)
      expect(byUrl(found), word).toEqual(byUrl(expected))
    }
  }, 60_000)

  it('answers with one word list and one chunk per word, whatever the number of shards', async () => {
    const { root, chunks } = await mergedRoot(512)
    expect(chunks).toBeGreaterThan(3)
    const found = query(root, '驿站')
    expect(found.fetched.filter((f) => f.name.endsWith('.pf_meta'))).toHaveLength(1)
    expect(found.fetched.filter((f) => f.name.endsWith('.pf_index'))).toHaveLength(1)
    expect(byUrl(found)).toEqual(byUrl(query(single, '驿站')))
  }, 60_000)

  it('keeps the words that extend a query word in its chunk: 劳模 also matches the titles 劳模…, as one index does', async () => {
    const { root, chunks } = await mergedRoot(1024)
    expect(chunks).toBeGreaterThan(3)
    const found = query(root, '劳模')
    expect(byUrl(found)).toEqual(byUrl(query(single, '劳模')))
    const titled = pages().filter((_, i) => i % 5 === 0)
    expect(found.urls.slice(0, titled.length).sort()).toEqual(titled.map((p) => p.url).sort())
  }, 60_000)

  it('names the merged folder after the shards it was made of, so a changed result fragment is never served from an old folder', async () => {
    const first = await mergeShards(sharded, shardDirs)
    // A shard indexed again after a change that only its fragments show (a result image, say):
    // a new shard folder with the same word index.
    const renamed = `${shardDirs[0]!.split('.')[0]}.0123456789`
    fs.cpSync(path.join(sharded, shardDirs[0]!), path.join(sharded, renamed), { recursive: true })
    const second = await mergeShards(sharded, [renamed, ...shardDirs.slice(1)])
    expect('dir' in first && 'dir' in second).toBe(true)
    expect((second as { dir: string }).dir).not.toBe((first as { dir: string }).dir)
    fs.rmSync(path.join(sharded, renamed), { recursive: true })
  })

  it('leaves the shards alone when their files are of a layout it does not know', async () => {
    const copy = path.join(work, 'odd')
    fs.cpSync(sharded, copy, { recursive: true })
    const before = fs.readdirSync(copy).sort()
    // A Pagefind release it was not checked against.
    for (const dir of shardDirs) {
      const entryFile = path.join(copy, dir, 'pagefind-entry.json')
      fs.writeFileSync(entryFile, JSON.stringify({ ...JSON.parse(fs.readFileSync(entryFile, 'utf8')), version: '9.9.9' }))
    }
    expect(await mergeShards(copy, shardDirs)).toEqual({ unmerged: expect.stringContaining('version') })
    expect(fs.readdirSync(copy).sort()).toEqual(before)
    // Word chunks whose content is not what the merge expects.
    fs.rmSync(copy, { recursive: true })
    fs.cpSync(sharded, copy, { recursive: true })
    const index = path.join(copy, shardDirs[2]!, 'index')
    const chunk = path.join(index, fs.readdirSync(index)[0]!)
    fs.writeFileSync(chunk, zlib.gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from([0xa1, 0x61, 0x61, 0x01])])))
    expect(await mergeShards(copy, shardDirs)).toEqual({ unmerged: expect.any(String) })
    expect(fs.readdirSync(copy).sort()).toEqual(before)
  })
})
