// Word files with photos against a real Payload on a temporary SQLite file: a correspondent's .docx
// becomes a draft with a photo block where each photo stood, the photos going through the media
// pipeline (location data stripped, sizes made); a re-import reuses them; a photo the pipeline
// refuses is left out and named; a draft that fails takes its new photos with it; the CLI imports
// the good files of a batch and refuses the bad ones with their reason.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import exifr from 'exifr'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ImportError } from '../../src/import/errors'
import { importSubmission } from '../../src/import/formats/index'
import { saveDraft } from '../../src/import/importer'
import { privatePhoto, truncatedJpeg } from '../fixtures/media/make'
import { startPayload, type TestPayload } from '../helpers/payload'
import { makeDocx, zipBomb, type DocxPart } from '../unit/import/formats/make'

const ROOT = path.resolve(__dirname, '../..')

type Node = { type: string; children?: { text?: string }[]; fields?: { blockType: string; photo?: number | string; caption?: string; credit?: string } }

/** A correspondent's submission: title, byline line, body, three photos each with a caption line under it. */
async function correspondentParts(): Promise<DocxPart[]> {
  const photos = await Promise.all([1, 2, 3].map(async (n) => (await privatePhoto({ width: 800 + n * 40, height: 600 })).data))
  return [
    { p: '百名工匠进校园 技能火种代代传', bold: true },
    { p: '本报通讯员 周明远' },
    { p: '11月20日，溪口市总工会“工匠进校园”活动在市职业技术学院启动，20名劳模工匠走进课堂，与近千名师生面对面交流。' },
    { image: photos[0]! },
    { p: '▲ 劳模工匠在实训车间为学生演示数控加工（周明远 摄）' },
    { p: '活动现场，省级技能大师工作室领办人现场展示精密加工绝活，引来学生阵阵掌声。' },
    { image: photos[1]! },
    { p: '学生围观焊接技能展示' },
    { p: '市总工会有关负责人介绍，今后每学期将组织劳模工匠进校园不少于4次，让工匠精神在青年学生中生根发芽。' },
    { image: photos[2]! },
    { p: '活动结束后师生与劳模工匠合影 陈晨 摄' },
  ]
}

