// Layout traits met on a fresh batch of real pages (tuning corpus, batch 4): photos' captions
// without a mark (under a photo's alternative text, after the text, with a person's place in the
// photo, under an agency's photo dateline), e-paper labels with the reader's buttons, a county
// media centre's review chain, list numbers and doubled lines of a copied page, an agency's
// dispatch carrying the title, headlines that ask, and people listed as chosen or honoured.
// Every fixture here is invented; it reproduces a layout trait, not a page's text.
import { describe, expect, it } from 'vitest'

import { parseNewspaperText } from '../../../src/import/index'
import { readFurniture } from '../../../src/import/parse/furniture'
import { paragraphsOf } from './helpers'

const LEAD = '近日，青禾市总工会组织二十名劳模走进车间，与一线职工交流操作技巧，现场解答技术难题十余个，受到职工欢迎。'
const MORE = '活动中，劳模们还带来了自己总结的操作法，手把手教年轻职工如何排查设备故障，提高检修效率。'
const LAST = '市总工会有关负责人表示，下一步将持续开展劳模进车间活动，让劳模精神在一线生根发芽。'

describe('captions without a mark', () => {
  it('reads the line under a photo’s alternative text as its caption, the alt text dropped', () => {
    const piece = parseNewspaperText(
      ['致敬高温下的坚守', '', LEAD, '', '致敬高温下的坚守(图1)', '', '7月9日，电力工人在青禾变电站巡检设备。', '', '致敬高温下的坚守(图2)', '', '7月9日，环卫工人在河堤清扫落叶(无人机照片)。', '', LAST].join('\n'),
    )
    expect(piece.title).toBe('致敬高温下的坚守')
    expect(piece.captions).toEqual(['7月9日，电力工人在青禾变电站巡检设备。', '7月9日，环卫工人在河堤清扫落叶(无人机照片)。'])
    expect(piece.sections).toEqual([])
  })

  it('keeps a long paragraph under a photo’s place as text, and a short unpunctuated line there as a heading', () => {
    const piece = parseNewspaperText(['劳模工作室里的新面孔', '', LEAD, '本文插图', MORE, '自动草稿', '一条线上的师徒', LAST].join('\n'))
    expect(piece.captions).toEqual([])
    expect(piece.sections).toEqual(['一条线上的师徒'])
    expect(piece.lead).toContain(MORE)
  })

  it('reads a line naming a person’s place in the photo as a caption, never as the headline of a page without one', () => {
    const piece = parseNewspaperText([LEAD, '青禾市总工会主席王明(左二)为劳模工作室授牌', MORE, LAST].join('\n'))
    expect(piece.captions).toEqual(['青禾市总工会主席王明(左二)为劳模工作室授牌'])
    expect(piece.title).not.toContain('授牌')
  })

  it('reads lines after the text that show a work as captions, and a site’s slogans there as nothing', () => {
    const piece = parseNewspaperText([LEAD, MORE, LAST, '青禾日报头版刊登工作室成员采写的稿件', '工作室代表作品《车间里的春天》', '工作室代表作品《十年磨一剑》', '欢迎您提供新闻线索'].join('\n'))
    expect(piece.captions).toEqual(['青禾日报头版刊登工作室成员采写的稿件', '工作室代表作品《车间里的春天》', '工作室代表作品《十年磨一剑》'])
  })

  it('reads a line too long for a heading that names an award for a work as a caption, a comma inside 《》 not starting a paragraph', () => {
    const piece = parseNewspaperText([LEAD, MORE, '《灯下的焊花，车间的春天》荣获2024年青禾新闻奖一等奖', '走进车间看变化。' + LAST].join('\n'))
    expect(piece.captions).toEqual(['《灯下的焊花，车间的春天》荣获2024年青禾新闻奖一等奖'])
    expect(piece.lead.at(-1)).toMatch(/^走进车间看变化。/)
  })

  it('reads a short sentence without a clause standing alone between long paragraphs as a caption, a short paragraph with a clause as text', () => {
    const piece = parseNewspaperText(['走近工匠主题采访', '', LEAD, '', '“走近青禾工匠”集体主题采访活动。', '', MORE, '', '做一名好焊工，他坚持了18年。', '', LAST].join('\n'))
    expect(piece.captions).toEqual(['“走近青禾工匠”集体主题采访活动。'])
    expect(piece.lead).toContain('做一名好焊工，他坚持了18年。')
  })

  it('reads a caption with 受访者供图 after its stop, and a montage caption of several sentences', () => {
    const piece = parseNewspaperText(
      ['技能冠军的日常', '', LEAD, '', '技能冠军秦朗在训练中。受访者供图', '', '“抹灰冠军，成于细腻”', '', MORE + LAST, '', '拼版照片，上图：2008年3月12日，秦朗(右)在车间练习。下图：2024年4月25日，秦朗在赛场上。新华社记者 林方 摄', '', LAST].join('\n'),
    )
    expect(piece.captions).toEqual(['技能冠军秦朗在训练中。', '拼版照片，上图：2008年3月12日，秦朗(右)在车间练习。下图：2024年4月25日，秦朗在赛场上。'])
    expect(piece.sections).toEqual(['“抹灰冠军，成于细腻”'])
  })

  it('reads the line under an agency’s photo dateline as the caption, the story after it as text, and dates the piece by it', () => {
    const piece = parseNewspaperText(
      ['新华社照片，青禾，2024年12月18日', '12月18日，社区工作人员为户外劳动者送上热汤。', '临近冬至，青禾市某街道总工会邀请快递员、环卫工人等户外劳动者共享“家宴”，为他们送上温暖。', '新华社记者 林方 摄'].join('\n'),
    )
    // A news photo: the dated scene is its caption, the story of the day (临近冬至，…) its text.
    expect(piece.captions).toEqual(['12月18日，社区工作人员为户外劳动者送上热汤。'])
    expect(paragraphsOf(piece)).toEqual(['临近冬至，青禾市某街道总工会邀请快递员、环卫工人等户外劳动者共享“家宴”，为他们送上温暖。'])
    expect(piece.source.date).toBe('2024-12-18')
    // No byline of its own: the photographer is its author.
    expect(piece.bylines).toEqual([{ role: '摄影', name: '林方' }])
  })

  it('reads a picture item under its headline: the dated line is the caption, the news after 当日 the item\'s text', () => {
    const piece = parseNewspaperText(['为户外劳动者送清凉', '', '7月24日，户外劳动者在社区工会驿站休息、品尝解暑水果。', '', '当日，青禾市某乡总工会在社区工会驿站开展“高温送清凉”活动，为建筑工人、环卫工人等准备了1000余份清凉礼包，并请医生为大家讲解防暑知识。', '', '新华社记者 林方 摄'].join('\n'))
    expect(piece.captions).toEqual(['7月24日，户外劳动者在社区工会驿站休息、品尝解暑水果。'])
    expect(piece.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text)).toEqual(['当日，青禾市某乡总工会在社区工会驿站开展“高温送清凉”活动，为建筑工人、环卫工人等准备了1000余份清凉礼包，并请医生为大家讲解防暑知识。'])
    expect(piece.bylines).toEqual([{ role: '摄影', name: '林方' }])
    expect(piece.figures.map((f) => f.value)).toContain(1000)
  })
})

