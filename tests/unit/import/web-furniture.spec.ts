// Web and e-paper furniture on real pages (tuning corpus, class 1 and 2): source lines with the
// byline behind them, traditional-character mastheads and labels, a site's name as the source,
// time stamps run together with authors, and toolbar lines that are not the headline or a kicker.
// Every fixture here is invented; it reproduces a layout trait, not a page's text.
import { describe, expect, it } from 'vitest'

import { parseNewspaperText } from '../../../src/import/index'
import { readFurniture } from '../../../src/import/parse/furniture'

const BODY = '近日，青禾市总工会组织二十名劳模走进车间，与一线职工交流操作技巧，现场解答技术难题十余个。'

describe('source and information lines', () => {
  it('drops a repost’s `图侵删` and an editor’s `编辑 / 某某工会` line', () => {
    expect(readFurniture('图侵删')).toEqual({})
    expect(readFurniture('编辑 / 青禾区总工会')).toEqual({})
  })

  it('reads a reposted source line with the byline after it', () => {
    const piece = parseNewspaperText(['您现在的位置: 首页» 校园传真» 正文', '', '【青禾工人报】劳模走进车间', '', '[发表时间] 2021-03-08 [浏览次数]', '', '《青禾工人报》(2021年03月08日 05版)本报记者 秦朗', '', BODY].join('\n'))
    expect(piece.title).toBe('劳模走进车间')
    expect(piece.kicker).toBeNull()
    expect(piece.bylines.map((b) => b.name)).toEqual(['秦朗'])
    expect(piece.source).toEqual({ publication: '青禾工人报', page: '05', date: '2021-03-08' })
  })

  it('reads a source line and labels printed in traditional characters', () => {
    const piece = parseNewspaperText(['工匠小屋迎來新學員', '《青禾日報》(2022年11月02日 03版)', BODY].join('\n'))
    expect(piece.title).toBe('工匠小屋迎來新學員')
    expect(piece.subtitle).toBeNull()
    expect(piece.source).toEqual({ publication: '青禾日報', page: '03', date: '2022-11-02' })
    const meta = readFurniture('2019-06-11 記者:趙明遠 鄭小雨 來源:青禾經濟報')
    expect(meta?.publication).toBe('青禾經濟報')
    expect(meta?.bylines?.map((b) => b.name)).toEqual(['趙明遠', '鄭小雨'])
  })

  it('reads a label glued to the time and takes a site named as the source', () => {
    expect(readFurniture('//www.qinghe.cn2018-02-03 09:10:11来源: 青禾网——《青禾晚报》')).toMatchObject({ publication: '青禾晚报', date: { year: 2018, month: 2, day: 3 } })
    expect(readFurniture('发布时间:2024年06月12日 文章来源:青禾职工网')).toMatchObject({ publication: '青禾职工网', date: { year: 2024, month: 6, day: 12 } })
    expect(readFurniture('來源:青禾網2023年08月09日10:12')).toMatchObject({ publication: '青禾網', date: { year: 2023, month: 8, day: 9 } })
    // A union named as the source is not a publication.
    expect(readFurniture('本文来源: 总工会')).toEqual({})
  })

  it('dates a channel line with its authors run together, and a day-first time stamp', () => {
    expect(readFurniture('青禾客户端某某频道张三李四2024-05-01 08:30')).toMatchObject({ date: { year: 2024, month: 5, day: 1 } })
    expect(readFurniture('12.10.2015 16:05')).toMatchObject({ date: { year: 2015, month: 10, day: 12 } })
  })

  it('takes the paper named in an e-paper footer', () => {
    expect(readFurniture('2023-02-01 3 1 青禾日报 content_12345.html 1 2 劳模走进车间 /enpproperty-->')?.publication).toBe('青禾日报')
  })

  it('reads a masthead line with a web address and the time after the date', () => {
    const piece = parseNewspaperText(['青禾市评出十名金牌工匠', '', 'http://www.example.com.cn 2006年05月02日07:30 青禾晚报', '', BODY].join('\n'))
    expect(piece.source.publication).toBe('青禾晚报')
    expect(piece.source.date).toBe('2006-05-02')
  })

  it('does not take a toolbar line as the headline or the subtitle', () => {
    const piece = parseNewspaperText(['当前位置:青禾网人物频道-正文', '2020年青禾记者镜头里的劳动者(组图)', '//www.qinghe.cn2021-01-02 10:00:07来源: 青禾网——《青禾日报》', '分享到:更多', '', BODY].join('\n'))
    expect(piece.title).toBe('2020年青禾记者镜头里的劳动者')
    expect(piece.subtitle).toBeNull()
    expect(piece.kicker).toBeNull()
    expect(piece.source.date).toBe('2021-01-02')
  })
})

