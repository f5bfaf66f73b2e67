import type { CollectionConfig } from 'payload'

import { federationReviewsProfiles } from '../src/access/shared'
import { adoptedByField, organizationField, publishedAtField, regionField, seoField } from '../src/fields/common'
import { adaptedFromField } from '../src/federation/fields'
import { RECIPIENT_TYPES } from '../src/fields/options'
import { createdByField, publishableAccess, publishableAdminComponents, publishableHooks, publishableVersions, reviewFields, relatedField } from '../src/fields/publishable'
import { slugField } from '../src/fields/slug'
import { KINDS } from '../src/kinds'
import { wechatEndpoints } from '../src/wechat/endpoints'
import { wechatFields } from '../src/wechat/fields'
import { signoffEndpoint } from '../src/workflow/signoff'
import { flagPossibleDuplicate } from '../src/records/duplicates'
import { mergeEndpoint } from '../src/records/endpoints'
import { richTextEditor } from '../src/richtext/editor'
import { ARTICLES, HONORS, MEDIA, MODEL_WORKERS } from './slugs'

/**
 * Profiles of model workers and craftsmen (劳模、工匠), or of a collective (a team holding 工人先锋号).
 * The model has no phone or ID-number fields on purpose: profiles are public.
 */
export const ModelWorkers: CollectionConfig = {
  slug: MODEL_WORKERS,
  labels: KINDS[MODEL_WORKERS].labels,
  access: publishableAccess,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'employer', 'position', '_status', 'updatedAt'],
    listSearchableFields: ['name', 'employer', 'position'],
    group: { zh: '内容', en: 'Content' },
    components: {
      ...publishableAdminComponents,
      edit: {
        ...publishableAdminComponents?.edit,
        // 「合并到保留档案」 on a profile marked as a possible duplicate (src/records).
        beforeDocumentControls: [...(publishableAdminComponents?.edit?.beforeDocumentControls ?? []), '/src/records/admin/MergeButton#MergeButton'],
      },
    },
  },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 100, label: { zh: '姓名 / 集体名称', en: 'Name' } },
    {
      name: 'kind',
      type: 'radio',
      required: true,
      defaultValue: 'individual',
      options: RECIPIENT_TYPES,
      label: { zh: '类型', en: 'Kind' },
      admin: { layout: 'horizontal' },
    },
    { name: 'portrait', type: 'upload', relationTo: MEDIA, label: { zh: '肖像 / 集体照', en: 'Portrait' } },
    {
      type: 'row',
      fields: [
        { name: 'employer', type: 'text', label: { zh: '工作单位', en: 'Employer' } },
        { name: 'position', type: 'text', label: { zh: '岗位 / 工种', en: 'Position / trade' }, admin: { placeholder: '例如：高级焊工' } },
      ],
    },
    regionField,
    {
      name: 'honors',
      type: 'array',
      label: { zh: '所获荣誉', en: 'Honors' },
      labels: { singular: { zh: '荣誉', en: 'Honor' }, plural: { zh: '荣誉', en: 'Honors' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'honor', type: 'relationship', relationTo: HONORS, required: true, label: { zh: '荣誉', en: 'Honor' }, admin: { width: '50%' } },
            { name: 'year', type: 'number', min: 1949, max: 2100, label: { zh: '年份', en: 'Year' }, admin: { width: '20%' } },
            { name: 'note', type: 'text', label: { zh: '备注', en: 'Note' }, admin: { width: '30%' } },
          ],
        },
      ],
    },
    {
      name: 'innovationStudio',
      type: 'group',
      label: { zh: '劳模（工匠）创新工作室', en: 'Innovation studio' },
      fields: [
        { name: 'name', type: 'text', label: { zh: '工作室名称', en: 'Name' } },
        { name: 'description', type: 'textarea', label: { zh: '工作室简介', en: 'Description' } },
      ],
    },
    { name: 'biography', type: 'richText', editor: richTextEditor, label: { zh: '事迹介绍', en: 'Biography' } },
    { name: 'quote', type: 'textarea', maxLength: 300, label: { zh: '人物语录', en: 'Quote' } },
    relatedField('relatedArticles', ARTICLES, '相关报道', 'Related articles'),
    {
      name: 'publicationConsent',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '本人（单位）已同意公开发布', en: 'Consent to publication given' },
      admin: {
        position: 'sidebar',
        description: { zh: '发布前必须取得本人或所在单位同意。', en: 'Required before the profile can be published.' },
      },
      validate: (value: unknown, { data }: { data: Partial<{ _status: string }> }) =>
        data?._status === 'published' && value !== true
          ? '发布劳模工匠资料前，须取得本人（集体为所在单位）同意，并勾选“已同意公开发布”。'
          : true,
    },
    ...reviewFields,
    ...wechatFields,
    slugField('name'),
    publishedAtField,
    {
      // One record per person (src/records/duplicates.ts): set by a proposer who confirms, cleared
      // by the federation's editors or by a merge.
      name: 'possibleDuplicateOf',
      type: 'relationship',
      relationTo: MODEL_WORKERS,
      label: { zh: '可能重复', en: 'Possible duplicate of' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      admin: {
        position: 'sidebar',
        description: {
          zh: '与已有档案可能是同一人时，选择那份档案后保存；上级总工会的编辑将决定合并或清空此项。标记为可能重复的档案不能发布。',
          en: 'The existing profile this one may duplicate; the federation decides (merge or clear).',
        },
      },
    },
    organizationField(),
    adoptedByField(),
    adaptedFromField(),
    createdByField,
    seoField,
  ],
  endpoints: [signoffEndpoint(MODEL_WORKERS), ...wechatEndpoints(MODEL_WORKERS), mergeEndpoint],
  hooks: {
    ...publishableHooks,
    // Shared records (issue 17): the federation reviews proposals before the chain judges the save;
    // a proposal naming a person already on file is flagged after it.
    beforeChange: [federationReviewsProfiles, ...(publishableHooks?.beforeChange ?? []), flagPossibleDuplicate],
  },
  versions: publishableVersions,
}
