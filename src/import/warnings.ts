/**
 * What an import asks the editor to check, each warning worded once here in both languages. The
 * parser, the decoder and the draft writer give their warnings through this catalog: the English
 * wording for the command line's log, the dry-run JSON and scripts; the admin's 导入 and the
 * command line say each in Chinese through `warningZh`, which reads the details back out of the
 * English by the same template. A warning from outside the catalog is shown as it is (a test
 * exercises every warning the importer gives).
 */
type Slots<T extends string> = T extends `${string}{${infer S}}${infer Rest}` ? S | Slots<Rest> : never
type Details<T extends string> = { [K in Slots<T>]: string | number }

const known: { pattern: RegExp; zh: string }[] = []

const fill = (template: string, details: Record<string, unknown>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(details[k]))

/** A warning worded in English and Chinese; `{name}` marks a detail, the same in both. */
function warning<T extends string>(en: T, zh: string): (details: Details<T>) => string {
  const source = en.replace(/[.*+?^$()[\]\\|]/g, '\\$&').replace(/\{(\w+)\}/g, '(?<$1>.*)')
  known.push({ pattern: new RegExp(`^${source}$`, 's'), zh })
  return (details) => fill(en, details)
}

export const WARN = {
  noHeadline: warning('no headline marked: took 「{headline}」 as the headline; check it', '原文没有标出标题，已取「{headline}」作标题，请核对。'),
  noRunningText: warning('no running text found: kept {count} short line(s) as paragraphs; check them', '没有找到成段的正文，已把 {count} 行短句留作段落，请核对。'),
  dropped: warning('dropped {count} stray fragment(s): {shown}', '已删去 {count} 处零散文字（多为网页按钮、版面碎字）：{shown}，如有正文被删请补回。'),
  noPeriod: warning('review period not found: fill in the years', '没有找到回眸的起止年份，请在侧栏填写。'),
  brokenUtf8: warning('{count} broken UTF-8 sequence(s) replaced with �', '有 {count} 处损坏的字符已替换为 �，请对照原文核对。'),
  organisationUnknown: warning('organisation {names} is not in the catalog: pick it in the sidebar', '单位 {names} 不在单位目录中，请在侧栏选择。'),
  honoursCreated: warning('new honours in the catalog, check their level: {names}', '已在荣誉目录中新增 {names}，请核对其级别。'),
  photosWithoutAlt: warning('{count} new photo(s) in the library without alt text: add it before publishing', '媒体库新增 {count} 张图片尚无替代文字，发布前请补上。'),
  honoursRefused: warning('honours not in the catalog and not yours to add (ask an editor): {names}', '荣誉 {names} 不在荣誉目录中，你无权新增，请联系编辑。'),
}

/** A photo left out, said once in the answer's own list (`photosLeftOut`), not again as a warning. */
export const PHOTO_LEFT_OUT = /^(?:photo .+|\d+ photos \(.+\)) left out: /

/** The Chinese for one of the importer's warnings; the warning itself when the catalog lacks it. */
export function warningZh(warning: string): string {
  for (const { pattern, zh } of known) {
    const m = pattern.exec(warning)
    if (m) return fill(zh, m.groups ?? {})
  }
  return warning
}

/** Whether the catalog says this warning in Chinese. */
export const hasChinese = (warning: string): boolean => known.some(({ pattern }) => pattern.test(warning))