describe('a broadcaster site copy (batch 19)', () => {
  it('drops a spaced-out menu and reads the line under a photo file name as its caption', () => {
    const piece = parseNewspaperText(
      [
        '要闻       |       城市远洋       |       原创      |       视频             直观中国       |      老外在青禾       |       热点专题       |      Hi,青禾!     ',
        '青禾省第一届职工职业技能大赛决赛开幕',
        '2023-06-28 13:37:24来源:青禾广播电视台编辑:李某',
        '',
        '  6月27日,青禾省第一届职工职业技能大赛决赛在青禾开幕,来自全省各地的选手同台竞技。',
        '',
        '青禾省第一届职工职业技能大赛决赛开幕_fororder_大赛1',
        '',
        '开幕式现场 ',
        '',
        '  本届大赛以“匠心筑梦”为主题,设置焊工、电工等12个工种。',
      ].join('\n'),
    )
    expect(piece.title).toBe('青禾省第一届职工职业技能大赛决赛开幕')
    expect(piece.captions).toEqual(['开幕式现场'])
    expect(piece.sections).toEqual([])
    expect(piece.blocks.filter((b) => b.type === 'paragraph')).toHaveLength(2)
  })
})

describe('datelines, reporters and page labels of batch 19', () => {
  it('reads reporters in brackets after an outlet\'s 消息 dateline, a role glued to a name of a rare surname', () => {
    const piece = parseNewspaperText('青禾职工技能大赛开幕\n\n青禾網貴陽7月10日消息(記者王珩 通訊員曉光)7月10日,記者從青禾省總工會了解到,今年以來,全省開展技能競賽。\n')
    expect(piece.bylines.map((b) => b.name)).toEqual(['王珩', '曉光'])
    const rare = parseNewspaperText('青禾劳模进校园\n\n青禾网讯(记者期俊军)11月18日,青禾省劳模工匠进校园活动走进青禾工商学院。\n')
    expect(rare.bylines.map((b) => b.name)).toEqual(['期俊军'])
  })

  it('joins a two-character name set with a space, over two outlets\' reporters', () => {
    const piece = parseNewspaperText('青禾表彰劳动模范\n\n本報記者 姜 峰 沈靖然 青禾網記者 胡 虹\n\n4月28日，青禾劳动模范表彰大会举行。\n')
    expect(piece.bylines.map((b) => b.name)).toEqual(['姜峰', '沈靖然', '胡虹'])
  })

  it('reads 版次 as the page and day, and drops a forum post header and a government site\'s name', () => {
    expect(readFurniture('版次:007 2024年09月11日')).toMatchObject({ page: '07', date: { year: 2024, month: 9, day: 11 } })
    expect(readFurniture('zj66发表于 2021-4-10 09:47:13')).toEqual({})
    const piece = parseNewspaperText('青禾市青禾区人民政府\n\n青禾区各级工会开展“夏日送清凉”慰问活动\n\n来源:青禾区总工会发布时间:2025-09-09\n\n连日来，青禾区各级工会走进一线慰问高温下坚守岗位的职工。\n')
    expect(piece.kicker).toBeNull()
    expect(piece.title).toBe('青禾区各级工会开展“夏日送清凉”慰问活动')
    expect(piece.source).toMatchObject({ publication: '青禾区总工会', date: '2025-09-09' })
  })
})

