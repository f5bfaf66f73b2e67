// Unmarked captions weighed by the caption model (src/import/parse/captionModel.ts) and the rules
// of session 12's unseen pages: a bracketed caption between paragraphs, more captions after a
// photo's caption at the text's end, a credit naming a joint outlet (`某报-某网记者`).
// Every fixture here is invented; it reproduces a layout trait, not a page's text.
import { describe, expect, it } from 'vitest'

import { parseNewspaperText } from '../../../src/import/index'
import { CAPTION_THRESHOLD, captionScore, pageShape, weighable, type ModelBlock } from '../../../src/import/parse/captionModel'
import { splitPhotoCredit } from '../../../src/import/parse/captions'
import { paragraphsOf } from './helpers'

const LEAD = '10月20日至22日，青禾市第五届职工职业技能大赛在市职业技术学院举行，来自全市42家企业的316名选手参加焊工、电工、钳工等8个项目的比拼，最终决出一等奖8名、二等奖16名。'
const MORE = '本届大赛由市总工会、市人社局联合主办，获得各项目第一名的选手将按规定申报“青禾市技术能手”称号，大赛优秀选手还将代表青禾参加全省比赛。'

describe('captions weighed by the model', () => {
  it('reads a photo story’s scene lines after the text as captions, without a date, a mark or a credit', () => {
    const scenes = ['焊工项目选手在赛场上进行实操比拼。', '电工项目选手正在接线调试。', '裁判员在现场检查参赛作品。', '获奖选手上台领奖并合影留念。']
    const text = ['青禾职工技能大赛剪影', '', LEAD, '', MORE, '', ...scenes.flatMap((s) => [s, '']), '（图片由青禾市总工会提供）'].join('\n')
    const piece = parseNewspaperText(text)
    expect(piece.captions).toEqual(scenes)
    expect(paragraphsOf(piece)).toEqual([LEAD, MORE])
  })

  it('leaves a news story’s short paragraphs as text: quoted speech, a connective, the first person', () => {
    const shorts = ['“比赛让我们找到了差距。”一名选手说。', '此外，大赛还设置了职工观摩区。', '我们将继续办好这项赛事。']
    const text = ['青禾职工技能大赛落幕', '', LEAD, '', ...shorts.flatMap((s) => [s, '']), MORE].join('\n')
    const piece = parseNewspaperText(text)
    expect(piece.captions).toEqual([])
    expect(paragraphsOf(piece)).toEqual([LEAD, ...shorts, MORE])
  })

  it('leaves a short news story’s lead and a closing fact as text beside its one caption, and takes no event for a person', () => {
    const lead = '12月3日，青禾市第五届职工技能大赛在市体育中心闭幕。'
    const body = '来自全市38家企业的260名选手参加比赛。青禾机床厂钳工丁小松获得一等奖，被授予“青禾市技术能手”称号。'
    const fact = '本届大赛设置电工、焊工等8个工种。'
    const piece = parseNewspaperText(['青禾市职工技能大赛闭幕', `青禾网讯（记者 期小军）${lead}`, body, '闭幕式现场', fact].join('\n'))
    expect(piece.captions).toEqual(['闭幕式现场'])
    expect(paragraphsOf(piece)).toEqual([lead, body, fact])
    expect(piece.workers.map((w) => w.name)).toEqual(['丁小松'])
    expect(piece.bylines).toEqual([{ role: '记者', name: '期小军' }])
  })

  it('is surer of a scene on a page that shows photos than of the same line on a page that does not', () => {
    const blocks: ModelBlock[] = [
      { type: 'paragraph', text: LEAD },
      { type: 'paragraph', text: '职工们在车间里检修生产线设备。' },
      { type: 'paragraph', text: MORE },
    ]
    const page = pageShape(blocks)
    expect(captionScore(blocks, 1, true, page)).toBeGreaterThan(captionScore(blocks, 1, false, page))
    // Long paragraphs of facts stay paragraphs, even one opening with a date as captions do.
    expect(captionScore(blocks, 2, true, page)).toBeLessThan(0.5)
    expect(captionScore(blocks, 0, true, page)).toBeLessThan(CAPTION_THRESHOLD)
  })

  it('weighs neither a signature (`——编者`) nor a web page’s links', () => {
    expect(weighable('——编者')).toBe(false)
    expect(weighable('扫码关注青禾工会微信公众号')).toBe(false)
    expect(weighable('职工们在车间里检修设备。')).toBe(true)
  })

  it('keeps a page of nothing but photos’ texts as its body', () => {
    const scenes = ['10月20日，焊工项目选手在赛场上比拼。', '10月21日，电工项目选手正在接线调试。', '10月22日，获奖选手上台领奖。']
    const piece = parseNewspaperText(['青禾职工技能大赛图集', '', ...scenes.flatMap((s) => [s, ''])].join('\n'))
    expect(paragraphsOf(piece).length).toBeGreaterThan(0)
  })

  it('stays linear: a long photo story of short lines parses in well under a second per thousand lines', () => {
    const lines = Array.from({ length: 6000 }, (_, n) => (n % 3 === 0 ? LEAD : `第${n}号选手在赛场上进行实操比拼。`))
    const started = performance.now()
    const piece = parseNewspaperText(['青禾职工技能大赛剪影', '', ...lines.flatMap((l) => [l, ''])].join('\n'))
    expect(piece.blocks.length).toBeGreaterThan(1000)
    expect(performance.now() - started).toBeLessThan(6000)
  })
})

describe('captions told by their place', () => {
  it('reads a bracketed scene between paragraphs as a caption, not a section heading', () => {
    const piece = parseNewspaperText(['青禾劳模宣讲团成立', '', LEAD, '', '（宣讲团授旗仪式）', '', MORE].join('\n'))
    expect(piece.captions).toEqual(['宣讲团授旗仪式'])
    expect(piece.sections).toEqual([])
  })

  it('leaves brackets that say no scene alone: a page jump, `（完）`, a part number', () => {
    for (const line of ['（下转第3版）', '（完）', '（上）', '（资料图片）']) {
      const piece = parseNewspaperText(['青禾劳模宣讲团成立', '', LEAD, '', line, '', MORE].join('\n'))
      expect(piece.captions, line).toEqual([])
    }
  })

  it('reads the short lines after a photo’s caption at the text’s end as the next photos’ captions, up to a closing word', () => {
    const text = [
      '青禾夏送清凉',
      '',
      LEAD,
      '',
      '图为“夏送清凉”活动启动现场。',
      '',
      '职工搬运防暑物资',
      '',
      '为环卫工人送上清凉饮品',
      '',
      '他们在烈日下坚守岗位',
    ].join('\n')
    const piece = parseNewspaperText(text)
    expect(piece.captions).toEqual(['图为“夏送清凉”活动启动现场。', '职工搬运防暑物资', '为环卫工人送上清凉饮品'])
  })

  it('splits a credit naming a joint outlet off its caption', () => {
    expect(splitPhotoCredit('趣味项目比赛现场。青禾日报-青禾网记者 王小明 摄')).toEqual({ text: '趣味项目比赛现场。', credit: '青禾日报-青禾网记者 王小明' })
  })
})
