import type { CollectionConfig, Field } from 'payload'

import { USERS } from '../../collections/slugs'
import { isEditorOrAbove, isStaff, isStaffField, PUBLISHED_ONLY, publishedOrStaff } from '../access'
import { assignCreatorUnit, keepRecordUnitInStep, withinReach } from '../access/units'
import { requireAltOnPublish } from '../media/requireAltOnPublish'
import { syncLiveMediaOnChange, syncLiveMediaOnDelete } from '../media/usage'
import { queuePublishOnChange, queuePublishOnDelete } from '../publish/queue'
import { enforceReviewChain, keepCreatedBy, refuseDeletingLive, rememberDraftFlag } from '../workflow/enforceReviewChain'

export { reviewFields } from '../workflow/fields'

/**
 * Access shared by the publishable collections: anonymous readers see published documents only,
 * staff create and edit, editors and above delete — each within their units (src/access/units.ts:
 * published documents stay readable by everyone, drafts and versions only within the unit and the
 * units above it; create is judged on the unit sent, in the review chain's hook). The review
 * workflow narrows these per stage.
 */
export const publishableAccess: CollectionConfig['access'] = {
  read: withinReach(publishedOrStaff, { open: PUBLISHED_ONLY }),
  readVersions: withinReach(isStaff, { field: 'version.organization' }),
  create: isStaff,
  update: withinReach(isStaff),
  delete: withinReach(isEditorOrAbove),
}

/** Drafts, scheduled publishing and a version history for every publishable collection. */
export const publishableVersions: CollectionConfig['versions'] = {
  drafts: { schedulePublish: true },
  maxPerDoc: 100,
}

/** Admin parts shared by the publishable collections: the publish button only for 终审/admins. */
export const publishableAdminComponents: NonNullable<CollectionConfig['admin']>['components'] = {
  edit: {
    PublishButton: '/src/workflow/admin/PublishButton#PublishButton',
    // 「公众号」: preview at phone width, copy for WeChat's editor, push to the draft box (src/wechat).
    // 「报送上级」: a published piece to the unit above (src/federation).
    beforeDocumentControls: ['/src/wechat/admin/WeChatButton#WeChatButton', '/src/federation/admin/SubmitButton#SubmitButton'],
  },
}

/** Articles and yearly reviews also offer 「导入稿件」 (text, Word, PDF, saved web pages) above their list. */
export const importableAdminComponents: NonNullable<CollectionConfig['admin']>['components'] = {
  ...publishableAdminComponents,
  beforeListTable: ['/src/admin/ImportNewspaper#ImportNewspaper'],
}

/** Checks every publishable collection runs before a save. */
export const publishableHooks: CollectionConfig['hooks'] = {
  beforeOperation: [rememberDraftFlag],
  // A new piece without a unit is the writer's unit's (src/access/units.ts).
  beforeValidate: [assignCreatorUnit],
  // The review chain decides first; only an allowed publish goes on to the photo checks.
  beforeChange: [enforceReviewChain, requireAltOnPublish],
  // The public site follows: publishing, editing a live document or unpublishing queues a publish.
  beforeDelete: [refuseDeletingLive],
  afterChange: [keepRecordUnitInStep, queuePublishOnChange, syncLiveMediaOnChange],
  afterDelete: [queuePublishOnDelete, syncLiveMediaOnDelete],
}

/**
 * Who created the document (the author the review chain and the sign-off sheet's 录入人 rely on).
 * Set once by the server on create — the logged-in user, or what a system call (seed, importer)
 * passes — and never changed by a request afterwards, whoever sends it (REST, GraphQL, admin).
 */
export const createdByField: Field = {
  name: 'createdBy',
  type: 'relationship',
  relationTo: USERS,
  label: { zh: '创建人', en: 'Created by' },
  index: true,
  access: { read: isStaffField },
  admin: { position: 'sidebar', readOnly: true },
  hooks: { beforeChange: [keepCreatedBy] },
}

/** Relationship to other publishable documents, shown in the sidebar. */
export const relatedField = (name: string, relationTo: string, zh: string, en: string): Field => ({
  name,
  type: 'relationship',
  relationTo: relationTo as never,
  hasMany: true,
  label: { zh, en },
})
