/**
 * HTML → the lines the newspaper parser reads, with the photos that stood between them. Shared by
 * Word (mammoth's HTML) and saved web pages (readability's article).
 *
 * Headings become `# ` (the headline) and `## ` (section headings), the parser's own marks; a short
 * paragraph that is bold throughout — how correspondents mark headings in Word — counts as one.
 * Lists and table rows become one line each (a row's cells joined by an ideographic space). Scripts,
 * styles, forms and embedded frames are never read. A photo's caption is its `<figcaption>`, or the
 * short line right under it (or a caption-like line right above it); that line leaves the text, so
 * it is not also a paragraph.
 */
import { parseHTML } from 'linkedom'

import { parseBylineLine } from '../bylines'
import { looksLikeCaption, splitCredit, type RawImage } from './images'

export type FlowItem =
  | { type: 'title' | 'heading' | 'para'; text: string; bold: boolean; caption?: boolean }
  | { type: 'image'; src: string; alt: string | null; caption: string | null }

const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'HEAD', 'TITLE', 'META', 'LINK',
  'BUTTON', 'FORM', 'INPUT', 'SELECT', 'TEXTAREA', 'CANVAS', 'VIDEO', 'AUDIO', 'NAV',
])
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'TABLE', 'THEAD', 'TBODY',
  'TFOOT', 'CAPTION', 'PRE', 'DL', 'DT', 'DD', 'HR', 'CENTER', 'ADDRESS', 'FIGCAPTION', 'BODY', 'HTML',
])
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6'])

type El = { tagName: string; childNodes: ArrayLike<Node>; getAttribute(name: string): string | null; textContent: string | null }
type Node = { nodeType: number; nodeName: string; textContent: string | null }

