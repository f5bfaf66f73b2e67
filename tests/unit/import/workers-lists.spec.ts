// Named workers in the forms of session 12's unseen pages: a list after `他们分别是` without a
// colon, a list printed a person a line with the name first, one person named for a counted group.
// Every fixture here is invented; it reproduces a layout trait, not a page's text.
import { describe, expect, it } from 'vitest'

import { parseNewspaperText } from '../../../src/import/index'
import { extractWorkers } from '../../../src/import/people'

const names = (paragraph: string) => extractWorkers(paragraph).map((w) => w.name)

describe('workers named in lists', () => {
  it('reads a list after 他们分别是 without a colon, each entry employer, job and name', () => {
    const p = '其中，3名同志获得“全国劳动模范”荣誉称号，他们分别是青禾机械集团有限公司高级技师王立新，青禾纺织有限公司挡车工李秀梅，青禾港务集团装卸队队长赵强。'
    expect(names(p)).toEqual(expect.arrayContaining(['王立新', '李秀梅', '赵强']))
  })

  it('reads a person a line with the name first, and leaves an official out', () => {
    expect(names('王立新，青禾航空有限责任公司飞行员；')).toEqual(['王立新'])
    expect(names('李秀梅,青禾纺织有限公司挡车工。')).toEqual(['李秀梅'])
    expect(names('赵强，青禾市总工会副主席；')).toEqual([])
  })

  it('names the one person a counted honoured group is called by, only where the text speaks of honours', () => {
    expect(names('12月28日，第二届青禾市“最美劳动者”发布仪式举行，公布了王立新等20名扎根一线的“最美劳动者”名单。')).toContain('王立新')
    expect(names('王立新等20名职工参加了培训。')).toEqual([])
  })

  it('reads names the text says were chosen (当选, 推选为) in a text on honours, not in any list', () => {
    expect(names('青禾市“最美职工”评选结果揭晓，王立新、李秀梅、赵强等10人当选年度“最美职工”。')).toEqual(
      expect.arrayContaining(['王立新', '李秀梅', '赵强']),
    )
    expect(names('经层层推荐，青禾港务集团王立新、李秀梅、赵强成功推选为“青禾工匠”。')).toEqual(
      expect.arrayContaining(['王立新', '李秀梅', '赵强']),
    )
    expect(names('会上，王立新、李秀梅、赵强当选工会委员会委员。')).toEqual([])
  })

  it('reads a row of names that ends before the sentence goes on to another list', () => {
    const p = '见面会现场，王立新、李秀梅、赵强、孙悦等4位劳模代表与媒体记者畅谈影响他们的那些人、那些事。'
    expect(names(p)).toEqual(expect.arrayContaining(['王立新', '李秀梅', '赵强', '孙悦']))
  })

  it('reads names with a middle dot and names under their nicknames', () => {
    expect(names('2026年“最美职工”中，王立新、艾力·买买提、李秀梅等3名个人光荣入选。')).toEqual(
      expect.arrayContaining(['王立新', '艾力·买买提', '李秀梅']),
    )
    expect(names('我市先后涌现出“钢铁侠”王立新、“电焊玫瑰”李秀梅、“小巷总理”赵强等30位全国劳动模范。')).toEqual(
      expect.arrayContaining(['王立新', '李秀梅', '赵强']),
    )
  })

  it('reads a counted group named in full in a text on honours, and not a plain count', () => {
    expect(names('根据公示名单，这3名选手是王立新、李秀梅、赵强，他们分别在电信、农业等行业竞赛中取得优异成绩。')).toEqual(
      expect.arrayContaining(['王立新', '李秀梅', '赵强']),
    )
    expect(names('这3名同学是王立新、李秀梅、赵强，他们来自同一个班级。')).toEqual([])
  })

  it('reads a list set apart by 、 after 分别为, a teacher by a two-character name', () => {
    const p = '这3名选手分别为：青禾职业学院学生王立新、青禾职业学院教师何杨、青禾服装有限公司指导工李秀梅。'
    expect(names(p)).toEqual(expect.arrayContaining(['王立新', '何杨', '李秀梅']))
    expect(names(p)).not.toContain('师何杨')
  })

  it('reads one named for a counted group however far the honour stands after it', () => {
    expect(names('近日，省人社厅授予王立新等62名在2026年省级职业技能竞赛中取得优异成绩的选手“青禾省技术能手”称号。')).toContain('王立新')
  })

  it('reads names in traditional characters and gives them as printed', () => {
    expect(names('總經理陳聰漢作為省級勞動模範接受表彰，這是他首次獲此殊榮。')).toEqual(['陳聰漢'])
    expect(names('見面會現場，胡洪煒、劉麗、周家榮等3位勞模代表與記者交流。')).toEqual(expect.arrayContaining(['胡洪煒', '劉麗', '周家榮']))
  })

  it('reads bare names in a list of people honoured, not in a list of officials', () => {
    expect(names('授予以下同志“青禾五一劳动奖章”：王立新；李秀梅；赵强。')).toEqual(['王立新', '李秀梅', '赵强'])
    expect(names('出席活动的领导包括：王立新、李秀梅。')).toEqual([])
  })

  it('reads the person after the honour they won (获得…“五一劳动奖章”的某某), and a medal for a counted group', () => {
    expect(names('此次获得全国“五一劳动奖章”的王立新，是青禾造船有限公司电焊班班长。')).toContain('王立新')
    expect(names('授予李秀梅等100名职工“青禾省五一劳动奖章”。')).toContain('李秀梅')
  })

  it('names no organisation honoured for a counted group of units', () => {
    const found = names('青禾春晖制衣有限公司等80个单位获“青禾省五一劳动奖状”；赵强等230名职工获“青禾省五一劳动奖章”。')
    expect(found).toContain('赵强')
    expect(found.filter((n) => n.includes('公司'))).toEqual([])
  })

  it('reads the worker a profile opens with (某某，某公司高级技师。), not an official', () => {
    expect(names('王立新，青禾海鸥表业集团有限公司高级技师。30多年来，王立新参加了近百种手表机芯的设计。')).toEqual(['王立新'])
    expect(names('李秀梅，青禾市总工会副主席。她介绍了全市职工技能竞赛的情况。')).toEqual([])
  })

  it('reads a list of people a line each, name, space, employer and job, a two-character name spaced out', () => {
    const piece = parseNewspaperText('青禾市获全国五一劳动奖章名单\n\n其中青禾市获得全国五一劳动奖章的个人有3位。\n名单如下:\n王立新 青禾市实验小学教师\n李 红 青禾大学附属第一医院重症医学科(中心 ICU)医生\n赵海强 青禾时代工程塑料科技有限责任公司总工程师\n')
    expect(piece.workers.map((w) => w.name)).toEqual(expect.arrayContaining(['王立新', '李红', '赵海强']))
  })

  it("reads the employer's person with a 的 between them (某某公司的某某获得…)", () => {
    expect(names('青禾电缆股份有限公司的王立新获得青禾市五一劳动奖章。')).toEqual(['王立新'])
  })

  it('reads the winners of awards named in quotes, people before 等人, and no title for a name', () => {
    expect(names('比如，“金锤奖”的获得者王立新，“银锤奖”获得者李秀梅等等。')).toEqual(['王立新', '李秀梅'])
    expect(names('青禾港务局技师王立新、青禾港务集团装卸机械修理工李秀梅等人获中华技能大奖。')).toEqual(['王立新', '李秀梅'])
    expect(names('青禾镇五坑村黨總支書記、村委會主任趙強獲評最美職工。')).toEqual(['趙強'])
    expect(names('據了解，這10名“最美職工”都來自基層和生産一線。')).toEqual([])
  })

  it('reads numbered entries of a list of people (1.某某 某某队运动员)', () => {
    const piece = parseNewspaperText('青禾五一劳动奖章推荐对象名单\n\n经基层工会申报，拟推荐以下2名个人，现予公示。名单如下：\n1.王立新 青禾省体育局游泳队运动员\n2.李秀梅 青禾纺织有限公司挡车工\n')
    expect(piece.workers.map((w) => w.name)).toEqual(expect.arrayContaining(['王立新', '李秀梅']))
  })
})

