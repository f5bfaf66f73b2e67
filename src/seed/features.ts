/** Galleries (图集) and video campaigns (视频专题) of the demo. */
import type { VideoCampaign } from '../../payload-types'
import type { OrgKey, TopicKey } from './catalog'
import { slugify } from '../lib/slug'
import type { PhotoKey } from './photos'
import { at, day, type Refs } from './refs'

type GallerySpec = {
  title: string
  summary: string
  cover: PhotoKey
  items: { photo: PhotoKey; caption?: string; credit?: string }[]
  topics: TopicKey[]
  org: OrgKey
  publishedAt: string
}

export const GALLERIES = {
  contest: {
    title: '图集｜江澄市2025年职工职业技能大赛掠影',
    summary: '12个工种、1086名决赛选手同场竞技，一起看看赛场内外的精彩瞬间。',
    cover: 'machining',
    items: [
      { photo: 'machining', caption: '数控车工决赛现场。选手需在150分钟内完成一组配合件的加工。' },
      { photo: 'welding', caption: '赛前，全国五一劳动奖章获得者马国强在技艺展示区演示厚板焊接。', credit: '摄影 林晓' },
      { photo: 'training', caption: '理论考试开始前，选手们在考场内做最后准备。' },
      { photo: 'port', caption: '桥吊司机项目在江澄港集装箱码头设置实操赛场。' },
      { photo: 'ceremony', caption: '闭幕式上，各工种“技能状元”上台领奖。' },
    ],
    topics: ['photos', 'craftsmen'],
    org: 'city',
    publishedAt: at('2025-10-19', '18:00'),
  },
  summer: {
    title: '图集｜夏日送清凉 温暖户外劳动者',
    summary: '入伏以来，全市各级工会走进工地、码头、车辆段和街头站点，为高温下坚守岗位的劳动者送去清凉。',
    cover: 'summer',
    items: [
      { photo: 'summer', caption: '澄湖区人民广场，工会志愿者为环卫工人和快递员送上饮用水和防暑用品。' },
      { photo: 'station', caption: '临港区港城路工会驿站，外卖骑手在站点内休息、充电。' },
      { photo: 'port', caption: '港务集团工会把绿豆汤送到码头一线。', credit: '通讯员 李雯 摄' },
      { photo: 'metro', caption: '轨道交通工会走进车辆段，慰问夜间检修和早班司机。', credit: '通讯员 李雯 摄' },
    ],
    topics: ['photos', 'services'],
    org: 'city',
    publishedAt: at('2025-07-22', '17:30'),
  },
  mayday: {
    title: '图集｜致敬劳动者：江澄市庆祝“五一”国际劳动节暨劳模工匠表彰大会',
    summary: '4月28日，江澄市庆祝“五一”国际劳动节暨劳模工匠表彰大会举行，一批劳动模范、五一劳动奖章获得者和先进集体受到表彰。',
    cover: 'ceremony-2026',
    items: [
      { photo: 'ceremony-2026', caption: '大会现场。' },
      { photo: 'team-welding', caption: '全国工人先锋号——江澄重工铆焊车间大件焊接班的代表参加大会。' },
      { photo: 'portrait-he', caption: '全国劳动模范何振东作为劳模代表发言。' },
      { photo: 'portrait-sun', caption: '省五一劳动奖章获得者孙丽娟。' },
      { photo: 'portrait-zheng', caption: '江澄市劳动模范郑雅琴。' },
      { photo: 'portrait-wu', caption: '江澄工匠吴海涛。', credit: '通讯员 孟凡 摄' },
    ],
    topics: ['photos', 'models'],
    org: 'city',
    publishedAt: at('2026-04-28', '19:00'),
  },
} satisfies Record<string, GallerySpec>

export type GalleryKey = keyof typeof GALLERIES

export function galleryData(key: GalleryKey, refs: Pick<Refs, 'photo' | 'org' | 'topic' | 'user'>) {
  const g: GallerySpec = GALLERIES[key]
  return {
    title: g.title,
    slug: slugify(g.title),
    summary: g.summary,
    cover: refs.photo[g.cover],
    items: g.items.map((item) => ({ photo: refs.photo[item.photo], caption: item.caption, credit: item.credit })),
    topics: g.topics.map((t) => refs.topic[t]),
    organization: refs.org[g.org],
    publishedAt: g.publishedAt,
    createdBy: refs.user.reporter,
    _status: 'published' as const,
    reviewStage: 'approved' as const,
  }
}

type Episode = { title: string; airDate: string; duration: number; url: string; poster: PhotoKey; description: string }

type VideoSpec = {
  title: string
  summary: string
  cover: PhotoKey
  partners: string[]
  period: [string, string]
  channels: string[]
  episodes: Episode[]
  recognitions: { award: string; level: NonNullable<NonNullable<VideoCampaign['recognitions']>[number]['level']>; year: number }[]
  topics: TopicKey[]
  org: OrgKey
  publishedAt: string
}

/**
 * Episodes link to the allow-listed platforms (all four kinds appear). The ids are made up for
 * the demo: they have the platforms' form and pass `parseVideoURL`, but point at no real video.
 */