describe('furniture of batch 20', () => {
  it('reads a client channel with its authors run together before the time', () => {
    expect(readFurniture('青禾日报客户端陕西频道高炳王兆高矾雷坤2025-04-30 16:52')).toMatchObject({
      publication: '青禾日报客户端',
      bylines: [{ name: '高炳' }, { name: '王兆' }, { name: '高矾' }, { name: '雷坤' }],
      date: { year: 2025, month: 4, day: 30 },
    })
  })

  it('reads a site path to the paper\'s page, and drops a page\'s time stamp, pagers and forum buttons', () => {
    expect(readFurniture('首页>>青禾日报>>五版')).toEqual({ publication: '青禾日报', page: '05' })
    for (const line of ['[2月7日 2:30]', '页:', '[1]', '上一页 1 2 3 下一页', '新華社發', '发新话题 回复该主题']) expect(readFurniture(line)).toEqual({})
  })

  it('splits a source line from the text run on after it', () => {
    const piece = parseNewspaperText('青禾区:职业技能高手现场过招\n《青禾工人报》(2023年07月14日 第A2版)本报讯 7月7日,青禾区第十二届职工职业技能大赛在青禾职业学院开幕。\n(夏丽萍)\n页:\n[1]\n')
    expect(piece.source).toEqual({ publication: '青禾工人报', page: 'A2', date: '2023-07-14' })
    expect(piece.blocks.find((b) => b.type === 'paragraph')?.text).toMatch(/^7月7日,青禾区第十二届/)
    expect(piece.bylines.map((b) => b.name)).toEqual(['夏丽萍'])
    expect(piece.captions).toEqual([])
  })
})

describe('reporters and furniture of batch 21', () => {
  it('reads a source in corner brackets and a role whose names run on, glued to the text', () => {
    const piece = parseNewspaperText('青禾省总工会送温暖\n\n「本文来源:青禾日报」青禾日报客户端记者田国垒通讯员刘家龙葛红普1月6日上午,青禾省总工会举行送温暖活动启动仪式,为困难职工送去慰问金。\n')
    expect(piece.source.publication).toBe('青禾日报')
    expect(piece.bylines.map((b) => b.name)).toEqual(['田国垒', '刘家龙', '葛红普'])
    expect(piece.blocks[0]?.text).toMatch(/^1月6日上午/)
  })

  it('leaves off where a reporter filed from, but keeps 摄影报道', () => {
    const piece = parseNewspaperText('焊花飞舞赛技能\n\n  大众网记者 李龙炎 泰安报道\n\n近日,泰安高新区总工会组织开展了一场劳动技能比武。\n')
    expect(piece.bylines.map((b) => b.name)).toEqual(['李龙炎'])
  })

  it('drops a site\'s welcome line, its font buttons and a union named in brackets under the text', () => {
    for (const line of ['欢迎您进入青禾市总工会门户网站 今天是:2026年03月03日星期二', '人民網 小字號', '(华茂工会)']) expect(readFurniture(line)).toEqual({})
  })
})

describe('stamps and credits of batch 21', () => {
  it('reads the day from a site\'s stamp among its own words, and drops a page designer\'s credit', () => {
    expect(readFurniture('青禾影视欧美动漫 2025-05-01 16:11 2')).toMatchObject({ date: { year: 2025, month: 5, day: 1 } })
    expect(readFurniture('2025-04-29ASPCMS社区 - fjmyhfvclm')).toMatchObject({ date: { year: 2025, month: 4, day: 29 } })
    expect(readFurniture('設計:方金洋,、苗夏陽')).toEqual({})
    expect(readFurniture('2025-05-01 劳动节快乐')).toBeNull()
  })

  it('keeps a line in brackets describing the person above it as text, neither heading nor caption', () => {
    const piece = parseNewspaperText(
      ['劳模面对面', '', '嘉宾访谈在青禾镇举行,两位劳模讲述了自己的故事。', '', '秦 瑛', '', '(青禾市模范集体、青禾镇吴房村党总支书记)', '', '吴房村从五年前的“经济薄弱村”,到如今的“网红村”,靠的是一代代村民的奋斗。'].join('\n'),
    )
    expect(piece.sections).not.toContain('(青禾市模范集体、青禾镇吴房村党总支书记)')
    expect(piece.captions).toEqual([])
    expect(piece.blocks.map((b) => b.text)).toContain('(青禾市模范集体、青禾镇吴房村党总支书记)')
  })
})

