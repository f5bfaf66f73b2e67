import type { Field } from 'payload'

import { USERS } from '../../collections/slugs'
import { isStaffField } from '../access'

/**
 * Set in `req.context` by the push (push.ts) for the save that records its draft: the only save
 * that may write `wechat`. Server code alone sets req.context; no request can.
 */
export const WECHAT_RECORD = 'wechatRecord'

/** WeChat's limit on a draft's title (draft/add `title`), in characters. */
export const WECHAT_TITLE_MAX = 32

/**
 * Fields every publishable kind carries for the WeChat channel (src/wechat/README.md):
 * `shortTitle`, written by editors, used when the title is over WeChat's 32 characters; `wechat`,
 * where a push to the draft box records the draft it made (a failed push records nothing: the
 * editor is told why, and pushing again continues). `wechat` is written only by the server (a push):
 * whatever a client sends for it is ignored, like the review log.
 */
export const wechatFields: Field[] = [
  {
    name: 'shortTitle',
    type: 'text',
    maxLength: WECHAT_TITLE_MAX,
    label: { zh: '短标题（公众号）', en: 'Short title (WeChat)' },
    admin: {
      position: 'sidebar',
      description: { zh: `公众号标题最多 ${WECHAT_TITLE_MAX} 个字；标题更长时推送用这里的短标题。`, en: `WeChat titles are at most ${WECHAT_TITLE_MAX} characters; used when the title is longer.` },
    },
  },
  {
    name: 'wechat',
    type: 'group',
    label: { zh: '公众号草稿', en: 'WeChat draft' },
    access: { read: isStaffField, create: () => false, update: ({ req }) => req.context?.[WECHAT_RECORD] === true },
    admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.wechat?.mediaId) },
    fields: [
      { name: 'mediaId', type: 'text', label: { zh: '草稿 media_id', en: 'Draft media_id' } },
      { name: 'pushedAt', type: 'date', label: { zh: '推送时间', en: 'Pushed at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'pushedBy', type: 'relationship', relationTo: USERS, label: { zh: '推送人', en: 'Pushed by' } },
      {
        name: 'state',
        type: 'select',
        label: { zh: '状态', en: 'State' },
        options: [
          { value: 'created', label: { zh: '已存入草稿箱', en: 'In the draft box' } },
          { value: 'updated', label: { zh: '草稿已更新', en: 'Draft updated' } },
        ],
      },
    ],
  },
]
