// What an import asks the editor to check, in Chinese for the admin's 导入: every warning the
// parser, the decoder and the draft writer give has its Chinese (src/import/warnings.ts).
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { decodeBytes } from '../../../src/import/decode'
import { parseNewspaperText } from '../../../src/import/index'
import { hasChinese, PHOTO_LEFT_OUT, WARN, warningZh } from '../../../src/import/warnings'
import { FIXTURES } from './helpers'

describe('the import’s warnings in Chinese', () => {
  it('says the parser’s and the decoder’s warnings in Chinese, their details kept', () => {
    const given = [
      ...parseNewspaperText(fs.readFileSync(path.join(FIXTURES, 'no-headline.txt'))).warnings,
      ...parseNewspaperText('青禾回眸\n\n这一年，青禾市总工会聚焦主责主业，服务职工群众，各项工作取得新进展。\n', { collection: 'yearly-reviews' }).warnings,
      ...decodeBytes(Buffer.concat([Buffer.from('青禾市总工会开展送温暖活动，为职工送去慰问品。'.repeat(40)), Buffer.from([0xff]), Buffer.from('活动覆盖全市。\n')])).warnings,
    ]
    expect(given.length).toBeGreaterThanOrEqual(3)
    for (const w of given) {
      expect(hasChinese(w), w).toBe(true)
      expect(warningZh(w)).toMatch(/^[\u4e00-\u9fff]/)
    }
    expect(warningZh('no headline marked: took 「全市工会组织开展了形式多样的职工文化活动」 as the headline; check it')).toBe('原文没有标出标题，已取「全市工会组织开展了形式多样的职工文化活动」作标题，请核对。')
    expect(warningZh('dropped 2 stray fragment(s): 「分享」 「打印」')).toMatch(/^已删去 2 处零散文字.*「分享」 「打印」/)
  })

  it('says the draft writer’s notes in Chinese (each note src/import/importer.ts gives, as it words it)', () => {
    const notes = [
      'organisation 「青禾市总工会」 is not in the catalog: pick it in the sidebar',
      'new honours in the catalog, check their level: 「青禾工匠」',
      'photo 图1.jpg left out: not a photo format',
      '2 new photo(s) in the library without alt text: add it before publishing',
      'honours not in the catalog and not yours to add (ask an editor): 「青禾工匠」',
    ]
    // A note added to the importer is added here, with its Chinese.
    const importer = fs.readFileSync(path.resolve(__dirname, '../../../src/import/importer.ts'), 'utf8')
    expect(importer.match(/notes\.push\(/g)?.length).toBe(notes.length)
    for (const note of notes) expect(PHOTO_LEFT_OUT.test(note) || hasChinese(note), note).toBe(true)
    expect(warningZh(notes[0]!)).toBe('单位 「青禾市总工会」 不在单位目录中，请在侧栏选择。')
  })

  it('reads every catalogued warning’s details back into its Chinese, special characters and all', () => {
    const details = { headline: '青禾(市)总工会：表彰 [先进] 集体?', count: 12, shown: '「分享」 「打印」 …', names: '「青禾工匠」 / 「某某奖章」' }
    for (const [name, say] of Object.entries(WARN)) {
      const en = say(details)
      const zh = warningZh(en)
      expect(zh, name).toMatch(/^[\u4e00-\u9fff]/)
      expect(zh, name).not.toMatch(/[{}]/)
      for (const value of Object.values(details)) if (en.includes(String(value))) expect(zh, name).toContain(String(value))
    }
  })
})
