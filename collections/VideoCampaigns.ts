import type { CollectionConfig } from 'payload'

import { adoptedByField, coverField, organizationField, publishedAtField, summaryField, topicsField } from '../src/fields/common'
import { adaptedFromField } from '../src/federation/fields'
import { HONOR_LEVELS } from '../src/fields/options'
import { createdByField, publishableAccess, publishableAdminComponents, publishableHooks, publishableVersions, reviewFields, relatedField } from '../src/fields/publishable'
import { slugField } from '../src/fields/slug'
import { KINDS } from '../src/kinds'
import { wechatEndpoints } from '../src/wechat/endpoints'
import { wechatFields } from '../src/wechat/fields'
import { signoffEndpoint } from '../src/workflow/signoff'
import { checkVideoURL } from '../src/lib/videoEmbed'
import { ARTICLES, MEDIA, VIDEO_CAMPAIGNS } from './slugs'

type Episode = { source?: 'upload' | 'embed'; file?: unknown; url?: string | null; poster?: unknown }

/** Video campaigns: short-video series, TV specials, with their episodes and awards. */
export const VideoCampaigns: CollectionConfig = {
  slug: VIDEO_CAMPAIGNS,
  labels: KINDS[VIDEO_CAMPAIGNS].labels,
  access: publishableAccess,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'organization', '_status', 'publishedAt', 'updatedAt'],
    group: { zh: '内容', en: 'Content' },
    components: publishableAdminComponents,
  },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, label: { zh: '标题', en: 'Title' } },
    summaryField,
    coverField(),
    {
      name: 'partners',
      type: 'array',
      label: { zh: '合作单位', en: 'Partners' },
      fields: [{ name: 'name', type: 'text', required: true, label: { zh: '名称', en: 'Name' }, admin: { placeholder: '例如：市广播电视台' } }],
    },
    {
      name: 'period',
      type: 'group',
      label: { zh: '播出时间', en: 'Period' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'start', type: 'date', label: { zh: '开始', en: 'Start' }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } } },
            {
              name: 'end',
              type: 'date',
              label: { zh: '结束', en: 'End' },
              admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
              validate: (value: unknown, { siblingData }: { siblingData: { start?: string | null } }) =>
                value && siblingData.start && new Date(value as string) < new Date(siblingData.start)
                  ? '结束日期不能早于开始日期。'
                  : true,
            },
          ],
        },
      ],
    },
    {
      name: 'channels',
      type: 'array',
      label: { zh: '播出渠道', en: 'Channels' },
      fields: [{ name: 'name', type: 'text', required: true, label: { zh: '渠道', en: 'Channel' }, admin: { placeholder: '例如：微信视频号、市电视台新闻频道' } }],
    },
    {
      name: 'episodes',
      type: 'array',
      label: { zh: '分集', en: 'Episodes' },
      labels: { singular: { zh: '一集', en: 'Episode' }, plural: { zh: '分集', en: 'Episodes' } },
      fields: [
        { name: 'title', type: 'text', required: true, label: { zh: '标题', en: 'Title' } },
        {
          type: 'row',
          fields: [
            { name: 'airDate', type: 'date', label: { zh: '播出日期', en: 'Air date' }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } } },
            { name: 'duration', type: 'number', min: 0, label: { zh: '时长（秒）', en: 'Duration (s)' } },
          ],
        },
        {
          name: 'source',
          type: 'radio',
          required: true,
          defaultValue: 'upload',
          label: { zh: '视频来源', en: 'Source' },
          options: [
            { value: 'upload', label: { zh: '上传视频文件', en: 'Uploaded file' } },
            { value: 'embed', label: { zh: '视频平台链接', en: 'Platform link' } },
          ],
          admin: { layout: 'horizontal' },
        },
        {
          name: 'file',
          type: 'upload',
          relationTo: MEDIA,
          label: { zh: '视频文件', en: 'Video file' },
          filterOptions: { mimeType: { contains: 'video/' } },
          admin: { condition: (_, sibling: Episode) => sibling?.source !== 'embed' },
          validate: (value: unknown, { siblingData }: { siblingData: Episode }) =>
            siblingData.source !== 'embed' && !value ? '请上传视频文件（MP4 或 WebM），或改选“视频平台链接”。' : true,
        },
        {
          name: 'url',
          type: 'text',
          label: { zh: '平台链接', en: 'Platform URL' },
          admin: {
            condition: (_, sibling: Episode) => sibling?.source === 'embed',
            description: { zh: '哔哩哔哩、腾讯视频、优酷或微信视频号的分享链接。', en: 'Bilibili, Tencent Video, Youku or WeChat Channels.' },
          },
          validate: (value: unknown, { siblingData }: { siblingData: Episode }) => {
            if (siblingData.source !== 'embed') return true
            if (!value) return '请填写视频平台链接。'
            return checkVideoURL(value)
          },
        },
        {
          name: 'poster',
          type: 'upload',
          relationTo: MEDIA,
          label: { zh: '封面图', en: 'Poster' },
          filterOptions: { mimeType: { contains: 'image/' } },
          validate: (value: unknown, { siblingData }: { siblingData: Episode }) =>
            siblingData.source !== 'embed' && !value ? '上传的视频需要一张封面图。' : true,
        },
        { name: 'description', type: 'textarea', label: { zh: '简介', en: 'Description' } },
      ],
    },
    {
      name: 'recognitions',
      type: 'array',
      label: { zh: '获奖情况', en: 'Recognitions' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'award', type: 'text', required: true, label: { zh: '奖项', en: 'Award' } },
            { name: 'level', type: 'select', options: HONOR_LEVELS, label: { zh: '级别', en: 'Level' } },
            { name: 'year', type: 'number', min: 1949, max: 2100, label: { zh: '年份', en: 'Year' } },
          ],
        },
      ],
    },
    relatedField('relatedArticles', ARTICLES, '相关文章', 'Related articles'),
    ...reviewFields,
    ...wechatFields,
    slugField('title'),
    publishedAtField,
    topicsField,
    organizationField(),
    adoptedByField(),
    adaptedFromField(),
    createdByField,
  ],
  endpoints: [signoffEndpoint(VIDEO_CAMPAIGNS), ...wechatEndpoints(VIDEO_CAMPAIGNS)],
  hooks: publishableHooks,
  versions: publishableVersions,
}
