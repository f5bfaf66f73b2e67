// The classes of misses known on real pages (notes/corpus-report.md), each pinned with an invented
// fixture line: e-paper page labels and dates, a reader's "today", a byline prefix that is no
// masthead, kickers, bylines at the end, workers named after their honour, furniture that is no
// section heading.
import { describe, expect, it } from 'vitest'

import { bylineAtEnd } from '../../../src/import/bylines'
import { parseNewspaperText } from '../../../src/import/index'
import { extractWorkers } from '../../../src/import/people'
import { readFurniture } from '../../../src/import/parse/furniture'

const BODY = '近日，青禾市总工会组织二十名劳模走进车间，与一线职工交流操作技巧，现场解答技术难题十余个，受到职工欢迎。'

describe('class 2: e-paper page labels and dates', () => {
  it('reads page labels in their e-paper forms', () => {
    expect(readFurniture('00003版:职业·教育')?.page).toBe('03')
    expect(readFurniture('第A0005版:每日新闻·现场')?.page).toBe('A05')
    expect(readFurniture('第13555期:第01版 本期出版日期:2023-04-08')).toMatchObject({ page: '01', date: { year: 2023, month: 4, day: 8 } })
    expect(readFurniture('2020年10月19日 09: 青禾周一/纵深')).toMatchObject({ page: '09', date: { year: 2020, month: 10, day: 19 } })
    expect(readFurniture('( 2011年05月02日 04 版)')).toMatchObject({ page: '04', date: { year: 2011, month: 5, day: 2 } })
    expect(readFurniture('A04:民生/影像')?.page).toBe('A04')
  })

  it("does not take an e-paper reader's today as the issue date", () => {
    const piece = parseNewspaperText(['电子报阅读机', '2026-01-26', '星期一', '当前报纸名称:青禾午报', '', '开栏的话', '', '日期:10-21', '版面:07: 人物 上一篇 下一篇', '', BODY].join('\n'))
    expect(piece.source.date).toBeNull()
    expect(piece.source.publication).toBe('青禾午报')
    expect(piece.source.page).toBe('07')
  })

  it('does not name the publication from a byline prefix', () => {
    const piece = parseNewspaperText(['青禾73人获五一劳动奖章', BODY, '■快报记者 林小文', '通讯员 陈平'].join('\n'))
    expect(piece.source.publication).toBeNull()
    const app = parseNewspaperText(['技能人才撑起产业升级', '青禾日报客户端记者 林小文', BODY].join('\n'))
    expect(app.source.publication).toBeNull()
  })
})

describe('class 3: kickers', () => {
  it('takes a name and title ending with a colon above the headline as the kicker', () => {
    const piece = parseNewspaperText(['全国劳动模范、青禾汽车公司焊装车间技师林大海:', '我把每个焊点都当成作品', BODY].join('\n'))
    expect(piece.title).toBe('我把每个焊点都当成作品')
    expect(piece.kicker).toBe('全国劳动模范、青禾汽车公司焊装车间技师林大海:')
    expect(piece.workers.map((w) => w.name)).toContain('林大海')
  })

  it('does not take a dash inside a company name for a subtitle', () => {
    const piece = parseNewspaperText(['一汽—青禾公司的老技师', BODY].join('\n'))
    expect(piece.title).toBe('一汽—青禾公司的老技师')
    expect(piece.subtitle).toBeNull()
  })

  it('does not take a site slogan or a date and toolbar line as the kicker', () => {
    const piece = parseNewspaperText(['青禾职工的网上家园', '2025-10-23 收藏 打印 关闭', '青禾职工技能大赛落幕', BODY].join('\n'))
    expect(piece.title).toBe('青禾职工技能大赛落幕')
    expect(piece.kicker).toBeNull()
  })
})

describe('class 5: bylines at the end', () => {
  it('reads 采访整理 and 读者 closing the text', () => {
    expect(bylineAtEnd('这就是我的故事。(本报记者 王小吟采访整理)')?.line.bylines.map((b) => b.name)).toEqual(['王小吟'])
    expect(bylineAtEnd('希望工会能帮帮我们。读者 薛小玲')?.line.bylines.map((b) => b.name)).toEqual(['薛小玲'])
  })

  it('takes the photographers standing alone under the text as bylines after the writer', () => {
    const piece = parseNewspaperText(['致敬每一位劳动者', '□ 记者 陆新', BODY, '', '林小梅 摄', '', '卢小俊 摄'].join('\n'))
    expect(piece.bylines).toEqual([
      { role: '记者', name: '陆新' },
      { role: '摄影', name: '林小梅' },
      { role: '摄影', name: '卢小俊' },
    ])
  })
})

