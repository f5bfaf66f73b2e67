// A photo story's photographers as its bylines, and a mirror's debris (readings in pinyin after
// the characters, tags of the page's markup) taken out before the page is read.
// Every fixture here is invented; it reproduces a layout trait, not a page's text.
import { describe, expect, it } from 'vitest'

import { bylineAtEnd, parseBylineLine } from '../../../src/import/bylines'
import { dropMirrorDebris } from '../../../src/import/clean'
import { parseNewspaperText } from '../../../src/import/index'

const photoStory = [
  '劳动最光荣',
  '',
  '编者按 为喜迎“五一”国际劳动节，本报推出系列摄影专题报道，共同感受劳动者昂扬奋进的精神风貌。',
  '',
  '2026年4月3日，青禾纺织有限公司准备车间一位女工在仔细排纱布线。',
  '本报记者 王立新 摄',
  '',
  '2026年4月8日，青禾博物馆文物修复师正在修复壁画。',
  '李秀梅 摄',
  '',
  '2026年4月12日，青禾港务集团工人在检查吊机。',
  '本报记者 王立新 摄',
].join('\n')

describe('a photo story', () => {
  it('is credited to its photographers when it has no byline of its own, each once', () => {
    const piece = parseNewspaperText(photoStory)
    expect(piece.bylines).toEqual([
      { role: '摄影', name: '王立新' },
      { role: '摄影', name: '李秀梅' },
    ])
    expect(piece.captions).toHaveLength(3)
  })

  it('keeps the written byline of a piece that has one first, its photographer after', () => {
    const piece = parseNewspaperText(`青禾港务集团举办技能比武\n本报记者 赵强\n4月12日，青禾港务集团举办第十届职工技能比武，来自一线的120名职工参加比赛，比赛设吊机操作、电工两个项目，经过一天的角逐，10名选手获一等奖。\n\n4月12日，选手在进行吊机操作比赛。\n李秀梅 摄\n`)
    expect(piece.bylines).toEqual([
      { role: '记者', name: '赵强' },
      { role: '摄影', name: '李秀梅' },
    ])
  })
})

describe("a mirror's debris", () => {
  it('takes out readings in pinyin after the characters when the page is full of them', () => {
    expect(dropMirrorDebris('省勞動(dòng)模范和先進(jìn)工作者表彰大會(huì)在洪山禮堂舉行')).toBe('省勞動模范和先進工作者表彰大會在洪山禮堂舉行')
    // A reading of a whole word carries a tone mark on each syllable.
    expect(dropMirrorDebris('外卖(wàimài)员走进河西区职工(zhígōng)服务中心(zhōngxīn)休息')).toBe('外卖员走进河西区职工服务中心休息')
    // A reading printed twice over goes too.
    expect(dropMirrorDebris('此次比(bi)(bi)賽,選手戴好電焊(han)(han)面罩,拿起焊(han)槍,熟練地開始焊(han)接作(zuo)業')).toBe('此次比賽,選手戴好電焊面罩,拿起焊槍,熟練地開始焊接作業')
    // One reading an article gives is the article's.
    expect(dropMirrorDebris('“犇”(bēn)字由三个牛组成。')).toBe('“犇”(bēn)字由三个牛组成。')
    // Readings without their tones, a page full of them; a word in brackets now and then stays.
    expect(dropMirrorDebris('參(can)賽選手正(zheng)在聚精會神進(jin)行焊(han)接，比(bi)賽現場(chang)')).toBe('參賽選手正在聚精會神進行焊接，比賽現場')
    expect(dropMirrorDebris('青禾职工使用手机(app)报名，共有(ai)字头的班组参加。')).toBe('青禾职工使用手机(app)报名，共有(ai)字头的班组参加。')
  })

  it("takes out the tags of a copied page's markup, not a single one an article quotes", () => {
    expect(dropMirrorDebris('<i id="a1"><bdo id="a1"></bdo></i>\n<thead id="a1"></thead>\n标题')).toBe('\n\n标题')
    expect(dropMirrorDebris('网页用<b>标签加粗。')).toBe('网页用<b>标签加粗。')
  })

  it('reads the byline and workers of a page in pinyin-glossed traditional characters', () => {
    const page = '省勞模表彰大會(huì)舉行\n楚天報(bào)訊(記者王立新 通訊員李秀梅)5月2日，省勞動(dòng)模範和先進(jìn)工作者表彰大會(huì)舉行。總經理陳聰漢作為省級勞動(dòng)模範接受表彰。\n'
    const piece = parseNewspaperText(page)
    expect(piece.title).toBe('省勞模表彰大會舉行')
    expect(piece.bylines.map((b) => b.name)).toEqual(['王立新', '李秀梅'])
    expect(piece.workers.map((w) => w.name)).toContain('陳聰漢')
  })
})

