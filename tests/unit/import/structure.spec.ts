// Page layout: headline and subtitle wherever extraction put them, split headings, spaced-out
// Chinese, stray fragments, captions, cut sentences — one fixture per trait.
import { describe, expect, it } from 'vitest'

import { ImportError } from '../../../src/import/errors'
import { parseNewspaperText } from '../../../src/import/index'
import { paragraphsOf, parseFixture } from './helpers'

describe('headline and subtitle', () => {
  it('finds the headline after a lead that extraction put first, and keeps the lead as lead', () => {
    const piece = parseFixture('lead-before-headline.txt')
    expect(piece.title).toBe('同心筑梦 携手奋进')
    expect(piece.subtitle).toBe('江岸市总工会2024年工作回眸')
    expect(piece.lead).toHaveLength(2)
    expect(piece.lead[0]).toMatch(/^全市职工书屋达到320家/)
  })

  it('takes the dash off a subtitle', () => {
    expect(parseFixture('captions.txt').subtitle).toBe('临江市总工会开展“送温暖”活动侧记')
  })

  it('reads a second short line under the headline as the subtitle when it has no dash', () => {
    const piece = parseFixture('subtitle-no-dash.txt')
    expect(piece.title).toBe('北湖起航 匠心筑梦')
    expect(piece.subtitle).toBe('北湖区总工会2024年度工作综述')
  })

  it('finds a headline printed after the first section, by its subtitle and byline', () => {
    const piece = parseFixture('headline-after-sections.txt')
    expect(piece.title).toBe('智慧工会 让服务“一键直达”')
    expect(piece.subtitle).toBe('云岭市总工会数字化建设纪实')
    expect(piece.sections).toEqual(['数字赋能 服务更加精准', '线下阵地 服务更有温度'])
    expect(paragraphsOf(piece)).toHaveLength(3)
  })

  it('never refuses a text for want of a headline: the first sentence stands in, with a warning', () => {
    const piece = parseFixture('no-headline.txt')
    expect(piece.title).toBe('全市工会组织开展了形式多样的职工文化活动')
    expect(piece.warnings[0]?.en).toBe('no headline marked: took 「全市工会组织开展了形式多样的职工文化活动」 as the headline; check it')
    expect(piece.paragraphs).toBe(3)
  })
})

describe('section headings', () => {
  it('joins a heading split over two lines, and one broken into fragments', () => {
    expect(parseFixture('split-headings.txt').sections).toEqual(['技能比武 点燃创新引擎', '守护职工健康'])
  })

  it('reads a heading behind a bullet without the bullet', () => {
    const piece = parseNewspaperText('# 标题一行\n\n■ 凝心铸魂 让思想引领有声有色\n\n全市工会开展宣讲300场。\n')
    expect(piece.sections).toEqual(['凝心铸魂 让思想引领有声有色'])
  })

  it('keeps the clause space of headings and titles and drops spaces extraction added', () => {
    const piece = parseFixture('spaced-chinese.txt')
    expect(piece.title).toBe('三年深耕结硕果 工会服务暖人心')
    expect(paragraphsOf(piece)[0]).toBe('三年来,柳川区总工会始终把职工群众的冷暖挂在心上,一件件实事办到了职工心坎上。')
    expect(paragraphsOf(piece)[3]).toBe('Excel 技能培训和 Python 入门课程深受青年职工欢迎。')
  })
})

describe('debris', () => {
  it('drops stray fragments: rare glyphs, column-rule scraps, lone characters, ornaments', () => {
    const piece = parseFixture('stray-fragments.txt')
    expect(piece.sections).toEqual([])
    expect(piece.captions).toEqual([])
    expect(paragraphsOf(piece)).toEqual([
      '白沙市总工会坚持以职工为中心,推动各项工作提质增效,全年走访企业860家。',
      '全市工会帮助职工解决实际困难1400余件,职工满意度达到98.5%。',
      '市总工会还组织开展“最美职工”评选,推选出先进典型30名。',
    ])
  })

  it('says which fragments it dropped, so an editor can check them', () => {
    expect(parseFixture('stray-fragments.txt').warnings.map((w) => w.en)).toEqual(['dropped 4 stray fragment(s): 「炇」 「|续贡献」 「会」 「鍄鑷」'])
  })

  it('drops the sponsor banner above the headline and keeps it as the organisation', () => {
    const piece = parseFixture('review-with-plans.txt')
    expect(piece.title).toBe('奋斗五年 砥砺前行')
    expect(piece.organizations[0]).toBe('石门县总工会')
  })
})

