// The masthead: publication (the English name is debris), page, issue date in both printed forms,
// special-section banners (debris) and editorial credits.
import { describe, expect, it } from 'vitest'

import { findDate, parseCredits, parseMasthead } from '../../../src/import/masthead'
import { parseNewspaperText } from '../../../src/import/index'
import { parseFixture } from './helpers'

describe('dates', () => {
  it('reads 号 for 日 on a date line, and the day of an outlet’s dateline printed with its year', () => {
    expect(findDate('2021年04月19号')).toMatchObject({ year: 2021, month: 4, day: 19 })
    expect(findDate('第19号文件')).toBeNull()
    const body = '今天下午，青禾市总工会举行劳模工匠宣讲报告会，五位劳模讲述了自己的故事。'
    expect(parseNewspaperText(['劳模工匠宣讲报告会举行', '2021年04月19号', body].join('\n')).source.date).toBe('2021-04-19')
    expect(parseNewspaperText(['劳模工匠宣讲报告会举行', `青禾网福建连城2021年6月16日电(周小胜、童小燕)${body}`].join('\n')).source.date).toBe('2021-06-16')
    // Without its year the dateline dates nothing.
    expect(parseNewspaperText(['劳模工匠宣讲报告会举行', `青禾网连城6月16日电(周小胜、童小燕)${body}`].join('\n')).source.date).toBeNull()
  })

  it('reads 2025.1.7, 2025年1月7日 and 二〇二五年十二月', () => {
    expect(findDate('2025.1.7 星期二')).toMatchObject({ year: 2025, month: 1, day: 7 })
    expect(findDate('2024年12月30日 星期一')).toMatchObject({ year: 2024, month: 12, day: 30 })
    expect(findDate('二0二五年十二月')).toMatchObject({ year: 2025, month: 12, day: null })
    expect(findDate('二〇二四年三月二十一日')).toMatchObject({ year: 2024, month: 3, day: 21 })
  })

  it('refuses impossible dates', () => {
    expect(findDate('2025.2.30')).toBeNull()
  })
})

describe('parseCredits', () => {
  it('reads credits with ASCII and full-width colons, several per line', () => {
    expect(parseCredits('编委:方晓 版式:陶然')).toEqual([
      { role: '编委', name: '方晓' },
      { role: '版式', name: '陶然' },
    ])
    expect(parseCredits('责任编辑：袁青　终审：卢振邦')).toEqual([
      { role: '责编', name: '袁青' },
      { role: '终审', name: '卢振邦' },
    ])
  })

  it('is null for ordinary text', () => {
    expect(parseCredits('编委会议:研究部署全年工作')).toBeNull()
  })
})

describe('parseMasthead', () => {
  it('reads publication, page and date lines, and marks the English name as debris', () => {
    expect(parseMasthead('云川日报')).toEqual({ publication: '云川日报' })
    expect(parseMasthead('03')).toEqual({ page: '03' })
    expect(parseMasthead('第A5版：要闻')).toEqual({ page: 'A5' })
    expect(parseMasthead('2026.1.12 星期一')).toMatchObject({ date: { year: 2026, month: 1, day: 12 } })
    expect(parseMasthead('YUNCHUAN DAILY')).toEqual({ debris: true })
    expect(parseMasthead('云川市两会特别报道')).toEqual({ debris: true })
  })

  it('reads a masthead row with the page’s name after its number, spaced, glued or after a colon', () => {
    for (const row of ['云川日报 2026年5月8日 星期五 第3版 要闻', '云川日报　2026年5月8日星期五　第3版要闻', '云川日报 2026年5月8日 第3版：工会新闻']) {
      expect(parseMasthead(row)).toMatchObject({ publication: '云川日报', page: '3', date: { year: 2026, month: 5, day: 8 } })
    }
    // (A page's name is one word after the page: not a sentence.)
    expect(parseMasthead('云川日报 2026年5月8日 第3版 要闻 市总工会召开全委会议')).toBeNull()
  })

  it('is null for headings and running text', () => {
    expect(parseMasthead('奋进新征程 建功新时代')).toBeNull()
    expect(parseMasthead('2025年以来,市总工会以深化产业工人队伍建设改革为主线。')).toBeNull()
  })
})

describe('masthead in a page', () => {
  it('collects publication, page, date and credits and drops banners', () => {
    const piece = parseFixture('masthead-credits.txt')
    expect(piece.source).toEqual({ publication: '江岸工人报', page: '05', date: '2025-01-07' })
    expect(piece.credits).toEqual([
      { role: '编委', name: '卓一鸣' },
      { role: '版式', name: '万晴' },
      { role: '责编', name: '汤可心' },
      { role: '终审', name: '严立民' },
    ])
    expect(piece.sections).toEqual(['岗位送到家门口', '技能培训跟上来'])
    expect(JSON.stringify(piece.blocks)).not.toMatch(/新春特刊|JIANG/)
  })

  it('reads a masthead printed in the middle of the text, with the 2025.1.7 date form', () => {
    const piece = parseFixture('headline-after-sections.txt')
    expect(piece.source).toEqual({ publication: '江城日报', page: '08', date: '2025-01-07' })
  })
})

