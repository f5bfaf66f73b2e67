/**
 * Eight model-worker profiles (劳模工匠): seven people and one collective holding 工人先锋号.
 * Everyone here is invented. No phone numbers, ID numbers or home addresses — the model has no
 * fields for them, and the texts do not mention any either.
 */
import type { ModelWorker } from '../../payload-types'
import { CITY, PROVINCE, type HonorKey, type OrgKey } from './catalog'
import { h2, paragraph, photoBlock, richText, type RichText } from './lexical'
import { slugify } from '../lib/slug'
import type { PhotoKey } from './photos'
import { at, type Refs } from './refs'

export type WorkerSpec = {
  name: string
  kind: ModelWorker['kind']
  portrait: PhotoKey
  employer: string
  position: string
  district: string
  org: OrgKey
  honors: { honor: HonorKey; year: number; note?: string }[]
  studio?: { name: string; description: string }
  quote: string
  biography: (refs: Pick<Refs, 'photo'>) => RichText
  /** Unset: the profile stays a draft. */
  publishedAt?: string
  /** Consent to publication; a draft may still be waiting for it. */
  consent: boolean
  seo?: { title?: string; description?: string }
}

export const WORKERS = {
  ma: {
    name: '马国强',
    kind: 'individual',
    portrait: 'portrait-ma',
    employer: '江澄重型机械有限公司',
    position: '焊工（特级技师）',
    district: '临港区',
    org: 'jiangchengHeavy',
    honors: [
      { honor: 'cityCraftsman', year: 2019 },
      { honor: 'provincialModel', year: 2020 },
      { honor: 'nationalMedal', year: 2023 },
    ],
    studio: {
      name: '马国强劳模创新工作室',
      description:
        '2018年挂牌，成员12人，主攻厚板焊接、焊接变形控制和焊工培训。累计完成技术革新46项，其中9项获国家专利，培训焊工三百余人次。',
    },
    quote: '焊缝不会说谎。你糊弄它一毫米，它就还你一道裂纹。',
    biography: () =>
      richText(
        '马国强，1978年生，1997年从江澄市技工学校焊接专业毕业后进入江澄重型机械有限公司，从学徒干起，现为公司铆焊车间大件焊接班班长、特级技师。',
        h2('主要事迹'),
        '他长期从事矿山机械和港口装卸设备大型结构件的焊接，针对厚板焊接变形大、返修率高的难题，带领团队总结出“厚板窄间隙多层多道焊接操作法”，使坡口填充量减少约三成，一次探伤合格率稳定在99%以上，该方法已纳入企业工艺标准并在全市装备制造行业推广。',
        '他所在的大件焊接班连续五年保持大件焊缝“零返修”，2024年获评全国工人先锋号。',
        h2('传帮带'),
        '以他名字命名的劳模创新工作室2018年挂牌以来，坚持每周开设“焊工夜校”，带出的徒弟中有12人成长为高级技师，5人在省、市职工技能大赛中获奖。',
      ),
    publishedAt: at('2025-04-20', '10:00'),
    consent: true,
    seo: { description: '全国五一劳动奖章获得者、江澄重工特级技师马国强的劳模档案。' },
  },
  sun: {
    name: '孙丽娟',
    kind: 'individual',
    portrait: 'portrait-sun',
    employer: '澄湖轨道交通运营有限公司',
    position: '电客车司机长',
    district: '澄湖区',
    org: 'metro',
    honors: [
      { honor: 'cityModel', year: 2022 },
      { honor: 'provincialMedal', year: 2024 },
    ],
    quote: '乘客看不见驾驶室，但每一次平稳进站，他们都感觉得到。',
    biography: () =>
      richText(
        '孙丽娟，1988年生，2014年江澄市轨道交通1号线开通时成为首批电客车司机之一，现任澄湖轨道交通运营有限公司乘务中心司机长。',
        '十二年来，她安全驾驶列车四十万公里以上，没有发生一起责任事故。她总结的“一看二听三确认”出入库作业法，把列车出库前的检查项目细化为38项，被公司编入新司机培训教材。',
        '2021年起，她牵头组建公司第一个女子司机班组，带教新司机40余名。遇到设备故障等突发情况时，她坚持亲自添乘，把处置经验整理成案例，在班组中逐条复盘。',
      ),
    publishedAt: at('2025-05-10', '10:00'),
    consent: true,
  },
  he: {
    name: '何振东',
    kind: 'individual',
    portrait: 'portrait-he',
    employer: '江澄港务集团有限公司集装箱码头分公司',
    position: '桥吊司机、桥吊班组长',
    district: '临港区',
    org: 'port',
    honors: [
      { honor: 'provincialModel', year: 2015 },
      { honor: 'nationalModel', year: 2020 },
    ],
    studio: {
      name: '何振东桥吊操作创新工作室',
      description: '聚焦桥吊作业效率和安全操作，研究形成“稳、准、快”桥吊操作法和远程操控培训课程，成员来自码头一线的15名桥吊司机和技术员。',
    },
    quote: '六十米高的驾驶室里，手要稳，心更要稳。',
    biography: ({ photo }) =>
      richText(
        '何振东，1975年生，1995年进入江澄港务集团，从码头装卸工做起，2002年成为桥吊司机。',
        '他在六十米高的驾驶室里工作了二十多年，摸索出的“稳、准、快”桥吊操作法，使单机作业效率最高达到每小时42自然箱，在同类码头中处于领先水平。',
        photoBlock({ photo: photo.port, caption: '何振东和同事们操作的桥吊，位于江澄港集装箱码头。' }),
        '近年来，码头推进自动化改造，他主动参与远程操控系统的调试，带领工作室编写远程操控培训课程，帮助六十多名老司机完成从“高空”到“控制室”的转岗。',
      ),
    publishedAt: at('2025-05-28', '10:00'),
    consent: true,
  },
  zheng: {
    name: '郑雅琴',
    kind: 'individual',
    portrait: 'portrait-zheng',
    employer: '江澄市中心医院',
    position: '急诊科护士长（主任护师）',
    district: '澄湖区',
    org: 'chenghu',
    honors: [
      { honor: 'cityMedal', year: 2023 },
      { honor: 'cityModel', year: 2025 },
    ],
    quote: '急诊室里没有小事，一张交接单写清楚了，病人就多一分安全。',
    biography: () =>
      richText(
        '郑雅琴，1982年生，2004年参加工作，在急诊科一线工作二十余年，2016年起任江澄市中心医院急诊科护士长。',
        '她推动急诊预检分诊流程改造，将危重病人从入院到开始救治的平均时间缩短了近一半；设计的急诊护理交接单被全市多家医院采用。',
        '她组织科室护士开展急救知识进社区、进工地活动，五年来为职工群众培训心肺复苏等急救技能一万余人次。',
      ),
    publishedAt: at('2025-06-12', '10:00'),
    consent: true,
  },
  wu: {
    name: '吴海涛',
    kind: 'individual',
    portrait: 'portrait-wu',
    employer: '青石县禾丰农机专业合作社',
    position: '农机维修技师',
    district: '青石县',
    org: 'qingshi',
    honors: [
      { honor: 'cityMedal', year: 2024 },
      { honor: 'cityCraftsman', year: 2025 },
    ],
    studio: {
      name: '吴海涛农机维修工匠工作室',
      description: '面向全县农机手开展维修培训和农忙时节上门服务，编写《常见农机故障排除口袋书》。',
    },
    quote: '农时不等人，机器趴窝一天，农户就急一天。',
    biography: ({ photo }) =>
      richText(
        '吴海涛，1984年生，青石县人，在外地农机厂工作十年后回乡，2015年加入禾丰农机专业合作社。',
        '他针对联合收割机作业中常见的堵草、断链问题改进割台结构，相关改进获得两项实用新型专利。每年“三夏”“三秋”期间，他带领维修小分队走村入户，平均每年上门抢修农机400多台次。',
        photoBlock({ photo: photo.farm }),
        '2023年合作社成立工会后，他担任工会委员，推动合作社为农机手购买意外伤害保险，把维修培训办成了全县农机手的“田间课堂”。',
      ),
    publishedAt: at('2025-09-28', '10:00'),
    consent: true,
  },
  xu: {
    name: '许晨',
    kind: 'individual',
    portrait: 'portrait-xu',
    employer: '江澄重型机械有限公司',
    position: '数控车工（高级技师）',
    district: '临港区',
    org: 'jiangchengHeavy',
    honors: [
      { honor: 'cityCraftsman', year: 2024 },
      { honor: 'provincialMedal', year: 2025 },
    ],
    quote: '精度不是量出来的，是一刀一刀练出来的。',
    biography: () =>
      richText(
        '许晨，1996年生，2016年从江澄职业技术学院数控技术专业毕业后进入江澄重型机械有限公司精密加工车间。',
        '他参与研制的大型回转支承精加工工装，使单件加工时间缩短约四分之一。2023年，他在滨江省职工职业技能大赛数控车工项目中获得第一名。',
        '（草稿：资料待本人确认后发布。）',
      ),
    // Draft: the worker has not yet confirmed the text, so consent is still missing.
    consent: false,
  },
  huang: {
    name: '黄志伟',
    kind: 'individual',
    portrait: 'portrait-huang',
    employer: '江澄水务集团有限公司管网运维中心',
    position: '管网抢修班班长',
    district: '澄湖区',
    org: 'chenghu',
    honors: [
      { honor: 'cityMedal', year: 2019 },
      { honor: 'cityModel', year: 2022 },
    ],
    quote: '水管不分白天黑夜地漏，我们就不分白天黑夜地修。',
    biography: () =>
      richText(
        '黄志伟，1979年生，在供水管网抢修一线工作二十余年，现任江澄水务集团管网运维中心抢修班班长。',
        '他带领抢修班推行“接单—到场—止水—恢复”限时作业，主干管爆管抢修平均用时缩短到6小时以内。他研究的带压开孔辅助支架，减少了抢修中的停水范围。',
        '每逢寒潮和汛期，他带领班组24小时轮班值守。班组连续多年被评为集团“安全生产先进班组”。',
      ),
    publishedAt: at('2025-11-10', '10:00'),
    consent: true,
  },
  team: {
    name: '江澄重型机械有限公司铆焊车间大件焊接班',
    kind: 'collective',
    portrait: 'team-welding',
    employer: '江澄重型机械有限公司',
    position: '大型结构件焊接（班组，28人）',
    district: '临港区',
    org: 'jiangchengHeavy',
    honors: [
      { honor: 'cityPioneer', year: 2021 },
      { honor: 'provincialPioneer', year: 2022 },
      { honor: 'nationalPioneer', year: 2024 },
    ],
    quote: '班组口号：一次做对，次次做好。',
    biography: () =>
      richText(
        '大件焊接班成立于2009年，现有职工28人，其中高级技师5人、技师9人，平均年龄36岁，班长由全国五一劳动奖章获得者马国强担任。',
        h2('集体事迹'),
        '班组承担公司矿山机械和港口装卸设备全部大型结构件的焊接任务。他们推行“首件三检”和焊缝“身份证”制度，每一道关键焊缝都能追溯到焊工、焊材和工艺参数，连续五年保持大件焊缝“零返修”。',
        '班组坚持“师带徒”结对，每名新进职工都有一名技师带教；近三年有6名组员在省、市技能大赛中获奖。',
        paragraph('2024年，大件焊接班获评全国工人先锋号。'),
      ),
    publishedAt: at('2025-04-22', '10:00'),
    consent: true,
  },
} satisfies Record<string, WorkerSpec>

export type WorkerKey = keyof typeof WORKERS

/** The data for `payload.create` (relations resolved through `refs`). */
export function workerData(key: WorkerKey, refs: Pick<Refs, 'photo' | 'org' | 'honor' | 'user'>) {
  const w: WorkerSpec = WORKERS[key]
  return {
    name: w.name,
    slug: slugify(w.name),
    kind: w.kind,
    portrait: refs.photo[w.portrait],
    employer: w.employer,
    position: w.position,
    region: { province: PROVINCE, city: CITY, district: w.district },
    honors: w.honors.map((h) => ({ honor: refs.honor[h.honor], year: h.year, note: h.note })),
    innovationStudio: w.studio ?? {},
    biography: w.biography(refs),
    quote: w.quote,
    publicationConsent: w.consent,
    publishedAt: w.publishedAt,
    organization: refs.org[w.org],
    createdBy: refs.user.editor,
    seo: w.seo ?? {},
    _status: w.publishedAt ? ('published' as const) : ('draft' as const),
    reviewStage: w.publishedAt ? ('approved' as const) : ('draft' as const),
  }
}
