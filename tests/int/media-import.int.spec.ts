// The bulk importer (`npm run media:import`): a folder of photos with a captions file becomes
// library photos with the right captions, credits and alt text and a draft gallery in file order;
// refused files are reported and skipped; an interrupted run finishes on the next one without
// duplicates; the CLI prints its progress and summary.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importFolder, parseCaptionsCsv } from '../../src/media/bulkImport'
import { jpegFile, privatePhoto, truncatedJpeg } from '../fixtures/media/make'
import { startPayload, type TestPayload } from '../helpers/payload'

const run = promisify(execFile)

let t: TestPayload
let payload: Payload
let folder: string

type Item = { photo: { id: number; filename: string; caption?: string; credit?: string; alt?: string } }

/** Photos 1–10 (numbered so natural order differs from plain string order), captions, one bad file. */
async function makeFolder(dir: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true })
  for (let i = 1; i <= 10; i++) {
    const photo = i === 7 ? await privatePhoto({ iptc: { caption: '▲ 元数据里的说明', credit: '摄影 元数据' } }) : await jpegFile(320 + i * 8, 240, `p${i}.jpg`)
    fs.writeFileSync(path.join(dir, `p${i}.jpg`), photo.data)
  }
  fs.writeFileSync(path.join(dir, 'broken.jpg'), (await truncatedJpeg()).data)
  fs.writeFileSync(path.join(dir, '说明.doc'), 'not a photo')
  // p3 gets its caption from a sidecar, p7 from its own metadata, the rest from the CSV (GB18030,
  // as Excel saves it on a Chinese Windows, with the columns in another order).
  fs.writeFileSync(path.join(dir, 'p3.txt'), '▲ 侧边文件里的说明\n')
  const rows = ['署名,文件,图片说明,替代文字', ...[1, 2, 4, 5, 6, 8, 9, 10].map((i) => `${i === 2 ? '▲ 摄影 张三' : ''},p${i}.jpg,"第 ${i} 张，说明",第 ${i} 张的画面`)]
  fs.writeFileSync(path.join(dir, 'captions.csv'), encodeGb18030(rows.join('\r\n')))
}

/** GB18030 bytes of a string (Node has no encoder for it: go through the decoder's table). */
function encodeGb18030(text: string): Buffer {
  const decoder = new TextDecoder('gb18030')
  const table = new Map<string, number[]>()
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue
      const ch = decoder.decode(new Uint8Array([hi, lo]))
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo])
    }
  }
  const bytes: number[] = []
  for (const ch of text) bytes.push(...(ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table.get(ch) ?? [0x3f])))
  return Buffer.from(bytes)
}

beforeAll(async () => {
  t = await startPayload(`media-import-${process.pid}`)
  payload = t.payload
  folder = path.join(t.dir, 'incoming')
  await makeFolder(folder)
})

afterAll(async () => {
  await t?.close()
})

describe('captions.csv', () => {
  it('reads columns by header name in English or Chinese, or file,caption,credit,alt without a header', () => {
    expect(parseCaptionsCsv('file,caption,credit,alt\nA.JPG,"说明，含逗号",▲ 摄影 甲,画面\n')).toEqual(
      new Map([['a.jpg', { caption: '说明，含逗号', credit: '摄影 甲', alt: '画面' }]]),
    )
    expect(parseCaptionsCsv('\uFEFF替代文字,文件名,说明\n画面,b.jpg,乙\n').get('b.jpg')).toEqual({ alt: '画面', caption: '乙', credit: undefined })
    expect(parseCaptionsCsv('c.jpg,丙,摄影 丙\n').get('c.jpg')).toEqual({ caption: '丙', credit: '摄影 丙', alt: undefined })
  })
})

