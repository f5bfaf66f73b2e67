// Reposted and mirrored pages (tuning corpus, classes 1–3, 5, 6): a headline in a copied table,
// a site's keyword list above the headline, the time and author run together, a magazine's issue
// line, a long 引题 printed as a sentence above the headline and its byline, `本报讯 （笔名）`, a
// role word inside `全媒体记者/`, names the next sentence calls honoured. Invented fixtures.
import { describe, expect, it } from 'vitest'

import { bylineInParagraph } from '../../../src/import/bylines'
import { parseNewspaperText } from '../../../src/import/index'
import { extractWorkers } from '../../../src/import/people'

const BODY = '前两天，老周打电话告诉我好消息：拖欠了半年的工资，总算一分不少地拿到了手，工友们都很高兴。'

describe('reposted pages', () => {
  it('reads a headline and masthead copied inside a table', () => {
    const piece = parseNewspaperText(['|', '讨薪路上的老周 |', '|', '| NEWS.EXAMPLE.COM 2005年03月08日08:00 青禾生活报 |', '|', '页面功能 【我来说两句】【推荐】【打印】 【关闭】 |', '|', BODY].join('\n'))
    expect(piece.title).toBe('讨薪路上的老周')
    expect(piece.source).toEqual({ publication: '青禾生活报', page: null, date: '2005-03-08' })
  })

  it('skips a keyword list at the top and reads the time with the author and an issue line', () => {
    const piece = parseNewspaperText(['在线视频,免费观看,高清下载,手机观看,最新资源 ?', '', '我写老师傅', '', '2020-02-03 10:14:55周明亮', '青禾工运 2020年3期', '关键词:青禾时代', '', BODY].join('\n'))
    expect(piece.title).toBe('我写老师傅')
    expect(piece.source.date).toBe('2020-02-03')
    expect(piece.bylines.map((b) => b.name)).toEqual(['周明亮'])
  })

  it('takes a long sentence without its stop above the headline and byline as the kicker', () => {
    const piece = parseNewspaperText(['艱苦的日子往往讓人回到最純粹的狀態。也許這就是老林想回到二十年前工地的原因', '重回老工地', '本報記者 林方', BODY].join('\n'))
    expect(piece.title).toBe('重回老工地')
    expect(piece.kicker).toBe('艱苦的日子往往讓人回到最純粹的狀態。也許這就是老林想回到二十年前工地的原因')
    expect(piece.bylines).toEqual([{ role: '记者', name: '林方' }])
  })
})

describe('bylines in the dateline', () => {
  it('reads a pen name after 本报讯 and a space', () => {
    const piece = parseNewspaperText(['十位职工荣获“最美职工”', '本报讯 (工文)在“五一”国际劳动节前夕，十位“最美职工”榜单正式发布，在职工中引起强烈反响。'].join('\n'))
    expect(piece.bylines.map((b) => b.name)).toEqual(['工文'])
  })

  it('does not split 全媒体记者 before a slash', () => {
    expect(bylineInParagraph('青禾日报讯(全媒体记者/谭小吾)1月17日，劳模团拜会举行。')?.line.bylines.map((b) => b.name)).toEqual(['谭小吾'])
  })
})

describe('workers', () => {
  it('reads names the sentence counts (`等9名个人`) where the paragraph is about an honour', () => {
    expect(extractWorkers('最终推选出陈明、周时丽、潘小锁等3名个人。他们均是全国五一劳动奖章获得者。').map((w) => w.name)).toEqual(['陈明', '周时丽', '潘小锁'])
    expect(extractWorkers('会议邀请了陈明、周时丽、潘小锁等3名代表发言。').map((w) => w.name)).toEqual([])
  })
})

