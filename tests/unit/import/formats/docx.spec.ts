// Word files: what mammoth's HTML becomes for the parser (headline, bold headings, lists, tables,
// captions taken out and kept with their photos), which photos are taken and which left out with
// a reason, and the packages refused before anything is unpacked (old .doc, encryption, zip bombs,
// damage).
import { deflateRawSync } from 'node:zlib'

import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { FormatError } from '../../../../src/import/formats/errors'
import { importSubmission, readSubmission } from '../../../../src/import/formats/index'
import { intakeLimits } from '../../../../src/import/formats/limits'
import { checkZip } from '../../../../src/import/formats/zip'
import { makeDocx, zipBomb } from './make'

const jpeg = (width = 64, height = 48) => sharp({ create: { width, height, channels: 3, background: '#c8102e' } }).jpeg().toBuffer()
const refusal = (promise: Promise<unknown>) => promise.then(() => null, (err: unknown) => err as FormatError)

describe('Word (.docx)', () => {
  it('marks the Title style as the headline and Heading styles and bold short lines as section headings', async () => {
    const intake = await readSubmission({
      name: 'a.docx',
      bytes: await makeDocx([
        { title: '春风行动送岗位' },
        { p: '记者 米乐' },
        { p: '正月初八，市总工会在人力资源市场举办春风行动招聘会，120家企业提供岗位3000余个。' },
        { heading: '岗位对路 求职顺心', level: 2 },
        { p: '现场设立维权服务台，为农民工提供法律咨询。' },
        { p: '服务延伸到车间', bold: true },
        { p: '工会还组织企业走进车间开展技能培训，帮助职工提升技能。' },
      ]),
    })
    expect(intake.text.toString().split('\n\n')).toEqual([
      '# 春风行动送岗位',
      '记者 米乐',
      '正月初八，市总工会在人力资源市场举办春风行动招聘会，120家企业提供岗位3000余个。',
      '## 岗位对路 求职顺心',
      '现场设立维权服务台，为农民工提供法律咨询。',
      '## 服务延伸到车间',
      '工会还组织企业走进车间开展技能培训，帮助职工提升技能。\n',
    ])
  })

  it('keeps a list item or a table row on a line of its own, cells apart', async () => {
    const intake = await readSubmission({
      name: 'b.docx',
      bytes: await makeDocx([
        { title: '职工书屋新添图书' },
        { p: '今年新增三类图书：' },
        { list: ['技能提升类', '法律维权类'] },
        { table: [['书屋', '册数'], ['港区书屋', '1200']] },
      ]),
    })
    expect(intake.text).toContain('1. 技能提升类\n2. 法律维权类')
    expect(intake.text).toContain('书屋\u3000册数\n港区书屋\u30001200')
  })

  it('takes the line under a photo as its caption and credit, out of the body, and places the photo after the paragraph it followed', async () => {
    const photo = await jpeg()
    const piece = await importSubmission({
      name: '稿件.docx',
      bytes: await makeDocx([
        { title: '金秋助学暖人心' },
        { p: '记者 米乐' },
        { image: photo },
        { p: '助学金发放仪式现场（米乐 摄）' },
        { p: '8月20日，市总工会为150名困难职工子女发放助学金，帮助他们圆梦大学。' },
        { p: '受助学生代表表示，将努力学习回报社会。' },
        { image: photo },
        { p: '▲ 学生代表发言' },
      ]),
    })
    expect(piece.images.map(({ file, caption, credit, block }) => ({ file, caption, credit, block }))).toEqual([
      { file: '稿件-图1.jpg', caption: '助学金发放仪式现场', credit: '米乐', block: -1 },
      { file: '稿件-图2.jpg', caption: '学生代表发言', credit: null, block: 1 },
    ])
    expect(piece.blocks.map((b) => b.text)).toEqual(['8月20日，市总工会为150名困难职工子女发放助学金，帮助他们圆梦大学。', '受助学生代表表示，将努力学习回报社会。'])
    expect(piece.images.every((i) => i.mimetype === 'image/jpeg')).toBe(true)
  })

  it('credits the photos to the piece’s photographer (`文/图 某某`) when no line beside them names one', async () => {
    const photo = await jpeg()
    const piece = await importSubmission({
      name: '稿件.docx',
      bytes: await makeDocx([
        { title: '焊工班获评工人先锋号' },
        { p: '文/图 禾小苗' },
        { p: '近日，青禾重工焊工班获评全国工人先锋号，班组12人近三年完成技术革新15项。' },
        { image: photo },
        { p: '焊工班成员在车间合影' },
        { image: photo },
        { p: '班长指导新员工（李青 摄）' },
      ]),
    })
    expect(piece.images.map(({ caption, credit }) => ({ caption, credit }))).toEqual([
      { caption: '焊工班成员在车间合影', credit: '禾小苗' },
      { caption: '班长指导新员工', credit: '李青' },
    ])
  })

  it('leaves out photos past the count limit, over the size limit and in formats the library does not take, saying which and why', async () => {
    const photo = await jpeg()
    const big = await jpeg(400, 300)
    const limits = { ...intakeLimits(), images: 2, imageBytes: big.length - 1 }
    const intake = await readSubmission(
      {
        name: 'many.docx',
        bytes: await makeDocx([
          { title: '图片很多的稿件' },
          { p: '正文第一段，介绍活动的基本情况和主要内容。' },
          { image: Buffer.from('not really an EMF drawing'), ext: 'emf' },
          { image: big },
          { image: await sharp(photo).gif().toBuffer(), ext: 'gif' },
          { image: photo },
          { image: photo },
        ]),
      },
      limits,
    )
    expect(intake.images.map((i) => [i.file, i.mimetype])).toEqual([
      ['many-图3.png', 'image/png'],
      ['many-图4.jpg', 'image/jpeg'],
    ])
    expect(intake.leftOut.map((l) => [l.file, l.reason.replace(/\(.*\)/, '(…)')])).toEqual([
      ['many-图1.emf', expect.stringMatching(/^not a photo format/)],
      ['many-图2.jpg', expect.stringMatching(/over the .* photo limit/)],
      ['many-图5.jpg', 'more than 2 photos in one document'],
    ])
    expect(intake.leftOut.every((l) => /[\u4e00-\u9fff]/.test(l.reasonZh))).toBe(true)
  })

  it('keeps the caption of a photo it leaves out where the photo stood, for the editor to put the photo back', async () => {
    const photo = await jpeg()
    const piece = await importSubmission(
      {
        name: '稿件.docx',
        bytes: await makeDocx([
          { title: '工会驿站暖人心' },
          { p: '港区工会驿站今年累计接待户外劳动者3万余人次，成为职工身边的“暖心港湾”。' },
          { image: photo },
          { p: '环卫工人在驿站休息（林晓 摄）' },
          { p: '驿站还为快递小哥、网约车司机提供热水、充电和应急药品等服务。' },
          { image: photo },
          { p: '驿站内景' },
        ]),
      },
      {},
      { ...intakeLimits(), images: 1 },
    )
    expect(piece.images.map((i) => i.caption)).toEqual(['环卫工人在驿站休息'])
    expect(piece.leftOut.map((l) => l.file)).toEqual(['稿件-图2.jpg'])
    expect(piece.blocks.map((b) => [b.type, b.text])).toEqual([
      ['paragraph', '港区工会驿站今年累计接待户外劳动者3万余人次，成为职工身边的“暖心港湾”。'],
      ['paragraph', '驿站还为快递小哥、网约车司机提供热水、充电和应急药品等服务。'],
      ['caption', '驿站内景'],
    ])
    expect(piece.captions).toEqual(['环卫工人在驿站休息', '驿站内景'])
  })

  it('refuses an old .doc and tells a password-protected .docx apart from it', async () => {
    const ole = Buffer.from('d0cf11e0a1b11ae1', 'hex')
    expect(await refusal(readSubmission({ name: 'old.doc', bytes: Buffer.concat([ole, Buffer.alloc(512)]) }))).toMatchObject({ code: 'LEGACY_DOC' })
    // Word's encrypted .docx: an OLE file whose package sits in the `EncryptedPackage` stream.
    const encrypted = Buffer.concat([ole, Buffer.alloc(256), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(256)])
    expect(await refusal(readSubmission({ name: 'secret.docx', bytes: encrypted }))).toMatchObject({ code: 'ENCRYPTED' })
    // Renamed: an old .doc called .docx is still an old .doc.
    expect(await refusal(readSubmission({ name: 'renamed.docx', bytes: Buffer.concat([ole, Buffer.alloc(512)]) }))).toMatchObject({ code: 'LEGACY_DOC' })
  })

  it('refuses a damaged package and a zip that is not a Word document', async () => {
    const good = await makeDocx([{ title: '标题' }, { p: '正文。' }])
    expect(await refusal(readSubmission({ name: 'cut.docx', bytes: good.subarray(0, good.length - 40) }))).toMatchObject({ code: 'CORRUPT' })
    const JSZip = (await import('jszip')).default
    const zip = new JSZip()
    zip.file('hello.txt', 'hi')
    expect(await refusal(readSubmission({ name: 'x.docx', bytes: await zip.generateAsync({ type: 'nodebuffer' }) }))).toMatchObject({
      code: 'CORRUPT',
      message: expect.stringMatching(/not a Word document/),
    })
  })
})

