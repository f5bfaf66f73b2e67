// Figures: every number with its measure word, 万 and 亿 multiplied out, qualifiers before and
// after, numbers split by a space; years, dates, ordinals and list numbers are not figures.
import { describe, expect, it } from 'vitest'

import { extractFigures, scaleDecimal } from '../../../src/import/figures'
import { parseFixture } from './helpers'

const figures = (text: string) => extractFigures(text).map(({ label, value, unit, qualifier }) => ({ label, value, unit, qualifier }))

describe('extractFigures', () => {
  it('multiplies out 万 and 亿 and keeps the unit after them', () => {
    expect(figures('新增技能人才5.2万人')).toEqual([{ label: '新增技能人才', value: 52000, unit: '人', qualifier: null }])
    expect(figures('困难职工帮扶资金达2683万元')).toEqual([{ label: '困难职工帮扶资金', value: 26830000, unit: '元', qualifier: null }])
    expect(figures('发放互助金1.9亿元')).toEqual([{ label: '发放互助金', value: 190000000, unit: '元', qualifier: null }])
    expect(figures('发放助学金145.8万元')[0]!.value).toBe(1458000)
  })

  it('reads percentages', () => {
    expect(figures('调解成功率61.1%,覆盖率达到85%')).toEqual([
      { label: '调解成功率', value: 61.1, unit: '%', qualifier: null },
      { label: '覆盖率', value: 85, unit: '%', qualifier: null },
    ])
  })

  it('reads the qualifiers 余, 多, 近, 超, 约 and 以上', () => {
    expect(figures('开展宣讲160余场次')[0]).toMatchObject({ value: 160, unit: '场次', qualifier: '余' })
    expect(figures('服务户外劳动者12万余人次')[0]).toMatchObject({ value: 120000, unit: '人次', qualifier: '余' })
    expect(figures('累计开展培训3800多场次')[0]).toMatchObject({ value: 3800, unit: '场次', qualifier: '多' })
    expect(figures('服务职工近10万人次')[0]).toMatchObject({ value: 100000, unit: '人次', qualifier: '近' })
    expect(figures('为职工挽回损失超2000万元')[0]).toMatchObject({ label: '挽回损失', value: 20000000, unit: '元', qualifier: '超' })
    expect(figures('创造经济效益约3600万元')[0]).toMatchObject({ value: 36000000, qualifier: '约' })
    expect(figures('开展劳模工匠宣讲600场次以上')[0]).toMatchObject({ value: 600, unit: '场次', qualifier: '以上' })
    expect(figures('培训职工不少于500人')[0]).toMatchObject({ value: 500, qualifier: '以上' })
  })

  it('joins numbers split by a space', () => {
    expect(figures('奖金12 000元')[0]).toMatchObject({ value: 12000, unit: '元' })
    expect(figures('累计开展职工培训 1 200多场次')[0]).toMatchObject({ value: 1200, unit: '场次', qualifier: '多' })
    expect(figures('服务职工 2.6 万人')[0]).toMatchObject({ value: 26000, unit: '人' })
  })

  it('takes a short label from the words before the number', () => {
    expect(figures('全市工会共参与调解劳动争议案件912件,调解成功706件')).toEqual([
      { label: '调解劳动争议案件', value: 912, unit: '件', qualifier: null },
      { label: '调解成功', value: 706, unit: '件', qualifier: null },
    ])
    expect(figures('建成户外劳动者驿站96个、爱心托管班21个')).toEqual([
      { label: '建成户外劳动者驿站', value: 96, unit: '个', qualifier: null },
      { label: '爱心托管班', value: 21, unit: '个', qualifier: null },
    ])
    expect(figures('深入企业车间、工地和新业态站点开展宣讲160余场次')[0]!.label).toBe('开展宣讲')
    expect(figures('为2600名新就业形态劳动者免费体检')[0]!.label).toBe('新就业形态劳动者免费体检')
  })

  it('leaves years, dates, ordinals and list numbers alone', () => {
    expect(figures('2025年,第二届职工技能大赛于2024年5月18日开幕,第3名获奖')).toEqual([])
    expect(figures('1.设置比赛项目。2、组织观摩')).toEqual([])
    expect(figures('2026.1.12 星期一')).toEqual([])
    expect(figures('在“十四五”期间')).toEqual([])
  })
})

describe('scaleDecimal', () => {
  it('multiplies without floating-point noise', () => {
    expect(scaleDecimal('5.2', 4)).toBe(52000)
    expect(scaleDecimal('145.8', 4)).toBe(1458000)
    expect(scaleDecimal('0.35', 8)).toBe(35000000)
    expect(scaleDecimal('2.345', 2)).toBe(234.5)
  })
})