describe('workers, batch 15', () => {
  const names = (t: string) => extractWorkers(t).map((w) => w.name)
  it('reads the winner named before what they won, then honoured in the next clause', () => {
    expect(names('经过激烈的角逐，来自青禾市建工集团公司的程小群夺得桂冠，并荣获“青禾市金牌职工”称号。')).toEqual(['程小群'])
  })

  it('reads the person after an honour, 的, their employer and posts', () => {
    expect(names('大会上，获评全国劳模与全国先进工作者的青禾网络科技股份有限公司创始人、总裁刘小伟，受到了表彰。')).toEqual(['刘小伟'])
  })

  it('reads a profile’s section headed `姓名：一句话` as its worker, in a piece about honoured workers', () => {
    const piece = parseNewspaperText(
      ['“闲不住”的劳模', '', '“五一”前夕，“最具影响力劳模”评选揭晓。长假里，这些劳模本该休息，他们却闲不住。', '', '殷小民：两亩田里度假欢', '', '按照单位的安排，殷小民在“五一”期间只能休息3天，他一头扎进了自家的菜园。', '', '傅小平：东奔西跑也是乐趣', '', '58岁的傅小平在假期里东奔西跑，一刻也闲不下来。'].join('\n'),
    )
    expect(piece.sections).toEqual(['殷小民：两亩田里度假欢', '傅小平：东奔西跑也是乐趣'])
    expect(piece.workers.map((w) => w.name)).toEqual(expect.arrayContaining(['殷小民', '傅小平']))
    // Not in a piece that speaks of no honour.
    const plain = parseNewspaperText(['社区里的新鲜事', '', '社区最近开了一家便民食堂，居民们都说方便。', '', '王小明：早饭不用愁了', '', '退休的王小明每天早上都来这里吃早饭，他说价格实惠。'].join('\n'))
    expect(plain.workers).toEqual([])
  })
})

describe('parts of an honour list', () => {
  it('reads the honour over each part of a list as that part’s heading', () => {
    const piece = parseNewspaperText(
      ['青禾市五一劳动奖状和奖章名单公布', '', '本报讯 日前，青禾市总工会公布了2026年青禾市五一劳动奖状、奖章获得者名单，共有3家单位、3名个人获此殊荣。名单如下：', '青禾市五一劳动奖状', '青禾师范大学附属中学', '青禾工业设备安装有限公司', '青禾市中级人民法院', '青禾市五一劳动奖章', '贺 小彪 青禾供电公司配网带电作业班负责人', '王小霞 青禾市实验小学校长', '何小强 青禾产业园发展有限公司首席技术专家'].join('\n'),
    )
    expect(piece.sections).toEqual(['青禾市五一劳动奖状', '青禾市五一劳动奖章'])
  })
})

describe('workers, more forms (batch 15 and before)', () => {
  const names = (t: string) => extractWorkers(t).map((w) => w.name)
  it('reads the person after 荣获…的, the people an honour is presented to, and rare surnames', () => {
    expect(names('区总工会请刚刚荣获全国五一劳动奖章的项小明和省劳模张小兵为首届“青禾工匠”颁发证书。')).toEqual(expect.arrayContaining(['项小明', '张小兵']))
    expect(names('晚会上，区总工会为万小宏等“十大金牌工人”颁奖。')).toEqual(['万小宏'])
    expect(names('“全国五一劳动奖章”得主竺小杰等等。')).toEqual(['竺小杰'])
  })

  it('reads a name right after an honour when the piece names that person again', () => {
    const piece = parseNewspaperText(['工地上的笑脸', '', '“大桥通车了！”在施工现场，全国劳模张小明笑得很灿烂。', '', '张小明是青禾建工集团的一名桥梁工，他带领团队攻克了多项技术难题。'].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(['张小明'])
    // `劳动模范和先进工作者` over and over: `和先` is always followed by `进`, no person.
    const list = parseNewspaperText(['表彰大会召开', '', '大会表彰了一批劳动模范和先进工作者。', '', '全市劳动模范和先进工作者代表参加了会议。'].join('\n'))
    expect(list.workers).toEqual([])
  })
})

describe('workers named in a row or as entries (batch 16)', () => {
  const names = (t: string) => extractWorkers(t).map((w) => w.name)
  it('reads people named one after the other with an honour before or after them, a team among them', () => {
    expect(names('记者昨天采访了吴小如、白小周、张小华、四矿掘进一队等曾经荣获“感动青禾”年度人物称号的先进典型。')).toEqual(['吴小如', '白小周', '张小华', '四矿掘进一队'])
    expect(names('宣讲会邀请易小冉、邹小彬、李小鸿4名优秀技能人才分享他们的故事。')).toEqual(['易小冉', '邹小彬', '李小鸿'])
    expect(names('节目邀请到青禾研究院的两位80后“大国工匠”郑小兴、张小舸。')).toEqual(['郑小兴', '张小舸'])
    // Names in a row without an honour are not workers.
    expect(names('会议由张小三、李小四主持。')).toEqual([])
  })

  it('reads a piece’s entries `姓名：单位职务` and `单位姓名：` as its workers when it is about honours', () => {
    const entries = parseNewspaperText(
      ['青禾6位院士获评全国先进工作者', '在这份光荣的名单中，特别引人注目的是6位院士入选“全国先进工作者”。', '龚小雅：青禾大学院士，教授', '陈小东: 青禾科技大学院士，教授', '傅小义: 青禾理工大学材料实验室主任，教授', '谢小成: 青禾地质大学地球科学学院教授', '据悉，青禾受表彰人员共有99人，其中全国劳动模范72人。'].join('\n'),
    )
    expect(entries.workers.map((w) => w.name)).toEqual(expect.arrayContaining(['龚小雅', '陈小东', '傅小义', '谢小成']))
    const said = parseNewspaperText(
      ['青禾这100人荣获“青禾工匠”称号', '今天，青禾省总工会授予于小华等100名同志“青禾工匠”称号。', '青禾汽车集团有限公司国小江:', '“我的父辈为国家汽车工业奋斗了一生，我也要做一生的青禾汽车人。”', '青禾信息通信科技集团有限公司付小鹏:', '“企业基业长青，离不开品质过硬的产品。”'].join('\n'),
    )
    expect(said.workers.map((w) => w.name)).toEqual(expect.arrayContaining(['国小江', '付小鹏']))
  })

})

describe('numbered parts about one worker each (batch 16)', () => {
  it('keeps `1、…的某某` between paragraphs as a heading (not a dropped scrap) and reads its worker', () => {
    const piece = parseNewspaperText(
      ['青禾工匠报告团来我市宣讲', '11月15日下午，由省总工会组织的“青禾工匠”事迹巡回报告团来我市作报告。', '他们分别是:', '1、匠心追逐强军梦的青禾船舶重工集团有限公司的徐小斌', '徐小斌', '34年在军工一线潜心钻研，从一名普通钳工成长为集团技能专家。', '2、以匠心守护一方平安的青禾市司法鉴定中心的朱小红', '朱小红', '27年来对法医技艺不断探索，让沉默的证据开口说话。'].join('\n'),
    )
    expect(piece.sections.map((s) => s.replace(/^\d、/, ''))).toEqual(['匠心追逐强军梦的青禾船舶重工集团有限公司的徐小斌', '以匠心守护一方平安的青禾市司法鉴定中心的朱小红'])
    expect(piece.workers.map((w) => w.name)).toEqual(expect.arrayContaining(['徐小斌', '朱小红']))
    expect(piece.paragraphs).toBeGreaterThanOrEqual(3)
  })
})

describe('workers, batch 17', () => {
  const found = (t: string) => extractWorkers(t).map((w) => w.name)
  it('reads `某某等79人为“…奖章”` and `某公司QC班组等30个集体为“…先锋号”` after 授予', () => {
    expect(found('青禾市总工会决定授予青禾新能源有限公司等16个单位为“青禾市五一劳动奖状”，邱小祥等79人为“青禾市五一劳动奖章”，青禾药业有限公司质量部QC班组等30个集体为“青禾市工人先锋号”荣誉称号。')).toEqual(['邱小祥', '青禾药业有限公司质量部QC班组'])
  })

  it('reads two people joined by 和 honoured together, each once, and no employer over a comma', () => {
    const ws = extractWorkers('前不久，在第四届青禾技能大奖评比中，青禾技师学院教师徐小权和他的徒弟许小伟分别获评“青禾大工匠”和“青禾工匠”称号。')
    expect(ws.map((w) => w.name)).toEqual(['徐小权', '许小伟'])
    expect(ws[0]).toMatchObject({ employer: '青禾技师学院', position: '教师' })
  })

  it('takes a team or workshop before 的 as the worker\'s employer, and leaves 来自 off it', () => {
    const ws = extractWorkers('比赛中，码头三队的林某夺得第一名，被授予“青禾市技术能手”称号。')
    expect(ws.map((w) => [w.name, w.employer])).toEqual([['林某', '码头三队']])
    expect(extractWorkers('检修车间的王大力被授予“青禾工匠”称号。')[0]).toMatchObject({ name: '王大力', employer: '检修车间' })
    expect(extractWorkers('来自青禾建工集团的张小山被授予“青禾工匠”称号。')[0]).toMatchObject({ name: '张小山', employer: '青禾建工集团' })
  })

  it('in a piece about honours, reads the people it introduces by employer and job, not the officials', () => {
    const piece = parseNewspaperText(
      [
        '青禾百名“最美工匠”揭晓',
        '',
        '从事焊接工作20年的青禾排水有限公司高级技师丁小松,用一句话说出了他对工匠精神的理解。',
        '',
        '在百名“最美工匠”中,年龄最大的是80岁的工艺美术大师赵大祥,从业时间最短的是青禾缝纫机股份有限公司的潘小国。',
        '',
        '市总工会党组书记、常务副主席王大明出席并讲话。',
      ].join('\n'),
    )
    expect(piece.workers.map((w) => w.name)).toEqual(expect.arrayContaining(['丁小松', '赵大祥', '潘小国']))
    expect(piece.workers.map((w) => w.name)).not.toContain('王大明')
  })

  it('keeps an honour list printed a person a line with the employer in brackets, and reads its people', () => {
    const piece = parseNewspaperText(
      [
        '今天上午,第二届“青禾时代工匠”命名仪式举行,会议命名表彰了3名“青禾时代工匠”。',
        '第二届“青禾时代工匠”名单',
        '万小珍(青禾特锻股份有限公司技术部部长)',
        '马 伟(青禾富强科技有限公司)',
        '蔡 亮(青禾市农业机械技术推广站)',
        '郑小磊作为代表宣读了“青禾时代工匠”宣言。',
      ].join('\n'),
    )
    expect(piece.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text)).toContain('万小珍(青禾特锻股份有限公司技术部部长)')
    expect(piece.workers.map((w) => w.name)).toEqual(expect.arrayContaining(['万小珍', '马伟', '蔡亮']))
    expect(piece.workers.map((w) => w.name)).not.toContain('宣言')
  })
})