describe('labels, closing sources and a title the page names', () => {
  it("reads a reader's page in view and drops its word count", () => {
    const piece = parseNewspaperText('当前版:02版\n发布日期:2026年12月18日\n青禾市5名选手被授予“五一劳动奖章”\n文章字数:329\n  青禾日报讯(全媒体记者王立新)近日，市总工会授予5名选手“青禾五一劳动奖章”。这是青禾市第一次为技能竞赛优秀选手授予奖章。\n')
    expect(piece.source).toEqual({ publication: '青禾日报', page: '02', date: '2026-12-18' })
    expect(piece.subtitle).toBeNull()
  })

  it('reads the paper and reporter in a closing 来源 bracket, spaced or not', () => {
    for (const text of ['激励更多劳动者走技能成才之路。(来源:青禾日报 记者 王立新)', '激励更多劳动者走技能成才之路。(来源:青禾日报记者王立新)']) {
      const found = bylineAtEnd(text)
      expect(found?.line.publication).toBe('青禾日报')
      expect(found?.line.bylines).toEqual([{ role: '记者', name: '王立新' }])
      expect(found?.rest).toBe('激励更多劳动者走技能成才之路。')
    }
    // A site as 来源 in brackets with no reporter is not a byline.
    expect(bylineAtEnd('之路。(来源:青禾网)')).toBeNull()
  })

  it('reads a site line whose every label and value stand in brackets (【发布日期:…】【作者:…】)', () => {
    const piece = parseNewspaperText('青禾区为一线职工开展“送清凉”活动\n【发布日期:2026-08-24】【来源:】 【阅读:次】【作者:晚报记者王立新通讯员李秀梅】\n  8月21日，青禾区总工会为一线职工开展“送清凉”活动，为200名职工送去防暑降温物品。\n')
    expect(piece.bylines).toEqual([
      { role: '记者', name: '王立新' },
      { role: '通讯员', name: '李秀梅' },
    ])
    expect(piece.source.date).toBe('2026-08-24')
  })

  it('reads a photographer with the agency that supplied the photo after the mark', () => {
    expect(parseBylineLine('王立新摄(人民视觉)')?.bylines).toEqual([{ role: '摄影', name: '王立新' }])
    expect(parseBylineLine('王立新 摄（新华社发）')?.bylines).toEqual([{ role: '摄影', name: '王立新' }])
  })

  it("reads an agency's photo credit and a name before /攝 in traditional characters", () => {
    expect(parseBylineLine('新華社發(王立新攝)')?.bylines).toEqual([{ role: '摄影', name: '王立新' }])
    expect(parseBylineLine('(記者 李紅 通訊員 趙強/攝)')?.bylines).toEqual([
      { role: '记者', name: '李紅' },
      { role: '摄影', name: '趙強' },
    ])
  })

  it('reads roles and names spaced around the slash (◎文 /某某 图 /某某)', () => {
    expect(parseBylineLine('◎文 /王立新    图 /李秀梅')?.bylines).toEqual([
      { role: '文', name: '王立新' },
      { role: '图', name: '李秀梅' },
    ])
  })

  it('reads 文摄 after names as their role, not as a name', () => {
    expect(parseBylineLine('(王立新 李秀梅 赵强 文摄)')?.bylines).toEqual([
      { role: '文', name: '王立新' },
      { role: '文', name: '李秀梅' },
      { role: '文', name: '赵强' },
    ])
  })

  it("takes the headline 原标题 names whole, without the site's channel label above it", () => {
    const piece = parseNewspaperText('中工娱乐\n\n青禾市发布2026年“最美职工”先进事迹\n\n来源:青禾网\n2026-04-30 08:52\n\n原标题:青禾市发布2026年“最美职工”先进事迹\n\n青禾网4月30日电 青禾市总工会向全社会公开发布2026年“最美职工”先进事迹，10名职工光荣入选。\n')
    expect(piece.title).toBe('青禾市发布2026年“最美职工”先进事迹')
    expect(piece.kicker).toBeNull()
  })

  it('reads the paper that calls itself 本报 from where the text names its reporters', () => {
    const piece = parseNewspaperText('我市13名职工获得全国五一劳动奖章\n\n本报讯(首席记者王立新)4月26日，青禾日报记者从市总工会获悉，我市13名个人获全国五一劳动奖章。\n')
    expect(piece.source.publication).toBe('青禾日报')
    // Without 本报讯, another paper's reporters are only mentioned.
    expect(parseNewspaperText('我市13名职工获得全国五一劳动奖章\n\n4月26日，青禾日报记者从市总工会获悉，我市13名个人获全国五一劳动奖章。\n').source.publication).toBeNull()
  })

  it('reads a numbered photo (图①：) as a caption without its number, and the paper a repost was taken from', () => {
    const piece = parseNewspaperText('本文转自:工人日报\n\n新时代的劳动者\n\n青禾站的检修工人每天凌晨上岗，一年来累计避免水损耗约115万立方米，保障了车站的正常运行。\n\n图①：王立新在站台进行听漏作业。\n\n图②：李秀梅在用显微镜检查材料。\n')
    expect(piece.source.publication).toBe('工人日报')
    expect(piece.captions).toEqual(['王立新在站台进行听漏作业。', '李秀梅在用显微镜检查材料。'])
    expect(piece.kicker).toBeNull()
  })

  it("drops an image's file name left in the text (W0201704…_jpg)", () => {
    const piece = parseNewspaperText('青禾市职工文化宫迎来劳模\nW020170419823955839447_jpg\n4月19日，青禾市职工文化宫举办劳模事迹展，200名职工参观了展览，了解劳模们的先进事迹。\n')
    expect(piece.subtitle).toBeNull()
  })

  it('takes no column label (专栏：) for a kicker', () => {
    const piece = parseNewspaperText('专栏:\n吕师傅参加技术协作的故事\n\n青禾高压开关厂焊接试验室的吕师傅是厂里焊接技术水平最高的八级工匠，焊接车间很大一部分工人都是他的徒弟。\n')
    expect(piece.kicker).toBeNull()
    expect(piece.title).toBe('吕师傅参加技术协作的故事')
  })

  it('drops 本报资料图 under a photo instead of reading it as a caption', () => {
    const piece = parseNewspaperText(photoStory.replace('李秀梅 摄', '本报资料图'))
    expect(piece.captions).not.toContain('本报资料图')
  })
})

