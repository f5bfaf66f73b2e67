/**
 * Catalog data of the demo: the fictional 江澄市总工会 and the unions under it, the topics
 * (栏目), the honour catalog and one account per role. Province, city, districts, enterprises and
 * people are invented; the honour names are the usual Chinese titles.
 */
import type { Correspondent, Honor, Organization, SensitiveWord, User } from '../../payload-types'

export const PROVINCE = '滨江省'
export const CITY = '江澄市'

export type OrgSpec = {
  name: string
  shortName: string
  level: Organization['level']
  district?: string
  /** Key of the parent organization (an `OrgKey`; plain string to keep the type non-circular). */
  parent?: string
  description: string
}

/** In creation order: a parent always comes before its children. */
export const ORGANIZATIONS = {
  city: {
    name: '江澄市总工会',
    shortName: '市总工会',
    level: 'city',
    description: '江澄市地方工会的领导机关，领导全市3个县（区）总工会和产业工会，服务全市职工。',
  },
  chenghu: {
    name: '澄湖区总工会',
    shortName: '澄湖区总',
    level: 'county',
    district: '澄湖区',
    parent: 'city',
    description: '澄湖区是江澄市的中心城区，区总工会重点服务商贸、医疗卫生和城市公用事业职工。',
  },
  lingang: {
    name: '临港区总工会',
    shortName: '临港区总',
    level: 'county',
    district: '临港区',
    parent: 'city',
    description: '临港区以港口物流和装备制造为主导产业，区总工会联系职工十二万余人。',
  },
  qingshi: {
    name: '青石县总工会',
    shortName: '青石县总',
    level: 'county',
    district: '青石县',
    parent: 'city',
    description: '青石县以现代农业和农产品加工为特色，县总工会积极推进农业合作社建会入会。',
  },
  industry: {
    name: '江澄市装备制造业工会',
    shortName: '装备制造业工会',
    level: 'industry',
    parent: 'city',
    description: '全市装备制造行业的产业工会，联系重点企业工会46家，牵头推进行业产业工人队伍建设改革。',
  },
  jiangchengHeavy: {
    name: '江澄重型机械有限公司工会',
    shortName: '江澄重工工会',
    level: 'enterprise',
    district: '临港区',
    parent: 'industry',
    description: '江澄重型机械有限公司主要生产矿山机械和港口装卸设备，企业工会有会员3800余人。',
  },
  port: {
    name: '江澄港务集团有限公司工会',
    shortName: '港务集团工会',
    level: 'enterprise',
    district: '临港区',
    parent: 'lingang',
    description: '江澄港务集团负责江澄港集装箱和散货码头的运营，集团工会下设基层分会17个。',
  },
  metro: {
    name: '澄湖轨道交通运营有限公司工会',
    shortName: '轨道交通工会',
    level: 'enterprise',
    district: '澄湖区',
    parent: 'chenghu',
    description: '负责江澄市轨道交通1号线、2号线的运营，企业工会有会员2600余人。',
  },
} satisfies Record<string, OrgSpec>

export type OrgKey = keyof typeof ORGANIZATIONS

export const TOPICS = {
  models: { name: '劳模风采', order: 10, description: '全国、省、市劳动模范和五一劳动奖章获得者的故事。' },
  craftsmen: { name: '工匠精神', order: 20, description: '大国工匠、江澄工匠和技能人才的成长之路，职工技能大赛报道。' },
  services: { name: '职工服务', order: 30, description: '帮扶救助、户外劳动者服务站点、普惠服务和法律援助。' },
  reform: { name: '产改进行时', order: 40, description: '产业工人队伍建设改革的做法与成效。' },
  photos: { name: '图片新闻', order: 50, description: '以图片为主的新闻报道和图集。' },
  video: { name: '视频', order: 60, description: '短视频、微纪录片和专题片。' },
  review: { name: '年度回眸', order: 70, description: '年度工作回顾与数据盘点。' },
} satisfies Record<string, { name: string; order: number; description: string }>

export type TopicKey = keyof typeof TOPICS

type HonorSpec = Pick<Honor, 'name' | 'level' | 'recipientType' | 'awardingBody' | 'description'>