describe('information lines of batch 22', () => {
  it('reads 稿源 with the time after the editor, and a bracketed 来源 line with its reporter', () => {
    expect(readFurniture('稿源:青禾网   编辑:刘小阳   2023-09-16 15:03')).toMatchObject({ publication: '青禾网', date: { year: 2023, month: 9, day: 16 } })
    expect(readFurniture('(来源:青禾网·海报新闻 记者:朱小冲)')).toMatchObject({ publication: '青禾网·海报新闻', bylines: [{ role: '记者', name: '朱小冲' }] })
    expect(readFurniture('媒体矩阵')).toEqual({})
  })
})

describe('a site copy under its menus (batch 22)', () => {
  it('takes the title over the first information line as the headline, and the print source from the author line', () => {
    const piece = parseNewspaperText(
      ['首页English', '  • 时政', '  • 国际', '  • 更多>>', '    青禾日报 2019年06月21日 星期五', '', '    新时代的“大国工匠”', '', '    作者:本报记者 温小源 《青禾日报》( 2019年06月21日 04版)', '', '        【现场花絮】', '', '        方小墨带了一把锉刀,他每天要在工作台上反复磨锉8000多次。', '', '        听着他们讲述自己工作中的故事,你会觉得他们仿佛就是神奇本身。'].join('\n'),
    )
    expect(piece.title).toBe('新时代的“大国工匠”')
    expect(piece.source).toMatchObject({ publication: '青禾日报', page: '04', date: '2019-06-21' })
    expect(piece.bylines.map((b) => b.name)).toEqual(['温小源'])
    expect(piece.sections).toEqual(['现场花絮'])
  })
})

describe('forum copies and labels of batch 23', () => {
  it('drops a forum\'s buttons and reads a username\'s stamp as the day', () => {
    for (const line of ['发表于2小时前 查看全部阅读模式', '返回列表发布新帖 查看:13|回复:0', '马上注册!', '回到顶部', '本版积分规则 QQ会员群']) expect(readFurniture(line)).toEqual({})
    expect(readFurniture('TUhjnbcbe -2025/4/9 4:23:00')).toMatchObject({ date: { year: 2025, month: 4, day: 9 } })
  })

  it('reads a spaced-out role, the roles after the names in closing brackets, and a site label before the title', () => {
    const piece = parseNewspaperText('信息详情千余名职工收获工会温暖\n\n记 者  吴小平   王 顺\n\n1月6日,青禾区总工会开展送温暖活动,千余名职工收到慰问品。(記者 曾小萍 陳小玲 文圖)\n')
    expect(piece.title).toBe('千余名职工收获工会温暖')
    expect(piece.bylines.map((b) => b.name)).toEqual(['吴小平', '王顺', '曾小萍', '陳小玲'])
  })

  it('joins a head line ending in 召开 with what was held', () => {
    const piece = parseNewspaperText('青县总工会隆重召开\n“中国梦·劳动美”青县第五届劳动模范颁奖典礼\n\n6月14日,青县第五届劳动模范颁奖典礼举行,10名职工获表彰。\n')
    expect(piece.title).toBe('青县总工会隆重召开“中国梦·劳动美”青县第五届劳动模范颁奖典礼')
  })
})

