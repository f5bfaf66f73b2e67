// `npm run import -- --dry-run --json` on Word, PDF and saved pages: each record keeps the text
// contract's fields and adds `images` ({file, caption, credit}, in document order); refused files
// carry their code and reason, photos left out are named on stderr, and the other files still parse.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeDocx, makePdf, storiesPdf, zipBomb } from './make'
import { runImport } from '../helpers'



describe('npm run import -- --dry-run --json on documents', () => {
  let dir: string
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-formats-cli-'))
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#1f4e9c' } }).jpeg().toBuffer()
    fs.writeFileSync(
      path.join(dir, '1-稿件.docx'),
      await makeDocx([
        { title: '工会驿站暖人心' },
        { p: '记者 林晓' },
        { p: '港区工会驿站今年累计接待户外劳动者3万余人次，成为职工身边的“暖心港湾”。' },
        { image: photo },
        { p: '▲ 环卫工人在驿站休息（林晓 摄）' },
        { p: '驿站还为快递小哥、网约车司机提供热水、充电和应急药品等服务。' },
        { image: photo },
        { p: '驿站内景' },
        { image: Buffer.from('a drawing'), ext: 'emf' },
      ]),
    )
    fs.writeFileSync(
      path.join(dir, '2-版面.pdf'),
      makePdf([[{ x: 50, y: 790, size: 22, text: '春风行动送岗位' }, { x: 50, y: 760, size: 10, text: '记者 米乐' }, { x: 70, y: 730, size: 10, text: '正月初八，市总工会举办春风行动招聘会。' }]]),
    )
    fs.writeFileSync(path.join(dir, '3-bomb.docx'), await zipBomb(16 * 1024 * 1024))
    fs.writeFileSync(path.join(dir, '4-old.doc'), Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]))
    fs.mkdirSync(path.join(dir, '5-page_files'))
    fs.writeFileSync(path.join(dir, '5-page_files', 'inside.txt'), '不是稿件')
  })
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('adds images with caption and credit to each record, keeping every field of the text contract', () => {
    const { code, stdout, stderr } = runImport(['--dry-run', '--json', path.join(dir, '1-稿件.docx'), path.join(dir, '2-版面.pdf')])
    expect(code, stderr).toBe(0)
    const records = JSON.parse(stdout)
    expect(Object.keys(records[0])).toEqual([
      'file', 'collection', 'title', 'subtitle', 'bylines', 'source', 'credits', 'sections', 'captions', 'figures', 'workers', 'paragraphs', 'images',
    ])
    expect(records[0]).toMatchObject({
      title: '工会驿站暖人心',
      bylines: [{ role: '记者', name: '林晓' }],
      paragraphs: 2,
      images: [
        { file: '1-稿件-图1.jpg', caption: '环卫工人在驿站休息', credit: '林晓' },
        { file: '1-稿件-图2.jpg', caption: '驿站内景', credit: null },
      ],
    })
    // The photos' caption lines are the record's captions too, in document order (not an empty list).
    expect(records[0].captions).toEqual(['环卫工人在驿站休息', '驿站内景'])
    expect(records[1]).toMatchObject({ title: '春风行动送岗位', images: [], captions: [] })
    // Said in Chinese first, the English after it for logs and searches.
    expect(stderr).toMatch(/1-稿件\.docx：图片 1-稿件-图3\.emf 未导入：不是图片库接受的照片格式.*（photo 1-稿件-图3\.emf left out: not a photo format/)
  })

  it('gives a record for each story a PDF page sets, each naming the file, the first saying there are more', () => {
    const file = path.join(dir, '..', `${path.basename(dir)}-两篇.pdf`)
    fs.writeFileSync(
      file,
      storiesPdf('港城日报 2026年2月26日 第2版', [
        { head: '春风行动送岗位', lead: '本报讯（记者 米乐）正月初八，市总工会举办春风行动招聘会。' },
        { head: '女职工技能竞赛开赛', lead: '本报讯（通讯员 方舟）近日，港城市女职工技能竞赛开赛。' },
      ]),
    )
    try {
      const { code, stdout, stderr } = runImport(['--dry-run', '--json', '--details', file])
      expect(code, stderr).toBe(0)
      const records = JSON.parse(stdout) as { file: string; title: string; bylines: unknown[]; source: unknown; details: { warnings: string[] } }[]
      expect(records.map((r) => [r.file, r.title, r.bylines])).toEqual([
        [file, '春风行动送岗位', [{ role: '记者', name: '米乐' }]],
        [file, '女职工技能竞赛开赛', [{ role: '通讯员', name: '方舟' }]],
      ])
      expect(records[1]!.source).toEqual({ publication: '港城日报', page: '2', date: '2026-02-26' })
      expect(records[0]!.details.warnings).toContain('the page holds 1 more story(ies), each imported as a draft of its own: 「女职工技能竞赛开赛」')
    } finally {
      fs.rmSync(file, { force: true })
    }
  })

  it('reads the documents of a folder, skipping a saved page’s _files folder, and reports refused ones while the others parse', () => {
    const { code, stdout } = runImport(['--dry-run', '--json', '--details', dir])
    expect(code).toBe(1)
    const records = JSON.parse(stdout) as { file: string; code?: string; title?: string; details?: { format: string } }[]
    expect(records.map((r) => [path.basename(r.file), r.code ?? r.details?.format])).toEqual([
      ['1-稿件.docx', 'docx'],
      ['2-版面.pdf', 'pdf'],
      ['3-bomb.docx', 'UNPACKS_TOO_LARGE'],
      ['4-old.doc', 'LEGACY_DOC'],
    ])
  })
})
