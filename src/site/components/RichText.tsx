import type { ReactNode } from 'react'

import type { FiguresBlock, GalleryBlock, PhotoBlock, PullQuoteBlock, VideoBlock, WorkerCardBlock } from '../../../payload-types'
import { idOf, type SiteContext } from '../context'
import { figureText } from '../format'
import { safeHref } from '../safeUrl'
import { docPath } from '../urls'
import { Figure } from './Picture'
import { GalleryGrid } from './GalleryGrid'
import { VideoPlayer } from './VideoPlayer'
import { WorkerCard } from './Cards'
import type { SiteKind } from './siteDocs'
import { BOLD, CODE, ITALIC, STRIKE, SUB, SUP, UNDERLINE, type RichTextValue } from '../../richtext/nodes'

/** The blocks the editor offers (src/richtext/editor.ts), as generated from their configs. */
type BlockFields = PhotoBlock | GalleryBlock | VideoBlock | FiguresBlock | WorkerCardBlock | PullQuoteBlock

/** A link node's fields as Payload's lexical link feature writes them. */
type LinkFields = { linkType?: 'custom' | 'internal'; url?: string | null; doc?: { relationTo: SiteKind; value: unknown } | null }

/**
 * A node of the stored Lexical JSON. The generated type of a rich-text field says only that each
 * node has a `type`; these are the properties the nodes below read. `fields` is a block's fields
 * on a 'block' node and the link's on a 'link' or 'autolink' node.
 */
type Node = {
  type?: string
  children?: Node[]
  text?: string
  format?: number | string
  tag?: string
  listType?: string
  fields?: BlockFields | LinkFields
  url?: string
}


/** The root node of a stored value, read as a `Node`: the one place the untyped JSON is given a shape. */
const rootOf = (value: RichTextValue) => value?.root as Node | undefined


function TextLeaf({ node }: { node: Node }): ReactNode {
  let out: ReactNode = node.text ?? ''
  const f = typeof node.format === 'number' ? node.format : 0
  if (f & CODE) out = <code>{out}</code>
  if (f & BOLD) out = <strong>{out}</strong>
  if (f & ITALIC) out = <em>{out}</em>
  if (f & STRIKE) out = <s>{out}</s>
  if (f & UNDERLINE) out = <u>{out}</u>
  if (f & SUB) out = <sub>{out}</sub>
  if (f & SUP) out = <sup>{out}</sup>
  return out
}

function linkHref(ctx: SiteContext, node: Node): string | null {
  const fields: LinkFields = node.fields && !('blockType' in node.fields) ? node.fields : {}
  if (fields.linkType === 'internal' && fields.doc) {
    const relationTo = fields.doc.relationTo
    const target = ctx.doc(relationTo, idOf(fields.doc.value))
    return target?.slug ? docPath(relationTo, target.slug) : null
  }
  return safeHref(fields.url ?? node.url)
}

function Children({ ctx, nodes }: { ctx: SiteContext; nodes?: Node[] }) {
  return <>{nodes?.map((child, i) => <RichNode key={i} ctx={ctx} node={child} />)}</>
}

function Block({ ctx, fields }: { ctx: SiteContext; fields: BlockFields }): ReactNode {
  switch (fields.blockType) {
    case 'photo':
      return <Figure ctx={ctx} mediaId={fields.photo} caption={fields.caption} credit={fields.credit} />
    case 'gallery': {
      const galleryId = idOf(fields.gallery)
      const gallery = galleryId !== null ? ctx.doc('galleries', galleryId) : null

      const items = (fields.photos?.length ? fields.photos : gallery?.items) ?? []
      if (!items.length) return null
      return (
        <section className="embedded-gallery">
          {gallery && (
            <h3>
              <a href={docPath('galleries', gallery.slug!)}>{gallery.title}</a>
            </h3>
          )}
          <GalleryGrid ctx={ctx} items={items} />
        </section>
      )
    }
    case 'video':
      return <VideoPlayer ctx={ctx} title={fields.title} file={fields.file} url={fields.url} poster={fields.poster} caption={fields.caption} />
    case 'figures':
      return (
        <section className="figures" aria-label={fields.heading || '数据'}>
          {fields.heading && <h3>{fields.heading}</h3>}
          <dl>
            {(fields.items ?? []).map((item, i) => (
              <div key={i}>
                <dd className="figure-value">{figureText(item)}</dd>
                <dt>{item.label}</dt>
              </div>
            ))}
          </dl>
        </section>
      )
    case 'workerCard': {
      const id = idOf(fields.worker)
      const worker = ctx.doc('model-workers', id)
      return worker ? <WorkerCard ctx={ctx} worker={worker} note={fields.note} /> : null
    }
    case 'pullQuote':
      return (
        <blockquote className="pull-quote">
          <p>{fields.quote}</p>
          {fields.attribution && <footer>—— {fields.attribution}</footer>}
        </blockquote>
      )
    default:
      return null
  }
}

export function RichNode({ ctx, node }: { ctx: SiteContext; node: Node }): ReactNode {
  switch (node.type) {
    case 'text':
      return <TextLeaf node={node} />
    case 'linebreak':
      return <br />
    case 'tab':
      return ' '
    case 'paragraph':
      return node.children?.length ? (
        <p>
          <Children ctx={ctx} nodes={node.children} />
        </p>
      ) : null
    case 'heading': {
      const Tag = (['h2', 'h3', 'h4'].includes(node.tag ?? '') ? node.tag : 'h2') as 'h2' | 'h3' | 'h4'
      return (
        <Tag>
          <Children ctx={ctx} nodes={node.children} />
        </Tag>
      )
    }
    case 'quote':
      return (
        <blockquote>
          <Children ctx={ctx} nodes={node.children} />
        </blockquote>
      )
    case 'list': {
      const Tag = node.listType === 'number' ? 'ol' : 'ul'
      return (
        <Tag>
          <Children ctx={ctx} nodes={node.children} />
        </Tag>
      )
    }
    case 'listitem':
      return (
        <li>
          <Children ctx={ctx} nodes={node.children} />
        </li>
      )
    case 'horizontalrule':
      return <hr />
    case 'link':
    case 'autolink': {
      const href = linkHref(ctx, node)
      const external = href && /^https?:/.test(href)
      return href ? (
        <a href={href} {...(external ? { rel: 'noopener noreferrer' } : {})}>
          <Children ctx={ctx} nodes={node.children} />
        </a>
      ) : (
        <Children ctx={ctx} nodes={node.children} />
      )
    }
    case 'block':
      return node.fields && 'blockType' in node.fields ? <Block ctx={ctx} fields={node.fields} /> : null
    default:
      return node.children ? <Children ctx={ctx} nodes={node.children} /> : null
  }
}

export function RichText({ ctx, value, className = 'prose' }: { ctx: SiteContext; value: RichTextValue; className?: string }) {
  const root = rootOf(value)
  if (!root?.children?.length) return null
  return (
    <div className={className}>
      <Children ctx={ctx} nodes={root.children} />
    </div>
  )
}

/** Plain text of a rich-text value, for descriptions and feeds. */
export function richTextPlain(value: RichTextValue, max = 200): string {
  const parts: string[] = []
  const walk = (n?: Node) => {
    if (!n || parts.join('').length > max) return
    if (typeof n.text === 'string') parts.push(n.text)
    n.children?.forEach(walk)
    if (n.type === 'paragraph' || n.type === 'heading') parts.push(' ')
  }
  walk(rootOf(value))
  const text = parts.join('').replace(/\s+/g, ' ').trim()
  return text.length > max ? `${text.slice(0, max)}…` : text
}