describe('class 6: workers', () => {
  const names = (t: string) => extractWorkers(t).map((w) => w.name)
  it('reads the name after a city honour and a job', () => {
    expect(names('今年的市劳模、青禾晚报记者张小姝，用切身体会讲述了媒体人的责任。')).toEqual(['张小姝'])
    expect(names('青禾市劳模、焊接班长吕小朝带领班组攻克难题。')).toEqual(['吕小朝'])
  })
  it('does not take a fragment of a collective for a person', () => {
    expect(names('大会表彰了先进个人和集体。')).toEqual([])
  })
})

describe('class 7: furniture is no section heading', () => {
  it('drops a paper group line, a picture note and a reader prompt', () => {
    const piece = parseNewspaperText(['青禾劳模风采', '', BODY, '', '青禾日报报业集团主办', '', BODY.replace('二十', '三十'), '', '(资料图片) 【新闻特写】', '', BODY.replace('二十', '四十'), '', '我知道了 A04:民生/影像', '', BODY.replace('二十', '五十')].join('\n'))
    expect(piece.sections).toEqual([])
  })
})

describe('class 4 and 7: a short line between paragraphs', () => {
  const para = (n: string) => `青禾机械公司的${n}车间里，职工们围坐在一起，听劳模讲述多年来攻克技术难题、带徒传艺的经历，现场气氛热烈。`
  it('takes a person doing something for a caption, not a heading, without blank lines around it', () => {
    const piece = parseNewspaperText(['青禾劳模故事会举行', para('一'), '全国劳动模范林小华讲述自己的故事', para('二')].join('\n'))
    expect(piece.captions).toEqual(['全国劳动模范林小华讲述自己的故事'])
    expect(piece.sections).toEqual([])
  })

  it('joins a short label and its heading line across one blank line', () => {
    const piece = parseNewspaperText(['青禾劳模故事会举行', '', para('一'), '', '烟火气息', '', '口述史让劳模回归个体', '', para('二')].join('\n'))
    expect(piece.sections).toEqual(['烟火气息 口述史让劳模回归个体'])
  })
})

describe('class 5 and 6: glued bylines, a spaced name, honours before a job', () => {
  it('reads reporters glued to the start of the text', () => {
    const piece = parseNewspaperText(['青禾劳动者之歌唱响', '青禾日报客户端记者马小礼通讯员李偲“伟大的时代，奋斗的人民……”饱含深情的旋律在报告厅中回荡，青禾市总工会主题活动举行。'].join('\n'))
    expect(piece.bylines.map((b) => [b.role, b.name])).toEqual([
      ['记者', '马小礼'],
      ['通讯员', '李偲'],
    ])
    expect(piece.source.publication).toBeNull()
  })

  it('reads a spaced two-character name in brackets under the last paragraph', () => {
    const piece = parseNewspaperText(['劳模受到接见', '在“五一”到来之际，市领导接见了青禾市的省劳模代表，集团董事长许小根作为省劳动模范出席。', '(王 芩)'].join('\n'))
    expect(piece.bylines.map((b) => b.name)).toEqual(['王芩'])
    expect(piece.workers.map((w) => w.name)).toEqual(['许小根'])
  })

  it('reads a name after honours and a job without a verb after it, but no conjunction', () => {
    const names = (t: string) => extractWorkers(t).map((w) => w.name)
    expect(names('全国交通技术能手、自治区五一劳动奖章获得者、青禾公交公司驾驶员李小鹏声情并茂地讲述着自己的故事。')).toEqual(['李小鹏'])
    expect(names('辖区各级劳模工匠和先进人物代表50余人欢聚一堂。')).toEqual([])
  })
})

describe('class 1: furniture above the headline', () => {
  it('skips an e-paper strip of the page headlines, view counters, a photo credit line and a hyphenated byline', () => {
    const piece = parseNewspaperText(
      ['第A0003版:新闻·现场', '· 那些闪光的名字', '· 想在大赛上露一手', '· 他们拨动你的心弦', '收藏 打印 推荐', '0浏览 评论0', '青禾工会微信公众号 图', '那些闪光的名字', '青禾日报-青禾网记者 林小川', '', BODY].join('\n'),
    )
    expect(piece.title).toBe('那些闪光的名字')
    expect(piece.bylines.map((b) => b.name)).toEqual(['林小川'])
    expect(piece.source.page).toBe('A03')
  })
})

describe('a site header with today and hours counted with 个', () => {
  it("takes neither a site's today line for the headline nor its date for the issue", () => {
    const piece = parseNewspaperText(['今天是 2026年1月26日 星期一', '青禾劳模走进车间', BODY].join('\n'))
    expect(piece.title).toBe('青禾劳模走进车间')
    expect(piece.source.date).toBeNull()
  })
})
