// Round 2 of captions and kickers on unseen layouts (tuning corpus, batch 6): a photo's file name
// left where it stood, a credit with its supplier after it, an agency's credit line, a group
// credit, `图为…` under a caption, a place-and-colon kicker, a two-phrase slogan over the headline,
// a dash inside a quoted name, a source line spaced inside its book-title marks.
// Every fixture here is invented; it reproduces a layout trait, not a page's text.
import { describe, expect, it } from 'vitest'

import { parseNewspaperText } from '../../../src/import/index'
import { isCreditLine, splitPhotoCredit } from '../../../src/import/parse/captions'

const LEAD = '近日，青禾市总工会组织二十名劳模走进车间，与一线职工交流操作技巧，现场解答技术难题十余个，受到职工欢迎。'
const MORE = '活动中，劳模们还带来了自己总结的操作法，手把手教年轻职工如何排查设备故障，提高检修效率。'
const LAST = '市总工会有关负责人表示，下一步将持续开展劳模进车间活动，让劳模精神在一线生根发芽。'

describe('captions without a mark', () => {
  it('reads the short line under a photo’s file name as its caption, the file name dropped', () => {
    const piece = parseNewspaperText(
      ['青禾技能比武收官', '', 'a1b2c3_800x600.jpg', '', '一名选手在焊接比赛中。', '', LEAD, '', 'd4e5f6_800x600.jpg', '', '砌筑项目的选手在比拼速度。', '', MORE, '', LAST].join('\n'),
    )
    expect(piece.captions).toEqual(['一名选手在焊接比赛中。', '砌筑项目的选手在比拼速度。'])
    expect(JSON.stringify(piece)).not.toContain('.jpg')
  })

  it('takes a credit followed by who supplied the photo off the caption', () => {
    expect(splitPhotoCredit('青禾大桥施工现场一派繁忙景象。 林一 王二 摄 (青禾视觉网供图)')).toEqual({ text: '青禾大桥施工现场一派繁忙景象。', credit: '林一 王二' })
    expect(splitPhotoCredit('工人在海上平台巡检。李三摄（新华社发）')?.text).toBe('工人在海上平台巡检。')
  })

  it('knows an agency’s credit line and a credit in brackets as credits, not captions', () => {
    expect(isCreditLine('新华社发（赵四摄）')).toBe(true)
    expect(isCreditLine('（通讯员 钱五 摄）')).toBe(true)
    expect(isCreditLine('劳模们在车间里交流操作技巧。')).toBe(false)
    const piece = parseNewspaperText(['车间里的比武', '', LEAD, '', '4月8日，青禾机械厂职工参加焊接比赛。', '新华社发（赵四摄）', '', '4月9日，青禾纺织厂职工参加挡车比赛。', '新华社发（钱五摄）', '', LAST].join('\n'))
    expect(piece.captions).toEqual(['4月8日，青禾机械厂职工参加焊接比赛。', '4月9日，青禾纺织厂职工参加挡车比赛。'])
  })

  it('reads a group of photos’ credit as their credit and its photographers as authors (not a caption), and the first short line on such a page as a caption', () => {
    const piece = parseNewspaperText(['最灿烂的笑脸', '', '清晨，环卫工人在河堤清扫落叶。', '', LEAD + MORE, '', '（本组图片：孙六 周七）'].join('\n'))
    expect(piece.captions).toEqual(['清晨，环卫工人在河堤清扫落叶'])
    expect(piece.bylines).toEqual([{ role: '摄影', name: '孙六' }, { role: '摄影', name: '周七' }])
    expect(piece.pictureCredit).toBe('孙六 周七')
  })

  it('takes a bracketed photographer’s credit under the text as a byline, after the piece’s own', () => {
    const alone = parseNewspaperText(['车间里的比武', '', LEAD, '', MORE, '', '（通讯员 周七 摄）'].join('\n'))
    // No byline of its own: the photographer is its only author.
    expect(alone.bylines).toEqual([{ role: '摄影', name: '周七' }])
    const written = parseNewspaperText(['车间里的比武', '本报记者 孙六', '', LEAD, '', MORE, '', '（通讯员 周七 摄）'].join('\n'))
    expect(written.bylines.map((b) => b.name)).toEqual(['孙六', '周七'])
    const shared = parseNewspaperText(['车间里的比武', '', LEAD, '', MORE, '', '（孙六/文 周七/摄）'].join('\n'))
    expect(shared.bylines.map((b) => b.name)).toEqual(['孙六', '周七'])
  })

  it('keeps `图为…` under a caption with that caption', () => {
    const piece = parseNewspaperText(
      ['劳动最光荣', '', '5月1日，青禾交警全员在岗护航道路畅通。 图为交警搀扶老人过马路。 （通讯员 孙六 摄）', '', LEAD + MORE, '', '◀ 青禾镇马铃薯迎来采收期。', '', '图为村民在采收马铃薯。', '', '（通讯员 周七 摄）'].join('\n'),
    )
    expect(piece.captions).toEqual(['图为交警搀扶老人过马路。', '青禾镇马铃薯迎来采收期。图为村民在采收马铃薯。'])
    // The news told before `图为…` on the photo's line is text.
    expect(piece.blocks.some((b) => b.type === 'paragraph' && b.text === '5月1日，青禾交警全员在岗护航道路畅通。')).toBe(true)
  })
})

