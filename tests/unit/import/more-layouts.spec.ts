// Layout traits met on fresh batches of real pages (tuning corpus, batches ab–ad): headings of a
// file of whole lines that a comma does not make a sentence, and more. Every fixture here is
// invented; it reproduces a layout trait, not a page's text.
import { describe, expect, it } from 'vitest'

import { bylineAtEnd } from '../../../src/import/bylines'
import { parseNewspaperText } from '../../../src/import/index'
import { chromeCaption, chromeHeading } from '../../../src/import/parse/furniture'
import { paragraphsOf } from './helpers'

const LONG = '无论是雪域高原还是北国边疆，无论是客运一线还是建设现场，青禾铁路局的职工们立足岗位、默默坚守，用汗水守护着旅客的平安出行，他们的故事感动着身边的每一个人。'

describe('a short heading of one comma in a file of whole lines (tuning batch ab)', () => {
  it('stands over the paragraph three times its length instead of opening its sentence', () => {
    const piece = parseNewspaperText(['青禾铁路人的奋斗故事', '让我们走近他们，聆听一个个青禾铁路人的奋斗故事。', '最美，源自岗位上的坚守', LONG].join('\n'))
    expect(piece.sections).toEqual(['最美，源自岗位上的坚守'])
    expect(paragraphsOf(piece).at(-1)).toBe(LONG)
  })
  it('leaves a line cut after a comma and a word in its sentence', () => {
    const piece = parseNewspaperText(['青禾铁路人的奋斗故事', '让我们走近他们，聆听一个个青禾铁路人的奋斗故事。', '5月5日，在', LONG].join('\n'))
    expect(piece.sections).toEqual([])
  })
})

describe('a part’s label over a profile’s `姓名：一句话` heading (tuning batch ab)', () => {
  it('keeps the label and the person’s heading apart, and the person is the piece’s worker', () => {
    const piece = parseNewspaperText(
      ['编者按', '百年来，青禾钢铁行业紧跟时代步伐，几代钢铁人在平凡岗位上书写了不平凡的故事。', '绿富同兴', '卜小平：谢谢您，我热爱的南山矿', '我叫卜小平，是青禾钢铁南山矿的一名一线工人，在采场一干就是四十多年，见证了矿山的变迁。'].join('\n'),
    )
    expect(piece.sections).toEqual(['绿富同兴', '卜小平：谢谢您，我热爱的南山矿'])
    expect(piece.workers.map((w) => w.name)).toEqual(['卜小平'])
  })
})

describe('an honour list’s numbered parts at the end of the text (tuning batch ab)', () => {
  it('reads them as headings, not as verse joined into one paragraph', () => {
    const piece = parseNewspaperText(
      ['青禾教育系统表彰大会召开', '本报讯 9月9日，青禾市庆祝教师节暨教育系统先进表彰大会召开，会议表彰了一批先进集体和个人。', '其中，授予青禾市第一中学等5个单位“教育系统先进集体”称号，授予79名同志“模范教师”称号。', '以下为受表彰全名单', '一、教育系统先进集体', '二、模范教师', '三、优秀教师', '四、教育系统先进工作者', '五、优秀教育工作者'].join('\n'),
    )
    expect(piece.sections).toEqual(['一、教育系统先进集体', '二、模范教师', '三、优秀教师', '四、教育系统先进工作者', '五、优秀教育工作者'])
    expect(paragraphsOf(piece).at(-1)).toBe('以下为受表彰全名单')
  })
})

describe('the first part’s heading under the head’s photo (tuning batch ab)', () => {
  it('reads the caption with its supplier’s credit, then the heading over the text, nothing dropped', () => {
    const piece = parseNewspaperText(
      ['铁路工的匠心人生', '', '郑小良工作场景 。 青禾工务段供图 摄', '', '做传递工匠精神的接力棒', '', '从一名普通线路工到车间主任，从初级工到全路技术能手，郑小良在铁路线路维修岗位上干了30多年。', '', '郑小良深知，高铁的安全必须依靠一支高素质的队伍，因此他总是毫无保留地把技术传给年轻人。'].join('\n'),
    )
    expect(piece.sections).toEqual(['做传递工匠精神的接力棒'])
    expect(piece.blocks[0]).toMatchObject({ type: 'caption', text: '郑小良工作场景。', credit: '青禾工务段' })
    expect(piece.warnings.map((w) => w.en).join(' ')).not.toContain('dropped')
  })
})

describe('a paragraph closed by its writers’ line, a list’s heading under it (tuning batch ab)', () => {
  it('ends the paragraph at the byline and keeps the heading over the list', () => {
    const piece = parseNewspaperText(
      ['青禾市总工会表彰先进女职工', '3月1日下午，青禾市总工会召开庆祝三八妇女节暨先进女职工表彰会，表彰了一批先进集体和个人。', '会上，青禾市总工会女职工志愿服务计划正式启动，志愿服务队将开展看护、托管、心理关怀等服务。通讯员 胡小东见习记者 周小敏', '青禾市“五一劳动奖章”获得者(优秀女职工)', '王小琴 青禾市特殊教育学校副校长', '李小梅 青禾纺织集团挡车工'].join('\n'),
    )
    expect(piece.bylines.map((b) => b.name)).toEqual(['胡小东', '周小敏'])
    expect(piece.sections).toEqual(['青禾市“五一劳动奖章”获得者(优秀女职工)'])
    expect(paragraphsOf(piece)[1]).toMatch(/心理关怀等服务。$/)
  })
})

describe('captions over the paragraphs they illustrate (tuning batch ab)', () => {
  const para = (n: number) => `第${n}段，${'本届大赛吸引来自全市的16支代表队、179名技术精英同台竞技，赛事项目紧密围绕电力行业核心业务设置。'.repeat(2)}`
  it('reads a short sentence over a paragraph with no blank line between them as a photo’s caption, twice or more on a page', () => {
    const text = ['青禾电力职工技能大赛举办', '', '青禾日报讯 10月28日至30日，青禾市第二届电力行业职工职业技能大赛在青禾供电公司举办，来自全市的选手同台竞技。', '', '市总工会负责人宣布大赛开幕。', para(1), '', '在无人机巡检竞赛区，选手正认真比赛。', para(2), '', para(3)].join('\n')
    const piece = parseNewspaperText(text)
    expect(piece.blocks.filter((b) => b.type === 'caption').map((b) => b.text)).toEqual(['市总工会负责人宣布大赛开幕。', '在无人机巡检竞赛区，选手正认真比赛。'])
  })
  it('leaves such lines as text in a file whose paragraphs have no blank lines between them', () => {
    const tight = parseNewspaperText(['青禾电力职工技能大赛举办', para(4), '在电缆敷设竞赛区，选手正紧张作业。', para(1), '在无人机巡检竞赛区，选手正认真比赛。', para(2), para(3)].join('\n'))
    expect(tight.blocks.filter((b) => b.type === 'caption')).toEqual([])
  })
})

describe('a photo story’s captions after its text (tuning batch ab)', () => {
  const LEAD = '连日来，青禾气温节节攀升，已然进入“盛夏节奏”。在炎炎烈日下，城市的建设者依然在各个工地上忙碌，他们头顶烈日，冒着酷暑，挥汗奋战。昨日记者走访了高温下的劳动者。'
  const TAIL = ['烈日下工人作业的身影。', '园林工人黄师傅双手被晒得黑里透红，紧握着切割机来回作业。', '在烈日高温下，工人的手套更容易磨破。', '工人顶着烈日，在一栋37层高楼作业，为城市建设挥汗。']
  it('reads the one-sentence lines down to the end as captions when the story is credited to photographers', () => {
    const piece = parseNewspaperText(['高温下的坚守', '□晚报记者 王小峰 戴小晖 摄影报道', LEAD, ...TAIL].join('\n'))
    expect(piece.blocks.filter((b) => b.type === 'caption').map((b) => b.text)).toEqual(TAIL)
  })
  it('leaves them as text under a reporter’s byline', () => {
    const piece = parseNewspaperText(['高温下的坚守', '□晚报记者 王小峰', LEAD, ...TAIL].join('\n'))
    expect(piece.blocks.filter((b) => b.type === 'caption').map((b) => b.text)).not.toContain(TAIL[3])
  })
})

describe('a picture page from a newspaper archive (tuning batch ab)', () => {
  it('reads the page label with its section and column, and a 下图 caption that quotes someone', () => {
    const piece = parseNewspaperText(
      ['瞧，这些矿山的贤内助(图片)', '第2版(经济)专栏:', '瞧，这些矿山的贤内助', '上图：青禾煤矿家属协管会的妇女们，5年来订立了安全十嘱咐，每月举行一次慰问活动。这是家属们在井口慰问。王小国摄', '下图：青禾矿务局掘进队队长李小忠，18年干了27年的工作量；他爱人史小花经常到矿工家做思想工作。李小忠将奖章挂在史小花胸前说：“光荣也有你的一半。”时小远摄'].join('\n'),
    )
    expect(piece.source.page).toBe('2')
    expect(piece.blocks.filter((b) => b.type === 'caption').map((b) => b.credit)).toEqual(['王小国', '时小远'])
  })
})

describe('a caption glued after the text with its photographer’s boxed credit (tuning batch ab)', () => {
  it('splits off the caption and its credit', () => {
    const piece = parseNewspaperText('近日，青禾市邮政分公司工会组织开展了一场别开生面的职工趣味运动会，机关部室、直属单位及城区分公司广大干部职工踊跃参加。在同心球、龟兔赛跑等比赛项目中，参赛队员们全情投入，充分展现了邮政职工团结奋进的拼搏精神。图为参赛队员们正在进行“同心球”项目比赛。 □王小凤 摄影报道')
    const caption = piece.blocks.find((b) => b.type === 'caption')
    expect(caption).toMatchObject({ text: '图为参赛队员们正在进行“同心球”项目比赛。', credit: '王小凤' })
  })
})

describe('photos the text announces, each with a sentence, to the end of the page (tuning batch t)', () => {
  const INTRO = '一勤天下无难事。劳动者，于朴实之处种下繁花。让我们一起走近镜头下的劳动者，从稀松平常的工作瞬间里感受他们的力量。'
  const SHOTS = ['青禾钢铁集团炼铁厂，炉火正红冶炼忙。', '“镍电解生产线，今天我当班！”', '在市中心血站，她们认真严谨，只为千家万户用血安全可靠。', '巧夺天工！他们让成千上万吨钢材矗立在青禾的大地上。']
  it('reads each line after the announcement as a photo’s caption', () => {
    const piece = parseNewspaperText([INTRO, ...SHOTS].join('\n\n'))
    expect(piece.blocks.filter((b) => b.type === 'caption').map((b) => b.text)).toEqual(SHOTS)
  })
  it('leaves them as text when a paragraph follows them', () => {
    const piece = parseNewspaperText([INTRO, ...SHOTS, '据了解，青禾市总工会今年以来持续开展“劳动者风采”系列宣传活动，通过图片、视频等多种形式展示一线劳动者的精神风貌，受到广大职工欢迎。'].join('\n\n'))
    expect(piece.blocks.filter((b) => b.type === 'caption').map((b) => b.text)).not.toContain(SHOTS[2])
  })
})

describe('photos’ addresses with a query string (tuning batch o)', () => {
  it('drops the address and reads the line under it as the photo’s caption', () => {
    const piece = parseNewspaperText(
      ['代表打卡墙入藏工人运动历史展览', '', '青禾市工会代表大会近日胜利召开，会议期间设置的代表打卡墙吸引了众多代表签名留念，代表们纷纷表达建功新时代的决心。', '', 'http://file.example.com/o/202310/24/416_1698156331435.jpg?width=1080&size=90501', '“代表打卡墙”捐赠收据。', '', '劳模工匠、新就业形态劳动者、各级工会干部等代表纷纷在打卡墙上签名，打卡墙成为大会期间的一道风景。', '', 'http://file.example.com/o/202310/24/160_1698156331708.jpg?width=1080&size=128624', '青禾团代表、大国工匠、女焊工易小冉在打卡墙签名。'].join('\n'),
    )
    expect(piece.blocks.filter((b) => b.type === 'caption').map((b) => b.text)).toEqual(['“代表打卡墙”捐赠收据。', '青禾团代表、大国工匠、女焊工易小冉在打卡墙签名。'])
    expect(piece.blocks.map((b) => b.text).join('')).not.toContain('http')
  })
})

describe('a slideshow’s captions between paragraphs (tuning batch r)', () => {
  it('reads three short lines or more, two of them showing someone at it, as captions, the last one too', () => {
    const piece = parseNewspaperText(
      ['(来源:青禾工会)', '为丰富职工文化生活，增强全区干部职工的凝聚力，12月25日下午，青禾区总工会举办职工健步走活动，各基层工会的职工踊跃参加。', '入场前扫码、测温、签到、热身', '区人大常委会党组成员、区总工会主席杨小玉作动员讲话', '区总工会党组书记常务副主席臧小华致开幕辞', '区总工会领导班子成员全程领走', '此次活动以文体中心体育场东门为起点，绕运动会场地走12圈，全程大约5公里，参加总人数达400余人。'].join('\n'),
    )
    expect(piece.blocks.filter((b) => b.type === 'caption').map((b) => b.text)).toEqual(['入场前扫码、测温、签到、热身', '区人大常委会党组成员、区总工会主席杨小玉作动员讲话', '区总工会党组书记常务副主席臧小华致开幕辞', '区总工会领导班子成员全程领走'])
    expect(piece.sections).toEqual([])
  })
})

describe('a picture story’s captions over its dispatch lead (tuning batch ac)', () => {
  it('reads the captions above the lead, a doubled first one and one of two sentences included, and the lead’s writers', () => {
    const piece = parseNewspaperText(
      ['咱们工人有力量', '', '看着一艘即将交付的庞大货船，脏苦累的涂装工人露出了笑容。', '看着一艘即将交付的庞大货船，脏苦累的涂装工人露出了笑容。', '', '路桥工人在离地58米的桥墩顶外部凿孔。', '', '涂装工在给船桨喷漆。', '', '一名工人走下涂装中的货船。“再忙不忘安全”也是我们善意的提醒。', '', '青禾网-青禾日报4月24日讯(本网记者 游小辉 通讯员 李小钊 图/文)“五一”劳动节前夕，记者和青禾市工会干部深入劳动一线，到造船厂、高速公路工地等地开展体验式采访。'].join('\n'),
    )
    expect(piece.blocks.filter((b) => b.type === 'caption').map((b) => b.text)).toEqual(['看着一艘即将交付的庞大货船，脏苦累的涂装工人露出了笑容。', '路桥工人在离地58米的桥墩顶外部凿孔。', '涂装工在给船桨喷漆。', '一名工人走下涂装中的货船。“再忙不忘安全”也是我们善意的提醒。'])
    expect(piece.bylines.map((b) => b.name)).toEqual(['游小辉', '李小钊'])
  })
})

describe('a yearly review of photos told by their days (tuning batch ac)', () => {
  it('reads the year’s banner as the kicker and each dated line as a photo’s caption when the text says it shows pictures', () => {
    const days = ['12月12日，电力工人在青禾光伏产业项目输出线路进行布线。', '2月28日，青禾航天发动机公司数控车工何小虎当选“大国工匠年度人物”。', '6月25日，青禾厨师学校学生在老师指导下练习翻勺。', '1月30日，工人在青禾工会幼儿园进行基础阶段施工。']
    const piece = parseNewspaperText(
      ['第8596期:第04版 视角', '', '回望2023', '', '你忙碌的身影最美丽', '', '岁月不居，时节如流，2023年伴随着时钟滴答作响翩然而去。回望2023，总有这样一群人，默默坚守岗位。', '', '我们今日特别选取本报去年刊登过的部分劳动者精彩画面，以期将这些温暖的瞬间再次定格。', '', ...days.flatMap((d) => [d, ''])].join('\n'),
    )
    expect(piece.kicker).toBe('回望2023')
    expect(piece.title).toBe('你忙碌的身影最美丽')
    expect(piece.captions).toEqual(days)
  })
})

describe('a site’s menus and a blog’s sidebar over the title (tuning batch ad)', () => {
  const BODY = '区总工会聚焦服务职工，采取区、镇街、社区“三级联动”的方式，构建起全域覆盖的职工之家服务网络，让职工就近享受服务。'
  it('drops a crumb of channels and a menu of two channels run together', () => {
    expect(parseNewspaperText(['首页', '>要闻动态>部门动态', '', '创新提升|构建全域职工之家服务网络', '', BODY].join('\n')).title).toBe('构建全域职工之家服务网络')
    expect(parseNewspaperText(['工作动态', '工会大事记工会信息', '', '青禾邮区中心举办庆“五一”户外活动', '', '来源:青禾邮政工会时间:2022-05-19', '', BODY].join('\n')).title).toBe('青禾邮区中心举办庆“五一”户外活动')
  })
  it('drops a blog’s loading text, profile, font tools and category labels', () => {
    const piece = parseNewspaperText(['加载中…', '个人资料', '  • 博客等级:', '  • 博客积分:', '正文 字体大小:', '', '青禾市职工技能大赛决赛启动', '', '(2025-10-20 11:57:33)', '标签:', '', '分类: 资讯·文摘', '青禾市职工技能大赛决赛启动', '', BODY].join('\n'))
    expect(piece.title).toBe('青禾市职工技能大赛决赛启动')
  })
})

describe('a paper’s picture collection reposted with its account line (tuning batch ad)', () => {
  it('reads the title over the account line, the paper, and each photo’s line as its caption', () => {
    const shots = ['合影留念', '座谈会场景', '市总工会主席吴小明发表讲话', '市总工会党组书记包小宗热情迎接参会的工会工作者', '市总工会原主席李小奎发言', '全国劳模邹小斌发言']
    const piece = parseNewspaperText(
      ['风雨兼程七十载 阔步奋进新时代 庆祝青禾市总工会成立70周年座谈会图片集锦', '', '青禾工人报 2020-05-27 09:12 大字', '', ...shots.flatMap((s) => [s, '']), '本报记者石小杰', '', '5月25日上午，庆祝市总工会成立70周年座谈会在市总工会机关隆重召开，新老工会干部欢聚一堂，共话工会发展。', '', '大会全面回顾了青禾市工运事业发展历程，进一步继承和发扬了工人阶级的伟大品格和青禾工会的优良传统。'].join('\n'),
    )
    expect(piece.title).toBe('风雨兼程七十载阔步奋进新时代 庆祝青禾市总工会成立70周年座谈会图片集锦')
    expect(piece.source.publication).toBe('青禾工人报')
    expect(piece.captions.slice(0, shots.length)).toEqual(shots)
  })
})

describe('a column’s name over a title with its own subtitle (tuning batch ad)', () => {
  it('keeps the column out of the headline', () => {
    const piece = parseNewspaperText(['一线风采', '', '铁路人——坚守的节日最美丽', '', '发布时间:2015-10-28 来源:青禾铁道网', '阖家团圆的中秋，多姿多彩的黄金周，人们放松享受假期的时候，正是铁路开足马力、全力保障出行之时。'].join('\n'))
    expect(piece.title).toBe('铁路人')
    expect(piece.subtitle).toBe('坚守的节日最美丽')
  })
})

