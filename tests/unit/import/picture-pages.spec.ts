/**
 * Picture pages (session 14, tuning batch 15): picture items read as their photos' captions, an
 * e-paper's list of captions under the headline, credits under a writer's byline. Every text here
 * is invented for the test; each reproduces a layout trait seen on real pages.
 */
import { describe, expect, it } from 'vitest'

import { parseNewspaperText } from '../../../src/import/index'
import { paragraphsOf } from './helpers'

const BODY =
  '随着天气转暖，青禾市各行各业的建设者加紧施工，近日，记者在城区街道、建设工地和企业车间记录下他们专注忙碌的身影。'
const MORE =
  '清晨六点，青禾湖公园工地的工人已经上工，铺路、栽树、砌墙，繁忙有序。城区道路上，环卫工人驾驶清扫车来回穿梭，车后留下整洁的路面。'

describe('an e-paper’s list of captions under the headline', () => {
  it('reads the short lines between the headline and the text as captions, the dash line as the kicker', () => {
    const piece = parseNewspaperText(
      [
        '2026年03月31日 星期二  返回报网首页 | 版面导航',
        '当前版: 04版 上一版 下一版',
        '在春天的工地上——',
        '他们忙碌的身影最美',
        '药厂生产线上忙碌的女工',
        '一施工工地的钢筋工',
        '在青禾广场工地进行外墙装修的工人',
        '在湖滨路驾驶清扫车的李师傅',
        `  ${BODY}`,
        '',
        `  ${MORE}   文/图   记者 周小伦`,
        '',
        '青禾日报数字报|青禾日报商业版',
        '   第01版:手机版',
        '   第04版:影像',
      ].join('\n'),
    )
    expect(piece.kicker).toBe('在春天的工地上')
    expect(piece.title).toBe('他们忙碌的身影最美')
    expect(piece.subtitle).toBeNull()
    expect(piece.captions).toEqual(['药厂生产线上忙碌的女工', '一施工工地的钢筋工', '在青禾广场工地进行外墙装修的工人', '在湖滨路驾驶清扫车的李师傅'])
    expect(piece.paragraphs).toBe(2)
    // The page in view, not the reader's list of pages; the paper named in the footer; the writer
    // signed after the last sentence.
    expect(piece.source).toEqual({ publication: '青禾日报', page: '04', date: '2026-03-31' })
    expect(piece.bylines).toEqual([{ role: '记者', name: '周小伦' }])
  })

  it('reads one-sentence captions listed after the reader’s labels, and a byline of names run together', () => {
    const piece = parseNewspaperText(
      [
        '当前位置:晚报数字版',
        '冬日里的筑路人',
        '  • 2026年11月24日 作者:',
        '  • 【PDF版】',
        '',
        '    工人站在泥水里工作。',
        '',
        '    吃力地搬起石块。',
        '',
        '    工人正在加工石料。',
        '',
        '    文/片 本报记者马志勇徐乐静',
        '',
        `    ${BODY}`,
        '',
        `    ${MORE}`,
        '',
        '电话 新闻热线:96000   报刊发行:0531-80000000',
      ].join('\n'),
    )
    expect(piece.title).toBe('冬日里的筑路人')
    expect(piece.captions).toEqual(['工人站在泥水里工作', '吃力地搬起石块', '工人正在加工石料'])
    expect(piece.bylines.map((b) => b.name)).toEqual(['马志勇', '徐乐静'])
    expect(piece.paragraphs).toBe(2)
    expect(piece.source.date).toBe('2026-11-24')
  })

  it('keeps short lines of a column-cut text as text', () => {
    const piece = parseNewspaperText(['工地上的春天', '工人们在工地上', '忙着铺路栽树，', '清扫车在路上', '来回穿梭，留下', '整洁的路面。'].join('\n'))
    expect(piece.captions).toEqual([])
  })
})