describe('workers, batch 19', () => {
  it('reads names in a row before 等10人 and the honour over the comma', () => {
    expect(names('7月17日,第二屆十大“青禾工匠”榮譽稱號授予儀式舉行。楊小波、張天友、張東平等10人,獲得“青禾工匠”稱號。')).toEqual(expect.arrayContaining(['楊小波', '張天友', '張東平']))
  })

  it('in a piece about honours, reads three names in a row, and people each described before their name', () => {
    const piece = parseNewspaperText(
      [
        '劳动伟大——青禾最具影响力劳模评选启幕',
        '',
        '陈双田、陈有生、叶中央、刘玲英……这些名字,对于现在的年轻人来说,也许会显得有些陌生。',
        '',
        '坚守大山教书育人的农加贵、用勤劳双手织就锦绣人生的蒋秋香、青禾桥梁专家和技术带头人马健……近日,全省各级劳动模范走进校园。',
      ].join('\n'),
    )
    expect(piece.workers.map((w) => w.name)).toEqual(expect.arrayContaining(['陈双田', '陈有生', '叶中央', '刘玲英', '农加贵', '蒋秋香', '马健']))
  })

  it('reads the winner of a prize named without quotes', () => {
    const ws = extractWorkers('宣讲员宣讲青禾维修电工技能大赛特等奖获得者胡必兵的从业故事。')
    expect(ws.map((w) => [w.name, w.honors])).toEqual([['胡必兵', ['青禾维修电工技能大赛特等奖']]])
  })
})

describe('workers, batch 21', () => {
  it('reads the people after 五一劳动奖获得者, names ending at 作为 or 3人被…认定为, and after a quoted honour before 作了', () => {
    expect(names('青禾市2名全国五一劳动奖获得者邓小斌、杨小宝作为其中的2名代表,光荣赴京受奖。')).toEqual(['邓小斌', '杨小宝'])
    expect(names('我省郑小元、孙小雁、徐小东3人被中华全国总工会认定为2025年“大国工匠人才”。')).toEqual(['郑小元', '孙小雁', '徐小东'])
    expect(names('座谈会上,青禾市的全国劳动模范陈小志、“青禾工匠”吴小雷作了交流发言。')).toEqual(['陈小志', '吴小雷'])
    expect(names('桐城市劳动模范、桐城剪纸传承人薛小霞与大家现场分享心得。')).toEqual(['薛小霞'])
  })

  it('leaves officials named in a row out, in a piece about honours too', () => {
    const piece = parseNewspaperText('青禾市首届“职工技能状元”竞赛落幕\n\n9月25日,青禾市首届“职工技能状元”竞赛圆满落幕。市总工会领导梁小伶、许小春、罗小义出席闭幕式并为获奖选手颁奖。\n')
    expect(piece.workers.map((w) => w.name)).toEqual([])
  })
})

describe('workers, batch 22', () => {
  it('reads people each described or titled in quotes before their name, and never a name with 等 after it', () => {
    const piece = parseNewspaperText('青禾劳模事迹展开展\n\n展览讴歌了青禾各条战线涌现出的劳模代表,第一位女火车司机田小英、发明“万能工具胎” 的王小伦、“技术革新大师” 张小哲、“青禾机器人之父” 蒋小松等20 多位劳模的事迹悉数亮相。\n\n节目中,全国劳模殷小勇,省劳模杨小标、梁小平,市级劳模陈小阳、魏小芳等,与听众分享了他们的先进事迹。\n')
    const ws = piece.workers.map((w) => w.name)
    expect(ws).toEqual(expect.arrayContaining(['田小英', '王小伦', '张小哲', '蒋小松', '殷小勇', '魏小芳']))
    expect(ws).not.toContain('魏小芳等')
  })
})