describe('zip bombs', () => {
  it('stops an entry that inflates past the size it declared after that many bytes', async () => {
    const err = await refusal(readSubmission({ name: 'bomb.docx', bytes: await zipBomb(64 * 1024 * 1024) }))
    expect(err).toBeInstanceOf(FormatError)
    expect(err).toMatchObject({ code: 'UNPACKS_TOO_LARGE', message: expect.stringMatching(/inflates past its declared 1000 bytes/) })
  })

  it('refuses a package that declares more than the limit before inflating anything', async () => {
    const honest = await zipBomb(8 * 1024 * 1024, false)
    expect(() => checkZip(honest, { ...intakeLimits(), unpackedBytes: 4 * 1024 * 1024 })).toThrow(/declares 8 MB/)
    expect(() => checkZip(honest, intakeLimits())).not.toThrow()
  })

  it('refuses entries marked encrypted, and too many entries', async () => {
    const docx = await makeDocx([{ title: '标题' }, { p: '正文。' }])
    const flagged = Buffer.from(docx)
    // Set the "encrypted" flag on every central-directory entry.
    for (let i = flagged.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); i >= 0; i = flagged.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), i + 4)) flagged[i + 8]! |= 1
    expect(() => checkZip(flagged, intakeLimits())).toThrow(FormatError)
    expect(() => checkZip(flagged, intakeLimits())).toThrow(/password/)
    expect(() => checkZip(docx, { ...intakeLimits(), zipEntries: 3 })).toThrow(/entries/)
  })

  it('does not mistake a well-compressed genuine document for a bomb', () => {
    expect(deflateRawSync(Buffer.alloc(10)).length).toBeGreaterThan(0)
    return makeDocx([{ title: '标题' }, ...Array.from({ length: 400 }, () => ({ p: '全市各级工会组织广泛开展劳动竞赛和职工技能比武活动。' }))]).then((docx) =>
      expect(() => checkZip(docx, intakeLimits())).not.toThrow(),
    )
  })
})