describe('picture items', () => {
  it('reads an item of several paragraphs closed by 图为… as its story and the photo’s caption, and its photographers as bylines', () => {
    const piece = parseNewspaperText(
      [
        '青禾工人日报 数字报纸',
        '',
        '00003版:职业·教育',
        '',
        '青禾“鲁班”赛技能',
        '',
        '  近日，青禾市的一处建筑工地上，来自全市7支代表队的28名木工举行了一场手工木工技能竞赛。',
        '',
        '  竞赛分理论考试和实操比赛。经过激烈角逐，来自青禾建工集团的程小群夺得桂冠。',
        '',
        '  图为比赛场景。',
        '',
        '  毛小阳、姚小磊 摄影报道',
      ].join('\n'),
    )
    // The story told above the photo is the item's text; `图为…` is what the photo shows.
    expect(piece.captions).toEqual(['图为比赛场景。'])
    expect(paragraphsOf(piece)).toEqual(['近日，青禾市的一处建筑工地上，来自全市7支代表队的28名木工举行了一场手工木工技能竞赛。竞赛分理论考试和实操比赛。经过激烈角逐，来自青禾建工集团的程小群夺得桂冠。'])
    expect(piece.bylines).toEqual([
      { role: '摄影', name: '毛小阳' },
      { role: '摄影', name: '姚小磊' },
    ])
    expect(piece.figures.map((f) => `${f.value}${f.unit}`)).toEqual(expect.arrayContaining(['7支', '28名']))
  })

  it('reads an item whose photographer is credited under the writer’s byline as a caption, and drops the site’s name', () => {
    const piece = parseNewspaperText(
      ['青禾晚报网新闻中心', '', '赛场亮绝活', '', '昨天，青禾地铁第三届职工职业技能竞赛决赛在东站车辆段举行，47名选手晋级决赛。', '', '记者 蒋小娇文', '', '通讯员 姜小鸣摄', '', '', '分享按钮'].join('\n'),
    )
    expect(piece.title).toBe('赛场亮绝活')
    expect(piece.captions).toEqual(['昨天，青禾地铁第三届职工职业技能竞赛决赛在东站车辆段举行，47名选手晋级决赛。'])
    expect(piece.bylines).toEqual([
      { role: '记者', name: '蒋小娇' },
      { role: '摄影', name: '姜小鸣' },
    ])
  })

  it('reads an item closed by a line of credits ending in 摄 (printed twice by the reader) as one caption and the story after it, its people as bylines', () => {
    const item = ['10月25日，青禾市海港区总工会开展环卫工人节关爱活动，为辖区2700名环卫职工送上营养热餐。', '据悉，这是海港区总工会连续第二年为环卫职工提供免费早餐。', '本报特约记者 朱小胜 本报通讯员 赵小琳 曹小雄 摄']
    const piece = parseNewspaperText(['让环卫工暖胃更暖心', '《青禾工人报》(2025年10月28日 02版)', '', ...item, '', '', ...item, '×'].join('\n'))
    // The photo shows the dated scene; `据悉，…` goes on with the story (newsPhotoSplit).
    expect(piece.captions).toEqual(['10月25日，青禾市海港区总工会开展环卫工人节关爱活动，为辖区2700名环卫职工送上营养热餐。'])
    expect(paragraphsOf(piece)).toEqual(['据悉，这是海港区总工会连续第二年为环卫职工提供免费早餐。'])
    expect(piece.bylines.map((b) => b.name)).toEqual(['朱小胜', '赵小琳', '曹小雄'])
    expect(piece.source).toEqual({ publication: '青禾工人报', page: '02', date: '2025-10-28' })
  })

  it('keeps an article’s last paragraph as text when its photo’s credit stands under the byline', () => {
    const long = `${BODY}${MORE}比武设吊机操作、叉车驾驶和电工三个项目，经过一天的角逐，十名选手获一等奖，他们将代表青禾港参加全省港口职工技能大赛。`
    const piece = parseNewspaperText(['青禾港举行技能比武', '', long, '', MORE, '', '记者 蒋小娇', '', '通讯员 姜小鸣 摄'].join('\n'))
    expect(piece.captions).toEqual([])
    expect(piece.paragraphs).toBe(2)
    expect(piece.bylines.map((b) => b.name)).toEqual(['蒋小娇', '姜小鸣'])
  })

  it('keeps a story opening 本报讯 as text when a credited photo caption follows it', () => {
    const caption = '4月27日，青禾市职工技能大赛开幕，一名选手投入比赛。'
    const piece = parseNewspaperText(`青禾市职工技能大赛开幕\n\n本报讯 4月27日，青禾市第四届职工职业技能大赛开幕，来自全市各行业的1200名职工参赛。\n\n${caption}\n本报记者 王立新 摄\n`)
    expect(piece.captions).toEqual(['4月27日，青禾市职工技能大赛开幕，一名选手投入比赛。'])
    expect(piece.paragraphs).toBe(1)
  })
})

describe('a site’s greeting', () => {
  it('drops 欢迎访问…网站 over the page instead of taking it for a heading', () => {
    const piece = parseNewspaperText(['欢迎访问青禾市总工会网站! 今天是: 中华全国总工会 | 省总工会', '', '青禾开发区组织一线职工疗休养', '', BODY, '', MORE].join('\n'))
    expect(piece.title).toBe('青禾开发区组织一线职工疗休养')
    expect(piece.sections).toEqual([])
    const located = parseNewspaperText(['您现在的位置: 青禾新闻 >青禾新闻-要闻', '', '高温下，劳动者奋战在170米高空', '', BODY, '', MORE].join('\n'))
    expect(located.title).toBe('高温下，劳动者奋战在170米高空')
  })
})