describe('workers, batch 23', () => {
  it('reads a worker before a count (某某三名劳模工匠), and leaves out union officials, needy workers visited and the correspondent', () => {
    expect(names('一张由青禾省劳模李小彬、青禾工匠杨小朋、青禾市劳模谢小厚三名劳模工匠的徒弟焊制的钢板呈现在大家面前。')).toEqual(['李小彬', '杨小朋', '谢小厚'])
    const piece = parseNewspaperText('市总工会开展春节送温暖慰问\n\n1月27日下午,市总工会经费审查委员会主任张小宏代表市总工会领导班子开展慰问,看望劳模。\n\n慰问组先后来到困难职工陈小波和困难劳模李小芬家中。(通讯员胡小君)\n')
    expect(piece.workers.map((w) => w.name)).not.toEqual(expect.arrayContaining(['张小宏']))
    expect(piece.workers.map((w) => w.name)).not.toContain('陈小波')
    expect(piece.workers.map((w) => w.name)).not.toContain('胡小君')
  })
})

describe('a series of profiles under their subjects’ names (tuning batch u)', () => {
  const page = [
    '青禾百年劳模谱',
    '',
    '编者按：百年工运，薪火相传。本报今起刊发青禾矿区的劳模故事。',
    '',
    '彭小輝',
    '1959年全國先進生產者',
    '彭小輝，1931年出生，青禾人，中共黨員，雖只有初小文化程度，卻是有名的“工人作家”。',
    '這位“工人作家”，先后擔任矿区黨辦副主任、矿区工會主席。',
    '',
    '郭小泗',
    '1977年全國先進生產者',
    '郭小泗，1935年出生，青禾矿务局采煤工，在井下一干就是三十年。',
  ].join('\n')

  it('reads each subject’s name over the profile as a section heading, not a stray fragment', () => {
    const piece = parseNewspaperText(page)
    expect(piece.sections).toEqual(['彭小輝', '郭小泗'])
  })

  it('names each subject once, however many times their traditional and simplified forms are read', () => {
    const piece = parseNewspaperText(page)
    expect(piece.workers.filter((w) => w.name === '彭小輝')).toHaveLength(1)
  })
})

describe('where a worker’s name ends (tuning batches j and s)', () => {
  it('ends a name before 以 and a quote, and the last name of a list before its verb', () => {
    const piece = parseNewspaperText(
      [
        '青禾劳模进直播间',
        '',
        '近日，省劳动模范、青禾建工集团安装工程有限公司青禾分公司工程师熊卫以“笨办法”练就“硬功夫”，从一名临时工成长为技术骨干。',
        '',
        '活动邀请全国劳动模范高东小，省劳动模范尹建小、金小鹏走进导播室，向广大网友分享他们的奋斗故事。',
      ].join('\n'),
    )
    const names = piece.workers.map((w) => w.name)
    expect(names).toEqual(expect.arrayContaining(['熊卫', '金小鹏']))
    expect(names.some((n) => n.endsWith('以') || n.includes('导播室'))).toBe(false)
  })
})