/** The blocks of an HTML document or fragment, in reading order. */
export function readFlow(html: string): FlowItem[] {
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`)
  const items: FlowItem[] = []
  let buf = ''
  let chars = 0
  let boldChars = 0
  let captionClass = false
  /** Inside a table row or list: inner paragraphs do not end the line. */
  let inline = 0

  const flush = (type: 'title' | 'heading' | 'para' = 'para') => {
    const text = buf
      .split('\n')
      .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
      .filter(Boolean)
      .join('\n')
    if (text) items.push({ type, text, bold: chars > 0 && boldChars >= chars * 0.9, ...(captionClass ? { caption: true } : {}) })
    buf = ''
    chars = 0
    boldChars = 0
    captionClass = false
  }

  const walk = (node: Node, bold: boolean) => {
    if (node.nodeType === 3) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ')
      buf += text
      const n = text.replace(/\s/g, '').length
      chars += n
      if (bold) boldChars += n
      return
    }
    if (node.nodeType !== 1) return
    const el = node as unknown as El
    const tag = el.tagName.toUpperCase()
    if (SKIP.has(tag)) return
    const children = () => Array.from(el.childNodes).forEach((c) => walk(c, bold || tag === 'STRONG' || tag === 'B'))
    if (tag === 'BR') buf += '\n'
    else if (tag === 'IMG') {
      flush()
      // (A lazy-loading page — a WeChat article — keeps the photo's address in data-src until it is
      // scrolled to, its src a blank placeholder: the address says which photo stood there.)
      const src = el.getAttribute('src') ?? ''
      const lazy = ['data-src', 'data-original', 'data-lazy-src', 'data-actualsrc'].map((a) => el.getAttribute(a)).find((v) => v && !v.startsWith('data:'))
      const placeholder = !src || /^data:image\/(?:svg\+xml|gif)/i.test(src) || (src.startsWith('data:') && !/;base64,/.test(src))
      items.push({ type: 'image', src: placeholder && lazy ? lazy : src, alt: el.getAttribute('alt'), caption: null })
    } else if (HEADINGS.has(tag)) {
      flush()
      children()
      flush(tag === 'H1' ? 'title' : 'heading')
    } else if (tag === 'TR') {
      if (!inline) flush()
      inline++
      for (const cell of Array.from(el.childNodes)) {
        walk(cell, bold)
        if (buf.trim()) buf = buf.trimEnd() + '\u3000'
      }
      inline--
      buf = buf.trimEnd() + '\n'
    } else if (tag === 'TABLE' || tag === 'UL' || tag === 'OL') {
      // One block, a line per row or item: the parser reads it as prose, not as a run of captions.
      if (!inline) flush()
      if (tag === 'OL') {
        let n = 0
        for (const child of Array.from(el.childNodes)) {
          if (child.nodeName.toUpperCase() === 'LI') (child as unknown as { setAttribute(k: string, v: string): void }).setAttribute('data-n', String(++n))
        }
      }
      inline++
      children()
      inline--
      if (!inline) flush()
    } else if (tag === 'LI') {
      buf = buf.trimEnd() + (buf.trim() ? '\n' : '')
      if (el.getAttribute('data-n')) buf += `${el.getAttribute('data-n')}. `
      inline++
      children()
      inline--
    } else if (inline && BLOCK.has(tag)) {
      children()
      if (tag !== 'TD' && tag !== 'TH') buf += ' '
    } else if (tag === 'FIGURE') {
      flush()
      const start = items.length
      let caption: string | null = null
      for (const child of Array.from(el.childNodes)) {
        if (child.nodeName.toUpperCase() === 'FIGCAPTION') caption = (child.textContent ?? '').replace(/\s+/g, ' ').trim() || null
        else walk(child, bold)
      }
      flush()
      const image = items.slice(start).find((i) => i.type === 'image')
      if (image && image.type === 'image') image.caption = caption
      else if (caption) items.push({ type: 'para', text: caption, bold: false })
    } else if (BLOCK.has(tag)) {
      flush()
      if (tag === 'P' && /\bcaption\b/.test(el.getAttribute('class') ?? '')) captionClass = true
      children()
      flush()
    } else children()
  }
  walk(document.body as unknown as Node, false)
  flush()
  return items
}

export type FlowText = {
  /** Text for the parser: one line per block, blank lines between. */
  text: string
  /** The photos with their caption and the line they followed (sources still to resolve). */
  images: (Omit<RawImage, 'data' | 'file'> & { src: string; alt: string | null })[]
}

const shortLine = (text: string) => [...text].length <= 60 && !text.includes('\n')
const isByline = (text: string) => {
  try {
    return parseBylineLine(text) !== null
  } catch {
    return false
  }
}

/** The flow as parser text, captions taken out and kept with their photos. */
export function flowToText(items: FlowItem[], options: { title?: string | null } = {}): FlowText {
  const lines: string[] = []
  const images: FlowText['images'] = []
  const used = new Set<number>()
  /** Captions found for photos side by side, by the photo's index. */
  const shared = new Map<number, string>()
  let headline = items.some((i) => i.type === 'title')
  let last: string | null = null

  // A saved page: Readability turns the article's <h1> into <h2>; the heading the page's title
  // starts with is the headline. Otherwise the title, without its ` - 网站名` tail, stands above.
  let promote = -1
  if (options.title && !headline) {
    const title = options.title.replace(/\s+/g, '')
    const first = items.findIndex((i) => i.type !== 'image')
    const firstItem = items[first]
    const firstText = firstItem && firstItem.type !== 'image' ? firstItem.text.replace(/\s+/g, '') : ''
    if (firstItem?.type === 'heading' && title.includes(firstText)) promote = first
    else if (firstText !== title) {
      const cut = /^(.{4,}?)\s*[-_|–—]\s*[^-_|–—]{2,20}$/.exec(options.title.trim())
      lines.push(`# ${(cut?.[1] ?? options.title).trim()}`)
      last = lines[0]!.slice(2)
    }
    headline = true
  }

  items.forEach((item, i) => {
    if (used.has(i)) return
    if (item.type === 'image') {
      let caption = item.caption ?? shared.get(i) ?? null
      const next = items[i + 1]
      const prev = items[i - 1]
      if (!caption && items[i - 1]?.type !== 'image' && next?.type === 'image') {
        // Photos side by side (a row of a table) with their captions in the next row, cell by cell.
        let end = i
        while (items[end + 1]?.type === 'image') end++
        const row = items[end + 1]
        const cells = row?.type === 'para' ? row.text.split(/\u3000+/).map((c) => c.trim()).filter(Boolean) : []
        if (cells.length === end - i + 1 && cells.every((c) => looksLikeCaption(c) || shortLine(c))) {
          cells.forEach((c, k) => shared.set(i + k, c))
          used.add(end + 1)
          caption = cells[0]!
        }
      }
      const nextFree = next?.type === 'para' && !used.has(i + 1) ? next : null
      const prevCaption = prev?.type === 'para' && (prev.caption || looksLikeCaption(prev.text)) && lines.at(-1) === prev.text ? prev : null
      // Under the photo a line marked as a caption; else one above it marked so; else a short line under it.
      if (!caption && nextFree && (nextFree.caption || looksLikeCaption(nextFree.text))) {
        caption = nextFree.text
        used.add(i + 1)
      } else if (!caption && prevCaption) {
        caption = prevCaption.text
        lines.pop()
        last = lines.at(-1)?.replace(/^#+ /, '') ?? null
      } else if (!caption && nextFree && shortLine(nextFree.text) && !isByline(nextFree.text)) {
        caption = nextFree.text
        used.add(i + 1)
      }
      const split = caption ? splitCredit(caption) : null
      images.push({ src: item.src, alt: item.alt, caption: split?.caption || null, credit: split?.credit ?? null, after: last })
      return
    }
    let text = item.text
    if (i === promote) text = `# ${text}`
    else if (item.type === 'title') {
      text = lines.some((l) => l.startsWith('# ')) ? `## ${text}` : `# ${text}`
    } else if (item.type === 'heading') text = `## ${text}`
    else if (item.bold && shortLine(item.text) && !/[。！？；]$/.test(item.text)) {
      // A bold line: the headline when it comes first, a section heading later.
      text = headline ? `## ${text}` : `# ${text}`
      headline = true
    }
    if (!headline && item.type === 'para' && i === items.findIndex((x) => x.type !== 'image')) headline = true
    lines.push(text)
    last = item.text
  })
  return { text: lines.join('\n\n') + '\n', images }
}
