/**
 * Reading the stored Lexical JSON: what every renderer of rich text (the site's, WeChat's) shares.
 */

/** A rich-text field's value as stored (every generated rich-text type fits this). */
export type RichTextValue = { root?: object } | null | undefined

/** Lexical's text format bits (a text node's `format`). */
export const BOLD = 1
export const ITALIC = 2
export const STRIKE = 4
export const UNDERLINE = 8
export const CODE = 16
export const SUB = 32
export const SUP = 64
