/**
 * The WeChat side of each publishable kind (src/kinds): what a document of the kind looks like in
 * a 公众号 draft, and what its title, cover, digest and author are made from. The type requires an
 * entry for every kind, as SITE_KINDS does for the site (src/site/kinds.tsx), so a kind added to
 * src/kinds does not compile until it has its WeChat rendering.
 *
 * The content mirrors the site's pages (src/site/pages/DocPages.tsx), not their markup: `<section>`
 * and `<p>` styled inline from styles.ts; photos with their ▲ caption and （credit）; figures as
 * styled blocks; videos as their poster and where to watch them; links written out as text,
 * because drafts drop outside links. Everything from the database is text to React, so it is
 * escaped; nothing here writes raw HTML.
 */
import type { CSSProperties, ReactElement, ReactNode } from 'react'

import type {
  FiguresBlock,
  GalleryBlock,
  Media,
  PhotoBlock,
  PullQuoteBlock,
  VideoBlock,
  WorkerCardBlock,
} from '../../payload-types'
import { BYLINE_ROLE_TEXT, CREDIT_ROLE_TEXT, QUALIFIER_TEXT, type Qualifier } from '../fields/options'
import { isPublishable, type PublishableSlug } from '../kinds'
import { idOf } from '../lib/relations'
import { parseVideoURL, VIDEO_PLATFORMS } from '../lib/videoEmbed'
import { captionFor } from '../media/captions'
import type { SiteDoc } from '../site/context'
import { formatDate, formatFigure } from '../site/format'
import { safeHref } from '../site/safeUrl'
import { docPath } from '../site/urls'
import type { WeChatContext } from './render'
import * as S from './styles'
import { BOLD, CODE, ITALIC, STRIKE, SUB, SUP, UNDERLINE, type RichTextValue } from '../richtext/nodes'

export type WeChatKind<K extends PublishableSlug> = {
  /** The document's own title (renderWeChat prefers its 短标题（公众号） when one is set). */
  title: (doc: SiteDoc<K>) => string
  /** The content: elements that become the draft's HTML (renderWeChat wraps them in the house style). */
  render: (ctx: WeChatContext, doc: SiteDoc<K>) => ReactElement
  /** The photo the draft's cover is made from, by id or document; else the content's first photo. */
  cover: (doc: SiteDoc<K>) => unknown
  /** The text the digest is cut from (summary, lead…), before cutting. */
  digest: (ctx: WeChatContext, doc: SiteDoc<K>) => string
  /** The names the author field is made from, in order; renderWeChat cuts them to 16 characters. */
  authors: (ctx: WeChatContext, doc: SiteDoc<K>) => string[]
}