describe('Word files with photos on SQLite', () => {
  let t: TestPayload
  let payload: Payload

  const mediaCount = async () => (await payload.count({ collection: 'media' })).totalDocs
  const storedFiles = () => (fs.existsSync(path.join(t.dir, 'media')) ? fs.readdirSync(path.join(t.dir, 'media')).filter((f) => !f.startsWith('.')) : [])

  beforeAll(async () => {
    t = await startPayload(`import-formats-${process.pid}`)
    payload = t.payload
  })
  afterAll(async () => {
    await t?.close()
  })

  it('makes a correspondent’s Word file a draft with three photo blocks and their captions, the photos stripped of location data', async () => {
    const parts = await correspondentParts()
    const fixturePhoto = parts.find((p): p is { image: Buffer } => 'image' in p)!.image
    expect((await exifr.gps(fixturePhoto))?.latitude).toBeCloseTo(31.24, 1)

    const piece = await importSubmission({ name: '工匠进校园.docx', bytes: await makeDocx(parts) })
    expect(piece).toMatchObject({ format: 'docx', title: '百名工匠进校园 技能火种代代传', bylines: [{ role: '通讯员', name: '周明远' }] })
    const result = await saveDraft(payload, piece)
    expect(result.photos.map((p) => p.action)).toEqual(['created', 'created', 'created'])
    expect(result.photosLeftOut).toEqual([])

    const doc = (await payload.findByID({ collection: 'articles', id: result.id, draft: true, depth: 0 })) as unknown as { body: { root: { children: Node[] } } }
    const nodes = doc.body.root.children
    const outline = nodes.map((n) => (n.type === 'block' ? `[${n.fields!.blockType}: ${n.fields!.caption}]` : n.children![0]!.text!.slice(0, 8)))
    expect(outline).toEqual([
      '11月20日，溪',
      '[photo: 劳模工匠在实训车间为学生演示数控加工]',
      '活动现场，省级技',
      '[photo: 学生围观焊接技能展示]',
      '市总工会有关负责',
      '[photo: 活动结束后师生与劳模工匠合影]',
    ])
    const blocks = nodes.filter((n) => n.type === 'block').map((n) => n.fields!)
    expect(blocks.map((b) => b.credit)).toEqual(['周明远', '', '陈晨'])
    expect(blocks.map((b) => b.photo)).toEqual(result.photos.map((p) => p.id))

    for (const block of blocks) {
      const media = await payload.findByID({ collection: 'media', id: block.photo!, depth: 0 })
      expect(media.caption).toBe(block.caption)
      expect(media.mimeType).toBe('image/jpeg')
      expect(media.sizes?.thumbnail?.filename).toBeTruthy()
      const stored = fs.readFileSync(path.join(t.dir, 'media', media.filename!))
      expect(await exifr.gps(stored)).toBeUndefined()
      expect(await exifr.parse(stored, { tiff: true, xmp: true, iptc: true })).toBeUndefined()
    }
  })

  it('updates the same draft on a second import and reuses the photos already in the library', async () => {
    const bytes = await makeDocx(await correspondentParts())
    const first = await saveDraft(payload, await importSubmission({ name: 'again.docx', bytes }))
    const before = await mediaCount()
    const second = await saveDraft(payload, await importSubmission({ name: 'again.docx', bytes }))
    expect(second).toMatchObject({ id: first.id, action: 'updated' })
    expect(second.photos.map((p) => p.action)).toEqual(['matched', 'matched', 'matched'])
    expect(await mediaCount()).toBe(before)
  })

  it('leaves out a photo the media pipeline refuses, names it, and still makes the draft', async () => {
    const cut = (await truncatedJpeg()).data
    const good = (await privatePhoto({ width: 640, height: 480 })).data
    const piece = await importSubmission({
      name: 'cut.docx',
      bytes: await makeDocx([
        { title: '送清凉进工地' },
        { p: '记者 罗佳' },
        { p: '连日高温，桐江市总工会组织送清凉小分队走进重点项目工地，为一线建设者送去防暑降温物品。' },
        { image: cut },
        { p: '工会干部为建筑工人送上绿豆汤' },
        { image: good },
        { p: '建设者在工地休息区纳凉' },
      ]),
    })
    expect(piece.images).toHaveLength(2)
    const result = await saveDraft(payload, piece)
    expect(result.photos).toHaveLength(1)
    expect(result.photosLeftOut).toMatchObject([{ file: 'cut-图1.jpg', reason: expect.stringMatching(/refused by the media library/) }])
    // Said once, in photosLeftOut: not again among the notes.
    expect(result.notes.map((n) => n.en).join('\n')).not.toMatch(/left out/)
  })

  it('deletes the photos it uploaded when the draft fails, keeping nothing of the file', async () => {
    const parts = await correspondentParts()
    // Other photos than the earlier tests', so they are new to the library.
    const fresh = await Promise.all([1, 2, 3].map(async (n) => (await privatePhoto({ width: 500 + n, height: 400 })).data))
    let i = 0
    const piece = await importSubmission({ name: 'fails.docx', bytes: await makeDocx(parts.map((p) => ('image' in p ? { image: fresh[i++]! } : p))) })
    const before = { media: await mediaCount(), files: storedFiles().length, articles: (await payload.count({ collection: 'articles' })).totalDocs }

    let uploaded = 0
    const failure = await saveDraft(payload, piece, {
      onStep: async (step) => {
        if (step === 'honors') uploaded = (await mediaCount()) - before.media
        if (step === 'draft') throw new Error('disk full')
      },
    }).catch((err: unknown) => err)
    expect(failure).toBeInstanceOf(ImportError)
    expect(uploaded).toBe(3)
    expect({ media: await mediaCount(), files: storedFiles().length, articles: (await payload.count({ collection: 'articles' })).totalDocs }).toEqual(before)
  })

  it('imports the good files of a batch from the CLI and refuses a zip bomb, an old .doc and a scan with their reason', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-formats-cli-'))
    try {
      fs.writeFileSync(path.join(dir, 'a-稿件.docx'), await makeDocx(await correspondentParts()))
      fs.writeFileSync(path.join(dir, 'b-bomb.docx'), await zipBomb(50 * 1024 * 1024))
      fs.writeFileSync(path.join(dir, 'c-old.doc'), Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(2048)]))
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', dir], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 180_000,
        env: { ...process.env, DATABASE_URI: `file:${path.join(dir, 'cli.db')}`, UNION_CMS_ROOT: dir },
      })
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(1)
      expect(run.stdout).toMatch(/a-稿件\.docx\s+文章 article\s+百名工匠进校园.*\s3\s.*✓ 新建草稿 created/)
      expect(run.stdout).toMatch(/b-bomb\.docx.*✖ 文件解压后的体积异常巨大/)
      expect(run.stdout).toMatch(/c-old\.doc.*✖ 这是旧版 Word（\.doc）文件/)
      expect(run.stderr).toMatch(/c-old\.doc：这是旧版 Word（\.doc）文件，无法读取。请用 Word 或 WPS 打开，选择“文件 → 另存为 → Word 文档（\.docx）”后再导入。（this is an old Word \.doc file/)
      // The three photos and their sizes are in the CLI's media folder.
      expect(fs.readdirSync(path.join(dir, 'media')).filter((f) => /-\d+x\d+\.webp$/.test(f)).length).toBeGreaterThanOrEqual(3)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
