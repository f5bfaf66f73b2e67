/**
 * A small builder for Lexical rich-text JSON, the format Payload's `@payloadcms/richtext-lexical`
 * stores (article bodies, biographies, review sections).
 *
 * The shapes follow what the editor itself serializes (`exportJSON()` of lexical 0.x and of
 * Payload's own nodes, see node_modules/lexical, @lexical/list, @lexical/rich-text and
 * @payloadcms/richtext-lexical/dist/features/*):
 *
 * - element nodes (root, paragraph, heading, quote, list, listitem, link) carry `children`,
 *   `direction: 'ltr'`, `format: ''`, `indent: 0` and `version` (1; links are version 3);
 * - paragraphs also carry `textFormat` / `textStyle`; headings a `tag` (h2–h4 here); lists
 *   `listType`, `start` and `tag`; list items their 1-based `value`;
 * - text nodes are `{ type: 'text', text, format (bitmask), detail: 0, mode: 'normal', style: '', version: 1 }`;
 * - blocks (BlocksFeature) are `{ type: 'block', version: 2, format: '', fields: { id, blockName, blockType, …fields } }`,
 *   where `id` is a 24-hex-digit object id like the editor generates.
 */
import { randomBytes } from 'node:crypto'

import type {
  SerializedBlockNode,
  SerializedHeadingNode,
  SerializedLinkNode,
  SerializedListItemNode,
  SerializedListNode,
  SerializedParagraphNode,
  SerializedQuoteNode,
  SerializedTextNode,
} from '@payloadcms/richtext-lexical'

import type { FiguresBlock, GalleryBlock, PhotoBlock, PullQuoteBlock, VideoBlock, WorkerCardBlock } from '../../payload-types'

/** Text format bits, as in lexical's TextNode (`format` is their sum). */
export const FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8 } as const

/** Something that may stand inside a paragraph: plain text, a formatted text node or a link. */
export type Inline = string | SerializedTextNode | SerializedLinkNode

/** Any node this module builds for the top level of a document. */
export type TopLevelNode =
  | SerializedParagraphNode
  | SerializedHeadingNode
  | SerializedQuoteNode
  | SerializedListNode
  | SerializedBlockNode

/** The stored value of a rich-text field. */
export type RichText = {
  root: {
    type: 'root'
    children: TopLevelNode[]
    direction: 'ltr'
    format: ''
    indent: 0
    version: 1
  }
}

const element = { direction: 'ltr' as const, format: '' as const, indent: 0 }

export function text(value: string, format = 0): SerializedTextNode {
  return { type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 }
}

export const bold = (value: string): SerializedTextNode => text(value, FORMAT.bold)
export const italic = (value: string): SerializedTextNode => text(value, FORMAT.italic)

function inlines(children: Inline[]): (SerializedTextNode | SerializedLinkNode)[] {
  return children.filter((c) => c !== '').map((c) => (typeof c === 'string' ? text(c) : c))
}

/** A link to an outside address (http, https or mailto — the editor refuses anything else). */
export function link(label: string, url: string, newTab = true): SerializedLinkNode {
  return {
    type: 'link',
    children: [text(label)],
    ...element,
    fields: { linkType: 'custom', url, newTab },
    id: objectId(),
    version: 3,
  }
}

export function paragraph(...children: Inline[]): SerializedParagraphNode {
  const kids = inlines(children)
  const first = kids.find((k): k is SerializedTextNode => k.type === 'text')
  return { type: 'paragraph', children: kids, ...element, textFormat: first?.format ?? 0, textStyle: '', version: 1 }
}

export function heading(tag: 'h2' | 'h3' | 'h4', value: string): SerializedHeadingNode {
  return { type: 'heading', tag, children: [text(value)], ...element, version: 1 }
}

export const h2 = (value: string): SerializedHeadingNode => heading('h2', value)
export const h3 = (value: string): SerializedHeadingNode => heading('h3', value)

/** A block quotation (the editor's "quote" element, not the pull-quote block). */
export function quote(...children: Inline[]): SerializedQuoteNode {
  return { type: 'quote', children: inlines(children), ...element, version: 1 }
}

function list(kind: 'bullet' | 'number', items: (Inline | Inline[])[]): SerializedListNode {
  const children: SerializedListItemNode[] = items.map((item, i) => ({
    type: 'listitem',
    children: inlines(Array.isArray(item) ? item : [item]),
    ...element,
    checked: undefined,
    value: i + 1,
    version: 1,
  }))
  return { type: 'list', listType: kind, start: 1, tag: kind === 'bullet' ? 'ul' : 'ol', children, ...element, version: 1 }
}

export const bulletList = (...items: (Inline | Inline[])[]): SerializedListNode => list('bullet', items)
export const numberedList = (...items: (Inline | Inline[])[]): SerializedListNode => list('number', items)

/** A 24-hex-digit id, the form the editor gives blocks and links. */
export function objectId(): string {
  const seconds = Math.floor(Date.now() / 1000).toString(16).padStart(8, '0')
  return seconds + randomBytes(8).toString('hex')
}

type BlockData = { blockType: string; id?: string | null; blockName?: string | null }
type BlockInput<T extends BlockData> = Omit<T, 'id' | 'blockName' | 'blockType'>

/** A block node of the BlocksFeature; `fields` are the block's own fields. */
export function block<T extends BlockData>(blockType: T['blockType'], fields: BlockInput<T>): SerializedBlockNode {
  return {
    type: 'block',
    version: 2,
    format: '',
    fields: { ...(fields as Record<string, unknown>), id: objectId(), blockName: '', blockType } as SerializedBlockNode['fields'],
  }
}

export const photoBlock = (fields: BlockInput<PhotoBlock>) => block<PhotoBlock>('photo', fields)
export const galleryBlock = (fields: BlockInput<GalleryBlock>) => block<GalleryBlock>('gallery', fields)
export const videoBlock = (fields: BlockInput<VideoBlock>) => block<VideoBlock>('video', fields)
export const figuresBlock = (fields: BlockInput<FiguresBlock>) => block<FiguresBlock>('figures', fields)
export const workerCardBlock = (fields: BlockInput<WorkerCardBlock>) => block<WorkerCardBlock>('workerCard', fields)
export const pullQuoteBlock = (fields: BlockInput<PullQuoteBlock>) => block<PullQuoteBlock>('pullQuote', fields)

/**
 * A whole document. Strings become paragraphs, so prose can be written as a list of paragraphs
 * with headings and blocks in between.
 */
export function richText(...children: (TopLevelNode | string)[]): RichText {
  return {
    root: {
      type: 'root',
      children: children.map((c) => (typeof c === 'string' ? paragraph(c) : c)),
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
    },
  }
}

/** All text of a document, for checks and summaries. */
export function plainText(doc: { root: { children: unknown[] } }): string {
  const walk = (node: unknown): string => {
    if (!node || typeof node !== 'object') return ''
    const n = node as { text?: string; children?: unknown[] }
    if (typeof n.text === 'string') return n.text
    return Array.isArray(n.children) ? n.children.map(walk).join('') : ''
  }
  return doc.root.children.map(walk).join('\n')
}
