/**
 * The office's house style for WeChat, as inline styles (a draft's content keeps nothing else: no
 * `<style>`, no `class`). Sober trade-union red and greys, sized for a phone: body text 16px,
 * line height 1.75, justified, a blank line's worth of space between paragraphs.
 *
 * Every element's style is written out here and nowhere else, as React style objects; the
 * renderer (kinds.tsx) only picks among them. Text styles (size, colour, line height) are set
 * once on the outer `<section>` and inherited, so a long piece does not spend its 20,000
 * characters repeating them on every paragraph.
 */
import type { CSSProperties } from 'react'

type Style = Readonly<CSSProperties>

/** Trade-union red, the greys and the tint behind figures and quotes. */
export const COLORS = {
  red: '#b3202a',
  text: '#333333',
  muted: '#666666',
  faint: '#999999',
  rule: '#e5e5e5',
  panel: '#f7f7f7',
  tint: '#fbf3f3',
} as const

/** The outer wrapper of a whole piece: every text style the paragraphs inherit. */
export const ROOT: Style = {
  fontSize: '16px',
  lineHeight: '1.75',
  color: COLORS.text,
  textAlign: 'justify',
  letterSpacing: '0.5px',
  overflowWrap: 'break-word',
}

export const PARAGRAPH: Style = { margin: '0 0 16px' }

/** Subtitle (副题), printed as "——副题". */
export const SUBTITLE: Style = { margin: '0 0 12px', fontSize: '17px', color: COLORS.muted }

/** The byline, source and period lines at the top. */
export const META: Style = { margin: '0 0 4px', fontSize: '14px', lineHeight: '1.6', color: COLORS.muted }

/** Space and a thin rule between the top lines and the text. */
export const HEADER: Style = { margin: '0 0 20px', paddingBottom: '12px', borderBottom: `1px solid ${COLORS.rule}` }

/** The summary or lead under the header. */
export const LEAD: Style = {
  margin: '0 0 20px',
  padding: '12px 14px',
  backgroundColor: COLORS.panel,
  color: COLORS.muted,
  fontSize: '15px',
}

export const H2: Style = {
  margin: '28px 0 14px',
  padding: '0 0 0 10px',
  borderLeft: `4px solid ${COLORS.red}`,
  fontSize: '18px',
  lineHeight: '1.5',
  fontWeight: 'bold',
  color: COLORS.red,
}

export const H3: Style = { margin: '24px 0 12px', fontSize: '17px', lineHeight: '1.5', fontWeight: 'bold', color: COLORS.text }

export const H4: Style = { margin: '20px 0 10px', fontSize: '16px', lineHeight: '1.5', fontWeight: 'bold', color: COLORS.text }

export const QUOTE: Style = { margin: '0 0 16px', padding: '4px 0 4px 12px', borderLeft: `3px solid ${COLORS.rule}`, color: COLORS.muted }

export const LIST: Style = { margin: '0 0 16px', paddingLeft: '24px' }

export const LIST_ITEM: Style = { margin: '0 0 6px' }

export const RULE: Style = { margin: '24px 0', border: '0', borderTop: `1px solid ${COLORS.rule}` }

export const CODE: Style = { fontFamily: 'Menlo, Consolas, monospace', fontSize: '14px', backgroundColor: COLORS.panel }

/** A link written out: its text, then the address in grey (drafts drop outside links). */
export const LINK_URL: Style = { color: COLORS.faint, fontSize: '14px', wordBreak: 'break-all' }

/** A photo with its ▲ caption and credit. */
export const PHOTO: Style = { margin: '20px 0' }

export const IMAGE: Style = { display: 'block', width: '100%', height: 'auto', margin: '0 auto' }

export const CAPTION: Style = { margin: '8px 0 0', fontSize: '14px', lineHeight: '1.6', color: COLORS.muted, textAlign: 'justify' }

/** A gallery's title over its photos. */
export const GALLERY_TITLE: Style = { margin: '24px 0 8px', fontSize: '16px', fontWeight: 'bold', color: COLORS.text }