export const VIDEOS = {
  meimei: {
    title: '《最美江澄劳动者》系列短视频',
    summary: '江澄市总工会与江澄市广播电视台联合摄制，每集约5分钟，不用解说词，跟随一线劳动者走完普通的一个工作日。',
    cover: 'poster-meimei',
    partners: ['江澄市广播电视台', '江澄日报社融媒体中心'],
    period: ['2025-04-30', '2025-06-30'],
    channels: ['江澄工会微信视频号', '哔哩哔哩“江澄工会”', '江澄电视台新闻综合频道'],
    episodes: [
      {
        title: '第一集 焊花',
        airDate: '2025-04-30',
        duration: 318,
        url: 'https://www.bilibili.com/video/BV1Fq4y1X7Jc',
        poster: 'welding',
        description: '全国五一劳动奖章获得者、焊工马国强的一天：早上七点复查焊缝，晚上七点给徒弟上“焊工夜校”。',
      },
      {
        title: '第二集 早班车',
        airDate: '2025-05-14',
        duration: 296,
        url: 'https://v.qq.com/x/page/m3560k2h7qz.html',
        poster: 'metro',
        description: '凌晨四点四十分，电客车司机长孙丽娟开始出库检查，她要在首班车发车前确认38个检查项目。',
      },
      {
        title: '第三集 六十米高空',
        airDate: '2025-05-28',
        duration: 305,
        url: 'https://v.youku.com/v_show/id_XNjQ1MjA4ODk2MA==.html',
        poster: 'port',
        description: '全国劳动模范何振东在桥吊驾驶室里工作了二十多年，今年他要教老同事们在控制室里“开”桥吊。',
      },
      {
        title: '第四集 急诊室的交接单',
        airDate: '2025-06-11',
        duration: 288,
        url: 'https://channels.weixin.qq.com/web/pages/feed?id=jcgh2025ep04',
        poster: 'hospital',
        description: '夜班交接，急诊科护士长郑雅琴逐项核对交接单：“写清楚了，病人就多一分安全。”',
      },
    ],
    recognitions: [
      { award: '滨江省工会好新闻（融媒体类）一等奖', level: 'provincial', year: 2025 },
      { award: '江澄市优秀网络视听作品', level: 'city', year: 2025 },
    ],
    topics: ['video', 'models'],
    org: 'city',
    publishedAt: at('2025-04-30', '08:00'),
  },
  changai: {
    title: '《产改一线》微纪录片',
    summary: '走进产业工人队伍建设改革试点企业，看技能等级、岗位薪酬和职工创新如何改变一线工人的成长路径。',
    cover: 'poster-changai',
    partners: ['江澄市装备制造业工会', '江澄职业技术学院', '江澄市广播电视台'],
    period: ['2026-03-01', '2026-05-31'],
    channels: ['江澄工会微信视频号', '哔哩哔哩“江澄工会”', '江澄发布客户端'],
    episodes: [
      {
        title: '第一集 一张成长地图',
        airDate: '2026-03-18',
        duration: 412,
        url: 'https://www.bilibili.com/video/BV1Ke411W7pq',
        poster: 'factory',
        description: '六个技能等级，对应六档岗位薪酬。江澄重工的一线工人第一次看清了自己的成长路线。',
      },
      {
        title: '第二集 考评员',
        airDate: '2026-04-08',
        duration: 386,
        url: 'https://www.bilibili.com/video/BV1Wm421N7sD',
        poster: 'machining',
        description: '技能等级评价，实操考核占六成。考评员自己，得先过得硬。',
      },
      {
        title: '第三集 职代会上的38条意见',
        airDate: '2026-04-29',
        duration: 398,
        url: 'https://v.qq.com/x/cover/jcgh2026/k3571x9cd0a.html',
        poster: 'training',
        description: '改革方案提交职代会前，企业工会开了11场班组座谈会。职工提的260多条意见，有38条写进了方案。',
      },
    ],
    recognitions: [{ award: '江澄市网络正能量精品', level: 'city', year: 2026 }],
    topics: ['video', 'reform'],
    org: 'industry',
    publishedAt: at('2026-03-18', '10:00'),
  },
} satisfies Record<string, VideoSpec>

export type VideoKey = keyof typeof VIDEOS

export function videoData(key: VideoKey, refs: Pick<Refs, 'photo' | 'org' | 'topic' | 'user'>) {
  const v: VideoSpec = VIDEOS[key]
  return {
    title: v.title,
    slug: slugify(v.title),
    summary: v.summary,
    cover: refs.photo[v.cover],
    partners: v.partners.map((name) => ({ name })),
    period: { start: day(v.period[0]), end: day(v.period[1]) },
    channels: v.channels.map((name) => ({ name })),
    episodes: v.episodes.map((e) => ({
      title: e.title,
      airDate: day(e.airDate),
      duration: e.duration,
      source: 'embed' as const,
      url: e.url,
      poster: refs.photo[e.poster],
      description: e.description,
    })),
    recognitions: v.recognitions,
    topics: v.topics.map((t) => refs.topic[t]),
    organization: refs.org[v.org],
    publishedAt: v.publishedAt,
    createdBy: refs.user.editor,
    _status: 'published' as const,
    reviewStage: 'approved' as const,
  }
}
