// Headlines, workers and captions on real pages (tuning corpus, classes 1, 4 and 6): a headline
// with its subtitle after `――` on one line above a profile's own title and byline, names joined
// with `、` that the sentence calls honoured, an honour before the name with a second honour in
// between, an honour that is the subject (`劳动模范到…休养`), a scene line under the headline, a
// caption credited to a site and a photographer, a caption in traditional characters. Invented.
import { describe, expect, it } from 'vitest'

import { parseNewspaperText } from '../../../src/import/index'
import { extractWorkers } from '../../../src/import/people'

describe('headline', () => {
  it('takes the line that reports what happened for the headline, a slogan beside it for kicker or subtitle', () => {
    const body = '12月5日，青禾市总工会在市职工文化宫举办劳模工匠宣讲活动，五位劳模讲述了自己的故事，三百余名职工到场聆听。'
    const above = parseNewspaperText(['倾听劳模故事匠心筑梦成长', '', '青禾市总工会系统在市职工文化宫 举办劳模工匠宣讲活动', '', body].join('\n'))
    expect(above.kicker).toBe('倾听劳模故事匠心筑梦成长')
    expect(above.title).toBe('青禾市总工会系统在市职工文化宫 举办劳模工匠宣讲活动')
    expect(above.subtitle).toBeNull()
    const under = parseNewspaperText(['2026“青禾最美工匠”揭晓', '', '创业创新 匠心筑梦', '', body].join('\n'))
    expect(under.title).toBe('2026“青禾最美工匠”揭晓')
    expect(under.subtitle).toBe('创业创新 匠心筑梦')
  })

  it('takes `标题 ――副题` before the text over a profile title standing above its byline', () => {
    const piece = parseNewspaperText(
      ['青禾在线 > 新闻 > 正文', '', '平常的日子,写下不平常的篇章 ――本报记者眼里的五位劳模', '', '  编者按', '', '  本报推出专栏，陆续报道五位劳模的事迹，敬请关注。', '', '  青禾县石桥村小学校长周明远:', '', '  大山里的一盏灯', '', '  本报记者 沈清', '', '  从县城到石桥村，要先坐六个小时的船，再走四个小时的山路，如果赶上下雨，剩下的十多公里只能步行。'].join('\n'),
    )
    expect(piece.title).toBe('平常的日子,写下不平常的篇章')
    expect(piece.subtitle).toBe('本报记者眼里的五位劳模')
    expect(piece.sections).toContain('大山里的一盏灯')
  })
})

describe('workers', () => {
  it('reads names joined with 、 that the sentence calls honoured', () => {
    const names = (t: string) => extractWorkers(t).map((w) => w.name)
    expect(names('本报陆续报道许明亮、郑海、罗小军、陈光六位劳模的事迹。')).toEqual(['许明亮', '郑海', '罗小军', '陈光'])
    expect(names('周一凡、叶培森、杨秀娟、杨立新……受表彰的他们，是各行各业的代表。')).toEqual(['周一凡', '叶培森', '杨秀娟', '杨立新'])
    // Names in a row that nobody honours are not workers.
    expect(names('会议由张明、李华、王强主持。')).toEqual([])
  })

  it('reads a name after two honours and before 给, 感慨', () => {
    expect(extractWorkers('全国劳动模范、五一劳动奖章获得者沈春明给同学们作了演讲。').map((w) => w.name)).toEqual(['沈春明'])
    expect(extractWorkers('全国劳模、青禾机械公司焊接班组长关小虎感慨地说，匠心在细节里。').map((w) => w.name)).toEqual(['关小虎'])
  })

  it('does not take the place model workers went to as a name', () => {
    expect(extractWorkers('市总工会组织市级以上劳动模范到青禾职工休养院修养。')).toEqual([])
    expect(extractWorkers('学院有一个劳模班，班里的学员都是曾获得全国劳动模范称号的劳动者。')).toEqual([])
  })
})

describe('captions', () => {
  it('takes a scene line between the headline and the text as a caption', () => {
    const piece = parseNewspaperText(['一个班就是一部传奇', '', '劳模班上课的场景', '', '青禾学院有一个特别的班，班里的学员都是来自一线的劳动者，他们在岗位上做出了突出贡献。'].join('\n'))
    expect(piece.captions).toEqual(['劳模班上课的场景'])
  })

  it('reads captions credited to a site and its photographer, in traditional characters', () => {
    const piece = parseNewspaperText(
      ['工匠走進車間', '', '青禾網3月5日電(林方)千里江山入畫來,青禾擁有深厚的工業底蘊。', '', '記者們在試驗基地采訪帶電作業工林遠。青禾網 林方 攝', '為探尋工業文明的足跡,記者們來到車間,尋找身邊的工匠,記錄他們的故事。', '', '記者們在創新工作室采訪。青禾新聞網 周亮 攝'].join('\n'),
    )
    expect(piece.captions).toEqual(['記者們在試驗基地采訪帶電作業工林遠。', '記者們在創新工作室采訪。'])
  })
})

describe('workers in traditional characters', () => {
  it('reads the honour before the name in a mirror', () => {
    expect(extractWorkers('第一本時，我寫了全國著名勞模黃小妹；第二本中，我寫了別的故事。').map((w) => w.name)).toEqual(['黃小妹'])
  })
})

describe('a list of honoured people, name first', () => {
  it('reads `地区：姓名 单位职务` entries under `…奖章的会员有：`', () => {
    const piece = parseNewspaperText(
      ['青禾部分会员获五一劳动奖章', '今年的评选工作已经完成，各单位共推荐奖章1224个，经过初审、公示和复审，获奖名单正式公布。', '获得五一劳动奖章的青禾会员有:', '东区:江小源 青禾师范大学附属中学教师', '西区:梁小星 青禾剧院有限公司演员', '闫小芳 青禾县剧团演员'].join('\n'),
    )
    expect(piece.workers.map((w) => w.name)).toEqual(['江小源', '梁小星', '闫小芳'])
  })
})