describe('photo stories', () => {
  it('takes the title a site names its photos after, a lead written as verse as text, and the captions under the photos', () => {
    const piece = parseNewspaperText(
      ['当前所在位置: 首页 > 人物资讯', '', '致敬烈日下的劳动者', '', '2023-08-18 本站作者 【 字体:', '', '入伏后', '', '多地气温持续走高', '', '一线的劳动者们', '', '依然坚守在岗位', '', '致敬烈日下的劳动者(图1)', '', '8月15日，施工人员在青禾高铁建设现场作业。', '', '致敬烈日下的劳动者(图2)', '', '8月16日，青禾编组站的调车员走向货车车厢准备作业(无人机照片)。'].join('\n'),
    )
    expect(piece.title).toBe('致敬烈日下的劳动者')
    expect(piece.lead).toEqual(['入伏后多地气温持续走高一线的劳动者们依然坚守在岗位'])
    expect(piece.captions).toEqual(['8月15日，施工人员在青禾高铁建设现场作业。', '8月16日，青禾编组站的调车员走向货车车厢准备作业(无人机照片)。'])
    expect(piece.source.date).toBe('2023-08-18')
  })

  it('reads a page of nothing but captioned photos as its photos’ captions rather than refusing it', () => {
    const piece = parseNewspaperText(['劳动者的夏天', '', '劳动者的夏天(图1)', '', '8月15日，施工人员在青禾高铁建设现场作业。', '', '劳动者的夏天(图2)', '', '8月16日，调车员走向货车车厢准备作业。'].join('\n'))
    expect(piece.title).toBe('劳动者的夏天')
    expect(piece.captions).toEqual(['8月15日，施工人员在青禾高铁建设现场作业。', '8月16日，调车员走向货车车厢准备作业。'])
    expect(piece.paragraphs).toBe(0)
    expect(piece.blocks.map((b) => b.type)).toEqual(['caption', 'caption'])
  })
})

