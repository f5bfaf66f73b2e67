/**
 * What an import asks the editor to check, each warning worded once here in both languages. The
 * parser, the decoder and the draft writer give their warnings through this catalog as
 * `{ code, en, zh }`: the English for the command line's log, the dry-run JSON and scripts, the
 * Chinese for the admin's 导入 and the command line. Nothing downstream reads a warning's wording
 * back; a test gives every entry and checks both languages carry the same details.
 */
type Slots<T extends string> = T extends `${string}{${infer S}}${infer Rest}` ? S | Slots<Rest> : never

const CATALOG = {
  noHeadline: ['no headline marked: took 「{headline}」 as the headline; check it', '原文没有标出标题，已取「{headline}」作标题，请核对。'],
  noRunningText: ['no running text found: kept {count} short line(s) as paragraphs; check them', '没有找到成段的正文，已把 {count} 行短句留作段落，请核对。'],
  dropped: ['dropped {count} stray fragment(s): {shown}', '已删去 {count} 处零散文字（多为网页按钮、版面碎字）：{shown}，如有正文被删请补回。'],
  otherStories: ['the page holds {count} more story(ies), each imported as a draft of its own: 「{heads}」', '这一版上还有 {count} 篇稿件，已分别导入成稿：「{heads}」，请逐篇核对。'],
  noPeriod: ['review period not found: fill in the years', '没有找到回眸的起止年份，请在侧栏填写。'],
  brokenUtf8: ['{count} broken UTF-8 sequence(s) replaced with �', '有 {count} 处损坏的字符已替换为 �，请对照原文核对。'],
  organisationUnknown: ['organisation {names} is not in the catalog: pick it in the sidebar', '单位 {names} 不在单位目录中，请在侧栏选择。'],
  honoursCreated: ['new honours in the catalog, check their level: {names}', '已在荣誉目录中新增 {names}，请核对其级别。'],
  photosWithoutAlt: ['{count} new photo(s) in the library without alt text: add it before publishing', '媒体库新增 {count} 张图片尚无替代文字，发布前请补上。'],
  honoursRefused: ['honours not in the catalog and not yours to add (ask an editor): {names}', '荣誉 {names} 不在荣誉目录中，你无权新增，请联系编辑。'],
} as const

export type WarningCode = keyof typeof CATALOG
/** One thing to check in a draft, said in both languages. */
export type Warning = { code: WarningCode; en: string; zh: string }

type Say<C extends WarningCode> = (details: { [K in Slots<(typeof CATALOG)[C][0]>]: string | number }) => Warning

const fill = (template: string, details: Record<string, unknown>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(details[k]))

export const WARN = Object.fromEntries(
  Object.entries(CATALOG).map(([code, [en, zh]]) => [code, (details: Record<string, unknown>): Warning => ({ code: code as WarningCode, en: fill(en, details), zh: fill(zh, details) })]),
) as unknown as { [C in WarningCode]: Say<C> } // each entry's details typed by its own template

