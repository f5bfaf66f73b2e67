/**
 * The shapes the newspaper parser produces. Roles and qualifiers are the words the newspaper
 * prints (记者, 责编, 余); toDocument.ts maps them to the stored select values (src/fields/options.ts).
 */
import type { Warning } from './warnings'

export type BylineRole = '记者' | '全媒体记者' | '特约记者' | '通讯员' | '文' | '摄影' | '图'
export type CreditRole = '编委' | '版式' | '责编' | '终审'
export type Qualifier = '余' | '多' | '近' | '超' | '以上' | '约'

export type TargetCollection = 'articles' | 'yearly-reviews'

export type Byline = { role: BylineRole | null; name: string }
export type Credit = { role: CreditRole; name: string }

export type Source = { publication: string | null; page: string | null; date: string | null }

/** A number with its measure word, as printed: `新增技能人才5.2万人` → 52000 人. */
export type Figure = {
  label: string
  value: number
  unit: string
  qualifier: Qualifier | null
  /** The characters the figure was read from, e.g. `5.2万余人次`. */
  text: string
  /** Heading of the section it appeared in; null in the lead. */
  section: string | null
  /** Index of its paragraph in `blocks`. */
  block: number
  /** True for targets of next-period plans (not achievements). */
  target: boolean
}

export type Worker = {
  name: string
  employer: string | null
  position: string | null
  honors: string[]
  kind: 'individual' | 'collective'
  /** Index of the paragraph that names the worker. */
  block: number
}

export type Plan = {
  name: string
  description: string | null
  targets: { label: string; value: number; unit: string }[]
}

/** The body in reading order. */
export type BodyBlock =
  | { type: 'paragraph'; text: string; section: string | null }
  | { type: 'heading'; text: string }
  | { type: 'caption'; text: string; credit: string | null; section: string | null }

export type ParsedPiece = {
  file: string
  collection: TargetCollection
  title: string
  subtitle: string | null
  /** A line printed above the headline (引题), kept for the editor. */
  kicker: string | null
  bylines: Byline[]
  source: Source
  credits: Credit[]
  /** Section headings in order. */
  sections: string[]
  /** Photo captions, without their ▲/▶ mark. */
  captions: string[]
  figures: Figure[]
  workers: Worker[]
  /** Number of body paragraphs. */
  paragraphs: number
  blocks: BodyBlock[]
  /** Paragraphs before the first section heading. */
  lead: string[]
  plans: Plan[]
  period: { firstYear: number; lastYear: number } | null
  /** `本版图片由某某提供` → 某某. */
  pictureCredit: string | null
  /** Organisation names the text is about, best first (`青石市总工会`). */
  organizations: string[]
  /** SHA-256 of the normalised text: the same text imports into the same draft. */
  hash: string
  encoding: string
  /** What the editor should check in the draft, in English and Chinese. */
  warnings: Warning[]
}

/** One record of `npm run import -- --dry-run --json`. */
export type DryRunRecord = {
  file: string
  collection: TargetCollection
  title: string
  subtitle: string | null
  bylines: Byline[]
  source: Source
  credits: Credit[]
  sections: string[]
  captions: string[]
  figures: { label: string; value: number; unit: string; qualifier: Qualifier | null }[]
  workers: { name: string; employer: string | null; honors: string[] }[]
  paragraphs: number
}