describe('a district media centre’s page (tuning batch ad)', () => {
  const text = ['2026', '02/14', '16:54', '来源:', '青禾区融媒体中心', '【字体:大中小】', '青禾区网讯(文图/蔡小敏通讯员/雷小雪)近日，青禾区街道工会联合会在万达广场工会驿站举办“法治护航 温暖同行”新春游园会，吸引80余名职工参加。', '活动现场，区委网信办工作人员开展节前辟谣专题宣讲，结合真实案例，提醒大家流言止于智者。', '', '现场职工参与法治小游戏', '游园会现场，各类趣味游戏和传统文化体验项目吸引众多职工踊跃参与，大家在游戏中学习法律知识。', '', '职工参与投壶游戏', '活动现场还特别设置写春联区域，书法爱好者将美好的祝福写在春联上，赠送给在场的职工。', '', '职工展示书法作品', '参与者们纷纷表示，游园会形式新颖、内容充实，既感受到了节日的氛围，也学到了法律知识。'].join('\n')
  it('reads the writers with a slash after each role, the source under its label, and the lines over paragraphs as photos’ captions', () => {
    const piece = parseNewspaperText(text)
    expect(piece.bylines.map((b) => b.name)).toEqual(['蔡小敏', '雷小雪'])
    expect(piece.captions).toEqual(['现场职工参与法治小游戏', '职工参与投壶游戏', '职工展示书法作品'])
    expect(piece.sections).toEqual([])
    expect(paragraphsOf(piece)[0]).toMatch(/^近日/)
  })
})

describe('photos numbered with a space, in traditional characters (tuning batch ad)', () => {
  it('reads each numbered line as a caption without its number, and no figure from it', () => {
    const piece = parseNewspaperText(['中秋、國慶佳節來臨之際，青禾公司工會組織開展戶外主題活動，公司班子領導、各部門及場站職工70餘人參加。', '圖1 戶外主題活動職工合影', '活動中，職工們參觀了農業博覽園，了解現代農業的發展成果，大家紛紛表示收穫滿滿。', '圖2 參觀農業博覽園', '隨後，職工們來到採摘園，體驗豐收的喜悅，現場歡聲笑語不斷。', '圖3 採摘活動現場'].join('\n'))
    expect(piece.captions).toEqual(['戶外主題活動職工合影', '參觀農業博覽園', '採摘活動現場'])
    expect(piece.figures.map((f) => f.unit)).not.toContain('戶')
  })
})

describe('profile cards of honoured craftsmen (tuning batch ad)', () => {
  it('reads each card’s name, employer and job as one entry and its person as a worker', () => {
    const piece = parseNewspaperText(
      ['正式揭晓！“青禾工匠年度人物”是他们', '', '10位“青禾工匠年度人物”都是所在行业的顶尖技术技能人才，都是劳模精神、劳动精神、工匠精神的优秀传承者。', '图片', '“青禾工匠年度人物”', '肖小军', '青禾光电股份有限公司总工程师', '图片', '肖小军深耕光电监控镜头行业二十七载。以他为首开发的产品累计有600多个，其个人拥有发明专利70项，覆盖照相系统、显微系统等多个领域，为企业创造了巨大的经济效益。', '“青禾工匠年度人物”', '侯小建', '青禾时装科技股份有限公司', '高级技师', '图片', '加入公司29年来，侯小建从基层车工做起，一步步成为茄克技术生产研究的核心关键人员。他曾获得省服装制作工技能竞赛第一名，带出的徒弟遍布全国各地的服装企业。'].join('\n'),
    )
    expect(piece.workers.map((w) => w.name)).toEqual(expect.arrayContaining(['肖小军', '侯小建']))
    expect(paragraphsOf(piece)).toContain('侯小建 青禾时装科技股份有限公司高级技师')
  })
  it('leaves an author’s card alone', () => {
    const piece = parseNewspaperText(['运-20发动机的锻造师', '2023-09-20 08:39', '', '杨小磊', '', '杨小磊作者', '', '青禾发动机涡轮轴锻造师', '', '在青禾重工的锻造车间里，杨小磊已经工作了二十多年，他锻造的涡轮轴装上了国产大飞机。'].join('\n'))
    expect(piece.workers.map((w) => w.name)).not.toContain('杨小磊')
  })
})

describe('editors in brackets and a site’s language menu (tuning batch ae)', () => {
  it('are furniture, never headings', () => {
    const body = '青禾市总工会近日举办职工技能大赛，来自全市各行业的300余名职工同台竞技，展示了新时代产业工人的精湛技艺。'
    const piece = parseNewspaperText(['青禾职工技能大赛举办', '中国国家英文新闻周刊日本語Deutsch Français English中文', body, '【责任编辑:陈小然】', '閱讀全文', '[责任编辑:李小元]', '版权声明'].join('\n'))
    expect(piece.sections).toEqual([])
    expect(paragraphsOf(piece)).toEqual([body])
  })
})

describe('a page’s loading progress over the title (tuning batch ae)', () => {
  it('is furniture: the title under it is the headline', () => {
    const piece = parseNewspaperText(['0%', '', '从普通工人到“技能状元” ——费小银眼中的“工匠精神”很实在', '', '今年34岁的费小银是个“80后”，也是青禾柴油机厂中试室的一名数控机床操作工，被同事们称为“数控达人”。'].join('\n'))
    expect(piece.title).toBe('从普通工人到“技能状元”')
    expect(piece.figures.map((f) => f.unit)).not.toContain('%')
  })
})

describe('a part’s label, a colon and two clauses (tuning batch ae)', () => {
  it('is a heading, not the start of the paragraph under it', () => {
    const piece = parseNewspaperText(['清晨的寒意中，青禾县的街道还未完全苏醒，快递员王师傅已开始了一天的奔忙，途经工会驿站时他熟练地推门而入。', '初心引领:思想赋能,聚“新”于魂', '如何让分散流动、节奏不定的快递小哥、货车司机们凝聚思想共识？青禾县总工会打破了传统集中学习的方式，把课堂搬到了驿站。'].join('\n'))
    expect(piece.sections).toEqual(['初心引领:思想赋能,聚“新”于魂'])
  })
})

describe('captions after the text over its author line (tuning batch ae)', () => {
  const TEXT = ['摘要:5月13日，青禾市融媒体中心联合市总工会举办职工运动会，300多名职工参加。', '5月13日，青禾市融媒体中心联合市总工会、市全民健身活动中心举办职工运动会，300多名干部职工在赛场上挥洒汗水、展现风采。', '此次运动会设有篮球、羽毛球、乒乓球等传统比赛项目，以及套大鹅、一圈到底、踢毽子等趣味项目，吸引了众多职工参加。']
  const SHOTS = ['开赛仪式现场。', '运动员代表发言。', '篮球比赛现场。', '羽毛球比赛现场。', '趣味竞赛——套大鹅。']
  it('reads the short lines showing scenes as captions', () => {
    const piece = parseNewspaperText([...TEXT, ...SHOTS, '作者:王小龙', '来源:这里是青禾'].join('\n'))
    expect(piece.captions).toEqual(SHOTS)
  })
  it('leaves closing sentences that show nothing as text', () => {
    const closing = ['大家纷纷表示收获满满。', '今后还将继续举办此类活动。', '让职工在运动中增进友谊。']
    const piece = parseNewspaperText([...TEXT, ...closing, '作者:王小龙'].join('\n'))
    expect(piece.captions).toEqual([])
  })
})

describe('an e-paper’s photo captions over a lead without a dateline (tuning batch ae)', () => {
  it('reads the short lines under the reader’s labels as captions', () => {
    const piece = parseNewspaperText(['30名劳模“组团”进百家企业宣讲', '省总工会:将劳模精神传递到职工身边', '2018年01月19日  来源:青禾晚报', '【PDF版】', '  职工们向劳模明星“取经”。', '  劳模和职工们近距离交流心得。', '     近日，由省总工会组织的工会系统劳模宣讲团走进百家企业，30名劳模用身边事讲身边人，把劳模精神传递到职工身边，受到职工欢迎。', '  本报记者 周小芳'].join('\n'))
    expect(piece.captions).toEqual(['职工们向劳模明星“取经”。', '劳模和职工们近距离交流心得。'])
  })
})

describe('a site’s channel before a series banner (tuning batch ac)', () => {
  it('leaves both off the headline', () => {
    const piece = parseNewspaperText(['中工娱乐【烈日下的你】焊工的双重“烤”验', '', '焊工防护服、防护面罩、焊机手套、护脚垫……青禾地铁项目的焊接工人全副武装，这是一场与电火花和高温的持久对抗。'].join('\n'))
    expect(piece.title).toBe('焊工的双重“烤”验')
  })
})

describe('the original title in brackets over the piece (tuning batch ae)', () => {
  it('is no kicker', () => {
    const piece = parseNewspaperText(['(原标题:奋力唱响新时代“劳动者之歌”)', '奋力唱响新时代“劳动者之歌”', '——市总工会为高质量发展凝聚职工力量', '本报记者 陈小正', '去年以来，青禾市总工会坚持围绕中心、服务大局，聚焦主责主业，团结动员广大职工为高质量发展建功立业。'].join('\n'))
    expect(piece.kicker).toBeNull()
    expect(piece.title).toBe('奋力唱响新时代“劳动者之歌”')
  })
})

