import type { CollectionConfig } from 'payload'

import {
  adoptedByField,
  coverField,
  importHashField,
  organizationField,
  publishedAtField,
  seoField,
  summaryField,
  topicsField,
} from '../../src/fields/common'
import { adaptedFromField } from '../../src/federation/fields'
import { bylinesField, creditsField, sourceField } from '../../src/fields/print'
import { createdByField, publishableAccess, importableAdminComponents, publishableHooks, publishableVersions, reviewFields, relatedField } from '../../src/fields/publishable'
import { importNewspaperEndpoint } from '../../src/admin/importNewspaperEndpoint'
import { slugField } from '../../src/fields/slug'
import { KINDS } from '../../src/kinds'
import { wechatEndpoints } from '../../src/wechat/endpoints'
import { wechatFields } from '../../src/wechat/fields'
import { signoffEndpoint } from '../../src/workflow/signoff'
import { richTextEditor } from '../../src/richtext/editor'
import { ARTICLES, GALLERIES, MODEL_WORKERS, VIDEO_CAMPAIGNS, YEARLY_REVIEWS } from '../slugs'

/** Feature stories and news. */
export const Articles: CollectionConfig = {
  slug: ARTICLES,
  labels: KINDS[ARTICLES].labels,
  access: publishableAccess,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'topics', 'organization', '_status', 'publishedAt', 'updatedAt'],
    listSearchableFields: ['title', 'subtitle', 'summary'],
    group: { zh: '内容', en: 'Content' },
    components: importableAdminComponents,
  },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, label: { zh: '标题', en: 'Title' } },
    { name: 'subtitle', type: 'text', maxLength: 200, label: { zh: '副题', en: 'Subtitle' } },
    summaryField,
    coverField(),
    bylinesField,
    { name: 'body', type: 'richText', editor: richTextEditor, label: { zh: '正文', en: 'Body' } },
    sourceField,
    creditsField,
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '头条（首页重点展示）', en: 'Lead story' },
      admin: { position: 'sidebar' },
    },
    ...reviewFields,
    ...wechatFields,
    slugField('title'),
    publishedAtField,
    importHashField,
    topicsField,
    organizationField(),
    adoptedByField(),
    adaptedFromField(),
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
  endpoints: [signoffEndpoint(ARTICLES), ...wechatEndpoints(ARTICLES), importNewspaperEndpoint],
  hooks: publishableHooks,
  versions: publishableVersions,
}
