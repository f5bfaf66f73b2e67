// The newspaper importer against a real Payload on a temporary SQLite file: drafts are created with
// their workers and honours, re-importing updates the same draft, a file that fails half-way
// leaves nothing behind, and the CLI reports bad files while importing the others.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ImportError } from '../../src/import/errors'
import { saveDraft } from '../../src/import/importer'
import { parseNewspaperText } from '../../src/import/index'
import { startPayload, type TestPayload } from '../helpers/payload'

const ROOT = path.resolve(__dirname, '../..')
const FIXTURES = path.join(ROOT, 'tests/fixtures/newspaper')
const parseFixture = (name: string) => parseNewspaperText(fs.readFileSync(path.join(FIXTURES, name)), { file: name })

type Doc = Record<string, unknown> & { id: number | string }

describe('newspaper import on SQLite', () => {
  let t: TestPayload
  let payload: Payload

  const count = async (collection: 'articles' | 'yearly-reviews' | 'model-workers' | 'honors', where = {}) =>
    (await payload.count({ collection, where })).totalDocs
  const readDraft = async (collection: 'articles' | 'yearly-reviews' | 'model-workers', id: number | string) =>
    (await payload.findByID({ collection, id, draft: true, depth: 0 })) as unknown as Doc

  beforeAll(async () => {
    t = await startPayload(`import-${process.pid}`)
    payload = t.payload
  })
  afterAll(async () => {
    await t?.close()
  })

  it('creates a review draft with lead, sections, key figures, plans and its organisation', async () => {
    const org = await payload.create({ collection: 'organizations', data: { name: '石门县总工会', level: 'county' } })
    const result = await saveDraft(payload, parseFixture('review-with-plans.txt'))
    expect(result).toMatchObject({ collection: 'yearly-reviews', action: 'created', organization: org.id })

    const doc = await readDraft('yearly-reviews', result.id)
    expect(doc).toMatchObject({
      title: '奋斗五年 砥砺前行',
      subtitle: '石门县总工会2020—2024年工作综述',
      _status: 'draft',
      period: { firstYear: 2020, lastYear: 2024 },
      organization: org.id,
    })
    expect(doc.importHash).toMatch(/^[0-9a-f]{64}$/)
    expect(String(doc.lead)).toMatch(/^五年来,石门县总工会/)
    const sections = doc.sections as { heading: string; content: { root: { children: { type: string }[] } } }[]
    expect(sections.map((s) => s.heading)).toEqual(['建功立业', '维权服务'])
    expect(sections[0]!.content.root.children.map((n) => n.type)).toEqual(['paragraph'])
    expect((doc.keyFigures as { label: string; value: number; pillar: string }[]).map((f) => [f.label, f.value, f.pillar])).toEqual([
      ['开展劳动竞赛', 560, '建功立业'],
      ['参赛职工', 85000, '建功立业'],
      ['培育“石门工匠”', 45, '建功立业'],
      ['救助困难职工', 6300, '维权服务'],
      ['发放救助资金', 28000000, '维权服务'],
    ])
    const plans = doc.plans as { name: string; targets: { label: string; value: number; unit: string }[] }[]
    expect(plans.map((p) => p.name)).toEqual(['实施职工素质提升工程', '实施职工服务阵地建设工程', '实施困难职工帮扶工程'])
    expect(plans[0]!.targets).toMatchObject([{ label: '每年培训职工', value: 10000, unit: '人次' }, { label: '新增高技能人才' }])
  })

  it('creates an article draft with bylines, photo blocks and its model workers, matching existing ones', async () => {
    const existing = await payload.create({
      collection: 'model-workers',
      data: { name: '孟庆丰', kind: 'individual', employer: '白河钢铁集团有限公司炼钢厂', _status: 'draft' },
      draft: true,
    })
    const result = await saveDraft(payload, parseFixture('workers.txt'))
    expect(result.collection).toBe('articles')
    expect(result.workers.map((w) => [w.name, w.action])).toEqual([
      ['孟庆丰', 'matched'],
      ['邵春燕', 'created'],
      ['白河电力检修公司输电运维班', 'created'],
      ['韩立伟', 'created'],
      ['卫小红', 'created'],
    ])
    expect(result.workers[0]!.id).toBe(existing.id)
    expect(await count('model-workers', { name: { equals: '孟庆丰' } })).toBe(1)

    const article = await readDraft('articles', result.id)
    expect(article).toMatchObject({ title: '向劳模学习 向工匠致敬', _status: 'draft', bylines: [{ role: 'reporter', name: '闫书航' }] })
    expect(article.relatedWorkers).toEqual(result.workers.map((w) => w.id))

    const team = await readDraft('model-workers', result.workers[2]!.id)
    expect(team).toMatchObject({ kind: 'collective', employer: '白河电力检修公司', publicationConsent: false, _status: 'draft' })
    const craftsman = await readDraft('model-workers', result.workers[3]!.id)
    expect(craftsman).toMatchObject({ name: '韩立伟', position: '数控车工', kind: 'individual' })
    const honors = await payload.find({ collection: 'honors', where: { name: { in: ['全国工人先锋号', '湖北工匠', '白河市技术能手'] } }, sort: 'name' })
    expect(Object.fromEntries(honors.docs.map((h) => [h.name, [h.level, h.recipientType]]))).toEqual({
      全国工人先锋号: ['national', 'collective'],
      湖北工匠: ['provincial', 'individual'],
      白河市技术能手: ['city', 'individual'],
    })
    expect((craftsman.honors as { honor: unknown }[]).length).toBe(2)

    const photos = await saveDraft(payload, parseFixture('captions.txt'))
    const body = (await readDraft('articles', photos.id)).body as { root: { children: { type: string; fields?: Record<string, unknown> }[] } }
    const blocks = body.root.children.filter((n) => n.type === 'block')
    expect(blocks.map((b) => b.fields!.caption)).toContain('工会干部为户外劳动者送上热姜茶')
    expect(blocks.every((b) => b.fields!.blockType === 'photo' && !b.fields!.photo)).toBe(true)
  })

  it('updates the same draft when the same text is imported again, in any encoding', async () => {
    const first = await saveDraft(payload, parseFixture('subtitle-no-dash.txt'))
    const before = {
      reviews: await count('yearly-reviews'),
      articles: await count('articles'),
      workers: await count('model-workers'),
      honors: await count('honors'),
    }
    const again = await saveDraft(payload, parseFixture('subtitle-no-dash.txt'))
    const gb18030 = await saveDraft(payload, parseFixture('gb18030.txt'))
    expect(again).toMatchObject({ id: first.id, action: 'updated', collection: 'yearly-reviews' })
    expect(gb18030).toMatchObject({ id: first.id, action: 'updated' })
    expect({
      reviews: await count('yearly-reviews'),
      articles: await count('articles'),
      workers: await count('model-workers'),
      honors: await count('honors'),
    }).toEqual(before)

    const workersAgain = await saveDraft(payload, parseFixture('workers.txt'))
    expect(workersAgain.action).toBe('updated')
    expect(workersAgain.workers.every((w) => w.action === 'matched')).toBe(true)
    expect(await count('model-workers')).toBe(before.workers)
  })

  it('leaves a draft that is already in review alone unless forced', async () => {
    const piece = parseFixture('split-headings.txt')
    const first = await saveDraft(payload, piece)
    await payload.update({ collection: 'articles', id: first.id, data: { reviewStage: 'submitted' }, draft: true, context: { importing: true } })
    await expect(saveDraft(payload, piece)).rejects.toMatchObject({ code: 'IN_REVIEW' })
    expect(await saveDraft(payload, piece, { force: true })).toMatchObject({ id: first.id, action: 'updated' })
  })

  it('leaves nothing behind when a file fails half-way', async () => {
    const text = [
      '# 匠心传承 薪火相传',
      '',
      '记者 米乐天',
      '',
      '南岭重型机械有限公司焊接班班长柴永胜被授予“南岭市金牌工匠”,南岭港务集团装卸队被授予“南岭市青年文明号”。',
    ].join('\n')
    const piece = parseNewspaperText(text, { file: 'failing.txt' })
    expect(piece.workers.map((w) => w.name)).toEqual(['柴永胜', '南岭港务集团装卸队'])
    const before = { articles: await count('articles'), workers: await count('model-workers'), honors: await count('honors') }

    const failure = await saveDraft(payload, piece, {
      onStep: (step) => {
        if (step === 'draft') throw new Error('disk full')
      },
    }).catch((err: unknown) => err)
    expect(failure).toBeInstanceOf(ImportError)
    expect(failure).toMatchObject({ code: 'SAVE_FAILED', detail: 'disk full' })

    expect({ articles: await count('articles'), workers: await count('model-workers'), honors: await count('honors') }).toEqual(before)
    expect(await count('honors', { name: { equals: '南岭市金牌工匠' } })).toBe(0)
    expect(await count('model-workers', { name: { equals: '柴永胜' } })).toBe(0)

    // The same file imports cleanly afterwards.
    expect(await saveDraft(payload, piece)).toMatchObject({ action: 'created' })
  })

  it('imports as a reporter from the admin: the draft is theirs, honours they may not add are left out', async () => {
    await payload.create({ collection: 'users', data: { email: 'admin@import.test', password: 'pass-123456', name: '管理员', roles: ['admin'] } as never })
    const reporter = await payload.create({
      collection: 'users',
      data: { email: 'reporter@import.test', password: 'pass-123456', name: '记者', roles: ['reporter'] } as never,
    })
    const text = '# 岗位建功\n\n记者 米乐天\n\n北岭机床有限公司钳工范志远被授予“北岭市首席技师”。\n'
    const result = await saveDraft(payload, parseNewspaperText(text), { user: reporter as never })
    expect(result.notes.map((n) => n.en).join()).toMatch(/北岭市首席技师/)
    expect(await count('honors', { name: { equals: '北岭市首席技师' } })).toBe(0)
    const worker = await readDraft('model-workers', result.workers[0]!.id)
    expect(worker).toMatchObject({ name: '范志远', employer: '北岭机床有限公司', honors: [] })
    expect((await readDraft('articles', result.id)).createdBy).toBe(reporter.id)
  })

  it('reports bad files from the CLI while the good ones are imported', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-cli-db-'))
    try {
      fs.writeFileSync(path.join(dir, 'empty.txt'), '')
      fs.writeFileSync(path.join(dir, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))
      const files = [path.join(dir, 'empty.txt'), path.join(dir, 'photo.png'), path.join(FIXTURES, 'no-headline.txt'), path.join(FIXTURES, 'feature-story.txt')]
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', ...files], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, DATABASE_URI: `file:${path.join(dir, 'cli.db')}`, UNION_CMS_ROOT: dir },
      })
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(1)
      expect(run.stdout).toMatch(/feature-story\.txt\s+文章 article\s+三十年守护万家灯火.*✓ 新建草稿 created/)
      // Each saved file's progress line on stderr says what became of it in Chinese too.
      expect(run.stderr).toMatch(/✓ \S*feature-story\.txt 新建草稿 created 文章 article #\d+/)
      expect(run.stdout).toMatch(/empty\.txt.*✖ 文件是空的/)
      expect(run.stdout).toMatch(/photo\.png.*✖ 不支持这种文件/)
      expect(run.stderr).toMatch(/photo\.png：不支持这种文件。请改用 Word（\.docx）.*（this kind of file is not imported: \.png）/)
      // No headline marked: the parser takes its best line and says so.
      expect(run.stdout).toMatch(/no-headline\.txt.*✓ 新建草稿 created/)
      expect(run.stderr).toMatch(/no-headline\.txt：原文没有标出标题，已取「.+」作标题，请核对。（no headline marked: took/)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