describe('photo stories without credits (batch 7)', () => {
  it('reads the dated lines of a page that places people in its photos (`（图右）`) as captions', () => {
    const piece = parseNewspaperText(
      [
        '劳模疗休养掠影',
        '',
        '7月26日，老劳模李某（左二）在启动仪式上领舞。',
        '',
        '7月27日，老劳模王某（图右）为年轻劳模整理绶带。',
        '',
        '王某和李某是多年的工友。当年他们一起在青禾机械厂学徒，一个擅长车工，一个擅长钳工，如今都成了劳模。',
        '',
        '7月28日，劳模们参观青禾植物园。',
        '',
        '7月29日，专家为劳模们进行健康检查。',
      ].join('\n'),
    )
    expect(piece.captions).toEqual(['7月26日，老劳模李某（左二）在启动仪式上领舞。', '7月27日，老劳模王某（图右）为年轻劳模整理绶带。', '7月28日，劳模们参观青禾植物园。', '7月29日，专家为劳模们进行健康检查。'])
  })

  it('takes no series part number (`（上）`) for a place in a picture: dated paragraphs of a report stay text', () => {
    const days = ['7月26日，劳模们来到青禾疗养院报到，参加健康体检，随后召开了座谈会。', '7月27日，劳模们参观青禾机械厂，与一线职工交流操作技巧，并为青年职工授课。', '7月28日，劳模们走进社区，为居民义务维修家电，现场解答技术问题二十余个。']
    const piece = parseNewspaperText(['劳模疗休养纪实（上）', '', LEAD, '', ...days.flatMap((d) => [d, '']), LAST].join('\n'))
    expect(piece.captions).toEqual([])
  })

  it('reads a line printed twice over once, and a site’s sign-up links as nothing', () => {
    const piece = parseNewspaperText(
      ['注册新用户', '立即注册', '修改密码', '青禾大桥施工现场的坚守。孙六摄青禾大桥施工现场的坚守。孙六摄', LEAD, MORE, '青禾车辆段检车员在检修列车。周七摄', LAST].join('\n'),
    )
    expect(piece.captions).toEqual(['青禾大桥施工现场的坚守。', '青禾车辆段检车员在检修列车。'])
    expect(piece.kicker).toBeNull()
    expect(JSON.stringify(piece)).not.toContain('注册')
  })

  it('takes a series banner with a middle dot off the headline', () => {
    const piece = parseNewspaperText(['蹲点日记·高温下的劳动者丨致敬高温下的坚守', '', LEAD, MORE].join('\n'))
    expect(piece.title).toBe('致敬高温下的坚守')
  })

  it('never takes a credit’s names for a caption: `某某、某某 摄影报道` under a photo item are its bylines', () => {
    expect(splitPhotoCredit('毛一、姚二 摄影报道')).toBeNull()
    expect(splitPhotoCredit('活动现场（青禾融媒李三摄）')?.text).toBe('活动现场')
    const piece = parseNewspaperText(['青禾“鲁班”赛技能', '', LEAD, '', MORE, '', '图为比赛场景。', '', '孙六、周七 摄影报道'].join('\n'))
    // The page is nothing but this picture item: its story is the text, `图为…` the photo's caption.
    expect(piece.captions).toEqual(['图为比赛场景。'])
    expect(piece.bylines.map((b) => b.name)).toEqual(['孙六', '周七'])
  })
})

describe('kickers', () => {
  it('reads a place with a colon over the headline as its kicker', () => {
    const piece = parseNewspaperText(['青禾日报 2024年05月02日 星期四', '', '青禾：', '', '“劳模工作室”引领创新潮', '', '《 青禾日报 》( 2024年05月02日   07 版)', '', LEAD, MORE].join('\n'))
    expect(piece.kicker).toBe('青禾：')
    expect(piece.title).toBe('“劳模工作室”引领创新潮')
    expect(piece.subtitle).toBeNull()
  })

  it('takes no label ending in a colon (`导读：`) for a kicker', () => {
    const piece = parseNewspaperText(['导读：', '', '“劳模工作室”引领创新潮', '', LEAD, MORE].join('\n'))
    expect(piece.kicker).toBeNull()
  })

  it('reads a slogan of two matched phrases over a longer factual line as kicker and headline', () => {
    const piece = parseNewspaperText(['青山绿水 万人同行', '', '青禾市总举办万人健步走活动', '', LEAD, MORE].join('\n'))
    expect(piece.kicker).toBe('青山绿水 万人同行')
    expect(piece.title).toBe('青禾市总举办万人健步走活动')
  })

  it('does not split a headline at a dash inside a quoted name', () => {
    const piece = parseNewspaperText(['“劳动光荣——青禾最美职工评选”启幕', '', LEAD, MORE].join('\n'))
    expect(piece.title).toBe('“劳动光荣——青禾最美职工评选”启幕')
    expect(piece.subtitle).toBeNull()
  })
})
