/**
 * What an import asks the editor to check, said in Chinese. The parser, the decoder and the draft
 * writer word their warnings in English for the command line's log and for scripts; the admin's
 * 导入 shows each of them in Chinese through this table. A warning the table does not know is shown
 * as it is (a test exercises every warning the importer gives, so a new one without a translation
 * fails there).
 */
type Rule = [RegExp, (m: RegExpExecArray) => string]

const RULES: Rule[] = [
  [/^no headline marked: took 「(.*)」 as the headline; check it$/s, (m) => `原文没有标出标题，已取「${m[1]}」作标题，请核对。`],
  [/^no running text found: kept (\d+) short line\(s\) as paragraphs; check them$/, (m) => `没有找到成段的正文，已把 ${m[1]} 行短句留作段落，请核对。`],
  [/^dropped (\d+) stray fragment\(s\): (.*)$/s, (m) => `已删去 ${m[1]} 处零散文字（多为网页按钮、版面碎字）：${m[2]}，如有正文被删请补回。`],
  [/^review period not found: fill in the years$/, () => '没有找到回眸的起止年份，请在侧栏填写。'],
  [/^(\d+) broken UTF-8 sequence\(s\) replaced with �$/, (m) => `有 ${m[1]} 处损坏的字符已替换为 �，请对照原文核对。`],
  [/^organisation (.*) is not in the catalog: pick it in the sidebar$/s, (m) => `单位 ${m[1]} 不在单位目录中，请在侧栏选择。`],
  [/^new honours in the catalog, check their level: (.*)$/s, (m) => `已在荣誉目录中新增 ${m[1]}，请核对其级别。`],
  [/^(\d+) new photo\(s\) in the library without alt text: add it before publishing$/, (m) => `媒体库新增 ${m[1]} 张图片尚无替代文字，发布前请补上。`],
  [/^honours not in the catalog and not yours to add \(ask an editor\): (.*)$/s, (m) => `荣誉 ${m[1]} 不在荣誉目录中，你无权新增，请联系编辑。`],
]

/** A photo left out, said once in the answer's own list (`photosLeftOut`), not again as a warning. */
export const PHOTO_LEFT_OUT = /^(?:photo .+|\d+ photos \(.+\)) left out: /

/** The Chinese for one of the importer's warnings; the warning itself when the table lacks it. */
export function warningZh(warning: string): string {
  for (const [re, say] of RULES) {
    const m = re.exec(warning)
    if (m) return say(m)
  }
  return warning
}

/** Whether the table says this warning in Chinese. */
export const hasChinese = (warning: string): boolean => RULES.some(([re]) => re.test(warning))