describe('captions', () => {
  it('reads ▲ and ▶ captions without their mark, bare captions where pictures were, and a caption credit', () => {
    const piece = parseFixture('captions.txt')
    expect(piece.captions).toEqual([
      '市总工会慰问组走进环卫工人休息点送上棉衣',
      '慰问组在港区码头为一线装卸工人送上节日慰问品',
      '工会干部为户外劳动者送上热姜茶',
      '临江火车站工会志愿服务点',
      '困难职工家庭收到慰问品后表示感谢',
    ])
    expect(piece.sections).toEqual(['冬日暖阳 关爱送到心坎上', '节日坚守 服务不打烊'])
    expect(piece.blocks.find((b) => b.type === 'caption' && b.text.includes('热姜茶'))).toMatchObject({ credit: '庞乐' })
  })

  it('reads the captions collected after a closing byline', () => {
    expect(parseFixture('byline-end.txt').captions).toEqual(['职工书屋揭牌仪式', '职工文化活动现场'])
  })

  it('takes the photographer out of a caption', () => {
    const piece = parseFixture('feature-story.txt')
    expect(piece.captions).toEqual(['郝建平在检修现场指导青年员工'])
    expect(piece.blocks.at(-1)).toMatchObject({ type: 'caption', credit: '贺一鸣' })
  })
})

describe('paragraphs', () => {
  it('joins lines cut mid-sentence, across a blank line and a date line that landed inside', () => {
    expect(paragraphsOf(parseFixture('cut-lines.txt'))).toEqual([
      '清晨六点,东湖街道户外劳动者服务站的灯已经亮起,环卫工人、快递小哥陆续走进来,喝上一口热水,歇一歇脚。',
      '站长孙丽介绍,服务站建成两年来累计服务户外劳动者1.8万人次,成为名副其实的“暖心驿站”。',
      '“有了这个站点,我们再也不怕刮风下雨了。”快递员陶志远说。',
    ])
  })

  it('joins a paragraph cut into short lines without blank lines between them', () => {
    const piece = parseNewspaperText('# 小站温暖\n\n全市工会今年\n新建职工驿站\n120个,服务职工\n5万人次。\n')
    expect(paragraphsOf(piece)).toEqual(['全市工会今年新建职工驿站120个,服务职工5万人次。'])
    expect(piece.sections).toEqual([])
  })

  it('reads paragraphs indented with full-width spaces', () => {
    const piece = parseNewspaperText('# 职工书屋里的读书声\n\u3000\u3000职工书屋开放以来，\n吸引了众多职工。\n\u3000\u3000每到周末，书屋座无虚席。\n')
    expect(paragraphsOf(piece)).toEqual(['职工书屋开放以来，吸引了众多职工。', '每到周末，书屋座无虚席。'])
  })
})

describe('text copied from an e-paper', () => {
  it('reads indented paragraphs, unmarked headings, 图为 captions, the masthead and credits without colon', () => {
    const piece = parseFixture('epaper-indented.txt')
    expect(piece).toMatchObject({
      title: '职工技能大赛圆满落幕',
      subtitle: null,
      bylines: [
        { role: '记者', name: '章远' },
        { role: '通讯员', name: '包晓' },
      ],
      source: { publication: '东江日报', page: '6', date: '2024-12-30' },
      credits: [{ role: '责编', name: '蒋一帆' }],
      sections: ['技能比武赛出风采', '以赛促学提升本领'],
      captions: ['图为焊工项目比赛现场'],
      paragraphs: 4,
    })
    // The print dateline 本报讯 goes; the page jump (下转第3版) is dropped.
    expect(paragraphsOf(piece)[0]).toMatch(/^11月20日，为期三天/)
    expect(JSON.stringify(piece.blocks)).not.toMatch(/下转/)
    expect(piece.figures.map((f) => `${f.label}:${f.value}${f.unit}`)).toEqual(['企业:86家', '选手:1200名', '本届大赛共设竞赛项目:18个', '比赛总奖金:500000元'])
  })

  it('reads a subtitle without dash under a marked headline', () => {
    const piece = parseNewspaperText('# 匠心筑梦\n北湖区总工会2024年工作回眸\n记者 邹晓峰\n\n全区工会服务职工3万人次。\n')
    expect(piece).toMatchObject({ title: '匠心筑梦', subtitle: '北湖区总工会2024年工作回眸', bylines: [{ role: '记者', name: '邹晓峰' }] })
  })
})

