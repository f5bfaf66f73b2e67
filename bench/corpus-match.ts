/** How the import benchmarks compare the parser's text with an annotation. */
import { PINYIN_GLOSS, TONELESS_GLOSS } from '../src/import/clean'


/** Compare text the way an editor would: width, quotes and spaces do not matter. */
export const norm = (s: string) =>
  s
    // A mirror's readings in pinyin (`報(bào)`): debris the importer drops; annotations keep the page as printed.
    .replace(PINYIN_GLOSS, '')
    .replace(TONELESS_GLOSS, '')
    .normalize('NFKC')
    .replace(/[“”„‟"「」『』]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[\s\u3000]+/g, '')
/** Looser: punctuation ignored too (headings wrapped over lines lose or gain a colon). */
export const loose = (s: string) => norm(s).replace(/[\p{P}\p{S}]/gu, '')

/** A photographer's credit closing a caption (`…合影。本报记者 某某 摄`, `工人日报-中工网记者 某某 摄`, `新华社发 （某某 摄）`): annotations may keep it, the importer splits it off. */
const TRAILING_CREDIT = /(?:新华社发|新華社發)?\s*[（(]?(?:本报|本報|[\u4e00-\u9fff]{2,8}(?:[-－][\u4e00-\u9fff]{2,8})?(?=记者|記者))?(?:记者|記者|通讯员|通訊員)?[\s\u3000]*(?:[\u4e00-\u9fff·](?:[\s\u3000]?[\u4e00-\u9fff·]){1,3}[\s\u3000、]*){1,3}(?:摄影报道|摄影|摄|攝)[)）]?$/

/**
 * A line that is only a photo's credit (`王某 攝`, `受访者供图`, `通讯员张某 摄影报道`): some annotators list it
 * among the captions, the importer keeps it as the credit of the caption above it.
 */
export function creditOnly(text: string): boolean {
  const t = text.trim().replace(/^[（(]|[)）]$/g, '')
  return CREDIT_LINE.test(t) || /^[\u4e00-\u9fff]{0,12}(?:供图|供圖)$/.test(t) || /^(?:摄影|攝影|图|圖)\s*[/／:：]\s*[\u4e00-\u9fff·]{2,4}$/.test(t)
}
const CREDIT_NAME = '[\\u4e00-\\u9fff·](?:[ \\u3000]?[\\u4e00-\\u9fff·]){1,3}'
const CREDIT_ROLE = '(?:记者|記者|通讯员|通訊員|实习生|實習生)'
/** `新華社記者 魏某 攝`, `本报记者 甲 本报通讯员 乙 摄`, `王 者 王 博摄影报道`, `工人日报-中工网记者 某某 摄`: roles and names, then the mark. */
const CREDIT_LINE = new RegExp(
  `^(?:[\\u4e00-\\u9fff]{0,8}?(?:[-－][\\u4e00-\\u9fff]{2,8})?${CREDIT_ROLE})?\\s*${CREDIT_NAME}(?:\\s+(?:(?:本报|本報)?${CREDIT_ROLE})?\\s*${CREDIT_NAME}){0,3}\\s*(?:摄影报道|攝影報道|摄影|攝影|摄|攝)$`,
)

/** A caption is found when its words are, give or take a fifth (a place left on), with or without its credit. */
export function sameCaption(expected: string, produced: string): boolean {
  const strip = (s: string) => {
    // `图①：蒋某`: a photo's number, the page's layout, which the importer leaves off.
    s = s.replace(/^(?:图|圖)[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮\d?？]{1,2}(?:\s*[:：]\s*|[ \u3000]+)/, '')
    // `…诗朗诵 摄影 王某`: the role before the name.
    s = s.replace(/[\s\u3000]+(?:摄影|攝影)[\s\u3000]+[\u4e00-\u9fff·]{2,4}$/, '')
    // `…建设物资。 摄影:某某供电公司某某`, `…傳承不絕。 攝影/某某`: the credit labelled, with the photographer's unit.
    s = s.replace(/(?:(?<=[。！？])[\s\u3000]*|[\s\u3000]+)(?:摄影|攝影|图片|圖片)[:：/／][\s\u3000]*[\u4e00-\u9fff·]{2,30}$/, '')
    // `…行通濟”。(攝影:胡某)`: the same credit in brackets.
    s = s.replace(/[\s\u3000]*[（(](?:摄影|攝影|图片|圖片|图|圖)[:：/／][\s\u3000]*[\u4e00-\u9fff·\s]{2,30}[)）]$/, '')
    // `（受访者供图）`: who supplied the photo, kept by annotations, split off by the importer.
    const t = s.replace(TRAILING_CREDIT, '').replace(/\s*[（(][\u4e00-\u9fff]{0,8}(?:供图|供圖)[)）]$/, '').replace(/(?<=[。！？])[\s\u3000]*[\u4e00-\u9fff]{0,8}[\s\u3000]*(?:供图|供圖|提供)(?:[（(]下同[)）])?$/, '')
    // A credit in brackets (`活动现场(某某 摄)`) is a credit wherever it stands; a bare one only after a sentence.
    return /[。！？.!?]$/.test(t.trim()) || /[)）]$/.test(s.trim()) ? t : s
  }
  const [x, y] = [loose(strip(expected)), loose(strip(produced))]
  return x === y || ((x.includes(y) || y.includes(x)) && Math.min(x.length, y.length) >= 0.8 * Math.max(x.length, y.length))
}
