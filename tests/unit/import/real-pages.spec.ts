// Layouts met on real pages from other papers (issue 15), each in an invented fixture of the same
// shape: reader and repost furniture, headlines that lead no anchor to them, kickers and wrapped
// headlines, bylines cut over two lines, workers named without an honour verb, captions without a
// mark, measure words of union texts.
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { parseNewspaperText, type ParsedPiece } from '../../../src/import/index'
import { looksLikeName } from '../../../src/import/text'

const parse = (name: string): ParsedPiece => parseNewspaperText(fs.readFileSync(path.join(__dirname, 'fixtures', name)), { file: name })
const paragraphs = (piece: ParsedPiece): string[] => piece.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))
const units = (piece: ParsedPiece) => piece.figures.map((f) => `${f.value}${f.unit}`)

describe('e-paper reader furniture', () => {
  const piece = parse('epaper-reader.txt')

  it('reads the page and date of a masthead line with a trailing colon, and the paper from 数字报纸', () => {
    expect(piece.source).toEqual({ publication: '河湾日报', page: '03', date: '2026-01-06' })
  })

  it('takes the bullet and the 【series banner】 off the headline, keeping the banner as kicker', () => {
    expect(piece.title).toBe('河湾市总工会开展“技能进万家”活动送出培训课程3200节')
    expect(piece.kicker).toBe('奋进新征程·劳动者之歌')
  })

  it('leaves date labels, page numbers, footers and 责任编辑 out of the body and keeps the editor as credit', () => {
    expect(piece.paragraphs).toBe(2)
    expect(piece.sections).toEqual([])
    expect(piece.captions).toEqual([])
    expect(piece.credits).toEqual([{ role: '责编', name: '孟书言' }])
  })

  it('reads bylines whose roles ran together inside the brackets', () => {
    expect(piece.bylines).toEqual([
      { role: '记者', name: '柯明远' },
      { role: '通讯员', name: '薛芷青' },
    ])
  })

  it('reads 双, 本, 种 and 字 as measure words', () => {
    expect(units(piece)).toEqual(expect.arrayContaining(['12000双', '600本', '12种', '80000字']))
  })
})

describe('a WeChat repost', () => {
  const piece = parse('wechat-repost.txt')

  it('joins a headline wrapped onto a second line instead of reading a subtitle', () => {
    expect(piece.title).toBe('市总工会召开2025年工作总结及2026年工作谋划会')
    expect(piece.subtitle).toBeNull()
  })

  it('dates the piece by the repost source line, not by the WeChat header', () => {
    expect(piece.source).toEqual({ publication: '柳岸工人报', page: '02', date: '2025-12-31' })
  })

  it('reads a byline cut over two lines and keeps the fragment out of the title', () => {
    expect(piece.bylines).toEqual([{ role: '记者', name: '祁远舟' }])
    expect(piece.blocks[0]).toMatchObject({ type: 'paragraph', text: expect.stringMatching(/^12月29日,柳岸市总工会/) })
  })

  it('finds workers named by role: a studio head and a role naming two', () => {
    expect(piece.workers.map((w) => w.name)).toEqual(['闻一川', '骆青山', '骆青禾'])
  })

  it('drops the repost header and the 阅读 / 在看 counters', () => {
    expect(JSON.stringify(piece.blocks)).not.toMatch(/文摘|阅读|在看/)
  })
})

describe('headline, kicker and deck', () => {
  it('reads a slogan above the headline as kicker', () => {
    const piece = parse('headline-pairs.txt')
    expect(piece).toMatchObject({ title: '白石区总工会举办焊工技能比武', kicker: '争做新时代技能标兵', subtitle: null })
  })

  it('reads a plain second line under a headline as its subtitle', () => {
    const piece = parseNewspaperText('青岭市总工会召开全委会\n2026年服务职工实事项目发布\n\n本报讯(记者 甘小棠)1月8日,青岭市总工会召开全委会,发布实事项目10项。\n')
    expect(piece).toMatchObject({ title: '青岭市总工会召开全委会', subtitle: '2026年服务职工实事项目发布', kicker: null })
  })

  it('splits a —— subtitle printed on the headline line', () => {
    const piece = parse('head-caption.txt')
    expect(piece.title).toBe('匠心守护万家灯火')
    expect(piece.subtitle).toBe('记白石供电公司带电作业班')
  })

  it('takes 原标题 as the headline', () => {
    const piece = parseNewspaperText('原标题:职工书屋开进工地\n\n本报讯 青岭市总工会在地铁工地建成职工书屋3家,配送图书2000余册。\n')
    expect(piece.title).toBe('职工书屋开进工地')
  })

  it('takes a long first line of a web page as headline, with a warning to check it', () => {
    const piece = parseNewspaperText('工运早知道丨青岭市总工会走访慰问一线环卫工人;白石区总工会开展职工义诊活动\n1月9日,青岭市总工会走访慰问一线环卫工人120名。\n白石区总工会组织医生为职工义诊,服务职工300余人次。\n')
    expect(piece.title).toBe('青岭市总工会走访慰问一线环卫工人;白石区总工会开展职工义诊活动')
    expect(piece.kicker).toBe('工运早知道')
    expect(piece.warnings[0]?.en).toMatch(/^no headline marked: took 「青岭市总工会/)
  })
})

