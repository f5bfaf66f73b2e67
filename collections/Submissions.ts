import type { CollectionConfig } from 'payload'

import { noOne, readSubmissions, writeSubmissions } from '../src/federation/access'
import { submissionEndpoints } from '../src/federation/endpoints'
import { STATUS_LABELS, SUBMISSION_STATUSES } from '../src/federation/rules'
import { ORGANIZATIONS, PUBLISHABLE, SUBMISSIONS, USERS } from './slugs'

/**
 * 报送与来稿 (issue 17): one record per piece a unit sends up to the unit above, and what that unit
 * did with it. Written only by the actions of src/federation (README there): the fields are
 * read-only here, and Payload's create/update/delete routes refuse everyone.
 */
export const Submissions: CollectionConfig = {
  slug: SUBMISSIONS,
  labels: { singular: { zh: '报送稿件', en: 'Submission' }, plural: { zh: '报送与来稿', en: 'Submissions' } },
  access: { read: readSubmissions, create: writeSubmissions, update: writeSubmissions, delete: noOne },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'fromUnit', 'toUnit', 'submittedBy', 'submittedAt', 'decidedBy'],
    listSearchableFields: ['title'],
    group: { zh: '稿件', en: 'Content' },
    // In the navigation for users in a unit (a federation gives every account one); a single office
    // without units sees no change.
    hidden: ({ user }) => !(user as { organization?: unknown } | null)?.organization,
    description: { zh: '来稿：下级单位报送给本单位、等待采用的稿件（按「状态：待处理」筛选）；报送：本单位报送给上级单位的稿件及其处理结果。', en: 'Pieces sent up to the unit above, and what it did with them.' },
    components: { beforeListTable: ['/src/federation/admin/SubmissionsHelp#SubmissionsHelp'] },
  },
  defaultSort: '-submittedAt',
  endpoints: submissionEndpoints,
  fields: [
    { name: 'title', type: 'text', label: { zh: '稿件标题', en: 'Title' }, admin: { readOnly: true } },
    {
      name: 'document',
      type: 'relationship',
      relationTo: [...PUBLISHABLE],
      // Not required: a piece deleted later leaves its submission on record (declined, as history).
      label: { zh: '报送稿件（原稿）', en: 'Piece' },
      admin: { readOnly: true },
    },
    // `<collection>:<id>` of the piece: one indexed text to find a piece's submissions on every database.
    { name: 'documentKey', type: 'text', index: true, admin: { hidden: true } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: SUBMISSION_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
      label: { zh: '状态', en: 'Status' },
      admin: { readOnly: true, position: 'sidebar', components: { Field: '/src/federation/admin/SubmissionActions#SubmissionActions' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'fromUnit', type: 'relationship', relationTo: ORGANIZATIONS, required: true, index: true, label: { zh: '报送单位', en: 'From' }, admin: { readOnly: true, width: '50%' } },
        { name: 'toUnit', type: 'relationship', relationTo: ORGANIZATIONS, required: true, index: true, label: { zh: '接收单位', en: 'To' }, admin: { readOnly: true, width: '50%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'submittedBy', type: 'relationship', relationTo: USERS, label: { zh: '报送人', en: 'Submitted by' }, admin: { readOnly: true, width: '50%' } },
        { name: 'submittedAt', type: 'date', index: true, label: { zh: '报送时间', en: 'Submitted at' }, admin: { readOnly: true, width: '50%', date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } } },
      ],
    },
    { name: 'message', type: 'textarea', label: { zh: '报送说明', en: 'Note' }, admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        // Shown once decided: empty, a read-only relationship would read 「选择一个值」.
        { name: 'decidedBy', type: 'relationship', relationTo: USERS, label: { zh: '处理人', en: 'Decided by' }, admin: { readOnly: true, width: '50%', condition: (data) => Boolean(data?.decidedBy) } },
        { name: 'decidedAt', type: 'date', label: { zh: '处理时间', en: 'Decided at' }, admin: { readOnly: true, width: '50%', condition: (data) => Boolean(data?.decidedAt), date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } } },
      ],
    },
    { name: 'comment', type: 'textarea', label: { zh: '处理意见（退稿意见）', en: 'Comment' }, admin: { readOnly: true } },
    {
      name: 'copy',
      type: 'relationship',
      relationTo: [...PUBLISHABLE],
      label: { zh: '改编稿（上级单位的稿件）', en: 'Adapted copy' },
      admin: { readOnly: true, condition: (data) => Boolean(data?.copy) },
    },
  ],
}
