/**
 * The demo photo library: 24 pictures drawn by `images.ts`, each with the alt text, caption,
 * credit and provenance an editor would enter. All people, places and events are fictional.
 */
import type { Scene } from './images'
import type { OrgKey } from './catalog'

export type PhotoSpec = {
  scene: Scene
  alt: string
  caption: string
  credit: string
  /** yyyy-mm-dd */
  takenAt: string
  place: string
  event?: string
  org?: OrgKey
}

export const PHOTOS = {
  // Portraits (肖像) — one per model-worker profile.
  'portrait-ma': {
    scene: { kind: 'portrait', background: ['#f6d7b0', '#c98b4b'], uniform: '#1f4e8c', helmet: '#f5b041' },
    alt: '马国强头戴黄色安全帽、身穿蓝色工装的半身像',
    caption: '全国五一劳动奖章获得者、江澄重型机械有限公司焊工马国强。',
    credit: '摄影 林晓',
    takenAt: '2025-04-16',
    place: '江澄重型机械有限公司铆焊车间',
    org: 'jiangchengHeavy',
  },
  'portrait-sun': {
    scene: { kind: 'portrait', background: ['#d6eaf8', '#5d8aa8'], uniform: '#1b2f4f', hair: 'bun' },
    alt: '孙丽娟身穿深蓝色制服、盘发的半身像',
    caption: '省五一劳动奖章获得者、澄湖轨道交通运营有限公司电客车司机长孙丽娟。',
    credit: '摄影 周扬',
    takenAt: '2026-04-20',
    place: '澄湖轨道交通车辆段',
    org: 'metro',
  },
  'portrait-he': {
    scene: { kind: 'portrait', background: ['#fde2c8', '#e07b39'], uniform: '#e8661c', helmet: '#f4f6f7' },
    alt: '何振东头戴白色安全帽、身穿橙色工作服的半身像',
    caption: '全国劳动模范、江澄港务集团桥吊司机何振东。',
    credit: '摄影 周扬',
    takenAt: '2025-05-20',
    place: '江澄港集装箱码头',
    org: 'port',
  },
  'portrait-zheng': {
    scene: { kind: 'portrait', background: ['#e8f8f5', '#76b7a8'], uniform: '#ffffff', hair: 'bun', cap: true },
    alt: '郑雅琴身穿白色护士服、头戴护士帽的半身像',
    caption: '江澄市劳动模范、江澄市中心医院急诊科护士长郑雅琴。',
    credit: '摄影 周扬',
    takenAt: '2025-06-05',
    place: '江澄市中心医院',
    org: 'chenghu',
  },
  'portrait-wu': {
    scene: { kind: 'portrait', background: ['#eaf5d3', '#8bb35a'], uniform: '#2e7d32', hair: 'short' },
    alt: '吴海涛身穿绿色工装的半身像',
    caption: '江澄工匠、青石县禾丰农机专业合作社农机维修技师吴海涛。',
    credit: '通讯员 孟凡 摄',
    takenAt: '2025-09-24',
    place: '青石县禾丰农机专业合作社',
    org: 'qingshi',
  },
  'portrait-xu': {
    scene: { kind: 'portrait', background: ['#e5e8f0', '#7d8aa8'], uniform: '#34495e', hair: 'short' },
    alt: '许晨身穿深灰色工装的半身像',
    caption: '江澄重型机械有限公司精密加工车间数控车工许晨。',
    credit: '通讯员 王磊 摄',
    takenAt: '2026-05-12',
    place: '江澄重型机械有限公司精密加工车间',
    org: 'jiangchengHeavy',
  },
  'portrait-huang': {
    scene: { kind: 'portrait', background: ['#d4efef', '#3f8f9a'], uniform: '#1565c0', helmet: '#fdd835' },
    alt: '黄志伟头戴黄色安全帽、身穿蓝色工装的半身像',
    caption: '江澄市劳动模范、江澄水务集团管网抢修班班长黄志伟。',
    credit: '摄影 林晓',
    takenAt: '2025-11-03',
    place: '江澄水务集团管网运维中心',
    org: 'chenghu',
  },
  'team-welding': {
    scene: { kind: 'team', uniform: '#1f4e8c', helmet: '#f5b041' },
    alt: '大件焊接班十三名班组成员身穿蓝色工装、头戴安全帽，分两排站在车间内合影',
    caption: '全国工人先锋号——江澄重型机械有限公司铆焊车间大件焊接班。',
    credit: '摄影 林晓',
    takenAt: '2025-04-16',
    place: '江澄重型机械有限公司铆焊车间',
    org: 'jiangchengHeavy',
  },

  // Scenes (新闻图片).
  welding: {
    scene: { kind: 'welding' },
    alt: '昏暗的车间里，一名头戴焊帽的焊工在大型钢结构件旁焊接，焊花四溅',
    caption: '马国强在铆焊车间进行厚板焊接作业。',
    credit: '摄影 林晓',
    takenAt: '2025-04-16',
    place: '江澄重型机械有限公司铆焊车间',
    org: 'jiangchengHeavy',
  },
  port: {
    scene: { kind: 'port' },
    alt: '清晨的集装箱码头，三台桥吊矗立在岸边，码头上堆放着彩色集装箱',
    caption: '清晨的江澄港集装箱码头，桥吊开始一天的作业。',
    credit: '摄影 周扬',
    takenAt: '2025-05-20',
    place: '江澄港集装箱码头',
    org: 'port',
  },
  metro: {
    scene: { kind: 'metro' },
    alt: '地铁隧道中，一列亮着前灯的列车迎面驶来，驾驶室内可见司机',
    caption: '早班列车驶出澄湖轨道交通1号线隧道。',
    credit: '摄影 周扬',
    takenAt: '2025-05-08',
    place: '澄湖轨道交通1号线',
    org: 'metro',
  },
  ceremony: {
    scene: { kind: 'ceremony' },
    alt: '红色背景的会场舞台上，九名佩戴红花的受表彰代表手持证书站成一排，台下坐满观众',
    caption: '江澄市2025年职工职业技能大赛颁奖仪式现场。',
    credit: '摄影 周扬',
    takenAt: '2025-10-18',
    place: '江澄职业技术学院',
    event: '江澄市2025年职工职业技能大赛',
    org: 'city',
  },
  'ceremony-2026': {
    scene: { kind: 'ceremony' },
    alt: '表彰大会舞台上，受表彰的劳模工匠代表胸戴红花、手持证书合影',
    caption: '江澄市庆祝“五一”国际劳动节暨劳模工匠表彰大会现场。',
    credit: '摄影 周扬',
    takenAt: '2026-04-28',
    place: '江澄市会议中心',
    event: '2026年江澄市庆祝“五一”国际劳动节暨劳模工匠表彰大会',
    org: 'city',
  },
  training: {
    scene: { kind: 'training' },
    alt: '明亮的教室里，讲师站在投影屏幕旁授课，几排学员坐在课桌前听讲',
    caption: '劳模工匠进课堂：马国强劳模创新工作室成员为青年职工授课。',
    credit: '通讯员 王磊 摄',
    takenAt: '2025-10-17',
    place: '江澄职业技术学院',
    event: '江澄市2025年职工职业技能大赛',
    org: 'city',
  },
  station: {
    scene: { kind: 'station' },
    alt: '路边一座橙色屋顶的工会服务站，门口停着一辆黄色电动车，一名外卖骑手正走向站点',
    caption: '临港区港城路工会驿站，户外劳动者在此休息、饮水、充电。',
    credit: '摄影 周扬',
    takenAt: '2025-08-06',
    place: '临港区港城路工会驿站',
    org: 'lingang',
  },
  machining: {
    scene: { kind: 'machining' },
    alt: '数控车床旁，一名选手注视着机床加工，防护窗内金属屑飞出',
    caption: '数控车工决赛现场，选手在规定时间内完成零件加工。',
    credit: '摄影 周扬',
    takenAt: '2025-10-18',
    place: '江澄职业技术学院实训中心',
    event: '江澄市2025年职工职业技能大赛',
    org: 'city',
  },
  factory: {
    scene: { kind: 'factory' },
    alt: '黄昏时分的厂区，锯齿形屋顶的厂房亮起灯光，远处烟囱冒着白汽',
    caption: '黄昏时分的江澄重型机械有限公司厂区。',
    credit: '摄影 林晓',
    takenAt: '2026-03-10',
    place: '临港区装备制造产业园',
    org: 'jiangchengHeavy',
  },
  farm: {
    scene: { kind: 'farm' },
    alt: '金黄的麦田里，一台绿色拖拉机停在田垄间，天空中飘着白云',
    caption: '青石县麦收时节，吴海涛检修后的农机投入作业。',
    credit: '通讯员 孟凡 摄',
    takenAt: '2025-06-03',
    place: '青石县禾丰农机专业合作社',
    org: 'qingshi',
  },
  summer: {
    scene: { kind: 'summer' },
    alt: '烈日下的红色凉棚里摆着成箱的饮用水，几名穿工装的户外劳动者前来领取',
    caption: '“夏日送清凉”活动中，工会志愿者为户外劳动者送上饮用水和防暑用品。',
    credit: '摄影 周扬',
    takenAt: '2025-07-18',
    place: '澄湖区人民广场',
    event: '2025年“夏日送清凉”活动',
    org: 'chenghu',
  },
  hospital: {
    scene: { kind: 'hospital' },
    alt: '医院急诊科内，一名护士与一名医生站在病床两侧交谈',
    caption: '郑雅琴（左）与同事在急诊科交接病人情况。',
    credit: '摄影 周扬',
    takenAt: '2025-06-05',
    place: '江澄市中心医院急诊科',
    org: 'chenghu',
  },
  'chart-2024': {
    scene: { kind: 'chart', hue: 8, rising: [5, 6, 6.5, 7.5, 8.2] },
    alt: '红色背景上五根逐渐升高的白色柱形和一条上升的黄色折线',
    caption: '江澄市总工会2024年工作回眸（题图）。',
    credit: '制图 赵静',
    takenAt: '2025-01-10',
    place: '江澄市总工会',
    org: 'city',
  },
  'chart-2025': {
    scene: { kind: 'chart', hue: 200, rising: [5.5, 6.4, 7.1, 8, 9.2, 9.8] },
    alt: '蓝色背景上六根逐渐升高的白色柱形和一条上升的黄色折线',
    caption: '江澄市总工会2025年工作回眸（题图）。',
    credit: '制图 赵静',
    takenAt: '2026-01-08',
    place: '江澄市总工会',
    org: 'city',
  },
  'poster-meimei': {
    scene: { kind: 'poster', hue: 230 },
    alt: '深蓝色背景中央是白色播放按钮，左侧站着一名头戴安全帽的工人剪影，上下两边是胶片孔',
    caption: '系列短视频《最美江澄劳动者》海报。',
    credit: '江澄市广播电视台 供图',
    takenAt: '2025-04-25',
    place: '江澄市广播电视台',
    org: 'city',
  },
  'poster-changai': {
    scene: { kind: 'poster', hue: 20 },
    alt: '暖褐色背景中央是白色播放按钮，左侧站着一名头戴安全帽的工人剪影，上下两边是胶片孔',
    caption: '微纪录片《产改一线》海报。',
    credit: '江澄市装备制造业工会 供图',
    takenAt: '2026-02-26',
    place: '江澄市',
    org: 'industry',
  },
} satisfies Record<string, PhotoSpec>

export type PhotoKey = keyof typeof PHOTOS
