// The search index's input: Chinese word splitting, the page text Pagefind reads, and how pages
// are dealt into shards (an edit must touch one shard; a small site has one).
import { describe, expect, it } from 'vitest'

import { searchDocument, segmentChinese, shardCount, shardOf, shardPages } from '../../src/publish/search'

describe('segmentChinese', () => {
  it('puts a space between Chinese words and leaves other text alone', () => {
    expect(segmentChinese('户外劳动者服务驿站')).toMatch(/驿站$/)
    expect(segmentChinese('户外劳动者服务驿站').split(' ').length).toBeGreaterThan(1)
    expect(segmentChinese('户外劳动者服务驿站').replace(/ /g, '')).toBe('户外劳动者服务驿站')
    expect(segmentChinese('Model Worker 2026')).toBe('Model Worker 2026')
    expect(segmentChinese('A&amp;B')).toBe('A&amp;B')
  })
})

describe('searchDocument', () => {
  const page = (body: string) =>
    `<!doctype html><html lang="zh-CN"><head><title>站点</title></head><body><header><nav>首页 新闻</nav></header><main>${body}<aside>相关：别的稿件</aside></main></body></html>`

  it('keeps only the element marked data-pagefind-body, nested elements included', () => {
    const doc = searchDocument(page('<article class="article" data-pagefind-body=""><h1>劳模风采</h1><article><p>内嵌的劳模卡片</p></article><p>正文结尾</p></article>'))!
    expect(doc).toContain('正文')
    expect(doc).toContain('卡片')
    expect(doc).not.toContain('首页')
    expect(doc).not.toContain('别的稿件')
  })

  it('gives the unsplit heading as the result title, escaped', () => {
    const doc = searchDocument(page('<article data-pagefind-body=""><h1>“工匠”&amp;劳模 &lt;b&gt;</h1><p>正文</p></article>'))!
    expect(doc).toContain('data-pagefind-meta="title:“工匠”&amp;劳模 &lt;b>"')
  })

  it('is null for pages without a body (lists, archives, home)', () => {
    expect(searchDocument(page('<ol><li>列表</li></ol>'))).toBeNull()
  })
})

describe('shards', () => {
  it('reads the shard size from SITE_SEARCH_SHARD_PAGES and refuses a value that is not a page count', () => {
    const before = process.env.SITE_SEARCH_SHARD_PAGES
    try {
      delete process.env.SITE_SEARCH_SHARD_PAGES
      expect(shardPages()).toBe(1000)
      process.env.SITE_SEARCH_SHARD_PAGES = '250'
      expect(shardPages()).toBe(250)
      for (const bad of ['abc', '0', '-5', '1.5']) {
        process.env.SITE_SEARCH_SHARD_PAGES = bad
        expect(() => shardPages(), bad).toThrow(/SITE_SEARCH_SHARD_PAGES/)
      }
    } finally {
      if (before === undefined) delete process.env.SITE_SEARCH_SHARD_PAGES
      else process.env.SITE_SEARCH_SHARD_PAGES = before
    }
  })

  it('has one shard for a small site and more as it grows', () => {
    expect(shardCount(10)).toBe(1)
    expect(shardCount(1500, 1500)).toBe(1)
    expect(shardCount(1501, 1500)).toBe(2)
    expect(shardCount(12_500, 1500)).toBe(9)
    expect(shardOf('/articles/a/', 1)).toBe('site')
  })

  it('puts a page in the same shard every time and spreads pages evenly', () => {
    const paths = Array.from({ length: 9000 }, (_, i) => `/articles/gao-jian-${i}/`)
    const counts = new Map<string, number>()
    for (const p of paths) {
      expect(shardOf(p, 6)).toBe(shardOf(p, 6))
      counts.set(shardOf(p, 6), (counts.get(shardOf(p, 6)) ?? 0) + 1)
    }
    expect(counts.size).toBe(6)
    for (const n of counts.values()) expect(n).toBeGreaterThan(1200)
  })
})
