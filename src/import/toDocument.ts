/**
 * ParsedPiece → the data of a Payload draft in `articles` or `yearly-reviews`. Pure: ids of model
 * workers and organisations are passed in. Fields the target collection does not have are left
 * out, so the mapping keeps working while the collections evolve.
 */
import { BYLINE_ROLE_VALUE, CREDIT_ROLE_VALUE, QUALIFIER_VALUE } from '../fields/options'
import { blockNode, headingNode, paragraphNode, richTextValue, type TopNode } from './lexical'
import type { ParsedPiece, TargetCollection } from './types'

type ID = number | string

export type DocumentContext = {
  /** Top-level field names of the target collection. */
  fields: ReadonlySet<string>
  /** Model-worker ids, in the order of `piece.workers` (null: not saved). */
  workerIds?: (ID | null)[]
  organization?: ID | null
  /**
   * Photos of the submitted file, already in the media library: each goes after `blocks[block]`
   * (above the body at -1) as a photo block with its caption.
   */
  photos?: { block: number; id: ID; caption: string | null; credit: string | null }[]
}

/** Issue dates are stored at noon UTC, so the day is the same in every time zone the admin uses. */
const dateValue = (date: string | null) => (date ? `${date}T12:00:00.000Z` : null)

function photo(text: string, credit: string | null): TopNode {
  return blockNode('photo', { caption: text, credit: credit ?? '' })
}

/** Photo blocks of the file's own photos that stood after `blocks[blockIndex]`. */
function filePhotos(ctx: DocumentContext, blockIndex: number): TopNode[] {
  return (ctx.photos ?? []).flatMap((p) =>
    p.block === blockIndex ? [blockNode('photo', { photo: p.id, caption: p.caption ?? '', credit: p.credit ?? '' })] : [],
  )
}

/** Worker cards after the paragraph naming each worker, when the collection cannot link them otherwise. */
function workerCards(piece: ParsedPiece, ctx: DocumentContext, blockIndex: number): TopNode[] {
  if (ctx.fields.has('relatedWorkers') || !ctx.workerIds) return []
  return piece.workers.flatMap((w, i) => {
    const id = ctx.workerIds![i]
    return w.block === blockIndex && id != null ? [blockNode('workerCard', { worker: id, note: '' })] : []
  })
}

function articleBody(piece: ParsedPiece, ctx: DocumentContext): TopNode[] {
  const nodes: TopNode[] = [...filePhotos(ctx, -1), ...workerCards(piece, ctx, -1)]
  piece.blocks.forEach((block, i) => {
    if (block.type === 'paragraph') nodes.push(paragraphNode(block.text), ...workerCards(piece, ctx, i))
    else if (block.type === 'heading') nodes.push(headingNode(block.text))
    else nodes.push(photo(block.text, block.credit ?? piece.pictureCredit))
    nodes.push(...filePhotos(ctx, i))
  })
  return nodes
}

type Section = { heading: string; nodes: TopNode[] }

/** A review's body: the lead (plain text) and its sections (heading + rich text). */
function reviewSections(piece: ParsedPiece, ctx: DocumentContext): { lead: string; sections: Section[] } {
  const hasHeadings = piece.blocks.some((b) => b.type === 'heading')
  const sections: Section[] = []
  const pending: TopNode[] = [...filePhotos(ctx, -1), ...workerCards(piece, ctx, -1)] // photos (and cards) above the first heading
  const leadParagraphs: string[] = []
  piece.blocks.forEach((block, i) => {
    const current = sections.at(-1)
    if (block.type === 'heading') {
      sections.push({ heading: block.text, nodes: [...(sections.length === 0 ? pending.splice(0) : []), ...filePhotos(ctx, i)] })
      return
    }
    const node = block.type === 'paragraph' ? paragraphNode(block.text) : photo(block.text, block.credit ?? piece.pictureCredit)
    if (current) current.nodes.push(node, ...(block.type === 'paragraph' ? workerCards(piece, ctx, i) : []))
    else if (block.type === 'paragraph' && (hasHeadings || leadParagraphs.length === 0)) {
      leadParagraphs.push(block.text)
      pending.push(...workerCards(piece, ctx, i))
    } else if (block.type === 'paragraph') {
      // No headings at all: everything after the first paragraph is one section.
      sections.push({ heading: '正文', nodes: [...pending.splice(0), node, ...workerCards(piece, ctx, i)] })
    } else pending.push(node)
    // The file's photos that stood after this block, where the block went.
    ;(sections.length > 0 ? sections.at(-1)!.nodes : pending).push(...filePhotos(ctx, i))
  })
  if (pending.length > 0) {
    if (sections.length > 0) sections[sections.length - 1]!.nodes.push(...pending)
    else sections.push({ heading: '正文', nodes: pending })
  }
  return { lead: leadParagraphs.join('\n\n'), sections }
}

/** The draft's data for `collection`. */
export function toDocument(piece: ParsedPiece, collection: TargetCollection, ctx: DocumentContext): Record<string, unknown> {
  const has = (name: string) => ctx.fields.has(name)
  const workerIds = (ctx.workerIds ?? []).filter((id): id is ID => id != null)
  const data: Record<string, unknown> = {
    title: piece.title,
    subtitle: piece.subtitle,
    _status: 'draft',
  }
  if (has('importHash')) data.importHash = piece.hash
  // Select fields store ASCII values; the parser speaks the printed words.
  if (has('bylines')) data.bylines = piece.bylines.map(({ role, name }) => ({ role: role ? (BYLINE_ROLE_VALUE[role] ?? null) : null, name }))
  if (has('source')) data.source = { publication: piece.source.publication, page: piece.source.page, issueDate: dateValue(piece.source.date) }
  if (has('credits')) data.credits = piece.credits.flatMap(({ role, name }) => (CREDIT_ROLE_VALUE[role] ? [{ role: CREDIT_ROLE_VALUE[role], name }] : []))
  if (has('organization') && ctx.organization != null) data.organization = ctx.organization
  if (has('relatedWorkers') && workerIds.length > 0) data.relatedWorkers = workerIds

  if (collection === 'articles') {
    data.body = richTextValue(articleBody(piece, ctx))
    return data
  }

  const { lead, sections } = reviewSections(piece, ctx)
  if (piece.period) data.period = { ...piece.period }
  data.lead = lead
  data.sections = sections.map((s) => ({ heading: s.heading, content: richTextValue(s.nodes) }))
  data.keyFigures = piece.figures
    .filter((f) => !f.target)
    .map((f) => ({
      label: f.label || f.text,
      value: f.value,
      unit: f.unit,
      qualifier: f.qualifier ? (QUALIFIER_VALUE[f.qualifier] ?? null) : null,
      pillar: f.section,
    }))
  data.plans = piece.plans.map((p) => ({
    name: p.name,
    description: p.description,
    targets: p.targets.map((t) => ({ label: t.label || `${t.value}${t.unit}`, value: t.value, unit: t.unit })),
  }))
  return data
}