describe('datelines with the day before 讯 (batch 16)', () => {
  it('reads the reporters and the paper of `某某都市报9月15日讯（…）` and `某某报·某某客户端9月8日讯（…）`', () => {
    const a = parseNewspaperText(['青禾工匠进校园', '', '青禾都市报9月15日讯（全媒体记者 王小芳 通讯员 廖小为） 弘扬劳模精神，传承匠心力量。9月15日，记者从青禾省总工会获悉，首批工匠进校园活动启动。'].join('\n'))
    expect(a.bylines.map((b) => b.name)).toEqual(['王小芳', '廖小为'])
    expect(a.source.publication).toBe('青禾都市报')
    const b = parseNewspaperText(['大国工匠年度人物揭晓', '', '青禾都市报·新青禾客户端9月8日讯（ 全媒体记者 袁小永）由青禾省总工会主办的年度人物发布活动在青禾举行。'].join('\n'))
    expect(b.bylines.map((x) => x.name)).toEqual(['袁小永'])
    expect(b.source.publication).toBe('青禾都市报')
    const c = parseNewspaperText(['劳模长廊开展', '', '青禾网时刻新闻5月1日讯（记者 李小波）近日，一场主题展览在青禾机场拉开帷幕。'].join('\n'))
    expect(c.bylines.map((x) => x.name)).toEqual(['李小波'])
  })
})

describe('credits with a site and a picture service', () => {
  it('reads `（某某网某某 摄/某某图片）` closing a picture item: the caption, and the photographer as a byline', () => {
    const piece = parseNewspaperText(['青禾小伙当选人大代表', '', '“砌筑”也能拿到世界大奖，这个整天与工地打交道的“95后”男孩做到了。他叫邹小彬，现为青禾建工项目砌体质量管理员。(青禾网季小红 摄/青禾图片)'].join('\n'))
    expect(piece.captions).toEqual(['“砌筑”也能拿到世界大奖，这个整天与工地打交道的“95后”男孩做到了。他叫邹小彬，现为青禾建工项目砌体质量管理员。'])
    expect(piece.bylines).toEqual([{ role: '摄影', name: '季小红' }])
  })
})

describe('an agency’s story', () => {
  it('names the agency of a `新华社某地某日电` dateline as the source when no paper is named', () => {
    const piece = parseNewspaperText(['看最美劳动者如何炼成', '新华社青禾4月30日电 题：看最美劳动者如何炼成', '新华社记者', '记者在青禾航天二院的数控机床旁看到23岁的胡小盛时，他刚刚获得今年的全国五一劳动奖章。'].join('\n'))
    expect(piece.source.publication).toBe('新华社')
  })
})

describe('batch 17: readers’ title lists, portals and labels', () => {
  it('drops an e-paper’s list of the page’s other articles (标题导航 / • 标题 / 摘要：…) and reads 报刊： as the paper', () => {
    const piece = parseNewspaperText(
      ['青禾工人日报社', '', '2025-09-30', '报刊:青禾工人日报', '', '内容搜索', '', '标题导航', '', '  • 青禾市职工艺术节圆满收官', '', '    摘要:本报讯9月28日上午，职工风采展演活动在青禾举行。', '', '  • 法律服务中心揭牌', '', '    摘要:本报讯9月25日，青禾市职工一站式法律服务中心揭牌。', '', '期次:第8676期', '', '情暖金秋礼赞祖国', '', '——我省各级工会开展多彩活动迎国庆', '', BODY, '', MORE].join('\n'),
    )
    expect(piece.title).toBe('情暖金秋礼赞祖国')
    expect(piece.sections).toEqual([])
    expect(piece.source.publication).toBe('青禾工人日报')
    expect(piece.source.date).toBe('2025-09-30')
  })

  it('reads captions labelled 图说： and 描述：, a credit 摄影 某某, and drops a site’s legal lines and arrows', () => {
    const piece = parseNewspaperText(
      ['劳模工匠共话发展', '', BODY, '', '图说:劳模工匠共话发展活动在青禾举行。', '', MORE, '', '工会干部和职工代表诗朗诵 摄影 王小威', '', `${MORE}大家表示收获很大。`, '', '↓↓', '', '青禾网版权与免责声明', '', '2、本网站内凡注明“来源:青禾网”的所有文字、图片和音视频稿件均属本网站所有'].join('\n'),
    )
    expect(piece.captions).toEqual(['劳模工匠共话发展活动在青禾举行。', '工会干部和职工代表诗朗诵'])
    expect(piece.sections).toEqual([])
    expect(piece.bylines.map((b) => b.name)).toContain('王小威')
  })

  it('takes a portal’s name for furniture, a short exclaiming headline, and a post’s #topic#', () => {
    const a = parseNewspaperText(['新浪财经', '', '全省表彰！', '', BODY, '', MORE].join('\n'))
    expect(a.title).toBe('全省表彰！')
    const b = parseNewspaperText(['转自:青禾商报', '【#青禾13人入选大国工匠培育对象#】全国总工会日前印发通知，公布2026年大国工匠培育对象名单，青禾13人入选。'].join('\n'))
    expect(b.title).toBe('青禾13人入选大国工匠培育对象')
  })

  it('takes the first line over the article’s information line as the headline, comma and colon in it', () => {
    const piece = parseNewspaperText(['千锤百炼，终成匠心：青禾制造背后的工匠精神', '', '来源:《青禾工匠》', '', '2026-09-20 08:39', '', BODY, '', MORE].join('\n'))
    expect(piece.title).toBe('千锤百炼，终成匠心：青禾制造背后的工匠精神')
  })
})