describe('captions without a mark', () => {
  it('reads a short sentence under the headline, before a longer paragraph, as a photo caption', () => {
    const piece = parse('head-caption.txt')
    expect(piece.captions).toEqual(['带电作业班职工在百米高空检修线路'])
    expect(piece.paragraphs).toBe(2)
  })

  it('keeps a short one-sentence lead that is not followed by a longer paragraph as text', () => {
    const piece = parseNewspaperText('# 职工书屋开放\n\n青岭市职工书屋今日开放。\n\n书屋藏书5000册。\n')
    expect(piece.captions).toEqual([])
    expect(piece.paragraphs).toBe(2)
  })
})

describe('profiles', () => {
  const piece = parse('profiles.txt')

  it('reads `姓名：` over a heading line as one section heading', () => {
    expect(piece.sections).toEqual(['骆海川:把每一道焊缝当作作品', '甘秀禾:职工的事就是我的事'])
  })

  it('names the subjects of 【人物档案】 as workers', () => {
    expect(piece.workers.map((w) => w.name)).toEqual(['骆海川', '甘秀禾'])
  })
})

describe('bylines at the end of a news item', () => {
  it('reads a closing byline in brackets and takes it off the paragraph', () => {
    const piece = parseNewspaperText('# 白石区举办职工运动会\n\n白石区总工会举办职工运动会,23家企业的600名职工参赛。(记者甘小棠 通讯员骆一帆)\n')
    expect(piece.bylines).toEqual([
      { role: '记者', name: '甘小棠' },
      { role: '通讯员', name: '骆一帆' },
    ])
    expect(piece.blocks[0]).toMatchObject({ text: '白石区总工会举办职工运动会,23家企业的600名职工参赛。' })
  })
})