export const HONORS = {
  nationalModel: {
    name: '全国劳动模范',
    level: 'national',
    recipientType: 'individual',
    awardingBody: '中共中央、国务院',
    description: '国家授予劳动者的最高荣誉称号之一，一般每五年评选表彰一次。',
  },
  nationalMedal: {
    name: '全国五一劳动奖章',
    level: 'national',
    recipientType: 'individual',
    awardingBody: '中华全国总工会',
    description: '授予在经济社会发展中作出突出贡献的职工。',
  },
  nationalPioneer: {
    name: '全国工人先锋号',
    level: 'national',
    recipientType: 'collective',
    awardingBody: '中华全国总工会',
    description: '授予班组、车间、科室等基层集体。',
  },
  provincialModel: {
    name: '省劳动模范',
    level: 'provincial',
    recipientType: 'individual',
    awardingBody: '滨江省人民政府',
  },
  provincialMedal: {
    name: '省五一劳动奖章',
    level: 'provincial',
    recipientType: 'individual',
    awardingBody: '滨江省总工会',
  },
  provincialPioneer: {
    name: '省工人先锋号',
    level: 'provincial',
    recipientType: 'collective',
    awardingBody: '滨江省总工会',
  },
  cityModel: {
    name: '市劳动模范',
    level: 'city',
    recipientType: 'individual',
    awardingBody: '江澄市人民政府',
  },
  cityMedal: {
    name: '市五一劳动奖章',
    level: 'city',
    recipientType: 'individual',
    awardingBody: '江澄市总工会',
  },
  cityCraftsman: {
    name: '江澄工匠',
    level: 'city',
    recipientType: 'individual',
    awardingBody: '江澄市总工会、江澄市人力资源和社会保障局',
    description: '江澄市选树的高技能人才称号，每年评选一次，每次不超过20名。',
  },
  cityPioneer: {
    name: '江澄市工人先锋号',
    level: 'city',
    recipientType: 'collective',
    awardingBody: '江澄市总工会',
  },
} satisfies Record<string, HonorSpec>

export type HonorKey = keyof typeof HONORS

export type Role = User['roles'][number]

/**
 * One account per role. The admin comes first: the Users collection makes the very first account
 * an administrator whatever it asks for, so the order matters.
 */
export const USERS: { role: Role; name: string; email: string; password: string; org: OrgKey }[] = [
  { role: 'admin', name: '周建平', email: 'admin@example.com', password: 'demo-admin-2026', org: 'city' },
  { role: 'chief-editor', name: '陈慧敏', email: 'chief@example.com', password: 'demo-chief-2026', org: 'city' },
  { role: 'editor', name: '刘思远', email: 'editor@example.com', password: 'demo-editor-2026', org: 'city' },
  { role: 'reporter', name: '林晓', email: 'reporter@example.com', password: 'demo-reporter-2026', org: 'city' },
]

/**
 * A short starter list for the sensitive-word check (checked on submit and publish). Only clear,
 * non-political examples: the office maintains its real list in the admin.
 */
export const SENSITIVE_WORDS: Pick<SensitiveWord, 'word' | 'category' | 'action' | 'replacement' | 'note'>[] = [
  { word: '全网最低', category: 'advertising', action: 'block', note: '广告法禁止的绝对化用语。' },
  { word: '国家级产品', category: 'advertising', action: 'block', note: '广告法禁止的用语。' },
  { word: '残废', category: 'standard', action: 'block', replacement: '残疾', note: '规范用语。' },
  { word: '弱智', category: 'standard', action: 'block', replacement: '智力障碍', note: '规范用语。' },
  { word: '身份证号', category: 'privacy', action: 'warn', note: '稿件中不得公开职工身份证号码，请核对。' },
  { word: '手机号', category: 'privacy', action: 'warn', note: '稿件中不得公开个人联系方式，请核对。' },
]

/**
 * 通讯员名册: the correspondents whose names stand in the demo articles' bylines (王磊, 李雯, 张婷,
 * 何佳), so 稿件统计 (src/stats) counts their pieces under their units, plus one who has sent
 * nothing yet. Phone numbers and addresses are invented (and only editors and above see them).
 */
export const CORRESPONDENTS: (Pick<Correspondent, 'name' | 'phone' | 'email' | 'address' | 'active' | 'note'> & { org: OrgKey })[] = [
  { name: '王磊', org: 'jiangchengHeavy', phone: '0512-5550-0101', email: 'wanglei@example.com', address: '江澄市临港区重机路1号 工会办公室', active: true, note: '企业工会宣传干事，擅长一线技术报道。' },
  { name: '李雯', org: 'lingang', phone: '0512-5550-0102', email: 'liwen@example.com', address: '江澄市临港区港城大道88号', active: true },
  { name: '张婷', org: 'chenghu', phone: '0512-5550-0103', address: '江澄市澄湖区湖滨路12号', active: true },
  { name: '何佳', org: 'metro', phone: '0512-5550-0104', email: 'hejia@example.com', active: true, note: '特约记者。' },
  { name: '孙浩', org: 'qingshi', phone: '0512-5550-0105', active: true, note: '2026年新聘，尚未来稿。' },
]
