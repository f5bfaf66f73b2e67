/**
 * The newspaper parser: a page of extracted text (bytes or string) → a `ParsedPiece`, the draft an
 * editor will finish. Pure — no database, no file system — so it runs in the CLI's dry run, in the
 * importer and in tests alike.
 */
import { createHash } from 'node:crypto'

import { parseBylineLine } from './bylines'
import { decodeBytes } from './decode'
import { ImportError } from './errors'
import { extractFigures } from './figures'
import { classifyKind, findPlans, reviewPeriod } from './kind'
import { AGENCY, isoDate, PUBLICATION_SUFFIX } from './masthead'
import { AGENCY_DATELINE, outletDateline } from './parse/datelines'
import { nameAfterUnit, workersOfPiece } from './people'
import { analyzeLayout } from './structure'
import { isHan, looksLikeName, MUNICIPALITIES, PROVINCES, wordsOf } from './text'
import type { Byline, DryRunRecord, Figure, ParsedPiece, TargetCollection } from './types'
import { WARN, type Warning } from './warnings'

export type { DryRunRecord, ParsedPiece } from './types'

/** A line opening with an agency's dateline. */
const AGENCY_OPENING = new RegExp(`^[\\s\\u3000]*${AGENCY_DATELINE.source}`, 'm')
/** `新华社发（`, `中新社 `: the agency before a photographer's name in a credit. */
const AGENCY_PHOTO_PREFIX = new RegExp(`^(?:${AGENCY})(?:发|發)?\\s*[（(]?\\s*(?=[\\u4e00-\\u9fff])`)
/** A paper's full name before a byline's role (`江岸日报`), or the paper and its website (`工人日报-中工网`). */
const BYLINE_PAPER = new RegExp(`^(?=[\\u4e00-\\u9fff]{3})[\\u4e00-\\u9fff]{0,8}${PUBLICATION_SUFFIX}(?:[-－—][\\u4e00-\\u9fff]{1,8}[网網])?$`)
/** `某某日报记者`: a paper named before its reporter in the text. */
const PAPER_BEFORE_REPORTER = new RegExp(`([\\u4e00-\\u9fff]{2,8}?${PUBLICATION_SUFFIX})(?:首席|全媒体|融媒体)?(?:记者|記者)`)
/** The agency opening a photo credit. */
const AGENCY_FIRST = new RegExp(`^(${AGENCY})`)
/** `据《劳动报》报道`: the paper a story is retold from. */
const RETOLD_FROM = new RegExp(`据《((?=[\\u4e00-\\u9fff]{3})[\\u4e00-\\u9fff]{0,8}${PUBLICATION_SUFFIX})》(?:报道|消息)`)
export { ImportError } from './errors'

export type ParseOptions = {
  /** Name shown in reports; not read. */
  file?: string
  /** Force an encoding (`gb18030`, `utf-8`…) instead of detecting it. */
  encoding?: string
  /** Force the target collection instead of guessing it. */
  collection?: TargetCollection
  /** Weigh paragraphs for unmarked photo captions (default on; off only to fit the model). */
  weighCaptions?: boolean
}

/**
 * The content hash of a text: the same words give the same hash whatever the encoding, line
 * endings or trailing spaces, so a re-import finds the draft made the first time.
 */
export function contentHash(text: string): string {
  const normal = text
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim()
  return createHash('sha256').update(normal).digest('hex')
}

/**
 * A piece's photographers are among its authors (the office counts their work): the people its
 * captions' credits and the credit lines under its text name (`图片新闻`, a page of photos each
 * with `某某 摄` under it, `记者 某某` / `通讯员 某某 摄` under a story).
 */
