// opencc-js ships types for its converters, not for its raw dictionary modules.
declare module 'opencc-js/dict/TSCharacters' {
  /** "traditional simplified[ alternatives]|…" pairs, one per character. */
  const table: string
  export default table
}
