// Caption and credit text from photo metadata (src/media/embeddedText.ts): newspaper layout marks
// are dropped, IPTC text is decoded as UTF-8 or GB18030, camera defaults are not captions.
import { describe, expect, it } from 'vitest'

import { parseIptc, readEmbeddedText, stripLayoutMarks } from '../../../src/media/embeddedText'
import { iptcSegment, privatePhoto } from '../../fixtures/media/make'

describe('stripLayoutMarks', () => {
  it.each([
    ['▲ 摄影 王某', '摄影 王某'],
    ['▶摄影 王某', '摄影 王某'],
    ['  ▲▲ 图为劳模张建国', '图为劳模张建国'],
    ['■ 本报记者 李四 摄', '本报记者 李四 摄'],
    ['　★ 通讯员 赵六', '通讯员 赵六'],
    ['摄影 王某', '摄影 王某'],
    ['-5℃ 的清晨，环卫工人已经上岗', '-5℃ 的清晨，环卫工人已经上岗'],
    ['图中 ▲ 处为新建车间', '图中 ▲ 处为新建车间'],
  ])('turns %j into %j', (input, output) => {
    expect(stripLayoutMarks(input)).toBe(output)
  })
})

describe('parseIptc', () => {
  it('reads caption, by-line and credit in UTF-8', () => {
    const segment = iptcSegment({ 120: '劳模在车间', 80: '王某', 110: '摄影 王某' })
    expect(parseIptc(segment)).toEqual({ caption: '劳模在车间', byline: '王某', credit: '摄影 王某' })
  })

  it('reads GB18030 text written by older Chinese software', () => {
    const gbk = Buffer.from([0xc0, 0xcd, 0xc4, 0xa3]) // 劳模
    const block = Buffer.concat([Buffer.from([0x1c, 2, 120, 0, gbk.length]), gbk])
    expect(parseIptc(block)).toEqual({ caption: '劳模' })
  })

  it('returns nothing for no block', () => {
    expect(parseIptc(undefined)).toEqual({})
  })
})

describe('readEmbeddedText', () => {
  it('prefers IPTC, then XMP, then EXIF, and skips camera defaults', async () => {
    const all = await privatePhoto({ iptc: { caption: '▲ IPTC 说明', credit: '摄影 甲' }, xmp: { description: 'XMP 说明', creator: '乙' }, exif: { description: 'EXIF', artist: 'Bing' } })
    const sharp = (await import('sharp')).default
    expect(await readEmbeddedText(all.data, (await sharp(all.data).metadata()).iptc)).toEqual({ caption: 'IPTC 说明', credit: '摄影 甲' })
    const xmp = await privatePhoto({ xmp: { description: 'XMP 说明', creator: '乙' }, exif: { description: 'EXIF', artist: 'Bing' } })
    expect(await readEmbeddedText(xmp.data)).toEqual({ caption: 'XMP 说明', credit: '乙' })
    const camera = await privatePhoto({ exif: { description: 'SONY DSC', artist: 'Bing' } })
    expect(await readEmbeddedText(camera.data)).toEqual({ caption: undefined, credit: 'Bing' })
  })
})
