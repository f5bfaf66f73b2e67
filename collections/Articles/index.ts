import type { CollectionConfig } from 'payload'

import {
  coverField,
  importHashField,
  organizationField,
  publishedAtField,
  seoField,
  summaryField,
  topicsField,
} from '../../src/fields/common'
import { BYLINE_ROLE_OPTIONS, CREDIT_ROLE_OPTIONS } from '../../src/fields/options'
import { createdByField, publishableAccess, publishableAdminComponents, publishableHooks, publishableVersions, reviewFields, relatedField } from '../../src/fields/publishable'
import { slugField } from '../../src/fields/slug'
import { signoffEndpoint } from '../../src/workflow/signoff'
import { richTextEditor } from '../../src/richtext/editor'
import { ARTICLES, GALLERIES, MODEL_WORKERS, USERS, VIDEO_CAMPAIGNS, YEARLY_REVIEWS } from '../slugs'

/** Feature stories and news. */
export const Articles: CollectionConfig = {
  slug: ARTICLES,
  labels: { singular: { zh: '文章', en: 'Article' }, plural: { zh: '文章', en: 'Articles' } },
  access: publishableAccess,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'topics', 'organization', '_status', 'publishedAt', 'updatedAt'],
    listSearchableFields: ['title', 'subtitle', 'summary'],
    group: { zh: '内容', en: 'Content' },
    components: publishableAdminComponents,
  },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, label: { zh: '标题', en: 'Title' } },
    { name: 'subtitle', type: 'text', maxLength: 200, label: { zh: '副题', en: 'Subtitle' } },
    summaryField,
    coverField(),
    {
      name: 'bylines',
      type: 'array',
      label: { zh: '署名', en: 'Bylines' },
      labels: { singular: { zh: '署名', en: 'Byline' }, plural: { zh: '署名', en: 'Bylines' } },
      admin: { initCollapsed: false },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'role', type: 'select', options: BYLINE_ROLE_OPTIONS, label: { zh: '身份', en: 'Role' }, admin: { width: '30%' } },
            { name: 'name', type: 'text', required: true, label: { zh: '姓名', en: 'Name' }, admin: { width: '35%' } },
            { name: 'user', type: 'relationship', relationTo: USERS, label: { zh: '关联用户', en: 'User' }, admin: { width: '35%' } },
          ],
        },
      ],
    },
    { name: 'body', type: 'richText', editor: richTextEditor, label: { zh: '正文', en: 'Body' } },
    {
      name: 'source',
      type: 'group',
      label: { zh: '见报信息', en: 'Print source' },
      admin: { description: { zh: '首发于报纸的稿件填写：报纸名称、版次、日期。', en: 'For pieces first printed in a newspaper.' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'publication', type: 'text', label: { zh: '报纸', en: 'Publication' } },
            { name: 'page', type: 'text', label: { zh: '版次', en: 'Page' } },
            { name: 'issueDate', type: 'date', label: { zh: '出版日期', en: 'Issue date' }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } } },
          ],
        },
      ],
    },
    {
      name: 'credits',
      type: 'array',
      label: { zh: '版面署名（编委/版式/责编/终审）', en: 'Editorial credits' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'role', type: 'select', required: true, options: CREDIT_ROLE_OPTIONS, label: { zh: '职责', en: 'Role' } },
            { name: 'name', type: 'text', required: true, label: { zh: '姓名', en: 'Name' } },
          ],
        },
      ],
    },
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '头条（首页重点展示）', en: 'Lead story' },
      admin: { position: 'sidebar' },
    },
    ...reviewFields,
    slugField('title'),
    publishedAtField,
    importHashField,
    topicsField,
    organizationField(),
    createdByField,
    {
      type: 'collapsible',
      label: { zh: '相关内容', en: 'Related content' },
      fields: [
        relatedField('relatedWorkers', MODEL_WORKERS, '相关劳模/工匠', 'Related model workers'),
        relatedField('relatedGalleries', GALLERIES, '相关图集', 'Related galleries'),
        relatedField('relatedVideos', VIDEO_CAMPAIGNS, '相关视频', 'Related video campaigns'),
        relatedField('relatedReviews', YEARLY_REVIEWS, '相关年度回眸', 'Related yearly reviews'),
      ],
    },
    seoField,
  ],
  endpoints: [signoffEndpoint(ARTICLES, '文章')],
  hooks: publishableHooks,
  versions: publishableVersions,
}