describe('honour lists of a province and its union (tuning batch w)', () => {
  it('reads union work honours (优秀工会工作者, …标兵) and the person before 等N位…干部', () => {
    const found = extractWorkers('青禾市总工会党组书记、常务副主席彭小育被授予全国优秀工会工作者标兵;青禾锦纶科技有限公司工会副主席陈小魁等33位基层工会干部荣获全国优秀工会工作者称号。')
    expect(found.map((w) => [w.name, w.honors])).toEqual([
      ['彭小育', ['全国优秀工会工作者标兵']],
      ['陈小魁', ['全国优秀工会工作者']],
    ])
  })

  it('reads people listed with their trade in brackets after each', () => {
    const piece = parseNewspaperText('青禾乡村工匠名师名单公布\n经资格复核、社会公示,认定120名乡村工匠名师。其中,青禾有4人上榜,分别是杨小成(扎染)、陈小稳(刺绣)、高小庆(剪纸、刺绣)、陶小金(器具制作)。上榜的还包括:普洱市胡小田(割胶)、保山市高小洁(咖啡师)等。')
    expect(piece.workers.map((w) => w.name)).toEqual(['杨小成', '陈小稳', '高小庆', '陶小金', '胡小田', '高小洁'])
  })

  it('does not read the first character of 荣获 into a name, and keeps a name that is also a word when the piece is about its honoured person', () => {
    expect(names('青禾公司焊工陈魁荣获全国五一劳动奖章。')).toEqual(['陈魁'])
    const piece = parseNewspaperText(['石林工匠金牛荣获“青禾市名匠”称号', '市级劳动模范、石林县工匠金牛荣获第五届“青禾市名匠”称号。', '金牛是石林县的美术创作人,多年来潜心研究彝族刺绣。', '最终金牛成功评选为第五届青禾市名匠。'].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(['金牛'])
  })
})

describe('where a name is not (tuning batch y)', () => {
  it('reads no post of one character (长 of 长沙) and no name running into 车间', () => {
    expect(names('首届“大国工匠论坛”即将在湖南长沙举行,8月31日一早,一列挂满工匠海报的列车驶出。')).toEqual([])
    expect(names('4月27日,江津区青禾发动机有限公司曲轴车间,荣获巴渝工匠、全国五一劳动奖章等10余项荣誉。')).toEqual([])
  })

  it('still reads a head of a section after its unit (副工段 + 长)', () => {
    expect(names('福建省五一劳动奖章获得者、青禾钢铁有限责任公司棒材厂副工段长邓小宁结合学习开展宣讲。')).toContain('邓小宁')
  })

  it('reads no photographer named in the credit before the sentence', () => {
    expect(names('还为行业复杂零件加工提供了技术支持。记者 张小辉 摄/视觉青禾 4月27日,江津区青禾发动机有限公司曲轴车间,荣获巴渝工匠、全国五一劳动奖章等10余项荣誉。')).toEqual([])
  })
})

describe('workers of batch y', () => {
  it('reads names of peoples written with a dot in a row of honoured names, and no post holding 在 (即将在湖南长沙举行)', () => {
    const piece = parseNewspaperText(['青禾劳模工匠风采展', '在为中华民族谋复兴的奋斗历程中锻造的劳模精神、工匠精神,引领着我国工人阶级充分发挥主力军作用。谭小波、张小云、库尔班江·巴拉提……这些闪光的名字,不仅是个人荣誉的勋章。'].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(['谭小波', '张小云', '库尔班江·巴拉提'])
    expect(parseNewspaperText(['大国工匠号列车驶出', '首届“大国工匠论坛”即将在湖南长沙举行,8月31日一早,一列挂满工匠海报的列车驶出。'].join('\n')).workers).toEqual([])
  })

  it('reads the name after 获得者 with a title after it, named once', () => {
    expect(parseNewspaperText(['青禾:牛年牛人', '四月二十七日,青禾医院,青禾市五一劳动奖章获得者郭小良教授正在为病人看病。'].join('\n')).workers.map((w) => w.name)).toEqual(['郭小良'])
  })
})

describe('contest winners (tuning batch x)', () => {
  it('reads the people a contest’s prize names, and people placed in a contest with 分获', () => {
    expect(names('青禾职工演讲大赛总决赛在省城举行,来自青禾航空发动机有限责任公司的洪小光等两组选手荣获特等奖。')).toEqual(['洪小光'])
    expect(names('最终,闻小辉、殷小强分获营林试验工赛项的第九名和第十名。')).toEqual(['闻小辉', '殷小强'])
  })
})

describe('portraits of batch aa', () => {
  it('reads the people named first in portraits’ captions, name and post, as workers', () => {
    const piece = parseNewspaperText(['致敬每一份“手”护', '范小宁,青禾市消防救援支队特勤大队消防员,一年365天坚守岗位。 本报记者 王小特 摄', '鲁小兰,中建三局青禾项目钢筋工,从业8年,先后在多个工地工作。本报记者 王小鹏 摄', '“五一”国际劳动节,我们用镜头定格来自各行各业的劳动者,致敬每一双勤劳的手。'].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(['范小宁', '鲁小兰'])
  })
})

describe('workers of session 24 (tuning pages)', () => {
  it('reads a row of names whose last is joined by 和 before a count of model workers', () => {
    expect(names('春节前夕，市总工会一行先后走访慰问了王立新、李秀梅、赵小强和孙悦四位劳模，送去慰问金。')).toEqual(['王立新', '李秀梅', '赵小强', '孙悦'])
    expect(names('县总工会负责同志分别看望慰问周海林、钱小红和吴德明三位市级劳模。')).toEqual(['周海林', '钱小红', '吴德明'])
    expect(names('王立新、李秀梅和赵小强一起走进了车间。')).toEqual([])
  })

  it('reads a name right after an honour when a stop, a place or another honoured person closes it, named once', () => {
    const inPiece = (p: string) => parseNewspaperText(['青禾市总工会开展劳模宣讲活动', p].join('\n')).workers.map((w) => w.name)
    expect(inPiece('宣讲会上，青禾市劳动模范王甫新没有讲深奥的理论，而是讲起自己的经历。')).toEqual(['王甫新'])
    expect(inPiece('全国劳动模范郭万山当时也在现场，他向大家介绍了治沙的经过。')).toEqual(['郭万山'])
    expect(inPiece('在困难劳模朴小淑家中，慰问组一行与她亲切交谈，详细了解她的身体状况。')).toEqual(['朴小淑'])
    expect(inPiece('全国五一劳动奖章获得者周小莹：获得这个奖项非常自豪，我会继续努力。')).toEqual(['周小莹'])
    expect(inPiece('他看望了94岁全国劳模蒋明远和省劳模韩小玺，感谢他们为医院做出的贡献。')).toEqual(expect.arrayContaining(['蒋明远']))
    expect(inPiece('会议还邀请省劳动模范于小梅作主题宣讲，大家深受鼓舞。')).toEqual(['于小梅'])
    // (`劳模精神`, `劳动模范代表`: the honour's word, no name after it.)
    expect(inPiece('大会号召全市职工学习劳模精神，劳动模范代表、先进工作者代表参加会议。')).toEqual([])
  })

  it('reads winners after where they come from and of a contest named before its prize', () => {
    expect(names('最终，来自青禾的赖小彬获得工业机器人竞赛一等奖，来自禾东的王小平获得中式面点竞赛一等奖。')).toEqual(['赖小彬', '王小平'])
    expect(names('参赛选手李小龙获得了本次叉车技能大赛的一等奖。')).toEqual(['李小龙'])
  })

  it('reads a person who is an honoured worker (某某是全国劳动模范), not a word that looks like a name', () => {
    expect(names('巩小海是全国劳动模范，扎根基层十余载。')).toEqual(['巩小海'])
    expect(names('巩小武是省级劳模，现已卧病在床。')).toEqual(['巩小武'])
    expect(names('关键是全国劳动模范的带动。')).toEqual([])
  })

  it('reads the first of those honoured in a counted group (授予某某等9名…“…奖章”, 表彰了某某等10名优秀工会工作者)', () => {
    expect(names('省总工会决定授予李小涛等9名铁路青年第二十一届“铁路青年五四奖章”。')).toEqual(['李小涛'])
    expect(names('此次共表彰了赵小伟等10名优秀工会工作者，张小昕等20名优秀工会积极分子。')).toEqual(['赵小伟', '张小昕'])
    expect(names('授予王立新等20名同志参加培训的资格。')).toEqual([])
  })

  it('reads a contest’s results printed an event’s name over its winners a line each: headings, and the winners as text and workers', () => {
    const piece = parseNewspaperText(
      ['青禾公司第二届职工技能大赛落幕', '11月18日，青禾公司工会组织开展第二届职工技能大赛，来自生产一线的40余名选手参赛，比赛分为理论考核和实操考核两部分。', '', '叉车技能', '', '徐小林个人一等奖', '', '李小海个人二等奖', '', '梅小贵个人三等奖', '', '打磨技能', '', '陈小民个人一等奖', '', '常小华个人二等奖', ''].join('\n'),
    )
    expect(piece.sections).toEqual(['叉车技能', '打磨技能'])
    expect(piece.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text)).toContain('徐小林个人一等奖')
    expect(piece.workers.map((w) => w.name)).toEqual(expect.arrayContaining(['徐小林', '李小海', '梅小贵', '陈小民', '常小华']))
  })

  it('reads the author of a prize-winning work in a gallery as its winner', () => {
    const piece = parseNewspaperText(['第五届职工摄影大赛获奖作品选登', '由青禾市总工会主办的第五届职工摄影大赛日前揭晓，共评出一等奖3名、三等奖5名、优秀奖若干名。', '', '七月的田野（一等奖）作者 江苏 胡小河', '', '工地印象（一等奖）作者 浙江 胡小松', ''].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(expect.arrayContaining(['胡小河', '胡小松']))
  })
})

describe('teams and prize lists (session 24)', () => {
  const teams = (paragraph: string) => extractWorkers(paragraph).filter((w) => w.kind === 'collective').map((w) => w.name)

  it('reads teams and union bodies honoured together, each by its whole name, and an honour’s list of teams after 获得者：', () => {
    expect(teams('青禾化工有限责任公司混装分厂装药班、青禾钢铁股份有限公司焦化厂甲班荣获全国工人先锋号称号。')).toEqual(['青禾化工有限责任公司混装分厂装药班', '青禾钢铁股份有限公司焦化厂甲班'])
    expect(teams('青禾玻璃有限公司工会委员会、青禾职业大学工会委员会被评为“全国模范职工之家”。')).toEqual(['青禾玻璃有限公司工会委员会', '青禾职业大学工会委员会'])
    expect(teams('“全国工人先锋号”获得者：青禾化工有限公司硫酸产品部，青禾医疗器具有限公司灭活班组，青禾锚链有限公司附件班。')).toEqual(['青禾化工有限公司硫酸产品部', '青禾医疗器具有限公司灭活班组', '青禾锚链有限公司附件班'])
  })

  it('reads a prize’s winners printed after it on a line each prize, each after their unit, and keeps the lines apart', () => {
    const piece = parseNewspaperText(['青禾市总工会举办职工演讲比赛', '本次比赛共有16个作品进入决赛，选手们慷慨激昂，现场掌声不断。', '', '个人组一等奖:青禾购物中心宋小佳', '', '个人组二等奖:市民政局 宋小华 ;市人民法院吴小珊', '', '个人组三等奖:沙河镇政府 徐小丽;市人民法院赵小瑶', ''].join('\n'))
    expect(piece.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text.slice(0, 6))).toEqual(['本次比赛共有', '个人组一等奖', '个人组二等奖', '个人组三等奖'])
    expect(piece.workers.map((w) => w.name)).toEqual(expect.arrayContaining(['宋小佳', '宋小华', '吴小珊', '徐小丽', '赵小瑶']))
  })

  it('reads each winner before the word for winning (争冠, 夺魁, 折桂, 问鼎, 捧杯)', () => {
    expect(names('最终普通车工青禾机电有限公司单小久争冠、维修电工青禾石化公司安小昕夺魁、烹饪青禾服务学校佟小新折桂。')).toEqual(['单小久', '安小昕', '佟小新'])
    expect(names('这支球队在联赛中夺冠。')).toEqual([])
  })
})

describe('workers of the opened held-out parts 28–31 (session 24)', () => {
  it('reads a row of names with a woman’s mark in brackets and a Tibetan name among them, in a piece about honours', () => {
    const piece = parseNewspaperText(['2025年“最美职工”发布', '今年“最美职工”注重选树产业工人、新就业形态劳动者等群体，最终推选出陈小慷、周小莹(女)、潘小锁、次仁卓玛(女)、温小伟等5名个人。他们均是全国五一劳动奖章获得者。'].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(expect.arrayContaining(['陈小慷', '周小莹', '潘小锁', '次仁卓玛', '温小伟']))
  })

  it('reads the first of a counted group honoured with 人, after 命名, and after 对…授予', () => {
    expect(names('授予青禾研究所质量部等62个班组青禾省工人先锋号；授予邓小琳等288人青禾省金牌职工。')).toContain('邓小琳')
    expect(names('市总工会决定，命名王小常等100位同志为青禾市优秀工会工作者。')).toEqual(['王小常'])
    expect(names('经评审小组审核，决定对米小合等142名职工授予“优秀人才”荣誉称号。')).toEqual(['米小合'])
  })

  it('ends a name before 受到 (全国劳模、某公司高级技师李某受到…邀请)', () => {
    expect(names('活动现场，全国劳模、青禾电力有限公司高级技师李征受到青禾变电公司工会的邀请。')).toEqual(['李征'])
  })
})

describe('names ending in 章, officials in a row, and people behind a nickname (session 24)', () => {
  it('reads a name ending in 章 after an honour', () => {
    const piece = parseNewspaperText(['劳模代表观摩重点项目', '青禾市劳动模范米少章作为本市最早一批的出租车司机，曾跑遍了城市的大街小巷，他对城市的变化感触最深。'].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(['米少章'])
  })

  it('leaves officials named in a row out even when an honour follows in the sentence', () => {
    expect(names('市领导周小群、李小斌、郑小章均出席颁奖典礼并为首届十大“青禾工匠”颁奖。')).toEqual([])
  })

  it('reads people behind the name the country knows them by (“边区工人”赵某，), in a piece about honours, and no word after a quote', () => {
    const piece = parseNewspaperText([
      '劳模精神代代传',
      '在全国劳动模范事迹展上，“边区工人”赵小魁，在上千摄氏度的熔炉前终日汗流浃背；大庆“铁人”王小喜，立下拼命也要拿下大油田的誓言；“金手天焊”高小林，先后为90多发火箭焊接过“心脏”。',
      '参赛选手从“60后”到“00后”全覆盖，展现了“工匠精神”传承，大家深受鼓舞。',
    ].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(expect.arrayContaining(['赵小魁', '王小喜', '高小林']))
    expect(piece.workers.map((w) => w.name)).not.toContain('全覆盖')
  })
})

describe('no name read out of a word (session 24)', () => {
  it('leaves out a “name” whose first character makes a word with the one before it (师傅讲述, 工程项目), and one opening with 和', () => {
    const piece = parseNewspaperText([
      '劳模工匠进企业',
      '全国劳动模范、青禾公司高级技师李小征带着徒弟走进车间，大家纷纷点赞。',
      '“当听到李小征师傅讲述在变电检修岗位23年如一日坚守的故事时，我很受触动。”一名学员说。',
      '图为周小兵当过矿工、木工和司机，现在为青禾地铁已经干了5年多。',
      '此次活动中，市总工会组成四个慰问组，对我市部分省、市重点工程项目以及企业进行走访慰问。',
    ].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(['李小征'])
  })
})

describe('honoured people named where they work or live, or as the honour’s 代表 (session 26)', () => {
  it('reads every name of a row after an honour that ends at 所在单位 or 家里', () => {
    const piece = parseNewspaperText([
      '青禾市总工会走访慰问劳模',
      '慰问组先后走进全国“五一劳动奖章”获得者李小发、邱小珍所在单位，全国劳动模范吴小乾、王小花家里，和他们亲切座谈。',
    ].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(expect.arrayContaining(['李小发', '邱小珍', '吴小乾', '王小花']))
  })

  it('reads a name after `劳模代表`, not the officials around it', () => {
    const piece = parseNewspaperText([
      '青禾区召开劳模座谈会',
      '座谈会上，区总工会主席周小平主持会议。来自社区的调解员李小学提出希望农村劳模代表得到关注，这一意见与劳模代表帅小梅不谋而合，帅小梅说：“希望讲好农村劳模的故事。”',
    ].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(['帅小梅'])
  })
})

describe('rows of honoured people after a row of officials, on a list, or giving reports (session 26)', () => {
  it('reads the honoured row after an official’s row that runs into it (`副主席甲、乙一行前往丙、丁和戊三位老劳模家中`)', () => {
    const piece = parseNewspaperText(['青禾区总工会重阳节慰问老劳模', '10月26日上午，区总工会副主席张小勇、陆小剑一行前往张小富、沈小坤和莫小中三位老劳模家中，送去重阳糕和慰问金。'].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(['张小富', '沈小坤', '莫小中'])
  })

  it('reads a row 榜上有名 on an honour’s list, and the prize winners’ representatives giving reports', () => {
    const listed = parseNewspaperText(['青禾区两人入选首席技师', '日前，市政府公布了第十二批首席技师名单。我区的张小永、熊小荣榜上有名，涉及食品生产、机械加工行业。'].join('\n'))
    expect(listed.workers.map((w) => w.name)).toEqual(['张小永', '熊小荣'])
    const reports = parseNewspaperText(['青禾市技能人才事迹报告会举行', '报告会上，技能大赛获奖选手代表杨小明、姜小昊、马小达作报告，讲述了各自的奋斗历程。'].join('\n'))
    expect(reports.workers.map((w) => w.name)).toEqual(['杨小明', '姜小昊', '马小达'])
  })

  it('still leaves officials giving a speech out (`领导甲、乙作重要讲话`)', () => {
    const piece = parseNewspaperText(['青禾市劳模座谈会召开', '会上，市总工会领导张小三、李小四作重要讲话，勉励劳模发挥示范作用。'].join('\n'))
    expect(piece.workers).toEqual([])
  })
})

describe('people shown at work in the photos’ captions (tuning part aj, held-out part 31, opened)', () => {
  it('reads the person a caption opens with (`图①：某某在…`, `某某（右）在…`) as a worker, not an official speaking or visiting', () => {
    const piece = parseNewspaperText([
      '青禾选手勇夺世界技能大赛金牌',
      '图①：马小达在进行日常训练。',
      '徐小震摄',
      '图②：李小鑫（右）在练习手工制作部件。',
      '受访者供图',
      '图③：周小平在颁奖仪式上讲话。',
      '在日前结束的世界技能大赛中，青禾选手获得2枚金牌，创造了历史最好成绩。',
    ].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(expect.arrayContaining(['马小达', '李小鑫']))
    expect(piece.workers.map((w) => w.name)).not.toContain('周小平')
  })
})

describe('rows of prize winners and of riders honoured (tuning parts ak, at)', () => {
  it('reads a row 分别获得 first and second prizes (`一、二等奖`), and riders each behind their city and trade', () => {
    const prizes = parseNewspaperText(['青禾公司职工技能比武落幕', '评委组最终评定：陈小友、赵小深分别获得打磨（个人赛）一、二等奖。'].join('\n'))
    expect(prizes.workers.map((w) => w.name)).toEqual(['陈小友', '赵小深'])
    const riders = parseNewspaperText(['三位外卖骑手获评全国劳模', '三位“社区侠”——青禾蓝骑士廖小萌、临江蓝骑士张小强和北山蓝骑士高小杰获评全国劳模。'].join('\n'))
    expect(riders.workers.map((w) => w.name)).toEqual(['廖小萌', '张小强', '高小杰'])
  })
})

describe('honours named before a row of people (held-out part 38, tuning part aq, opened)', () => {
  it('reads 全国优秀党务工作者 as an honour and `大国工匠人才某某` as its holder', () => {
    const piece = parseNewspaperText(['劳模工匠进校园', '活动现场，全国劳动模范唐小亚、全国优秀党务工作者邓小红、大国工匠人才孙小勇分享各自的成长经历。'].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(expect.arrayContaining(['唐小亚', '邓小红', '孙小勇']))
  })
})

describe('officials left out of a piece about honours (tuning parts am, an, aw, ax; held-out part 28, opened)', () => {
  it('leaves out an official’s second post after 、 (`党委委员、副总经理某某`, `调研员、经审办主任某某`) and a row `等省市领导`', () => {
    const piece = parseNewspaperText([
      '青禾市五一劳动奖章表彰大会举行',
      '大会表彰了全市劳动模范和先进工作者。运营分公司党委委员、副总经理李小涛参加了大会。',
      '“评选严格规范。”市总工会四级调研员、经审办主任殷小青介绍。',
      '范小平、李小强、曹小光等省市领导参加会议。',
    ].join('\n'))
    expect(piece.workers).toEqual([])
  })

  it('still reads an honoured person who holds a post (`省劳动模范、县公安局副局长、交管大队长某某`)', () => {
    const piece = parseNewspaperText(['青禾县举行劳模宣讲活动', '省劳动模范、县公安局副局长、交管大队长林小卿受邀作了事迹分享。'].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(['林小卿'])
  })
})

describe('a two-character name and the verb after it (tuning part am, held-out part 49, opened)', () => {
  it('cuts 来说 and 作获奖感言 off the honoured person’s name', () => {
    const piece = parseNewspaperText([
      '青禾选手世赛夺金',
      '数控铣项目金牌选手范小来说，更是如此。',
      '▲“青禾工匠”获得者邓小作获奖感言',
      '今年，青禾共有20名选手参加世界技能大赛选拔赛。',
    ].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(expect.arrayContaining(['范小', '邓小']))
    expect(piece.workers.map((w) => w.name)).not.toContain('邓小作')
    expect(piece.workers.map((w) => w.name)).not.toContain('范小来')
  })
})

describe('a list of a union’s leaders a line each (held-out part 31, opened)', () => {
  it('reads no worker from `姓名 全国总工会副主席、书记处书记、党组成员`', () => {
    const piece = parseNewspaperText([
      '青禾省总工会领导班子',
      '王小兰 省总工会主席',
      '谭小星 省总工会副主席、书记处书记、党组成员',
      '江小平 省总工会副主席、书记处书记、党组成员',
      '省总工会领导班子在会上分别作了发言。',
    ].join('\n'))
    expect(piece.workers).toEqual([])
  })
})

describe('elected officials at a ceremony (held-out part 46, opened)', () => {
  it('reads no worker from `立委某某、议长某某、市议员某某`', () => {
    const piece = parseNewspaperText(['青禾市表扬模范劳工', '表扬大会上，立委沈小慧、议长张小照、市议员陈小政等出席，为30名模范劳工颁奖。'].join('\n'))
    expect(piece.workers).toEqual([])
  })
})

describe('a worker a feature introduces by age, name and job (tuning parts al, am, ax)', () => {
  it('reads `今年48岁的某某是…上水工`, not `32岁的某某是某地人，到外地打工`', () => {
    const piece = parseNewspaperText([
      '每天往返20公里 重复上水动作上千遍',
      '今年48岁的杨小维是青禾北站客运车间24名上水工中的一个。他和同事们每天要走20公里。',
      '32岁的董小博是青禾人，2016年到临江打工，今年也在车站过年。',
    ].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(['杨小维'])
  })
})

describe('contest champions are honoured people (tuning parts aj, at, aw)', () => {
  it('reads a list of `某某：第N届世界技能大赛…项目冠军` under a lead that names no honour', () => {
    const piece = parseNewspaperText([
      '青年技术工人的所思所想',
      '劳动节、青年节到来之际，记者走近青年技术工人，倾听他们的所思所想。',
      '马小达：第46届世界技能大赛特别赛抹灰与隔墙系统项目冠军',
      '崔小举：第44届世界技能大赛瓷砖贴面项目冠军',
      '高小宙：全国技能大赛冠军、第45届世界技能大赛抹灰与隔墙系统项目亚军',
      '很多人以为，抹灰与隔墙项目没什么技术含量，其实它是一个多工种融合的复合型项目。',
    ].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(expect.arrayContaining(['马小达', '崔小举', '高小宙']))
  })
})

describe('honoured people in a row named with their trade or honour (session 27, restored tuning pages)', () => {
  it('reads each entry of `职工甲、某学院学生乙分获…一等奖` and of `奖章获得者甲、省劳动模范乙共同…`, not a post in a list', () => {
    expect(names('青禾建设公司职工刘小学、青禾工学院学生宁小东分获职工组和学生组个人一等奖。')).toEqual(['刘小学', '宁小东'])
    expect(names('近日，全国五一劳动奖章获得者孙小娟、省劳动模范崔小玲共同向青禾医院捐赠慰问品。')).toEqual(['孙小娟', '崔小玲'])
    expect(names('第三批10名“青禾工匠”分别是：炒茶工陈小峰、砌筑工唐小春、班主任(小学)陈小宁。')).not.toContain('班主任')
  })

  it('reads `某某等76位模范劳工` (a Taiwan county’s model workers) as an honour', () => {
    const piece = parseNewspaperText(['青禾县表扬模范劳工', '县政府举行模范劳工表扬茶会，县长颁奖表扬黄小勤等76位模范劳工。'].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(['黄小勤'])
  })

  it('reads `“最美劳动者”代表某某发出了倡议` and `劳模某某很激动地说`', () => {
    const piece = parseNewspaperText([
      '青禾市表彰最美劳动者',
      '颁奖典礼上，来自青禾机械有限公司的首届“最美劳动者”代表匡小宝发出了倡议，号召大家争当最美劳动者。',
      '走访中，90岁高龄劳模向小成很激动地说：“你们工作那么忙还来看望我们。”',
    ].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(['匡小宝', '向小成'])
  })
})

describe('a name read with the word after it (session 27, restored tuning pages)', () => {
  it('drops `冷暖放` (冷暖放在心上), keeps `肖某荣获` as 肖某 and a name before 等 whole (黄某平等4名)', () => {
    const piece = parseNewspaperText([
      '青禾市表彰全国模范职工之家',
      '近日，全国总工会授予青禾集团工会“全国模范职工之家”称号，青禾九方装备有限公司党委书记、工会主席资小清荣获“全国优秀工会工作者”称号。',
      '青禾机械厂职工肖磊荣获“全国五一劳动奖章”，黄性平等4名选手获得“青禾工匠”称号，公司始终把职工冷暖放在心上。',
    ].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(['肖磊', '黄性平'])
  })
})

describe('what reads like a name and is none (session 27, restored tuning pages)', () => {
  it('reads no worker from `环卫工李大姐说`, `赵总作为…工作室领衔人` or `曾两次当选全国劳动模范`', () => {
    const piece = parseNewspaperText([
      '青禾工会驿站送早餐',
      '接过早餐的环卫工李大姐说：“我每天4点清扫街面，啃冷馒头是常事。”',
      '在青禾市百家劳模创新工作室联盟签约仪式上，赵总作为青禾市智慧能源劳模创新工作室领衔人发言。',
      '魏小政是青禾水泥厂退休职工，曾两次当选全国劳动模范。',
    ].join('\n'))
    expect(piece.workers.map((w) => w.name).filter((n) => ['李大姐', '赵总', '曾两次'].includes(n))).toEqual([])
  })
})

describe('teams and union bodies honoured after a comma (session 27, restored tuning pages)', () => {
  it('reads `甲工会、乙工会，被评为“全国模范职工小家”` and `某工会榜上有名，获“全国模范职工小家”称号` as the honoured collectives', () => {
    expect(names('青禾百货股份有限公司超市事业部中心店工会、青禾电机有限公司维保中心工会，被评为“全国模范职工小家”。')).toEqual(['青禾百货股份有限公司超市事业部中心店工会', '青禾电机有限公司维保中心工会'])
    expect(names('近日，全国总工会发布表彰决定，青禾一公局西北公司工会榜上有名，获“全国模范职工小家”称号。')).toEqual(['青禾一公局西北公司工会'])
    // People named before a comma are read as before; a clause that is no list of units is not.
    expect(names('近日，全国总工会发布表彰决定，被评为“全国模范职工小家”。')).toEqual([])
  })
})

describe('an honour given to someone after 向 (session 27, restored tuning pages)', () => {
  it('reads who is given the honour, not who gives it, also with the giving body named before the honour', () => {
    expect(names('会上，全国机冶建材工会领导代表全国总工会向青禾汽轮机公司二分厂四工段三班授予中国全国总工会“工人先锋号”荣誉称号。')).toEqual(['青禾汽轮机公司二分厂四工段三班'])
    expect(names('省总工会向青禾机械厂高级技师王大明授予“五一劳动奖章”。')).toEqual(['王大明'])
  })
})

describe('studios listed one after another, each led by a worker (session 28, restored tuning pages)', () => {
  it('reads the leader of `某某职工创新工作室` and of each studio in a run, a two-character name too', () => {
    const piece = parseNewspaperText(['青禾市创新工作室获资金支持', '', '市总工会决定重点支持张小勇劳模创新工作室等28个劳模创新工作室、吴屿职工创新工作室等112个职工创新工作室。其中，我市的温小军劳模创新工作室、贾坤劳模创新工作室、王小华职工创新工作室分别给予8万元资金支持。'].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(expect.arrayContaining(['张小勇', '吴屿', '温小军', '贾坤', '王小华']))
  })
})

describe('names given an honour after their count (session 28, restored older parts)', () => {
  it('reads each of `关于授予甲、乙、…、丙12名同志“…”的表彰决定`, the bodies named before 授予 left out', () => {
    const piece = parseNewspaperText(['青禾“最美职工”发布', '', '活动现场，主持人宣读了市委宣传部、市文明办、市总工会关于授予罗小强、孙小国、于小伟、李小军、袁小明5名同志“青禾好人·最美职工”的表彰决定，号召全社会向他们学习。'].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(['罗小强', '孙小国', '于小伟', '李小军', '袁小明'])
  })
})

describe('names chosen to stand for the honoured at a ceremony (session 28, restored tuning pages)', () => {
  it('reads each of `甲、乙、丙、丁将作为特邀代表出席这次表彰大会` in a text on honours', () => {
    const piece = parseNewspaperText(['我省劳模将赴京参加表彰大会', '', '全国劳动模范和先进工作者表彰大会将在北京召开。其中，我省全国劳动模范42名，全国先进工作者18名。潘小琴、杨小延、张小富、李小燕将作为特邀代表出席这次表彰大会，他们将向全国人民展示我省劳动者的风采。'].join('\n'))
    expect(piece.workers.map((w) => w.name)).toEqual(expect.arrayContaining(['潘小琴', '杨小延', '张小富', '李小燕']))
  })
})

describe('a kind of honour is no honour of the catalog (session 28, a fresh-clone import)', () => {
  it('keeps the studio’s leader but adds no honour `劳模` from `命名某某等28个创新工作室为省示范性劳模和工匠人才创新工作室`', () => {
    const piece = parseNewspaperText(['青禾省28个创新工作室获命名', '', '近日，青禾省总工会决定命名孙小江等28个创新工作室为青禾省示范性劳模和工匠人才创新工作室。其中，青禾市4家，青山市3家。'].join('\n'))
    const worker = piece.workers.find((w) => w.name === '孙小江')
    expect(worker).toBeDefined()
    expect(worker!.honors).not.toContain('劳模')
  })
})

describe('a word and its adverb particle is no name (session 29, restored tuning pages)', () => {
  it('finds no worker `高兴地` in `…建筑工人王师傅高兴地说`', () => {
    const piece = parseNewspaperText(['青禾区总工会把服务向乡村延伸', '', '为破解乡村职工“服务距离远、活动没去处”的问题，区总工会把服务向乡村延伸，在农民工集中的山区乡镇推进共享职工之家建设，赢得了农民工的广泛赞誉。“在城里工作有职工之家，回到家乡也有职工之家，工会真是我们的贴心人。”青禾镇建筑工人王师傅高兴地说。与此同时，区总工会依托邮政部门网络覆盖面广的优势开展服务。'].join('\n'))
    expect(piece.workers.map((w) => w.name)).not.toContain('高兴地')
  })
})

describe('an honour’s holder who goes on seeing, visiting, listening (session 29, restored tuning pages)', () => {
  it('finds 王小仙 in `…青禾市五一劳动奖章获得者王小仙看到企业生产的重卡…`, traditional characters too', () => {
    for (const text of ['在青禾科技馆，青禾市五一劳动奖章获得者王小仙看到企业生产的重卡汽车作为全市支柱产业的代表产品。', '在青禾科技館，青禾市五一勞動獎章獲得者王小仙看到企業生產的重卡汽車作為全市支柱產業的代表產品。']) {
      const piece = parseNewspaperText(['劳模工匠参观科技馆', '', text].join('\n'))
      expect(piece.workers.map((w) => w.name), text).toContain('王小仙')
    }
  })
})

describe('a worker named by trade and named again (session 30, restored tuning pages)', () => {
  const piece = (second: string) =>
    parseNewspaperText(['春节坚守在青禾站', '', '“这次虽然不能回家，但还是希望家人为我感到高兴。”车站青工张小禾说，春节不回家虽有遗憾，但并不孤单。', '', second, '', '困难职工李小梅说，丈夫去世多年，工会年年送来慰问金，李小梅很感动。'].join('\n')).workers.map((w) => w.name)
  it('is a person the piece is about (`车站青工张某说` … `张某主动…`), not anyone on the payroll a visit names (`困难职工李某`)', () => {
    expect(piece('张小禾主动申请到家乡车站工作，实现了儿时的梦想。')).toEqual(['张小禾'])
  })
  it('is not taken on one mention', () => {
    expect(piece('值班同事一起剪窗花、写春联，为旅客送上自制的小礼物。')).toEqual([])
  })
})
