// The foundation's integration suite, written once and run against any database: every collection
// round-trips with its fields, validation refuses bad input with a message, anonymous readers never
// see drafts, only administrators change roles, and slugs are generated and unique. The SQLite file
// (tests/int/foundation.int.spec.ts) and the MongoDB file (tests/int/mongodb.int.spec.ts) call it.
import fs from 'node:fs'
import path from 'node:path'

import { ValidationError, type CollectionSlug, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import {
  BILIBILI_URL,
  YOUTUBE_URL,
  blockNode,
  heading,
  linkNode,
  paragraph,
  plainText,
  pngFile,
  richText,
  svgFile,
  textNode,
  type ID,
} from './fixtures'
import { rest, type TestPayload } from './payload'
import { PUBLISHABLE } from '../../collections/slugs'
import type { PublishableSlug } from '../../src/kinds'

type Doc = Record<string, unknown> & { id: ID }

const PASSWORD = 'test-password-2026'
const ROLE_REFUSAL = /只有管理员可以修改用户的姓名、角色和所属单位/

/** The id of a relationship value, populated or not. */
export function idOf(value: unknown): string {
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return String(value)
}

/** The `{ path, message }` list of a ValidationError, or fail the test when `err` is something else. */
function validationErrors(err: unknown): { path: string; message: string }[] {
  expect(err).toBeInstanceOf(ValidationError)
  return (err as ValidationError).data.errors.map(({ path, message }) => ({ path, message }))
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (err) {
    return err
  }
  throw new Error('expected the operation to be refused, but it succeeded')
}

export type FoundationOptions = {
  /** Report the whole suite as skipped. */
  skip?: boolean
  /** Defines more tests inside the suite, on the same booted instance (e.g. database-specific ones). */
  extra?: (booted: () => TestPayload) => void
}

/**
 * Define the suite. `boot` starts Payload on the database under test (called once, in beforeAll).
 */
export function describeFoundation(label: string, boot: () => Promise<TestPayload>, { skip = false, extra }: FoundationOptions = {}): void {
  const suite = skip ? describe.skip : describe

  suite(label, () => {
    let t: TestPayload
    let payload: Payload
    let firstUser: User
    let admin: User
    let reporter: User
    let editor: User
    let org: Doc
    let otherOrg: Doc
    let photo: Doc
    let honor: Doc

    /**
     * Create through the Local API. Without `user` the call is the system's (as for the seed and
     * importers), so fixtures do not depend on the review workflow; with `user`, access is checked
     * and hooks see that user.
     */
    const create = async (
      collection: CollectionSlug,
      data: Record<string, unknown>,
      opts: { draft?: boolean; user?: User } = {},
    ) =>
      (await payload.create({
        collection,
        data: data as never,
        draft: opts.draft,
        ...(opts.user ? { user: opts.user, overrideAccess: false } : {}),
      })) as unknown as Doc

    const read = async (collection: CollectionSlug, id: ID, depth = 0) =>
      (await payload.findByID({ collection, id, depth, draft: false })) as unknown as Doc

    /** The smallest valid document of each publishable collection, named `title`. */
    const minimal = (collection: PublishableSlug, title: string): Record<string, unknown> => {
      switch (collection) {
        case 'model-workers':
          return { name: title, publicationConsent: true }
        case 'yearly-reviews':
          return { title, period: { firstYear: 2025, lastYear: 2025 }, organization: org.id }
        default:
          return { title }
      }
    }

    beforeAll(async () => {
      t = await boot()
      payload = t.payload
      // Created the way the admin's "create first user" screen does: no one logged in.
      firstUser = (await payload.create({
        collection: 'users',
        overrideAccess: false,
        data: { email: 'first@example.com', password: PASSWORD, name: '首位用户', roles: ['reporter'] },
      })) as User
      // The answer to an anonymous create does not show roles (they are for administrators and the
      // person); read the account back as the system, roles included.
      admin = (await payload.findByID({ collection: 'users', id: firstUser.id, depth: 0 })) as User
      org = await create('organizations', { name: '江澄市总工会', level: 'city' }, { user: admin })
      otherOrg = await create('organizations', { name: '江澄市教育工会', level: 'industry', parent: org.id }, { user: admin })
      reporter = (await create('users', {
        email: 'reporter@example.com',
        password: PASSWORD,
        name: '李记者',
        roles: ['reporter'],
        organization: org.id,
      }, { user: admin })) as unknown as User
      editor = (await create('users', {
        email: 'editor@example.com',
        password: PASSWORD,
        name: '王责编',
        roles: ['editor'],
      }, { user: admin })) as unknown as User
      photo = (await payload.create({
        collection: 'media',
        data: { alt: '焊工在车间作业', caption: '劳模在焊接现场', credit: '摄影 张三' },
        file: await pngFile(2000, 1200, 'welder.png'),
        user: reporter,
        overrideAccess: false,
      })) as unknown as Doc
      honor = await create('honors', { name: '全国五一劳动奖章', level: 'national', awardingBody: '中华全国总工会' }, { user: editor })
    })

    afterAll(async () => {
      await t?.close()
    })

    describe('users and roles', () => {
      it('makes the first account an administrator whatever roles the form sent', async () => {
        expect(admin.roles).toEqual(['admin'])
        const stored = (await read('users', firstUser.id)) as unknown as User
        expect(stored.roles).toEqual(['admin'])
      })

      it('refuses a second account created without logging in', async () => {
        const err = await rejection(
          payload.create({
            collection: 'users',
            overrideAccess: false,
            data: { email: 'intruder@example.com', password: PASSWORD, name: '路人', roles: ['admin'] },
          }),
        )
        expect((err as { status?: number }).status).toBe(403)
        const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: 'intruder@example.com' } } })
        expect(totalDocs).toBe(0)
      })

      it('stores an account with its name, roles and organization', async () => {
        const stored = (await read('users', reporter.id)) as unknown as User
        expect(stored).toMatchObject({ email: 'reporter@example.com', name: '李记者', roles: ['reporter'] })
        expect(idOf(stored.organization)).toBe(String(org.id))
        expect(stored).not.toHaveProperty('password')
      })

      it('refuses a reporter renaming themselves (the name signs the review log), and lets an administrator rename them', async () => {
        const err = await rejection(
          payload.update({ collection: 'users', id: reporter.id, data: { name: '陈终审' }, user: reporter, overrideAccess: false }),
        )
        expect((err as Error).message).toMatch(ROLE_REFUSAL)
        expect(((await read('users', reporter.id)) as unknown as User).name).toBe('李记者')
        const updated = await payload.update({ collection: 'users', id: reporter.id, data: { name: '李记者（摄影）' }, user: admin, overrideAccess: false })
        expect(updated.name).toBe('李记者（摄影）')
        await payload.update({ collection: 'users', id: reporter.id, data: { name: '李记者' }, user: admin, overrideAccess: false })
      })

      it('refuses, with a message, a reporter who tries to make themselves an administrator', async () => {
        const err = await rejection(
          payload.update({
            collection: 'users',
            id: reporter.id,
            data: { roles: ['admin'] },
            user: reporter,
            overrideAccess: false,
          }),
        )
        expect((err as Error).message).toMatch(ROLE_REFUSAL)
        expect((err as { status?: number }).status).toBe(403)
        const stored = (await read('users', reporter.id)) as unknown as User
        expect(stored.roles).toEqual(['reporter'])
      })

      it('refuses a reporter who tries to move themselves to another organization', async () => {
        const err = await rejection(
          payload.update({
            collection: 'users',
            id: reporter.id,
            data: { organization: otherOrg.id as number },
            user: reporter,
            overrideAccess: false,
          }),
        )
        expect((err as Error).message).toMatch(ROLE_REFUSAL)
        const stored = (await read('users', reporter.id)) as unknown as User
        expect(idOf(stored.organization)).toBe(String(org.id))
      })

      it('refuses a role change hidden in an edit of the name, and keeps the old name too', async () => {
        const before = (await read('users', reporter.id)) as unknown as User
        await expect(
          payload.update({
            collection: 'users',
            id: reporter.id,
            data: { name: '新名字', roles: ['reporter', 'chief-editor'] },
            user: reporter,
            overrideAccess: false,
          }),
        ).rejects.toThrow(ROLE_REFUSAL)
        const stored = (await read('users', reporter.id)) as unknown as User
        expect(stored.roles).toEqual(['reporter'])
        expect(stored.name).toBe(before.name)
      })

      it('accepts a profile saved with its roles and organization unchanged, as the admin form sends them', async () => {
        const updated = await payload.update({
          collection: 'users',
          id: reporter.id,
          data: { name: '李记者', roles: ['reporter'], organization: org.id as number },
          user: reporter,
          overrideAccess: false,
        })
        expect(updated.name).toBe('李记者')
        expect(updated.roles).toEqual(['reporter'])
      })

      it('does not let an editor change the roles of another account', async () => {
        const err = await rejection(
          payload.update({
            collection: 'users',
            id: reporter.id,
            data: { roles: ['editor'] },
            user: editor,
            overrideAccess: false,
          }),
        )
        expect([403, 404]).toContain((err as { status?: number }).status)
        const stored = (await read('users', reporter.id)) as unknown as User
        expect(stored.roles).toEqual(['reporter'])
      })

      it('lets an administrator change the roles and organization of another account', async () => {
        const updated = await payload.update({
          collection: 'users',
          id: editor.id,
          data: { roles: ['editor', 'chief-editor'], organization: otherOrg.id as number },
          user: admin,
          overrideAccess: false,
        })
        expect(updated.roles).toEqual(['editor', 'chief-editor'])
        const stored = (await read('users', editor.id)) as unknown as User
        expect(stored.roles).toEqual(['editor', 'chief-editor'])
        expect(idOf(stored.organization)).toBe(String(otherOrg.id))
        // put it back for the tests below
        await payload.update({ collection: 'users', id: editor.id, data: { roles: ['editor'] }, user: admin, overrideAccess: false })
      })
    })

    describe('collections round trip', () => {
      it('stores an organization with its level, region and parent, and gives it a pinyin slug', async () => {
        const created = await create('organizations', {
          name: '江澄市机械冶金工会',
          shortName: '机冶工会',
          level: 'industry',
          region: { province: '江南省', city: '江澄市', district: '东湖区' },
          parent: org.id,
          description: '全市机械冶金行业工会。',
        })
        const stored = await read('organizations', created.id)
        expect(stored).toMatchObject({
          name: '江澄市机械冶金工会',
          shortName: '机冶工会',
          level: 'industry',
          region: { province: '江南省', city: '江澄市', district: '东湖区' },
          description: '全市机械冶金行业工会。',
          slug: 'jiang-cheng-shi-ji-xie-ye-jin-gong-hui',
        })
        expect(idOf(stored.parent)).toBe(String(org.id))
        expect(org.slug).toBe('jiang-cheng-shi-zong-gong-hui')
      })

      it('stores a topic with its description and default order', async () => {
        const created = await create('topics', { name: '工匠风采', description: '讲述大国工匠的故事。' })
        const stored = await read('topics', created.id)
        expect(stored).toMatchObject({ name: '工匠风采', slug: 'gong-jiang-feng-cai', description: '讲述大国工匠的故事。', order: 100 })
      })

      it('stores an honour with its level, recipient type and awarding body', async () => {
        const stored = await read('honors', honor.id)
        expect(stored).toMatchObject({
          name: '全国五一劳动奖章',
          level: 'national',
          recipientType: 'individual',
          awardingBody: '中华全国总工会',
        })
        const collective = await create('honors', { name: '工人先锋号', level: 'national', recipientType: 'collective' })
        expect((await read('honors', collective.id)).recipientType).toBe('collective')
      })

      it('stores an uploaded PNG with its caption and every derived size, with width and height', async () => {
        const stored = await read('media', photo.id)
        expect(stored).toMatchObject({
          alt: '焊工在车间作业',
          caption: '劳模在焊接现场',
          credit: '摄影 张三',
          mimeType: 'image/png',
          width: 2000,
          height: 1200,
        })
        const sizes = stored.sizes as Record<string, { width: number | null; height: number | null; filename: string | null; mimeType: string | null }>
        const expected: Record<string, [number, number]> = {
          thumbnail: [320, 240],
          card: [640, 427],
          feature: [1024, 614],
          hero: [1920, 1080],
          social: [1200, 630],
        }
        expect(Object.keys(sizes).sort()).toEqual(Object.keys(expected).sort())
        for (const [name, [width, height]] of Object.entries(expected)) {
          expect(sizes[name], name).toMatchObject({ width, height, mimeType: 'image/webp' })
          expect(sizes[name].filename, name).toMatch(/\.webp$/)
          const file = path.join(t.dir, 'media', sizes[name].filename as string)
          expect(fs.existsSync(file), `${name} file on disk`).toBe(true)
        }
        expect(fs.existsSync(path.join(t.dir, 'media', stored.filename as string))).toBe(true)
      })

      it('refuses an SVG upload, even one named and labelled as a PNG, and stores nothing', async () => {
        const before = await payload.count({ collection: 'media' })
        const disguised = { ...svgFile('logo.png'), mimetype: 'image/png' }
        for (const file of [svgFile(), disguised]) {
          const err = await rejection(
            payload.create({ collection: 'media', data: { alt: '标志' }, file, user: admin, overrideAccess: false }),
          )
          expect(validationErrors(err), file.name).toEqual([{ path: 'file', message: expect.stringContaining('image/svg+xml') }])
          expect((err as { status?: number }).status).toBe(415)
        }
        expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before.totalDocs)
      })

      it('stores an article with bylines, print source, credits and a rich-text body with a block', async () => {
        const topic = await create('topics', { name: '一线故事' })
        const body = richText(
          heading('h2', '扎根车间二十年'),
          paragraph(textNode('他是车间里最早到、最晚走的人。'), linkNode('https://www.acftu.org/', '全总网站')),
          blockNode('pullQuote', { quote: '把每一道焊缝都当作艺术品。', attribution: '张建国' }),
          blockNode('figures', { heading: '数说', items: [{ label: '焊缝', value: 10000, unit: '道', qualifier: 'odd' }] }),
        )
        const created = await create('articles', {
          title: '焊花里的青春',
          subtitle: '记全国五一劳动奖章获得者张建国',
          summary: '二十年如一日坚守焊接一线。',
          cover: photo.id,
          bylines: [
            { role: 'reporter', name: '李记者', user: reporter.id },
            { role: 'correspondent', name: '赵通讯' },
          ],
          body,
          source: { publication: '江澄工人报', page: '第3版', issueDate: '2026-04-28T00:00:00.000Z' },
          credits: [
            { role: 'editor', name: '王责编' },
            { role: 'final', name: '陈终审' },
          ],
          featured: true,
          topics: [topic.id],
          organization: org.id,
          seo: { title: '焊花里的青春 · 江澄工会', description: '劳模故事' },
          _status: 'published',
        })
        const stored = await read('articles', created.id)
        expect(stored).toMatchObject({
          title: '焊花里的青春',
          subtitle: '记全国五一劳动奖章获得者张建国',
          summary: '二十年如一日坚守焊接一线。',
          slug: 'han-hua-li-de-qing-chun',
          source: { publication: '江澄工人报', page: '第3版', issueDate: '2026-04-28T00:00:00.000Z' },
          featured: true,
          seo: { title: '焊花里的青春 · 江澄工会', description: '劳模故事' },
          _status: 'published',
        })
        expect(stored.publishedAt, 'publishedAt is filled on publish').toEqual(expect.any(String))
        expect(idOf(stored.cover)).toBe(String(photo.id))
        expect(idOf(stored.organization)).toBe(String(org.id))
        expect((stored.topics as unknown[]).map(idOf)).toEqual([String(topic.id)])
        const bylines = stored.bylines as { role: string; name: string; user?: unknown }[]
        expect(bylines.map(({ role, name }) => ({ role, name }))).toEqual([
          { role: 'reporter', name: '李记者' },
          { role: 'correspondent', name: '赵通讯' },
        ])
        expect(idOf(bylines[0].user)).toBe(String(reporter.id))
        expect((stored.credits as { role: string; name: string }[]).map(({ role, name }) => ({ role, name }))).toEqual([
          { role: 'editor', name: '王责编' },
          { role: 'final', name: '陈终审' },
        ])
        const nodes = (stored.body as { root: { children: { type: string; fields?: Record<string, unknown> }[] } }).root.children
        expect(nodes.map((n) => n.type)).toEqual(['heading', 'paragraph', 'block', 'block'])
        expect(nodes[2].fields).toMatchObject({ blockType: 'pullQuote', quote: '把每一道焊缝都当作艺术品。', attribution: '张建国' })
        expect(nodes[3].fields).toMatchObject({ blockType: 'figures', items: [{ label: '焊缝', value: 10000, unit: '道', qualifier: 'odd' }] })
        expect(plainText(stored.body)).toContain('他是车间里最早到、最晚走的人。')
      })

      it('records the reporter who wrote a draft as its creator', async () => {
        const created = await create('articles', { title: '车间里的读书会' }, { draft: true, user: reporter })
        const stored = await payload.findByID({ collection: 'articles', id: created.id, draft: true, depth: 0 })
        expect(stored._status).toBe('draft')
        expect(idOf(stored.createdBy)).toBe(String(reporter.id))
      })

      it('stores a model-worker profile with its honours, studio and biography', async () => {
        const created = await create('model-workers', {
          name: '张建国',
          kind: 'individual',
          portrait: photo.id,
          employer: '江澄重工集团',
          position: '高级焊工',
          region: { province: '江南省', city: '江澄市' },
          honors: [
            { honor: honor.id, year: 2024, note: '焊接技术革新' },
            { honor: honor.id, year: 2019 },
          ],
          innovationStudio: { name: '张建国劳模创新工作室', description: '攻关焊接难题。' },
          biography: richText(paragraph(textNode('从学徒到高级技师。'))),
          quote: '干一行，爱一行。',
          publicationConsent: true,
          organization: org.id,
          _status: 'published',
        })
        const stored = await read('model-workers', created.id)
        expect(stored).toMatchObject({
          name: '张建国',
          kind: 'individual',
          employer: '江澄重工集团',
          position: '高级焊工',
          region: { province: '江南省', city: '江澄市' },
          innovationStudio: { name: '张建国劳模创新工作室', description: '攻关焊接难题。' },
          quote: '干一行，爱一行。',
          publicationConsent: true,
          slug: 'zhang-jian-guo',
          _status: 'published',
        })
        const honors = stored.honors as { honor: unknown; year?: number | null; note?: string | null }[]
        expect(honors.map((h) => ({ honor: idOf(h.honor), year: h.year, note: h.note ?? null }))).toEqual([
          { honor: String(honor.id), year: 2024, note: '焊接技术革新' },
          { honor: String(honor.id), year: 2019, note: null },
        ])
        expect(idOf(stored.portrait)).toBe(String(photo.id))
        expect(plainText(stored.biography)).toBe('从学徒到高级技师。')
      })

      it('stores a gallery with its photos in order, each with its own caption and credit', async () => {
        const second = (await payload.create({
          collection: 'media',
          data: { alt: '工作室全景' },
          file: await pngFile(400, 300, 'studio.png'),
          user: admin,
        })) as unknown as Doc
        const created = await create('galleries', {
          title: '劳模创新工作室巡礼',
          summary: '走进十家工作室。',
          cover: photo.id,
          items: [
            { photo: second.id, caption: '工作室全景', credit: '摄影 李四' },
            { photo: photo.id, caption: '现场焊接' },
          ],
          organization: org.id,
        })
        const stored = await read('galleries', created.id)
        expect(stored).toMatchObject({ title: '劳模创新工作室巡礼', summary: '走进十家工作室。', slug: 'lao-mo-chuang-xin-gong-zuo-shi-xun-li' })
        const items = stored.items as { photo: unknown; caption?: string | null; credit?: string | null }[]
        expect(items.map((i) => ({ photo: idOf(i.photo), caption: i.caption, credit: i.credit ?? null }))).toEqual([
          { photo: String(second.id), caption: '工作室全景', credit: '摄影 李四' },
          { photo: String(photo.id), caption: '现场焊接', credit: null },
        ])
        // A small photo is never enlarged: no derived size is wider than the 400 px original.
        const small = await read('media', second.id)
        const smallSizes = small.sizes as Record<string, { width: number | null }>
        expect(smallSizes.thumbnail.width).toBe(320)
        for (const [name, size] of Object.entries(smallSizes)) expect(size.width ?? 0, name).toBeLessThanOrEqual(400)
      })

      it('stores a video campaign with partners, period, channels, an embedded episode and recognitions', async () => {
        const created = await create('video-campaigns', {
          title: '最美职工短视频',
          summary: '十集系列短视频。',
          partners: [{ name: '江澄广播电视台' }],
          period: { start: '2026-03-01T00:00:00.000Z', end: '2026-05-01T00:00:00.000Z' },
          channels: [{ name: '微信视频号' }, { name: '哔哩哔哩' }],
          episodes: [
            { title: '第一集 焊花', source: 'embed', url: BILIBILI_URL, duration: 300, description: '张建国的一天。' },
            { title: '第二集 车间', source: 'upload', file: photo.id, poster: photo.id },
          ],
          recognitions: [{ award: '全省工会好新闻', level: 'provincial', year: 2026 }],
          organization: org.id,
        })
        const stored = await read('video-campaigns', created.id)
        expect(stored).toMatchObject({
          title: '最美职工短视频',
          slug: 'zui-mei-zhi-gong-duan-shi-pin',
          partners: [{ name: '江澄广播电视台' }],
          period: { start: '2026-03-01T00:00:00.000Z', end: '2026-05-01T00:00:00.000Z' },
          channels: [{ name: '微信视频号' }, { name: '哔哩哔哩' }],
          recognitions: [{ award: '全省工会好新闻', level: 'provincial', year: 2026 }],
        })
        const episodes = stored.episodes as Record<string, unknown>[]
        expect(episodes[0]).toMatchObject({ title: '第一集 焊花', source: 'embed', url: BILIBILI_URL, duration: 300 })
        expect(episodes[1]).toMatchObject({ title: '第二集 车间', source: 'upload' })
        expect(idOf(episodes[1].poster)).toBe(String(photo.id))
      })

      it('stores a yearly review with key figures, sections and plans with targets', async () => {
        const created = await create('yearly-reviews', {
          title: '2025年度回眸',
          subtitle: '江澄市总工会这一年',
          period: { firstYear: 2025, lastYear: 2025 },
          lead: '这一年，我们和职工在一起。',
          keyFigures: [
            {
              label: '服务职工',
              value: 52000,
              unit: '人次',
              qualifier: 'odd',
              pillar: '服务',
              comparison: { previousValue: 46000, note: '同比增长 13%' },
            },
            { label: '技能竞赛', value: 300, unit: '场', qualifier: 'nearly' },
          ],
          sections: [
            {
              heading: '建功立业',
              content: richText(
                paragraph(textNode('全年开展劳动竞赛。')),
                blockNode('figures', { items: [{ label: '竞赛', value: 300, unit: '场' }] }),
              ),
            },
          ],
          plans: [
            {
              name: '实施职工技能提升行动',
              description: '覆盖全市重点产业。',
              targets: [{ label: '培训职工', value: 10000, unit: '人次' }],
            },
          ],
          organization: org.id,
        })
        const stored = await read('yearly-reviews', created.id)
        expect(stored).toMatchObject({
          title: '2025年度回眸',
          subtitle: '江澄市总工会这一年',
          slug: '2025-nian-du-hui-mou',
          period: { firstYear: 2025, lastYear: 2025 },
          lead: '这一年，我们和职工在一起。',
          keyFigures: [
            {
              label: '服务职工',
              value: 52000,
              unit: '人次',
              qualifier: 'odd',
              pillar: '服务',
              comparison: { previousValue: 46000, note: '同比增长 13%' },
            },
            { label: '技能竞赛', value: 300, unit: '场', qualifier: 'nearly' },
          ],
          sections: [{ heading: '建功立业' }],
          plans: [
            {
              name: '实施职工技能提升行动',
              description: '覆盖全市重点产业。',
              targets: [{ label: '培训职工', value: 10000, unit: '人次' }],
            },
          ],
        })
        expect(idOf(stored.organization)).toBe(String(org.id))
        const section = (stored.sections as { content: unknown }[])[0]
        expect(plainText(section.content)).toBe('全年开展劳动竞赛。')
      })
    })

    describe('validation', () => {
      it('refuses an article without a title with a ValidationError naming the field', async () => {
        const err = await rejection(create('articles', { summary: '没有标题' }))
        const errors = validationErrors(err)
        expect(errors.map((e) => e.path)).toContain('title')
        expect((err as Error).message).toContain('标题')
      })

      it('refuses the slug "Bad Slug!" with the Chinese explanation', async () => {
        const err = await rejection(create('articles', { title: '别名测试', slug: 'Bad Slug!' }))
        const errors = validationErrors(err)
        expect(errors).toEqual([
          { path: 'slug', message: expect.stringContaining('网址别名只能包含小写字母、数字和连字符') },
        ])
      })

      it('refuses a YouTube link as a video episode and stores nothing', async () => {
        const before = await payload.count({ collection: 'video-campaigns' })
        const err = await rejection(
          create('video-campaigns', {
            title: '境外视频',
            episodes: [{ title: '第一集', source: 'embed', url: YOUTUBE_URL }],
          }),
        )
        const errors = validationErrors(err)
        expect(errors).toEqual([{ path: 'episodes.0.url', message: expect.stringContaining('哔哩哔哩') }])
        expect((await payload.count({ collection: 'video-campaigns' })).totalDocs).toBe(before.totalDocs)
      })

      it('refuses an uploaded-file episode without its poster', async () => {
        const err = await rejection(
          create('video-campaigns', { title: '缺封面', episodes: [{ title: '第一集', source: 'upload', file: photo.id }] }),
        )
        expect(validationErrors(err).map((e) => e.path)).toEqual(['episodes.0.poster'])
      })

      it('refuses a javascript: link in rich text', async () => {
        const err = await rejection(
          create('articles', {
            title: '危险链接',
            body: richText(paragraph(linkNode('javascript:alert(1)', '点我'))),
          }),
        )
        expect(validationErrors(err).map((e) => e.path)).toContain('body')
      })

      it('refuses a rich-text pull quote without its quote', async () => {
        const err = await rejection(
          create('articles', { title: '空引语', body: richText(blockNode('pullQuote', { attribution: '某人' })) }),
        )
        expect(validationErrors(err).map((e) => e.path)).toContain('body')
      })

      it('refuses to publish a model-worker profile without publication consent', async () => {
        const err = await rejection(create('model-workers', { name: '未同意者', _status: 'published' }))
        const errors = validationErrors(err)
        expect(errors).toEqual([{ path: 'publicationConsent', message: expect.stringContaining('同意公开发布') }])
        const { totalDocs } = await payload.count({ collection: 'model-workers', where: { name: { equals: '未同意者' } } })
        expect(totalDocs).toBe(0)
      })

      it('keeps a draft profile without consent unpublished when someone tries to publish it', async () => {
        const draft = await create('model-workers', { name: '待同意者' }, { draft: true })
        expect(draft._status).toBe('draft')
        const err = await rejection(
          payload.update({
            collection: 'model-workers',
            id: draft.id,
            data: { _status: 'published' },
          }),
        )
        expect(validationErrors(err).map((e) => e.path)).toEqual(['publicationConsent'])
        expect((await read('model-workers', draft.id))._status).toBe('draft')
        const published = await payload.update({
          collection: 'model-workers',
          id: draft.id,
          data: { _status: 'published', publicationConsent: true },
        })
        expect(published._status).toBe('published')
      })

      it('refuses a yearly review whose last year comes before its first', async () => {
        const err = await rejection(
          create('yearly-reviews', { title: '倒置的年份', period: { firstYear: 2025, lastYear: 2021 }, organization: org.id }),
        )
        expect(validationErrors(err)).toEqual([{ path: 'period.lastYear', message: '截止年份不能早于起始年份。' }])
      })
    })

    describe('drafts and anonymous readers', () => {
      const collections: PublishableSlug[] = [...PUBLISHABLE]

      describe.each(collections)('%s', (collection) => {
        let published: Doc
        let draft: Doc

        beforeAll(async () => {
          published = await create(collection, { ...minimal(collection, `公开稿件 ${collection}`), _status: 'published' })
          draft = await create(collection, minimal(collection, `草稿 ${collection}`), { draft: true })
        })

        it('lists published documents and never drafts to anonymous readers', async () => {
          const ids = [published.id, draft.id]
          const found = await payload.find({ collection, overrideAccess: false, where: { id: { in: ids } }, depth: 0 })
          expect(found.docs.map((d) => String(d.id))).toEqual([String(published.id)])
          const all = await payload.find({ collection, overrideAccess: false, limit: 0, depth: 0 })
          expect(all.docs.every((d) => d._status === 'published')).toBe(true)
        })

        it('refuses an anonymous read of a draft by id and serves the published one', async () => {
          await expect(payload.findByID({ collection, id: draft.id, overrideAccess: false })).rejects.toMatchObject({ status: 404 })
          const doc = await payload.findByID({ collection, id: published.id, overrideAccess: false, depth: 0 })
          expect(String(doc.id)).toBe(String(published.id))
        })

        it('does not reveal drafts to anonymous readers who ask for drafts', async () => {
          const found = await payload.find({ collection, overrideAccess: false, draft: true, limit: 0, depth: 0 })
          expect(found.docs.map((d) => String(d.id))).not.toContain(String(draft.id))
          expect(found.docs.every((d) => d._status === 'published')).toBe(true)
          await expect(payload.findByID({ collection, id: draft.id, draft: true, overrideAccess: false })).rejects.toMatchObject({
            status: 404,
          })
        })

        it('shows drafts to a logged-in reporter', async () => {
          const found = await payload.find({ collection, overrideAccess: false, user: reporter, where: { id: { equals: draft.id } } })
          expect(found.totalDocs).toBe(1)
        })
      })

      it('keeps an unpublished edit of a published article hidden from anonymous readers', async () => {
        const published = await create('articles', { title: '已发布的原稿', _status: 'published' })
        await payload.update({
          collection: 'articles',
          id: published.id,
          data: { title: '尚未审核的改稿' },
          draft: true,
        })
        const latest = await payload.findByID({ collection: 'articles', id: published.id, draft: true, user: admin, overrideAccess: false })
        expect(latest.title).toBe('尚未审核的改稿')

        const anonymous = await payload.findByID({ collection: 'articles', id: published.id, overrideAccess: false })
        expect(anonymous.title).toBe('已发布的原稿')
        const listed = await payload.find({ collection: 'articles', overrideAccess: false, draft: true, limit: 0 })
        expect(listed.docs.map((d) => d.title)).not.toContain('尚未审核的改稿')
      })

      it('saves two untitled drafts side by side (neither has a slug yet)', async () => {
        const first = await create('articles', { summary: '还没有标题的草稿一' }, { draft: true })
        const second = await create('articles', { summary: '还没有标题的草稿二' }, { draft: true })
        expect(first._status).toBe('draft')
        expect(second._status).toBe('draft')
        expect(first.slug ?? null).toBeNull()
        expect(second.slug ?? null).toBeNull()
      })

      it('refuses the version history to anonymous readers', async () => {
        await expect(payload.findVersions({ collection: 'articles', overrideAccess: false })).rejects.toMatchObject({ status: 403 })
      })
    })

    describe('slugs', () => {
      it('generates a toneless pinyin slug from a Chinese title and numbers the next ones', async () => {
        const first = await create('articles', { title: '劳模风采' })
        const second = await create('articles', { title: '劳模风采' })
        const third = await create('articles', { title: '劳模“风采”！' })
        expect([first.slug, second.slug, third.slug]).toEqual(['lao-mo-feng-cai', 'lao-mo-feng-cai-2', 'lao-mo-feng-cai-3'])
      })

      it('keeps the slug when the title is edited', async () => {
        const doc = await create('articles', { title: '职工书屋' })
        const updated = await payload.update({ collection: 'articles', id: doc.id, data: { title: '职工书屋开放' } })
        expect(updated.slug).toBe('zhi-gong-shu-wu')
      })

      it('lower-cases a typed slug', async () => {
        const doc = await create('topics', { name: '安全生产', slug: 'An-Quan ' })
        expect(doc.slug).toBe('an-quan')
      })

      it('refuses a typed slug already used in the collection and stores nothing', async () => {
        await create('articles', { title: '职工之家', slug: 'zhi-gong-zhi-jia' })
        const before = await payload.count({ collection: 'articles' })
        const err = await rejection(create('articles', { title: '另一篇', slug: 'zhi-gong-zhi-jia' }))
        expect(validationErrors(err)).toEqual([{ path: 'slug', message: expect.stringContaining('已被使用') }])
        expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(before.totalDocs)
      })

      it('refuses renaming a slug to one already taken and keeps the stored slug', async () => {
        const a = await create('galleries', { title: '春季运动会' })
        const b = await create('galleries', { title: '秋季运动会' })
        const err = await rejection(payload.update({ collection: 'galleries', id: b.id, data: { slug: a.slug as string } }))
        expect(validationErrors(err).map((e) => e.path)).toEqual(['slug'])
        expect((await read('galleries', b.id)).slug).toBe('qiu-ji-yun-dong-hui')
      })

      it('allows the same slug in two different collections', async () => {
        const topic = await create('topics', { name: '女职工' })
        const article = await create('articles', { title: '女职工' })
        expect(topic.slug).toBe('nv-zhi-gong')
        expect(article.slug).toBe('nv-zhi-gong')
      })
    })

    describe('REST API', () => {
      let reporterToken = ''
      let draftId: ID

      beforeAll(async () => {
        draftId = (await create('articles', { title: 'REST 草稿' }, { draft: true })).id
        await create('articles', { title: 'REST 公开稿', _status: 'published' })
        const login = await rest<{ token: string }>(t, 'POST', '/api/users/login', {
          body: { email: 'reporter@example.com', password: PASSWORD },
        })
        expect(login.status).toBe(200)
        reporterToken = login.body.token
      })

      it('lists only published articles to anonymous readers, even when they ask for drafts', async () => {
        for (const url of ['/api/articles?limit=0&depth=0', '/api/articles?limit=0&depth=0&draft=true']) {
          const res = await rest<{ docs: { id: ID; title: string; _status: string }[] }>(t, 'GET', url)
          expect(res.status, url).toBe(200)
          expect(res.body.docs.length, url).toBeGreaterThan(0)
          expect(res.body.docs.every((d) => d._status === 'published'), url).toBe(true)
          expect(res.body.docs.map((d) => d.title), url).toContain('REST 公开稿')
          expect(res.body.docs.map((d) => d.title), url).not.toContain('REST 草稿')
        }
      })

      it('answers 404 to an anonymous request for a draft', async () => {
        expect((await rest(t, 'GET', `/api/articles/${draftId}`)).status).toBe(404)
        expect((await rest(t, 'GET', `/api/articles/${draftId}?draft=true`)).status).toBe(404)
      })

      it('refuses the user list to anonymous readers', async () => {
        expect((await rest(t, 'GET', '/api/users')).status).toBe(403)
      })

      it('answers 403 with the explanation when a reporter sends new roles for themselves', async () => {
        const res = await rest<{ errors: { message: string }[] }>(t, 'PATCH', `/api/users/${reporter.id}`, {
          token: reporterToken,
          body: { roles: ['admin'] },
        })
        expect(res.status).toBe(403)
        expect(res.body.errors[0].message).toMatch(ROLE_REFUSAL)
        const stored = (await read('users', reporter.id)) as unknown as User
        expect(stored.roles).toEqual(['reporter'])
      })

      it('lets the administrator change roles through the REST API', async () => {
        const login = await rest<{ token: string }>(t, 'POST', '/api/users/login', {
          body: { email: 'first@example.com', password: PASSWORD },
        })
        const res = await rest<{ doc: User }>(t, 'PATCH', `/api/users/${reporter.id}`, {
          token: login.body.token,
          body: { roles: ['reporter', 'editor'] },
        })
        expect(res.status).toBe(200)
        expect(res.body.doc.roles).toEqual(['reporter', 'editor'])
        await payload.update({ collection: 'users', id: reporter.id, data: { roles: ['reporter'] } })
      })
    })

    extra?.(() => t)
  })
}