function photographers(blocks: { type: string; credit?: string | null }[], underText: Byline[]): Byline[] {
  const out: Byline[] = []
  for (const b of underText) if (!out.some((x) => x.name === b.name)) out.push(b)
  for (const b of blocks) {
    if (b.type !== 'caption' || !b.credit) continue
    // `光明网某某`: the site the photographer works for, glued before the name.
    // `新华社发（某某 摄）`, `工人日报-中工网记者 某某`: the agency or outlet before the photographer.
    const credit = b.credit
      .replace(AGENCY_PHOTO_PREFIX, '')
      .replace(/\s*(?:摄|攝)(?:影)?\s*[)）]?$/, '')
      .replace(/^[\u4e00-\u9fff]{2,8}(?:[-－·][\u4e00-\u9fff]{2,8})?(?=(?:记者|記者|通讯员|通訊員)\s*[\u4e00-\u9fff])/, '')
      .replace(/^[\u4e00-\u9fff]{2,6}?[网網](?=[\u4e00-\u9fff·]{2,4}$)/, '')
    // `记者 某某`: the label says a name follows, whatever its surname.
    const labelled = /^(?:记者|記者|通讯员|通訊員)\s*([\u4e00-\u9fff·]{2,4})$/.exec(credit)?.[1]
    if (labelled && !out.some((x) => x.name === labelled)) out.push({ role: '摄影', name: labelled })
    if (labelled) continue
    const line = parseBylineLine(`${credit} 摄`)
    const unitNamed = nameAfterUnit(credit)
    const names = line ? line.bylines.map((x) => x.name) : /^[\u4e00-\u9fff·]{2,4}$/.test(credit) && !/新闻|新聞|图片|圖片|资料|本报|记者|通讯|摄影/.test(credit) ? [credit] : unitNamed ? [unitNamed] : []
    // `新华社 摄`: an agency, not a person.
    for (const name of names) if (!out.some((x) => x.name === name) && (name.includes('·') || looksLikeName(name))) out.push({ role: '摄影', name })
  }
  return out
}