describe('forum and channel headers of batch 23', () => {
  it('drops a forum\'s login lines and a forum\'s name, and a channel\'s campaign before the title', () => {
    for (const line of ['查看: 13|回复: 0', '您需要 登录 才可以下载或查看,没有账号?注册']) expect(readFurniture(line)).toEqual({})
    const forum = parseNewspaperText('青禾市论坛\n\n首页 » 问答 » 青禾市总工会百场竞赛献礼\nxyz - 2025/4/9 4:23:00\n\n来源:工人日报客户端\n\n原标题:青禾市总工会百场竞赛献礼百年华诞\n\n4月18日,青禾市“建功‘十四五’”劳动和技能竞赛启动,全市百场竞赛同步开展。\n')
    expect(forum.title).toBe('青禾市总工会百场竞赛献礼百年华诞')
    const channel = parseNewspaperText('青禾娱乐2026年两节工会送温暖行动·暖闻|冬日里的暖“新”关爱\n\n1月6日,青禾市总工会走访慰问新就业形态劳动者,送去米面油等慰问品。\n')
    expect(channel.title).toBe('冬日里的暖“新”关爱')
    expect(channel.kicker).toBeNull()
  })
})

describe('photo pages of news sites (tuning batch t)', () => {
  it('dates a page by a time of posting with the year apart (`2021 05/ 01 15:28:12`) and never takes it, or a page id, for the headline', () => {
    expect(readFurniture('2021 05/ 01 15:28:12')?.date).toMatchObject({ year: 2021, month: 5, day: 1 })
    expect(readFurniture('010020050570000000000000011113261127401382')).toEqual({})
    const piece = parseNewspaperText(['青禾网 > 图片 > 正文', '2021 05/ 01 15:28:12', '来源：青禾网', '', '青禾全媒+丨致敬那些平凡的身影', '', '  这是4月23日拍摄的劳模李某的肖像（4月23日摄）。 青禾社记者王小松摄', '', BODY, '', '010020050570000000000000011113261127401382'].join('\n'))
    expect(piece.title).toBe('致敬那些平凡的身影')
    expect(piece.kicker).toBe('青禾全媒+')
    expect(piece.source.date).toBe('2021-05-01')
    // The photographer's name glued between the role and the mark.
    expect(piece.bylines).toEqual([{ role: '摄影', name: '王小松' }])
    expect(piece.blocks.map((b) => b.text)).not.toContain('010020050570000000000000011113261127401382')
  })

  it('reads the numbered captions of a photo story (①…②…) and its photographer glued to 摄影报道, and drops the site’s recommendations', () => {
    const piece = parseNewspaperText(
      [
        '返城农民工扫描',
        '',
        BODY,
        '①他们带着新的希望，又回到了繁华的都市。',
        '②刘某55岁，从老家返回青禾接着去年的活干。',
        '③王某，40岁，在青禾火车站打工，春节未回家。',
        '本报记者 郭小军摄影报道',
        '',
        '新闻推荐',
        '青禾建工在重大项目中书写国企担当',
      ].join('\n'),
    )
    expect(piece.captions).toEqual(['①他们带着新的希望，又回到了繁华的都市。', '②刘某55岁，从老家返回青禾接着去年的活干。', '③王某，40岁，在青禾火车站打工，春节未回家。'])
    expect(piece.bylines).toEqual([{ role: '摄影', name: '郭小军' }])
    expect(piece.sections).toEqual([])
  })

  it('numbered points of an article with no photographer stay its text', () => {
    const piece = parseNewspaperText(['青禾工会三件实事', '', BODY, '①建成职工驿站十个。', '②开展技能比武五场。', '③慰问困难职工百户。'].join('\n'))
    expect(piece.captions).toEqual([])
  })

  it('drops a video’s producers and an image viewer’s button from its credits', () => {
    expect(readFurniture('青禾日报、青禾开放大学(青禾工匠学院)联合出品')).toEqual({})
    expect(readFurniture('返回原图')).toEqual({})
  })
})