describe('a photo story (batch 19)', () => {
  it('reads the short lines between and after the text of a 掠影 as captions, not headings or scraps', () => {
    const piece = parseNewspaperText(
      [
        '担当新使命 奋进新征程',
        '',
        '——青禾省工会第九次代表大会掠影',
        '',
        '记者 甲小明 乙小红 摄',
        '',
        '11月23日，青禾省工会第九次代表大会在青禾胜利闭幕。来自全省各地、各行各业的近千名代表，肩负全省职工的重托出席大会。',
        '',
        '代表们投下庄严的一票',
        '',
        '代表们扫码打印自己的照片',
        '',
        '代表们认真参与分组讨论',
        '',
        '大会期间，代表们认真履职尽责、积极建言献策，反映职工群众的心声。',
        '',
        '新闻评论0',
      ].join('\n'),
    )
    expect(piece.captions).toEqual(['代表们投下庄严的一票', '代表们扫码打印自己的照片', '代表们认真参与分组讨论'])
    expect(piece.sections).toEqual([])
    expect(piece.bylines.map((b) => b.name)).toEqual(['甲小明', '乙小红'])
  })
})

describe('credited lines that are no captions (batch 21)', () => {
  it('keeps what someone said, with the photo credit run on, as the article\'s last paragraph', () => {
    const piece = parseNewspaperText(
      [
        '青禾区第二届技能大赛闭幕',
        '本报讯(记者 闫小禄) 近日,青禾区第二届技能大赛闭幕,来自全区的200余名职工参赛。',
        '本届大赛设置电工、焊工等8个工种,15名选手获得“青禾区技术能手”称号。',
        '陈小波表示,下一步,区总工会将继续开展技能比赛,不断提高全区职工的技能水平。闫小禄 摄',
      ].join('\n'),
    )
    expect(piece.captions).toEqual([])
    expect(piece.blocks.at(-1)).toMatchObject({ type: 'paragraph', text: '陈小波表示,下一步,区总工会将继续开展技能比赛,不断提高全区职工的技能水平。' })
  })
})

describe('a gallery of entries, each photo credited to its unit and photographer (tuning batch v)', () => {
  const page = [
    '为展示各行各业职工的精神风貌，市总工会举办了“最美劳动者”摄影作品征集活动，现对征集的部分优秀作品进行逐一展示。',
    '供电公司职工肩扛背驮，与骡马队一起徒步运输建设物资。 摄影:青禾县供电公司张小宇▲',
    '在纺纱车间，青禾五一劳动奖章获得者王银花用一双巧手绽放美丽。 摄影:青禾纺织有限公司陈小培▲',
    '5月6日，青禾大桥的建设工人在高空作业。 摄影:青禾市委组织部欧阳小朴▲',
  ].join('\n')

  it('keeps the words introducing the gallery as text, not as the first photo\'s caption', () => {
    const piece = parseNewspaperText(page)
    expect(piece.blocks[0]).toMatchObject({ type: 'paragraph' })
    expect(piece.captions).toEqual([
      '供电公司职工肩扛背驮，与骡马队一起徒步运输建设物资。',
      '在纺纱车间，青禾五一劳动奖章获得者王银花用一双巧手绽放美丽。',
      '5月6日，青禾大桥的建设工人在高空作业。',
    ])
  })

  it('names each photographer after the unit in the credit', () => {
    expect(parseNewspaperText(page).bylines).toEqual([
      { role: '摄影', name: '张小宇' },
      { role: '摄影', name: '陈小培' },
      { role: '摄影', name: '欧阳小朴' },
    ])
  })
})

