// Test data builders: Lexical rich-text documents, generated images, and the smallest valid
// document of each publishable collection.
import sharp from 'sharp'

/** Document ids: numbers on SQLite, strings on MongoDB. */
export type ID = number | string

type LexicalNode = Record<string, unknown>

export function textNode(text: string): LexicalNode {
  return { type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }
}

export function paragraph(...children: LexicalNode[]): LexicalNode {
  return { type: 'paragraph', children, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', version: 1 }
}

export function heading(tag: 'h2' | 'h3' | 'h4', text: string): LexicalNode {
  return { type: 'heading', tag, children: [textNode(text)], direction: 'ltr', format: '', indent: 0, version: 1 }
}

/** A rich-text block node (`blockType` is the block slug, e.g. `pullQuote`). */
export function blockNode(blockType: string, fields: Record<string, unknown>, id = randomBlockId()): LexicalNode {
  return { type: 'block', fields: { id, blockName: '', blockType, ...fields }, format: '', version: 2 }
}

/** An external link around `text`. */
export function linkNode(url: string, text: string): LexicalNode {
  return {
    type: 'link',
    fields: { linkType: 'custom', url, newTab: false },
    children: [textNode(text)],
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 3,
    id: randomBlockId(),
  }
}

export type RichText = {
  root: {
    type: string
    children: { type: unknown; version: number; [k: string]: unknown }[]
    direction: 'ltr' | 'rtl' | null
    format: '' | 'left' | 'start' | 'center' | 'right' | 'end' | 'justify'
    indent: number
    version: number
  }
  [k: string]: unknown
}

export function richText(...children: LexicalNode[]): RichText {
  return {
    root: {
      type: 'root',
      children: children as RichText['root']['children'],
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
    },
  }
}

function randomBlockId(): string {
  return Math.random().toString(16).slice(2, 14).padEnd(12, '0') + Math.random().toString(16).slice(2, 14).padEnd(12, '0')
}

/** All text of a Lexical document, in order. */
export function plainText(value: unknown): string {
  const parts: string[] = []
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    const n = node as { text?: unknown; children?: unknown[]; root?: unknown }
    if (typeof n.text === 'string') parts.push(n.text)
    if (n.root) walk(n.root)
    if (Array.isArray(n.children)) n.children.forEach(walk)
  }
  walk(value)
  return parts.join('')
}

/** A PNG of the given size, generated with sharp (a plain colour with a lighter band). */
export async function pngFile(width: number, height: number, name = 'photo.png') {
  const band = await sharp({
    create: { width, height: Math.max(1, Math.round(height / 4)), channels: 3, background: { r: 250, g: 220, b: 120 } },
  })
    .png()
    .toBuffer()
  const data = await sharp({ create: { width, height, channels: 3, background: { r: 190, g: 30, b: 45 } } })
    .composite([{ input: band, top: Math.round(height / 3), left: 0 }])
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name, size: data.length }
}

/** A small SVG with a script in it: the kind of file the media library must refuse. */
export function svgFile(name = 'logo.svg') {
  const data = Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>',
  )
  return { data, mimetype: 'image/svg+xml', name, size: data.length }
}

/** A Bilibili link the video checks accept. */
export const BILIBILI_URL = 'https://www.bilibili.com/video/BV1GJ411x7h7/'
export const YOUTUBE_URL = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'