describe('figures in a page', () => {
  it('lists every figure of the figures fixture, in order', () => {
    const piece = parseFixture('figures.txt')
    expect(piece.figures.map((f) => `${f.value}${f.unit}${f.qualifier ?? ''}`)).toEqual([
      '1767场',
      '52000人',
      '26830000元',
      '860件余',
      '61.1%',
      '20000000元超',
      '100000人次近',
      '120000000元',
      '20个余',
      '3800人次多',
      '85%',
      '150家约',
      '18个',
      '12000元',
      '3800人',
      '500人以上',
    ])
  })

  it('records the section each figure appeared in', () => {
    const piece = parseFixture('lead-before-headline.txt')
    expect(piece.figures.find((f) => f.value === 46000)?.section).toBe('理论宣讲 让党的声音传到车间')
    expect(piece.figures.find((f) => f.value === 320)?.section).toBeNull()
  })
})

// Tuning corpus, class 8: 余 before 万, counts in Chinese numerals, 米, traditional measure words.
describe('extractFigures: forms from real pages', () => {
  const values = (t: string) => extractFigures(t).map((f) => [f.value, f.unit, f.qualifier])
  it('reads 余 between the number and 万', () => {
    expect(values('为职工挽回损失800余万元。')).toEqual([[8000000, '元', '余']])
  })
  it('reads counts in Chinese numerals when they are figures', () => {
    expect(values('完成技术革新近三万项。')).toEqual([[30000, '项', '近']])
    expect(values('评出劳模五万余人，攻克难题二十多个。')).toEqual([
      [50000, '人', '余'],
      [20, '个', '多'],
    ])
  })
  it('leaves single counts and words with numerals alone', () => {
    expect(values('一名职工说，这两个方面都是统一的。')).toEqual([])
  })
  it('reads metres and traditional measure words', () => {
    expect(values('新铺设管道1200 米。')).toEqual([[1200, '米', null]])
    expect(values('走訪了8個地市。')).toEqual([[8, '個', null]])
  })
})

describe('extractFigures: hours counted with 个', () => {
  it('reads 10个小时 as hours', () => {
    expect(extractFigures('途中需要花去10个小时以上。').map((f) => [f.value, f.unit])).toEqual([[10, '小时']])
  })
})

describe('measure words of work in the heat and noise (batch 15–16)', () => {
  it('reads ℃, 摄氏度, 分贝 and 公斤', () => {
    const found = extractFigures('地表温度高达38℃，车间里噪声超过90分贝，他每天背着50公斤的工具包，气温最高时达40摄氏度。').map((f) => `${f.value}${f.unit}`)
    expect(found).toEqual(expect.arrayContaining(['38℃', '90分贝', '50公斤', '40摄氏度']))
  })
})

describe('measure words of batch 21', () => {
  it('reads 封, 页, 斤, 微米 and the traditional 戶, 畝', () => {
    const found = (t: string) => extractFigures(t).map((f) => `${f.value}${f.unit}`)
    expect(found('收到家书500封，编印200页的画册，发放1400多斤猪肉，精度达0.11微米。')).toEqual(['500封', '200页', '1400斤', '0.11微米'])
    expect(found('走訪161戶家庭，種植700萬畝。')).toEqual(['161戶', '7000000畝'])
    expect(found('设计了封面，完善了页面。')).toEqual([])
  })
})

describe('durations in years (batch 22)', () => {
  it('reads years worked as a figure, not a year, a grade or a year-end', () => {
    const found = (t: string) => extractFigures(t).map((f) => `${f.value}${f.unit}`)
    expect(found('他从事焊接工作27年,坚守岗位8年来从未缺勤,每天工作1小時。')).toEqual(['27年', '8年', '1小時'])
    expect(found('2024年,三年级学生参观,年底前完成。')).toEqual([])
  })
})

describe('measure words of batches ag and ah', () => {
  it('reads medals (枚), laps (圈), trains (列) and the traditional 場次, 公裡', () => {
    const found = (t: string) => extractFigures(t).map((f) => `${f.value}${f.unit}`)
    expect(found('代表团共获得36枚金牌，绕线22000圈，维修动车组644列。')).toEqual(['36枚', '22000圈', '644列'])
    expect(found('全年開展活動12000場次，行程4000公裡。')).toEqual(['12000場次', '4000公裡'])
    expect(found('3人列入名单，2列车次调整。')).toEqual(['3人'])
  })
})