describe('a site’s slideshow over the page (tuning batch w)', () => {
  const page = [
    '',
    '在2024年青禾市“劳模工匠进校园”宣讲报告会中,大国工匠培育对象庞小文为学生们作宣讲',
    '',
    '青禾市“劳模工匠助企行”启动暨青禾工匠学院技能人才培养体系发布仪式',
    '',
    '2023年全省职业技能竞赛——第三届新能源汽车关键技术技能大赛在青禾举办',
    '',
    '青禾市总工会智慧工会——“驿站有爱 云送早餐”活动现场',
    '前言:过去五年,青禾市总工会干在实处,走在前列,引导职工群众建功新时代。',
    '五年里,青禾市总工会共获得国家级荣誉34项,自治区级荣誉79项。',
  ].join('\n')

  it('reads the lines at the top, each a description between blank lines, as the slides’ captions', () => {
    const piece = parseNewspaperText(page)
    expect(piece.captions).toHaveLength(4)
    expect(piece.captions[3]).toBe('青禾市总工会智慧工会——“驿站有爱云送早餐”活动现场')
    expect(piece.sections).toEqual([])
    expect(piece.title).toBe('过去五年,青禾市总工会干在实处,走在前列,引导职…')
  })
})

describe('a radio site’s photo page (tuning batch v)', () => {
  const page = [
    '青禾县职工周末篮球联赛燃情开赛',
    '来源:青禾广电国际在线  |  2024-07-08 17:24:34',
    '',
    '青禾县职工周末篮球联赛燃情开赛_fororder_场面激烈  张小蓉 摄',
    '',
    '比赛现场 摄影 张小蓉',
    '',
    '  以篮球为桥,凝聚职工力量;用争锋对决,唤醒运动热情。7月5日下午,青禾县职工周末篮球联赛开赛。',
    '',
    '  此次篮球联赛共吸引全县30支队伍、407名职工报名参赛。”(文 姚小丽 张小蓉)',
    '',
    '青禾县职工周末篮球联赛燃情开赛_fororder_奔跑、传球  张小蓉 摄.JPG',
    '',
    '奔跑、传球 摄影 张小蓉',
  ].join('\n')

  it('drops the photos’ file names and splits each caption from its credit, a caption of two actions too', () => {
    const piece = parseNewspaperText(page)
    expect(piece.captions).toEqual(['比赛现场', '奔跑、传球'])
    expect(piece.blocks.filter((b) => b.type === 'caption').map((b) => b.credit)).toEqual(['张小蓉', '张小蓉'])
  })

  it('reads the writers closing the text, the role glued to their names', () => {
    expect(parseNewspaperText(page).bylines.slice(0, 2)).toEqual([
      { role: '文', name: '姚小丽' },
      { role: '文', name: '张小蓉' },
    ])
  })
})

describe('an album page: labels under the photos after the text (tuning batch v)', () => {
  it('reads the short labels after the last paragraph as the photos’ captions', () => {
    const piece = parseNewspaperText(['公路集团职工书屋获评全国职工书屋', '近日,青禾公路集团职工书屋获评“全国职工书屋”称号,并收到赠送的800余册图书。', '下一步,公路集团工会将继续聚焦教育职能,充分发挥职工书屋的作用。', '藏书区', '书法区与阅读区', '端午主题活动', '读书分享会'].join('\n'))
    expect(piece.captions).toEqual(['藏书区', '书法区与阅读区', '端午主题活动', '读书分享会'])
  })

  it('reads a copied album whose lines are set in markup, its labels naming who is shown too', () => {
    const album =
      '青禾燃气集团劳模疗养纪实\n\n<h3><font color="#010101">2019年7月29日,青禾燃气集团工会组织公司级以上的劳动模范来到疗养院进行健康疗养。</font></h3> <h3>参观纪念馆<br></h3> <h3>开滦国家矿山公园</h3> <h3><font color="#010101">主持人:张小辉、许小冰</font></h3> <h3>帅哥表演,美女献花</h3> <h3>劳模张小磊演唱《今天》</h3>'
    const piece = parseNewspaperText(album)
    expect(piece.blocks[0]).toMatchObject({ type: 'paragraph', text: '2019年7月29日,青禾燃气集团工会组织公司级以上的劳动模范来到疗养院进行健康疗养。' })
    expect(piece.captions).toEqual(['参观纪念馆', '开滦国家矿山公园', '主持人:张小辉、许小冰', '帅哥表演,美女献花', '劳模张小磊演唱《今天》'])
  })
})