export const WECHAT_KINDS: { [K in PublishableSlug]: WeChatKind<K> } = {
  articles: {
    title: (doc) => doc.title,
    render: (ctx, doc) => (
      <>
        <PrintHeader doc={doc} />
        <Photo ctx={ctx} photo={doc.cover} />
        <RichText ctx={ctx} value={doc.body} />
        <Credits doc={doc} />
      </>
    ),
    cover: (doc) => doc.cover,
    digest: (_, doc) => doc.summary || doc.seo?.description || plainText(doc.body),
    authors: (ctx, doc) => bylineNames(doc.bylines, organizationName(ctx, doc.organization)),
  },
  'model-workers': {
    title: (doc) => doc.name,
    render: (ctx, doc) => <WorkerProfile ctx={ctx} doc={doc} />,
    cover: (doc) => doc.portrait,
    digest: (ctx, doc) =>
      doc.seo?.description || doc.quote || [[doc.employer, doc.position].filter(Boolean).join(' · '), honorNames(ctx, doc).join('、')].filter(Boolean).join('，') || plainText(doc.biography),
    authors: (ctx, doc) => organizationName(ctx, doc.organization),
  },
  galleries: {
    title: (doc) => doc.title,
    render: (ctx, doc) => (
      <>
        <p style={S.META}>共 {doc.items?.length ?? 0} 张图片</p>
        {doc.summary && <p style={S.LEAD}>{doc.summary}</p>}
        <Photos ctx={ctx} items={doc.items ?? []} />
      </>
    ),
    cover: (doc) => doc.cover ?? doc.items?.[0]?.photo,
    digest: (ctx, doc) => doc.summary || captionFor(doc.items?.[0], ctx.media(doc.items?.[0]?.photo)).caption || '',
    authors: (ctx, doc) => organizationName(ctx, doc.organization),
  },
  'video-campaigns': {
    title: (doc) => doc.title,
    render: (ctx, doc) => <VideoCampaignBody ctx={ctx} doc={doc} />,
    cover: (doc) => doc.cover ?? doc.episodes?.[0]?.poster,
    digest: (_, doc) => doc.summary || (doc.episodes ?? []).map((ep) => ep.description ?? '').join(' '),
    authors: (ctx, doc) => organizationName(ctx, doc.organization),
  },
  'yearly-reviews': {
    title: (doc) => doc.title,
    render: (ctx, doc) => <ReviewBody ctx={ctx} doc={doc} />,
    cover: (doc) => doc.cover,
    digest: (_, doc) => doc.lead || doc.seo?.description || (doc.sections ?? []).map((s) => plainText(s.content)).join(' '),
    authors: (ctx, doc) => bylineNames(doc.bylines, organizationName(ctx, doc.organization)),
  },
}

/* ---------------------------------------------------------------------------------------------
 * Names, for the author field
 * ------------------------------------------------------------------------------------------- */

type Byline = NonNullable<SiteDoc<'articles'>['bylines']>[number]

/** The roles whose names go into the author field first: the reporters and correspondents. */
const WRITERS: ReadonlySet<string> = new Set(['reporter', 'multimedia-reporter', 'special-correspondent', 'correspondent'])

/** Names of the 记者 and 通讯员 in the bylines; else every byline's; else `fallback`. */
function bylineNames(bylines: Byline[] | null | undefined, fallback: string[]): string[] {
  const all = (bylines ?? []).filter((b) => b.name?.trim())
  const writers = all.filter((b) => b.role && WRITERS.has(b.role))
  const names = (writers.length ? writers : all).map((b) => b.name.trim())
  return names.length ? [...new Set(names)] : fallback
}

function organizationName(ctx: WeChatContext, id: unknown): string[] {
  const org = ctx.org(id)
  const name = org?.shortName || org?.name
  return name ? [name] : []
}

type Worker = SiteDoc<'model-workers'>

/** 2019年全国五一劳动奖章, in the order of the years. */
function honorNames(ctx: WeChatContext, worker: Worker): string[] {
  return [...(worker.honors ?? [])]
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0))
    .map((h) => {
      const honor = ctx.honor(h.honor)
      return honor ? `${h.year ? `${h.year}年` : ''}${honor.name}` : null
    })
    .filter((x): x is string => Boolean(x))
}

/* ---------------------------------------------------------------------------------------------
 * Photos
 * ------------------------------------------------------------------------------------------- */

const isImage = (media: Media | null): media is Media => Boolean(media && (media.mimeType ?? '').startsWith('image/'))

/** Newspapers' marks before a caption: the ▲ is drawn here, so a stored one is not doubled. */
const LEADING_MARKS = /^[\s\u3000▲△▶►▷]+/u

/** 「（摄影 林晓）」: the credit in full-width brackets, once. */
function creditText(credit: string): string {
  return `（${credit.replace(/^[（(]\s*/u, '').replace(/\s*[）)]$/u, '')}）`
}

/** The caption line under a photo in the office's convention: ▲ caption（摄影 某某）. */
function CaptionLine({ caption, credit }: { caption?: string; credit?: string }) {
  const text = (caption ?? '').replace(LEADING_MARKS, '')
  if (!text && !credit) return null
  return (
    <p style={S.CAPTION}>
      ▲{text ? ` ${text}` : ''}
      {credit ? creditText(credit) : ''}
    </p>
  )
}

