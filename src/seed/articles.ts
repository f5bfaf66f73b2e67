/**
 * Demo articles: feature stories, news and a data piece about the fictional 江澄市总工会, written
 * for this demo. Together they use every rich-text block (photo, gallery, video, figures, worker
 * card, pull quote) as well as headings, lists, quotations and a link. The last two are drafts:
 * one still being written, one submitted for review.
 */
import type { Article } from '../../payload-types'
import type { OrgKey, Role, TopicKey } from './catalog'
import type { GalleryKey, VideoKey } from './features'
import {
  bold,
  bulletList,
  figuresBlock,
  galleryBlock,
  h2,
  h3,
  link,
  paragraph,
  photoBlock,
  pullQuoteBlock,
  quote,
  richText,
  videoBlock,
  workerCardBlock,
  type RichText,
} from './lexical'
import { slugify } from '../lib/slug'
import type { PhotoKey } from './photos'
import { at, day, type Refs } from './refs'
import type { ReviewKey } from './reviews'
import type { WorkerKey } from './workers'

type BylineRole = NonNullable<NonNullable<Article['bylines']>[number]['role']>
type CreditRole = NonNullable<Article['credits']>[number]['role']

export type ArticleSpec = {
  title: string
  subtitle?: string
  summary: string
  cover: PhotoKey
  bylines: { role: BylineRole; name: string; user?: Role }[]
  source?: { publication: string; page: string; issueDate: string }
  credits?: { role: CreditRole; name: string }[]
  topics: TopicKey[]
  org: OrgKey
  featured?: boolean
  body: (refs: Pick<Refs, 'photo' | 'worker' | 'gallery'>) => RichText
  related?: { workers?: WorkerKey[]; galleries?: GalleryKey[]; videos?: VideoKey[]; reviews?: ReviewKey[] }
  /** Unset: the article stays a draft. */
  publishedAt?: string
  /** Review stage of a draft (published articles are approved). */
  stage?: 'draft' | 'submitted'
  seo?: { title?: string; description?: string }
}

/** The newspaper the print sources name (fictional). */
const DAILY = '江澄日报'

/** The usual page credits of the daily's union page. */
const PAGE_CREDITS: ArticleSpec['credits'] = [
  { role: 'board', name: '宋文博' },
  { role: 'layout', name: '赵静' },
  { role: 'editor', name: '刘思远' },
  { role: 'final', name: '陈慧敏' },
]

