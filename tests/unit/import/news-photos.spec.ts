// News photos as agencies and reposting sites print them (session 16, pages of photos): the dated
// scene is the caption and the story of the day after it is text, an agency's series titles
// (`#(社会)(2)…`) mark where a photo stands, and the photographers the captions credit are bylines
// whatever the agency or outlet printed before them. Every fixture is invented.
import { describe, expect, it } from 'vitest'

import { parseNewspaperText } from '../../../src/import/index'
import { newsPhotoSplit } from '../../../src/import/parse/captions'
import { paragraphsOf } from './helpers'

describe('a news photo’s caption and its story', () => {
  it('splits the story of the day (当日是…, 该驿站…, 据悉…, 近年来…) off a dated scene', () => {
    expect(newsPhotoSplit('5月1日，工人在青禾港码头装卸集装箱。当日是“五一”国际劳动节，众多劳动者坚守岗位。')).toEqual({
      caption: '5月1日，工人在青禾港码头装卸集装箱。',
      story: '当日是“五一”国际劳动节，众多劳动者坚守岗位。',
    })
    expect(newsPhotoSplit('9月10日，在青禾公园的工会驿站，一名志愿者正在整理药箱。该驿站设有休息室和母婴室，向户外劳动者开放。')?.caption).toBe('9月10日，在青禾公园的工会驿站，一名志愿者正在整理药箱。')
    expect(newsPhotoSplit('8月2日，青禾市总工会干部为环卫工人送上清凉饮品。近年来，市总工会建成工会驿站120家。')?.story).toBe('近年来，市总工会建成工会驿站120家。')
  })

  it('splits the story off a scene of the day (近日，…, 4日，…) when it opens as one (临近冬至, 在…之际) or runs on longer than the scene', () => {
    expect(newsPhotoSplit('近日，外卖配送员在青禾县户外爱心驿站休息。近年来，青禾县建成爱心驿站30个。')?.caption).toBe('近日，外卖配送员在青禾县户外爱心驿站休息。')
    expect(newsPhotoSplit('12月18日，厨师为户外劳动者下饺子。临近冬至，街道总工会邀请户外劳动者共享家宴。')?.caption).toBe('12月18日，厨师为户外劳动者下饺子。')
    expect(newsPhotoSplit('4日，青禾市环卫职工子女暑托班开班。本期暑托班历时一个月，围绕环卫行业特点设计了四大主题课程，还安排了安全教育、手工制作和户外参观等活动，受到职工欢迎。')?.story.startsWith('本期暑托班')).toBe(true)
    expect(newsPhotoSplit('今年暑假是青禾医院职工子女托管班开办的第十个年头。据了解，医院工会每逢寒暑假就开办托管班。')?.caption).toBe('今年暑假是青禾医院职工子女托管班开办的第十个年头。')
  })

  it('splits off a story that goes on from a holiday or a time (“五一”假期，…, 最近，…) or says who the pictured worker is, from a scene dated in the caption (6月8日摄) or after 上图：', () => {
    expect(newsPhotoSplit('5月4日，青禾大桥改造工程工地上，工人在安装桥梁伸缩缝。“五一”假期，施工人员坚守岗位，确保工程如期推进。')?.caption).toBe('5月4日，青禾大桥改造工程工地上，工人在安装桥梁伸缩缝。')
    expect(newsPhotoSplit('上图：5月4日，青禾工业园一家企业的工人在加班赶制订单。最近，该公司订单不断增加，员工轮班生产。')?.story).toBe('最近，该公司订单不断增加，员工轮班生产。')
    expect(newsPhotoSplit('方小修（右）在检查零部件的精度（6月8日摄）。方小修是青禾汽车研发院高级技师，获得全国技术能手称号。')?.caption).toBe('方小修（右）在检查零部件的精度（6月8日摄）。')
    expect(newsPhotoSplit('3月5日，林小宝（右）与工会干部在帮扶中心查阅资料。57岁的林小宝是青禾市总工会负责人，全国五一劳动奖章获得者。')?.caption).toBe('3月5日，林小宝（右）与工会干部在帮扶中心查阅资料。')
  })

  it('takes the scene after 图为 / 图二为 when the story is told first, the story staying text before the photo', () => {
    expect(newsPhotoSplit('10月26日是青禾省第十个环卫工人节。节日前夕，县领导看望慰问了一线环卫工人。图为环卫职工在整理新装，准备上岗。')).toEqual({
      caption: '图为环卫职工在整理新装，准备上岗。',
      story: '10月26日是青禾省第十个环卫工人节。节日前夕，县领导看望慰问了一线环卫工人。',
      storyFirst: true,
    })
    const piece = parseNewspaperText('青禾环卫工人节前夕受慰问\n\n▲10月26日是青禾省第十个环卫工人节。节日前夕，县领导看望慰问了一线环卫工人。图为环卫职工在整理新装，准备上岗。 方小祥 摄\n')
    expect(piece.captions).toEqual(['图为环卫职工在整理新装，准备上岗。'])
    expect(piece.blocks.map((b) => b.type)).toEqual(['paragraph', 'caption'])
  })

  it('keeps a scene of two sentences whole, and an undated item unless its story opens with 当日', () => {
    expect(newsPhotoSplit('5月1日，工人在车间里检修设备。一名女工在调试仪表。')).toBeNull()
    expect(newsPhotoSplit('职工们在赛场上比拼技能。近年来，大赛已办了五届。')).toBeNull()
    expect(newsPhotoSplit('职工们在赛场上比拼技能。当日，青禾市第三届职工技能大赛开幕。')?.caption).toBe('职工们在赛场上比拼技能。')
  })

  it('reads an agency’s photo series: slugs dropped, captions and stories apart, photographers as bylines, the agency as publication, the first caption for a missing headline', () => {
    const item = (scene: string, who: string) => [`${scene}当日是“五一”国际劳动节，众多劳动者在岗位上度过节日。新华社发（${who} 摄）`, '']
    const text = [
      ...item('5月1日，在青禾港码头，装卸工人在作业。', '尹小功'),
      '#(社会)(2)劳动节里劳动忙',
      '',
      ...item('5月1日，青禾市一建筑工地上，工人在绑扎钢筋。', '周小军'),
      '#(社会)(3)劳动节里劳动忙',
      '',
      ...item('5月1日，检修人员在青禾机务段检查机车。', '耿小和'),
    ].join('\n')
    const piece = parseNewspaperText(text)
    expect(piece.captions).toEqual(['5月1日，在青禾港码头，装卸工人在作业。', '5月1日，青禾市一建筑工地上，工人在绑扎钢筋。', '5月1日，检修人员在青禾机务段检查机车。'])
    expect(paragraphsOf(piece)).toHaveLength(3)
    expect(paragraphsOf(piece).every((p) => p.startsWith('当日是'))).toBe(true)
    expect(piece.blocks.some((b) => b.text.includes('#'))).toBe(false)
    expect(piece.bylines).toEqual([
      { role: '摄影', name: '尹小功' },
      { role: '摄影', name: '周小军' },
      { role: '摄影', name: '耿小和' },
    ])
    // The day is left off the stand-in title: what the photo shows is.
    expect(piece.title.startsWith('在青禾港码头')).toBe(true)
    // Every photo the agency's: the piece is the agency's, named as printed.
    expect(piece.source.publication).toBe('新华社')
    expect(parseNewspaperText(text.replace(/新华社发/g, '新華社發')).source.publication).toBe('新華社')
  })

  it('reads a series of dated photos closed by the story they illustrate: the story stays text, the credit is the series’', () => {
    const scenes = ['8月26日，外卖骑手在青禾工会驿站的冰箱内取用免费的矿泉水。', '8月26日，外卖骑手在青禾工会驿站测量血压。', '8月26日拍摄的青禾南湖区24小时工会驿站。']
    const story = '近期，青禾市南湖区升级打造的38个工会驿站投入使用，为高温下的户外劳动者筑起“清凉防线”，驿站配备了空调、冰箱、饮水机和血压仪。'
    const piece = parseNewspaperText([...scenes, story, '新华社记者 徐小昱 摄'].join('\n'))
    expect(piece.captions).toEqual(scenes)
    expect(paragraphsOf(piece)).toContain(story)
    expect(piece.bylines).toEqual([{ role: '摄影', name: '徐小昱' }])
    expect(newsPhotoSplit('8月23日下午，青禾市职工服务中心门口，工作人员给环卫工人送上清凉饮品。7月中旬以来，中心每天为户外劳动者提供免费冷饮。')?.story).toBe('7月中旬以来，中心每天为户外劳动者提供免费冷饮。')
  })

  it('takes a photographer of a rare surname after an outlet’s 记者 in a caption’s credit', () => {
    const piece = parseNewspaperText(['青禾职工运动会开幕', '', '趣味项目毛毛虫比赛中。青禾日报-青禾网记者 蔚小任 摄', '', '运动会开幕式现场。青禾日报-青禾网记者 杨小峰 摄'].join('\n'))
    // Each line closed by its credit is one photo's caption: the second is not glued to the first.
    expect(piece.captions).toEqual(['趣味项目毛毛虫比赛中。', '运动会开幕式现场。'])
    expect(piece.bylines.map((b) => b.name)).toEqual(['蔚小任', '杨小峰'])
  })
})

describe('a scene of the day and the news after it, on lines of their own (tuning batch o)', () => {
  it('reads the scene as the caption with the credit under the news, and the news (据了解，…) as text', () => {
    const piece = parseNewspaperText(['“劳动美”摄影展开展', '前日，青禾市总工会联合市摄影家协会举办职工摄影比赛优秀作品展，并现场颁奖。', '据了解，此次活动共征集作品800幅，摄影作品主角涵盖医务工作者、农民工、教师、企业职工等人群，并从中选出80幅优秀作品入展，其中职工入围作品50幅、专家作品30幅。', '本报记者 吴小婷 摄'].join('\n'))
    expect(piece.captions).toEqual(['前日，青禾市总工会联合市摄影家协会举办职工摄影比赛优秀作品展，并现场颁奖。'])
    expect(piece.blocks.some((b) => b.type === 'paragraph' && b.text.startsWith('据了解'))).toBe(true)
  })
})