describe('page furniture', () => {
  it('reads an e-paper label with the reader’s buttons after it, two-letter pages included', () => {
    expect(readFurniture('第AA02版:政事 要闻 上一版3 4下一版')).toEqual({ page: 'AA02' })
    expect(readFurniture('第01版:封面 PDF版阅读')).toEqual({ page: '01' })
    const piece = parseNewspaperText(['第02版:要闻综合 PDF版阅读', '', '劳模广场开放', '', `本报讯(记者 秦朗 通讯员 赵明)${LEAD}`].join('\n'))
    expect(piece.title).toBe('劳模广场开放')
    expect(piece.kicker).toBeNull()
    expect(piece.source.page).toBe('02')
    expect(piece.bylines.map((b) => b.name)).toEqual(['秦朗', '赵明'])
  })

  it('reads a byline whose roles are glued to the names before them, in traditional characters', () => {
    const piece = parseNewspaperText(['勞模暢游福塔', '2012-04-26 07:32 來源:青禾今報', '青禾今報首席記者 夏明遠實習生 付雨晴/文', LEAD].join('\n'))
    expect(piece.title).toBe('勞模暢游福塔')
    expect(piece.bylines.map((b) => b.name)).toEqual(['夏明遠', '付雨晴'])
    expect(piece.source.publication).toBe('青禾今報')
  })

  it('reads a workers’ paper (某某工报) with its date under the headline, and its e-paper footer', () => {
    const piece = parseNewspaperText(['青禾县总工会组织劳模疗休养', '', '青禾工报 2025年05月12日', '', `  本报讯 ${LEAD}`, '', '  (高晴)', '', '青禾工报工会 06青禾县总工会组织劳模疗休养 2025-05-12 2 2025年05月12日 星期一'].join('\n'))
    expect(piece.subtitle).toBeNull()
    expect(piece.source).toEqual({ publication: '青禾工报', page: '06', date: '2025-05-12' })
    expect(piece.bylines.map((b) => b.name)).toEqual(['高晴'])
    expect(readFurniture('青禾工报工会 06标题 2025-05-12 2 2025年05月12日 星期一')).toMatchObject({ publication: '青禾工报', page: '06' })
  })

  it('takes the byline from a newsroom’s `记者：` label and drops the review chain under the text', () => {
    const piece = parseNewspaperText([LEAD, MORE, '县融媒体中心记者:秦朗', '编 辑:赵 明', '一 审:钱 芳', '二审:孙立', '总监制:李强', '免责声明'].join('\n'))
    expect(piece.bylines.map((b) => b.name)).toEqual(['秦朗'])
    expect(piece.kicker).toBeNull()
    expect(piece.sections).toEqual([])
    expect(piece.lead.join('')).not.toMatch(/审|监制|免责/)
  })

  it('reads an agency, or a source labelled 出处, as the publication, and a bracketed information line', () => {
    expect(readFurniture('来源:新华社   作者:     2025/4/28  人气:8')).toMatchObject({ publication: '新华社' })
    expect(readFurniture('[日期:2016年5月3日   出处:新华社 2016-5-1      阅读:744 次]')).toMatchObject({ publication: '新华社', date: { year: 2016, month: 5, day: 3 } })
  })

  it('drops a copied list’s numbers and a site’s name over the page, and takes the time of posting before the tools', () => {
    const piece = parseNewspaperText(['青禾大学新闻网', '1.', '1.', '2. 劳模讲堂开进校园', '', '2023-08-18 本站作者 【 字体:', '', LEAD, MORE].join('\n'))
    expect(piece.title).toBe('劳模讲堂开进校园')
    expect(piece.source.date).toBe('2023-08-18')
  })

  it('prefers the article’s labelled time to the date a site’s header shows', () => {
    const piece = parseNewspaperText(['2022年3月2日 星期三', '当前位置: 生活频道 详情', '', '为户外劳动者送清凉', '', '青禾网 | 发布时间:2024-07-25 14:21:22 |', '', LEAD, MORE].join('\n'))
    expect(piece.title).toBe('为户外劳动者送清凉')
    expect(piece.source.date).toBe('2024-07-25')
  })

  it('drops a line printed twice in a row (a photo’s caption under it and in its title)', () => {
    const piece = parseNewspaperText(['技能赛场展风采', '', '【查看原图】', '12月11日，参赛选手在汽车维修项目比赛中。', '12月11日，参赛选手在汽车维修项目比赛中。', '', LEAD].join('\n'))
    expect(piece.captions).toEqual(['12月11日，参赛选手在汽车维修项目比赛中。'])
    expect(piece.subtitle).toBeNull()
  })
})

describe('headlines', () => {
  it('takes the title an agency’s dispatch names after 题：', () => {
    const piece = parseNewspaperText(['新华社青禾4月30日电题:这个五一，看劳动者如何炼成', '新华社记者', LEAD, '一台电脑:释放创造的潜力', MORE].join('\n'))
    expect(piece.title).toBe('这个五一，看劳动者如何炼成')
    expect(piece.sections).toEqual(['一台电脑:释放创造的潜力'])
  })

  it('takes a headline that asks, over the site’s name and an agency dateline without a name', () => {
    const piece = parseNewspaperText(['青禾大学新闻网', '栏目导航:网站首页>>聚焦时事', '【字体:   打印本页', '最美劳动者，为何是他们？', '[日期:2016年5月3日   出处:新华社 2016-5-1      阅读:744 次]', '新华社北京5月1日电   新华社记者', LEAD, MORE].join('\n'))
    expect(piece.title).toBe('最美劳动者，为何是他们？')
    expect(piece.sections).toEqual([])
    expect(piece.source).toMatchObject({ publication: '新华社', date: '2016-05-03' })
  })
})