export const ARTICLES = {
  maGuoqiang: {
    title: '焊花里的“毫米”人生',
    subtitle: '记全国五一劳动奖章获得者、江澄重工铆焊车间焊工马国强',
    summary: '二十八年，从技校毕业的学徒到特级技师，马国强把焊缝误差控制在毫米之内，也把一身手艺传给了三百多名徒弟。',
    cover: 'welding',
    bylines: [
      { role: 'reporter', name: '林晓', user: 'reporter' },
      { role: 'correspondent', name: '王磊' },
      { role: 'photo', name: '林晓', user: 'reporter' },
    ],
    source: { publication: DAILY, page: '第3版', issueDate: '2025-04-28' },
    credits: PAGE_CREDITS,
    topics: ['models', 'craftsmen'],
    org: 'jiangchengHeavy',
    featured: true,
    body: ({ photo, worker }) =>
      richText(
        '清晨七点，江澄重型机械有限公司铆焊车间的行车还没有开动，马国强已经换好工装，蹲在一台矿用挖掘机动臂旁，用手电筒一寸一寸地照着前一天收尾的焊缝。“焊完的活儿，第二天再看一遍，心里才踏实。”这个习惯，他保持了二十八年。',
        h2('从“焊不直”到“焊得准”'),
        '1997年，19岁的马国强从市技工学校焊接专业毕业，进厂当了学徒。第一次上手，他焊出的焊缝歪歪扭扭，被师傅一锤子敲掉重来。那天晚上，他拿着废钢板在车间角落里练到深夜。“师傅说，焊工手上差一毫米，产品上就可能差一条命。这句话我记到现在。”',
        '此后几年，他把车间里能找到的边角料练了个遍，平焊、立焊、横焊、仰焊，一样一样过关。2006年，他在全市职工技能大赛焊工项目中拿下第一名，成为厂里最年轻的焊工技师。',
        photoBlock({ photo: photo.welding, caption: '马国强在铆焊车间进行厚板焊接作业。他说，焊得好不好，焊花的声音就能听出来。' }),
        h2('啃下厚板焊接“硬骨头”'),
        '大型矿山机械的结构件，钢板厚度动辄八九十毫米，焊接量大、变形难控，一度是车间质量问题的“重灾区”。2016年，企业承接一批出口订单，对焊缝内部质量的要求比以往严格得多，首批试件的探伤合格率只有七成多。',
        '马国强带着几名骨干在车间里“泡”了两个月，反复比对坡口角度、焊接顺序和层间温度，摸索出一套厚板窄间隙多层多道焊接操作法。新方法让坡口填充量减少约三成，一次探伤合格率稳定在99%以上。这套方法后来被写进企业工艺标准，并在全市装备制造行业推广。',
        pullQuoteBlock({ quote: '焊缝不会说谎。你糊弄它一毫米，它就还你一道裂纹。', attribution: '马国强' }),
        h2('把手艺传下去'),
        '2018年，以马国强名字命名的劳模创新工作室挂牌成立。工作室里最显眼的，是一面贴满焊接试板的墙，每一块都标注着焊工的名字和日期。“谁进步了、谁还差点火候，一看就知道。”',
        paragraph(
          '这些年，工作室累计完成技术革新',
          bold('46项'),
          '，其中9项获得国家专利；马国强带出的徒弟有三百多人，其中12人成长为高级技师。他担任班长的大件焊接班，2024年获评全国工人先锋号。',
        ),
        workerCardBlock({ worker: worker.team, note: '马国强担任班长的班组，连续五年保持大件焊缝“零返修”。' }),
        '如今，年近五十的马国强仍然每天在一线。他说，自己最大的心愿，是让更多年轻人愿意走进车间、留在车间。“手艺人靠本事吃饭，这条路走得通，也走得宽。”',
        workerCardBlock({ worker: worker.ma }),
      ),
    related: { workers: ['ma', 'team'], videos: ['meimei'] },
    publishedAt: at('2025-04-28', '07:30'),
    seo: { title: '焊花里的“毫米”人生——记焊工马国强', description: '全国五一劳动奖章获得者马国强：二十八年把焊缝误差控制在毫米之内。' },
  },

  meimeiLaunch: {
    title: '《最美江澄劳动者》系列短视频今起上线',
    subtitle: '首批4集讲述焊工、地铁司机、桥吊司机和急诊护士的一天',
    summary: '由市总工会与市广播电视台联合摄制的系列短视频《最美江澄劳动者》4月30日起在多个平台播出，首集讲述焊工马国强的故事。',
    cover: 'poster-meimei',
    bylines: [{ role: 'reporter', name: '林晓', user: 'reporter' }],
    topics: ['video', 'models'],
    org: 'city',
    body: ({ photo }) =>
      richText(
        '“五一”国际劳动节前夕，江澄市总工会与江澄市广播电视台联合摄制的系列短视频《最美江澄劳动者》于4月30日正式上线。首批4集，每集5分钟左右，分别讲述焊工、地铁司机、桥吊司机和急诊护士的工作日常。',
        videoBlock({
          title: '《最美江澄劳动者》第一集：焊花',
          url: 'https://www.bilibili.com/video/BV1Fq4y1X7Jc',
          poster: photo.welding,
          caption: '第一集《焊花》，主人公为全国五一劳动奖章获得者、江澄重工焊工马国强。',
        }),
        h2('镜头对准“平凡的一天”'),
        '与以往的人物专题片不同，这组短视频不用解说词，而是让镜头跟着主人公走完普通的一个工作日：凌晨四点多出车前的列车检查，码头上六十米高的桥吊驾驶室，急诊科交接班时的一张手写交接单……',
        quote('“我们想让观众看到的，不是遥不可及的英雄，而是身边实实在在的劳动者。”——短视频总导演、江澄市广播电视台编导吴畅'),
        '拍摄历时三个月。为了拍到真实的工作状态，摄制组提前两周进驻现场，和主人公一起上早班、守夜班。',
        h2('在哪里看'),
        bulletList(
          '江澄工会微信视频号：每周三更新一集',
          '哔哩哔哩“江澄工会”账号',
          '江澄电视台新闻综合频道：每周六晚间新闻后播出',
        ),
        paragraph('欢迎职工群众推荐身边的“最美劳动者”，推荐信请发送至 ', link('tuijian@example.com', 'mailto:tuijian@example.com', false), '。'),
      ),
    related: { workers: ['ma', 'sun', 'he', 'zheng'], videos: ['meimei'] },
    publishedAt: at('2025-04-30', '10:00'),
  },

  stations: {
    title: '户外劳动者有了“歇脚地”',
    subtitle: '全市486个工会户外劳动者服务站点全部达到“十有”标准',
    summary: '能喝水、能热饭、能充电、能歇脚……今年以来，江澄市各级工会新建、提升户外劳动者服务站点，服务环卫工人、快递员、外卖骑手等户外劳动者超过百万人次。',
    cover: 'station',
    bylines: [
      { role: 'reporter', name: '林晓', user: 'reporter' },
      { role: 'correspondent', name: '李雯' },
      { role: 'photo', name: '周扬' },
    ],
    topics: ['services'],
    org: 'city',
    body: ({ photo }) =>
      richText(
        '午后两点，气温逼近38℃。外卖骑手小杨把电动车停在临港区港城路的工会驿站门口，接了一杯凉白开，顺手给手机插上充电线。“跑单间隙能进来吹吹空调、喝口水，比在树荫底下等强多了。”',
        photoBlock({ photo: photo.station, caption: '临港区港城路工会驿站，户外劳动者在此休息、饮水、充电。', credit: '摄影 周扬' }),
        h2('从“有没有”到“好不好”'),
        '江澄市总工会自2019年起在全市布点建设户外劳动者服务站点。今年，市总工会制定站点服务“十有”标准，并对已建站点逐一“回头看”：',
        bulletList(
          '有空调、有饮水、有热饭设备、有充电插座、有桌椅',
          '有卫生间或就近指引、有应急药箱、有图书',
          '有无线网络、有维权服务指引',
        ),
        figuresBlock({
          heading: '服务站点建设',
          items: [
            { label: '服务站点总数', value: 486, unit: '个' },
            { label: '今年新建', value: 66, unit: '个' },
            { label: '服务户外劳动者', value: 1000000, unit: '人次', qualifier: 'over' },
          ],
        }),
        h2('让站点“活”起来'),
        '站点建成后怎样用好？澄湖区总工会把站点与周边商户、社区卫生服务中心“结对”，定期开展义诊和法律咨询；青石县则在乡镇站点增设农忙时节的流动服务车。',
        galleryBlock({
          photos: [
            { photo: photo.summer, caption: '“夏日送清凉”活动中，工会志愿者为户外劳动者送上饮用水。' },
            { photo: photo.port, caption: '港务集团工会把绿豆汤送到码头一线。', credit: '通讯员 李雯 摄' },
            { photo: photo.metro, caption: '轨道交通工会慰问夜间检修和早班司机。', credit: '通讯员 李雯 摄' },
          ],
        }),
        '市总工会有关负责人表示，下一步将推动站点向商业楼宇、物流园区和新就业形态劳动者集中的区域延伸，并通过“江澄工会”小程序实现站点一键导航。',
      ),
    related: { galleries: ['summer'] },
    publishedAt: at('2025-08-12', '08:00'),
  },

  contest: {
    title: '江澄市2025年职工职业技能大赛落幕 12个工种决出“技能状元”',
    summary: '历时五个月，全市3.2万余名职工参加各级选拔，1086名选手进入决赛。各工种第一名将按程序申报江澄市五一劳动奖章。',
    cover: 'machining',
    bylines: [
      { role: 'multimedia-reporter', name: '林晓', user: 'reporter' },
      { role: 'correspondent', name: '张婷' },
      { role: 'photo', name: '周扬' },
    ],
    source: { publication: DAILY, page: '第1版', issueDate: '2025-10-20' },
    credits: PAGE_CREDITS,
    topics: ['craftsmen', 'photos'],
    org: 'city',
    body: ({ gallery }) =>
      richText(
        '10月18日，由江澄市总工会、江澄市人力资源和社会保障局联合主办的江澄市2025年职工职业技能大赛在江澄职业技术学院落下帷幕。经过理论考试和实操比拼，焊工、数控车工、电工、桥吊司机、养老护理员、网约配送员等12个工种各决出一名“技能状元”。',
        figuresBlock({
          heading: '本届大赛',
          items: [
            { label: '参加各级选拔的职工', value: 32000, unit: '人', qualifier: 'odd' },
            { label: '决赛选手', value: 1086, unit: '名' },
            { label: '竞赛工种', value: 12, unit: '个' },
            { label: '首次设置的新职业工种', value: 3, unit: '个' },
          ],
        }),
        h2('新工种首次进赛场'),
        '与往届相比，本届大赛首次设置网约配送员、养老护理员和无人机驾驶员三个工种。来自澄湖区的外卖骑手陈浩在网约配送员比赛中，凭借路线规划和食品安全规范操作两项高分夺冠。“以前觉得技能比赛离我们挺远，没想到送外卖也能当状元。”',
        h2('以赛促学 以赛促评'),
        '市总工会有关负责人介绍，大赛实行“以赛代评”，各工种前三名选手可按规定晋升或认定相应职业技能等级；各工种第一名将按程序申报江澄市五一劳动奖章。',
        '赛场之外，组委会设置了劳模工匠技艺展示区，马国强、何振东等劳模工匠现场演示绝活，不少参赛选手驻足学习。',
        galleryBlock({ gallery: gallery.contest }),
        h3('部分工种“技能状元”'),
        bulletList(
          '焊工：周立新（江澄重型机械有限公司）',
          '数控车工：蒋一帆（江澄精密零部件有限公司）',
          '桥吊司机：刘洋（江澄港务集团有限公司）',
          '养老护理员：韩雪（澄湖区颐康护理院）',
          '网约配送员：陈浩（澄湖区）',
        ),
      ),
    related: { galleries: ['contest'], workers: ['ma', 'he'] },
    publishedAt: at('2025-10-20', '09:00'),
  },

  numbers2025: {
    title: '数说2025：江澄工会这一年',
    summary: '新建工会组织356个、服务职工近96万人次、新增劳模（工匠）创新工作室15家……一组数字回顾江澄市各级工会2025年的工作。',
    cover: 'chart-2025',
    bylines: [
      { role: 'text', name: '江澄市总工会宣传教育部' },
      { role: 'image', name: '赵静' },
    ],
    topics: ['review'],
    org: 'city',
    featured: true,
    body: () =>
      richText(
        '2025年，江澄市各级工会围绕建会入会、服务职工、技能提升和劳模工匠培育等重点工作，交出了一份怎样的答卷？我们用一组数字来回顾。',
        h2('建会入会'),
        figuresBlock({
          items: [
            { label: '新建工会组织', value: 356, unit: '个' },
            { label: '新发展会员', value: 53200, unit: '人', qualifier: 'odd' },
            { label: '新就业形态劳动者入会', value: 16500, unit: '人', qualifier: 'odd' },
          ],
        }),
        '全年新就业形态劳动者入会1.65万余人，快递、外卖、网约车等行业的建会入会工作明显提速。',
        h2('服务职工'),
        figuresBlock({
          items: [
            { label: '服务职工', value: 960000, unit: '人次', qualifier: 'nearly' },
            { label: '困难职工帮扶资金', value: 3120, unit: '万元' },
            { label: '金秋助学资助困难职工子女', value: 1420, unit: '名' },
          ],
        }),
        h2('技能与创新'),
        figuresBlock({
          items: [
            { label: '职工技能竞赛', value: 260, unit: '场', qualifier: 'more' },
            { label: '参赛职工', value: 118000, unit: '人次', qualifier: 'odd' },
            { label: '劳模（工匠）创新工作室', value: 101, unit: '家' },
          ],
        }),
        '更多数据和2026年工作安排，请见《江澄市总工会2025年工作回眸》。',
      ),
    related: { reviews: ['y2025', 'y2024'] },
    publishedAt: at('2026-01-15', '09:00'),
  },

  reform: {
    title: '技能等级连着岗位薪酬 一线工人成长有了“双通道”',
    subtitle: '江澄重工推进产业工人队伍建设改革见闻',
    summary: '江澄重型机械有限公司把技能等级与岗位、薪酬挂钩，设置技能和管理“双通道”。两年来，企业高级工以上技能人才占比从31%提高到46%。',
    cover: 'factory',
    bylines: [
      { role: 'reporter', name: '林晓', user: 'reporter' },
      { role: 'correspondent', name: '王磊' },
    ],
    source: { publication: DAILY, page: '第5版', issueDate: '2026-03-18' },
    credits: PAGE_CREDITS,
    topics: ['reform'],
    org: 'industry',
    body: ({ worker }) =>
      richText(
        '“以前技术再好，工资也是跟着工龄走；现在考下高级技师，岗位工资每月能多一千二。”在江澄重型机械有限公司精密加工车间，数控车工蒋一帆给记者算了一笔账。',
        h2('一张“成长地图”'),
        '2024年起，江澄重工在市总工会、市装备制造业工会指导下开展产业工人队伍建设改革试点，制定覆盖28个工种的技能等级评价办法，把初级工、中级工、高级工、技师、高级技师、特级技师六个等级与岗位等级、薪酬档次一一对应。',
        quote('“技能人才可以走技能通道，也可以转管理通道，两条路之间还能相互‘换乘’。”——江澄重工人力资源部负责人'),
        h2('评价交给“懂行的人”'),
        '技能等级怎么评？企业组建由劳模、工匠和技术专家组成的评价委员会，实操考核占比不低于六成。全国五一劳动奖章获得者马国强是焊工工种的考评员之一。',
        pullQuoteBlock({ quote: '评得准不准，工人心里有杆秤。考评员自己得先过得硬。', attribution: '马国强，江澄重工焊工、技能等级考评员' }),
        h2('职代会上定规矩'),
        '改革方案提交企业职工代表大会审议前，企业工会组织了11场班组座谈会，收集意见260多条，其中“技能津贴计入加班工资计算基数”等38条被采纳。',
        figuresBlock({
          heading: '改革两年',
          items: [
            { label: '高级工以上技能人才占比', value: 46, unit: '%' },
            { label: '一线职工月收入平均增长', value: 14, unit: '%', qualifier: 'about' },
            { label: '技能等级评价覆盖工种', value: 28, unit: '个' },
            { label: '职工合理化建议', value: 1300, unit: '条', qualifier: 'odd' },
          ],
        }),
        workerCardBlock({ worker: worker.team, note: '改革试点中，大件焊接班率先实行“技能等级+岗位”薪酬。' }),
        '市总工会有关负责人介绍，江澄重工的做法今年将在全市装备制造行业的20家重点企业推广。',
      ),
    related: { workers: ['ma', 'team'], videos: ['changai'] },
    publishedAt: at('2026-03-18', '08:00'),
  },

  sunLijuan: {
    title: '地铁司机长孙丽娟：让每一次进站都平平稳稳',
    subtitle: '记省五一劳动奖章获得者、澄湖轨道交通运营有限公司电客车司机长孙丽娟',
    summary: '十二年、四十多万公里、零责任事故。孙丽娟说，乘客看不见驾驶室，但每一次平稳进站，他们都感觉得到。',
    cover: 'metro',
    bylines: [
      { role: 'special-correspondent', name: '何佳' },
      { role: 'photo', name: '周扬' },
    ],
    source: { publication: DAILY, page: '第4版', issueDate: '2026-04-29' },
    credits: [
      { role: 'editor', name: '刘思远' },
      { role: 'final', name: '陈慧敏' },
    ],
    topics: ['models'],
    org: 'metro',
    body: ({ photo, worker }) =>
      richText(
        '凌晨4点40分，澄湖轨道交通车辆段里灯火通明。孙丽娟拿着检查单，绕着列车走了一圈，又钻进驾驶室逐项试验。一个多小时后，1号线首班车将从这里出发。',
        h2('十二年，四十多万公里'),
        '2014年，江澄市轨道交通1号线开通，孙丽娟成为首批电客车司机之一。十二年来，她安全驾驶列车四十万公里以上，没有发生一起责任事故。',
        photoBlock({ photo: photo.metro }),
        h2('“一看二听三确认”'),
        '列车出库前要检查哪些项目？孙丽娟把自己的经验整理成“一看二听三确认”作业法：看仪表和外观，听设备运转的声音，确认信号、道岔和进路。这套作业法把出库检查细化为38项，被公司编入新司机培训教材。',
        videoBlock({
          title: '《最美江澄劳动者》第二集：早班车',
          url: 'https://v.qq.com/x/page/m3560k2h7qz.html',
          poster: photo.metro,
          caption: '系列短视频《最美江澄劳动者》第二集记录了孙丽娟的一个早班。',
        }),
        h2('女子司机班'),
        '2021年，孙丽娟牵头组建了公司第一个女子司机班组。她带教的40多名新司机中，已有6人成为司机长。',
        workerCardBlock({ worker: worker.sun }),
      ),
    related: { workers: ['sun'], videos: ['meimei'], galleries: ['mayday'] },
    publishedAt: at('2026-04-29', '07:30'),
  },

  xuChenDraft: {
    title: '青年数控车工许晨：把“精度”练成习惯',
    summary: '（草稿）许晨的劳模工匠资料尚待本人确认，稿件暂不发布。',
    cover: 'machining',
    bylines: [{ role: 'correspondent', name: '王磊' }],
    topics: ['craftsmen'],
    org: 'jiangchengHeavy',
    body: ({ photo }) =>
      richText(
        '在江澄重型机械有限公司精密加工车间，许晨的工位上放着一本翻得起了毛边的笔记本，上面记满了每一次加工的刀具参数和测量数据。',
        h2('一刀一刀练出来'),
        '2016年，许晨从江澄职业技术学院毕业进厂。刚进车间时，他加工的零件尺寸总有几丝偏差。他就每天下班后留在车间，对照图纸一件一件地磨。',
        photoBlock({ photo: photo.machining, caption: '（待替换为许晨本人工作照）' }),
        '（待补充：采访许晨的师傅和同事。）',
      ),
    related: { workers: ['xu'] },
    // No publishedAt: a draft, still being written.
    stage: 'draft',
  },

  lawMonth: {
    title: '临港区总工会启动“职工法律服务月” 律师进驻园区工会驿站',
    summary: '临港区总工会联合3家律师事务所，在装备制造产业园和港区开展为期一个月的职工法律服务活动。',
    cover: 'station',
    bylines: [
      { role: 'reporter', name: '林晓', user: 'reporter' },
      { role: 'correspondent', name: '李雯' },
    ],
    topics: ['services'],
    org: 'lingang',
    body: () =>
      richText(
        '11月16日，临港区总工会“职工法律服务月”活动启动。活动期间，区总工会联合3家律师事务所，每周二、周四安排律师进驻装备制造产业园和港区的工会驿站，现场解答职工在劳动合同、工资支付、工伤认定等方面的问题。',
        h2('服务送到家门口'),
        '启动当天，前来咨询的职工有四十多人。港区一名装卸工人咨询了加班工资的计算办法，律师结合他的排班表逐项讲解。',
        bulletList('劳动合同签订与解除', '工资支付与加班工资', '工伤认定与工伤保险待遇', '新就业形态劳动者权益保障'),
        '区总工会有关负责人表示，活动结束后将把驿站律师值班固定下来，每月安排两次。',
      ),
    related: {},
    // A draft the reporter has submitted: it waits in the editor's review queue.
    stage: 'submitted',
  },
} satisfies Record<string, ArticleSpec>

