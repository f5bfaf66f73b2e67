/**
 * The columns of the statistics, as data: each metric names the moment a piece counts in it (or
 * null when it does not count). A piece counts in the period that moment falls in. The table, the
 * chart, the CSV and XLSX columns and the endpoint follow from this list.
 *
 * 报送 and 被采用 (issue 17, src/federation) count for the piece's own unit and its people: what the
 * unit sent up, and how much of it the unit above took (adopted as it is, or adapted).
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
  { key: 'reported', label: '报送', help: '报送上级单位的稿件，按审签记录中首次报送的时间计', when: (p) => p.reportedAt },
  { key: 'adopted', label: '被采用', help: '被上级单位采用（含改编采用）的稿件，按首次采用的时间计', when: (p) => p.adoptedAt },
]

export type MetricKey = (typeof METRICS)[number]['key']
export type Counts = Record<string, number>

export const zeroCounts = (): Counts => Object.fromEntries(METRICS.map((m) => [m.key, 0]))