describe('repeats, menus and credits of web copies (tuning batches r and s)', () => {
  const MORE = '活动中，劳模们还带来了自己总结的操作法，手把手教年轻职工如何排查设备故障。'

  it('drops the headline repeated with its page number or the site’s name, an ad slot’s error and the mobile-site link', () => {
    const piece = parseNewspaperText(['青禾钳工30年磨砺 成就细如发丝“匠心”(2)_青禾健康报', '广告位API接口通信错误,查看广告获取帮助', '青禾健康报移动版', '主页 > 医疗中心 >', '', '青禾钳工30年磨砺 成就细如发丝“匠心”(2)', '', BODY, MORE].join('\n'))
    expect(piece.title).toBe('青禾钳工30年磨砺 成就细如发丝“匠心”')
    expect(piece.sections).toEqual([])
    expect(piece.blocks.map((b) => b.text)).toEqual([BODY, MORE])
  })

  it('reads `口述：… 整理：…` as the piece’s authors, and drops a menu whose items hold a middle dot', () => {
    const piece = parseNewspaperText(['首页 热点关注 专题推荐 高层动态 电子报', '媒体看青禾 融媒作品 企业·动态 党建·政工 科技·人力 管理·法治', '', '土办法也能刨出金点子', '', '口述:杨小标 整理:邓 添', '', BODY].join('\n'))
    expect(piece.bylines).toEqual([{ role: null, name: '杨小标' }, { role: null, name: '邓添' }])
    expect(piece.sections).toEqual([])
  })

  it('reads a list of officials a line each (`王某 全国总工会主席`) as entries, not headings', () => {
    const piece = parseNewspaperText(['青禾市总工会领导', '', BODY, '', '王小明 青禾市总工会主席', '', '陈 刚 青禾市总工会党组书记、副主席', '', '张小兰 青禾市总工会副主席(兼)', '', BODY].join('\n'))
    expect(piece.sections).toEqual([])
    expect(piece.workers).toEqual([])
  })
})

describe('furniture of batch aa', () => {
  it('drops an image’s generated name, a follow-us line and a slide counter on the title, and reads a day-and-site line', () => {
    const BODY3 = '4月29日,青禾市迎五一劳动节主题活动在广场举行,来自一线的20名环卫工人和家政服务员收到艺术照。'
    expect(parseNewspaperText(['e6c3d06d-07e8-4625-b33f-0cf04dbe9c1e_IMAGE_0', '致敬劳动者', BODY3].join('\n')).title).toBe('致敬劳动者')
    expect(parseNewspaperText(['关注我们获得更多精彩内容', '首期“劳模工匠面对面”活动开讲了!', BODY3].join('\n')).title).toBe('首期“劳模工匠面对面”活动开讲了')
    expect(parseNewspaperText(['高温下青禾最美劳动者 (1/10)', BODY3].join('\n')).title).toBe('高温下青禾最美劳动者')
    const site = parseNewspaperText(['青禾职工迎新春', '2026-01-29 中国青禾网', BODY3].join('\n'))
    expect(site.subtitle).toBeNull()
    expect(site.source).toMatchObject({ publication: '中国青禾网', date: '2026-01-29' })
  })
})

describe('no heading of names or ad slots (tuning batches t and z)', () => {
  it('reads no heading from photographers’ names run together, nor from ad slots, but keeps `…简介`', () => {
    const BODY4 = '5月1日,青禾建工集团项目部的建设者们坚守在施工一线,确保工程按期完工,用汗水诠释劳动之美。'
    const piece = parseNewspaperText(['坚守一线的建设者', BODY4, '彭小银李佩珂林小石', BODY4.replace('5月1日', '当天'), 'adall01 adall02', BODY4.replace('5月1日', '节日期间')].join('\n\n'))
    expect(piece.sections).toEqual([])
    expect(parseNewspaperText(['三位劳模的故事', BODY4, '范小兵胡为义 邬进辉简介', BODY4.replace('5月1日', '当天')].join('\n\n')).sections).toEqual(['范小兵胡为义 邬进辉简介'])
  })
})