describe('a portal’s photo item (tuning batch x)', () => {
  const page = [
    '青禾矿举行“音乐会”(图)',
    '',
    'http://www.example.com.cn 2007年01月18日05:43 青禾新闻网-青禾日报',
    '',
    '  1月15日,青禾煤电白龙矿工人们正在自编自演,举行“音乐会”。农历春节就要到了,工人们个个亮出了自己的绝活,大伙在工地上办起了“音乐会”,美妙的乐声唱到了工人们的心坎里。',
    '',
    '  杨小青摄',
  ].join('\n')

  it('reads the portal’s source line and leaves the page’s photo mark off the title', () => {
    const piece = parseNewspaperText(page)
    expect(piece.title).toBe('青禾矿举行“音乐会”')
    expect(piece.source).toEqual({ publication: '青禾新闻网-青禾日报', page: null, date: '2007-01-18' })
  })

  it('splits the scene of the day from the story of a coming holiday told after it', () => {
    const piece = parseNewspaperText(page)
    expect(piece.captions).toEqual(['1月15日,青禾煤电白龙矿工人们正在自编自演,举行“音乐会”。'])
    expect(paragraphsOf(piece)[0]).toMatch(/^农历春节就要到了/)
  })

  it('reads `（图为活动现场）` as a caption wherever it stands', () => {
    const piece = parseNewspaperText(['青禾局工会举办技能竞赛', '1月13日,青禾县农业局工会举办了技能竞赛活动,全系统30余名职工参赛。', '这次活动在全系统引起强烈反响。', '(图为活动现场)', '(图为颁奖现场)'].join('\n'))
    expect(piece.captions).toEqual(['图为活动现场', '图为颁奖现场'])
  })
})

describe('portraits under the headline repeated as each photo’s text (tuning batch s)', () => {
  it('reads the line under each repeat as that portrait’s caption, and its person as a worker', () => {
    const page = ['十佳“最美公交人”出炉', '2015-03-02 11:35:11 来源:青禾商报', '十佳“最美公交人”出炉', '李小敏   公交集团汽车六分公司39路调度员', '十佳“最美公交人”出炉', '王小杰   公交集团汽车六分公司522路驾驶员', '十佳“最美公交人”出炉', '杨小艳   公交集团汽车四分公司612路驾驶员', '日前,青禾公交集团评出十佳“最美公交人”,他们在平凡的岗位上默默奉献,赢得乘客的称赞。'].join('\n\n')
    const piece = parseNewspaperText(page)
    expect(piece.captions).toEqual(['李小敏 公交集团汽车六分公司39路调度员', '王小杰 公交集团汽车六分公司522路驾驶员', '杨小艳 公交集团汽车四分公司612路驾驶员'])
    expect(piece.workers.map((w) => w.name)).toEqual(['李小敏', '王小杰', '杨小艳'])
  })
})

describe('photos the text announces (tuning batch r)', () => {
  it('reads the short lines after `下面请欣赏…图片` as the photos’ captions, up to the next sentence', () => {
    const piece = parseNewspaperText(['公司焊工技能大赛火热举行', '1月7日,公司2021年焊工技能大赛在压力容器制造厂火热举行,各单位选拔技艺娴熟的焊工参加。', '弧光闪耀,焊花四溅,比赛现场热闹非凡。', '下面请欣赏竞赛图片,带你进入比赛现场。', '', '比赛现场', '焊花在眼前跳跃', '参赛选手一心投入比赛', '强强对决', '经过两轮比拼与多个专业裁判的综合评分,最终评选出一等奖、二等奖和优胜奖。'].join('\n'))
    expect(piece.captions).toEqual(['比赛现场', '焊花在眼前跳跃', '参赛选手一心投入比赛', '强强对决'])
    expect(paragraphsOf(piece).at(-1)).toMatch(/^经过两轮比拼/)
  })
})

