/**
 * The few Lexical nodes an imported body needs, in the JSON shape Payload's richtext-lexical stores
 * (what the editor's `exportJSON()` produces): paragraphs, h2 headings, and blocks of the
 * BlocksFeature (`{ type: 'block', version: 2, fields: { id, blockName, blockType, … } }`).
 */
import { randomBytes } from 'node:crypto'

type TextNode = { type: 'text'; text: string; format: 0; detail: 0; mode: 'normal'; style: ''; version: 1 }
type ElementBase = { direction: 'ltr'; format: ''; indent: 0; version: 1 }
export type ParagraphNode = ElementBase & { type: 'paragraph'; children: TextNode[]; textFormat: 0; textStyle: '' }
export type HeadingNode = ElementBase & { type: 'heading'; tag: 'h2' | 'h3'; children: TextNode[] }
export type BlockNode = { type: 'block'; version: 2; format: ''; fields: { id: string; blockName: ''; blockType: string } & Record<string, unknown> }
export type TopNode = ParagraphNode | HeadingNode | BlockNode

export type RichTextValue = {
  root: { type: 'root'; children: TopNode[]; direction: 'ltr'; format: ''; indent: 0; version: 1 }
}

const element = { direction: 'ltr', format: '', indent: 0, version: 1 } as const

const textNode = (text: string): TextNode => ({ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })

export const paragraphNode = (text: string): ParagraphNode => ({ type: 'paragraph', children: [textNode(text)], ...element, textFormat: 0, textStyle: '' })

export const headingNode = (text: string, tag: 'h2' | 'h3' = 'h2'): HeadingNode => ({ type: 'heading', tag, children: [textNode(text)], ...element })

/** A 24-hex-digit id, the form the editor gives blocks. */
export function objectId(): string {
  return Math.floor(Date.now() / 1000).toString(16).padStart(8, '0') + randomBytes(8).toString('hex')
}

export const blockNode = (blockType: string, fields: Record<string, unknown>): BlockNode => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { ...fields, id: objectId(), blockName: '', blockType },
})

export const richTextValue = (children: TopNode[]): RichTextValue => ({
  root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 },
})