describe('captions in traditional characters', () => {
  it('reads a scene line over the text as a caption, in traditional characters and closed by a stop', () => {
    const piece = parseNewspaperText('青禾市總工會“金秋助學”捐助現場。\n8月21日上午，青禾市總工會2026年“金秋助學”儀式舉行，幫助6名品學兼優、考上大學的困難職工子女圓夢。\n“金秋助學”活動開展14年來，青禾市總工會累計籌集資金200多萬元，幫助600多名困難職工子女圓了大學夢。\n')
    expect(piece.captions).toEqual(['青禾市總工會“金秋助學”捐助現場。'])
  })

  it('reads 圖為… as a caption', () => {
    const piece = parseNewspaperText('青禾舉行職工技能大比武\n\n青禾市總工會在全市職工中廣泛開展技能大比武活動，動員廣大職工提升技能水平，共有1200名職工參加了比賽。\n\n圖為比武現場，一名工人在鉗工比賽中全神貫注地操作。\n')
    expect(piece.captions).toEqual(['圖為比武現場，一名工人在鉗工比賽中全神貫注地操作。'])
  })
})

describe('captions printed twice', () => {
  it('reads a caption printed twice over once, and not the headline again as a caption', () => {
    const caption = '4月27日上午，青禾市第四届职工职业技能大赛在主赛场拉开帷幕，一名选手在开幕式后立即投入比赛。'
    const page = `青禾市职工技能大赛开幕\n\n本报讯 4月27日，青禾市第四届职工职业技能大赛开幕，来自全市各行业的1200名职工参赛，比赛设20个项目，持续到10月底。\n\n${caption}\n本报记者 王立新 摄\n\n${caption}\n本报记者 王立新 摄\n`
    expect(parseNewspaperText(page).captions.filter((c) => c.includes('拉开帷幕'))).toHaveLength(1)
    const gallery = 'IMG_0001.jpg\n青禾市劳模事迹读本首发\n2026-04-21 09:02 来源:青禾网\n\n青禾网4月21日讯 昨天下午，青禾市举行劳模事迹读本首发仪式，市总工会主席出席活动并讲话，全书收录了107位劳模的事迹。\n'
    const piece = parseNewspaperText(gallery)
    expect(piece.title).toBe('青禾市劳模事迹读本首发')
    expect(piece.captions).not.toContain('青禾市劳模事迹读本首发')
  })
})

