import type { Field } from 'payload'

import { USERS } from '../../collections/slugs'
import { isStaffField } from '../access'
import { PROOF_PASSES, STAGE_LABELS, STAGES } from './stages'

const stageOptions = STAGES.map((value) => ({ value, label: STAGE_LABELS[value] }))

/**
 * Review-chain fields added to every publishable collection. `reviewLog` is written only by the
 * server (see enforceReviewChain): whatever a client sends for it is ignored.
 */
export const reviewFields: Field[] = [
  {
    name: 'reviewStage',
    type: 'select',
    required: true,
    defaultValue: 'draft',
    index: true,
    options: stageOptions,
    label: { zh: '审核阶段', en: 'Review stage' },
    admin: {
      position: 'sidebar',
      components: { Field: '/src/workflow/admin/ReviewPanel#ReviewPanel' },
    },
  },
  {
    name: 'reviewComment',
    type: 'textarea',
    label: { zh: '审核意见', en: 'Review comment' },
    access: { read: isStaffField },
    admin: { hidden: true },
  },
  {
    name: 'proofPass',
    type: 'select',
    options: Object.entries(PROOF_PASSES).map(([value, zh]) => ({ value, label: zh })),
    label: { zh: '校次', en: 'Proofreading pass' },
    access: { read: isStaffField },
    admin: { hidden: true },
  },
  {
    name: 'reviewLog',
    type: 'array',
    label: { zh: '审签记录', en: 'Review log' },
    labels: { singular: { zh: '记录', en: 'Entry' }, plural: { zh: '审签记录', en: 'Review log' } },
    admin: { readOnly: true, initCollapsed: true, components: { Field: '/src/workflow/admin/ReviewLog#ReviewLog' } },
    // Reviewers' names and comments are internal: anonymous API readers never see them.
    access: { read: isStaffField, create: () => false, update: () => false },
    fields: [
      { name: 'action', type: 'text', label: { zh: '操作', en: 'Action' } },
      { name: 'from', type: 'select', options: stageOptions, label: { zh: '原阶段', en: 'From' } },
      { name: 'to', type: 'select', options: stageOptions, label: { zh: '新阶段', en: 'To' } },
      { name: 'user', type: 'relationship', relationTo: USERS, label: { zh: '操作人', en: 'User' } },
      { name: 'userName', type: 'text', label: { zh: '操作人姓名', en: 'User name' } },
      { name: 'role', type: 'text', label: { zh: '身份', en: 'Role' } },
      { name: 'at', type: 'date', label: { zh: '时间', en: 'Time' } },
      { name: 'comment', type: 'textarea', label: { zh: '意见', en: 'Comment' } },
      { name: 'proofPass', type: 'text', label: { zh: '校次', en: 'Proofreading pass' } },
      { name: 'warnings', type: 'textarea', label: { zh: '敏感词提示', en: 'Word warnings' } },
    ],
  },
]