describe('kind', () => {
  it('files reviews under yearly-reviews with their period, and features under articles', () => {
    expect(parseFixture('lead-before-headline.txt')).toMatchObject({ collection: 'yearly-reviews', period: { firstYear: 2024, lastYear: 2024 } })
    expect(parseFixture('review-with-plans.txt')).toMatchObject({ collection: 'yearly-reviews', period: { firstYear: 2020, lastYear: 2024 } })
    expect(parseFixture('feature-story.txt').collection).toBe('articles')
    expect(parseFixture('masthead-credits.txt').collection).toBe('articles')
    expect(parseFixture('feature-story.txt').period).toBeNull()
  })

  it('reads next-period plans with their targets at the end of a review', () => {
    const piece = parseFixture('review-with-plans.txt')
    expect(piece.plans.map((p) => p.name)).toEqual(['实施职工素质提升工程', '实施职工服务阵地建设工程', '实施困难职工帮扶工程'])
    expect(piece.plans[0]!.targets).toEqual([
      { label: '每年培训职工', value: 10000, unit: '人次' },
      { label: '新增高技能人才', value: 500, unit: '名' },
    ])
    expect(piece.figures.filter((f) => f.target).map((f) => f.value)).toEqual([10000, 500, 30, 90])
  })

  it('can be told the kind instead of guessing it', () => {
    expect(parseNewspaperText('# 一年来的答卷\n\n全市工会服务职工。\n', { collection: 'articles' }).collection).toBe('articles')
  })
})

describe('bad input and size', () => {
  it('refuses text without body paragraphs', () => {
    expect(() => parseNewspaperText('# 只有标题\n')).toThrow(/no body text/)
    expect(() => parseNewspaperText('# 只有标题\n\n责任编辑：某某\n')).toThrow(/no body text/)
  })

  it('keeps a page of short lines as paragraphs, with a warning, rather than refusing it', () => {
    // A results notice: every line is short, a heading or a scrap by its form, none running text.
    const piece = parseNewspaperText('全省职工书画展开幕\n\n一等奖\n\n《春到车间》\n\n二等奖\n\n《焊花》\n')
    expect(piece.title).toBe('全省职工书画展开幕')
    expect(paragraphsOf(piece)).toEqual(['一等奖', '《春到车间》', '二等奖', '《焊花》'])
    expect(piece.warnings.map((w) => w.en)).toContain('no running text found: kept 4 short line(s) as paragraphs; check them')
  })

  // A 10 MB paste must not hang the importer. Measured by growth, not by a wall-clock limit (the
  // machine may be busy): four times the text may take about four times as long, not sixteen (a
  // quadratic step).
  it('parses a 10 MB text, the time growing with its length (not with its square)', () => {
    const page = '凝心铸魂 让思想引领有声有色\n\n全市工会开展宣讲1767场，服务职工5.2万人，发放互助金1.9亿元。\n\n▲ 宣讲现场\n\n'
    const text = (megabytes: number) => '# 一年来的答卷\n\n' + page.repeat(Math.ceil((megabytes * 1024 * 1024) / Buffer.byteLength(page)))
    const timed = (megabytes: number) => {
      const started = performance.now()
      const piece = parseNewspaperText(Buffer.from(text(megabytes), 'utf8'))
      return { piece, ms: performance.now() - started }
    }
    timed(0.5) // warm-up: compile the parser's paths first
    const small = timed(2.5)
    const large = timed(10)
    expect(large.piece.paragraphs).toBeGreaterThan(50_000)
    expect(large.ms / small.ms).toBeLessThan(8)
  }, 120_000)
})