describe('a forum repost with web debris', () => {
  const piece = parse('web-debris.txt')

  it('drops a poster box of `标签：值` lines, a repeated banner and login names instead of reading captions or headings', () => {
    expect(piece.title).toBe('河湾市职工技能节在高新区开幕')
    expect(piece.captions).toEqual([])
    expect(piece.sections).toEqual([])
  })

  it('drops anti-copy noise between and after paragraphs', () => {
    const text = paragraphs(piece).join('\n')
    expect(text).not.toMatch(/k3P#x9|Qz7&mR2/)
    expect(paragraphs(piece)[0]).toMatch(/同台竞技。$/)
  })

  it('drops the list of links under 相关阅读', () => {
    expect(paragraphs(piece).at(-1)).toBe('市总工会有关负责人表示,将持续开展技能竞赛,培养更多高技能人才。')
  })

  it('keeps the entries of a list introduced by a colon as lines of text, none of them a heading', () => {
    expect(paragraphs(piece)).toEqual(expect.arrayContaining(['河湾重工集团有限公司焊工秦立川', '河湾机床厂数控车工尚子衡', '河湾供电公司变电检修班电工班组']))
  })

  it('names the people of such a list as workers, with the honour its introduction quotes', () => {
    const named = piece.workers.filter((w) => w.kind === 'individual').map(({ name, honors }) => ({ name, honors }))
    expect(named).toEqual([
      { name: '秦立川', honors: ['河湾市技术能手'] },
      { name: '尚子衡', honors: ['河湾市技术能手'] },
    ])
    expect(piece.workers.find((w) => w.kind === 'collective')).toMatchObject({ name: '河湾供电公司变电检修班电工班组', employer: '河湾供电公司' })
  })
})

describe('section headings by their form', () => {
  const piece = parse('headings-by-form.txt')

  it('reads 【】 and ■ headings, and a short label glued over the heading line as one heading', () => {
    expect(piece.sections).toEqual(['年度回顾', '服务职工', '2026工作谋划 稳中求进,守正创新'])
  })

  it('takes neither a short line above the lead nor a long unshaped line for a heading', () => {
    expect(paragraphs(piece)).toContain('市总工会主要负责同志对参会人员的发言逐一作了点评并提出明确要求')
    expect(piece.warnings.map((w) => w.en).join(' ')).toMatch(/关于河湾/)
  })
})

describe('captions by the gap the photo left', () => {
  const piece = parse('captions-by-gap.txt')

  it('reads a line with the photo gap above and below it as a caption, not a heading', () => {
    expect(piece.captions).toEqual(['职工在书屋里挑选图书'])
    expect(piece.sections).toEqual([])
  })

  it('drops the titles of other articles under a closing byline instead of reading captions', () => {
    expect(piece.bylines).toEqual([{ role: '记者', name: '穆青禾' }])
    expect(piece.warnings.map((w) => w.en).join(' ')).toMatch(/全市百名劳模进校园宣讲/)
  })
})

describe('surnames', () => {
  it('knows 洪 and 赖 as surnames, and 洪水 as no name', () => {
    expect(['洪家光', '赖秋生', '洪水'].map(looksLikeName)).toEqual([true, true, false])
  })
})

describe('a kicker and a headline that are both plain statements', () => {
  it('takes the short statement of the result for the headline and the long line of who did what above it for the kicker', () => {
    const piece = parseNewspaperText(
      '河湾市总工会联合市人社局发布第二批“河湾工匠”名单\n十二名一线职工获评“河湾工匠”\n本报讯 日前,河湾市总工会联合市人社局发布第二批“河湾工匠”名单,十二名一线职工入选。\n名单中既有焊工、电工,也有新业态劳动者。\n',
    )
    expect(piece.title).toBe('十二名一线职工获评“河湾工匠”')
    expect(piece.kicker).toBe('河湾市总工会联合市人社局发布第二批“河湾工匠”名单')
    expect(piece.subtitle).toBeNull()
  })
})

describe('photo captions told by their credits', () => {
  const piece = parse('photo-series.txt')

  it('takes lines ending with a photographer\'s credit, or over a credit line, as captions, credit removed', () => {
    expect(piece.captions).toEqual([
      '3月18日,白石区代表队队员在拔河比赛中奋力向后。',
      '3月18日,参赛职工在集体跳绳比赛中整齐起跳。',
      '东湖区代表队的女职工展示自编健身操。',
    ])
    expect(piece.paragraphs).toBe(2)
  })

  it('reads a photo news item\'s one credited paragraph as its photo\'s caption, credited to its photographer', () => {
    const news = parseNewspaperText(
      '# 青岭港职工技能比武\n\n4月2日,青岭港举行桥吊司机技能比武,32名选手比拼精准吊装。比赛设理论和实操两个环节,前三名将获评港口技术能手。 蓝以宁 摄\n',
    )
    expect(news.captions).toEqual(['4月2日,青岭港举行桥吊司机技能比武,32名选手比拼精准吊装。比赛设理论和实操两个环节,前三名将获评港口技术能手。'])
    expect(news.blocks).toEqual([expect.objectContaining({ type: 'caption', credit: '蓝以宁' })])
    expect(news.paragraphs).toBe(0)
    expect(news.bylines).toEqual([{ role: '摄影', name: '蓝以宁' }])
  })

  it('keeps a short first sentence of the lead with a clause in it as text, not a caption', () => {
    const lead = parseNewspaperText(
      '# 新春寄语\n\n在新的一年里,我们再次出发。\n\n过去一年,青岭市总工会围绕职工所需开展服务,建成职工驿站26家,为一线职工办实事40件,帮助困难职工家庭解决就医、就学难题,受到广泛好评。\n',
    )
    expect(lead.captions).toEqual([])
  })

  it('does not read a web page\'s links at its end as captions', () => {
    const page = parseNewspaperText(
      '# 职工书屋进工地\n\n青岭市总工会在地铁工地建成职工书屋3家,配送图书2000余册,方便一线职工工余阅读。\n\n\n青岭工会微信\n\n\n青岭工会微博\n\n\n青岭工会客户端\n',
    )
    expect(page.captions).toEqual([])
  })
})
