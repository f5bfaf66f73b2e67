import type { CollectionConfig } from 'payload'

import { adoptedByField, coverField, importHashField, organizationField, publishedAtField, seoField, topicsField } from '../src/fields/common'
import { adaptedFromField } from '../src/federation/fields'
import { QUALIFIER_OPTIONS } from '../src/fields/options'
import { createdByField, publishableAccess, importableAdminComponents, publishableHooks, publishableVersions, reviewFields, relatedField } from '../src/fields/publishable'
import { bylinesField, creditsField, sourceField } from '../src/fields/print'
import { slugField } from '../src/fields/slug'
import { KINDS } from '../src/kinds'
import { wechatEndpoints } from '../src/wechat/endpoints'
import { wechatFields } from '../src/wechat/fields'
import { signoffEndpoint } from '../src/workflow/signoff'
import { richTextEditor } from '../src/richtext/editor'
import { ARTICLES, GALLERIES, MODEL_WORKERS, VIDEO_CAMPAIGNS, YEARLY_REVIEWS } from './slugs'

const yearField = (name: string, zh: string, en: string) =>
  ({ name, type: 'number', required: true, min: 1949, max: 2100, label: { zh, en } }) as const

/** Yearly and multi-year reviews (年度回眸 / 五年工作综述), packed with key figures. */
export const YearlyReviews: CollectionConfig = {
  slug: YEARLY_REVIEWS,
  labels: KINDS[YEARLY_REVIEWS].labels,
  access: publishableAccess,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'organization', 'period.lastYear', '_status', 'updatedAt'],
    group: { zh: '内容', en: 'Content' },
    components: importableAdminComponents,
  },
  defaultSort: '-period.lastYear',
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, label: { zh: '标题', en: 'Title' } },
    { name: 'subtitle', type: 'text', maxLength: 200, label: { zh: '副题', en: 'Subtitle' } },
    {
      name: 'period',
      type: 'group',
      label: { zh: '回顾期间', en: 'Period' },
      admin: { description: { zh: '一年的回眸两个年份相同；五年综述如 2021—2025。', en: 'Same year twice for a yearly review.' } },
      fields: [
        {
          type: 'row',
          fields: [
            yearField('firstYear', '起始年份', 'First year'),
            {
              ...yearField('lastYear', '截止年份', 'Last year'),
              validate: (value: unknown, { siblingData }: { siblingData: { firstYear?: number } }) => {
                if (typeof value !== 'number') return '请填写截止年份。'
                return siblingData.firstYear && value < siblingData.firstYear ? '截止年份不能早于起始年份。' : true
              },
            },
          ],
        },
      ],
    },
    bylinesField,
    { name: 'lead', type: 'textarea', label: { zh: '导语', en: 'Lead' } },
    coverField(),
    {
      name: 'keyFigures',
      type: 'array',
      label: { zh: '关键数据', en: 'Key figures' },
      labels: { singular: { zh: '数据', en: 'Figure' }, plural: { zh: '关键数据', en: 'Key figures' } },
      admin: { description: { zh: '例如：服务职工 5.2 万余人次 → 数值 52000、单位 人次、修饰 余。', en: 'Value as a plain number.' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', required: true, label: { zh: '名称', en: 'Label' }, admin: { width: '34%' } },
            { name: 'value', type: 'number', required: true, label: { zh: '数值', en: 'Value' }, admin: { width: '18%' } },
            { name: 'unit', type: 'text', label: { zh: '单位', en: 'Unit' }, admin: { width: '12%' } },
            { name: 'qualifier', type: 'select', options: QUALIFIER_OPTIONS, label: { zh: '修饰', en: 'Qualifier' }, admin: { width: '12%' } },
            { name: 'pillar', type: 'text', label: { zh: '板块', en: 'Pillar' }, admin: { width: '24%' } },
          ],
        },
        {
          name: 'comparison',
          type: 'group',
          label: { zh: '与上年比较（可选）', en: 'Compared with the year before (optional)' },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'previousValue', type: 'number', label: { zh: '上年数值', en: 'Previous value' } },
                { name: 'note', type: 'text', label: { zh: '说明', en: 'Note' }, admin: { placeholder: '例如：同比增长 12%' } },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'sections',
      type: 'array',
      label: { zh: '正文分节', en: 'Sections' },
      labels: { singular: { zh: '一节', en: 'Section' }, plural: { zh: '分节', en: 'Sections' } },
      fields: [
        { name: 'heading', type: 'text', required: true, label: { zh: '小标题', en: 'Heading' } },
        { name: 'content', type: 'richText', editor: richTextEditor, label: { zh: '内容', en: 'Content' } },
      ],
    },
    {
      name: 'plans',
      type: 'array',
      label: { zh: '下阶段计划', en: 'Plans' },
      labels: { singular: { zh: '行动', en: 'Plan' }, plural: { zh: '计划', en: 'Plans' } },
      fields: [
        { name: 'name', type: 'text', required: true, label: { zh: '行动名称', en: 'Name' }, admin: { placeholder: '例如：实施职工技能提升行动' } },
        { name: 'description', type: 'textarea', label: { zh: '说明', en: 'Description' } },
        {
          name: 'targets',
          type: 'array',
          label: { zh: '目标', en: 'Targets' },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'label', type: 'text', required: true, label: { zh: '指标', en: 'Label' } },
                { name: 'value', type: 'number', label: { zh: '目标值', en: 'Value' } },
                { name: 'unit', type: 'text', label: { zh: '单位', en: 'Unit' } },
              ],
            },
          ],
        },
      ],
    },
    ...reviewFields,
    ...wechatFields,
    sourceField,
    creditsField,
    slugField('title'),
    publishedAtField,
    importHashField,
    organizationField(true),
    adoptedByField(),
    adaptedFromField(),
    topicsField,
    createdByField,
    relatedField('relatedArticles', ARTICLES, '相关文章', 'Related articles'),
    relatedField('relatedWorkers', MODEL_WORKERS, '相关劳模/工匠', 'Related model workers'),
    relatedField('relatedGalleries', GALLERIES, '相关图集', 'Related galleries'),
    relatedField('relatedVideos', VIDEO_CAMPAIGNS, '相关视频', 'Related video campaigns'),
    seoField,
  ],
  endpoints: [signoffEndpoint(YEARLY_REVIEWS), ...wechatEndpoints(YEARLY_REVIEWS)],
  hooks: publishableHooks,
  versions: publishableVersions,
}