describe('gallery slides and an e-paper’s event photos (tuning batch y)', () => {
  it('reads the line after each slide’s title (`标题-第N张-…`) as its caption, its credit with the agency after a backslash', () => {
    const page = ['青禾:牛年牛人', '导读:四月二十七日,青禾医院的五一劳动奖章获得者郭小良教授正在为病人看病。', '青禾:牛年牛人-第1张-青禾资讯-青禾网', '四月二十七日,青禾医院,五一劳动奖章获得者郭小良教授正在为病人看病。记者 崔小力 摄\\视觉青禾', '青禾:牛年牛人-第2张-青禾资讯-青禾网', '4月27日,青禾水泵厂机加中心,数控车工朱小华正准备用数控机床加工离心泵的轴。记者 张小辉 摄/视觉青禾'].join('\n\n')
    const piece = parseNewspaperText(page)
    expect(piece.captions).toEqual(['四月二十七日,青禾医院,五一劳动奖章获得者郭小良教授正在为病人看病。', '4月27日,青禾水泵厂机加中心,数控车工朱小华正准备用数控机床加工离心泵的轴。'])
    expect(piece.bylines).toEqual([{ role: '摄影', name: '崔小力' }, { role: '摄影', name: '张小辉' }])
    expect(piece.workers.map((w) => w.name)).toContain('朱小华')
  })

  it('reads an e-paper’s list of a congress’s photos under its headline', () => {
    const page = ['奋力打造新时代工会工作标杆', '——青禾市工会第六次代表大会胜利闭幕', '版次:004    作者:来源:    2023年05月25日', '青禾市工会第六次代表大会闭幕', '大会投票选举', '代表步入会场', '代表热烈鼓掌', '代表举手表决', '5月24日,青禾市工会第六次代表大会在青禾人民大厦胜利闭幕。大会提出要以新时代工会工作为标杆,团结动员全市职工建功立业,为城市发展贡献力量。'].join('\n\n')
    expect(parseNewspaperText(page).captions).toEqual(['青禾市工会第六次代表大会闭幕', '大会投票选举', '代表步入会场', '代表热烈鼓掌', '代表举手表决'])
  })
})

describe('captions crediting who supplied the photo (tuning batch p)', () => {
  it('splits `…。图片来源：某某工会` off a caption, and reads the honourees the captions introduce', () => {
    const piece = parseNewspaperText(['榜样的力量直抵人心', '大国工匠、青禾医院内镜中心主任周小红作中国工会十八大精神宣讲。图片来源:青禾教科文卫体工会', '', '青禾技师学院教师丁小洋讲述父子同为能手的故事。图片来源:青禾教科文卫体工会', '', '11月中旬以来,宣讲团一路走过青禾、合肥、上海等地,共吸引2000名职工和学生现场聆听。'].join('\n'))
    expect(piece.captions).toEqual(['大国工匠、青禾医院内镜中心主任周小红作中国工会十八大精神宣讲。', '青禾技师学院教师丁小洋讲述父子同为能手的故事。'])
    expect(piece.blocks.filter((b) => b.type === 'caption').map((b) => b.credit)).toEqual(['青禾教科文卫体工会', '青禾教科文卫体工会'])
    expect(piece.workers.map((w) => w.name)).toEqual(['周小红', '丁小洋'])
  })
})

describe('an e-paper’s list of event photos (tuning batch z)', () => {
  it('reads the list under the headline when its lines name events (…宣传月。, 五一表彰。)', () => {
    const page = ['青禾开创工会工作新局面', '2023年10月11日14:02  来源:《工人日报》', '青禾自贸港立功竞赛启动仪式。', '少先队员向荣获全国五一劳动奖和工人先锋号的集体与个人代表献花。', '青禾省总工会女职工普法宣传月。', '职工阅读活动。', '五一表彰。', '农民工春节联欢。', '潮起海之南,奋楫自贸港。过去5年,青禾自贸港建设从顺利开局到蓬勃展开,全省各级工会团结动员广大职工建功立业。'].join('\n\n')
    expect(parseNewspaperText(page).captions).toEqual(['青禾自贸港立功竞赛启动仪式', '少先队员向荣获全国五一劳动奖和工人先锋号的集体与个人代表献花', '青禾省总工会女职工普法宣传月', '职工阅读活动', '五一表彰', '农民工春节联欢'])
  })
})

describe('a page copied as markdown, photos and their lines in table cells (tuning batch z)', () => {
  it('reads the line under each image as its caption, and three short words over the headline as its kicker', () => {
    const piece = parseNewspaperText(['至坚 至纯 至诚', '青禾工匠“故事会”解锁“匠心密码”', '![]() |', '| 郑小华在车间实操演练教学 |', '![]() |', '| 樊小荣检测电路设备 |', '党的二十大报告指出,要在全社会弘扬劳动精神、奋斗精神。青禾县总工会举办工匠故事会,邀请工匠讲述自己的成长经历。'].join('\n'))
    expect(piece.title).toBe('青禾工匠“故事会”解锁“匠心密码”')
    expect(piece.kicker).toBe('至坚至纯至诚')
    expect(piece.captions).toEqual(['郑小华在车间实操演练教学', '樊小荣检测电路设备'])
  })
})

