/**
 * Unmarked photo captions, weighed rather than matched. In plain text a photo's place is lost, so
 * a caption with no ▲ mark, no date and no photographer's credit differs from a short paragraph
 * only by how it reads and where it stands: one short sentence showing people at work or a scene,
 * in a run of such lines, on a page that shows photos, not opening with a connective nor quoting
 * anyone. Hand-written rules for each form fitted the pages they were made on and missed the next
 * paper's forms; these signals are instead weighed by a logistic model fitted on the annotated
 * corpus (bench/train-captions.ts, which also reports how it does on batches it was not fitted on).
 *
 * The model only adds captions: paragraphs it is sure of (`CAPTION_THRESHOLD`) become captions;
 * the rules' captions stay.
 */
import { simplifiedCopy, wordLength } from '../text'
import { CAPTION_WORDS, dateLed, splitPhotoCredit, WEB_FURNITURE } from './captions'
import { CAPTION_WEIGHTS } from './captionWeights'

/** A body block as the model sees it. */
export type ModelBlock = { type: 'paragraph' | 'caption'; text: string }

/** Someone quoted or speaking: a paragraph's, rarely a caption's. */
const SPEECH = /[“”"]|(?:说|表示|介绍|认为|指出|告诉|坦言|感慨)[，,：:]/
/** How a sentence that goes on from the one before opens. */
const CONNECTIVE = /^(?:因为|是|就|也|还|都|却|又|才|便|并且|而且|让|使|但|而|同时|此外|另外|因此|所以|然而|其中|据|截至|目前|近年来|近年|如今|由于|为了|对于|随着|通过|自|从|在此|此次|这|那|他|她|我|它|“|首先|其次|最后|一是|二是|三是|此前|之后|后来|当时|经过|作为|不仅)/
/** Where a photo is taken: a workshop, a site, a stage. */
const PLACE = /(?:车间|现场|工地|一线|岗位|基地|生产线|厂区|站台|舞台|赛场|会场|活动中|比赛中|在.{1,12}(?:上|中|里|前|旁|内))/
/** Who a photo shows: workers, contestants, volunteers. */
const PEOPLE = /(?:们|职工|工人|选手|劳模|工匠|志愿者|建设者|参赛|代表|嘉宾|党员|员工)/
/** People doing something as the photo was taken. */
const DOING = /(?:正在|在.{0,10}(?:进行|开展|作业|检查|巡查|检修|调试|操作|维护|施工|比拼|参观|学习|交流|讲解|体验|展示|表演))/
/** A page that speaks of its photos or credits a photographer. */
export const PHOTO_SIGNS = /摄|供图|图片|组图|图集/

/** A caption's own words for what the photo shows: `图为`, `上图`, `合影留念`, `（右二）`. */
const SHOWS = /图为|[上下左右中]图[:：]|合影|留念|[（(](?:前排|后排)?[左右中][一二三四五]?[)）]|为.{1,16}(?:颁奖|颁发|授牌|揭牌)/

const sentences = (t: string) => (t.match(/[。！？!?]/g) ?? []).length
const isShort = (b: ModelBlock | undefined) => !!b && wordLength(b.text) <= 70 && sentences(b.text) <= 2

/** What the features need of the whole page, worked out once: linear in the blocks. */
export type PageShape = { medianParagraph: number; runs: number[] }

export function pageShape(blocks: ModelBlock[]): PageShape {
  const paragraphs = blocks.filter((b) => b.type === 'paragraph').map((b) => wordLength(b.text)).sort((x, y) => x - y)
  // The length of the run of short blocks each block stands in (itself included).
  const runs = new Array<number>(blocks.length).fill(1)
  for (let k = 0; k < blocks.length; ) {
    let end = k
    while (end < blocks.length && isShort(blocks[end])) end++
    if (end === k) {
      // A long block: its run is the short blocks on either side, plus itself.
      let before = 0
      for (let j = k - 1; j >= 0 && isShort(blocks[j]); j--) before++
      let after = 0
      for (let j = k + 1; j < blocks.length && isShort(blocks[j]); j++) after++
      runs[k] = 1 + before + after
      k++
    } else {
      for (let j = k; j < end; j++) runs[j] = end - k
      k = end
    }
  }
  return { medianParagraph: paragraphs[Math.floor(paragraphs.length / 2)] ?? 50, runs }
}

/**
 * The signals of block `k`, each in 0…3, by name. `photoSigns`: the page shows photos (a caption
 * found by the rules, a credit, `组图`).
 */
export function captionFeatures(blocks: ModelBlock[], k: number, photoSigns: boolean, page: PageShape = pageShape(blocks)): Record<string, number> {
  // Read in simplified characters: a mirror's `捐助現場` has the words of `捐助现场`.
  const t = simplifiedCopy(blocks[k]!.text)
  const length = wordLength(t)
  const median = page.medianParagraph
  const run = page.runs[k]!
  return {
    bias: 1,
    length: Math.min(length, 200) / 100,
    upTo40: length <= 40 ? 1 : 0,
    upTo80: length <= 80 ? 1 : 0,
    sentences: Math.min(sentences(t), 5) / 5,
    endsWithStop: /[。！？]$/.test(t) ? 1 : 0,
    credit: splitPhotoCredit(t) ? 1 : 0,
    dateLed: dateLed(t) ? 1 : 0,
    captionWords: CAPTION_WORDS.test(t) ? 1 : 0,
    speech: SPEECH.test(t) ? 1 : 0,
    connective: CONNECTIVE.test(t) ? 1 : 0,
    firstPerson: /我/.test(t) ? 1 : 0,
    commas: ((t.match(/[，,]/g) ?? []).length / Math.max(length, 1)) * 10,
    relativeLength: Math.min(length / median, 3),
    shortBefore: isShort(blocks[k - 1]) ? 1 : 0,
    shortAfter: isShort(blocks[k + 1]) ? 1 : 0,
    photoSigns: photoSigns ? 1 : 0,
    position: k / blocks.length,
    last: k === blocks.length - 1 ? 1 : 0,
    run: Math.min(run, 8) / 8,
    place: PLACE.test(t) ? 1 : 0,
    people: PEOPLE.test(t) ? 1 : 0,
    doing: DOING.test(t) ? 1 : 0,
    digits: (t.match(/\d/g) ?? []).length / Math.max(length, 1),
    first: k === 0 ? 1 : 0,
    unstopped: !/[。！？!?；;，,：:]/.test(t) ? 1 : 0,
    shows: SHOWS.test(t) ? 1 : 0,
  }
}

/** The model's confidence that block `k` is a photo's caption, 0…1. */
export function captionScore(blocks: ModelBlock[], k: number, photoSigns: boolean, page: PageShape = pageShape(blocks)): number {
  const x = captionFeatures(blocks, k, photoSigns, page)
  let z = 0
  for (const [name, w] of Object.entries(CAPTION_WEIGHTS)) z += w * (x[name] ?? 0)
  return 1 / (1 + Math.exp(-z))
}

/** How sure the model must be to turn a paragraph into a caption. */
export const CAPTION_THRESHOLD = 0.9

/** What a photo can show: a place, people, someone at work, a caption's own words. */
export function pictured(text: string): boolean {
  const t = simplifiedCopy(text)
  return PLACE.test(t) || PEOPLE.test(t) || DOING.test(t) || SHOWS.test(t) || CAPTION_WORDS.test(t)
}

/** A paragraph the model may weigh: words of a scene, not a signature (`——编者`) or a web page's links. */
export function weighable(text: string): boolean {
  const han = [...text].filter((c) => /[\u4e00-\u9fff]/.test(c)).length
  // `(上海市五一劳动奖章获得者、某公司总裁)`: a line in brackets describes the person above it.
  return han >= 6 && !/^[-—―─－~～]/.test(text.trim()) && !/^[（(][^（）()]+[)）]$/.test(text.trim()) && !WEB_FURNITURE.test(text)
}

/**
 * Turns the paragraphs the model is sure of into captions, all weighed on the blocks as the rules
 * left them. A page keeps at least one paragraph: a page of nothing but photos' texts reads them as
 * its body (see analyzeLayout).
 */
export function weighUnmarkedCaptions<B extends { type: string; text: string }>(blocks: B[], pageText: string, lead: (b: B) => boolean = () => false): B[] {
  const seen = blocks.filter((b): b is B & ModelBlock => b.type === 'paragraph' || b.type === 'caption')
  const photoSigns = seen.some((b) => b.type === 'caption') || PHOTO_SIGNS.test(pageText)
  const page = pageShape(seen)
  const sure = new Set(seen.filter((b, k) => b.type === 'paragraph' && !lead(b) && weighable(b.text) && pictured(b.text) && captionScore(seen, k, photoSigns, page) > CAPTION_THRESHOLD))
  if (sure.size === 0 || seen.every((b) => b.type !== 'paragraph' || sure.has(b))) return blocks
  return blocks.map((b) => (sure.has(b as B & ModelBlock) ? { ...b, type: 'caption', credit: null } : b))
}
