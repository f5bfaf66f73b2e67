/**
 * The columns of the statistics, as data: each metric names the moment a piece counts in it (or
 * null when it does not count). A piece counts in the period that moment falls in.
 *
 * 报送 (sent upward to a higher union's site) and 采用 (adopted there) are one entry each here once
 * those moves exist (issue 17): give `Piece` the moment (`reportedAt`, `adoptedAt`, read in
 * load.ts from wherever the move is recorded) and add
 *   { key: 'reported', label: '报送', when: (p) => p.reportedAt },
 *   { key: 'adopted', label: '采用', when: (p) => p.adoptedAt },
 * The table, the chart, the CSV and XLSX columns and the endpoint follow from this list.
 */
import type { Piece } from './types'

export type Metric = {
  key: string
  /** Column title in the admin, CSV and XLSX. */
  label: string
  /** What it counts, for the admin page's legend. */
  help: string
  when: (piece: Piece) => string | null
}

export const METRICS: readonly Metric[] = [
  { key: 'written', label: '撰写', help: '新建的稿件，按创建时间计', when: (p) => p.createdAt },
  { key: 'submitted', label: '提交审核', help: '首次提交审核的稿件，按审签记录中首次提交的时间计', when: (p) => p.submittedAt },
  { key: 'published', label: '发布', help: '现在网站上的稿件，按发布时间计（已撤下的不计）', when: (p) => p.publishedAt },
  { key: 'withPhotos', label: '发布含图片', help: '发布的稿件中含至少一张图片的（封面、正文图片、图集、肖像）', when: (p) => (p.hasPhoto ? p.publishedAt : null) },
]

export type MetricKey = (typeof METRICS)[number]['key']
export type Counts = Record<string, number>

export const zeroCounts = (): Counts => Object.fromEntries(METRICS.map((m) => [m.key, 0]))