/** The image itself, at the address the caller chose (the site's for a preview, WeChat's for a push). */
function Image({ ctx, media, alt }: { ctx: WeChatContext; media: Media; alt?: string }) {
  const src = ctx.imageURL(media)
  return src ? <img src={src} alt={media.alt || alt || ''} style={S.IMAGE} /> : null
}

/** A photo with its caption and credit: those given for this use, else the photo's own. */
function Photo({ ctx, photo, caption, credit }: { ctx: WeChatContext; photo: unknown; caption?: string | null; credit?: string | null }) {
  const media = ctx.media(photo)
  if (!isImage(media)) return null
  const text = captionFor({ caption, credit }, media)
  return (
    <section style={S.PHOTO}>
      <Image ctx={ctx} media={media} alt={text.caption} />
      <CaptionLine {...text} />
    </section>
  )
}

type PhotoItem = { photo: unknown; caption?: string | null; credit?: string | null }

/** A gallery: its photos one under the other, each with its caption (a phone has no grid to spare). */
function Photos({ ctx, items }: { ctx: WeChatContext; items: PhotoItem[] }) {
  return (
    <>
      {items.map((item, i) => (
        <Photo key={i} ctx={ctx} photo={item.photo} caption={item.caption} credit={item.credit} />
      ))}
    </>
  )
}

/* ---------------------------------------------------------------------------------------------
 * Figures, workers, quotes, videos
 * ------------------------------------------------------------------------------------------- */

type Figure = { label: string; value: number; unit?: string | null; qualifier?: string | null }
type FigureValue = Omit<Figure, 'label'>

/**
 * A figure in two parts, the number large and what follows it small: 近 300 | 场, 5.2万 | 余人,
 * 85 | %以上. Put together they read as figureText (src/site/format.ts) does.
 */
export function figureParts(f: FigureValue): { number: string; rest: string } {
  const { number, scale } = formatFigure(f.value)
  const q = f.qualifier ? (QUALIFIER_TEXT[f.qualifier as Qualifier] ?? f.qualifier) : ''
  const before = q === '近' || q === '超' || q === '约' ? q : ''
  const after = q === '余' || q === '多' ? q : ''
  const tail = q === '以上' ? '以上' : ''
  return { number: `${before}${number}${scale}`, rest: `${after}${f.unit ?? ''}${tail}` }
}

/** A row of figures (数据条): value, unit and qualifier large over the label; wraps three to a row. */
function Figures({ heading, items }: { heading?: string | null; items: (Figure & { compare?: string | null })[] }) {
  if (!items.length) return null
  const perRow = items.length === 1 ? 1 : items.length === 2 || items.length === 4 ? 2 : 3
  const cell: CSSProperties = { ...S.FIGURE, width: S.FIGURE_WIDTH[perRow] }
  return (
    <section style={S.FIGURES}>
      {heading && <p style={S.FIGURES_HEADING}>{heading}</p>}
      {items.map((f, i) => {
        const parts = figureParts(f)
        return (
          <section key={i} style={cell}>
            <p style={S.FIGURE_VALUE}>
              {parts.number}
              {parts.rest && <span style={S.FIGURE_UNIT}>{parts.rest}</span>}
            </p>
            <p style={S.FIGURE_LABEL}>{f.label}</p>
            {f.compare && <p style={S.FIGURE_COMPARE}>{f.compare}</p>}
          </section>
        )
      })}
    </section>
  )
}