describe('importFolder', () => {
  it('stops after the photo in progress when interrupted, and makes no gallery yet', async () => {
    const controller = new AbortController()
    const result = await importFolder(payload, folder, {
      gallery: '五一劳动节职工风采',
      credit: '摄影 本报记者',
      signal: controller.signal,
      onPhoto: (event) => event.index === 3 && controller.abort(),
    })
    expect(result.interrupted).toBe(true)
    expect(result.photos.map((p) => p.file)).toEqual(['p1.jpg', 'p2.jpg'])
    expect(result.refused.map((r) => r.file)).toEqual(['broken.jpg'])
    expect(result.gallery).toBeUndefined()
    expect((await payload.count({ collection: 'galleries' })).totalDocs).toBe(0)
  })

  it('finishes the job on the next run without duplicates, with captions, credits and a gallery in file order', async () => {
    const events: string[] = []
    const result = await importFolder(payload, folder, {
      gallery: '五一劳动节职工风采',
      credit: '摄影 本报记者',
      onPhoto: (event) => events.push(`${event.index}/${event.total} ${event.file} ${event.status}`),
    })
    expect(result.interrupted).toBe(false)
    expect(events).toEqual([
      '1/11 broken.jpg refused',
      '2/11 p1.jpg skipped',
      '3/11 p2.jpg skipped',
      ...[3, 4, 5, 6, 7, 8, 9, 10].map((i) => `${i + 1}/11 p${i}.jpg imported`),
    ])
    expect(result.refused).toEqual([{ file: 'broken.jpg', reason: expect.stringContaining('已损坏或不完整') }])
    expect(result.ignored).toEqual(['说明.doc'])
    expect(result.missingAlt).toEqual(['p3.jpg', 'p7.jpg'])
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(10)

    expect(result.gallery).toMatchObject({ title: '五一劳动节职工风采', created: true })
    const gallery = await payload.findByID({ collection: 'galleries', id: result.gallery!.id, draft: true, depth: 1 })
    expect(gallery._status).toBe('draft')
    const items = gallery.items as unknown as Item[]
    expect(items.map((i) => i.photo.filename)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((i) => `p${i}.jpg`))
    const byFile = Object.fromEntries(items.map((i) => [i.photo.filename, i.photo]))
    expect(byFile['p1.jpg']).toMatchObject({ caption: '第 1 张，说明', credit: '摄影 本报记者', alt: '第 1 张的画面' })
    expect(byFile['p2.jpg']).toMatchObject({ caption: '第 2 张，说明', credit: '摄影 张三' })
    expect(byFile['p3.jpg']).toMatchObject({ caption: '侧边文件里的说明', credit: '摄影 本报记者' })
    expect(byFile['p7.jpg']).toMatchObject({ caption: '元数据里的说明', credit: '摄影 本报记者' })
  })

  it('changes nothing when run a third time: every photo is skipped and the same gallery is kept', async () => {
    const result = await importFolder(payload, folder, { gallery: '五一劳动节职工风采' })
    expect(result.photos.every((p) => p.status === 'skipped')).toBe(true)
    expect(result.gallery).toMatchObject({ created: false })
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(10)
    expect((await payload.count({ collection: 'galleries' })).totalDocs).toBe(1)
  })

  it('leaves a gallery of the same title made by hand alone', async () => {
    const other = await payload.create({ collection: 'media', data: { alt: '别的' }, file: await jpegFile(300, 200, 'other.jpg') })
    await payload.create({ collection: 'galleries', data: { title: '同名图集', items: [{ photo: other.id }] } as never, draft: true })
    const result = await importFolder(payload, folder, { gallery: '同名图集' })
    expect(result.gallery).toMatchObject({ created: true })
    const mine = await payload.findByID({ collection: 'galleries', id: result.gallery!.id, draft: true, depth: 0 })
    expect((mine.items ?? []).length).toBe(10)
  })
})

describe('npm run media:import', () => {
  it('imports a folder from the command line, shows progress and a summary, and exits 0', async () => {
    const cliFolder = path.join(t.dir, 'cli')
    fs.mkdirSync(cliFolder)
    for (let i = 1; i <= 3; i++) fs.writeFileSync(path.join(cliFolder, `c${i}.jpg`), (await jpegFile(300 + i, 200, `c${i}.jpg`)).data)
    fs.writeFileSync(path.join(cliFolder, 'captions.csv'), 'file,caption,credit,alt\nc1.jpg,命令行一,摄影 甲,画面一\nc2.jpg,命令行二,,画面二\nc3.jpg,命令行三,,画面三\n')
    const { stdout, stderr } = await run('npx', ['tsx', 'src/cli/media-import.ts', cliFolder, '--gallery', '命令行图集', '--credit', '摄影 乙'], {
      cwd: path.resolve(__dirname, '../..'),
      env: { ...process.env, DATABASE_URI: process.env.DATABASE_URI, UNION_CMS_ROOT: t.dir },
      timeout: 120_000,
    })
    // The progress bar is drawn on stderr, the summary printed on stdout.
    expect(stderr).toMatch(/3\/3 张 \| [\d.]+ 张\/秒/)
    expect(stdout).toContain('新导入 3 张，已在图片库中跳过 0 张，拒收 0 张')
    expect(stdout).toContain('图集「命令行图集」已创建')
    const { docs } = await payload.find({ collection: 'galleries', where: { title: { equals: '命令行图集' } }, draft: true, depth: 1 })
    const items = docs[0].items as unknown as Item[]
    expect(items.map((i) => [i.photo.caption, i.photo.credit])).toEqual([
      ['命令行一', '摄影 甲'],
      ['命令行二', '摄影 乙'],
      ['命令行三', '摄影 乙'],
    ])
  }, 180_000)

  it('explains its usage and exits 1 without a folder', async () => {
    const err = await run('npx', ['tsx', 'src/cli/media-import.ts'], { cwd: path.resolve(__dirname, '../..'), env: { ...process.env, UNION_CMS_ROOT: t.dir } }).catch((e) => e)
    expect(err.code).toBe(1)
    expect(err.stderr).toContain('npm run media:import -- <文件夹>')
  })
})
