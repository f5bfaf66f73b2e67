// Single-line cleaning: spaces extraction put between Chinese characters, clause spaces in
// headings, and scraps of decorative type.
import { describe, expect, it } from 'vitest'

import { cleanProse, cleanTitle, endsSentence, isDebrisScrap } from '../../../src/import/clean'

describe('cleanProse', () => {
  it('removes spaces PDF extraction put between Chinese characters', () => {
    expect(cleanProse('一次次深入车间班组 的宣讲,一场场比 技能、赛创新的竞赛')).toBe('一次次深入车间班组的宣讲,一场场比技能、赛创新的竞赛')
    expect(cleanProse('全 市选树全国劳动模范3名、省 劳动模范31名')).toBe('全市选树全国劳动模范3名、省劳动模范31名')
  })

  it('removes a space on one side of a number and after ASCII punctuation', () => {
    expect(cleanProse('累计开展职工技能培训 3800多场次, 新增技能人才 6.4万人')).toBe('累计开展职工技能培训3800多场次,新增技能人才6.4万人')
    expect(cleanProse('培育“桐江工匠” 60名')).toBe('培育“桐江工匠”60名')
  })

  it('keeps real spaces between Latin words and a number spaced on both sides', () => {
    expect(cleanProse('Excel 技能培训和 Python 入门课程')).toBe('Excel 技能培训和 Python 入门课程')
    expect(cleanProse('open source 社区')).toBe('open source 社区')
    expect(cleanProse('全年共 3800 场')).toBe('全年共 3800 场')
  })
})

describe('cleanTitle', () => {
  it('keeps the space between two clauses of a heading', () => {
    expect(cleanTitle('凝心铸魂 让思想引领“有声有色”')).toBe('凝心铸魂 让思想引领“有声有色”')
    expect(cleanTitle('学技能 当工匠')).toBe('学技能 当工匠')
  })

  it('drops spaces that split a clause, keeping the even split of parallel clauses', () => {
    expect(cleanTitle('五年砥砺践初心 工会 力量 显担当')).toBe('五年砥砺践初心 工会力量显担当')
    expect(cleanTitle('三年深耕 结硕果 工会 服务 暖人心')).toBe('三年深耕结硕果 工会服务暖人心')
    expect(cleanTitle('工会 组织建设')).toBe('工会组织建设')
    expect(cleanTitle('职 工 之 家')).toBe('职工之家')
  })

  it('keeps an ideographic space as the clause separator', () => {
    expect(cleanTitle('奋楫争先担使命\u3000凝心聚力谱新篇')).toBe('奋楫争先担使命\u3000凝心聚力谱新篇')
  })
})

describe('endsSentence', () => {
  it('knows sentence ends behind closing quotes', () => {
    expect(endsSentence('他说:“我们一定做好。”')).toBe(true)
    expect(endsSentence('成绩单……')).toBe(true)
    expect(endsSentence('将实施“三大行动”:')).toBe(true)
    expect(endsSentence('被评为“全国交通技术能手”')).toBe(false)
    expect(endsSentence('服务站的灯')).toBe(false)
  })
})

describe('isDebrisScrap', () => {
  it('spots column rules and rare display-font glyphs', () => {
    expect(isDebrisScrap('|续贡献')).toBe(true)
    expect(isDebrisScrap('炇')).toBe(true)
    expect(isDebrisScrap('鍄鑷')).toBe(true)
    expect(isDebrisScrap('会')).toBe(false)
    expect(isDebrisScrap('凝聚思想力')).toBe(false)
  })
})