/** A model worker's card: name, employer and trade, honours, the editor's note. */
function WorkerCard({ ctx, worker, note }: { ctx: WeChatContext; worker: Worker; note?: string | null }) {
  const honors = honorNames(ctx, worker)
  const work = [worker.employer, worker.position].filter(Boolean).join(' · ')
  return (
    <section style={S.CARD}>
      <p style={S.CARD_NAME}>
        {worker.name}
        {worker.kind === 'collective' && <span style={S.CARD_TAG}>集体</span>}
      </p>
      {work && <p style={S.CARD_LINE}>{work}</p>}
      {honors.length > 0 && <p style={S.CARD_HONORS}>{honors.join('、')}</p>}
      {note && <p style={S.CARD_LINE}>{note}</p>}
    </section>
  )
}

function PullQuote({ quote, attribution }: { quote?: string | null; attribution?: string | null }) {
  if (!quote?.trim()) return null
  return (
    <section style={S.PULL_QUOTE}>
      <p style={S.PULL_QUOTE_TEXT}>{quote}</p>
      {attribution && <p style={S.PULL_QUOTE_BY}>—— {attribution}</p>}
    </section>
  )
}

/**
 * A video as drafts can hold one: its poster, its title, and where to watch it, as text. A
 * platform's video (哔哩哔哩, 腾讯视频…) gives its page's address; an uploaded file is on the site,
 * which 阅读原文 opens.
 */
function Video({ ctx, title, file, url, poster, caption }: { ctx: WeChatContext; title?: string | null; file?: unknown; url?: string | null; poster?: unknown; caption?: string | null }) {
  const parsed = url ? parseVideoURL(url) : null
  const fileMedia = ctx.media(file)
  const uploaded = Boolean(fileMedia && (fileMedia.mimeType ?? '').startsWith('video/'))
  if (!parsed && !uploaded) return null
  const posterMedia = ctx.media(poster)
  return (
    <section style={S.VIDEO}>
      {isImage(posterMedia) && <Image ctx={ctx} media={posterMedia} alt={title ?? ''} />}
      <p style={S.VIDEO_LINE}>
        <span style={S.VIDEO_TITLE}>▶ 视频：{title || '视频'}</span>
        {caption ? ` ${caption}` : ''}
      </p>
      <p style={S.VIDEO_LINE}>
        {parsed ? (
          <>
            在{VIDEO_PLATFORMS[parsed.platform].zh}观看：<span style={S.LINK_URL}>{parsed.pageURL}</span>
          </>
        ) : (
          '点击文末“阅读原文”，在网站观看视频。'
        )}
      </p>
    </section>
  )
}

/* ---------------------------------------------------------------------------------------------
 * Top and bottom lines of printed pieces
 * ------------------------------------------------------------------------------------------- */

/** The print fields articles and yearly reviews share (src/fields/print.ts). */
type Printed = Pick<SiteDoc<'articles' | 'yearly-reviews'>, 'subtitle' | 'bylines' | 'source' | 'credits'>

/** ——副题, the bylines (记者 张三　通讯员 李四), lines of the kind's own, 原载《…》 date and page. */
function PrintHeader({ doc, lines = [] }: { doc: Printed; lines?: string[] }) {
  const bylines = (doc.bylines ?? []).filter((b) => b.name?.trim()).map((b) => `${b.role ? `${BYLINE_ROLE_TEXT[b.role] ?? b.role} ` : ''}${b.name.trim()}`)
  const source = doc.source?.publication
    ? `原载《${doc.source.publication}》${doc.source.issueDate ? ` ${formatDate(doc.source.issueDate)}` : ''}${doc.source.page ? ` 第${doc.source.page}版` : ''}`
    : ''
  const meta = [bylines.join('　'), ...lines, source].filter(Boolean)
  if (!doc.subtitle && !meta.length) return null
  return (
    <section style={S.HEADER}>
      {doc.subtitle && <p style={S.SUBTITLE}>——{doc.subtitle}</p>}
      {meta.map((line, i) => (
        <p key={i} style={S.META}>
          {line}
        </p>
      ))}
    </section>
  )
}

