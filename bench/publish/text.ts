/**
 * Synthetic Chinese text for the publish benchmark: a fixed-seed generator and sentences put
 * together from a small word list written for the benchmark (no real articles are copied). The
 * output reads like trade-union news at a glance and has realistic character frequencies for
 * compression and search segmentation.
 */

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number) {
  let s = seed | 0
  const next = () => {
    s = (s + 0x6d2b79f5) | 0
    let t = Math.imul(s ^ (s >>> 15), 1 | s)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!
  const chance = (p: number) => next() < p
  const some = <T,>(xs: readonly T[], min: number, max: number): T[] => {
    const n = Math.min(xs.length, int(min, max))
    const out = new Set<T>()
    while (out.size < n) out.add(pick(xs))
    return [...out]
  }
  return { next, int, pick, chance, some }
}
export type Rng = ReturnType<typeof rng>

const SUBJECTS = ['市总工会', '区总工会', '产业工会', '企业工会', '基层工会', '职工代表', '劳模创新工作室', '班组长', '一线职工', '技术骨干', '青年职工', '女职工委员会', '工会干部', '帮扶中心', '职工服务站']
const VERBS = ['组织开展', '深入推进', '持续深化', '扎实做好', '积极探索', '认真落实', '广泛开展', '牵头举办', '创新推出', '全面启动', '稳步推进', '精心筹办']
const OBJECTS = ['劳动和技能竞赛', '职工技能培训', '送温暖活动', '困难职工帮扶', '户外劳动者服务', '职工书屋建设', '技术革新攻关', '师带徒结对', '安全生产月活动', '职工健康体检', '金秋助学', '劳模进企业宣讲', '工匠人才选树', '集体协商', '职工文体活动', '夏季送清凉', '法律援助服务', '新就业形态劳动者入会']
const RESULTS = ['取得明显成效', '受到职工普遍欢迎', '覆盖职工一万余人次', '形成了可复制的经验', '提升了职工的获得感', '推动了企业提质增效', '带动了一批青年技术骨干成长', '为高质量发展注入了动力', '得到了上级工会的肯定', '让职工感受到了“娘家人”的温暖']
const PLACES = ['临港区', '澄湖区', '青石县', '高新区', '经济开发区', '港区', '东城街道', '西湖镇', '北山工业园', '滨江新城']
const PLACES_UNITS = ['重型机械厂', '港务集团', '电力公司', '公交集团', '第一人民医院', '纺织有限公司', '建设集团', '燃气公司', '环卫所', '物流园区', '汽车零部件公司', '食品加工厂']
const CONNECT = ['同时', '此外', '与此同时', '在此基础上', '近年来', '据介绍', '记者了解到', '截至目前', '下一步', '活动中']
const PEOPLE = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '高', '罗']
const GIVEN = ['国强', '建华', '秀英', '志刚', '丽娟', '海涛', '晓燕', '卫东', '春梅', '明辉', '红霞', '振宇', '文博', '静怡', '立新', '桂兰', '宏伟', '思远', '雪梅', '德明']
const TRADES = ['焊工', '电工', '钳工', '车工', '数控机床操作工', '装配工', '公交驾驶员', '护士', '环卫工人', '快递员', '叉车司机', '桥吊司机', '化验员', '电力巡线工', '燃气检修工', '纺织挡车工', '钢筋工', '维修电工']
const QUALITIES = ['精益求精', '爱岗敬业', '勇于创新', '吃苦耐劳', '甘于奉献', '一丝不苟', '攻坚克难', '传帮带']
const NUMBERS = ['三', '五', '六', '八', '十二', '二十', '三十余', '一百多', '三百余', '上千']

export const personName = (r: Rng) => r.pick(PEOPLE) + r.pick(GIVEN)
export const trade = (r: Rng) => r.pick(TRADES)
export const employer = (r: Rng) => `江澄${r.pick(PLACES_UNITS)}`
export const place = (r: Rng) => r.pick(PLACES)
export const quality = (r: Rng) => r.pick(QUALITIES)