describe('news sites and reposting sites', () => {
  it('drops a channel’s label above the title (`栏目` / `基层工作`, `青禾新闻`), a title of its own words kept whole', () => {
    const title = '青禾县总工会召开2024年困难职工帮扶工作 新闻发布会'
    expect(parseNewspaperText(['栏目', '', '基层工作', '', title, '', '2025-01-03', '', BODY].join('\n')).title).toBe(title)
    const piece = parseNewspaperText(['青禾新闻', '', '喜迎“五一” 青禾全市各地表彰劳模', '', '来自:青禾日报 访问量:1267', '', BODY].join('\n'))
    expect(piece.title).toBe('喜迎“五一” 青禾全市各地表彰劳模')
    expect(piece.kicker).toBeNull()
    // A short headline that happens to end in 工作 is still the headline.
    expect(parseNewspaperText(['劳模进车间指导工作', '', BODY].join('\n')).title).toBe('劳模进车间指导工作')
  })

  it('names a site’s channel as the page prints it: 人民网-四川频道, 中新网四川, 中新网安徽新闻…电', () => {
    const head = (source: string) => parseNewspaperText(['青禾职工运动会开幕', '', `2025年07月24日14:44 | 来源：${source}`, '', BODY].join('\n')).source.publication
    expect(head('人民网-四川频道')).toBe('人民网-四川频道')
    expect(head('中新网四川 编辑：韩小雨')).toBe('中新网四川')
    expect(head('青禾新闻网')).toBe('青禾新闻网')
    const dateline = parseNewspaperText(['青禾职工运动会开幕', '', `中新网安徽新闻8月18日电 ${BODY}`].join('\n'))
    expect(dateline.source.publication).toBe('中新网安徽')
    // The dispatch line is the page's, not the paragraph's; a site's footer is dropped whatever its length.
    const dispatch = parseNewspaperText([`中新网安徽新闻8月18日电 2023年8月17日，${BODY}`, '', `青禾新闻社安徽分社版权所有:刊用本网站稿件,务经书面授权 主办单位:青禾新闻社安徽分社 地址:青禾市梅山路8号 邮编:230000 电话:0551-12345678 传真:0551-12345679`].join('\n'))
    expect(dispatch.blocks).toEqual([{ type: 'paragraph', text: `2023年8月17日，${BODY}`, section: null }])
    expect(dispatch.title.startsWith('前两天')).toBe(true)
    expect(parseNewspaperText(['青禾职工运动会开幕', '', `中新网合肥8月18日电 ${BODY}`].join('\n')).source.publication).toBe('中新网')
  })

  it("drops a site's menu, a channel crumb and a reposting site's tail on the headline", () => {
    const piece = parseNewspaperText(
      ['青禾网首页 新闻 政务 评论 问政 舆情 社区 专题 视频', '新闻频道 > 科教新闻', '', '青禾职业技能大赛落幕|全球热点评', '', '发布时间:2015-01-03 17:04:52', '', '青禾网消息(记者艾小璐 通讯员程小洁)1月3日，青禾市职业技能大赛总结表彰大会举行，技术状元王小丽代表全体选手发出倡议。'].join('\n'),
    )
    expect(piece.title).toBe('青禾职业技能大赛落幕')
    expect(piece.bylines.map((b) => b.name)).toEqual(['艾小璐', '程小洁'])
    expect(piece.workers.map((w) => w.name)).toEqual(['王小丽'])
  })

  it('reads a long e-paper footer for the paper and takes 某某为…颁发聘书 for a caption', () => {
    const piece = parseNewspaperText(
      ['劳模宣讲进一线', '', '5月23日下午，青禾市劳模工匠进一线宣讲活动举行，各级劳模工匠分行业、分地区走进一线，广泛开展宣讲活动。', '', '林小庆为“新时代劳模工匠宣讲员”颁发聘书', '', '活动现场，三位劳模工匠分别进行了宣讲，他们的事迹感人肺腑，现场职工纷纷表示要立足岗位，扎实工作。', '', '2023-06-03 劳模宣讲进一线 2 2 青禾晚报 content_138071.html 1 3 三位劳模工匠分别进行了宣讲 /enpproperty-->'].join('\n'),
    )
    expect(piece.captions).toEqual(['林小庆为“新时代劳模工匠宣讲员”颁发聘书'])
    expect(piece.source).toEqual({ publication: '青禾晚报', page: null, date: '2023-06-03' })
  })
})