/** 编委：…　版式：…　责编：…　终审：… */
function Credits({ doc }: { doc: Printed }) {
  const credits = (doc.credits ?? []).filter((c) => c.name?.trim())
  if (!credits.length) return null
  return <p style={S.CREDITS}>{credits.map((c) => `${CREDIT_ROLE_TEXT[c.role] ?? c.role}：${c.name.trim()}`).join('　')}</p>
}

/* ---------------------------------------------------------------------------------------------
 * The kinds' bodies beyond the article
 * ------------------------------------------------------------------------------------------- */

function WorkerProfile({ ctx, doc }: { ctx: WeChatContext; doc: Worker }) {
  const work = [doc.employer, doc.position].filter(Boolean).join(' · ')
  const region = [doc.region?.province, doc.region?.city, doc.region?.district].filter(Boolean).join('')
  const honors = [...(doc.honors ?? [])].sort((a, b) => (a.year ?? 0) - (b.year ?? 0))
  return (
    <>
      <Photo ctx={ctx} photo={doc.portrait} />
      {(work || region || doc.kind === 'collective') && (
        <section style={S.HEADER}>
          {work && <p style={S.META}>{work}</p>}
          {region && <p style={S.META}>{region}</p>}
          {doc.kind === 'collective' && <p style={S.META}>先进集体</p>}
        </section>
      )}
      <PullQuote quote={doc.quote} />
      {honors.length > 0 && (
        <>
          <h2 style={S.H2}>荣誉历程</h2>
          <ul style={S.LIST}>
            {honors.map((h, i) => {
              const honor = ctx.honor(h.honor)
              return honor ? (
                <li key={i} style={S.LIST_ITEM}>
                  {h.year ? `${h.year}年　` : ''}
                  {honor.name}
                  {h.note ? `（${h.note}）` : ''}
                </li>
              ) : null
            })}
          </ul>
        </>
      )}
      {doc.innovationStudio?.name && (
        <>
          <h2 style={S.H2}>{doc.innovationStudio.name}</h2>
          {doc.innovationStudio.description && <p style={S.PARAGRAPH}>{doc.innovationStudio.description}</p>}
        </>
      )}
      {hasContent(doc.biography) && (
        <>
          <h2 style={S.H2}>事迹</h2>
          <RichText ctx={ctx} value={doc.biography} />
        </>
      )}
    </>
  )
}

/** 3分05秒 */
const duration = (seconds: number) => `${Math.floor(seconds / 60)}分${String(Math.round(seconds % 60)).padStart(2, '0')}秒`