/** A row of figures (数据条) and the yearly review's key figures. */
export const FIGURES: Style = {
  margin: '20px 0',
  padding: '12px 6px 4px',
  backgroundColor: COLORS.tint,
  borderTop: `3px solid ${COLORS.red}`,
  textAlign: 'center',
}

export const FIGURES_HEADING: Style = { margin: '0 0 8px', fontSize: '15px', fontWeight: 'bold', color: COLORS.red }

/** One figure; its width comes from FIGURE_WIDTH by how many share a row. */
export const FIGURE: Style = { display: 'inline-block', verticalAlign: 'top', boxSizing: 'border-box', padding: '0 6px 10px' }

/** Figures per row → each one's width: three fit a phone's width with a 24px number. */
export const FIGURE_WIDTH = { 1: '100%', 2: '50%', 3: '33.33%' } as const

export const FIGURE_VALUE: Style = { margin: '0', fontSize: '24px', lineHeight: '1.3', fontWeight: 'bold', color: COLORS.red }

/** The unit and the 余/多/以上 that follow the number, smaller beside it. */
export const FIGURE_UNIT: Style = { fontSize: '14px', fontWeight: 'normal' }

export const FIGURE_LABEL: Style = { margin: '4px 0 0', fontSize: '13px', lineHeight: '1.5', color: COLORS.muted }

/** A figure's comparison with the year before (yearly reviews). */
export const FIGURE_COMPARE: Style = { margin: '2px 0 0', fontSize: '12px', lineHeight: '1.5', color: COLORS.faint }

/** A model worker's card. */
export const CARD: Style = {
  margin: '20px 0',
  padding: '12px 14px',
  backgroundColor: COLORS.panel,
  borderLeft: `4px solid ${COLORS.red}`,
}

export const CARD_NAME: Style = { margin: '0', fontSize: '17px', fontWeight: 'bold', color: COLORS.text }

export const CARD_TAG: Style = { marginLeft: '6px', padding: '0 4px', fontSize: '12px', fontWeight: 'normal', color: '#ffffff', backgroundColor: COLORS.red }

export const CARD_LINE: Style = { margin: '4px 0 0', fontSize: '14px', lineHeight: '1.6', color: COLORS.muted }

export const CARD_HONORS: Style = { margin: '4px 0 0', fontSize: '14px', lineHeight: '1.6', color: COLORS.red }

/** A pull quote (引语) or a worker's own words. */
export const PULL_QUOTE: Style = {
  margin: '24px 0',
  padding: '14px 16px',
  backgroundColor: COLORS.panel,
  borderLeft: `4px solid ${COLORS.red}`,
}

export const PULL_QUOTE_TEXT: Style = { margin: '0', fontSize: '17px', lineHeight: '1.7', fontWeight: 'bold', color: COLORS.text }

export const PULL_QUOTE_BY: Style = { margin: '8px 0 0', fontSize: '14px', color: COLORS.muted, textAlign: 'right' }

/** A video: its poster, then where to watch it (WeChat drafts take no players). */
export const VIDEO: Style = { margin: '20px 0' }

export const VIDEO_LINE: Style = { margin: '8px 0 0', fontSize: '14px', lineHeight: '1.6', color: COLORS.muted }

export const VIDEO_TITLE: Style = { fontWeight: 'bold', color: COLORS.text }

/** Editorial credits (编委/版式/责编/终审) at the end. */
export const CREDITS: Style = {
  margin: '28px 0 0',
  paddingTop: '10px',
  borderTop: `1px solid ${COLORS.rule}`,
  fontSize: '13px',
  lineHeight: '1.6',
  color: COLORS.faint,
  textAlign: 'right',
}

/** A yearly review's plan, its targets under it. */
export const PLAN_NAME: Style = { fontWeight: 'bold' }

export const PLAN_TEXT: Style = { margin: '4px 0 0' }