/** Parse one file's content. Throws `ImportError` for input that is not a usable page. */
export function parseNewspaperText(input: Uint8Array | string, options: ParseOptions = {}): ParsedPiece {
  const decoded = typeof input === 'string' ? { text: input, encoding: 'text', warnings: [] as Warning[] } : decodeBytes(input, options.encoding)
  const text = decoded.text.replace(/^\uFEFF/, '')
  if (text.trim() === '') throw new ImportError('EMPTY_FILE')

  const layout = analyzeLayout(text, { weighCaptions: options.weighCaptions })
  const paragraphs = layout.blocks.filter((b) => b.type === 'paragraph')
  // A picture item's or photo story's text is its captions: a photo block each, no paragraph needed.
  if (paragraphs.length === 0 && !layout.blocks.some((b) => b.type === 'caption')) throw new ImportError('NO_BODY')
  // A page is never refused for want of a headline: the layout takes the best candidate and warns.
  if (!layout.headline) throw new ImportError('NO_HEADLINE')

  // Figures, paragraph by paragraph, with the section they appeared in. A photo's caption can
  // carry the piece's facts too (`…92个集体和695名个人获奖`), and a section's heading
  // (`某某累计避免水损耗约115万立方米——…`).
  const figures: Figure[] = []
  layout.blocks.forEach((block, index) => {
    if (block.type !== 'paragraph' && block.type !== 'caption' && block.type !== 'heading') return
    for (const f of extractFigures(block.text)) {
      figures.push({ label: f.label, value: f.value, unit: f.unit, qualifier: f.qualifier, text: f.text, section: block.type === 'heading' ? block.text : block.section, block: index, target: false })
    }
  })
  const workers = workersOfPiece(layout)

  const paragraphTexts = paragraphs.map((p) => p.text)
  const lead = paragraphs.filter((p) => p.section === null).map((p) => p.text)
  const collection =
    options.collection ??
    classifyKind({ title: layout.headline, subtitle: layout.subtitle, paragraphs: paragraphTexts, figureCount: figures.length })

  // Plans only make sense at the end of a review.
  const { plans, indexes } = collection === 'yearly-reviews' ? findPlans(paragraphTexts) : { plans: [], indexes: [] }
  const planBlocks = new Set(indexes.map((i) => layout.blocks.indexOf(paragraphs[i]!)))
  for (const f of figures) if (planBlocks.has(f.block)) f.target = true

  const period = collection === 'yearly-reviews' ? reviewPeriod(layout.headline, layout.subtitle, lead, layout.date, layout.dateline) : null
  const warnings = [...decoded.warnings, ...layout.warnings]
  if (collection === 'yearly-reviews' && !period) warnings.push(WARN.noPeriod({}))

  // A byline's prefix names the paper only when it is a paper's full name (`江岸日报全媒体记者`):
  // `快报记者`, `某某日报客户端记者` name no masthead.
  // `广州日报·新花城记者`: the paper before its app's name. `工人日报-中工网记者`: the paper and its
  // website, kept whole as a site's channel is (`人民网-四川频道`).
  const bylinePrefix = layout.bylinePublication?.split(/[·・]/)[0] ?? null
  const bylinePaper =
    bylinePrefix && BYLINE_PAPER.test(bylinePrefix) ? bylinePrefix : null
  // `本报讯 … 4月26日，某某日报记者从市总工会获悉`: a paper that calls itself 本报 names itself in the text.
  const selfNamed =
    !layout.publication && !bylinePaper && /本报讯|本報訊/.test(text.slice(0, 2000))
      ? PAPER_BEFORE_REPORTER.exec(paragraphTexts.slice(0, 2).join('\n'))?.[1] ?? null
      : null
  // `新华社北京4月30日电`: an agency's story is the agency's.
  const agency = AGENCY_OPENING.exec(text.slice(0, 3000))?.[1] ?? null
  // `新华社发（某某 摄）`, `新华社记者 某某 摄` under every photo: an agency's photos are the agency's.
  const credits = layout.blocks.flatMap((b) => (b.type === 'caption' && b.credit ? [b.credit] : []))
  const agencyPhotos = credits.length > 0 ? (AGENCY_FIRST.exec(credits[0]!)?.[1] ?? null) : null
  const photoAgency = agencyPhotos && credits.every((c) => c.startsWith(agencyPhotos)) ? agencyPhotos : null
  // `中工网讯`, `华龙网12月25日14时15分讯`, `东方网记者某某4月29日报道`, `央广网贵阳7月10日消息`: the outlet
  // whose story it is, named by its dateline.
  const dated = outletDateline(text)
  const outlet = dated?.outlet ?? null
  // `据《劳动报》报道，…`: the paper the story is retold from.
  const retold = RETOLD_FROM.exec(paragraphTexts.slice(0, 2).join('\n'))?.[1] ?? null
  const publication = layout.publication ?? bylinePaper ?? selfNamed ?? agency ?? outlet ?? retold ?? photoAgency

  return {
    file: options.file ?? '',
    collection,
    title: layout.headline,
    subtitle: layout.subtitle,
    kicker: layout.kicker,
    bylines: withPhotographers(layout.bylines, photographers(layout.blocks, [...layout.photographers, ...creditedPeople(layout.pictureCredit)])),
    source: { publication, page: layout.page, date: layout.date ? isoDate(layout.date) : (dated?.date ?? null) },
    credits: layout.credits,
    sections: layout.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : [])),
    captions: layout.blocks.flatMap((b) => (b.type === 'caption' ? [b.text] : [])),
    figures,
    workers,
    paragraphs: paragraphs.length,
    blocks: layout.blocks,
    lead,
    plans,
    period,
    pictureCredit: layout.pictureCredit,
    organizations: organizationNames(layout.organizations, layout.headline, layout.subtitle, lead, publication),
    hash: contentHash(text),
    encoding: decoded.encoding,
    warnings,
  }
}

/** What stands before 日报 in papers that name no place: `工人日报`, `劳动午报`, `中国妇女报`. */
const NOT_PLACES = new Set(['工人', '劳动', '劳动午', '人民', '中国', '光明', '经济', '法治', '法制', '科技', '农民', '健康', '南方', '南方工', '中国妇女', '中华工商', '文汇', '新民'])

/** Words the scan for a union's name may run over before its place: `庆祝株洲市总工会`, `记者从市总工会` (not 同, 经 or 和: 同安区, 经开区, 太和县). */
const LEADING_WORDS = new Set(['庆祝', '要', '职能', '日报', '记者', '从', '作为', '今', '在', '由', '与', '及', '对', '为', '据', '是', '了', '的', '获悉', '联合', '组织', '举办', '召开'])