export function sentence(r: Rng): string {
  switch (r.int(0, 5)) {
    case 0:
      return `${r.pick(CONNECT)}，${r.pick(SUBJECTS)}${r.pick(VERBS)}${r.pick(OBJECTS)}，${r.pick(RESULTS)}。`
    case 1:
      return `${r.pick(PLACES)}${r.pick(PLACES_UNITS)}的${personName(r)}是一名${r.pick(TRADES)}，${r.pick(NUMBERS)}年来始终${r.pick(QUALITIES)}，带出徒弟${r.pick(NUMBERS)}人。`
    case 2:
      return `“${r.pick(QUALITIES)}不是一句口号，而是每天都要落到手上的功夫。”${personName(r)}说。`
    case 3:
      return `今年以来，${r.pick(SUBJECTS)}围绕${r.pick(OBJECTS)}，累计投入资金${r.int(12, 980)}万元，惠及职工${r.int(2, 90)}00余人。`
    case 4:
      return `在${r.pick(PLACES)}，${r.pick(SUBJECTS)}把${r.pick(OBJECTS)}和${r.pick(OBJECTS)}结合起来，${r.pick(RESULTS)}。`
    default:
      return `${r.pick(SUBJECTS)}负责人表示，将继续${r.pick(VERBS)}${r.pick(OBJECTS)}，${r.pick(RESULTS)}。`
  }
}

export function paragraphText(r: Rng, min = 3, max = 6): string {
  return Array.from({ length: r.int(min, max) }, () => sentence(r)).join('')
}

export function title(r: Rng): string {
  switch (r.int(0, 4)) {
    case 0:
      return `${r.pick(PLACES)}${r.pick(SUBJECTS)}${r.pick(VERBS)}${r.pick(OBJECTS)}`
    case 1:
      return `${personName(r)}：${r.pick(QUALITIES)}的${r.pick(TRADES)}`
    case 2:
      return `${r.pick(OBJECTS)}走进${r.pick(PLACES)}${r.pick(PLACES_UNITS)}`
    case 3:
      return `劳模${personName(r)}和他的${r.pick(NUMBERS)}个徒弟`
    default:
      return `${r.pick(SUBJECTS)}：${r.pick(OBJECTS)}${r.pick(RESULTS)}`
  }
}

export const TOPIC_NAMES = ['劳模风采', '工匠精神', '职工服务', '产改进行时', '图片新闻', '视频', '年度回眸', '基层动态', '维权帮扶', '技能竞赛', '女职工', '新就业形态']
export const ORG_NAMES = [
  '江澄市总工会',
  ...PLACES.map((p) => `${p}总工会`),
  ...PLACES_UNITS.map((u) => `江澄${u}工会`),
  '江澄市装备制造业工会',
  '江澄市交通运输工会',
  '江澄市卫生健康工会',
  '江澄市教育工会',
  '江澄市建设工会',
  '江澄市商贸工会',
]
export const HONOR_LIST: { name: string; level: 'national' | 'provincial' | 'city' | 'county' | 'industry'; recipientType: 'individual' | 'collective' }[] = [
  { name: '全国劳动模范', level: 'national', recipientType: 'individual' },
  { name: '全国五一劳动奖章', level: 'national', recipientType: 'individual' },
  { name: '全国工人先锋号', level: 'national', recipientType: 'collective' },
  { name: '省劳动模范', level: 'provincial', recipientType: 'individual' },
  { name: '省五一劳动奖章', level: 'provincial', recipientType: 'individual' },
  { name: '市劳动模范', level: 'city', recipientType: 'individual' },
  { name: '市五一劳动奖章', level: 'city', recipientType: 'individual' },
  { name: '江澄工匠', level: 'city', recipientType: 'individual' },
  { name: '区县劳动模范', level: 'county', recipientType: 'individual' },
  { name: '行业技术能手', level: 'industry', recipientType: 'individual' },
]