describe("a site's menu copied with the page", () => {
  it('drops a run of menu words, and reads a list of people a name a line as the people honoured', () => {
    const menu = ['首页', '时政', '国际', '时评', '理论', '文化', '科技', '教育', '经济', '图片', '更多>>'].join('\n')
    const piece = parseNewspaperText(`${menu}\n青禾日报 2026年05月02日 星期六\n\n“劳模工作室”引领创新潮\n\n本报青禾5月1日电(记者王立新)在青禾钢管集团，全国劳动模范李刚有一个专门的工作室，一年来工作室现场“出诊”50余次。\n`)
    expect(piece.title).toBe('“劳模工作室”引领创新潮')
    expect([...piece.sections, ...piece.captions, piece.subtitle]).not.toContain('国际')
    expect(piece.bylines.map((b) => b.name)).toEqual(['王立新'])
    const people = parseNewspaperText('青禾市表彰五一劳动奖章获得者\n\n本报讯 青禾市总工会日前决定，授予以下同志“青禾五一劳动奖章”，他们在各自岗位上作出了突出贡献：\n王立新\n李秀梅\n赵海强\n孙悦\n周建国\n')
    expect(people.title).toBe('青禾市表彰五一劳动奖章获得者')
    expect(people.bylines).toEqual([])
    expect(people.workers.map((w) => w.name)).toEqual(['王立新', '李秀梅', '赵海强', '孙悦', '周建国'])
  })
})

describe('profiles named in their sections', () => {
  it('reads the worker a section is named after (一句话——姓名)', () => {
    const piece = parseNewspaperText('大国工匠风采录\n\n本报记者 赵强\n\n青禾市近年来涌现出一批技艺精湛的工匠，他们在各自岗位上精益求精，为企业创造了可观的效益。\n\n用时间诠释精工之美——王立新\n\n王立新参加了近百种手表机芯的设计与精饰，带出了20多名徒弟，其中5人成为高级技师。\n')
    expect(piece.workers.map((w) => w.name)).toContain('王立新')
  })
})