describe('a second validation batch', () => {
  it('takes a counter line for furniture and an agency-credited line for a caption, not the headline', () => {
    const counted = parseNewspaperText(['1200人获青禾五一劳动奖章 农民工比重创新高', '访问量:52034', '', '今天，青禾市总工会召开大会，表彰今年获得五一劳动奖章的代表，其中农民工占比创新高。'].join('\n'))
    expect(counted.title).toBe('1200人获青禾五一劳动奖章 农民工比重创新高')
    expect(counted.kicker).toBeNull()
    const credited = parseNewspaperText(['我省57人获五一劳动奖章', '', '2022-4-29 7:14:45 来源:青禾商报', '', '获得五一劳动奖章的代表合影留念   新华社发', '', '商报消息 28日，青禾市总工会召开大会表彰五一劳动奖获得者，颁发奖章966个。', '', '◎青禾商报·青禾网记者 王小博'].join('\n'))
    expect(credited.title).toBe('我省57人获五一劳动奖章')
    expect(credited.captions).toEqual(['获得五一劳动奖章的代表合影留念'])
    expect(credited.bylines.map((b) => b.name)).toEqual(['王小博'])
  })

  it("drops a web page's title line printed again as kicker and headline", () => {
    const piece = parseNewspaperText(['奋斗托起梦想 青禾部分会员获五一劳动奖章', '奋斗托起梦想', '青禾部分会员获五一劳动奖章', '2013年五一劳动奖章评选工作已经完成，各单位共推荐奖章1224个，其中青禾会员多人获奖。'].join('\n'))
    expect(piece.title).not.toBe('奋斗托起梦想 青禾部分会员获五一劳动奖章')
  })

  it('credits a piece with no byline of its own to the people its photo credit names, in traditional characters too', () => {
    const piece = parseNewspaperText(['學子走進勞模工作室', '日前，青禾公司勞模創新工作室迎來了一批特殊的客人，學子們來到工作室參觀學習，近距離感受勞模風采。', '本報記者 王曉穎 本報通訊員 劉志勇 攝'].join('\n'))
    expect(piece.bylines.map((b) => b.name)).toEqual(['王曉穎', '劉志勇'])
    // With a byline of its own, the photographers' credit under the text adds them after it.
    const written = parseNewspaperText(['學子走進勞模工作室', '本報記者 李紅', '日前，青禾公司勞模創新工作室迎來了一批特殊的客人，學子們來到工作室參觀學習，近距離感受勞模風采。', '本報記者 王曉穎 本報通訊員 劉志勇 攝'].join('\n'))
    expect(written.bylines.map((b) => b.name)).toEqual(['李紅', '王曉穎', '劉志勇'])
  })
})

describe('reposting sites’ cards and labels (tuning batch y)', () => {
  const BODY2 = '2月17日上午,青禾省工会第十五次代表大会在省城开幕。大会听取和审议了省总工会第十四届委员会的工作报告,选举产生新一届委员会。'

  it('takes the title a `原标题：` line gives under a column’s label, the label as the kicker', () => {
    const piece = parseNewspaperText(['(资料图片)', '【新闻特写】', '原标题:观摩“匠心”', '工人日报-中工网记者 杨小清 通讯员 宋小敏', BODY2].join('\n'))
    expect(piece.title).toBe('观摩“匠心”')
    expect(piece.kicker).toBe('新闻特写')
  })

  it('skips the account card of a reposting site and reads the account named over the post', () => {
    const piece = parseNewspaperText(['专栏名称: 青禾省人民政府门户网站', '发布省政府重大决策部署和重要政策文件、省政府领导同志重要会议活动等信息。', '目录', '相关文章推荐', '直播青禾  ·  两男子在网上开设赌场!法院宣判→ ·  4 小时前  ', '51好读  ›  专栏  ›  青禾省人民政府门户网站', '', '青禾省工会第十五次代表大会开幕', '', '青禾省人民政府门户网站  · 公众号  ·  · 2025-02-18 10:26', '', '正文', '', BODY2].join('\n'))
    expect(piece.title).toBe('青禾省工会第十五次代表大会开幕')
    expect(piece.source).toMatchObject({ publication: '青禾省人民政府门户网站', date: '2025-02-18' })
    expect(piece.sections).toEqual([])
  })

  it('takes the title over a `发布时间：` line, not the photo’s caption under it, and drops a spam site’s tail', () => {
    const piece = parseNewspaperText(['您现在的位置: 青禾新闻  >   民生图片', '', '高温下的劳动者', '', '发布时间:2013-07-12 08:49  青禾网 www.example.com.cn 【字体:放大 缩小 默认', '', '清除淤泥', '', '马小吉 摄', '', BODY2].join('\n'))
    expect(piece.title).toBe('高温下的劳动者')
    expect(piece.captions).toEqual(['清除淤泥'])
    expect(parseNewspaperText(['高歌唱响新时代“咱们工人有力量”-m6米乐网页版', BODY2].join('\n')).title).toBe('高歌唱响新时代“咱们工人有力量”')
  })
})