function VideoCampaignBody({ ctx, doc }: { ctx: WeChatContext; doc: SiteDoc<'video-campaigns'> }) {
  const org = ctx.org(doc.organization)
  const period = doc.period?.start ? `${formatDate(doc.period.start)}${doc.period.end ? ` 至 ${formatDate(doc.period.end)}` : ''}` : ''
  const partners = (doc.partners ?? []).map((p) => p.name).filter(Boolean)
  const channels = (doc.channels ?? []).map((c) => c.name).filter(Boolean)
  const meta = [[org?.name, period].filter(Boolean).join(' · '), partners.length ? `合作：${partners.join('、')}` : '', channels.length ? `播出：${channels.join('、')}` : ''].filter(Boolean)
  const recognitions = doc.recognitions ?? []
  return (
    <>
      {meta.length > 0 && (
        <section style={S.HEADER}>
          {meta.map((line, i) => (
            <p key={i} style={S.META}>
              {line}
            </p>
          ))}
        </section>
      )}
      {doc.summary && <p style={S.LEAD}>{doc.summary}</p>}
      {(doc.episodes ?? []).map((ep, i) => {
        const when = [formatDate(ep.airDate), ep.duration ? duration(ep.duration) : ''].filter(Boolean).join(' · ')
        return (
          <section key={i}>
            <h3 style={S.H3}>
              第{i + 1}集　{ep.title}
            </h3>
            {when && <p style={S.META}>{when}</p>}
            <Video ctx={ctx} title={ep.title} file={ep.source === 'embed' ? null : ep.file} url={ep.source === 'embed' ? ep.url : null} poster={ep.poster} caption={ep.description} />
          </section>
        )
      })}
      {recognitions.length > 0 && (
        <>
          <h2 style={S.H2}>获奖情况</h2>
          <ul style={S.LIST}>
            {recognitions.map((r, i) => (
              <li key={i} style={S.LIST_ITEM}>
                {r.year ? `${r.year}年 ` : ''}
                {r.award}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}

type KeyFigure = NonNullable<SiteDoc<'yearly-reviews'>['keyFigures']>[number]

/** 上年 4.8万人，增长 8.3% — from the figure's own comparison (the site also looks up last year's review). */
function comparison(f: KeyFigure): string | null {
  const prev = f.comparison?.previousValue
  if (prev === null || prev === undefined) return f.comparison?.note || null
  const { number, rest } = figureParts({ value: prev, unit: f.unit })
  const diff = f.value - prev
  const pct = prev !== 0 ? Math.round((diff / prev) * 1000) / 10 : null
  return `上年 ${number}${rest}${pct !== null ? `，${diff >= 0 ? '增长' : '下降'} ${Math.abs(pct)}%` : ''}`
}

function ReviewBody({ ctx, doc }: { ctx: WeChatContext; doc: SiteDoc<'yearly-reviews'> }) {
  const org = ctx.org(doc.organization)
  const years = doc.period?.firstYear === doc.period?.lastYear ? `${doc.period?.lastYear}年` : `${doc.period?.firstYear}—${doc.period?.lastYear}年`
  const pillars = new Map<string, KeyFigure[]>()
  for (const f of doc.keyFigures ?? []) pillars.set(f.pillar || '综合', [...(pillars.get(f.pillar || '综合') ?? []), f])
  const plans = doc.plans ?? []
  return (
    <>
      <PrintHeader doc={doc} lines={[[org?.name, years].filter(Boolean).join(' · ')]} />
      <Photo ctx={ctx} photo={doc.cover} />
      {doc.lead && <p style={S.LEAD}>{doc.lead}</p>}
      {[...pillars.entries()].map(([pillar, list]) => (
        <section key={pillar}>
          <h2 style={S.H2}>{pillar}</h2>
          <Figures items={list.map((f) => ({ ...f, compare: comparison(f) }))} />
        </section>
      ))}
      {(doc.sections ?? []).map((s, i) => (
        <section key={i}>
          <h2 style={S.H2}>{s.heading}</h2>
          <RichText ctx={ctx} value={s.content} />
        </section>
      ))}
      {plans.length > 0 && (
        <>
          <h2 style={S.H2}>下一步计划</h2>
          <ol style={S.LIST}>
            {plans.map((p, i) => (
              <li key={i} style={S.LIST_ITEM}>
                <strong style={S.PLAN_NAME}>{p.name}</strong>
                {p.description && <p style={S.PLAN_TEXT}>{p.description}</p>}
                {(p.targets?.length ?? 0) > 0 && (
                  <ul style={S.LIST}>
                    {(p.targets ?? []).map((t, j) => {
                      const parts = typeof t.value === 'number' ? figureParts({ ...t, value: t.value }) : null
                      return (
                        <li key={j} style={S.LIST_ITEM}>
                          {t.label}
                          {parts ? `：${parts.number}${parts.rest}` : ''}
                        </li>
                      )
                    })}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
      <Credits doc={doc} />
    </>
  )
}

/* ---------------------------------------------------------------------------------------------
 * Rich text (Lexical JSON)
 * ------------------------------------------------------------------------------------------- */

/** The blocks the editor offers (src/richtext/blocks.ts), as generated from their configs. */
type BlockFields = PhotoBlock | GalleryBlock | VideoBlock | FiguresBlock | WorkerCardBlock | PullQuoteBlock

/** A link node's fields as Payload's lexical link feature writes them. */
type LinkFields = { linkType?: 'custom' | 'internal'; url?: string | null; doc?: { relationTo?: string; value?: unknown } | null }

/**
 * A node of the stored Lexical JSON: the properties read below. Stored JSON is whatever was saved,
 * so every property is checked before use and unknown node types render their children's text.
 */
type Node = {
  type?: unknown
  children?: unknown
  text?: unknown
  format?: unknown
  tag?: unknown
  listType?: unknown
  fields?: unknown
  url?: unknown
}


const childrenOf = (node: Node | undefined): Node[] => (Array.isArray(node?.children) ? (node.children as Node[]).filter((c) => c && typeof c === 'object') : [])

const rootOf = (value: RichTextValue): Node | undefined => (value?.root && typeof value.root === 'object' ? (value.root as Node) : undefined)

const hasContent = (value: RichTextValue) => childrenOf(rootOf(value)).length > 0


function TextLeaf({ node }: { node: Node }): ReactNode {
  let out: ReactNode = typeof node.text === 'string' ? node.text : ''
  const f = typeof node.format === 'number' ? node.format : 0
  if (f & CODE) out = <span style={S.CODE}>{out}</span>
  if (f & BOLD) out = <strong>{out}</strong>
  if (f & ITALIC) out = <em>{out}</em>
  if (f & STRIKE) out = <s>{out}</s>
  if (f & UNDERLINE) out = <u>{out}</u>
  if (f & SUB) out = <sub>{out}</sub>
  if (f & SUP) out = <sup>{out}</sup>
  return out
}

const isBlock = (fields: unknown): fields is BlockFields => Boolean(fields && typeof fields === 'object' && 'blockType' in fields)

/**
 * Where a link goes, written out: a page of the site by its full address, an outside address as
 * it is, an e-mail address without `mailto:`. Unsafe addresses (javascript:, data:…) give nothing.
 */
function linkTarget(ctx: WeChatContext, node: Node): string | null {
  const fields = (node.fields && typeof node.fields === 'object' && !isBlock(node.fields) ? node.fields : {}) as LinkFields
  if (fields.linkType === 'internal' && fields.doc) {
    const kind = fields.doc.relationTo
    if (typeof kind !== 'string' || !isPublishable(kind)) return null
    const target = ctx.doc(kind, idOf(fields.doc.value))
    return target?.slug ? `${ctx.siteURL.replace(/\/+$/, '')}${docPath(kind, target.slug)}` : null
  }
  const href = safeHref(fields.url ?? node.url)
  if (!href || href.startsWith('#')) return null
  if (href.startsWith('mailto:')) return decodeURIComponent(href.slice('mailto:'.length))
  return href.startsWith('/') ? `${ctx.siteURL.replace(/\/+$/, '')}${href}` : href
}

function Children({ ctx, nodes }: { ctx: WeChatContext; nodes: Node[] }) {
  return (
    <>
      {nodes.map((child, i) => (
        <RichNode key={i} ctx={ctx} node={child} />
      ))}
    </>
  )
}

function Block({ ctx, fields }: { ctx: WeChatContext; fields: BlockFields }): ReactNode {
  switch (fields.blockType) {
    case 'photo':
      return <Photo ctx={ctx} photo={fields.photo} caption={fields.caption} credit={fields.credit} />
    case 'gallery': {
      const gallery = ctx.doc('galleries', idOf(fields.gallery))
      const items = (fields.photos?.length ? fields.photos : gallery?.items) ?? []
      if (!items.length) return null
      return (
        <section>
          {gallery?.title && <p style={S.GALLERY_TITLE}>图集：{gallery.title}</p>}
          <Photos ctx={ctx} items={items} />
        </section>
      )
    }
    case 'video':
      return <Video ctx={ctx} title={fields.title} file={fields.file} url={fields.url} poster={fields.poster} caption={fields.caption} />
    case 'figures':
      return <Figures heading={fields.heading} items={Array.isArray(fields.items) ? fields.items.filter((f) => typeof f?.value === 'number') : []} />
    case 'workerCard': {
      const worker = ctx.doc('model-workers', idOf(fields.worker))
      return worker ? <WorkerCard ctx={ctx} worker={worker} note={fields.note} /> : null
    }
    case 'pullQuote':
      return <PullQuote quote={fields.quote} attribution={fields.attribution} />
    default:
      return null
  }
}

/** A paragraph's alignment as the editor stores it (`format`); a Map, so stored text never reaches a prototype. */
const ALIGN = new Map<unknown, CSSProperties>([
  ['center', { ...S.PARAGRAPH, textAlign: 'center' }],
  ['right', { ...S.PARAGRAPH, textAlign: 'right' }],
])

function RichNode({ ctx, node }: { ctx: WeChatContext; node: Node }): ReactNode {
  const children = childrenOf(node)
  switch (node.type) {
    case 'text':
      return <TextLeaf node={node} />
    case 'linebreak':
      return <br />
    case 'tab':
      return ' '
    case 'paragraph':
      return children.length ? (
        <p style={ALIGN.get(node.format) ?? S.PARAGRAPH}>
          <Children ctx={ctx} nodes={children} />
        </p>
      ) : null
    case 'heading': {
      const content = <Children ctx={ctx} nodes={children} />
      if (node.tag === 'h3') return <h3 style={S.H3}>{content}</h3>
      if (node.tag === 'h4' || node.tag === 'h5' || node.tag === 'h6') return <h4 style={S.H4}>{content}</h4>
      return <h2 style={S.H2}>{content}</h2>
    }
    case 'quote':
      return (
        <blockquote style={S.QUOTE}>
          <Children ctx={ctx} nodes={children} />
        </blockquote>
      )
    case 'list':
      return node.listType === 'number' ? (
        <ol style={S.LIST}>
          <Children ctx={ctx} nodes={children} />
        </ol>
      ) : (
        <ul style={S.LIST}>
          <Children ctx={ctx} nodes={children} />
        </ul>
      )
    case 'listitem':
      return (
        <li style={S.LIST_ITEM}>
          <Children ctx={ctx} nodes={children} />
        </li>
      )
    case 'horizontalrule':
      return <hr style={S.RULE} />
    case 'link':
    case 'autolink': {
      // Drafts drop links to outside addresses: the address is written after the text instead.
      const target = linkTarget(ctx, node)
      const label = plainOf(node).trim()
      return (
        <>
          <Children ctx={ctx} nodes={children} />
          {target && target !== label && <span style={S.LINK_URL}>（{target}）</span>}
        </>
      )
    }
    case 'block':
      return isBlock(node.fields) ? <Block ctx={ctx} fields={node.fields} /> : null
    default:
      return children.length ? <Children ctx={ctx} nodes={children} /> : null
  }
}

/** A rich-text field's content, in the house style (no wrapper: the piece has one). */
export function RichText({ ctx, value }: { ctx: WeChatContext; value: RichTextValue }) {
  const nodes = childrenOf(rootOf(value))
  return nodes.length ? <Children ctx={ctx} nodes={nodes} /> : null
}

function plainOf(node: Node | undefined): string {
  if (!node) return ''
  const own = node.type === 'text' && typeof node.text === 'string' ? node.text : ''
  const inner = childrenOf(node).map(plainOf).join('')
  const gap = node.type === 'paragraph' || node.type === 'heading' || node.type === 'listitem' || node.type === 'quote' ? ' ' : ''
  return `${own}${inner}${gap}`
}

/** The words of a rich-text value, whitespace collapsed, for the digest. */
export function plainText(value: RichTextValue): string {
  return plainOf(rootOf(value)).replace(/\s+/g, ' ').trim()
}