describe('captions of batch aa', () => {
  it('reads short lines led by what is done (参观企业, 现场为…开展义诊服务) between paragraphs as captions, not headings', () => {
    const piece = parseNewspaperText(['青禾劳模工匠服务日启动', '28日,青禾区劳模工匠服务日启动仪式在祥和片区举行,三位主讲人为职工带来精彩的微讲堂。', '现场为女职工开展义诊服务', '在义诊服务区域,来自区妇婴保健院和社区卫生服务中心的医生为职工提供健康咨询。', '参观青禾电机厂', '代表团先后走进青禾电机厂和青禾锅炉厂,了解企业生产经营情况。'].join('\n\n'))
    expect(piece.captions).toEqual(['现场为女职工开展义诊服务', '参观青禾电机厂'])
    expect(piece.sections).toEqual([])
  })

  it('joins a marked caption broken over two lines', () => {
    const piece = parseNewspaperText(['致敬每一份“手”护', '往期阅读', '▲全国劳动模范', '青禾藏药股份有限公司产品研究员马小俊', '“光荣属于劳动者,幸福属于劳动者。”马小俊说,他将继续扎根一线,把藏药研究做得更好。'].join('\n'))
    expect(piece.captions).toEqual(['全国劳动模范青禾藏药股份有限公司产品研究员马小俊'])
    expect(piece.sections).toEqual([])
  })

  it('splits a long name from its reporter’s credit', () => {
    const piece = parseNewspaperText(['致敬每一份“手”护', '范小宁,青禾市消防救援支队消防员,一年365天坚守岗位。 本报记者 怀特乌勒斯 摄', '塔小娜,青禾乌兰牧骑舞蹈演员,参加工作9年间,累计演出上千场。 本报记者 王小鹏 摄'].join('\n'))
    expect(piece.blocks[0]).toMatchObject({ type: 'caption', text: '范小宁,青禾市消防救援支队消防员,一年365天坚守岗位。', credit: '本报记者 怀特乌勒斯' })
  })
})

describe('photo pages of batch aa', () => {
  it('reads a gallery’s dated captions with the posting time glued before each, and a supplier in traditional characters', () => {
    const piece = parseNewspaperText(['高温下青禾最美劳动者 (1/10)', '青禾天气网讯 炎热的7月,天上的骄阳似火烧,高温下的劳动者依然坚守岗位。', '2017年07月23日 09:547月21日,青禾市的一位妇女在骄阳下喝水。(薛小平 摄)', '2017年07月23日 09:547月21日,青禾市的一位讲解员被阳光晒黑了皮肤。(薛小平 摄)', '2017年07月23日 09:54'].join('\n'))
    expect(piece.captions).toEqual(['7月21日,青禾市的一位妇女在骄阳下喝水。', '7月21日,青禾市的一位讲解员被阳光晒黑了皮肤。'])
    const supplied = parseNewspaperText(['青禾工匠发布', '10日,由青禾省總工會舉辦的2022年度“青禾工匠”發布儀式舉行,6位工匠獲評。', '2022年度“青禾工匠”發布儀式現場。(青禾省總工會供圖)', '“青禾工匠”評選活動開展以來,在全省引起廣泛關注,學習工匠成為熱潮。', '版權聲明:凡注明“來源:中國青禾網”的所有作品,版權均屬於中國青禾網。'].join('\n'))
    expect(supplied.blocks.filter((b) => b.type === 'caption')).toMatchObject([{ text: '2022年度“青禾工匠”發布儀式現場。', credit: '青禾省總工會' }])
    expect(JSON.stringify(supplied.blocks)).not.toMatch(/版權聲明/)
  })
})

describe('a visit’s caption between paragraphs (tuning batch aa)', () => {
  it('reads a short line of who went where to visit whom as a photo’s caption', () => {
    const piece = parseNewspaperText(['青禾县总工会2023年工作回眸', '2023年,青禾县总工会紧紧围绕县委县政府中心工作,团结动员全县职工建功立业,各项工作取得新成效。', '', '该县总工会相关负责人到青禾农投供水有限公司考察走访职工之家建设情况', '', '县总工会持续深化职工之家建设,全年新建职工之家12个,服务职工3000余人次。'].join('\n'))
    expect(piece.captions).toEqual(['该县总工会相关负责人到青禾农投供水有限公司考察走访职工之家建设情况'])
  })
})

describe('numbered captions run together (tuning batch ab)', () => {
  it('splits `图①：某某 图②：某某 …` into one caption a photo, a number lost to a wrong encoding too', () => {
    const piece = parseNewspaperText(['在青禾15万多公里的铁道线上', '图①:蒋小涛 图②:王小虎 图③:张小华 图?:青禾铁路局通化桥隧第一维修小组', '在青禾15万多公里的铁道线上,“最美铁路人”不忘初心、牢记使命,在平凡的岗位上书写着不平凡的故事。'].join('\n'))
    expect(piece.title).toBe('在青禾15万多公里的铁道线上')
    expect(piece.captions).toEqual(['蒋小涛', '王小虎', '张小华', '青禾铁路局通化桥隧第一维修小组'])
  })
})