describe('photo metadata', () => {
  it('takes caption and credit from a photo’s own metadata when no line beside it gives them', async () => {
    const { privatePhoto } = await import('../../../fixtures/media/make')
    const photo = (await privatePhoto({ width: 320, height: 240, xmp: { description: '职工书屋里的读书会', creator: '赵青' } })).data
    const intake = await readSubmission({
      name: 'meta.docx',
      bytes: await makeDocx([{ title: '书香工会' }, { p: '全市职工书屋开展读书分享会，参与职工逾千人次，营造了浓厚的学习氛围。' }, { image: photo }]),
    })
    expect(intake.images.map(({ caption, credit }) => ({ caption, credit }))).toEqual([{ caption: '职工书屋里的读书会', credit: '赵青' }])
  })
})

describe('a Word file with too many or too large photos', () => {
  it('keeps the first 40 photos of 200 and leaves out a 50 MB one, naming each left out', async () => {
    const small = await jpeg(32, 24)
    // 50 MB that start like a JPEG: the size is checked before anything reads the photo.
    const huge = Buffer.concat([small.subarray(0, 20), Buffer.alloc(50 * 1024 * 1024)])
    const parts = [{ title: '图片很多的稿件' }, { p: '正文第一段，介绍活动的基本情况和主要内容。' }, { image: huge }, ...Array.from({ length: 200 }, () => ({ image: small }))]
    const intake = await readSubmission({ name: 'big.docx', bytes: await makeDocx(parts) })
    expect(intake.images).toHaveLength(40)
    expect(intake.leftOut).toHaveLength(161)
    expect(intake.leftOut[0]!.file).toBe('big-图1.jpg')
    expect(intake.leftOut[0]!.reason).toMatch(/^50 MB, over the 40 MB photo limit$/)
    expect(intake.leftOut[0]!.reasonZh).toMatch(/超过 40 MB/)
    expect(intake.leftOut.slice(1).every((l) => l.reason === 'more than 40 photos in one document')).toBe(true)
    expect(intake.leftOut.at(-1)!.file).toBe('big-图201.jpg')
  }, 60_000)
})

describe('photos left out, as the CLI says it', () => {
  it('names a few one by one and many with one reason by their first and last', async () => {
    const { describeLeftOut } = await import('../../../../src/import/formats/index')
    const many = Array.from({ length: 160 }, (_, i) => ({ file: `big-图${i + 42}.jpg`, reason: 'more than 40 photos in one document', reasonZh: '' }))
    expect(describeLeftOut([{ file: 'a.emf', reason: 'not a photo', reasonZh: '' }, ...many])).toEqual([
      'photo a.emf left out: not a photo',
      '160 photos (big-图42.jpg … big-图201.jpg) left out: more than 40 photos in one document',
    ])
  })
})

describe('kinds of file', () => {
  it('reads a document by its content whatever its name, and refuses kinds it does not read', async () => {
    const { detectFormat } = await import('../../../../src/import/formats/index')
    expect(detectFormat('稿件.txt', await makeDocx([{ title: '标题' }]))).toBe('docx')
    expect(detectFormat('page', Buffer.from('%PDF-1.7\n'))).toBe('pdf')
    expect(detectFormat('page.htm', Buffer.from('<p>x</p>'))).toBe('html')
    expect(detectFormat('notes.md', Buffer.from('# 标题'))).toBe('text')
    expect(detectFormat('old.wps', Buffer.from('d0cf11e0a1b11ae1', 'hex'))).toBe('doc')
    for (const name of ['稿件.rtf', 'photo.png', '表格.xlsx']) {
      expect(await refusal(readSubmission({ name, bytes: Buffer.from('{\\rtf1\\ansi 标题}') }))).toMatchObject({ code: 'UNSUPPORTED_FORMAT', hintZh: expect.stringMatching(/\.docx/) })
    }
  })
})