/** A union's name without the words before its place (`同庆祝株洲市总工会` → `株洲市总工会`). */
function withoutLeadingWords(name: string): string {
  const level = /[省市州盟县区旗]总?工会$/.exec(name)
  if (!level || level.index < 2) return name
  const words = wordsOf(name.slice(0, level.index))
  // (`界庆祝青禾市总工会`: the scan started inside a word; what follows the last of those words is the place.)
  const last = words.findLastIndex((w) => LEADING_WORDS.has(w))
  return words.slice(last + 1).join('') + name.slice(level.index)
}

/**
 * Organisations the piece is about, best first: a sponsor banner (`桐江市总工会`), a name in the
 * subtitle or lead (`青石市总工会2025年工作回眸`), or `市总工会` completed with the city of the
 * publication (`云川日报` → `云川市总工会`).
 */
function organizationNames(banners: string[], title: string, subtitle: string | null, lead: string[], publication: string | null): string[] {
  const names: string[] = [...banners]
  const re = /((?:[\u4e00-\u9fff]{0,5}?[省市州盟县区旗])?总?工会)/g
  for (const text of [subtitle ?? '', title, ...lead.slice(0, 2)]) {
    for (const m of text.matchAll(re)) {
      // `总工会` standing alone (after a stop, not in `中华全国总工会` or `某某集团总工会`): the paper's city's.
      const alone = m[1] === '总工会' && !isHan(text.charAt(m.index - 1))
      let name = alone ? '市总工会' : withoutLeadingWords(m[1]!)
      if (/^[省市县区]总工会$/.test(name) && publication) {
        const place = /^([\u4e00-\u9fff]{2,4}?)(?:工人日报|日报|晚报|工人报|报)/.exec(publication)?.[1]
        // A province's paper (`安徽日报`) completes `省总工会` only, a city's `市总工会` (`北京` is both); a
        // `县总工会` or `区总工会` is one of the city's several, and `工人日报` names no place.
        const province = !!place && PROVINCES.includes(place)
        const fits = !!place && !NOT_PLACES.has(place) && (/^省/.test(name) ? province : /^市/.test(name) && (!province || MUNICIPALITIES.includes(place)))
        if (fits) name = `${place}${name}`
      }
      if (!/^[\u4e00-\u9fff]{2,8}[省市州盟县区旗]总?工会$/.test(name) || /^[全各本我该年来]|年来/.test(name)) continue
      if (!names.includes(name)) names.push(name)
    }
  }
  return names
}

/** The dry-run record (the CLI's JSON contract). */
export function toDryRunRecord(piece: ParsedPiece): DryRunRecord {
  return {
    file: piece.file,
    collection: piece.collection,
    title: piece.title,
    subtitle: piece.subtitle,
    bylines: piece.bylines.map(({ role, name }) => ({ role, name })),
    source: { ...piece.source },
    credits: piece.credits.map(({ role, name }) => ({ role, name })),
    sections: [...piece.sections],
    captions: [...piece.captions],
    figures: piece.figures.map(({ label, value, unit, qualifier }) => ({ label, value, unit, qualifier })),
    workers: piece.workers.map(({ name, employer, honors }) => ({ name, employer, honors: [...honors] })),
    paragraphs: piece.paragraphs,
  }
}

/** `（本组图片：孙六 周七）`: the people a group of photos is credited to (not an agency or account). */
function creditedPeople(credit: string | null): Byline[] {
  return (credit ?? '').split(/[\s\u3000、,，]+/).filter((n) => looksLikeName(n)).map((name) => ({ role: '摄影' as const, name }))
}

/**
 * The piece's own bylines, then its photographers not already among them: all of them are its
 * authors. A name signed without a role (`□某某`) takes the photographer's role its credit gives it.
 */
function withPhotographers(own: Byline[], shooters: Byline[]): Byline[] {
  const signed = own.map((b) => (b.role === null ? (shooters.find((s) => s.name === b.name) ?? b) : b))
  return [...signed, ...shooters.filter((s) => !own.some((b) => b.name === s.name))]
}
