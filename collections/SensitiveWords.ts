import type { CollectionConfig } from 'payload'

import { hasRole, isAdmin } from '../src/access'
import { SENSITIVE_WORDS } from './slugs'

/** Words and phrases checked when a document is submitted or published. */
export const SensitiveWords: CollectionConfig = {
  slug: SENSITIVE_WORDS,
  labels: { singular: { zh: '敏感词', en: 'Sensitive word' }, plural: { zh: '敏感词库', en: 'Sensitive words' } },
  access: {
    // Reviewers may read the list to understand a warning; only administrators maintain it.
    read: ({ req: { user } }) => hasRole(user, 'admin', 'chief-editor', 'editor'),
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  admin: {
    useAsTitle: 'word',
    defaultColumns: ['word', 'category', 'action', 'replacement'],
    listSearchableFields: ['word', 'replacement'],
    group: { zh: '系统', en: 'System' },
  },
  fields: [
    { name: 'word', type: 'text', required: true, unique: true, label: { zh: '词语', en: 'Word or phrase' } },
    {
      name: 'category',
      type: 'select',
      label: { zh: '类别', en: 'Category' },
      defaultValue: 'other',
      options: [
        { value: 'political', label: { zh: '政治表述', en: 'Political wording' } },
        { value: 'standard', label: { zh: '规范用语', en: 'Standard usage' } },
        { value: 'privacy', label: { zh: '个人信息', en: 'Personal data' } },
        { value: 'vulgar', label: { zh: '低俗用语', en: 'Vulgar' } },
        { value: 'advertising', label: { zh: '广告法禁用语', en: 'Advertising law' } },
        { value: 'other', label: { zh: '其他', en: 'Other' } },
      ],
    },
    {
      name: 'action',
      type: 'radio',
      required: true,
      defaultValue: 'warn',
      label: { zh: '处理方式', en: 'Action' },
      options: [
        { value: 'block', label: { zh: '禁止（不能提交、发布）', en: 'Block' } },
        { value: 'warn', label: { zh: '提示（记录并提醒审核人）', en: 'Warn' } },
      ],
      admin: { layout: 'horizontal' },
    },
    { name: 'replacement', type: 'text', label: { zh: '建议替换为', en: 'Suggested replacement' } },
    { name: 'note', type: 'textarea', label: { zh: '说明', en: 'Note' } },
  ],
}