describe('a copied body without a headline (batch 19)', () => {
  it('does not take a section heading under a full first paragraph as the headline', () => {
    const piece = parseNewspaperText(
      [
        '岭南春来早,奋进正当时。3月13日,2023年度青禾最美职工学习典型发布,10名扎根一线的职工入选,以自身先进事迹弘扬劳模精神、劳动精神、工匠精神。',
        '重温“青禾最美职工”先进事迹',
        '12年来零投诉的“快递小哥”、扎根山区教育的语文老师,他们在平凡岗位上书写了不平凡。',
        '“每个快递客户的需求都不同,合理的要求我们一定满足。”周小洪说。',
      ].join('\n'),
    )
    expect(piece.sections).toEqual(['重温“青禾最美职工”先进事迹'])
    expect(piece.title).not.toBe('重温“青禾最美职工”先进事迹')
  })
})

describe('short labels in a file without blank lines (batch 21)', () => {
  it('keeps a scene line and contest labels apart from the paragraphs under them', () => {
    const piece = parseNewspaperText(
      [
        '青禾县职工职业技能竞赛闭幕',
        '青禾网12月3日讯(陈小曼)2022年青禾县职工职业技能竞赛于12月3日下午顺利闭幕,参赛人数超80人。',
        '闭幕式活动现场',
        '本次竞赛以“建功十四五”为主题,设电工、焊工两个工种。',
        '电工决赛',
        '焊工决赛',
        '“参加本次职业技能竞赛,是我展示自己技能的好机会。”一名选手说。',
        '合影留念',
      ].join('\n'),
    )
    const texts = piece.blocks.map((b) => b.text)
    expect(texts).toContain('本次竞赛以“建功十四五”为主题,设电工、焊工两个工种。')
    expect(texts.some((t) => t.startsWith('闭幕式活动现场本次'))).toBe(false)
    expect(piece.captions).toEqual(expect.arrayContaining(['闭幕式活动现场', '合影留念']))
  })
})

describe('headings left alone between paragraphs (batch 23)', () => {
  it('keeps a short line without a stop apart from the paragraph under it, as its heading', () => {
    const piece = parseNewspaperText(
      [
        '青禾县总工会开展“送万福进万家”活动',
        '',
        '新春将至,年味渐浓。近日,青禾县总工会正式启动“送万福进万家”系列活动,为职工送去新春祝福。',
        '',
        '示范引领,双线送福精准发力',
        '',
        '县总工会聚焦职工需求,4000份福字和春联通过线上线下两条线送到一线职工手中,覆盖全县各个行业。',
        '',
        '劳模分享“劳动创造幸福”',
        '',
        '与此同时,青禾区总工会也举办了“致敬新时代奋斗者”主题活动,劳模代表分享了自己的奋斗故事。',
      ].join('\n'),
    )
    expect(piece.sections).toEqual(['示范引领,双线送福精准发力', '劳模分享“劳动创造幸福”'])
    expect(paragraphsOf(piece).some((p) => p.startsWith('示范引领') || p.startsWith('劳模分享'))).toBe(false)
  })
})

describe('a heading with a photo\'s gap around it (batch 23)', () => {
  it('reads a slogan line set apart by blank lines as a heading, and a line showing work as a caption', () => {
    const lead = '全会听取审议了市总工会常委会工作报告,代表们认真听取报告,不时低下头用笔勾画圈点。'
    const more = '在工会“报、网、端、微”等宣传阵地开设专题专栏100个,宣传报道7500余篇次,营造了浓厚氛围。'
    const piece = parseNewspaperText(['青禾市总工会召开全委会', '', lead, '', '', '硕果累累看数据掌声阵阵动人心', '', '', more, '', '', '职工在车间里操作数控机床', '', '', lead].join('\n'))
    expect(piece.sections).toEqual(['硕果累累看数据掌声阵阵动人心'])
    expect(piece.captions).toEqual(['职工在车间里操作数控机床'])
  })
})
