/**
 * Two yearly reviews (年度回眸) of the same organization, 江澄市总工会, for 2024 and 2025. The 2025
 * review repeats most of the 2024 figures under the same labels, so the two years can be compared;
 * its `comparison` fields are filled from the 2024 values.
 */
import type { YearlyReview } from '../../payload-types'
import { slugify } from '../lib/slug'
import type { PhotoKey } from './photos'
import { bulletList, h3, paragraph, photoBlock, richText, type RichText } from './lexical'
import { at, type Refs } from './refs'

type Qualifier = NonNullable<NonNullable<YearlyReview['keyFigures']>[number]['qualifier']>
type Figure = { label: string; value: number; unit: string; qualifier?: Qualifier; pillar: string }

const P = { org: '建会入会', service: '职工服务', skills: '技能提升', models: '劳模工匠', rights: '权益维护' } as const

const FIGURES_2024: Figure[] = [
  { pillar: P.org, label: '新建工会组织', value: 312, unit: '个' },
  { pillar: P.org, label: '新发展会员', value: 48600, unit: '人', qualifier: 'odd' },
  { pillar: P.org, label: '新就业形态劳动者入会', value: 12800, unit: '人', qualifier: 'odd' },
  { pillar: P.service, label: '服务职工', value: 820000, unit: '人次', qualifier: 'odd' },
  { pillar: P.service, label: '户外劳动者服务站点', value: 420, unit: '个' },
  { pillar: P.service, label: '困难职工帮扶资金', value: 2860, unit: '万元' },
  { pillar: P.service, label: '金秋助学资助困难职工子女', value: 1350, unit: '名' },
  { pillar: P.skills, label: '职工技能竞赛', value: 210, unit: '场', qualifier: 'more' },
  { pillar: P.skills, label: '参赛职工', value: 95000, unit: '人次', qualifier: 'odd' },
  { pillar: P.models, label: '劳模（工匠）创新工作室', value: 86, unit: '家' },
  { pillar: P.models, label: '职工创新成果', value: 640, unit: '项' },
  { pillar: P.rights, label: '集体合同覆盖率', value: 93.5, unit: '%' },
  { pillar: P.rights, label: '法律援助案件', value: 1860, unit: '件' },
]

const FIGURES_2025: Figure[] = [
  { pillar: P.org, label: '新建工会组织', value: 356, unit: '个' },
  { pillar: P.org, label: '新发展会员', value: 53200, unit: '人', qualifier: 'odd' },
  { pillar: P.org, label: '新就业形态劳动者入会', value: 16500, unit: '人', qualifier: 'odd' },
  { pillar: P.service, label: '服务职工', value: 960000, unit: '人次', qualifier: 'nearly' },
  { pillar: P.service, label: '户外劳动者服务站点', value: 486, unit: '个' },
  { pillar: P.service, label: '困难职工帮扶资金', value: 3120, unit: '万元' },
  { pillar: P.service, label: '金秋助学资助困难职工子女', value: 1420, unit: '名' },
  { pillar: P.service, label: '职工疗休养', value: 6800, unit: '人次', qualifier: 'odd' },
  { pillar: P.skills, label: '职工技能竞赛', value: 260, unit: '场', qualifier: 'more' },
  { pillar: P.skills, label: '参赛职工', value: 118000, unit: '人次', qualifier: 'odd' },
  { pillar: P.models, label: '劳模（工匠）创新工作室', value: 101, unit: '家' },
  { pillar: P.models, label: '职工创新成果', value: 735, unit: '项' },
  { pillar: P.models, label: '新选树江澄工匠', value: 20, unit: '名' },
  { pillar: P.rights, label: '集体合同覆盖率', value: 94.2, unit: '%' },
  { pillar: P.rights, label: '法律援助案件', value: 2050, unit: '件' },
]

