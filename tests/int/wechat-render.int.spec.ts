// The WeChat rendering of the seeded demo site (src/wechat/data.ts, render.tsx): every published
// document of every kind loads as an editor and renders with no problem WeChat would refuse but a
// title over 32 characters (those are named), every photo it shows is a file of the site; the
// version chosen is the latest once approved, else the published one, by id or slug, as the user.
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import { PUBLISHABLE } from '../../collections/slugs'
import type { PublishableSlug } from '../../src/kinds'
import type { SiteDoc } from '../../src/site/context'
import { startPayload, type TestPayload } from '../helpers/payload'

const SITE = 'https://www.example.org'

let t: TestPayload
let editor: User
let data: typeof import('../../src/wechat/data')
let render: typeof import('../../src/wechat/render')

beforeAll(async () => {
  t = await startPayload('wechat-render')
  const { seed } = await import('../../src/seed')
  await seed(t.payload)
  data = await import('../../src/wechat/data')
  render = await import('../../src/wechat/render')
  const users = await t.payload.find({ collection: 'users', where: { email: { equals: 'editor@example.com' } }, limit: 1 })
  editor = { ...users.docs[0]!, collection: 'users' } as User
}, 300_000)

afterAll(async () => {
  await t?.close()
})

/** Published documents of a kind, read as the system (only their ids and slugs are used). */
async function publishedOf<K extends PublishableSlug>(kind: K): Promise<SiteDoc<K>[]> {
  const result = await t.payload.find({ collection: kind, where: { _status: { equals: 'published' } }, pagination: false, depth: 0, draft: false })
  return result.docs as SiteDoc<K>[]
}

describe('the seeded site in WeChat', () => {
  it('renders every published document of every kind with no problem but a title over 32 characters', async () => {
    const longTitles: string[] = []
    let rendered = 0
    let longest = { where: '', length: 0 }
    for (const kind of PUBLISHABLE) {
      const docs = await publishedOf(kind)
      expect(docs.length, kind).toBeGreaterThan(0)
      for (const { id } of docs) {
        const loaded = await data.loadWeChatArticle(t.payload, kind, id, { user: editor, siteURL: SITE })
        expect(loaded, `${kind} ${id}`).not.toBeNull()
        const { doc, article, problems } = loaded!
        const where = `${kind}/${doc.slug}`
        rendered++
        expect(problems.filter((p) => p.code !== 'title-too-long'), where).toEqual([])
        for (const p of problems) {
          expect(doc.shortTitle, where).toBeFalsy()
          expect(article.title.length, where).toBeGreaterThan(32)
          longTitles.push(`${where}: ${p.message}`)
        }
        expect(article.content.length, where).toBeGreaterThan(0)
        if (article.content.length > longest.length) longest = { where, length: article.content.length }
        expect(article.contentSourceURL, where).toMatch(new RegExp(`^${SITE}/[a-z]+/${doc.slug}/$`))
        expect(article.cover, `${where} has a cover`).not.toBeNull()
        // Every photo the piece shows is a file the site serves (the JPEG beside a WebP size).
        for (const media of article.images) {
          const url = render.publicImageURL(SITE, media)
          expect(article.content, where).toContain(`src="${url}"`)
          const file = path.join(t.dir, 'media', decodeURIComponent(url.slice(`${SITE}/media/`.length)))
          expect(fs.existsSync(file), `${where}: ${file}`).toBe(true)
        }
      }
    }
    // The seeded titles WeChat would refuse until an editor fills in 短标题（公众号）.
    console.info(`${rendered} documents rendered, the longest ${longest.where} (${longest.length} characters); titles over 32 characters:\n${longTitles.join('\n') || '(none)'}`)
    expect(rendered).toBeGreaterThan(10)
  })

  it('shows the photos of a gallery and the blocks of the articles', async () => {
    for (const gallery of await publishedOf('galleries')) {
      const loaded = await data.loadWeChatArticle(t.payload, 'galleries', gallery.id, { user: editor, siteURL: SITE })
      expect(loaded!.article.images.length).toBe(new Set((gallery.items ?? []).map((i) => String(typeof i.photo === 'object' ? i.photo.id : i.photo))).size)
      expect(loaded!.article.content).toContain('▲')
    }
    const all = await Promise.all((await publishedOf('articles')).map((a) => data.loadWeChatArticle(t.payload, 'articles', a.id, { user: editor, siteURL: SITE })))
    const content = all.map((l) => l!.article.content).join('\n')
    // The seeded articles use every block between them: photo, gallery, video, figures, worker card, pull quote.
    expect(content).toContain('（摄影 ')
    expect(content).toContain('图集：')
    expect(content).toContain('▶ 视频：')
    expect(content).toMatch(/font-size:24px[^>]*>[^<]+<span/)
    expect(content).toContain('border-left:4px solid #b3202a')
    expect(content).not.toMatch(/<(a|iframe|script|style|link)\b/)
  })
})

describe('which version WeChat gets', () => {
  it('finds a piece by its slug as well as by its id', async () => {
    const [first] = await publishedOf('articles')
    const bySlug = await data.loadForWeChat(t.payload, 'articles', first!.slug!, editor)
    const byId = await data.loadForWeChat(t.payload, 'articles', String(first!.id), editor)
    expect(bySlug?.id).toBe(first!.id)
    expect(byId?.id).toBe(first!.id)
    expect(await data.loadForWeChat(t.payload, 'articles', 'no-such-piece', editor)).toBeNull()
  })

  it('gives nothing for a piece that is neither approved nor published', async () => {
    const drafts = await t.payload.find({ collection: 'articles', where: { _status: { equals: 'draft' } }, pagination: false, depth: 0 })
    expect(drafts.docs.length).toBeGreaterThan(0)
    for (const d of drafts.docs) {
      expect(d.reviewStage).not.toBe('approved')
      expect(await data.loadForWeChat(t.payload, 'articles', d.id, editor)).toBeNull()
    }
  })

  it('gives the latest version once approved, the published one while a newer draft is under review, and only the published one to an anonymous reader', async () => {
    const [piece] = await publishedOf('galleries')
    const id = piece!.id
    // As the system (no user): a newer draft, then approved as it stands.
    await t.payload.update({ collection: 'galleries', id, data: { title: '技能大赛掠影（修订）' }, draft: true })
    expect((await data.loadForWeChat(t.payload, 'galleries', id, editor))?.title).toBe(piece!.title)
    await t.payload.update({ collection: 'galleries', id, data: { reviewStage: 'approved' }, draft: true })
    const approved = await data.loadForWeChat(t.payload, 'galleries', id, editor)
    expect(approved?.title).toBe('技能大赛掠影（修订）')
    expect(approved?.reviewStage).toBe('approved')
    expect((await data.loadForWeChat(t.payload, 'galleries', id, null))?.title).toBe(piece!.title)
  })
})