export type ArticleKey = keyof typeof ARTICLES

export function articleData(
  key: ArticleKey,
  refs: Pick<Refs, 'photo' | 'org' | 'topic' | 'user' | 'worker' | 'gallery' | 'video' | 'review'>,
) {
  const a: ArticleSpec = ARTICLES[key]
  return {
    title: a.title,
    slug: slugify(a.title),
    subtitle: a.subtitle,
    summary: a.summary,
    cover: refs.photo[a.cover],
    bylines: a.bylines.map((b) => ({ role: b.role, name: b.name, user: b.user ? refs.user[b.user] : undefined })),
    body: a.body(refs),
    source: a.source ? { ...a.source, issueDate: day(a.source.issueDate) } : {},
    credits: a.credits ?? [],
    featured: a.featured ?? false,
    topics: a.topics.map((t) => refs.topic[t]),
    organization: refs.org[a.org],
    createdBy: refs.user.reporter,
    relatedWorkers: (a.related?.workers ?? []).map((k) => refs.worker[k]),
    relatedGalleries: (a.related?.galleries ?? []).map((k) => refs.gallery[k]),
    relatedVideos: (a.related?.videos ?? []).map((k) => refs.video[k]),
    relatedReviews: (a.related?.reviews ?? []).map((k) => refs.review[k]),
    seo: a.seo ?? {},
    publishedAt: a.publishedAt,
    _status: a.publishedAt ? ('published' as const) : ('draft' as const),
    reviewStage: a.publishedAt ? ('approved' as const) : (a.stage ?? 'draft'),
  }
}