/** Figures of one year, with the previous year's value and the change where the label recurs. */
function keyFigures(figures: Figure[], previous?: Figure[]) {
  return figures.map((fig) => {
    const before = previous?.find((p) => p.label === fig.label && p.unit === fig.unit)
    if (!before) return { ...fig, comparison: {} }
    const note =
      fig.unit === '%'
        ? `比上年${fig.value >= before.value ? '提高' : '下降'} ${Math.abs(fig.value - before.value).toFixed(1)} 个百分点`
        : `同比${fig.value >= before.value ? '增长' : '下降'} ${((Math.abs(fig.value - before.value) / before.value) * 100).toFixed(1)}%`
    return { ...fig, comparison: { previousValue: before.value, note } }
  })
}

type ReviewSpec = {
  title: string
  subtitle: string
  year: number
  lead: string
  cover: PhotoKey
  figures: ReturnType<typeof keyFigures>
  sections: (refs: Pick<Refs, 'photo'>) => { heading: string; content: RichText }[]
  plans: { name: string; description: string; targets: { label: string; value: number; unit: string }[] }[]
  publishedAt: string
}

export const REVIEWS = {
  y2024: {
    title: '江澄市总工会2024年工作回眸',
    subtitle: '建会入会扩面提质 服务职工有力有效',
    year: 2024,
    lead: '2024年，江澄市各级工会聚焦新就业形态劳动者建会入会、职工服务阵地建设和职工技能提升，全年新建工会组织312个、新发展会员4.86万余人，服务职工82万余人次。',
    cover: 'chart-2024',
    figures: keyFigures(FIGURES_2024),
    sections: () => [
      {
        heading: '把新就业形态劳动者“请进门”',
        content: richText(
          '围绕快递、外卖、网约车、货运等重点行业，市总工会联合行业主管部门开展集中入会行动，推动头部平台企业在江澄的区域站点全部建会，全年新就业形态劳动者入会1.28万余人。',
          '针对骑手、司机流动性强的特点，各级工会推出“扫码入会”“站点入会”，会员关系随人走、服务跟着走。',
        ),
      },
      {
        heading: '服务阵地建到职工身边',
        content: richText(
          '全年新建、提升户外劳动者服务站点75个，总数达到420个，覆盖全部乡镇（街道）。开展“两节”送温暖、“夏日送清凉”、金秋助学等活动，发放帮扶资金2860万元。',
          bulletList('困难职工帮扶：建档困难职工动态管理、应帮尽帮', '金秋助学：资助困难职工子女1350名', '职工法律援助：办理法律援助案件1860件'),
        ),
      },
      {
        heading: '技能竞赛覆盖更多行业',
        content: richText(
          '全年组织各级职工技能竞赛210多场，参赛职工9.5万余人次。新命名劳模（工匠）创新工作室11家，全市总数达到86家，职工创新成果640项。',
        ),
      },
    ],
    plans: [
      {
        name: '新就业形态劳动者入会攻坚行动',
        description: '以平台企业、快递物流和网约车企业为重点，推进“应建尽建、应入尽入”。',
        targets: [{ label: '新发展新就业形态劳动者会员', value: 15000, unit: '人' }],
      },
      {
        name: '户外劳动者服务站点提质行动',
        description: '制定站点服务“十有”标准，对已建站点逐一“回头看”。',
        targets: [
          { label: '新建服务站点', value: 60, unit: '个' },
          { label: '站点“十有”达标率', value: 100, unit: '%' },
        ],
      },
      {
        name: '职工技能提升行动',
        description: '扩大技能竞赛覆盖面，首次设置新就业形态工种。',
        targets: [
          { label: '职工技能竞赛', value: 240, unit: '场' },
          { label: '新增劳模（工匠）创新工作室', value: 12, unit: '家' },
        ],
      },
    ],
    publishedAt: at('2025-01-20', '09:00'),
  },
  y2025: {
    title: '江澄市总工会2025年工作回眸',
    subtitle: '产改引领技能成长 普惠服务温暖职工',
    year: 2025,
    lead: '2025年，江澄市各级工会深化产业工人队伍建设改革，扩大普惠服务覆盖面，全年新建工会组织356个、新发展会员5.32万余人，服务职工近96万人次，上年确定的各项目标全部完成。',
    cover: 'chart-2025',
    figures: keyFigures(FIGURES_2025, FIGURES_2024),
    sections: ({ photo }) => [
      {
        heading: '新就业形态劳动者入会再提速',
        content: richText(
          '全年新就业形态劳动者入会1.65万余人，超过年初确定的1.5万人目标。市总工会推动成立全市网约配送行业工会联合会，首次就骑手劳动报酬、休息时间等事项开展行业集体协商。',
        ),
      },
      {
        heading: '户外劳动者服务站点全部达到“十有”',
        content: richText(
          '全年新建服务站点66个，总数达到486个，已建站点全部达到“有空调、有饮水、有热饭设备、有充电插座”等“十有”标准。',
          '服务站点与周边社区卫生服务中心、律师事务所“结对”，开展义诊、法律咨询等活动，服务户外劳动者超过百万人次。',
        ),
      },
      {
        heading: '产改试点见实效',
        content: richText(
          '江澄重工等6家企业完成产业工人队伍建设改革试点，建立技能等级与岗位、薪酬挂钩的激励机制。举办全市职工职业技能大赛，12个工种决出“技能状元”，首次设置网约配送员、养老护理员、无人机驾驶员三个工种。',
          photoBlock({ photo: photo.ceremony, caption: '江澄市2025年职工职业技能大赛颁奖仪式。' }),
          h3('劳模工匠选树'),
          paragraph('新选树江澄工匠20名，新命名劳模（工匠）创新工作室15家，全市总数达到101家；全年职工创新成果735项。'),
        ),
      },
      {
        heading: '维权服务更加精准',
        content: richText(
          '集体合同覆盖率达到94.2%，办理职工法律援助案件2050件；组织一线职工、劳模工匠疗休养6800余人次。',
        ),
      },
    ],
    plans: [
      {
        name: '产业工人队伍建设改革深化行动',
        description: '把试点企业经验推广到装备制造行业重点企业，畅通技能人才成长通道。',
        targets: [
          { label: '推广改革经验的重点企业', value: 20, unit: '家' },
          { label: '新增高技能人才', value: 3000, unit: '人' },
        ],
      },
      {
        name: '新就业形态劳动者“暖新”行动',
        description: '推动服务站点向商业楼宇、物流园区延伸，实现小程序一键导航。',
        targets: [
          { label: '新建服务站点', value: 50, unit: '个' },
          { label: '新发展新就业形态劳动者会员', value: 15000, unit: '人' },
        ],
      },
      {
        name: '职工普惠服务提升行动',
        description: '扩大职工疗休养和金秋助学覆盖面。',
        targets: [
          { label: '职工疗休养', value: 8000, unit: '人次' },
          { label: '金秋助学', value: 1500, unit: '名' },
        ],
      },
      {
        name: '劳模工匠培育行动',
        description: '完善劳模工匠选树、培养、使用、服务全链条。',
        targets: [
          { label: '新选树江澄工匠', value: 20, unit: '名' },
          { label: '新增劳模（工匠）创新工作室', value: 10, unit: '家' },
        ],
      },
    ],
    publishedAt: at('2026-01-15', '08:00'),
  },
} satisfies Record<string, ReviewSpec>

export type ReviewKey = keyof typeof REVIEWS

export function reviewData(
  key: ReviewKey,
  refs: Pick<Refs, 'photo' | 'org' | 'topic' | 'user' | 'gallery' | 'video'>,
) {
  const r: ReviewSpec = REVIEWS[key]
  return {
    title: r.title,
    slug: slugify(r.title),
    subtitle: r.subtitle,
    period: { firstYear: r.year, lastYear: r.year },
    lead: r.lead,
    cover: refs.photo[r.cover],
    keyFigures: r.figures,
    sections: r.sections(refs),
    plans: r.plans,
    organization: refs.org.city,
    topics: [refs.topic.review],
    createdBy: refs.user['chief-editor'],
    relatedGalleries: key === 'y2025' ? [refs.gallery.contest, refs.gallery.summer] : [],
    relatedVideos: key === 'y2025' ? [refs.video.meimei] : [],
    publishedAt: r.publishedAt,
    _status: 'published' as const,
    reviewStage: 'approved' as const,
  }
}
