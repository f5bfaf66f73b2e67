import {
  BlocksFeature,
  BlockquoteFeature,
  BoldFeature,
  FixedToolbarFeature,
  HeadingFeature,
  HorizontalRuleFeature,
  InlineToolbarFeature,
  ItalicFeature,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  StrikethroughFeature,
  UnderlineFeature,
  UnorderedListFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import type { TextFieldSingleValidation } from 'payload'

import { ARTICLES, GALLERIES, MODEL_WORKERS, VIDEO_CAMPAIGNS, YEARLY_REVIEWS } from '../../collections/slugs'
import { isAllowedLinkURL } from '../lib/url'
import { RICH_TEXT_BLOCKS } from './blocks'

const validateLinkURL: TextFieldSingleValidation = (value, { siblingData }) => {
  if ((siblingData as { linkType?: string }).linkType === 'internal') return true
  if (!value) return '请填写链接地址。'
  return isAllowedLinkURL(value) ? true : '链接只能是 http://、https:// 或 mailto: 开头的地址。'
}

/**
 * The one rich-text editor used for article bodies, biographies and review sections: headings,
 * lists, quotes, safe links and the project's blocks. Plain image uploads are left out on purpose:
 * photos go in through the photo block so they always carry a caption and credit.
 */
export const richTextEditor = lexicalEditor({
  features: [
    ParagraphFeature(),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    BoldFeature(),
    ItalicFeature(),
    UnderlineFeature(),
    StrikethroughFeature(),
    UnorderedListFeature(),
    OrderedListFeature(),
    BlockquoteFeature(),
    HorizontalRuleFeature(),
    LinkFeature({
      enabledCollections: [ARTICLES, MODEL_WORKERS, GALLERIES, VIDEO_CAMPAIGNS, YEARLY_REVIEWS],
      fields: ({ defaultFields }) =>
        defaultFields.map((field) =>
          field.name === 'url' ? ({ ...field, validate: validateLinkURL } as typeof field) : field,
        ),
    }),
    BlocksFeature({ blocks: RICH_TEXT_BLOCKS }),
    FixedToolbarFeature(),
    InlineToolbarFeature(),
  ],
})
