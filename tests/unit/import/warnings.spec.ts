// What an import asks the editor to check, in Chinese for the admin's 导入 and the command line:
// every warning the parser, the decoder and the draft writer give comes from the catalog
// (src/import/warnings.ts) with its Chinese, the same details in both languages.
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { decodeBytes } from '../../../src/import/decode'
import { parseNewspaperText } from '../../../src/import/index'
import { WARN } from '../../../src/import/warnings'
import { FIXTURES } from './helpers'

describe('the import’s warnings in Chinese', () => {
  it('says the parser’s and the decoder’s warnings in Chinese, their details kept', () => {
    const given = [
      ...parseNewspaperText(fs.readFileSync(path.join(FIXTURES, 'no-headline.txt'))).warnings,
      ...parseNewspaperText('青禾回眸\n\n这一年，青禾市总工会聚焦主责主业，服务职工群众，各项工作取得新进展。\n', { collection: 'yearly-reviews' }).warnings,
      ...decodeBytes(Buffer.concat([Buffer.from('青禾市总工会开展送温暖活动，为职工送去慰问品。'.repeat(40)), Buffer.from([0xff]), Buffer.from('活动覆盖全市。\n')])).warnings,
    ]
    expect(given.map((w) => w.code)).toEqual(['noHeadline', 'noPeriod', 'brokenUtf8'])
    for (const w of given) expect(w.zh, w.en).toMatch(/^[\u4e00-\u9fff]/)
    expect(given[0]!.zh).toBe('原文没有标出标题，已取「全市工会组织开展了形式多样的职工文化活动」作标题，请核对。')
    expect(given[0]!.en).toBe('no headline marked: took 「全市工会组织开展了形式多样的职工文化活动」 as the headline; check it')
    expect(given[2]!.zh).toBe('有 1 处损坏的字符已替换为 �，请对照原文核对。')
  })

  it('gives the draft writer’s notes from the catalog, photos left out not among them', () => {
    // src/import/importer.ts words each note through WARN; a photo left out is said once, in photosLeftOut.
    const importer = fs.readFileSync(path.resolve(__dirname, '../../../src/import/importer.ts'), 'utf8')
    const pushes = importer.match(/notes\.push\([^\n]*/g) ?? []
    expect(pushes.length).toBeGreaterThan(0)
    for (const push of pushes) expect(push, push).toMatch(/^notes\.push\(WARN\.\w+\(/)
    expect(WARN.organisationUnknown({ names: '「青禾市总工会」' }).zh).toBe('单位 「青禾市总工会」 不在单位目录中，请在侧栏选择。')
  })

  it('carries every catalogued warning’s details into both languages, special characters and all', () => {
    const details = { headline: '青禾(市)总工会：表彰 [先进] 集体?', count: 12, shown: '「分享」 「打印」 …', names: '「青禾工匠」 / 「某某奖章」', heads: '户外劳动者喜获“清凉礼包”」「第(2)篇 [稿件]?' }
    for (const [code, say] of Object.entries(WARN)) {
      const w = (say as (d: typeof details) => { code: string; en: string; zh: string })(details)
      expect(w.code).toBe(code)
      expect(w.zh, code).toMatch(/^[\u4e00-\u9fff]/)
      expect(`${w.en} ${w.zh}`, code).not.toMatch(/[{}]|undefined/)
      for (const value of Object.values(details)) if (w.en.includes(String(value))) expect(w.zh, code).toContain(String(value))
    }
  })
})