describe('a name before 畅谈 or 演说 (tuning batches aa, ac)', () => {
  it('is the name without the verb’s first character', () => {
    const piece = parseNewspaperText(['青禾劳模宣讲会举行', '活动中，党的二十大代表、青禾省劳动模范、省黄梅戏剧院副团长袁小媛畅谈参加党的二十大的感悟体会。', '经过激烈角逐，张小涛、张小锐演说的《穿越时空的对话》获得一等奖。'].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(expect.arrayContaining(['袁小媛', '张小锐']))
    expect(piece.workers.map((w) => w.name)).not.toContain('袁小媛畅')
  })
})

describe('an honour right before a name, the person acting on (tuning batch ac)', () => {
  it('names the worker without their being named again', () => {
    const piece = parseNewspaperText(['劳模报告会感动全场', '“五一”前夕，在青禾汽轮机公司劳模先进事迹报告会上，当劳模廖小宝报告他多年来不断积累经验的经历时，全场响起热烈的掌声。', '“为了这一刻，我们拼着命干啊！”劳模何小英眼含热泪讲述自己参与重建的历程。', '全国劳动模范来港分享奋斗故事的活动也同时举行。'].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(['廖小宝', '何小英'])
  })
})

describe('a range of people each introduced by their job (tuning batch ab)', () => {
  it('reads both ends of 从…到… as workers', () => {
    const piece = parseNewspaperText(['“大国工匠年度人物”揭晓', '日前，“大国工匠年度人物”揭晓。从特种熔融焊工高小林到中国第一代核燃料师乔小凯，从电网系统特高压检修工王小进到高铁研磨师李小君，他们是披荆斩棘的先驱。'].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(expect.arrayContaining(['高小林', '乔小凯', '王小进', '李小君']))
  })
})

describe('a work report whose parts open with a short plain sentence (tuning batch ad)', () => {
  it('reads each opening sentence as the part’s heading', () => {
    const piece = parseNewspaperText([
      '青禾市总工会2025年宣传工作回顾',
      '一年来，市总工会宣传部门围绕中心工作，守正创新，各项工作取得新成效，现将主要工作回顾如下，供各级工会参考借鉴。',
      '筑牢职工思想引领高地。组建劳模工匠宣讲团，深入企业车间、工地班组开展宣讲活动六十余场，覆盖职工一万余人次，反响热烈。',
      '做靓工会新闻宣传品牌。积极对接市级主流媒体，全年在各级媒体刊发工会新闻稿件三百余篇，推出劳模工匠系列专题报道。',
      '打造职工文化服务阵地。新建职工书屋二十家，开展职工读书分享、摄影比赛、文艺展演等活动，丰富职工精神文化生活。',
    ].join('\n'))
    expect(piece.sections).toEqual(['筑牢职工思想引领高地', '做靓工会新闻宣传品牌', '打造职工文化服务阵地'])
    expect(piece.blocks.some((b) => b.type === 'paragraph' && b.text.startsWith('组建劳模工匠宣讲团'))).toBe(true)
  })

  it('leaves a news piece whose paragraphs merely start with a short sentence alone', () => {
    const piece = parseNewspaperText([
      '青禾职工运动会开幕',
      '本报讯 11月2日，青禾市第五届职工运动会在市体育中心开幕，来自全市各行业的两千余名职工参加开幕式。',
      '比赛精彩纷呈。本届运动会设田径、拔河、趣味接力等十二个项目，将持续至月底，各赛区同步进行。',
      '市总工会有关负责人表示，运动会旨在丰富职工业余生活，增强职工体质，营造健康向上的企业文化氛围。',
      '据悉，运动会期间还将举办职工健康讲座和义诊活动，为参赛职工提供运动损伤防护等服务。',
    ].join('\n'))
    expect(piece.sections).toEqual([])
  })
})

describe('closing words of a photo story after its last photo (tuning batch af)', () => {
  it('are text, not the captions of photos', () => {
    const piece = parseNewspaperText([
      '当前所在位置: 首页 > 人物资讯',
      '',
      '致敬高温下的“劳动剪影”',
      '',
      '2026-08-18 本站作者 【 字体:',
      '',
      '立秋后',
      '',
      '  多地气温仍居高不下',
      '',
      '  劳动者们仍然默默坚守在岗位',
      '',
      '致敬高温下的“劳动剪影”(图1)',
      '',
      '  8月15日,在青禾高铁建设现场,施工人员在进行施工作业。',
      '',
      '致敬高温下的“劳动剪影”(图2)',
      '',
      '  8月16日,青禾车辆段工作人员在整备所对入库车辆进行检修。',
      '',
      '  他们在工地挥汗如雨',
      '',
      '  他们在城市里奔忙守护',
      '',
      '  用坚守诠释劳动之美',
    ].join('\n'))
    expect(piece.captions).toEqual(['8月15日,在青禾高铁建设现场,施工人员在进行施工作业。', '8月16日,青禾车辆段工作人员在整备所对入库车辆进行检修。'])
    expect(piece.blocks.at(-1)).toMatchObject({ type: 'paragraph' })
  })
})

describe('honourees each described before their name, with commas (tuning batch ag)', () => {
  it('reads the three names as workers', () => {
    const piece = parseNewspaperText([
      '榜样的力量',
      '本报讯 练点钞点得手抽筋、获得技能大赛冠军的李小莉,历经8年努力由普通检车员成长为技术带头人的邱小玲,坐着轮椅讲课、用爱和责任为孩子撑起一片天空的张小霞,作为全国五一劳动奖章获得者,她们是我们学习的榜样。',
      '本报刊发她们的先进事迹,旨在激励大家践行劳模精神,在奋斗中担当作为。',
    ].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(expect.arrayContaining(['李小莉', '邱小玲', '张小霞']))
  })
})

describe('a posting stamp broken after its day (tuning batch ag)', () => {
  it('leaves the title above it the headline and names no site for 来源:互联网', () => {
    const piece = parseNewspaperText([
      '全国劳模创新工作室名单揭晓 青禾茶叶创新工作室入选',
      '2026-01-26',
      '08:46:41 来源:互联网',
      '青禾日报全媒体记者 马小钒 通讯员 褚小杏',
      '近日,全国总工会支持建设的全国劳模创新工作室名单揭晓,青禾市茶叶有限责任公司刘小新创新工作室入选。这是我市唯一入选的本土企业。',
    ].join('\n'))
    expect(piece.title).toBe('全国劳模创新工作室名单揭晓 青禾茶叶创新工作室入选')
    expect(piece.source.publication).not.toBe('互联网')
    expect(piece.source.date).toBe('2026-01-26')
  })
})

describe('a portal’s feed line under the title (tuning batch af)', () => {
  it('names the outlet and stays off the headline', () => {
    const piece = parseNewspaperText(['首页 国内 正文', '劳动者赞歌', '人民日报    05-01 11:30:40', '', '编者按:“五一”是劳动者的节日,一代代劳动者挥洒辛勤汗水,建设美好家园。本期我们回顾劳动者的身影。'].join('\n'))
    expect(piece.title).toBe('劳动者赞歌')
    expect(piece.source.publication).toBe('人民日报')
  })
})

describe('the winner of an award in quotes before 作为 (tuning batch ah)', () => {
  it('is the name without 作', () => {
    const piece = parseNewspaperText(['技能人才发布会举行', '在新闻发布会上,全国技术能手、“全国五一劳动奖章”获得者赵宁作为第六届全国技能大赛的亲历者分享经验。此次赵宁作为全国高水平技能人才代表发言。'].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(['赵宁'])
  })
})

describe('a craftsman-teacher (匠师) before a name (tuning batch af)', () => {
  it('reads the name without 师', () => {
    const piece = parseNewspaperText(['大国工匠论坛闭幕', '7月28日,在青禾市总工会展区,青禾工匠学院的职工匠师王川(图中)为大家讲解他的最新创新成果。大会吸引了500余名劳模工匠现场参展。'].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(['王川'])
  })
})

describe('a work report’s two-line headings, the first line longer (tuning batch ag)', () => {
  it('reads both lines as one heading, not a caption over a heading', () => {
    const piece = parseNewspaperText([
      '三融三赋能 绽放社区工会组织活力',
      '',
      '今年以来,青禾社区工会以“三融三赋能”工会品牌为抓手,按照集约共享的思路,推动辖区小微企业工会抱团发展。',
      '',
      '坚持融入党建赋能强核心',
      '',
      '让各类资源“聚起来”',
      '',
      '',
      '建立与企业融合互促的“红色驻家”朋友圈,充分发挥“建家共享”作用,把党建资源、工会资源和企业资源统筹起来。',
      '',
      '坚持融合服务赋能聚民心',
      '',
      '让社区力量“强起来”',
      '',
      '',
      '优化布局,在区域性职工之家打造了集读书交流分享、共享办公、共享会议于一体的服务阵地,职工随时可来。',
    ].join('\n'))
    expect(piece.sections).toEqual(['坚持融入党建赋能强核心 让各类资源“聚起来”', '坚持融合服务赋能聚民心 让社区力量“强起来”'])
    expect(piece.captions).toEqual([])
  })
})

describe('a bare image file name over a label, and a weather box (tuning batch ah)', () => {
  it('reads the label naming the place shown as the photo’s caption and drops the weather label', () => {
    const piece = parseNewspaperText([
      '青禾商報',
      '-- 天氣',
      '第八屆青禾省職工職業技能大賽決賽開賽',
      '',
      '責任編輯:鍾小冰 2026-07-30 14:19:57原創 來源:青禾商報網',
      '',
      ' 7月29日,第八屆青禾省職工職業技能大賽決賽在德陽市舉行。據悉,此次大賽決賽賽期從29日至31日,由理論考試和實際操作兩部分組成。',
      '',
      '2.jpg',
      '',
      '網約配送員競賽賽區',
      '',
      ' 據介紹,此次大賽旨在充分發揮職業技能競賽在構建產業工人技能形成體系方面的積極作用,為廣大職工切磋技藝搭建平台。',
    ].join('\n'))
    expect(piece.captions).toEqual(['網約配送員競賽賽區'])
    expect(piece.blocks.some((b) => b.text.includes('天氣'))).toBe(false)
  })
})

describe('honoured workers at a meeting (invented, session 21)', () => {
  const piece = parseNewspaperText([
    '市总工会举行劳模工匠座谈会',
    '本报讯(记者 周明)4月27日,市总工会举行劳模工匠座谈会。新当选的劳模代表集体宣誓后,全国劳动模范许海东作交流发言,省劳模王川作事迹报告。',
    '会上,市总工会对荣获省五一劳动奖章的刘晓燕、陈立军等10名职工予以奖励。',
  ].join('\n'))
  it('finds the model worker who speaks right after the honour (作交流发言, 作事迹报告), not the verb as part of a name', () => {
    expect(piece.workers.map((w) => w.name)).toEqual(expect.arrayContaining(['许海东', '王川']))
    expect(piece.workers.map((w) => w.name)).not.toContain('王川作')
  })
  it('finds every holder listed after 奖章的, not only the first', () => {
    expect(piece.workers.map((w) => w.name)).toEqual(expect.arrayContaining(['刘晓燕', '陈立军']))
    expect(piece.workers).toHaveLength(4)
  })
})

describe('a numbered heading with no stop over its paragraph, no blank line between (tuning batch aj)', () => {
  it('reads 一、… as a heading, not as the opening of the paragraph under it', () => {
    const piece = parseNewspaperText([
      '青禾镇工会2026年工作总结',
      '镇工会在镇党委领导下,围绕中心工作,突出维权职能,全年各项工作取得新进展。',
      '一、以职工民主管理为导向,努力推进工会维权工作',
      '维权是工会的基本职责,镇工会以维权工作为抓手,切实保障职工合法权益,全年签订集体合同36份。',
      '二、以技术创新活动为载体,充分发挥职工主力军作用',
      '全镇各基层工会组织开展合理化建议活动,共征集建议120条。',
    ].join('\n'))
    expect(piece.sections).toEqual(['一、以职工民主管理为导向,努力推进工会维权工作', '二、以技术创新活动为载体,充分发挥职工主力军作用'])
    expect(piece.blocks.filter((b) => b.type === 'paragraph')).toHaveLength(3)
  })
})

describe('a kicker ending in a dash that leads into the headline (tuning batch aj)', () => {
  it('keeps the kicker without the dash', () => {
    const piece = parseNewspaperText([
      '全省2838个职工创新工作室投身技术创新——',
      '',
      '创新创造中的“工人力量”',
      '',
      '2026-10-25 10:02:06 来源:青禾日报',
      '',
      '一名职工潜心钻研技术,历时8年破解难题,从生产一线登上了国家发明专利金奖领奖台。',
    ].join('\n'))
    expect(piece.title).toBe('创新创造中的“工人力量”')
    expect(piece.kicker).toBe('全省2838个职工创新工作室投身技术创新')
  })
})

describe('a site’s channel label over the title, and the page title with spaced dashes (tuning batches am, an, ao)', () => {
  it('drops 中工娱乐 / 新闻中心 and the `标题 - 工会 - 中工网` line instead of reading them into the headline', () => {
    const piece = parseNewspaperText([
      '青禾新增34家工会爱心驿站 - 工会 - 中工网',
      '',
      '中工娱乐',
      '',
      '青禾新增34家工会爱心驿站',
      '',
      '来源:中工网',
      '2026-05-12 13:06',
      '',
      '  中工网讯 5月9日,青禾市总工会与市城市管理局举行爱心驿站共建揭牌仪式,全市新增34家工会爱心驿站。',
    ].join('\n'))
    expect(piece.title).toBe('青禾新增34家工会爱心驿站')
    expect(piece.kicker).toBeNull()
    expect(piece.sections).toEqual([])
    const second = parseNewspaperText(['新闻中心', '', '青禾公司工会开展端午节系列活动', '', '2026-05-31 15:21', '', '端午节前夕,青禾公司工会组织职工包粽子、做香囊,共度佳节。'].join('\n'))
    expect(second.title).toBe('青禾公司工会开展端午节系列活动')
  })
})

describe('credits that are no headings (tuning batches am, an)', () => {
  it('reads 文/图 glued to a paper’s special correspondent as the byline, and drops a WeChat post’s production credits', () => {
    const piece = parseNewspaperText([
      '我省选手在全国职业技能大赛夺得3金',
      '',
      '文/图江南都市报全媒体特派记者章小娜',
      '',
      '9月22日,第三届全国职业技能大赛在天津闭幕,我省代表团共夺得3枚金牌。',
      '',
      '视频时长43秒 视频来源:青禾融媒视觉组',
      '',
      '编校/李紫薇 监制/李彤周建阳',
    ].join('\n'))
    expect(piece.bylines.map((b) => b.name)).toEqual(['章小娜'])
    expect(piece.source.publication).toBe('江南都市报')
    expect(piece.sections).toEqual([])
    expect(piece.blocks.some((b) => /编校|视频时长/.test(b.text))).toBe(false)
  })
})

describe('a union site’s page: the title over the editor’s line with the day (tuning batch al)', () => {
  it('takes the line over `编辑:… 时间:…` as the headline, not the photo texts under it, and drops the mailbox', () => {
    const piece = parseNewspaperText([
      '青禾市滨江区总工会',
      '',
      '主席信箱:zgh@example.gov.cn | 收藏',
      '',
      '工会要闻',
      '',
      '滨江职工健步行活动隆重举行',
      '',
      '编辑:梁小文 时间:2026-09-27 点击量:',
      '',
      '五星红旗冉冉升起',
      '',
      '区总工会副主席周立鸣枪发令',
      '',
      '  9月26日上午,以“奋进滨江”为主题的职工健步行活动在滨江公园举行,全区2000余名职工参加。',
    ].join('\n'))
    expect(piece.title).toBe('滨江职工健步行活动隆重举行')
    expect(piece.source.date).toBe('2026-09-27')
    expect(piece.blocks.some((b) => b.text.includes('信箱'))).toBe(false)
  })
})

describe('honoured workers named after what they won (tuning batches al, ap)', () => {
  it('finds the worker after 喜获优胜奖的年轻匠人, after 劳动模范的 with 老人 behind the name, and after 选树…等100人为2021年“…工匠”', () => {
    const piece = parseNewspaperText([
      '青禾工匠风采',
      '在世界技能大赛木工项目比赛中喜获优胜奖的年轻匠人王纵横,又有新的目标。',
      '1956年被评为全国劳动模范的王日新老人高兴地说,每年都参加活动。',
      '省总工会决定选树于金宝等100人为2021年“青禾工匠”。',
    ].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(['王纵横', '王日新', '于金宝'])
  })
})

describe('a yearbook’s entries opening with their headings in brackets (tuning batch al)', () => {
  const text = (labels: string[]) =>
    [
      '青禾市总工会',
      '',
      ...labels.map((l, k) => `【${l}】  2026年全市各级工会围绕中心工作扎实推进第${k + 1}项任务,取得明显成效,职工群众普遍满意。`),
    ].join('\n')
  it('splits each 【…】 off as a heading over its entry', () => {
    const piece = parseNewspaperText(text(['概况', '思想政治引领', '劳动和技能竞赛']))
    expect(piece.sections).toEqual(['概况', '思想政治引领', '劳动和技能竞赛'])
    expect(piece.blocks.filter((b) => b.type === 'paragraph').every((b) => !b.text.startsWith('【'))).toBe(true)
  })
  it('leaves run-in labels that come back under every part (【事件】, 【聚焦】) in their paragraphs', () => {
    const piece = parseNewspaperText(text(['事件', '聚焦', '事件', '聚焦']))
    expect(piece.sections).toEqual([])
  })
})

describe('page furniture read as headings, and a caption credited 攝影: (tuning batches ai, al, ao, ap)', () => {
  it('drops 相關新聞, 相关内容 热门资讯 and the 文章配图 placeholders, and reads `…浮雕 攝影:某某` as a caption', () => {
    const piece = parseNewspaperText([
      '青禾勞模紀念館開館',
      '',
      '紀念館入口處大型浮雕 攝影:黎小萌',
      '',
      '國際在線報道(記者 黎小萌)青禾是老工業基地,也是勞模輩出的城市,紀念館昨日正式開館。',
      '',
      '文章配图',
      '',
      '  館內陳列了近百位勞模的事跡和實物,分為創業、建設、改革和新時代四個展區,開館首日就吸引了眾多市民和職工前來參觀學習,不少老勞模也來到現場講述當年的故事。',
      '',
      '相關新聞',
      '',
      '相关内容 热门资讯',
    ].join('\n'))
    expect(piece.captions).toEqual(['紀念館入口處大型浮雕'])
    expect(piece.sections).toEqual([])
  })
})

describe('photo labels in traditional characters between paragraphs (tuning batches ao, am, ap)', () => {
  it('reads 比賽現場 and 頒獎儀式 as captions, not as scraps or headings, and drops a post’s counters and a channel label', () => {
    const piece = parseNewspaperText([
      '專題專欄',
      '青禾市職工知識競賽決賽舉行',
      '0瀏覽 評論0',
      '4日,青禾市播州區舉辦職工知識競賽決賽,來自全區各企事業單位的54支代表隊參加比賽。',
      '比賽現場',
      '此次競賽采用現場答題的方式,設置必答題、搶答題、風險題等題型,內容涵蓋工會法、勞動法等相關知識。',
      '頒獎儀式',
      '“知識競賽是一個競技平臺,也是一個交流與學習的平臺。”區總工會負責人表示。',
    ].join('\n'))
    expect(piece.title).toBe('青禾市職工知識競賽決賽舉行')
    expect(piece.captions).toEqual(['比賽現場', '頒獎儀式'])
    expect(piece.sections).toEqual([])
    expect(piece.blocks.some((b) => /瀏覽|專題/.test(b.text))).toBe(false)
  })
})

describe('portraits’ captions, one short sentence each about the person shown (tuning batches aj, am)', () => {
  it('reads two lines or more in a row of `某某在…。` or `…的某某。` as captions', () => {
    const piece = parseNewspaperText([
      '青禾选手在全国职业技能大赛摘金',
      '9月23日晚,第三届全国职业技能大赛闭幕,青禾市共派出28名选手参赛,获得金牌5枚、银牌3枚。',
      '智慧安防项目比赛中的李金泽。',
      '健康和社会照护项目冠军闵思达。',
      '闵思达在比赛时全程高人气,观众直呼“冠军必是他”,他说自己会继续努力,把技能传给更多年轻人。',
      '杨德军在指挥船上作业。',
      '陈小兰在切药。',
      '青禾市总工会表示,将继续为技能人才成长搭建平台,营造劳动光荣、技能宝贵的社会氛围。',
    ].join('\n'))
    expect(piece.captions).toEqual(['智慧安防项目比赛中的李金泽。', '健康和社会照护项目冠军闵思达。', '杨德军在指挥船上作业。', '陈小兰在切药。'])
  })
})

describe('a part’s heading under the photo that opens it (tuning batch an)', () => {
  it('reads `一盏明灯,守护晨昏` under `图片1.jpg` and over a long paragraph as a heading, not the photo’s caption', () => {
    const piece = parseNewspaperText([
      '青禾县总工会情暖一线劳动者',
      '',
      '1月30日上午,青禾县总工会在三个工会驿站为劳动者送上服务,以娘家人的贴心与牵挂,走到每一位劳动者身边。',
      '',
      '图片1.jpg',
      '',
      '一盏明灯,守护晨昏',
      '',
      '对于起早贪黑、默默照亮城市每个角落的环卫工人,最深的牵挂是他们的安全。在驿站里,特意为一线环卫工人准备了反光背心和头灯。',
      '',
      '一次义剪,焕新颜容',
      '',
      '年前事多,根本没空打理自己。这是许多劳动者的共同心声。为此,职工之家里为所有劳动者准备了温馨的驿站理发服务。',
    ].join('\n'))
    expect(piece.sections).toEqual(['一盏明灯,守护晨昏', '一次义剪,焕新颜容'])
    expect(piece.captions).toEqual([])
  })
})

describe('a work report’s numbered parts with their headings run into the text (tuning batches aj, an)', () => {
  it('splits `（一）实施…行动,保持…稳定。` off its paragraph as the part’s heading', () => {
    const piece = parseNewspaperText([
      '青禾县2026年产业工人队伍建设改革工作情况',
      '今年以来,在县委的正确领导和市总工会的精心指导下,青禾县聚焦产改扩面提质,产改工作取得了阶段性成效。',
      '一、工作开展情况',
      '(一)实施政治强基行动,保持产业工人队伍和谐稳定。一是抓思想武装,组织劳动工匠深入企业、车间开展宣讲2次。二是抓地位提高,拓宽产业工人民主参与渠道。',
      '(二)实施赋能成长行动,提升产业工人队伍技能素质。一是加强职业技能培训,全县共完成培训62563人次。二是搭建建功立业平台,开展技能比武36场。',
    ].join('\n'))
    expect(piece.sections).toEqual(['一、工作开展情况', '(一)实施政治强基行动,保持产业工人队伍和谐稳定', '(二)实施赋能成长行动,提升产业工人队伍技能素质'])
  })
})

describe('more page furniture around the title (tuning batches ak, an)', () => {
  it('drops a government page’s document table, an information list’s bullets, a day box, reader buttons and a hot-list tail', () => {
    const gov = parseNewspaperText([
      '索 引 号 008762552/2026-000412 主题分类 青禾新闻',
      '发布机构 区政府办 发文日期 2026-06-13 10:59:13',
      '文  号',
      '名  称 产业工人亮绝活 技能大赛展风采',
      '',
      '产业工人亮绝活 技能大赛展风采',
      '',
      '6月7日,青禾市首届“工匠杯”产业工人技能大赛在安汉广场举行,全市300余名职工参赛。',
    ].join('\n'))
    expect(gov.title).toBe('产业工人亮绝活 技能大赛展风采')
    expect(gov.subtitle).toBeNull()
    const listed = parseNewspaperText(['青禾公司举办首届职工技能大赛', '- 发布日期:2026-10-29', '- 作者:赖佳琪', '', '10月28日,青禾公司首届职工技能大赛开幕,来自各车间的60名职工参赛。'].join('\n'))
    expect(listed.title).toBe('青禾公司举办首届职工技能大赛')
    expect(listed.bylines.map((b) => b.name)).toEqual(['赖佳琪'])
    expect(listed.source.date).toBe('2026-10-29')
    const boxed = parseNewspaperText(['2026年05月20日 星期三 小满', '收缩通版', '今日热点', '', '90后电焊工获全国大奖 焦点热文', '', '5月19日,全国焊工职业技能竞赛落幕,青禾90后电焊工李小川获得一等奖。'].join('\n'))
    expect(boxed.title).toBe('90后电焊工获全国大奖')
    expect(boxed.kicker).toBeNull()
    expect(boxed.subtitle).toBeNull()
  })
})

describe('workers’ names cut right (tuning batch aq)', () => {
  it('ends a name before 进行 and 教授, finds a co-leader after 工匠, and takes no institution for a person', () => {
    const piece = parseNewspaperText([
      '劳模工匠宣讲进校园',
      '全国五一劳动奖章获得者、青禾玛瑙有限公司设计雕刻师于杰进行宣讲。',
      '石油工程学院李琪教授荣获“青禾省先进工作者”称号。',
      '该工作室由青禾集团劳模王国清和青禾工匠汪忠德共同领衔。',
      '桂平市总工会建立了劳模工匠兼职辅导员师资库,涵盖教育、医疗等行业。',
    ].join('\n'))
    const names = piece.workers.map((w) => w.name)
    expect(names).toEqual(expect.arrayContaining(['于杰', '李琪', '王国清', '汪忠德']))
    expect(names).not.toContain('于杰进')
    expect(names).not.toContain('李琪教')
    expect(names).not.toContain('师资库')
  })
})

describe('a series of profiles under their subjects’ names alone on a line (tuning batches aj, an)', () => {
  it('reads each name as a heading and its subject as a worker, the years of life under the name too', () => {
    const piece = parseNewspaperText([
      '青禾劳模谱',
      '',
      '  新中国成立以来,青禾涌现出一大批劳动模范,他们的事迹激励着一代又一代青禾人。',
      '',
      '  王建功',
      '',
      '  (1931年~  ),青禾市人。',
      '',
      '  王建功年轻时在拖拉机厂当钳工,刻苦钻研技术,多次革新工具,1959年被评为全国劳动模范。',
      '',
      '  杜天定',
      '',
      '  (1935年~  ),青禾市人。',
      '',
      '  杜天定年幼时就在家中的宫灯作坊里帮父亲做宫灯,后来成为青禾宫灯的传承人。',
    ].join('\n'))
    expect(piece.sections).toEqual(['王建功', '杜天定'])
    expect(piece.workers.map((w) => w.name)).toEqual(['王建功', '杜天定'])
  })
})

describe('a dispatch naming several outlets before 消息 (tuning batch am)', () => {
  it('reads the reporters in the brackets after `某某客户端、某某网、某某报10月13日消息`', () => {
    const piece = parseNewspaperText([
      '职工书屋开进园区',
      '',
      '青禾客户端、青禾网、青禾都市报10月13日消息(记者 张小野 通讯员 朱乃飞)秋风送爽,书香满园,青禾园区职工书屋正式开放,藏书3000册。',
    ].join('\n'))
    expect(piece.bylines.map((b) => b.name)).toEqual(['张小野', '朱乃飞'])
  })
})

describe('writers printed without a role (tuning batch au)', () => {
  it('reads bare names under the last paragraph, and a name over the time of posting, as the writers', () => {
    const closing = parseNewspaperText([
      '园区职工拿到“工匠证”',
      '',
      '日前,青禾区总工会来到园区生产车间,为入选“千名工匠库”的一线职工颁发入库证书。',
      '截至目前,全区有805名一线职工成为首批入库对象。',
      '钟小禾 徐晓野',
      '审核:',
      '马远山',
    ].join('\n'))
    expect(closing.bylines.map((b) => b.name)).toEqual(['钟小禾', '徐晓野'])
    const posted = parseNewspaperText([
      '李春禾',
      '2022年02月09日16:59',
      '记者日前获悉,青禾市总工会以新就业形态劳动者为重点,吸引快递员、外卖送餐员入会,已建会91家。',
    ].join('\n'))
    expect(posted.bylines.map((b) => b.name)).toEqual(['李春禾'])
  })

  it('reads the paper and its reporters in the brackets closing the text, the roles listed with 、', () => {
    const piece = parseNewspaperText([
      '全市产改工作推进会召开',
      '',
      '4月25日,全市推进产业工人队伍建设改革工作推进会召开,会议听取了各单位的交流发言。(青禾日报 记者孙晓野、通讯员姚小禾)',
    ].join('\n'))
    expect(piece.bylines.map((b) => [b.role, b.name])).toEqual([['记者', '孙晓野'], ['通讯员', '姚小禾']])
  })
})

describe('photos marked by a person’s place, a file name or a picture agency (tuning batches ar, av)', () => {
  it('reads a one-sentence line placing a person in the picture as its caption, not as the headline', () => {
    const piece = parseNewspaperText([
      '冀小禾(右一)把“关爱箱”送到青禾建筑公司工地,并仔细给工人师傅们讲解“关爱手册”。',
      '当青禾建筑公司两位工人师傅从市总工会领导手中接过“关爱箱”打开一看,里面装有《维权手册》和血压计等近20种日常医药用品,高兴得不得了。',
    ].join('\n'))
    expect(piece.captions).toEqual(['冀小禾(右一)把“关爱箱”送到青禾建筑公司工地,并仔细给工人师傅们讲解“关爱手册”。'])
    expect(piece.title).not.toContain('冀小禾')
  })

  it('takes a `微信图片_…` file name for the place of a photo and the line under it for its caption', () => {
    const piece = parseNewspaperText([
      '工会驿站送清凉',
      '',
      '为应对连续高温天气,青禾市总工会在核心商圈设立多个“爱心驿站”,供环卫工人、快递员、外卖配送员等户外劳动者避暑纳凉,并提供多项便民服务。',
      '',
      '微信图片_20240618141307',
      '',
      '环卫工人和外卖送餐员在工会驿站内边吃西瓜边聊天。',
      '',
      '天气炎热,近日,青禾市总工会为全市多家工会驿站配备了西瓜、绿豆汤、风油精等防暑降温物品,全力保障户外劳动者平安度夏。',
    ].join('\n'))
    expect(piece.captions).toEqual(['环卫工人和外卖送餐员在工会驿站内边吃西瓜边聊天。'])
    expect(piece.sections).toEqual([])
  })

  it('reads `某某 摄/中新社` and `…。某某/东方IC` as photographers’ credits, and drops a gallery’s `相关图集`', () => {
    const agency = parseNewspaperText([
      '首趟农民工返乡专列开行',
      '',
      '1月27日,首趟农民工免费返乡专列从青禾出发。',
      '这趟列车满载1100多名务工人员,预计在29日晚间抵达。',
      '邓小禾 摄/中新社',
    ].join('\n'))
    expect(agency.sections).toEqual([])
    expect(agency.bylines.map((b) => b.name)).toEqual(['邓小禾'])
    const gallery = parseNewspaperText([
      '高温下的炼铁工人',
      '',
      '2018年7月17日,当日进入三伏天,青禾特钢炼铁厂,1480℃的铁水从高炉出铁口喷涌而出。炼铁工人们在高炉炉台上挥汗如雨,接受高温“烤”验。刘小禾/东方IC',
      '相关图集',
      '查看更多',
    ].join('\n'))
    expect(gallery.captions).toEqual(['2018年7月17日,当日进入三伏天,青禾特钢炼铁厂,1480℃的铁水从高炉出铁口喷涌而出。炼铁工人们在高炉炉台上挥汗如雨,接受高温“烤”验。'])
  })
})

describe('model workers named in lists and beside posts (tuning batches at, aw)', () => {
  it('reads a list with a Tibetan name before a count, and a list closed by a stray dot, as honourees', () => {
    const counted = parseNewspaperText([
      '青禾工匠名单公布',
      '',
      '于小虹、王邦禾、付思斯、益西春初、黄道野12名职工被选树为2023年度“青禾工匠”。',
    ].join('\n'))
    expect(counted.workers.map((w) => w.name)).toEqual(['于小虹', '王邦禾', '付思斯', '益西春初', '黄道野'])
    const dotted = parseNewspaperText([
      '致敬大国工匠',
      '',
      '正是在平凡的工作岗位上,高小林、包小帆、窦小成、罗小强.直守护着工匠的理想之心。',
    ].join('\n'))
    expect(dotted.workers.map((w) => w.name)).toEqual(['高小林', '包小帆', '窦小成', '罗小强'])
  })

  it('takes no post (`班长陆…`), 党中央, 国赛 or a verb before a studio (`如何创建…工作室`) for a name', () => {
    const piece = parseNewspaperText([
      '劳模创新工作室交流会召开',
      '',
      '青禾建工基础公司电工班长陆凯野潜心钻研电气技术,攻克盾构施工难题,荣获全国劳模。',
      '党中央、国务院决定授予2064人全国劳动模范荣誉称号。来自各地的大国工匠、国赛获奖选手作为颁奖嘉宾为选手颁奖。',
      '唐主席表示,下一步将就如何创建劳模创新工作室、丰富创新载体开展工作。',
    ].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(['陆凯野'])
  })
})

describe('photo stories told line by line or day by day (tuning batches ai, ao)', () => {
  it('reads short scene lines in a row under a 文/圖 byline as the photos’ captions', () => {
    const piece = parseNewspaperText([
      '市直机关职工运动会开幕',
      '',
      '青禾网讯(文/圖見習記者 楊小莉)5月19日下午,青禾市直机关第二届职工运动会在市体育馆开幕,来自各单位的1200名职工参加了开幕式。',
      '國旗、會旗方陣經過主席臺。',
      '禮儀人員方陣經過主席臺。',
      '開幕式現場。',
      '運動員代表入場。',
      '本届运动会设田径、球类、棋类等12个大项,将持续到6月底,各单位职工将在比赛中展示风采、增进交流。',
    ].join('\n'))
    expect(piece.bylines.map((b) => b.name)).toContain('楊小莉')
    expect(piece.captions).toEqual(['國旗、會旗方陣經過主席臺。', '禮儀人員方陣經過主席臺。', '開幕式現場。', '運動員代表入場。'])
  })

  it('reads five dated lines in a row that say what is seen as a photo series, without a credit', () => {
    const piece = parseNewspaperText([
      '强国复兴有我 奋斗开创未来',
      '',
      '4月28日,庆祝“五一”国际劳动节表彰大会以电视电话会议形式召开。',
      '4月28日,庆祝大会结束后,获奖代表和工作人员一起合影。',
      '4月28日,庆祝大会现场。',
      '4月28日,庆祝大会开始前,工作人员为一位获奖代表整理工装。',
      '4月28日,庆祝大会结束后,代表纷纷上台拍照留影。',
      '4月28日,青禾职工之家,一名工作人员在观看会场外的劳模图片展。',
    ].join('\n'))
    expect(piece.captions).toHaveLength(5)
    expect(piece.captions[0]).toBe('4月28日,庆祝大会结束后,获奖代表和工作人员一起合影。')
  })
})

describe('a short line closed by its photographer’s credit (tuning batch an)', () => {
  it('reads `闭幕式。秦某 摄` as a caption with its credit, the photographer among the bylines', () => {
    const piece = parseNewspaperText([
      '首城工匠杯职业技能大赛闭幕',
      '',
      '19日,青禾市第一届“首城工匠杯”职业技能大赛在青禾会展中心闭幕,来自全市的326名选手参加了7个工种的比赛。',
      '闭幕式。秦小旭 摄',
      '在随后的闭幕式上,开场舞《酒说》彰显青禾产业特色,获奖选手依次上台领奖。',
    ].join('\n'))
    expect(piece.captions).toEqual(['闭幕式。'])
    expect(piece.blocks.find((b) => b.type === 'caption')).toMatchObject({ credit: '秦小旭 摄' })
    expect(piece.bylines.map((b) => b.name)).toContain('秦小旭')
  })
})

describe('photo labels at the end and a scene over a part’s heading (tuning batches aj, ao)', () => {
  it('reads short labels under the last paragraph as captions, one each, not one paragraph', () => {
    const piece = parseNewspaperText([
      '职工乒乓球团体赛举行',
      '',
      '青禾股份工会第一届职工乒乓球团体赛在公司活动中心举行,16支代表队参赛。',
      '经过8个多小时精彩角逐,电梯一队、电梯二队分获冠亚军。',
      '大合照',
      '比賽現場',
      '比賽冠軍',
      '比賽亞軍',
    ].join('\n'))
    expect(piece.captions).toEqual(['大合照', '比賽現場', '比賽冠軍', '比賽亞軍'])
  })

  it('reads `启动仪式现场。` between a paragraph and a heading as a caption', () => {
    const piece = parseNewspaperText([
      '在世纪工程建设现场唱响劳动赞歌',
      '',
      '当天,青禾运河建设劳动和技能竞赛在青禾运河工地启动,来自各参建单位的500余名职工参加了启动仪式。',
      '启动仪式现场。',
      '吹响竞赛集结号',
      '走进启动仪式现场,四周悬挂的横幅标语引人注目,竞赛单位代表庄重接过旗帜,扛起凝聚参建职工的责任。',
    ].join('\n'))
    expect(piece.captions).toEqual(['启动仪式现场。'])
    expect(piece.sections).toEqual(['吹响竞赛集结号'])
  })
})

describe('a web page’s photo placeholder, one-step breadcrumb and “大家都在看” list (tuning batches am, ar, av, aw)', () => {
  it('drops `文章图片`, `某某总工会 >基层信息` and the links under `大家都在看`, the first on the label’s line', () => {
    const piece = parseNewspaperText([
      '青禾市总工会 >基层信息',
      '文章图片',
      '青禾县总工会举办叉车操作技能比赛',
      '',
      '为提升职工技能水平,青禾县总工会近日举办叉车操作技能比赛,来自全县23家企业的46名选手同台竞技。',
      '经过激烈角逐,最终评出一等奖1名、二等奖2名、三等奖3名。',
      '大家都在看 熊某同志任青禾县委书记',
      '你见过吗?青禾这片果地里有“轻轨”啵',
    ].join('\n'))
    expect(piece.title).toBe('青禾县总工会举办叉车操作技能比赛')
    expect(piece.sections).toEqual([])
    expect(piece.blocks.map((b) => b.text).join('\n')).not.toContain('熊某')
  })
})

describe('titles behind a collection’s number or 原标题; and a commentary’s author with the place they work (tuning batches as, at)', () => {
  it('drops `第一篇:` and `原标题;` before the title and reads `□某某党校(某某学院) 姜某` as the author', () => {
    const collected = parseNewspaperText(['第一篇:中学工会工作总结和工作计划', '', '一年来,我校工会在上级工会和学校党支部的领导下,认真履行各项职能,较好地完成了各项工作任务。'].join('\n'))
    expect(collected.title).toBe('中学工会工作总结和工作计划')
    const original = parseNewspaperText(['原标题;青禾省总工会劳模工匠宣讲团赴青禾县开展宣讲活动', '', '近日,青禾省总工会劳模工匠职工宣讲团走进青禾县,为当地干部职工作专题宣讲,300余人聆听了宣讲。'].join('\n'))
    expect(original.title).toBe('青禾省总工会劳模工匠宣讲团赴青禾县开展宣讲活动')
    const comment = parseNewspaperText([
      '“小驿站”托起户外劳动者“大民生”',
      '日期:09-03',
      '□中共青禾市委党校(青禾行政学院) 姜小潇',
      '因工作特殊性,青禾的户外劳动者们常年与风霜雨雪、严寒酷暑为伴,奔波于城市的大街小巷,“吃饭难、喝水难”一度是他们的烦心事。',
    ].join('\n'))
    expect(comment.title).toBe('“小驿站”托起户外劳动者“大民生”')
    expect(comment.bylines.map((b) => b.name)).toEqual(['姜小潇'])
  })
})

describe('a reporter’s role alone on its line, the names under it (tuning batch at)', () => {
  it('reads `■全媒体记者` / `卢某 俞某` as the byline under the headline and its subtitle', () => {
    const piece = parseNewspaperText([
      '青禾00后工匠世界技能大赛夺冠',
      '实现我国在建筑金属构造项目中金牌零的突破',
      '■全媒体记者',
      '卢小卿 俞小明',
      '本报讯 当地时间9月15日晚,第47届世界技能大赛闭幕,来自青禾技师学院的周小烽夺得建筑金属构造项目金牌。',
    ].join('\n'))
    expect(piece.title).toBe('青禾00后工匠世界技能大赛夺冠')
    expect(piece.subtitle).toBe('实现我国在建筑金属构造项目中金牌零的突破')
    expect(piece.bylines.map((b) => [b.role, b.name])).toEqual([['全媒体记者', '卢小卿'], ['全媒体记者', '俞小明']])
  })
})

describe('more ways a byline is printed (tuning batches ar, at, aw)', () => {
  it('reads 采访人员 as 记者, a paper with a dash before its reporter, two papers before the role, an intern glued after the reporter and 攝 glued to the name', () => {
    const read = (...lines: string[]) => parseNewspaperText(lines.join('\n')).bylines.map((b) => b.name)
    expect(read('中秋慰问送到工地', '', '中工网讯(中工网采访人员 刘小静)随着中秋节临近,青禾市总工会为忙碌在各个建设工地的300名农民工送去了月饼。')).toEqual(['刘小静'])
    expect(read('工会服务站开进园区', '', '青禾园区工会服务站正式启用,为园区职工提供法律咨询、心理疏导等服务。(工人日报-中工网 记者赖小凯)')).toEqual(['赖小凯'])
    expect(read('一企业获全国荣誉', '', '本報訊(青禾日報、青報全媒體記者劉小棟)8月14日,記者從青禾重工獲悉,該公司獲評全國五一勞動獎狀。')).toEqual(['劉小棟'])
    expect(read('职工书屋建成', '', '青禾集团职工书屋建成开放,藏书3000余册,为职工学习提供了便利。 本报记者阎小冬实习生伍小娜')).toEqual(['阎小冬', '伍小娜'])
    expect(read('职工篮球赛开幕', '記者 蘇小兵攝', '', '9月22日晚,全市职工篮球比赛开幕,来自全市的39支代表队参赛。')).toEqual(['蘇小兵'])
  })
})

describe('a round-up of the counties’ doings, each opening with its day (opened held-out heldout38)', () => {
  it('keeps dated items that say what was done and how much as text, not as a photo series', () => {
    const piece = parseNewspaperText([
      '各地工会开展“金秋助学”活动',
      '',
      '8月28日,青石县总工会举行2024年“金秋助学”助学金发放仪式,为4名考上大学的困难职工子女发放助学金共1.2万元。',
      '8月26日,会禾县总工会开展“金秋助学”活动,共为7名受助学生发放助学金2.1万元。',
      '8月29日,信禾县总工会在县工人文化宫举行“金秋助学”资金发放仪式,为34名困难职工子女发放助学金6.5万元。',
      '8月23日,南禾区总工会开展“金秋助学”活动,为2024年考上大学的困难职工子女发放助学金。',
      '8月28日,全禾县总工会开展“金秋助学”主题教育活动,为18名考上大学的困难职工子女发放助学金共9万元。',
    ].join('\n'))
    expect(piece.captions).toEqual([])
  })
})

describe('a web photo report’s captions, each a line without a stop between the paragraphs (tuning batches ar, av)', () => {
  it('reads the lines showing work or a stage item as captions, not headings or one run-on paragraph', () => {
    const piece = parseNewspaperText([
      '高温下的抢修',
      '近日,青禾市一条10千伏线路因外力破坏引发故障停电,青禾供电公司立即组织抢修,在38℃的高温天气里连续作业6小时,恢复了供电。(记者 王小晶)',
      '抢修现场',
      '电力人员顶着高温开展抢修工作',
      '电力人员身上的工作服已被汗水浸湿',
      '头顶烈日,电力人员汗如雨下',
    ].join('\n'))
    expect(piece.captions).toEqual(['抢修现场', '电力人员顶着高温开展抢修工作', '电力人员身上的工作服已被汗水浸湿', '头顶烈日,电力人员汗如雨下'])
    const show = parseNewspaperText([
      '职工文艺演出走进海岛',
      '4月25日,由青禾市总工会指导、南禾县总工会主办的职工文艺演出在南禾县举行,为海岛职工送上一场文化盛宴。',
      '晚上8点,演出正式开始,本次演出以青禾市职工艺术团为班底,由歌曲、舞蹈、杂技等节目组成,赢得了现场观众的阵阵掌声。',
      '歌舞《劳动之歌》',
      '诗朗诵《亲亲娘家人》',
      '杂技《星空》',
      '舞蹈《海岛女儿》',
    ].join('\n'))
    expect(show.captions).toEqual(['歌舞《劳动之歌》', '诗朗诵《亲亲娘家人》', '杂技《星空》', '舞蹈《海岛女儿》'])
    expect(show.sections).toEqual([])
  })
  it('keeps a report’s headings, which say what a part is about, as headings', () => {
    const piece = parseNewspaperText([
      '青禾市总工会推进产业工人队伍建设改革',
      '今年以来,青禾市总工会把产业工人队伍建设改革作为重点工作,取得了明显成效,全市产业工人的技能水平和待遇不断提高。',
      '聚焦思想引领',
      '市总工会组织劳模工匠宣讲团深入企业一线,开展宣讲活动120余场,覆盖职工3万余人次,引导职工听党话跟党走。',
      '聚焦技能提升',
      '市总工会开展各类劳动和技能竞赛,全年共有5万余名职工参赛,200余名职工通过竞赛晋升技能等级。',
    ].join('\n'))
    expect(piece.sections).toEqual(['聚焦思想引领', '聚焦技能提升'])
    expect(piece.captions).toEqual([])
  })
})

describe('a web page’s share bar, account links and Q&A labels, never the article’s parts (tuning batches as, au, aw, ax, ay; opened held-out heldout37, heldout39)', () => {
  it('drops them instead of reading them as headings', () => {
    const body = '青禾市总工会今年为全市2万余名户外劳动者建成服务驿站86个,驿站内配备饮水机、微波炉、急救箱等设施,方便户外劳动者歇脚休息。'
    const more = '下一步,市总工会将继续推进驿站建设,让更多户外劳动者感受到工会的温暖,预计年底前新增驿站20个。'
    const read = (...lines: string[]) => parseNewspaperText(['青禾市总工会建成户外劳动者驿站86个', ...lines].join('\n')).sections
    expect(read('点击右上角', '微信好友', '朋友圈', '', body, more)).toEqual([])
    expect(read('微信公众号 微信公众号', '微博 微博', 'APP APP', '', body, more)).toEqual([])
    expect(read('关注青禾网', '微博', 'Qzone', '评论', '图集', '', body, more)).toEqual([])
    expect(read('阅读提示', '', body, more)).toEqual([])
    expect(read(body, '', '青禾网抖音', '', more)).toEqual([])
    expect(read(body, '', '扫码查看', '', more)).toEqual([])
    expect(read('最佳答案', '', '推荐答案', '', body, more)).toEqual([])
    expect(read(body, '投稿我要投稿', more)).toEqual([])
  })
})

describe('a page’s chrome and credits where a heading would stand (opened held-out heldout46, heldout48, heldout49; tuning batches aj, as)', () => {
  it('drops comment boxes, contact lines, ads, account links and photographers’ credits instead of reading them as headings', () => {
    const body = '青禾市总工会今年为全市2万余名户外劳动者建成服务驿站86个,驿站内配备饮水机、微波炉、急救箱等设施,方便户外劳动者歇脚休息。'
    const more = '下一步,市总工会将继续推进驿站建设,让更多户外劳动者感受到工会的温暖,预计年底前新增驿站20个。'
    const read = (...lines: string[]) => parseNewspaperText(['青禾市总工会建成户外劳动者驿站86个', '', body, '', ...lines, '', more].join('\n')).sections
    expect(read('发表意见')).toEqual([])
    expect(read('联络电话:02-8995-6866')).toEqual([])
    expect(read('所属分类:新闻动态阅读次数:265 发布时间:2023-05-04')).toEqual([])
    expect(read('广告X OK青禾app')).toEqual([])
    expect(read('官方微信公众号 官方微信咨询号')).toEqual([])
    expect(read('图/青禾晚报全媒体记者 宋小峪')).toEqual([])
    expect(read('青禾日报/观海新闻记者 周小峰')).toEqual([])
    expect(read('文、图—人力资源处 徐小瑄')).toEqual([])
    expect(read('本刊编辑部集体采写')).toEqual([])
    expect(read('数据来源:人力资源和社会保障部')).toEqual([])
    expect(read('原题:岁寒情深关怀暖心 总工会慰问团来青禾')).toEqual([])
    expect(read('来跟着小编看看都在哪里吧!')).toEqual([])
    expect(read('戳大图,一睹为快奖牌长啥样↓')).toEqual([])
    expect(read('驿站服务暖人心')).toEqual(['驿站服务暖人心'])
  })
})

describe('a page’s chrome where a photo’s caption would stand (tuning batches ai, ak, ao, ap, au, av; opened held-out heldout38, heldout39)', () => {
  it('drops editors’ lines, app and keyboard hints, reprint notices, toolbars and related links instead of reading them as captions', () => {
    const body = '本报讯(记者 王小明)青禾市总工会今年为全市2万余名户外劳动者建成服务驿站86个,驿站内配备饮水机、微波炉、急救箱等设施,方便户外劳动者歇脚休息。'
    const more = '下一步,市总工会将继续推进驿站建设,让更多户外劳动者感受到工会的温暖,预计年底前新增驿站20个,覆盖全市所有街道。'
    const read = (...tail: string[]) => parseNewspaperText(['青禾市总工会建成户外劳动者驿站86个', '', body, '', more, '', '驿站启用仪式现场。 王小明 摄', '', ...tail].join('\n')).captions
    expect(read('(責編:陳小悅、常小梅)')).toEqual(['驿站启用仪式现场。'])
    expect(read("直接點擊圖片或者使用鍵盤'←' '→'鍵翻頁")).toEqual(['驿站启用仪式现场。'])
    expect(read('更多精彩资讯请在应用市场下载“青禾新闻”')).toEqual(['驿站启用仪式现场。'])
    expect(read('本文未经青禾日报社许可不得转载、录用及擅自摘选')).toEqual(['驿站启用仪式现场。'])
    expect(read('相關鏈結', '·上海外來工培訓延伸到郊區', '·福建:外來工春節免費遊泉州')).toEqual(['驿站启用仪式现场。'])
    expect(read('[保存] [全文浏览] [ ] [打印]')).toEqual(['驿站启用仪式现场。'])
    expect(read('《青禾妇女报》')).toEqual(['驿站启用仪式现场。'])
    expect(read('相關稿件')).toEqual(['驿站启用仪式现场。'])
    expect(read('新聞評論')).toEqual(['驿站启用仪式现场。'])
  })
})

describe('marked captions standing a line each, one under the other (tuning batch ar)', () => {
  it('keeps a marked caption apart from the unmarked line of text under it', () => {
    const piece = parseNewspaperText([
      '高温下的钢铁汉子',
      '入伏以来,青禾钢铁的一线职工依然每天坚守在40℃以上的高温环境中,接受“烤验”、挥汗如雨。',
      '▲ 火红的炉火映红了炼钢汉子的脸庞',
      '▲ 看奔流的铁水在身后流淌',
      '▲ 热浪中的劳作',
      '▲ 浑身上下都湿透了',
      '头顶烈日、脚踩火炉',
      '可他们却说只要生产不断,挥汗如雨又何妨?',
    ].join('\n'))
    expect(piece.captions).toEqual(['火红的炉火映红了炼钢汉子的脸庞', '看奔流的铁水在身后流淌', '热浪中的劳作', '浑身上下都湿透了'])
  })
})

describe('a gallery of works: a photo contest’s winners, each a name in 《》 or with its award, and its author (tuning batches ai, ar; opened held-out heldout47)', () => {
  it('reads each work’s label as its photo’s caption, the author’s line as its credit, not headings, paragraphs or bylines', () => {
    const piece = parseNewspaperText([
      '青禾集团职工摄影作品展',
      '为展现一线职工的精神风貌,青禾集团工会举办职工摄影作品征集活动,共收到作品300余幅,现将部分优秀作品展示如下。',
      '《奋战》',
      '作者:吴小清 摄',
      '《轨道交通建设者》',
      '作者:忻小进 摄',
      '《精检细修》',
      '作者: 吴小兴 摄',
    ].join('\n'))
    expect(piece.captions).toEqual(['《奋战》', '《轨道交通建设者》', '《精检细修》'])
    expect(piece.blocks.filter((b) => b.type === 'caption').map((b) => (b as { credit: string | null }).credit)).toEqual(['吴小清', '忻小进', '吴小兴'])
    expect(piece.sections).toEqual([])
    const contest = parseNewspaperText([
      '首届青禾职工摄影大赛获奖作品选登',
      '七月的肖像(一等奖)作者 江苏 胡小河',
      '洗浴的芦苇工(一等奖)作者 湖南 赵小敏',
      '夜战(优秀奖)作者 安徽 吴小球',
      '8月12日,首届青禾职工摄影大赛经过专家评委会的紧张评选,各个奖项已全部产生,共评出一等奖3名、二等奖5名、优秀奖20名。',
      '本次大赛以“拍摄职工、职工拍摄”为评选范围,共收到来自全国各地职工的参赛作品1.2万余幅。',
    ].join('\n'))
    expect(contest.captions.slice(0, 3)).toEqual(['七月的肖像(一等奖)作者 江苏 胡小河', '洗浴的芦苇工(一等奖)作者 湖南 赵小敏', '夜战(优秀奖)作者 安徽 吴小球'])
    expect(contest.sections).toEqual([])
  })
})

describe('a slideshow’s pictures numbered out of their count (tuning batch ax)', () => {
  it('reads each numbered line as its picture’s caption, the number left off', () => {
    const piece = parseNewspaperText([
      '工地上的夫妻房',
      '1/4 近年来,农民工的生活条件不断得到改善。这是青禾市一个建设项目的工地宿舍。',
      '2/4 来自青石县的农民工向小平在夫妻房里看妻子绣十字绣。',
      '3/4 项目开工以来,项目部为农民工修建了48间夫妻房,专供外来务工夫妻居住。',
      '4/4 也希望更多项目部进一步改善农民工的居住条件。',
    ].join('\n'))
    expect(piece.captions).toEqual([
      '近年来,农民工的生活条件不断得到改善。这是青禾市一个建设项目的工地宿舍。',
      '来自青石县的农民工向小平在夫妻房里看妻子绣十字绣。',
      '项目开工以来,项目部为农民工修建了48间夫妻房,专供外来务工夫妻居住。',
      '也希望更多项目部进一步改善农民工的居住条件。',
    ])
  })
})

describe('a `图为…` caption closed by who supplied the photo (tuning batches ao, at)', () => {
  it('stays a caption, apart from the paragraph under it', () => {
    const lead = '怎样做才是一个好工人?从一名懵懂的初级工到“全国技术能手”,青禾动车段的陈小俊用7年时间回答了这个问题。'
    const next = '“我也要成为他们那样的人。”2015年,陈小俊入职青禾动车段,走在单位的“星光大道”上,他热血沸腾。'
    const read = (caption: string) => parseNewspaperText(['陈小俊:7年从初级工到全国技术能手', lead, caption, next].join('\n')).captions
    expect(read('图为陈小俊正在检查动车组走行部。(青禾铁道团委供稿)')).toEqual(['图为陈小俊正在检查动车组走行部。(青禾铁道团委供稿)'])
    expect(read('图为“劳模创新工作室”授牌仪式现场。(青禾建筑时报)')).toEqual(['图为“劳模创新工作室”授牌仪式现场。(青禾建筑时报)'])
    expect(read('图为助学金发放现场。市总工会 提供')).toEqual(['图为助学金发放现场。市总工会提供'])
  })
})

describe('a group of people shown at something, alone between paragraphs (tuning batches ai, al, av, ax)', () => {
  it('is a photo’s caption, not a part’s heading; a heading saying what the part is about stays one', () => {
    const lead = '8月18日,青禾市“先锋杯”职工篮球比赛在青禾体育馆开幕,来自全市各行业的32支代表队参加比赛。'
    const next = '据了解,本次比赛为期10天,采取小组循环赛和淘汰赛相结合的方式进行,冠军队将代表青禾市参加全省比赛。'
    const read = (line: string) => parseNewspaperText(['青禾市职工篮球比赛开幕', lead, '', line, '', next].join('\n'))
    expect(read('参赛队伍争夺八强名额').captions).toEqual(['参赛队伍争夺八强名额'])
    expect(read('医务工作者为环卫工认真检查身体').sections).toEqual([])
    expect(read('赛事组织有序推进').sections).toEqual(['赛事组织有序推进'])
  })
})

describe('a work report’s numbered headings of short clauses closed by a stop (tuning batch as)', () => {
  it('reads them as headings over their paragraphs, and leaves a numbered sentence in a list as text', () => {
    const piece = parseNewspaperText([
      '青禾站职工小家创建总结',
      '青禾站开展职工小家创建活动以来,以安全生产为中心,以维护职工合法权益为重点,扎实推进各项工作。',
      '一、认真学习,提高认识。',
      '创建活动开展以来,本站积极响应处工会号召,认真学习公司下发的各类文件,全站职工对创建工作的认识不断提高。',
      '二、健全组织,建章立制,确保实效。',
      '为了使本站更好地服务广大员工,我们不断完善和健全各项规章制度,成立了以站长为组长的创建工作领导小组。',
    ].join('\n'))
    expect(piece.sections).toEqual(['一、认真学习,提高认识', '二、健全组织,建章立制,确保实效'])
    const list = parseNewspaperText([
      '青禾市总工会2024年工作要点',
      '2024年,市总工会将重点做好以下工作,推动全市工会工作高质量发展,更好地服务全市广大职工群众。',
      '一、建成职工驿站10个。',
      '二、新建职工书屋20家。',
      '三、开展劳动竞赛50场。',
    ].join('\n'))
    expect(list.sections).toEqual([])
  })
})

describe('an essay contest’s winners: prize levels over entries of a work and its author (tuning batch al)', () => {
  it('keeps every entry as text under its prize level’s heading instead of dropping them as scraps', () => {
    const piece = parseNewspaperText([
      '“我心中的劳模”征文评选揭晓',
      '昨天,记者从青禾市总工会获悉,“我心中的劳模”主题征文评选结果揭晓,共评出一等奖2名、二等奖3名。',
      '获 奖 名 单',
      '一等奖',
      '记忆中的劳模——王小英(作者:青禾金融街管理所 王小三)',
      '张姐的开心事(作者:青禾百货商场 刘小敏)',
      '二等奖',
      '劳模伴我成长(作者:青禾区检察院 孙小瑜)',
      '我心中的劳模(作者:青禾街道工会服务站 马小冉)',
      '真心换回的尊重(作者:青禾公交公司 赵小伶)',
    ].join('\n'))
    expect(piece.sections).toEqual(['获奖名单', '一等奖', '二等奖'])
    const texts = piece.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text)
    expect(texts).toContain('记忆中的劳模——王小英(作者:青禾金融街管理所 王小三)')
    expect(texts).toContain('真心换回的尊重(作者:青禾公交公司 赵小伶)')
  })
})

describe('the headline repeated over each photo as its alternative text (tuning batch ax)', () => {
  it('takes the line the page repeats for the headline, and the line under each repeat for that photo’s caption', () => {
    const piece = parseNewspaperText([
      '五一，致敬身边的劳动者',
      '五一，致敬身边的劳动者',
      '劳动光荣',
      '祝广大劳动者节日快乐',
      '',
      '小长假来了，各行各业的劳动者依然坚守在岗位上，用汗水守护城市的运转。',
      '',
      '五一，致敬身边的劳动者',
      '',
      '坚守在病房的护士',
      '',
      '五一，致敬身边的劳动者',
      '',
      '高空作业的电工',
      '',
      '五一，致敬身边的劳动者',
      '',
      '从早忙到晚的环卫工人',
      '',
      '愿每一份付出都被看见，每一种职业都获得应有的尊重。',
    ].join('\n'))
    expect(piece.title).toBe('五一，致敬身边的劳动者')
    expect(piece.captions).toEqual(['坚守在病房的护士', '高空作业的电工', '从早忙到晚的环卫工人'])
  })

  it('reads the line right over the first running text after the repeats as no caption', () => {
    const piece = parseNewspaperText(['工资集体协商典型案例', '', '工资集体协商典型案例', '工资集体协商典型案例', '', '工资集体协商案例', '', '青禾公司工会成立于2010年，现有会员500人，坚持以构建和谐稳定的劳动关系为主线，积极开展工资集体协商。'].join('\n'))
    expect(piece.title).toBe('工资集体协商典型案例')
    expect(piece.captions).toEqual([])
  })
})

describe('a show’s gallery: each number by its kind and name (tuning batch ar)', () => {
  it('reads lines such as 歌舞《…》, 诗朗诵《…》 under 现场精彩瞬间 as the captions of the show’s photos, none dropped', () => {
    const piece = parseNewspaperText([
      '青禾县职工文艺演出举行',
      '4月25日晚，青禾县庆祝“五一”国际劳动节职工文艺演出在县文化广场举行，演出共10个节目，赢得观众阵阵掌声。',
      '晚上8点，演出正式开始，歌舞、诗朗诵、杂技、小品等精彩节目轮番上演，赢得了观众们的阵阵掌声与喝彩。',
      '现场精彩瞬间',
      '歌舞《劳动赞歌》',
      '诗朗诵《亲亲娘家人 悠悠岁月歌》',
      '杂技《星空》',
      '男女声二重唱《青禾 我可爱的家乡》',
      '小品《回家》',
    ].join('\n'))
    expect(piece.captions).toEqual(expect.arrayContaining(['歌舞《劳动赞歌》', '杂技《星空》', '小品《回家》']))
    expect(piece.captions.filter((c) => c.includes('《'))).toHaveLength(5)
    expect(piece.sections).toEqual([])
  })
})

describe('layouts of the opened held-out parts 28–31 (session 24)', () => {
  it('reads an honour list with no introduction — each honour over its holders a line each — as headings over entries, and its holders as workers', () => {
    const piece = parseNewspaperText([
      '我市一批单位和个人获表彰',
      '近日，省总工会表彰2024年青禾五一劳动奖和青禾工人先锋号，我市多个单位和个人榜上有名。',
      '青禾五一劳动奖状',
      '青禾药业有限公司',
      '青禾五一劳动奖章',
      '市第一人民医院CT室主任吕小光',
      '市中医医院内科主任尹小斌',
      '青禾省工人先锋号',
      '市中医医院发热门诊部',
      '国网青禾供电公司龙华山供电所',
      '市总工会希望受表彰的先进集体和先进个人珍惜荣誉，再创佳绩。',
    ].join('\n'))
    expect(piece.sections).toEqual(['青禾五一劳动奖状', '青禾五一劳动奖章', '青禾省工人先锋号'])
    expect(piece.workers.map((w) => w.name)).toEqual(expect.arrayContaining(['吕小光', '尹小斌', '市中医医院发热门诊部', '国网青禾供电公司龙华山供电所']))
  })

  it('reads a roundup’s parts opened by a union’s name and a colon as headings', () => {
    const piece = parseNewspaperText([
      '各地工会开展“五一”系列活动',
      '青山县总工会:',
      '为加强新时代职工精神文明建设，县总工会组织开展登山徒步活动，全县200余名职工参加。',
      '青禾区总工会:',
      '为庆祝“五一”国际劳动节，区总工会召开表彰大会，对一批工匠和先进集体进行表彰。',
    ].join('\n'))
    expect(piece.sections.map((s) => s.replace(/[:：]$/, ''))).toEqual(['青山县总工会', '青禾区总工会'])
  })

  it('reads a line named like a heading of the piece (…慰问活动) as a heading too, not a caption', () => {
    const piece = parseNewspaperText([
      '园山街道总工会开展中秋慰问系列活动',
      '近日，园山街道总工会开展中秋慰问系列活动，把组织的关怀送到职工身边。',
      '社区工联会慰问活动',
      '辖区六个社区工联会开展职工美食节活动，为职工送上月饼和祝福，现场气氛热烈。',
      '新业态劳动者慰问活动',
      '街道总工会、职工服务中心为快递员、外卖员送上慰问品，感谢他们的辛勤付出。',
      '劳模工匠慰问活动',
      '街道总工会走访慰问辖区劳模工匠，详细了解他们的工作和生活情况。',
    ].join('\n'))
    expect(piece.sections).toEqual(['社区工联会慰问活动', '新业态劳动者慰问活动', '劳模工匠慰问活动'])
    expect(piece.captions).toEqual([])
  })

  it('takes a posting time to the second, a portal’s channel menus and a photo’s 供图 credit for no heading', () => {
    for (const line of ['2025年03月16日16:42:13 国际1630', '最新福州新闻 频道推荐', '受访者供图']) expect(chromeHeading(line)).toBe(true)
    expect(chromeHeading('给生产线装上“智慧大脑”')).toBe(false)
  })

  it('takes the headline printed again with a portal’s name after a hyphen for no heading', () => {
    const piece = parseNewspaperText([
      '300名劳模观摩重点项目 见证城市蜕变',
      '3月12日至14日，青禾市总工会组织300名劳模及优秀职工代表观摩重点项目，见证城市发展新成就。',
      '300名劳模观摩重点项目 见证城市蜕变-天天要闻',
      '劳模和职工代表参观了位于城东的图书馆新馆，对城市的变化赞不绝口。',
    ].join('\n'))
    expect(piece.sections).toEqual([])
  })
})

describe('a page’s buttons, counters and swipe hints read as captions (held-out part 29, opened)', () => {
  it('takes 分享让更多人看到, 已有0人发表了评论, 一周热点新闻 and 左右滑动可查看… for chrome, not captions', () => {
    for (const line of ['分享让更多人看到', '已有0人发表了评论', '- 一周热点新闻', '左右滑动可查看获奖选手照片 →']) expect(chromeCaption(line)).toBe(true)
    expect(chromeCaption('选手们在比赛中滑动滑块调整设备')).toBe(false)
  })
})

describe('photos credited to a source on a line of their own (held-out part 31, opened)', () => {
  it('reads the line over 受访者供图 or 某某中心供圖 as that photo’s caption, the source as its credit', () => {
    const piece = parseNewspaperText([
      '只要奋力奔跑 就能闪闪发光',
      '《青禾日报》(2025年04月28日 第 06 版)',
      '刘小峰(中)和技术人员在研究汽车钢产品的品质稳定性。',
      '青禾集团党委宣传部供图',
      '杨小佳在查看鲜花样品。',
      '青禾市融媒体中心供圖',
      '武小全(右)在了解苹果长势。',
      '受访者供图',
      '今年是中华全国总工会成立100周年。在“五一”国际劳动节到来之际，本版刊发几位劳动者的故事。',
    ].join('\n'))
    expect(piece.captions).toEqual(['刘小峰(中)和技术人员在研究汽车钢产品的品质稳定性。', '杨小佳在查看鲜花样品。', '武小全(右)在了解苹果长势。'])
    expect(piece.blocks.filter((b) => b.type === 'caption').map((b) => b.credit)).toContain('青禾市融媒体中心')
  })
})

describe('a gallery’s captions opening with the same words (tuning batch av)', () => {
  it('reads three short sentences or more in a row opening alike as captions when one of them reads as a caption', () => {
    // (A gallery at the top of a web copy with no headline line.)
    const piece = parseNewspaperText([
      '铁路工匠王小涛和动车组模块更换通用多功能车。',
      '铁路工匠单小花为观众介绍购票App操作系统。',
      '铁路工匠景小启和机车智能语音交互系统。',
      '铁路工匠张小华与观众进行交流。',
      '2023年7月28日至30日，第二届大国工匠创新交流大会在青禾举行，来自全国各地的500余名大国工匠参加展览和论坛活动，现场观众络绎不绝。',
    ].join('\n'))
    expect(piece.captions.map((c) => c.replace(/。$/, ''))).toEqual(['铁路工匠王小涛和动车组模块更换通用多功能车', '铁路工匠单小花为观众介绍购票App操作系统', '铁路工匠景小启和机车智能语音交互系统', '铁路工匠张小华与观众进行交流'])
  })

  it('leaves three short sentences opening alike as text when none reads as a caption', () => {
    const piece = parseNewspaperText(['青禾市总工会三项举措服务职工', '青禾市总工会，今年建成职工驿站10个。', '青禾市总工会，今年新建职工书屋20家。', '青禾市总工会，今年开展劳动竞赛50场。'].join('\n'))
    expect(piece.captions).toEqual([])
  })
})

describe('a gallery’s captions run together on one line (tuning part heldout39)', () => {
  it('reads three short sentences set apart by spaces as a caption each, and a work plan’s items as text', () => {
    const piece = parseNewspaperText(['第二期农民工技能大赛举行', '钢筋工项目比赛。 叉车比赛。 育婴师选手在比赛中。 中式面点师比赛。', '1月8日，青禾小镇第二期农民工技能大赛在该镇举行。本次大赛由镇总工会主办，来自各企业的200余名农民工参赛。', '本次大赛设钢筋工、叉车、育婴师、中式面点师四个项目，获奖选手将获得证书和奖金。'].join('\n'))
    expect(piece.captions.map((c) => c.replace(/。$/, ''))).toEqual(['钢筋工项目比赛', '叉车比赛', '育婴师选手在比赛中', '中式面点师比赛'])
    const plan = parseNewspaperText(['青禾市总工会部署全年工作', '会议要求，全市各级工会要抓好三方面工作。', '一是加强学习。 二是强化服务。 三是狠抓落实。', '会议还对年度重点工作进行了分解。'].join('\n'))
    expect(plan.captions).toEqual([])
  })
})

describe('a gallery told item by item, each story closed by its scene `图为…` (tuning parts an, heldout28)', () => {
  it('reads each item whole as its photo’s caption when two or more are on the page, the credit apart', () => {
    const piece = parseNewspaperText([
      '“五一”我在岗 劳动光荣',
      '5月1日，青禾县交警大队全员在岗，守护辖区道路交通畅通，为往来游客保驾护航。 图为执勤交警在青禾古镇护送老人过马路。 (通讯员 甘小明 摄)',
      '',
      '“五一”假期，青禾县人民医院许多医护人员坚守岗位，用实干诠释劳动之美。 图为该院护士在照护新生儿。 (通讯员 罗小平 摄)',
      '',
      '“五一”是劳动者的节日。这个假期，青禾各行各业的劳动者坚守岗位，勤于创造，合力唱响劳动最光荣的乐章。',
    ].join('\n'))
    expect(piece.captions).toEqual([
      '5月1日，青禾县交警大队全员在岗，守护辖区道路交通畅通，为往来游客保驾护航。图为执勤交警在青禾古镇护送老人过马路。',
      '“五一”假期，青禾县人民医院许多医护人员坚守岗位，用实干诠释劳动之美。图为该院护士在照护新生儿。',
    ])
    expect(piece.blocks.filter((b) => b.type === 'caption').map((b) => b.credit)).toEqual(['通讯员 甘小明', '通讯员 罗小平'])
  })

  it('still reads one such line alone as text closed by its photo’s scene', () => {
    const piece = parseNewspaperText([
      '青禾县医护人员节日坚守岗位',
      '“五一”假期，青禾县人民医院许多医护人员坚守岗位，用实干诠释劳动之美。 图为该院护士在照护新生儿。 (通讯员 罗小平 摄)',
      '',
      '“五一”是劳动者的节日。这个假期，青禾各行各业的劳动者坚守岗位，勤于创造，合力唱响劳动最光荣的乐章。',
    ].join('\n'))
    expect(piece.captions).toEqual(['图为该院护士在照护新生儿。'])
  })
})

describe('a hijacked mirror’s copy (tuning parts am, au, heldout46)', () => {
  it('drops a title line stuffed with adult-video search words and a 您當前的位置 crumb; the piece’s own title is the headline', () => {
    const piece = parseNewspaperText([
      '国产精品一区二区_亚洲AV成人无码_久久婷婷在线观看',
      '',
      '您當前的位置:首頁 產改工作 他山之石',
      '',
      '青禾工會為產業工人“鋪路搭橋” 勞動競賽搭舞臺',
      '',
      '近年來,青禾市總工會以勞動競賽為抓手,組織職工開展技術比武和創新活動,全市共有2萬餘名職工參與。',
    ].join('\n'))
    expect(piece.title).toBe('青禾工會為產業工人“鋪路搭橋” 勞動競賽搭舞臺')
    expect(piece.kicker).toBeNull()
    expect(piece.sections).toEqual([])
    expect(piece.blocks.map((b) => b.text).join('')).not.toMatch(/无码|首頁/)
  })

  it('keeps a title that names a union’s own words (成人教育, 亚洲杯) as the headline', () => {
    const piece = parseNewspaperText(['青禾市总工会职工成人教育班开学 亚洲杯志愿者受表彰', '', '9月1日，青禾市总工会职工成人教育班开学，120名一线职工报名参加学历提升。'].join('\n'))
    expect(piece.title).toBe('青禾市总工会职工成人教育班开学 亚洲杯志愿者受表彰')
  })
})

describe('a writer named twice (held-out parts 28, 38, 39; tuning aq, av, ax, opened)', () => {
  it('lists `作者：某某` over `新华社…电（记者 某某）` once, as the reporter', () => {
    const piece = parseNewspaperText([
      '青禾农民工返岗时间早于往年',
      '2021年02月21日 16:54  |  作者:陈小健  |  来源:新华社',
      '新华社青禾2月21日电(记者 陈小健)记者从青禾省人社厅了解到,今年春节青禾农民工返岗时间早于往年,已返岗逾10万人。',
    ].join('\n'))
    expect(piece.bylines).toEqual([{ role: '记者', name: '陈小健' }])
  })
})

describe('a portal’s copy that goes on after the article (held-out part 28, opened)', () => {
  it('ends the article at `（原标题：…）`: the other articles’ titles and leads after it are neither headings nor text', () => {
    const piece = parseNewspaperText([
      '青禾地铁首次表彰“地铁大工匠” 11名职工获誉',
      '昨天(28日),青禾地铁公司举行首届“地铁大工匠”表彰会,11名来自地铁各专业的职工被授予“青禾地铁大工匠”称号,13名司机获“金手柄奖”。',
      '今年,青禾地铁首次设置“地铁大工匠”荣誉称号,表彰具有工匠精神、高超技能、突出贡献并被职工广泛认可的技能职工,授予范围覆盖各主要工种。',
      '(原标题:青禾地铁首次表彰“地铁大工匠”)',
      '青禾要闻',
      '-',
      '扩大品牌影响力 青禾将评100个网红打卡地',
      '昨天,2022青禾网红打卡地评选活动在石景山文化中心举办,活动将评出100个全新的网红打卡地,并评出20个最具人气奖。',
    ].join('\n'))
    expect(piece.sections).toEqual([])
    expect(piece.blocks.map((b) => b.text).join('')).not.toContain('网红打卡地')
    expect(piece.figures.map((f) => f.value)).not.toContain(100)
  })

  it('keeps the text after `（原标题：…）` when it stands under the title, before the article', () => {
    const piece = parseNewspaperText([
      '青禾地铁首次表彰“地铁大工匠”',
      '(原标题:青禾地铁表彰大工匠)',
      '昨天,青禾地铁公司举行首届“地铁大工匠”表彰会,11名来自地铁各专业的职工被授予“青禾地铁大工匠”称号。',
      '今年,青禾地铁首次设置“地铁大工匠”荣誉称号,授予范围覆盖各主要工种。',
    ].join('\n'))
    expect(piece.blocks.filter((b) => b.type === 'paragraph')).toHaveLength(2)
  })
})

describe('a quiz’s button split over two lines (tuning part an)', () => {
  it('drops `点击图片` / `查看答案` instead of reading them as a heading', () => {
    const piece = parseNewspaperText([
      '猜猜这是谁的手',
      '你曾认真观察过劳动者的手吗?下面这些手是属于谁的?',
      '点击图片',
      '查看答案',
      '来自青禾的马小忠在高原做建筑工人24年,一年就回一次家,有时候在工地上一干就是一百多天。他说:“每次做完一个工程,都非常有成就感。”',
    ].join('\n'))
    expect(piece.sections).toEqual([])
    expect(piece.blocks.map((b) => b.text).join('')).not.toMatch(/点击图片|查看答案/)
  })
})

describe('a site’s or an app’s own words over the title (tuning parts, session 26)', () => {
  it.each([
    ['未登录', '开通VIP'],
    ['打开青禾新闻阅读'],
    ['使用浏览器/Safari打开'],
    ['按Enter到主內容區', ':::'],
    ['本篇文章695字,读完约2分钟'],
    ['您所在的位置:主页'],
    ['歡迎訪問青禾經濟信息網!'],
    ['2009年7月 20日星期【打印】'],
  ])('takes %s for chrome, the piece’s own title for the headline', (...chrome) => {
    const piece = parseNewspaperText([...chrome, '青禾区总工会举办职工羽毛球友谊赛', '5月20日，青禾区总工会举办职工羽毛球友谊赛，来自全区的120名职工参赛。'].join('\n'))
    expect(piece.title).toBe('青禾区总工会举办职工羽毛球友谊赛')
    expect(piece.kicker).toBeNull()
  })

  it('takes a portal’s tail off the headline (`-新華網`, `-今日頭條-手機光明網`, ` -总工会`) and an agency’s 題: before it', () => {
    for (const [line, want] of [
      ['青禾技能新星代表廣東出戰全國大賽-新華網', '青禾技能新星代表廣東出戰全國大賽'],
      ['青禾上演溫暖接力,全城傳遞愛和溫暖-今日頭條-手機光明網', '青禾上演溫暖接力,全城傳遞愛和溫暖'],
      ['青禾60名全国劳模先进工作者赴京受奖 -总工会', '青禾60名全国劳模先进工作者赴京受奖'],
      ['新華社北京11月24日電 題:在平凡的工作中創造不平凡的成就', '在平凡的工作中創造不平凡的成就'],
    ]) {
      const piece = parseNewspaperText([line!, '24日下午，5位新当选的全国劳动模范代表讲述了各自岗位成才、不懈追梦的故事。'].join('\n'))
      expect(piece.title).toBe(want)
    }
  })
})

describe('a visit’s photo captioned in one line between paragraphs (session 27, restored tuning pages)', () => {
  it('reads `某某慰问困难职工` and `区总工会班子成员慰问困难劳模` as captions, not headings', () => {
    const piece = parseNewspaperText([
      '区总工会走访慰问困难职工',
      '',
      '春节前夕，区总工会主席王小刚带队到青禾区走访慰问困难职工，为他们送上慰问品和节日的问候，把工会组织的关怀送到职工心坎上。',
      '',
      '王小刚慰问困难职工',
      '',
      '王小刚与困难职工促膝交谈，详细了解他的身体情况、工资收入以及家庭情况，鼓励他保持乐观向上的精神，积极面对生活。',
      '',
      '区总工会班子成员慰问困难劳模',
      '',
      '下一步，区总工会将继续发挥好桥梁纽带作用，当好职工的娘家人，加强困难职工帮扶，真情关爱每一名职工。',
    ].join('\n'))
    expect(piece.sections).toEqual([])
    expect(piece.captions).toEqual(['王小刚慰问困难职工', '区总工会班子成员慰问困难劳模'])
  })
})

describe('a union site’s banner motto (session 27, restored tuning pages)', () => {
  it('drops `忠诚党的事业 竭诚服务职工` over the crumb as the site’s furniture, not a heading', () => {
    const piece = parseNewspaperText([
      '忠诚党的事业 竭诚服务职工',
      '您当前位置:青禾市总工会 >> 工会快讯 >> 浏览文章',
      '青禾市总工会职工服务热线正式开通',
      '时间:2021年09月13日  信息来源:本站原创',
      '',
      '为进一步畅通职工诉求表达渠道，青禾市总工会职工服务热线于9月13日正式开通，职工可以拨打热线咨询法律问题、反映困难诉求。',
      '',
      '热线开通后，市总工会将安排专人值守，对职工反映的问题做到件件有回音、事事有着落，切实维护职工合法权益。',
    ].join('\n'))
    expect(piece.title).toBe('青禾市总工会职工服务热线正式开通')
    expect(piece.sections).toEqual([])
  })
})

describe('a headline that ends with 工会 (session 27, restored tuning pages)', () => {
  it('reads `职工现场加入工会` as the headline, not as a union’s name over the page', () => {
    const piece = parseNewspaperText([
      '职工现场加入工会',
      '',
      '11月29日，青禾市总工会开展第二次市级职工沟通会，全市350个街道乡镇、园区楼宇工会利用职工午休时间同步开展职工沟通会。',
      '',
      '活动现场，近两万名职工参加咨询，6000多名职工现场入会，新就业形态劳动者纷纷加入工会组织。',
    ].join('\n'))
    expect(piece.title).toBe('职工现场加入工会')
    expect(piece.warnings.map((w) => w.en).join()).not.toMatch(/no headline marked/)
    // A union's name alone over the page is still its organisation, not the title.
    const named = parseNewspaperText(['青禾市总工会', '', '职工现场加入工会', '', '11月29日，青禾市总工会开展第二次市级职工沟通会，全市350个街道乡镇、园区楼宇工会利用职工午休时间同步开展职工沟通会。'].join('\n'))
    expect(named.title).toBe('职工现场加入工会')
    expect(named.organizations).toContain('青禾市总工会')
  })
})

describe('a channel’s label or an office’s line over the title (session 27, restored tuning pages)', () => {
  const body = '日前，青禾集团工会在文化中心召开表彰会，表彰2016年度“金牌工人”，集团工会主席为10名“金牌工人”颁奖，勉励大家再创佳绩。'
  it('drops `媒体报道` over the posting date, `人物 正文` over the title and `業務單位:…` under it', () => {
    expect(parseNewspaperText(['媒体报道', '发布日期:06月13日,2017年 字号', '集团工会表彰2016年度先进', '', body].join('\n')).title).toBe('集团工会表彰2016年度先进')
    expect(parseNewspaperText(['人物 正文', '青禾:首批“青禾工匠”亮相', '来源: 2018-11-26 15:22', '', body].join('\n')).title).toBe('青禾:首批“青禾工匠”亮相')
    const release = parseNewspaperText(['青禾市劳动局举办模范劳工表扬活动', '', '業務單位:勞動關係司', '', body].join('\n'))
    expect(release.title).toBe('青禾市劳动局举办模范劳工表扬活动')
    expect(release.blocks.map((b) => b.text).join()).not.toMatch(/業務單位/)
  })
})

describe('a slogan over the news line of an e-paper page (session 27, restored tuning pages)', () => {
  const body = '  本报讯 通讯员某某报道 近日，青禾市总工会开展“金秋助学”活动，为困难职工子女发放助学金，并组织他们参观博物馆，重温“真理的味道”。'
  it('reads `让梦想触手可及` (an idiom ending in 及) and `心系职工问冷暖走访入户送关怀` as kickers over the report', () => {
    const a = parseNewspaperText(['青禾工人日报 数字报纸', '', '00002版:工会', '', '让梦想触手可及', '', '青禾市总工会开展困难职工子女扶志活动', '', body].join('\n'))
    expect([a.kicker, a.title]).toEqual(['让梦想触手可及', '青禾市总工会开展困难职工子女扶志活动'])
    const b = parseNewspaperText(['青禾工人日报 数字报纸', '', '00001版:一版要闻', '', '心系职工问冷暖走访入户送关怀', '', '全总慰问团来青禾开展送温暖活动', '', body].join('\n'))
    expect([b.kicker, b.title, b.subtitle]).toEqual(['心系职工问冷暖走访入户送关怀', '全总慰问团来青禾开展送温暖活动', null])
  })
})

describe('the writers in brackets after the last sentence (session 27, restored tuning pages)', () => {
  const page = (closing: string) =>
    parseNewspaperText(['青禾劳模工匠进校园行动全覆盖', '', `青禾市“劳模工匠进校园”行动在全区大中小学、工匠学院全面铺开，劳模工匠走上讲台，讲述自己的奋斗故事。${closing}`].join('\n'))
  it('reads names listed with 、, a paper’s 全媒记者, and the writer after their unit, and leaves the text without them', () => {
    const a = page('(王小鑫、实习生杨小晶)')
    expect(a.bylines.map((b) => b.name)).toEqual(['王小鑫', '杨小晶'])
    expect(a.blocks.at(-1)!.text).toMatch(/奋斗故事。$/)
    expect(page('\n(方小东 胡小彬 青禾日报全媒记者洪小林)').bylines.map((b) => [b.name, b.role])).toEqual([['方小东', null], ['胡小彬', null], ['洪小林', '全媒体记者']])
    expect(page('(市总全媒体中心 潘小婷)').bylines.map((b) => b.name)).toEqual(['潘小婷'])
    expect(page('(新闻中心主任张小三)').bylines).toEqual([])
  })
})

describe('an information line’s author glued to the next label, a drafter signing a notice (session 27, restored tuning pages)', () => {
  const text = '近日，青禾县行政审批局工会被全国总工会授予“职工书屋”荣誉称号，这是该县首个获此殊荣的基层工会，职工书屋藏书三千余册。'
  it('reads `作者:某某文章来源:发布时间:…` and `拟稿人:某某   核稿人:某某   来源:…` as the writer, not the checker', () => {
    const a = parseNewspaperText(['青禾县行政审批局工会喜获职工书屋荣誉称号', '', '作者:张小玲文章来源:发布时间:2020-01-06 15:30字体大小:【', '', text].join('\n'))
    expect(a.bylines.map((b) => b.name)).toEqual(['张小玲'])
    const b = parseNewspaperText(['青禾区总工会走访慰问困难职工', '', text, '', '拟稿人:李小敏   核稿人:耿小山   来源:青禾区总工会'].join('\n'))
    expect(b.bylines.map((x) => x.name)).toEqual(['李小敏'])
  })
})

describe('a news photo’s scene of yesterday, the story after it (session 27, restored tuning pages)', () => {
  const item = (text: string) => parseNewspaperText(['青禾晚报网新闻中心', '', '赛场亮绝活', '', text, '', '记者 蒋小娇文', '', '通讯员 姜小鸣摄'].join('\n'))
  it('keeps `昨天，…举行。` and `13日，…开赛。` as the captions, `本届竞赛…` and `来自全市…` as text', () => {
    expect(item('昨天，青禾轨道交通第三届职工职业技能竞赛决赛在平东车辆段举行。本届竞赛设置列车司机、高压供电工、探伤巡检工四大工种，吸引350多名职工报名参赛。').captions).toEqual(['昨天，青禾轨道交通第三届职工职业技能竞赛决赛在平东车辆段举行。'])
    expect(item('13日，青禾市钢筋工职业技能竞赛在青禾建设集团开赛。来自全市14家建筑单位的40位选手参与了理论知识和实际操作考核，总分第一的选手将被授予五一劳动奖章。').captions).toEqual(['13日，青禾市钢筋工职业技能竞赛在青禾建设集团开赛。'])
  })
})

describe('a photo page’s captions, one short sentence a paragraph (session 27, restored older parts)', () => {
  it('reads the whole run as captions where two in five read as ones already', () => {
    const piece = parseNewspaperText([
      '青禾职工技能大赛举行',
      '来源:青禾工网    作者:某某    发表时间:2025-10-23',
      '',
      '  编者按：10月21日，青禾市总工会主办的职工技能大赛在青禾举行，来自全市的32支代表队参加比赛，以下是大赛现场的图片。',
      '',
      '大赛开幕现场。',
      '',
      '开幕式民族舞蹈表演。',
      '',
      '团体赛决赛现场。',
      '',
      '个人赛决赛现场。',
      '',
      '观众关注比赛情况。',
      '',
      '团体一等奖获奖代表领奖。',
      '',
      '赛场外，工匠展示特色非遗产品。',
    ].join('\n'))
    expect(piece.captions).toEqual(['大赛开幕现场。', '开幕式民族舞蹈表演。', '团体赛决赛现场。', '个人赛决赛现场。', '观众关注比赛情况。', '团体一等奖获奖代表领奖。', '赛场外，工匠展示特色非遗产品。'])
  })
})

describe('a byline line with its unit, its editor or `/报道` (session 27, restored tuning pages)', () => {
  const page = (closing: string) => parseNewspaperText(['青禾集团工会表彰年度先进', '', '日前，青禾集团工会召开表彰会，表彰年度“金牌工人”，并表彰了职工之家、工人先锋号等先进集体，勉励大家再创佳绩。', '', closing].join('\n'))
  it('reads `(工会   陈某/文 唐某/图)`, `记者 刘某 [编辑: 张某]` and `第五直管项目部 王某/报道`', () => {
    expect(page('(工会   陈小梅/文 唐小慧/图)').bylines.map((b) => [b.name, b.role])).toEqual([['陈小梅', '文'], ['唐小慧', '图']])
    expect(page('记者 刘小颖 [编辑: 张小珍]').bylines.map((b) => b.name)).toEqual(['刘小颖'])
    expect(page('第五直管项目部 王小燕/报道').bylines.map((b) => b.name)).toEqual(['王小燕'])
  })
})

describe('a site’s citizen reporter in the dispatch lead (session 27, restored tuning pages)', () => {
  it('reads `中原网讯(市民记者 某某)` as the reporter, a correspondent', () => {
    const piece = parseNewspaperText(['青禾市工会慰问户外劳动者', '', '青禾网讯(市民记者 王小喜) 在五一国际劳动节来临之际，青禾市工会在广场上举行慰问户外劳动者活动，为环卫工人送上清凉用品。'].join('\n'))
    expect(piece.bylines.map((b) => [b.name, b.role])).toEqual([['王小喜', '通讯员']])
  })
})

describe('a caption cut off where the page ends, and scraps read as captions (session 28, restored tuning pages)', () => {
  it('keeps a caption line that stops on a comma as text, not a caption', () => {
    const scene = (what: string) => `5月1日，在青禾建工承建的青禾机场航站楼改造工程项目工地，${what}。青禾日报记者 王小明 摄`
    const piece = parseNewspaperText(['劳动者坚守岗位迎“五一”', '', scene('工人在运输建筑材料'), '', scene('工人在检查吊顶内管线'), '', scene('工人在安装幕墙玻璃'), '', '5月1日，在青禾建工承建的青禾机场航站楼改造工程项目工地，'].join('\n'))
    expect(piece.captions).toEqual(['5月1日，在青禾建工承建的青禾机场航站楼改造工程项目工地，工人在运输建筑材料。', '5月1日，在青禾建工承建的青禾机场航站楼改造工程项目工地，工人在检查吊顶内管线。', '5月1日，在青禾建工承建的青禾机场航站楼改造工程项目工地，工人在安装幕墙玻璃。'])
    expect(piece.blocks.some((b) => b.type === 'paragraph' && b.text.startsWith('5月1日，在青禾建工承建的青禾机场航站楼改造工程项目工地，') && b.text.endsWith('，'))).toBe(true)
  })

  it('drops a byline’s role without a name, a notice or the paper’s page pointer read as a caption, but not a caption naming reporters', () => {
    for (const line of ['本报记者', '青禾日报青禾视窗记者', '图侵删', '正文复制', '▶2版至4版']) expect(chromeCaption(line), line).toBe(true)
    for (const line of ['采访中的记者', '记者在青禾站采访返乡职工。', '第2版至第4版刊登获奖名单的读者来信']) expect(chromeCaption(line), line).toBe(false)
  })
})

describe('the first of numbered photos glued after the text’s last sentence (session 28, restored tuning pages)', () => {
  it('reads `…开发。图1：…。` as the text, then the first photo’s caption', () => {
    const piece = parseNewspaperText(['青禾油矿职工战高温', '', '虽然时至立秋，但天气异常闷热。青禾油矿的广大职工克服天气带来的不利影响，战高温，争相使出浑身解数，确保原油持续高效开发。图1：采油五队职工在遮阳伞下焊接油井管线。', '图2：采油四队职工在井口拧紧闸门。', '图3：计量站职工录取流程温度。'].join('\n'))
    expect(piece.captions).toEqual(['采油五队职工在遮阳伞下焊接油井管线。', '采油四队职工在井口拧紧闸门。', '计量站职工录取流程温度。'])
    expect(piece.blocks[0]).toMatchObject({ type: 'paragraph', text: expect.stringMatching(/确保原油持续高效开发。$/) })
  })
})

describe('a short sentence of people at work between the paragraphs of a page with photos (session 28, restored tuning pages)', () => {
  const page = (photo: boolean) =>
    parseNewspaperText(
      [
        '高温下的坚守',
        '',
        '7月17日，青禾市持续发布高温红色预警，白天的室外温度超过40℃，户外劳动者仍坚守在岗位上，工会驿站为他们送上清凉。',
        '',
        '城管队员在转移违停车辆。',
        '',
        '快递员在派件。',
        '',
        '在青禾区职工服务中心内，环卫工人正在饮用区总工会今年特别定制的藿香饮，驿站内为劳动者准备了防暑药品、微波炉和饮水机。',
        ...(photo ? ['', '图为劳动者在驿站休息。'] : []),
      ].join('\n'),
    )
  it('reads `城管队员在转移违停车辆。` and `快递员在派件。` as photos’ captions there, and as text on a page without photos', () => {
    expect(page(true).captions).toEqual(['城管队员在转移违停车辆。', '快递员在派件。', '图为劳动者在驿站休息。'])
    expect(page(false).captions).toEqual([])
  })
})

describe('the reporters in a dateline’s brackets (session 28, restored tuning pages)', () => {
  const lead = (dateline: string) => parseNewspaperText(['青禾市总工会开展春节送温暖活动', '', `${dateline}在春节来临之际，青禾市总工会及时安排部署慰问劳模和困难职工工作，为他们送去慰问金和节日问候。`].join('\n'))
  it('keeps names apart that only a space parts: `(通讯员 陈小东 祝小娟)`, `(马小兵 魏小卓 记者白小峰)`', () => {
    expect(lead('青禾新闻网讯(通讯员 陈小东 祝小娟)').bylines.map((b) => b.name)).toEqual(['陈小东', '祝小娟'])
    expect(lead('本报讯(马小兵 魏小卓 记者白小峰)').bylines.map((b) => b.name)).toEqual(['马小兵', '魏小卓', '白小峰'])
    // (Run together, `李东祝龙英` would read as 李东祝 and 龙英.)
    expect(lead('青禾新闻网讯(通讯员 李东 祝龙英)').bylines.map((b) => b.name)).toEqual(['李东', '祝龙英'])
  })
  it('reads a site and its paper joined by a dash before 讯, the paper as the publication', () => {
    const piece = lead('青工网—青禾工人报讯(记者 赵小刚)')
    expect(piece.bylines.map((b) => [b.name, b.role])).toEqual([['赵小刚', '记者']])
    expect(piece.source.publication).toBe('青禾工人报')
    expect(lead('每日青禾网-青禾日报讯 (记者惠小华 通讯员郭小民)').bylines.map((b) => b.name)).toEqual(['惠小华', '郭小民'])
  })
})

describe('an e-paper’s run of titles over the headline (session 28, restored tuning pages)', () => {
  it('does not run on into the dateline’s lead under the headline, whose reporter is read', () => {
    const piece = parseNewspaperText(
      [
        '市总工会赴青禾县开展“送温暖”慰问活动今年春运跨区域人员流动量将创历史新高青禾紧急调运救灾物资',
        '第01版 上一期   下一期 上一版 下一版',
        '',
        '市总工会赴青禾县开展“送温暖”慰问活动',
        '',
        '慰问活动现场 记者石小豪摄',
        '',
        '本报讯(记者邓小霞)1月8日,市总工会党组书记、副主席率慰问组赴青禾县开展“送温暖”慰问活动,把工会组织的温暖送到户外劳动者和困难职工的心坎上。',
        '',
        '青禾县白雪皑皑,气温低至零下7摄氏度,然而在大桥建设现场,却是一片热火朝天的繁忙景象。',
      ].join('\n'),
    )
    expect(piece.bylines.map((b) => b.name)).toContain('邓小霞')
    expect(piece.blocks.some((b) => b.type === 'paragraph' && b.text.startsWith('1月8日'))).toBe(true)
  })
})

describe('names of rarer surnames (寿, 寻) in a reported-by lead (session 28, restored tuning pages)', () => {
  it('reads `本报讯 记者寿小桢 通讯员翁小丽报道 日前，…` as its reporters', () => {
    const piece = parseNewspaperText(['青禾街道工会庆祝“三八”节', '', '本报讯 记者寿小桢 通讯员翁小丽报道 日前，青禾区月河街道总工会在三个社区开展形式多样的庆祝“三八”国际劳动妇女节活动，为辖区200余名女职工送上节日祝福。'].join('\n'))
    expect(piece.bylines.map((b) => [b.name, b.role])).toEqual([['寿小桢', '记者'], ['翁小丽', '通讯员']])
    expect(piece.blocks[0]).toMatchObject({ type: 'paragraph', text: expect.stringMatching(/^日前，青禾区/) })
  })
})

describe('a byline line with a posted reporter, the desk’s credits or 圖文 (session 28, restored tuning pages)', () => {
  const page = (line: string, at: 'head' | 'end') => {
    const text = '日前，青禾集团工会召开表彰会，表彰年度“金牌工人”，并表彰了职工之家、工人先锋号等先进集体，勉励大家再创佳绩。'
    return parseNewspaperText((at === 'head' ? ['青禾集团工会表彰年度先进', '', line, '', text] : ['青禾集团工会表彰年度先进', '', text, '', line]).join('\n'))
  }
  it('reads `某某报驻穗记者 甲 通讯员 乙 丙 文/图` as the paper’s reporter and its correspondents', () => {
    expect(page('青禾特区报驻穗记者 刘小龙 通讯员 陈小伟 林小余 文/图', 'head').bylines.map((b) => b.name)).toEqual(['刘小龙', '陈小伟', '林小余'])
  })
  it('keeps who wrote and took it from `文字:甲 图片:乙 审核:丙 制作:丁`, not who checked and laid it out', () => {
    expect(page('文字:金小玉 图片:袁小辉 审核:卢小飞 制作:周小禹', 'end').bylines.map((b) => [b.name, b.role])).toEqual([['金小玉', '文'], ['袁小辉', '图']])
  })
  it('reads `圖文:某某` as who wrote it and took its photos, and `文圖/某某(遼寧朝陽)` with where they are from left off', () => {
    expect(page('圖文:楊小新', 'end').bylines.map((b) => b.name)).toEqual(['楊小新'])
    expect(page('文圖/白小娜(遼寧朝陽)', 'head').bylines.map((b) => b.name)).toEqual(['白小娜'])
  })
})

describe('more dateline and closing byline forms (session 28, restored tuning pages)', () => {
  const text = '青禾集团工会召开表彰会，表彰年度“金牌工人”，并表彰了职工之家、工人先锋号等先进集体，勉励大家再创佳绩。'
  const lead = (dateline: string) => parseNewspaperText(['青禾集团工会表彰年度先进', '', `${dateline}${text}`].join('\n'))
  const closed = (closing: string) => parseNewspaperText(['青禾集团工会表彰年度先进', '', `${text}${closing}`].join('\n'))
  const names = (piece: ReturnType<typeof parseNewspaperText>) => piece.bylines.map((b) => b.name)
  it('reads outlets joined by a dot or a slash, or with digits, before 讯', () => {
    expect(names(lead('青禾网·青禾云客户端讯(记者 章小薇 通讯员 王小欣)'))).toEqual(['章小薇', '王小欣'])
    expect(names(lead('51网讯 (记者 魏小勇)'))).toEqual(['魏小勇'])
    const slashed = lead('青禾云/青禾日报讯(记者 王小瑞报道)')
    expect(names(slashed)).toEqual(['王小瑞'])
    expect(slashed.source.publication).toBe('青禾日报')
  })
  it('reads a reported-by lead in traditional characters, and a photographer who reported it', () => {
    expect(names(lead('本報訊 記者熊小麗報道:'))).toEqual(['熊小麗'])
    expect(names(lead('本报讯 通讯员徐小一摄影报道 '))).toEqual(['徐小一'])
    expect(names(lead('中新網青禾1月3日電(鐘小欣)'))).toEqual(['鐘小欣'])
    expect(names(lead('青山網訊(記者劉小博攝影報道)'))).toEqual(['劉小博'])
  })
  it('reads the reporters after 讯 set apart by spaces, the text after them (`青禾信息港讯 记者江小枫 青禾市第二届…`)', () => {
    const piece = lead('青禾信息港訊 記者江小楓 ')
    expect(names(piece)).toEqual(['江小楓'])
    expect(piece.blocks[0]).toMatchObject({ type: 'paragraph', text: expect.stringMatching(/^青禾集团工会召开表彰会/) })
  })
  it('reads a paper in brackets of its own before the reporters’ (`(青禾日报)(记者甲 通讯员乙)`)', () => {
    const piece = lead('(青禾日报)(记者车小莉 通讯员周小勤)')
    expect(names(piece)).toEqual(['车小莉', '周小勤'])
    expect(piece.source.publication).toBe('青禾日报')
  })
  it('reads a paper’s reporter named right after the paper (`（青禾化工报曲小贵 通讯员姚小广 王蕊）`), not a paper’s label (`青禾日报原创`)', () => {
    const piece = closed('(青禾化工报曲小贵 通讯员姚小广 王蕊)')
    expect(names(piece)).toEqual(['曲小贵', '姚小广', '王蕊'])
    expect(names(parseNewspaperText(['青禾日报原创', '', '青禾集团工会表彰年度先进', '', text].join('\n')))).toEqual([])
  })
  it('reads `（文/摄本报记者 甲 乙）`, `作者:某某` and `某某網 某某 攝` after the last sentence', () => {
    expect(names(closed('(文/摄本报记者 崔小淳 王小信)'))).toEqual(['崔小淳', '王小信'])
    expect(names(closed('    作者:梅小本'))).toEqual(['梅小本'])
    // (A paragraph closed so may be read as a photo's caption and credit; the closing line itself:)
    expect(bylineAtEnd(`${text}青禾網 馬小遙 攝`)?.line.bylines.map((b) => [b.name, b.role])).toEqual([['馬小遙', '摄影']])
  })
  it('reads `（文:甲 圖:乙）`, `（作者:甲 乙）` closing the text and `文‖本刊記者 某某` over it', () => {
    expect(names(closed('(文:郭小敏 圖:薛小平)'))).toEqual(['郭小敏', '薛小平'])
    expect(names(closed('(作者:高小丹 杨小帆)'))).toEqual(['高小丹', '杨小帆'])
    expect(names(parseNewspaperText(['青禾集团工会表彰年度先进', '', '文‖本刊記者 陸小如', '', text].join('\n')))).toEqual(['陸小如'])
  })
})

describe('a page’s buttons and boxes read as headings (session 28, restored held-out parts seen as tuning)', () => {
  it('takes `我要留言`, `最热评论`, `更多新闻`, `字號:默認 超大打印`, `鏈接已復制`, `返回主页 关键字`, `等待处理…` for chrome, not parts of the text', () => {
    for (const line of ['我要留言', '最热评论', '更多新闻', '字號:默認 超大打印', '鏈接已復制 鏈接已復制', '返回主页 关键字', '等待处理…']) expect(chromeHeading(line), line).toBe(true)
    for (const line of ['更多新闻人物走进车间', '返回岗位的第一天', '我要留在青禾工作']) expect(chromeHeading(line), line).toBe(false)
  })
})

describe('a like button’s count after the last line (session 29, restored tuning pages)', () => {
  it('reads the photo’s caption and credit in `…图为比武现场。 关小山 摄 赞0`', () => {
    const piece = parseNewspaperText('近日，青禾建筑段举行职工技术大比武，电工、木工、瓦工等工种的技术高手同场角逐。图为比武现场。 关小山 摄 赞0\n')
    expect(piece.captions.join()).toMatch(/图为比武现场。$/)
    expect(piece.bylines.map((b) => b.name)).toEqual(['关小山'])
    expect(JSON.stringify(piece.blocks)).not.toContain('赞0')
  })
})

describe('two `图为…` lines one under the other (session 29, restored tuning pages)', () => {
  it('are two photos’ captions, not one caption run on', () => {
    const piece = parseNewspaperText(['工地上的职工书屋', '', '图为两位青年职工在项目部的职工书屋里交流读书心得(12月6日摄)。', '', '图为施工人员在职工书屋里看书(12月6日摄)。', '', '青禾路桥公司为遍布各地的30多个施工项目部设立了职工书屋，让一线职工在工作之余多了一个休闲好去处。'].join('\n'))
    expect(piece.captions).toEqual(['图为两位青年职工在项目部的职工书屋里交流读书心得(12月6日摄)。', '图为施工人员在职工书屋里看书(12月6日摄)。'])
  })
})

describe('a back-to-top button under a photo (session 29, restored held-out parts seen as tuning)', () => {
  it('takes `TOP` for chrome, not a caption', () => {
    for (const line of ['TOP', 'Top']) expect(chromeCaption(line), line).toBe(true)
    expect(chromeCaption('TOP10职工风采')).toBe(false)
  })
})

describe('a part’s heading right over its first numbered heading (session 29, restored tuning pages)', () => {
  it('keeps `调研报告(一)` and `一、调研的基本情况` two headings, not one run together', () => {
    const piece = parseNewspaperText(['青禾市职工书屋建设调研报告', '', '为了解全市职工书屋建设情况，市总工会组织开展了专题调研，现将有关情况报告如下。', '', '调研报告(一)', '一、调研的基本情况', '', '今年以来，市总工会先后深入30家企业的职工书屋，通过座谈、问卷等方式了解职工阅读需求和书屋运行情况，共收回有效问卷1200份。', '', '二、存在的主要问题', '', '部分书屋藏书更新慢，开放时间与职工作息不匹配，利用率不高。'].join('\n'))
    expect(piece.sections).toEqual(['调研报告(一)', '一、调研的基本情况', '二、存在的主要问题'])
  })
})

describe('the points of a list told in the text (session 29, restored held-out parts seen as tuning)', () => {
  it('leaves `一是创新能力强。…` / `二是…` / `三是…` paragraphs whole, no headings cut from them', () => {
    const points = ['一是创新能力强。62人获各类专利共1018项，其中45人拥有发明专利共242项，52人拥有实用新型专利共676项。', '二是绝技绝活多。62人在省级及以上技能竞赛中获奖，其中国际技能大赛获奖2人，全国技能大赛获奖35人。', '三是业绩贡献大。100名青禾工匠中有代表全国一流技能水平的领头雁，又有在研制首台套中攻坚克难的能手。']
    const piece = parseNewspaperText(['青禾工匠的三个显著特点', '', '今年，青禾市总工会命名了100名青禾工匠。', '', ...points.flatMap((p) => [p, ''])].join('\n'))
    expect(piece.sections).toEqual([])
    expect(paragraphsOf(piece).slice(-3)).toEqual(points)
  })
})

describe('a site’s dispatch retold from a paper, the paper named before the brackets (session 29, restored tuning pages)', () => {
  it('reads the reporter in `青禾网12月26日讯 据青禾晨报报道 (首席记者 裴小强) 近日，…` and `…讯据青禾晚报报道(…记者 田小东)…`', () => {
    for (const [opening, name] of [['青禾网12月26日讯 据青禾晨报报道 (首席记者 裴小强) ', '裴小强'], ['青禾网5月1日讯据青禾晚报报道(青禾日报社全媒体记者 田小东)', '田小东']] as const) {
      const piece = parseNewspaperText(['青禾省总工会表彰劳动模范', '', `${opening}近日，青禾省总工会召开表彰大会，对100名省劳动模范进行表彰，号召全省职工向劳模学习。`].join('\n'))
      expect(piece.bylines.map((b) => b.name), opening).toEqual([name])
    }
  })
})

describe('photos’ captions in brackets after a paragraph’s last sentence (session 29, restored held-out parts seen as tuning)', () => {
  it('reads `…的荣誉。”(上图为…,左上图为…)` as two captions and ends the paragraph there', () => {
    const piece = parseNewspaperText(['劳模游览芙蓉园', '', '在整个劳模队伍中，还有一位坐在轮椅上的老人尤为引人注意。他就是青禾村的村支书任小茂。他说：“能评上全国劳模是全村人的荣誉。”(上图为工作人员帮助任小茂参观,左上图为劳模们观赏大型诗乐舞蹈)', '', '活动结束后，劳模们纷纷表示将继续努力，为全省经济社会发展贡献力量。'].join('\n'))
    expect(piece.captions).toEqual(['上图为工作人员帮助任小茂参观', '左上图为劳模们观赏大型诗乐舞蹈'])
    expect(paragraphsOf(piece)).toEqual(['在整个劳模队伍中，还有一位坐在轮椅上的老人尤为引人注意。他就是青禾村的村支书任小茂。他说：“能评上全国劳模是全村人的荣誉。”', '活动结束后，劳模们纷纷表示将继续努力，为全省经济社会发展贡献力量。'])
  })
})

describe('the union a piece names, completed with its paper’s place only where that makes a real one (session 29, a fresh-clone import)', () => {
  const orgs = (paper: string, union: string) =>
    parseNewspaperText(['青禾职工书屋揭牌', '', `${paper}讯（记者 张小三）近日，${union}在青禾镇举行职工书屋揭牌仪式，为一线职工送去图书2000册。`].join('\n')).organizations
  it('makes 省总工会 a province paper’s, 市总工会 a city paper’s, and invents no 安徽市总工会, 工人市总工会 or 青禾市总工会 for 中华全国总工会', () => {
    expect(orgs('安徽日报', '省总工会')).toEqual(['安徽省总工会'])
    expect(orgs('安徽日报', '市总工会')).toEqual([])
    expect(orgs('北京日报', '市总工会')).toEqual(['北京市总工会'])
    expect(orgs('青禾日报', '总工会')).toEqual(['青禾市总工会'])
    expect(orgs('青禾日报', '中华全国总工会')).toEqual([])
    expect(orgs('工人日报', '市总工会')).toEqual([])
  })
  it('takes the union’s name without the words the text puts before its place (`记者从市总工会`, `各界庆祝青禾市总工会`), a place that holds such a character whole (`同安区`)', () => {
    expect(orgs('青禾日报', '记者从市总工会')).toEqual(['青禾市总工会'])
    expect(orgs('青禾网', '全市各界庆祝青禾市总工会')).toEqual(['青禾市总工会'])
    expect(orgs('青禾网', '由同安区总工会')).toEqual(['同安区总工会'])
    expect(orgs('浙江工人日报', '市总工会')).toEqual([])
    expect(orgs('浙江工人日报', '省总工会')).toEqual(['浙江省总工会'])
  })
})

describe('a paper’s app link in the footer under a photo page (session 30, tuning pool ho)', () => {
  const CAPTIONS = ['身着民族服装的代表最吸引眼球。', '人人都是摄影师，拍摄姿势各不同。', '来自青禾日报、青禾电视台等媒体的记者们在会场东门外台阶上，欢送代表们返程。']
  it('is no text: the one-sentence lines over it stay the photos’ captions', () => {
    const piece = parseNewspaperText(
      ['青禾市工会第九次代表大会闭幕', '', '本报记者 张小三 李小四 摄', '', '12月2日，青禾市工会第九次代表大会在完成各项议程之后胜利闭幕，大会选举产生了新一届委员会和经费审查委员会。', '', ...CAPTIONS.flatMap((c) => [c, '']), '扫码关注', '', '青禾日报', '客户端', '×'].join('\n'),
    )
    expect(piece.captions).toEqual(CAPTIONS)
  })
})

describe('lines without a stop between blank lines in a file of such paragraphs (session 30, tuning pool ho)', () => {
  const LINES = ['青禾市五一劳动奖表彰大会授予10个单位“青禾市五一劳动奖状”荣誉称号', '表彰大会开始，全体代表起立，奏唱国歌', '我市全国劳动模范参加会议并受到热烈欢迎', '2025年全国劳动模范，青禾环境服务有限公司清运部经理陆小伦', '2025年全国先进工作者，青禾市人民医院科教处主任医师曾小敏']
  const page = (between: string) =>
    parseNewspaperText(['直击青禾市五一劳动奖表彰大会', '', '12月28日上午，青禾市五一劳动奖表彰大会在市政协礼堂举行。会议表彰我市先进集体和个人，激励全市上下弘扬劳模精神。', '', between, '', ...LINES.flatMap((l) => [l, '']), '大会号召全市职工向受表彰的先进集体和个人学习。'].join('\n'))
  it('are paragraphs of their own, not one sentence run on over the blank lines, and the people they introduce are read', () => {
    const piece = page('本次大会共表彰先进个人60名、先进集体30个。')
    for (const l of LINES) expect(piece.blocks.map((b) => b.text)).toContain(l)
    expect(piece.workers.map((w) => w.name)).toEqual(expect.arrayContaining(['陆小伦', '曾小敏']))
  })
  it('still runs a line that leads into the next with a dash over the blank line', () => {
    const piece = page('青禾工会守正创新，书写永远跟党走的答卷——')
    expect(paragraphsOf(piece).some((p) => p.startsWith('青禾工会守正创新，书写永远跟党走的答卷——青禾市五一劳动奖'))).toBe(true)
  })
})

describe('a journal’s line of its authors’ unit and postcode (session 30, tuning pool old)', () => {
  it('is no heading and no part of the lead', () => {
    const piece = parseNewspaperText(['赛拾花技能促民族团结', '', '■张小三 李小四', '〔青禾新闻中心，青禾市843009〕', '', '10月17日，青禾市工会组织职工及外来拾花工能手同台竞技，开展拾花劳动竞赛活动。', '', '比赛分为个人赛和团体赛，共有120名选手参赛。'].join('\n'))
    expect(piece.sections).toEqual([])
    expect(paragraphsOf(piece).join('\n')).not.toContain('843009')
  })
})

describe('a photo report credited before its lead, its photos’ lines after the text (session 30, tuning pool tu2)', () => {
  const LINES = ['李小一的会客厅', '王小二的会客厅', '赵小三的会客厅', '钱小四的会客厅', '青禾社区为劳模们修建的一排会客厅', '青禾社区办公楼']
  it('reads the short lines as the photos’ captions, not as a verse', () => {
    const piece = parseNewspaperText(['青禾之窗通讯员张小三摄影报道 五一是劳动节，也是劳模大放异彩之际。青禾社区为多名劳模修建了会客厅。', '4月30日，记者来到这里参观，见到每位劳模都有一间自己的会客厅。', '', ...LINES.flatMap((l) => [l, ''])].join('\n'))
    expect(piece.captions).toEqual(LINES)
  })
})

describe('a gallery titled as one and credited to photographers only (session 30, tuning pools ho and old)', () => {
  const CAPTIONS = [
    '青禾市五一劳动奖状获奖单位代表上台领奖。',
    '青禾市五一劳动奖章获得者代表上台领奖。',
    '青禾市工人先锋号获奖集体代表上台领奖。',
    '4月28日，青禾市庆祝“五一”国际劳动节暨五一劳动奖表彰大会在市人民会堂举行，来自全市各行各业的获奖代表和职工代表800余人参加大会，共同分享荣誉与喜悦。',
    '4月24日，青禾市“最美职工”发布仪式录制现场，来自青禾汽车有限公司试制部的数控机床技能师张小禾在讲述自己的故事。',
    '4月27日，刚刚抵达驻地的代表们进行免费的眼睛检测。',
  ]
  const page = (intro: string[]) => parseNewspaperText(['实干成就伟业 奋斗创造辉煌', '——2025年青禾市庆祝“五一”系列活动掠影', '本报记者 张小三 李小四 摄', '', ...intro.flatMap((p) => [p, '']), ...CAPTIONS.flatMap((c) => [c, ''])].join('\n'))
  it('reads every paragraph between its captions, and a caption’s sentence over them, as a photo’s caption', () => {
    expect(page([]).captions).toEqual(CAPTIONS)
  })
  it('keeps the long words that introduce it as text', () => {
    const intro = '本次系列活动期间，获奖代表们以饱满的热情参加各项活动，展现新时代青禾职工队伍的新面貌、新风采。记者用镜头捕捉到一个个精彩时刻，记录下劳动者的光荣与梦想。'
    const piece = page([intro])
    expect(paragraphsOf(piece)).toContain(intro)
    expect(piece.captions).toEqual(CAPTIONS)
  })
  it('reads two captions without a stop between blank lines as two, not one run on over the blank line', () => {
    const tail = ['“中国梦·劳动美---凝心铸魂跟党走”青禾市职工主题文艺汇演为出席会议的代表们带来了一场精彩的文化盛宴', '代表们走出会场，将大会精神带回去，认真学习贯彻']
    expect(page([]).captions).toEqual(CAPTIONS)
    const lines = ['代表们投下庄严的一票', '代表们在新闻中心“打卡”留念', '会场上代表们专注聆听并做记录', '代表们扫码打印自己的照片', '记者在新闻中心采访代表', ...tail]
    const piece = parseNewspaperText(['担当新使命 奋进新征程', '——青禾市工会第九次代表大会掠影', '本报记者 张小三 李小四 摄', '', '11月23日，青禾市工会第九次代表大会胜利闭幕。来自全市各行各业的近千名代表肩负全市职工的重托出席大会。', '', ...lines.flatMap((c) => [c, ''])].join('\n'))
    expect(piece.captions).toEqual(expect.arrayContaining(lines))
  })
})

describe('one heading over the whole text, before its first paragraph (session 30, tuning pools)', () => {
  const page = (line: string, more: string[] = []) =>
    parseNewspaperText(['青禾市总工会召开全委会议', '本报记者 张小三', '', line, '', '10月30日，青禾市总工会召开十四届五次全委（扩大）会议，总结前三季度工作，部署下一阶段任务。', '', '会议强调，要扎实做好困难职工帮扶、职工技能提升等重点工作。', ...more].join('\n'))
  it('opens no part among others: no section', () => {
    const piece = page('搭建贴心平台 提供精准服务')
    expect(piece.sections).toEqual([])
    expect(piece.blocks.every((b) => b.type !== 'heading' && b.section === null)).toBe(true)
  })
  it('is a part’s heading when another follows', () => {
    expect(page('搭建贴心平台 提供精准服务', ['', '聚焦技能提升 助力产业发展', '', '会议要求，要深化劳动和技能竞赛，推动产业工人队伍建设改革走深走实。']).sections).toEqual(['搭建贴心平台 提供精准服务', '聚焦技能提升 助力产业发展'])
  })
})

describe('a caption marked as an archive photo (session 30, tuning pools)', () => {
  it('reads `…。资料图` and `… 資料配圖` lines as captions, the mark as their credit', () => {
    for (const [line, text] of [
      ['青禾国有林管理局。资料图', '青禾国有林管理局。'],
      ['5G技術創新工作室聯盟成員間一起溝通交流。 資料配圖', '5G技術創新工作室聯盟成員間一起溝通交流。'],
    ]) {
      const piece = parseNewspaperText(['青禾林区职工获全国五一劳动奖章', '', '近日，青禾林区3名职工获全国五一劳动奖章，他们扎根林区多年，守护着青山绿水。', '', line!, '', '获奖职工表示，将珍惜荣誉，继续为林区建设贡献力量。'].join('\n'))
      expect(piece.captions, line).toEqual([text])
    }
  })
})

describe('news photos’ captions with their source or agency glued on (session 30, tuning pools old and ho)', () => {
  const page = (line: string) =>
    parseNewspaperText(['青禾工会百年巡礼', '', '战时化作堡垒，团结引导无数工人用双手托起大后方工业脊梁；建设岁月，工会干部背着药箱走进工棚。', '', line, '', '在时代发展浪潮中，青禾工会始终忠诚履职、守正创新，书写永远跟党走的答卷。'].join('\n'))
  it('keeps a caption that names its photo’s source in brackets, a public account among them', () => {
    expect(page('↑图为青禾三线建设博物馆(来源:青禾工会微信公众号)。').captions).toEqual(['图为青禾三线建设博物馆(来源:青禾工会微信公众号)。'])
  })
  it('reads `…。新华社发` after the caption’s stop as the agency’s credit', () => {
    const piece = page('修建青禾铁路的工人们在紧张地架设青禾大桥(资料照片)。新华社发')
    expect(piece.captions).toEqual(['修建青禾铁路的工人们在紧张地架设青禾大桥(资料照片)。'])
  })
  it('splits a dated scene from the story that goes on with 近日', () => {
    const piece = parseNewspaperText(['青禾：工地防暑送清凉', '', '7月10日，青禾滨海国际中心项目部的工人在休息站领取防暑降温食品。近日，青禾市总工会协同部分建筑施工单位开展“工地防暑送清凉”活动，在关爱建设者身心健康的同时，保障工程进度有序推进。新华社发'].join('\n'))
    expect(piece.captions).toEqual(['7月10日，青禾滨海国际中心项目部的工人在休息站领取防暑降温食品。'])
    expect(paragraphsOf(piece)).toEqual(['近日，青禾市总工会协同部分建筑施工单位开展“工地防暑送清凉”活动，在关爱建设者身心健康的同时，保障工程进度有序推进。'])
  })
})

describe('a photo labelled as someone’s work photo (session 30, tuning pool ho)', () => {
  it('reads `某某工作照` between the honoured as a caption', () => {
    const piece = parseNewspaperText(['青禾市3人获全国五一劳动奖章', '4月28日，全国五一劳动奖和全国工人先锋号表彰大会在北京举行，青禾市3名职工获全国五一劳动奖章。', '青禾客运有限公司驾驶员张小禾荣获全国五一劳动奖章。', '张小禾工作照', '青禾机械科技有限责任公司工人、高级技师李小军荣获全国五一劳动奖章。'].join('\n'))
    expect(piece.captions).toEqual(['张小禾工作照'])
  })
})

describe('names read in traditional characters, and a site’s name alone (session 30, tuning pool old)', () => {
  it('reads a writer printed in traditional characters under the subtitle as the byline (`竇某某`)', () => {
    const piece = parseNewspaperText(['中國共產黨新聞網>>中國工會新聞', '', '用雙手創造美好生活', '', '——2021年首批全國勞模療休養活動紀實', '', '竇小禾', '', '2021年07月28日16:46  來源：《工人日報》', '', '當香山革命紀念館的大屏幕上再現開國大典的歷史畫面，正在參觀的勞模們熱烈鼓掌。'].join('\n'))
    expect(piece.bylines.map((b) => b.name)).toEqual(['竇小禾'])
  })
  it('does not take `華文網` alone over the title for the headline or a byline', () => {
    const piece = parseNewspaperText(['華文網', '', '《國家相冊》第三十五集：身邊的勞動者', '', '時代在變化，但總有人為了生活、為了社會，默默負重前行。勞動者用雙手創造美好生活。'].join('\n'))
    expect(piece.title).toBe('《國家相冊》第三十五集：身邊的勞動者')
    expect(piece.bylines).toEqual([])
  })
})

describe('a line of labelled credits (session 30, tuning pools tu2 and ho)', () => {
  const writers = (line: string) => parseNewspaperText(['青禾市总工会邀请留守工人提前过年', '', '傍晚5点，青禾市总工会机关大楼里年味十足，玻璃窗贴上了窗花，留守工人代表们围坐在一起包饺子。', '', line].join('\n')).bylines.map((b) => b.name)
  it('names the writers and photographers, not the editors', () => {
    expect(writers('(青禾新闻Knews记者:毛小帆 汪小鑫 编辑:施小荔)')).toEqual(['毛小帆', '汪小鑫'])
    expect(writers('文章作者:孟小娟    罗小丹    王小琼/编辑:李小俊/审签:罗小伟')).toEqual(['孟小娟', '罗小丹', '王小琼'])
    expect(writers('采写:青禾广电全媒体记者 杨小宇')).toEqual(['杨小宇'])
  })
  it('reads no byline from an editor’s or designer’s credit alone', () => {
    expect(writers('设计:胡小戈')).toEqual([])
  })
})

describe('four writers in brackets after the last sentence (session 30, tuning pool old)', () => {
  it('signs the release: all four are the byline, and the paragraph ends before the brackets', () => {
    const piece = parseNewspaperText(['青禾集团创新团队获国家级认可', '', '近日，青禾集团多支一线创新团队在技术攻关、工艺革新、人才培养等方面表现卓越，获国家级认可与专项支持。 (马小萌 刘小蒂 郑小睿 张小琪)'].join('\n'))
    expect(piece.bylines.map((b) => b.name)).toEqual(['马小萌', '刘小蒂', '郑小睿', '张小琪'])
    expect(paragraphsOf(piece)).toEqual(['近日，青禾集团多支一线创新团队在技术攻关、工艺革新、人才培养等方面表现卓越，获国家级认可与专项支持。'])
  })
})

describe('writers over a portal’s stamp of posting time and source (session 30, tuning pools tu2 and old)', () => {
  it('reads `甲 乙` over `2024年09月23日10:03 来源：某某日报` as the byline', () => {
    const piece = parseNewspaperText(['张小禾 李小四', '2024年09月23日10:03 来源：工人日报', '9月20日，青禾省劳动模范表彰大会在青禾召开，省委书记出席并讲话。', '会议要求，全省各级工会要坚定走好中国特色社会主义工会发展道路。'].join('\n'))
    expect(piece.bylines.map((b) => b.name)).toEqual(['张小禾', '李小四'])
    expect(piece.source).toMatchObject({ publication: '工人日报', date: '2024-09-23' })
  })
})

describe('an outlet glued to 记者 whose name says no 报, 网 or 台 (session 30, tuning pool ho)', () => {
  it('reads `川报观察记者 某某 文/图` over the lead as the byline', () => {
    const piece = parseNewspaperText(['青禾职工文艺汇演举行', '', '青禾观察记者 郝小勇 文/图', '', '9月24日晚，由青禾省总工会主办的职工文艺汇演在青禾举行，来自全省各行业的职工演员登台献艺。'].join('\n'))
    expect(piece.bylines.map((b) => b.name)).toEqual(['郝小勇'])
  })
})

describe('a news site’s channel links under the text (session 31, tuning pool tu2)', () => {
  it('drops a news site’s channel links under the text (`- 进入图片频道最新图文`), each marked as a list item', () => {
    const piece = parseNewspaperText([
      '8日上午，青禾大学南岭校区工地彩旗飘扬，青禾市职工劳动竞赛暨南岭新城项目建设专项劳动竞赛启动仪式在此举行。',
      '劳动竞赛由青禾市总工会、南岭新区管委会等单位主办。',
      '据介绍，青禾市县两级工会将围绕重点产业开展38场示范性职工劳动竞赛，为加快建设现代化城市作出新贡献。',
      '南岭新城项目建设专项劳动竞赛从本月持续到7月，10个新开工项目组和20个在建项目组职工全员参赛。',
      '责任编辑：某小禾',
      '- 最新青禾新闻 频道推荐',
      '-',
      '聚焦主宾省|青禾力争成为数据中心枢纽节点2026-04-09',
      '- 进入图片频道最新图文',
      '- 进入视频频道最新视频',
      '- 一周热点新闻',
      '',
      '',
      '已有0人发表了评论',
    ].join('\n'))
    expect(piece.captions).toEqual([])
  })

})