describe('who published a web copy (batch 19)', () => {
  const source = (text: string) => parseNewspaperText(text).source
  const body = '\n\n4月28日上午，青禾区劳动节表彰大会举行，表彰了一批先进集体和个人。\n\n会上，36名职工获评区五一劳动奖章。\n'

  it('takes the 来源 line when it names a union, a broadcaster or a paper with labels run on after it', () => {
    expect(source(`青禾区表彰劳动模范\n\n发布日期:2017-04-28 来源:青禾区总工会 |${body}`)).toMatchObject({ publication: '青禾区总工会', date: '2017-04-28' })
    expect(source(`青禾区表彰劳动模范\n\n来源:青禾省邮政工会时间:2021-06-29${body}`)).toMatchObject({ publication: '青禾省邮政工会', date: '2021-06-29' })
    expect(source(`青禾区表彰劳动模范\n\n2023-06-28 13:37:24来源:青禾广播电视台编辑:李某${body}`)).toMatchObject({ publication: '青禾广播电视台' })
    expect(source(`青禾区表彰劳动模范\n\n2025年09月27日08:16 來源:青禾網-青禾日報222${body}`)).toMatchObject({ publication: '青禾日報' })
    expect(source(`青禾区表彰劳动模范\n\n来自:青禾日报 作者:要闻 访问量:1267${body}`)).toMatchObject({ publication: '青禾日报' })
  })

  it('reads the reporter after the paper on a 来源 line', () => {
    const piece = parseNewspaperText(`青禾区表彰劳动模范\n\n来源 | 青禾日报 记者 时小建${body}`)
    expect(piece.source.publication).toBe('青禾日报')
    expect(piece.bylines.map((b) => b.name)).toContain('时小建')
  })

  it('names the outlet whose dateline opens the story', () => {
    expect(source(`青禾区表彰劳动模范\n\n青禾网4月29日讯 (记者 薛小玲) 4月28日，青禾区劳动节表彰大会举行。\n`).publication).toBe('青禾网')
    expect(source(`青禾区表彰劳动模范\n\n青禾晚报记者华小迎4月29日报道:28日，青禾区劳动节表彰大会举行。\n`).publication).toBe('青禾晚报')
    expect(source(`青禾区表彰劳动模范\n\n本报讯 4月28日，青禾区劳动节表彰大会举行。\n`).publication).toBeNull()
  })

  it('reads a post\'s account and day, and the title over them under the page\'s buttons', () => {
    const piece = parseNewspaperText(`查看原文\n其他\n\n他们载誉归来!看,这才是我们该追的星\n\n青禾市总工会 青禾工会 2023-10-10${body}\n左右滑动查看\n\n往期推荐\n`)
    expect(piece.title).toBe('他们载誉归来!看,这才是我们该追的星')
    expect(piece.source).toMatchObject({ publication: '青禾工会', date: '2023-10-10' })
    expect(piece.captions).toEqual([])
    expect(piece.blocks.map((b) => b.text).join()).not.toMatch(/往期推荐|左右滑动/)
  })
})

describe('who published a copy, batch 23', () => {
  const body = '\n\n青禾区第二届技能大赛闭幕,来自全区的200余名职工参赛,15名选手获得“技术能手”称号。\n'
  it('names the paper of 本报讯(某某报记者…), of 据《某某报》报道, an app after the time, a paper as author', () => {
    expect(parseNewspaperText(`青禾劳动竞赛启动\n\n本报讯(劳动报记者 庄小周)昨天下午,青禾新媒体工会劳动竞赛启动。\n`).source.publication).toBe('劳动报')
    expect(parseNewspaperText(`94名“青禾工匠”诞生\n\n据《劳动报》报道,时代发展呼唤工匠,社会进步需要工匠。\n`).source.publication).toBe('劳动报')
    expect(parseNewspaperText(`焊花飞舞赛技能\n\n2025-04-22 10:15   海报新闻${body}`).source).toMatchObject({ publication: '海报新闻', date: '2025-04-22' })
    expect(parseNewspaperText(`工匠精神 筑牢经济发展路\n\n作者:青禾经济日报 / 公众号:qhjj发表时间 :2018-05-16${body}`).source).toMatchObject({ publication: '青禾经济日报', date: '2018-05-16' })
  })
})