describe('sections and glued captions', () => {
  it('takes no heading of a site’s buttons and counters (用户名 密码注册, 打印文章 发送给我好友, 阅读数:…, 军事APP)', () => {
    const piece = parseNewspaperText(['青禾劳模走进车间', '', '用户名 密码注册', '', LEAD, '', '打印文章 发送给我好友', '', MORE, '', '阅读数:1012 文章字数:10024', '', '军事APP', '', LAST].join('\n'))
    expect(piece.sections).toEqual([])
    expect(piece.blocks.map((b) => b.text)).toEqual([LEAD, MORE, LAST])
  })

  it('takes a web title’s page number and site off the headline (标题(2)_某某报), and the layout’s (主题) mark', () => {
    expect(parseNewspaperText(['青禾钳工30年磨砺 成就细如发丝“匠心”(2)_青禾健康报', '', LEAD].join('\n')).title).toBe('青禾钳工30年磨砺 成就细如发丝“匠心”')
    expect(parseNewspaperText(['提质升级让服务触手可及(主题)', '', LEAD].join('\n')).title).toBe('提质升级让服务触手可及')
  })

  it('takes no heading of the headline printed again over the text, whose paragraphs are the lead', () => {
    const piece = parseNewspaperText(['目录', '', '【2023.04.29】青禾区表彰45名劳模和先进工作者', '', '青禾快讯青禾2023-04-29800', '4月28日，青禾区庆祝“五一”国际劳动节暨劳动模范表彰大会举行。', '', '青禾区表彰45名劳模和先进工作者', '', LEAD, '', MORE].join('\n'))
    expect(piece.title).toBe('青禾区表彰45名劳模和先进工作者')
    expect(piece.sections).toEqual([])
    expect(piece.lead.slice(-2)).toEqual([LEAD, MORE])
  })

  it('takes no heading of a caption with its credit, an entry’s labels, a page’s button or a line leading into a gallery', () => {
    const piece = parseNewspaperText(
      ['青禾职工摄影比赛揭晓', '', LEAD, '', '主办方为获奖职工颁发证书 单位供图', '', MORE, '', '作者:丁小全 青禾公路事业发展中心', '', LAST, '', '下面我们一起来欣赏', '', '青禾日报出品 关注公众号,随时阅读青禾日报', '', '一、劳模进车间', '', LEAD].join('\n'),
    )
    expect(piece.sections).toEqual(['一、劳模进车间'])
    expect(piece.captions).toEqual(['主办方为获奖职工颁发证书'])
    expect(piece.blocks.some((b) => b.text.includes('关注公众号'))).toBe(false)
    // The paragraphs under a heading that was none belong to the heading above them (none here).
    expect(piece.blocks.filter((b) => b.type === 'paragraph' && b.text === MORE).map((b) => b.type === 'paragraph' && b.section)).toEqual([null])
  })

  it('reads a bulleted label and an aged name over a heading as a profile’s parts', () => {
    const piece = parseNewspaperText(['劳模畅游福塔', LEAD, '■ 人物', '84岁的秦长庚:', '劳模不是领个奖章了事', MORE].join('\n'))
    expect(piece.sections).toEqual(['人物', '84岁的秦长庚:劳模不是领个奖章了事'])
  })

  it('keeps a heading that repeats part of the headline inside the text, and ends a quotation’s attribution where it stands', () => {
    const piece = parseNewspaperText(
      ['0543-5070686', '青禾伍思网络', '青禾新闻人畅谈记者节:笔耕不辍莫负韶华', '', '“一腔爱，一支笔，所到之处尽是担当。”', '', '——青禾县记者节颁奖典礼·颁奖词', '', '笔耕不辍莫负韶华', '', LEAD, '', MORE].join('\n'),
    )
    expect(piece.title).toBe('青禾新闻人畅谈记者节:笔耕不辍莫负韶华')
    expect(piece.sections).toEqual(['笔耕不辍莫负韶华'])
    expect(piece.lead).toEqual(['“一腔爱，一支笔，所到之处尽是担当。”', '——青禾县记者节颁奖典礼·颁奖词'])
  })

  it('splits a caption and its credit glued before the article’s dateline', () => {
    const piece = parseNewspaperText(['劳模工匠宣传周启动', `宣传周启动仪式座谈会现场。青禾网记者秦朗 摄 青禾网合肥4月24日电(记者 秦朗) ${LEAD}`].join('\n'))
    expect(piece.captions).toEqual(['宣传周启动仪式座谈会现场。'])
    expect(piece.bylines.map((b) => b.name)).toEqual(['秦朗'])
    expect(piece.lead[0]).toMatch(/^近日，青禾市总工会/)
  })

  it('names a model worker before 宣读', () => {
    const piece = parseNewspaperText(['表彰大会召开', `本报讯(记者 秦朗) 昨日，全省表彰大会召开。全国劳动模范黄久明宣读了倡议书。`].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(['黄久明'])
  })
})

describe('workers in lists', () => {
  it('takes every person of a list of people chosen, a 主任 too, and no name cut short', () => {
    const piece = parseNewspaperText(
      ['青禾7人入选省级工匠', LEAD, '我市入选的3人分别为:青禾恒达公司副经理葛明远,青禾粮油公司品研部主任张立坤,青禾药业公司主任丁文杰。'].join('\n'),
    )
    expect(piece.workers.map((w) => w.name)).toEqual(['葛明远', '张立坤', '丁文杰'])
  })

  it('reads a list a line each under `分別是：` in traditional characters', () => {
    const piece = parseNewspaperText(['青禾工匠年度人物揭曉', '據省總工會消息，我省3名職工獲評年度工匠。分別是:', '青禾汽車有限公司 邢明浩', '青禾航天技術有限公司 胡志遠', '青禾機械廠 唐一凡', LAST].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(['邢明浩', '胡志遠', '唐一凡'])
  })

  it('reads `employer, a space, name` lines under 分别是 even with a surname it does not know, and a name after 主任 with two characters', () => {
    const piece = parseNewspaperText(
      ['青禾工匠年度人物揭晓', '此次评选出的3位年度人物来自汽车制造、航天科技等领域。分别是:', '青禾汽车(江北)有限公司 邢浩', '青禾钢轧总厂 邬琼', '青禾航天技术有限公司 胡志强', '他们以执着守初心，谱写了新时代工匠精神的动人篇章。', '来源| 青禾日报'].join('\n'),
    )
    expect(piece.workers.map((w) => w.name)).toEqual(['邢浩', '邬琼', '胡志强'])
    expect(piece.source.publication).toBe('青禾日报')
    const chosen = parseNewspaperText(['青禾工匠年度人物名单公布', '10位年度人物分别是:青禾疫苗公司生产车间主任周锋,青禾钢铁公司电工、高级技师袁军。'].join('\n'))
    expect(chosen.workers.map((w) => w.name)).toEqual(['周锋', '袁军'])
  })

  it('takes two names the sentence counts as model workers (甲、乙二位劳模)', () => {
    const piece = parseNewspaperText(['劳模疗休养', '在劳模大讲堂中，青禾理工大学教授寇明远、青禾有色金属公司宋长福二位劳模分享了观礼体会。'].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(['寇明远', '宋长福'])
  })

  it('takes names before 等省部级以上劳动模范, in traditional characters too', () => {
    const piece = parseNewspaperText(['縣總工會走訪勞模', '9月27日，縣總工會帶領班子成員到張明遠、賴文貴、何永林、李成才等省部級以上勞動模范家中開展慰問活動。', LAST].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(['張明遠', '賴文貴', '何永林', '李成才'])
  })
})

describe('captions printed over the story (tuning batch u)', () => {
  it('reads the short lines over a story whose dateline opens the text as the photos’ captions', () => {
    const piece = parseNewspaperText(
      ['青禾職工新春座談會開場舞蹈。', '市總工會主席李某致辭。', '職工代表家屬沖上臺來擁抱親人。', '青禾日報消息(記者趙小鵬)新春座談活動上，職工代表正在訴說著不能回家過年的離愁時，家人們突然現身舞臺上。', '1月20日中午，青禾市總工會舉辦的慰問職工新春座談會在工人文化宮舉行，200名職工參加。'].join('\n'),
    )
    expect(piece.captions).toEqual(['青禾職工新春座談會開場舞蹈。', '市總工會主席李某致辭。', '職工代表家屬沖上臺來擁抱親人。'])
    expect(piece.bylines).toEqual([{ role: '记者', name: '趙小鵬' }])
  })

  it('keeps short opening sentences as text when no dateline follows them', () => {
    const piece = parseNewspaperText(['青禾的春天', '', '春天来了。', '花开了。', '青禾市的职工们走出车间，在厂区的花园里散步，享受难得的午后时光，大家说说笑笑。'].join('\n'))
    expect(piece.captions).toEqual([])
  })
})

describe('labels of photos side by side (tuning batch l)', () => {
  it('reads two short labels between paragraphs (`电工决赛` / `焊工决赛`) as two captions, not a heading', () => {
    const piece = parseNewspaperText(['青禾县职工技能竞赛闭幕', '', LEAD, '电工决赛', '焊工决赛', MORE].join('\n'))
    expect(piece.captions).toEqual(['电工决赛', '焊工决赛'])
    expect(piece.sections).toEqual([])
  })
})

describe('a series of craftsmen in traditional characters (tuning batch s)', () => {
  const page = [
    '將工匠精神書寫在平凡崗位上',
    '',
    '圖①:李小凱在青禾站站臺進行聽漏作業。葉小增 楊小森攝影報道',
    '',
    '圖②:曹小傑在用顯微鏡檢查材料。記者 徐小靖/攝',
    '',
    '新年伊始，本報記者分赴多地，記錄一線工匠的絕活。',
    '',
    '',
    '李小凱累計避免水損耗約115萬立方米——“用心聽測及時維修”',
    '',
    '白天黑夜，嚴寒酷暑，李小凱經常拿著聽漏儀器四處巡查，他所在的供水公司管著數百公里的管道。',
  ].join('\n')

  it('reads a caption credited 攝影報道 in traditional characters, and its photographers', () => {
    const piece = parseNewspaperText(page)
    // (The photo's number is the page's layout, left off as for `图①：`.)
    expect(piece.captions).toEqual(['李小凱在青禾站站臺進行聽漏作業。', '曹小傑在用顯微鏡檢查材料。'])
    expect(piece.bylines.map((b) => b.name)).toEqual(expect.arrayContaining(['葉小增', '楊小森', '徐小靖']))
  })

  it('reads `what the part is about——“its words”` as a section heading, and counts the figure it gives', () => {
    const piece = parseNewspaperText(page)
    expect(piece.sections).toEqual(['李小凱累計避免水損耗約115萬立方米——“用心聽測及時維修”'])
    expect(piece.figures.map((f) => `${f.value}${f.unit}`)).toContain('1150000立方米')
  })
})

describe('no page refused for want of a headline (tuning batch v)', () => {
  it('takes a stand-in headline from a body whose every paragraph opens with marks left by a wrong encoding', () => {
    const piece = parseNewspaperText(['??? 3月8日，青禾區總工會在青禾公司開展了“三八”婦女節慶祝活動，區總工會副主席出席活動并講話。', '??? 在隨後的游園活動中，女職工們積極參加趣味活動，一片歡聲笑語。'].join('\n'))
    expect(piece.title).toBe('青禾區總工會在青禾公司開展了“三八”婦女節慶祝活…')
    expect(piece.warnings[0]?.en).toMatch(/^no headline marked/)
  })
})

describe('a copied body without its title (tuning batch w)', () => {
  const body = [
    '長樂新聞網訊 3月9日,青禾市總工會開會表彰一批在攻堅行動中涌現出來的先進集體和個人,授予“工人先鋒號”“五一先鋒崗”等榮譽。',
    '此次共有43個集體獲評青禾市“工人先鋒號”，市鐵路建設指揮部主任高立峰等10位個人獲青禾市“五一勞動獎章”。',
    '(石榴鄉情報記者 海風)',
  ].join('\n')

  it('takes what happened as the stand-in headline, not the dispatch lead or the day', () => {
    const piece = parseNewspaperText(body)
    expect(piece.title).toBe('青禾市總工會開會表彰一批在攻堅行動中涌現出來的先…')
    expect(parseNewspaperText('通讯员郭小霞1月18日，青禾市总工会主席一行走访慰问困难职工，送去慰问金和米面油。\n慰问组详细询问了职工的身体状况。').title).toBe('青禾市总工会主席一行走访慰问困难职工')
    expect(parseNewspaperText('本网新城讯近日，青禾国际工会举办了一场热闹的职工拔河比赛。\n比赛分为男子组和女子组。').title).toBe('青禾国际工会举办了一场热闹的职工拔河比赛')
  })

  it('names no worker from the dispatch lead, and reads the closing byline of a paper by any name ending in 报', () => {
    const piece = parseNewspaperText(body)
    expect(piece.workers.map((w) => w.name)).not.toContain('樂新聞')
    expect(piece.bylines).toEqual([{ role: '记者', name: '海風' }])
  })
})

describe('a series page of profiles, each signed by its reporter (tuning batch x)', () => {
  const page = [
    '致敬，新时代的劳动者【2】',
    '',
    '——走近全国最美职工',
    '',
    '2018年05月03日16:10  来源：青禾网-青禾日报',
    '',
    ' 林 杰：井下设备的“神医”',
    '',
    '“PLC编程”“变频拔轮器”……一说到自己的专业技术，林杰就打开了话匣子。他是青禾煤矿综采维修电工高级技师，20年来提出合理化建议186条。',
    '',
    '1997年，林杰毕业到二号井当维修电工，培养出一批优秀技术人员。（记者 刘小焱）',
    '',
    '何世毅：精于钢板上飞针走线',
    '',
    '何世毅是青禾第一机械集团车体分厂的一名电焊工。1992年以来，他扎根焊接一线，练就了一身绝活。',
  ].join('\n')

  it('takes a title numbered as a part of its series for the headline', () => {
    const piece = parseNewspaperText(page)
    expect(piece.title).toBe('致敬，新时代的劳动者【2】')
    expect(piece.subtitle).toBe('走近全国最美职工')
  })

  it('reads `name: a phrase` over text about that person as a profile heading, before the body and after a signed paragraph', () => {
    const piece = parseNewspaperText(page)
    expect(piece.sections).toEqual(['林杰：井下设备的“神医”', '何世毅：精于钢板上飞针走线'])
    expect(piece.workers.map((w) => w.name)).toEqual(['林杰', '何世毅'])
    expect(piece.bylines).toEqual([{ role: '记者', name: '刘小焱' }])
  })
})

describe('a feature reposted from a paper’s overseas edition (tuning batch x)', () => {
  const page = [
    '大国工匠这样“炼”成',
    '',
    '本报记者 林小婕《人民日报海外版 》(2021年06月24日第04版)',
    '',
    '获奖者张小铁(左一)。 青禾市人社局供图',
    '',
    '6月22日，第十五届高技能人才表彰大会在北京举行，30名来自不同行业的大国工匠获得中华技能大奖这一殊荣。',
    '',
    '“不是一味干‘粗活’，知识和技术才是实现人生价值的本钱”',
    '',
    '“我只是一个普通的人，在普通的岗位上做到了极致。”刘小丽是青禾石油公司的一名采油工、高级技师。',
  ].join('\n')

  it('splits the byline from the paper and page it was printed on', () => {
    const piece = parseNewspaperText(page)
    expect(piece.bylines).toEqual([{ role: '记者', name: '林小婕' }])
    expect(piece.source).toMatchObject({ page: '04', date: '2021-06-24' })
    expect(piece.sections).not.toContain('本报记者林小婕《人民日报海外版 》(2021年06月24日第04版)')
  })

  it('reads a line all in quotes between paragraphs as a heading, and the winner a photo shows as a worker', () => {
    const piece = parseNewspaperText(page)
    expect(piece.sections).toEqual(['“不是一味干‘粗活’，知识和技术才是实现人生价值的本钱”'])
    expect(piece.workers.map((w) => w.name)).toContain('张小铁')
  })

  it('reads headings numbered in two levels (2.1 技术革新，助力生产)', () => {
    const piece = parseNewspaperText(['油田深处的石油红', '清晨的第一缕阳光洒在青禾油田的土地上，一群身穿红色工作服的女子已经来到井场。', '一、匠心筑梦，创新不止', '在青禾油田，像刘小丽这样的采油工人还有很多，她们在创新路上不断前行。', '2.1 技术革新，助力生产', '青禾油田第四采油厂的一位女职工凭借扎实过硬的基本功，在职业技能竞赛中获得金牌。', '2.2 创新工作室，激发活力', '刘小丽带领团队成立了一个创新工作室，攻克了多项技术难题。'].join('\n'))
    expect(piece.sections).toEqual(['一、匠心筑梦，创新不止', '2.1技术革新，助力生产', '2.2创新工作室，激发活力'])
  })
})

describe('a post that sets part of its text as verse (tuning batch w)', () => {
  it('reads short phrases a line, several ending in a comma, as one paragraph rather than headings', () => {
    const lines = ['青禾市总工会启动庆祝五一国际劳动节职工系列主题活动', '4月11日,青禾市总工会围绕“劳动有福 劳动造福”主题,结合劳模工匠助企行,在全市启动庆祝五一国际劳动节职工系列主题活动。', '在第134个五一国际劳动节来临之际', '青禾工会坚持政治引领,', '紧扣职工所需', '精心准备了迎接和庆祝', '劳动佳节的系列主题活动', '多角度宣传劳动风采、', '报道工会工作', '1、开展劳模主题宣讲和工会服务进基层活动', '组织劳模工匠开展进企业、进学校、进社区宣讲活动,时间为4月11日至5月10日。']
    const piece = parseNewspaperText(lines.join('\n\n'))
    expect(piece.sections).toEqual(['1、开展劳模主题宣讲和工会服务进基层活动'])
    expect(paragraphsOf(piece)[1]).toMatch(/^在第134个五一国际劳动节来临之际.*报道工会工作$/)
  })
})

describe('a work report’s headings of two clauses (tuning batch y)', () => {
  it('reads a line of two clauses and no stop between paragraphs of a file of whole lines as a heading', () => {
    const piece = parseNewspaperText(['青禾工会劳动竞赛综述', '2013年以来,青禾省总工会深入开展劳动竞赛,各级工会组织职工群众广泛参与,取得了显著成效。', '依托园区经济,着力拓宽劳动竞赛覆盖领域', '为响应国家号召,振兴当地经济,青禾省每个县都建有一个工业园区,园区工会普遍开展了劳动竞赛活动,参赛职工逐年增多。'].join('\n'))
    expect(piece.sections).toEqual(['依托园区经济,着力拓宽劳动竞赛覆盖领域'])
  })

  it('drops a portal’s menus and buttons among the text', () => {
    const piece = parseNewspaperText(['青禾职工运动会开幕', '5月2日,青禾市第五届职工运动会开幕,来自全市的2000余名职工参加比赛。', '打開網易新聞 查看精彩圖片', '汽车视界 金融财经', '比赛设田径、球类等12个大项,将持续一个月。'].join('\n'))
    expect(piece.sections).toEqual([])
    expect(paragraphsOf(piece)).toHaveLength(2)
  })
})

describe('lines of batch z', () => {
  it('splits the day from the byline on one line, and reads a heading numbered `一 ` with a space', () => {
    const piece = parseNewspaperText(['劳动的人们最美', '——走近全国“最美职工”获得者(上)', '2017-04-27 新华社记者 樊 曦 叶小鸣', '', '劳动是幸福的源泉,梦想的阶梯。为大力弘扬劳模精神,全国总工会评选出10位“最美职工”。', '一 坚持党的领导 凝心铸魂', '牢牢把握正确政治方向,旗帜鲜明讲政治,引导广大职工听党话、跟党走,各级工会组织开展宣讲活动300余场。'].join('\n'))
    expect(piece.bylines).toEqual([{ role: '记者', name: '樊曦' }, { role: '记者', name: '叶小鸣' }])
    expect(piece.source.date).toBe('2017-04-27')
    expect(piece.sections).toEqual(['一 坚持党的领导 凝心铸魂'])
  })

  it('keeps a caption naming a person’s place in the picture apart from the heading over it', () => {
    const piece = parseNewspaperText(['青禾工匠李小斌', '“李小斌不止一次说过,工匠精神代表企业的底色。”青禾汽车公司的同事们这样评价他,他带出的徒弟遍布各个车间。', '', '安全规范代代传', '', '李小斌(右)向年轻工人传授心得', '', '作为青禾汽车公司的首席技师,李小斌始终把安全放在第一位,他总结的操作规范被全公司推广使用。'].join('\n'))
    expect(piece.sections).toEqual(['安全规范代代传'])
    expect(piece.captions).toEqual(['李小斌(右)向年轻工人传授心得'])
  })
})

describe('headings set as the bold first sentence of their paragraphs (tuning batch aa)', () => {
  it('takes two or more quoted lead-ins of the same make out as headings', () => {
    const piece = parseNewspaperText(['青禾工会推动“学当建”走深走实', '今年以来,青禾省总工会深入开展“学思想、当先锋、建新功”主题活动,取得了明显成效。', '“学思想”入脑入心。青禾工会创新打造“工会微课堂”,推动党的创新理论进企业、进车间、进班组。', '“当先锋”实干为要。青禾工会紧紧围绕全面振兴目标任务,组织开展劳动和技能竞赛1200余场。'].join('\n'))
    expect(piece.sections).toEqual(['“学思想”入脑入心', '“当先锋”实干为要'])
    expect(paragraphsOf(piece)[1]).toMatch(/^青禾工会创新打造/)
  })
})

describe('a post written as verse, a ranking inside it (tuning batch l)', () => {
  it('keeps the verse as paragraphs instead of dropping it as scraps, and reads the ranked people', () => {
    const verse = ['青禾最美劳动者评选结果出炉', '在我们生活的各个角落', '无数劳动者就犹如满天繁星', '在各自的岗位上默默发光发热', '用双肩扛起责任', '用汗水履行职责', '最终产生了3名“最美劳动者”', '第一名 张小博', '劳动的本质向来质朴而必须', '真实平凡的劳动更能被凝神瞩目', '第二名 贾小辉', '生命若是一场旅途', '劳动就是最美的盛放', '第三名 茂名团队', '致敬每一位辛勤奋斗的劳动者'].join('\n')
    const piece = parseNewspaperText(verse)
    expect(paragraphsOf(piece).join('')).toContain('无数劳动者就犹如满天繁星')
    expect(paragraphsOf(piece)).toContain('第一名张小博')
    expect(piece.workers.map((w) => w.name)).toEqual(['张小博', '贾小辉', '茂名团队'])
  })
})

describe('verse broken by a photo, and a site’s menu (tuning batch j)', () => {
  it('keeps five phrases or more a line as text, but never a menu', () => {
    const piece = parseNewspaperText(['青禾村的收集员', '来源:青禾网', '', '青禾县凤羽镇的李小喜是全镇23名畜禽粪便收集员中唯一的女性,她的故事在当地广为流传。', '', '每天清晨6时', '', '在青禾白族自治州', '', '洱源县凤羽镇上寺村', '', '总能看到李小喜', '', '挨家挨户收集畜禽粪便的身影', '', '李小喜挨家挨户收集畜禽粪便。青禾县委宣传部供图', '', '不论是炎炎夏日还是数九寒冬,她都坚持在岗位上。'].join('\n'))
    expect(paragraphsOf(piece).join('')).toContain('总能看到李小喜')
    const menu = parseNewspaperText(['青禾职工书屋揭牌', '5月2日,青禾市首家24小时职工书屋揭牌,为职工提供图书2万余册。', '- 首頁', '- 民文', '- English', '- 網站無障礙', '- 舉報', '- 登錄'].join('\n'))
    expect(paragraphsOf(menu)).toHaveLength(1)
  })
})

describe('a report pasted without its line breaks (tuning batch u)', () => {
  it('cuts the text where each numbered part starts and takes a short first sentence as its heading', () => {
    const body = '过去一年,新区工会在上级工会和新区党工委的坚强领导下,团结带领广大职工群众,主动作为、积极担当,各项工作取得了新的成效,努力成为职工信赖的“娘家人”。主要工作总结如下:(一)牢牢把握正确政治方向,开展职工思想教育。坚持把维护核心地位、自觉接受党的领导作为第一位的政治要求,组织开展宣讲活动120余场,覆盖职工两万余人次,引导职工听党话、跟党走。(二)广泛开展劳动技能竞赛,服务新区经济社会发展。全年组织各类劳动和技能竞赛36项,参赛职工1.2万人次,评选表彰技术能手50名,为新区高质量发展贡献了工会力量。(三)持续深化服务职工工作,不断增强职工获得感。全年发放困难职工帮扶资金300余万元,新建职工驿站15个,开展金秋助学、夏送清凉等活动,惠及职工3万余人次。'
    const piece = parseNewspaperText(['青禾新区工会2022年度工作报告', body].join('\n'))
    expect(piece.sections).toEqual(['(一)牢牢把握正确政治方向,开展职工思想教育', '(二)广泛开展劳动技能竞赛,服务新区经济社会发展', '(三)持续深化服务职工工作,不断增强职工获得感'])
    expect(paragraphsOf(piece)[0]).toMatch(/总结如下:$/)
  })
})
