/**
 * Photo captions without a mark. Each pass reads the page's lines after classification and turns
 * the lines a photo's caption stands on into `caption` lines: a caption list under the headline,
 * a slideshow's titles over the page, a short line standing alone between paragraphs, the lines a
 * photographer's credit closes, picture items (图片新闻), numbered photos, labels and captions
 * collected after the text. The passes change lines' kinds only (a credit line folded into its
 * caption becomes an ornament, a web footer after tail captions a stray); assembleBody in
 * ../structure.ts then reads caption lines as caption blocks.
 */
import { bylineInParagraph } from '../bylines'
import { cleanProse } from '../clean'
import { CAPTION_WORDS, dateLed, DAY_OPENER, isCreditLine, PHOTO_ITEM, PHOTO_PLACE, PHOTO_SERIES, photoItemGallery, splitPhotoCredit, STORY_GOES_ON, WEB_FURNITURE } from './captions'
import { isHan, looksLikeName, simplifiedCopy, wordLength } from '../text'
import { CAPTION_LEAD, captionLike, EDGE, headingShaped, isScene, isTextLine, type Kind, type Line, PERSON_ACTION, PICTURED, PICTURED_WORK, runLength, withoutCredit } from './lines'

/**
 * An e-paper reader lists a picture page's captions between its headline and its text
 * (`他们忙碌的身影最美` / `生产线上忙碌的女工` / `一施工工地的钢筋工` / …): a run of three or more
 * short lines before the running text, each a phrase or one short sentence, most of them showing
 * people at work. The page's first title line (and a kicker ending in `——` or `：` above it) stays
 * the head.
 */
export function markCaptionList(lines: Line[]): void {
  const firstText = lines.findIndex((l) => l.kind === 'prose' && wordLength(l.text) > 40)
  if (firstText < 0) return
  // Under the headline: among the page's first lines.
  const top = lines.slice(0, Math.min(firstText, 80))
  const firstTitle = top.findIndex((l) => l.kind === 'title')
  const candidate = (l: Line) => {
    const n = wordLength(l.text)
    if ((l.kind !== 'title' && l.kind !== 'prose') || l.marker || n < 4 || n > 40) return false
    const t = l.text.replace(/[。！]$/, '')
    return !/[。！？!?；;：:]/.test(t) && (t.match(/[，,]/g) ?? []).length <= 1
  }
  const skip: Kind[] = ['furniture', 'ornament', 'dateline', 'masthead', 'stray']
  let k = 0
  while (k < top.length) {
    if (!candidate(top[k]!)) {
      k++
      continue
    }
    const run: Line[] = []
    for (; k < top.length && (candidate(top[k]!) || skip.includes(top[k]!.kind)); k++) if (candidate(top[k]!)) run.push(top[k]!)
    let head = firstTitle >= 0 && firstTitle < run[0]!.i ? 0 : 1
    if (head === 1 && /(?:——|――|[:：])$/.test(run[0]!.text)) head = 2
    // The list stands right over the text (or its byline): lines cut at a column's width go on below.
    let next = run.at(-1)!.i + 1
    while (next < firstText && (skip.includes(lines[next]!.kind) || lines[next]!.kind === 'byline')) next++
    if (next !== firstText) continue
    const rest = run.slice(head)
    // (`海南省总工会女职工普法宣传月。` / `五一表彰。`: an event's name says what a photo shows too.)
    const pictured = (text: string) => PICTURED_WORK.test(simplifiedCopy(text)) || CAPTION_WORDS.test(simplifiedCopy(text)) || PERSON_ACTION.test(text) || /(?:活动|表彰|联欢|仪式|献花|宣传月|启动)。?$/.test(simplifiedCopy(text))
    while (rest[0] && !pictured(rest[0].text)) rest.shift()
    const shown = rest.filter((l) => pictured(l.text)).length
    if (rest.length < 3 || shown * 3 < rest.length * 2) continue
    for (const l of rest) {
      l.kind = 'caption'
      l.text = l.text.replace(/。$/, '')
    }
  }
}

/** A short scene or label (`闭幕式活动现场`, `焊工决赛`): no cut first line of a paragraph, whatever follows it. */
export const shortLabel = (l: Line) => wordLength(l.text) <= 8 && !/[，,、：:。！？]/.test(l.text) && (isScene(l.text) || CAPTION_WORDS.test(l.text) || /(?:决赛|比赛|赛场|现场|合影|留念)$/.test(l.text))

/**
 * `下面请欣赏竞赛图片，带你进入比赛现场。` / `比赛现场` / `焊花在眼前跳跃` / …: the text announces
 * the photos; the short lines after it, up to the next sentence, are their captions. When the
 * page ends with them, they may be sentences too (`金铁集团炼铁厂，炉火正红冶炼忙。`).
 */
export function markAnnouncedPhotos(lines: Line[]): void {
  const ANNOUNCED = /(?:请欣赏|請欣賞|请看|請看|一起来看|一起來看|来看看|來看看|带你走进|帶你走進|带你进入|帶你進入|先睹为快|先睹為快|一起走近|一起走進).{0,12}(?:图片|圖片|照片|镜头|鏡頭|瞬间|瞬間|现场|現場|风采|風采)/
  for (const l of lines) {
    if (l.kind !== 'prose' || !ANNOUNCED.test(simplifiedCopy(l.text)) || wordLength(l.text) > 160) continue
    const label = (x: Line) => ['prose', 'title', 'fragment', 'stray'].includes(x.kind) && wordLength(x.text) >= 2 && wordLength(x.text) <= 24 && !/[。！？!?，,；;：:]/.test(x.text) && !WEB_FURNITURE.test(x.text)
    const n = runLength(lines, l.i + 1, label)
    if (n >= 2 && wordLength(l.text) <= 60) for (const x of lines.slice(l.i + 1, l.i + 1 + n)) x.kind = 'caption'
    // `让我们一起走近镜头下的劳动者…` / `金铁集团炼铁厂，炉火正红冶炼忙。` / …: a sentence or two a photo,
    // three or more, down to the end of the text.
    // (`据了解，…`: the story going on, not a photo.)
    const said = (x: Line) => (x.kind === 'prose' || x.kind === 'title') && wordLength(x.text) >= 6 && wordLength(x.text) <= 100 && (x.text.match(/[。！？!?]/g) ?? []).length <= 2 && captionLike(x.text) && !WEB_FURNITURE.test(x.text) && !STORY_GOES_ON.test(x.text)
    const m = runLength(lines, l.i + 1, said)
    const after = lines.slice(l.i + 1 + m).filter((x) => x.kind === 'prose' || x.kind === 'title')
    if (n < 2 && m >= 3 && after.length === 0) for (const x of lines.slice(l.i + 1, l.i + 1 + m)) x.kind = 'caption'
  }
}

/**
 * A photo's caption right under the headline block, without a mark: one short sentence ending in
 * `。`, standing alone, before a paragraph at least twice as long; or a scene line (`…的场景`) there.
 */
export function markHeadCaption(lines: Line[]): void {
  const head: Kind[] = ['headline', 'subtitle', 'kicker', 'byline', 'furniture', 'masthead', 'dateline', 'credits']
  // `劳模班上课的场景` between the headline and the text: a photo's caption by its last word.
  // Also the page's first line, closed by a stop or not (`某某“金秋助学”捐助现场。` over the text).
  const scene = lines.find((l) => (l.kind === 'title' || (l.kind === 'prose' && l.i === 0 && isScene(l.text))) && (l.i === 0 || head.includes(lines[l.i - 1]?.kind ?? 'prose')))
  if (scene && isScene(scene.text) && lines[scene.i + 1]?.kind === 'prose' && !lines.slice(0, scene.i).some((l) => l.kind === 'prose')) scene.kind = 'caption'
  // `开场舞蹈。` / `某某致辞。` / `职工代表家属冲上台来拥抱亲人。` / `某某报讯（记者…）…`: the photos'
  // captions printed over the story, whose dateline opens the text.
  const opening = lines.find((l) => l.kind === 'prose')
  if (opening) {
    // (`一名工人走下货船。“再忙不忘安全”也是我们善意的提醒。`: a caption of two sentences.)
    // (A line doubled by the copy, an ornament now, does not end the run.)
    const seq = lines.filter((l) => l.i >= opening.i && l.kind !== 'ornament')
    const leads = (l: Line) => bylineInParagraph(l.text) !== null || DATELINE_LEAD.test(l.text)
    const run = runLength(seq, 0, (l) => l.kind === 'prose' && wordLength(l.text) <= 60 && /^(?:[^。！？]+。){1,2}$/.test(l.text.trim()) && !leads(l))
    const lead = seq[run]
    if (run >= 2 && lead?.kind === 'prose' && leads(lead)) {
      for (const l of seq.slice(0, run)) l.kind = 'caption'
      return
    }
    // (`职工们向劳模明星“取经”。` / `劳模和职工们近距离交流心得。` over a lead without a dateline: photos'
    // captions by their words, each short and without a clause, half of them or more showing something.)
    const labels = runLength(seq, 0, (l) => l.kind === 'prose' && wordLength(l.text) <= 30 && /^[^。！？，,；;]+。$/.test(l.text.trim()))
    const text = seq[labels]
    const over = seq.slice(0, labels)
    if (labels >= 2 && text?.kind === 'prose' && wordLength(text.text) >= 40 && over.filter((l) => CAPTION_WORDS.test(l.text) || PERSON_ACTION.test(l.text) || isScene(l.text)).length * 2 >= labels) {
      for (const l of over) l.kind = 'caption'
      return
    }
  }
  const first = lines.find((l) => l.kind === 'prose' && head.includes(lines[l.i - 1]?.kind ?? 'prose'))
  if (!first || lines.slice(0, first.i).some((l) => l.kind === 'prose')) return
  const next = lines[first.i + 1]
  const text = withoutCredit(first.text)
  const n = wordLength(text)
  // A lead's first sentence (`在期待中，我们迎来了新的一年。`) is as short: a caption shows a scene
  // (`…在百米高空检修线路。`) or names its photographer, and has no clause before it.
  // On a page with a photographer's credit line, a line opening with the day is the photo's too.
  const credited = lines.some((l) => isCreditLine(l.text) || l.kind === 'pictureCredit')
  const photoWords = CAPTION_WORDS.test(text) || text !== first.text || !/[，,]/.test(text) || credited
  if (n >= 6 && n <= 36 && photoWords && /。$/.test(text) && (text.match(/[。！？]/g) ?? []).length === 1 && first.blankAfter >= 1 && next?.kind === 'prose' && wordLength(next.text) >= 2 * n && !bylineInParagraph(first.text)) {
    first.kind = 'caption'
    if (text === first.text) first.text = first.text.replace(/。$/, '')
  }
}

/**
 * A photo's caption standing alone between paragraphs: one short sentence without a clause
 * (`“走近某某”集体采访活动。`, `某某在训练中。`) between two paragraphs each at least twice as
 * long. A paragraph that short has a comma (`做一名好厨师，某某坚持了18年。`) or is speech.
 */
export function markLoneCaptions(lines: Line[]): void {
  markBracketedCaptions(lines)
  // `李某(右)向年轻工人传授心得`: a person's place in the picture makes a short line a photo's caption.
  for (const l of lines) {
    if (['title', 'fragment'].includes(l.kind) && PICTURED.test(l.text) && wordLength(l.text) <= 40 && !/[。！？!?]./.test(l.text)) l.kind = 'caption'
    // `冀某(右一)把“关爱箱”送到工地,并…。` alone on its line: one sentence placing a person in the picture.
    else if (l.kind === 'prose' && !l.listItem && PICTURED.test(l.text) && wordLength(l.text) <= 80 && !/[。！？!?]./.test(l.text.trim()) && !/[:：]/.test(l.text)) l.kind = 'caption'
  }
  // `电工决赛` / `焊工决赛` between two paragraphs: the labels of two photos side by side, not a
  // heading of two lines.
  for (let k = 0; k < lines.length; k++) {
    const n = runLength(lines, k, (l) => (l.kind === 'title' || l.kind === 'fragment') && shortLabel(l))
    if (n >= 2 && lines[k - 1]?.kind === 'prose' && lines[k + n]?.kind === 'prose') for (const l of lines.slice(k, k + n)) l.kind = 'caption'
    k += n
  }
  // `大合照` / `比賽現場` / `比賽冠軍` / `比賽亞軍` under the last paragraph: the labels of the photos
  // that close the page, not one paragraph run together.
  const label = (l: Line) => (l.kind === 'title' || l.kind === 'fragment' || l.kind === 'prose') && wordLength(l.text) >= 2 && wordLength(l.text) <= 8 && !/[，,、：:；;。！？!?]/.test(l.text)
  const content = (l: Line) => ['prose', 'title', 'heading', 'fragment', 'caption'].includes(l.kind)
  let end = lines.length
  while (end > 0 && !content(lines[end - 1]!)) end--
  let start = end
  while (start > 0 && label(lines[start - 1]!)) start--
  const run = lines.slice(start, end)
  const scenes = run.filter((l) => shortLabel({ ...l, text: simplifiedCopy(l.text) })).length
  if (lines[start - 1]?.kind === 'prose' && ((run.length >= 3 && scenes >= 1) || (run.length >= 2 && scenes === run.length))) for (const l of run) l.kind = 'caption'
  const prose = lines.filter((l) => l.kind === 'prose')
  prose.forEach((l, n) => {
    const [prev, next] = [prose[n - 1], prose[n + 1]]
    const text = l.text.trim()
    // (`启动仪式现场。` between a paragraph and the heading of the next part: a scene is a caption there too.)
    const underHeading = lines[l.i + 1]?.kind === 'title' && lines[l.i + 2] === next && isScene(text)
    if (!prev || !next || lines[l.i - 1] !== prev || (lines[l.i + 1] !== next && !underHeading)) return
    const size = wordLength(text)
    if (size < 6 || size > 24 || !/。$/.test(text) || (text.match(/[。！？!?；;，,、：:]/g) ?? []).length !== 1) return
    if (/^[“"「]/.test(text) && /[”"」]。?$/.test(text)) return
    if (wordLength(prev.text) < 2 * size || wordLength(next.text) < 2 * size || !captionLike(text)) return
    l.kind = 'caption'
  })
}

/**
 * `杨某在指挥船上作业。` / `陈某在切药。`, `智慧安防项目比赛中的李某。` / `健康和社会照护项目冠军闵某。`: two short
 * lines or more in a row, each one sentence about a person shown — the person at work, or a phrase
 * ending in the person's name — are the captions of their portraits, not paragraphs.
 */
export function markPortraitLines(lines: Line[]): void {
  const portrait = (l: Line) => {
    const t = simplifiedCopy(l.text.trim())
    if (l.kind !== 'prose' || wordLength(t) > 36 || !/。$/.test(t) || /[，,；;：:！？!?“”"]|。./.test(t) || !captionLike(t)) return false
    const at = /^([\u4e00-\u9fff·]{2,3}?)(?:正在|在)/.exec(t)
    const named = /(?:的|冠军|亚军|季军|选手|师傅|工匠|劳模)([\u4e00-\u9fff·]{2,3})。$/.exec(t)
    return Boolean((at && looksLikeName(at[1]!)) || (named && looksLikeName(named[1]!)))
  }
  for (let k = 0; k < lines.length; k++) {
    const n = runLength(lines, k, portrait)
    if (n >= 2) for (const l of lines.slice(k, k + n)) l.kind = 'caption'
    k += n
  }
}

/**
 * `國旗、會旗方陣經過主席臺。` / `開幕式現場。` / `運動員代表入場。` / …: on a page whose photos are
 * credited (a photographer among the bylines, a credit line), four short lines or more in a row, each
 * one sentence, most saying what is seen, are the photos' captions — a photo story told line by line.
 */
export function markSceneRuns(lines: Line[], photographed: boolean): void {
  if (!photographed && !lines.some((l) => l.kind === 'pictureCredit' || (l.kind === 'caption' && isCreditLine(l.text)))) return
  const short = (l: Line) => {
    const t = l.text.trim()
    return l.kind === 'prose' && !l.listItem && wordLength(t) >= 4 && wordLength(t) <= 40 && /[。！]$/.test(t) && !/[。！？!?；;：:]./.test(t)
  }
  const seen = (l: Line) => {
    const t = simplifiedCopy(l.text)
    return PICTURED_WORK.test(t) || CAPTION_WORDS.test(t) || PERSON_ACTION.test(t) || isScene(t.replace(/。$/, '')) || /(?:入场|经过|表演|演出|亮相|展示|舞蹈|合唱|方阵)/.test(t)
  }
  for (let k = 0; k < lines.length; k++) {
    const n = runLength(lines, k, short)
    if (n >= 4 && lines.slice(k, k + n).filter(seen).length * 3 >= n * 2) for (const l of lines.slice(k, k + n)) l.kind = 'caption'
    k += n
  }
}

/**
 * A site's slideshow over the page: four lines or more at its top, each on its own between blank
 * lines, each a description without a sentence's stop (`…活动现场`, `…在柳州举办`), before the
 * text. They are the slides' captions, not a headline and its decks.
 */
export function markSlideCaptions(lines: Line[]): void {
  const start = lines.findIndex((l) => l.kind !== 'furniture' && l.kind !== 'ornament')
  if (start < 0) return
  const slide = (l: Line, at: number) =>
    (l.kind === 'prose' || l.kind === 'title') && (at === 0 || l.blankBefore >= 1) && wordLength(l.text) >= 12 && wordLength(l.text) <= 70 && !/[。！？!?；;]/.test(l.text) && captionLike(l.text)
  const n = runLength(lines, start, slide)
  const run = lines.slice(start, start + n)
  const next = lines[start + n]
  if (n < 4 || next?.kind !== 'prose' || !/[。！？]/.test(next.text)) return
  if (run.filter((l) => CAPTION_WORDS.test(l.text) || PERSON_ACTION.test(l.text) || /举办|举行|开展|启动|发布|宣讲/.test(l.text)).length < n / 2) return
  for (const l of run) l.kind = 'caption'
}

/**
 * `（启动仪式现场）`, `(授旗)`: a web copy's caption in brackets on a line of its own, between
 * paragraphs. Not a credit, a page jump, `（完）` or `（资料图片）`: those say no scene.
 */
function markBracketedCaptions(lines: Line[]): void {
  for (const l of lines) {
    const m = /^[（(]([^()（）]{2,24})[)）]$/.exec(l.text.trim())
    if (!m || !['prose', 'title', 'fragment', 'stray', 'heading'].includes(l.kind)) continue
    const inner = m[1]!.trim()
    if ([...inner].filter(isHan).length < 2 || NOT_A_SCENE.test(inner) || WEB_FURNITURE.test(inner)) continue
    const [before, after] = [lines[l.i - 1], lines[l.i + 1]]
    // `（图为活动现场）`: the caption's own words say it is one, wherever it stands.
    if (!/^(?:图为|圖為)/.test(inner) && (before?.kind !== 'prose' || after?.kind !== 'prose')) continue
    l.text = inner
    l.kind = 'caption'
  }
}
/** What brackets hold that is not a photo's scene. */
const NOT_A_SCENE = /记者|通讯员|[摄攝]|供图|图片|资料|[完续]|[转接].{0,3}版|编者|注|作者|来源|责编|编辑|[\d０-９]|^[上中下一二三四五六七八九十]$/

/**
 * Photos' captions told by their photographer's credit (`…现场。 李善举/摄`, a `王五/摄` line under
 * the caption) or, in a series of photos, by the day each was taken (`4月23日，…合影。`).
 *
 * Every credited paragraph is a photo's caption, a picture item's (图片新闻) too: its few short
 * paragraphs since the last heading, caption or head line are one caption, and the draft gets a
 * photo block for it (the editor puts the photo in). Its credit is the byline when the piece has
 * none. Paragraphs opening with a date are captions only on a page that shows photos (a credit,
 * `组图`) and where they are at least half of the paragraphs, not in a report that tells its days.
 */
type CaptionUnit = { line: Line; creditLine?: Line; across?: boolean }

/** What someone said (`某某表示,下一步,…`, `…表示:“太惊喜了”`): running text, never a photo's caption. */
const SAID = /^[\u4e00-\u9fff·]{2,4}(?:表示|指出|强调|介绍说|说)[，,:：]|下一步|[:：]\s*[“"]/

/**
 * The lines a photographer's credit names as captions, each with the credit line under it if any,
 * and how many credits the page prints. `across`: the credit stands under the writer's byline
 * (`记者 某某` / `某某 摄`), or is a byline of photographers.
 */
function creditedUnits(lines: Line[]): { units: CaptionUnit[]; credits: number } {
  const units: CaptionUnit[] = []
  let credits = 0
  for (const l of lines) {
    if (l.kind === 'caption' || !isTextLine(l) && !['byline', 'names', 'stray', 'pictureCredit'].includes(l.kind)) continue
    // `甲、乙 摄影报道` under the text: photographers reporting; their item's words when the page is nothing else.
    // `本报特约记者 甲 本报通讯员 乙 丙 摄`: a line of credits closed by 摄 credits the photo.
    const reported = l.kind === 'byline' && !isCreditLine(l.text) && Boolean(l.byline?.bylines.length) && (l.byline!.bylines.every((b) => b.role === '摄影') || /(?:摄|攝)(?:影(?:报道)?)?$/.test(l.text.trim()))
    if (isCreditLine(l.text) || reported) {
      credits++
      const prev = lines[l.i - 1]
      const above = lines[l.i - 2]
      // `近期，…` closing a series of dated photos' captions: the story they illustrate, which the
      // credit under it does not make a caption (the credit is the series').
      const story = prev && isTextLine(prev) && STORY_GOES_ON.test(prev.text) && wordLength(prev.text) > 40 && [1, 2].every((n) => dateLed(lines[prev.i - n]?.text ?? ''))
      // `前日，…举办…展。` / `据了解，此次活动…` / credit: the scene of the day is the caption, the
      // news told after it the item's text.
      const dayStory = !reported && prev && above && isTextLine(prev) && isTextLine(above) && /^(?:当日|当天|同日|當日|當天|据了解|據了解|据悉|據悉)[，,]/.test(prev.text) && (dateLed(above.text) || DAY_OPENER.test(above.text) || /^(?:前日|昨日)[，,]/.test(above.text)) && wordLength(above.text) <= 150 && !isCreditLine(above.text)
      if (story) l.kind = 'ornament'
      else if (dayStory) units.push({ line: above, creditLine: l, across: reported })
      else if (prev && isTextLine(prev) && !isCreditLine(prev.text)) units.push({ line: prev, creditLine: l, across: reported })
      else if (prev?.kind === 'byline' && above && isTextLine(above) && !isCreditLine(above.text)) units.push({ line: above, creditLine: l, across: true })
      // A caption already read (`图为…`) with its photographer's credit under it.
      else if (prev?.kind === 'caption' && !splitPhotoCredit(prev.text)) units.push({ line: prev, creditLine: l, across: reported })
      else if (prev?.kind === 'caption') l.kind = 'ornament'
    } else if (isTextLine(l) && splitPhotoCredit(l.text)) {
      credits++
      // `某某表示,下一步,… 某某 摄`: the article's last paragraph, what someone said, with the photo's credit run on.
      // (`下图：…李某将奖章挂在她胸前说：“光荣也有你的一半。” 某某摄`: a caption by its opening says it.)
      if (!SAID.test(l.text) || CAPTION_LEAD.test(simplifiedCopy(l.text))) units.push({ line: l })
    } else if (isTextLine(l) && PHOTO_PLACE.test(lines[l.i - 1]?.text ?? '') && wordLength(l.text) <= 60 && (l.text.match(/[。！？]/g) ?? []).length <= 2 && !SAID.test(l.text) && !headingUnderPhoto(l, lines[l.i + 1])) {
      // The short line under a photo's file name or `(图2)` is that photo's caption.
      credits++
      units.push({ line: l })
    }
  }
  return { units, credits }
}

/**
 * `图片1.jpg` / `一盏明灯，守护晨昏` / a long paragraph: a part's heading of two short clauses under the
 * photo that opens it, not the photo's caption.
 */
function headingUnderPhoto(l: Line, next: Line | undefined): boolean {
  const t = l.text.trim()
  return (/^[\u4e00-\u9fff“”]{2,8}[，,][\u4e00-\u9fff“”]{2,8}$/.test(t) || headingShaped(t)) && !isScene(t) && next !== undefined && isTextLine(next) && wordLength(next.text) >= 3 * wordLength(t)
}

/**
 * A series of photos told by the day each was taken (`4月23日，…合影。`): its paragraphs opening with
 * a date, on a page that shows photos (a credit, `组图`, a person's place in the picture) where they
 * are at least half of the paragraphs. The lead may open with the day too: the first paragraph is
 * one only when it places a person in the picture (`某某（左二）在…`).
 */
/** The text says it shows photos: `选取本报刊登过的部分劳动者精彩画面`, `一组照片`, `将这些瞬间定格`. */
const PHOTOS_SHOWN = /(?:选取|精选|一组|欣赏|请看|记录下).{0,16}(?:画面|照片|图片|镜头|瞬间)/

function datedSeries(lines: Line[], credits: number): Line[] {
  const paragraphs = lines.filter((l) => isTextLine(l) && wordLength(l.text) >= 8)
  const dated = paragraphs.filter((l) => dateLed(l.text) && (l.text.match(/[。！？]/g) ?? []).length <= 3)
  // (Or five dated paragraphs and more, most of them saying what a picture shows: `…一起合影。`,
  // `…大会现场。`, `工作人员正在…` — a chronicle's entries say what was decided, not what is seen.)
  // (A round-up of the counties' doings, `8月28日，某县总工会为34名…发放助学金6.5万元`, says what was
  // done and how much: no photo's words.)
  const seen = (l: Line) => { const t = simplifiedCopy(l.text); return /(?:合影|留影|现场|正在|入场|表演|观看|参观|等候|拍照|挥汗|忙碌)/.test(t) && !/\d(?:\.\d+)?万?元|\d+(?:名|人|户|家|个)/.test(t) }
  const photos = credits > 0 || lines.some((l) => PHOTO_SERIES.test(l.text) || (isTextLine(l) && (PICTURED.test(l.text) || PHOTOS_SHOWN.test(simplifiedCopy(l.text))))) || (dated.length >= 5 && dated.filter(seen).length * 2 >= dated.length)
  if (!photos || dated.length < 3 || dated.length * 2 < paragraphs.length) return []
  return dated.filter((l) => l !== paragraphs[0] || PICTURED.test(l.text))
}

/**
 * `…为广大游客保驾护航。图为执勤交警在…。（通讯员 某某 摄）` twice or more on a page: a gallery whose
 * items each tell their photo's story and then its scene; each line is the photo's caption, whole.
 */
export function markPhotoItems(lines: Line[]): void {
  const items = lines.filter((l) => (l.kind === 'prose' || l.kind === 'caption') && PHOTO_ITEM.test(l.text.trim()))
  if (!photoItemGallery(items.map((l) => l.text))) return
  for (const l of items) l.kind = 'caption'
}

export function markPhotoCaptions(lines: Line[]): void {
  const { units, credits } = creditedUnits(lines)
  const toCaption = (l: Line, creditLine?: Line) => {
    l.kind = 'caption'
    if (creditLine) {
      l.text = `${l.text} ${creditLine.text}`
      creditLine.kind = 'ornament'
    }
  }
  let chosen = units
  const captioned = new Set([...units.map((u) => u.line), ...datedSeries(lines, credits)])
  // A page of picture items (图片新闻) and nothing else: each item's few paragraphs are its caption.
  const items = units.map(({ line }) => itemParagraphs(lines, line))
  // Items that are each one credited line, but for words before the first: those introduce the
  // gallery (`…现对征集的部分优秀作品进行展示。`), they are not the first photo's caption.
  if (items.length >= 3 && items.slice(1).every((before) => before?.length === 0) && items[0]?.length) items[0] = []
  const inItems = new Set(items.flatMap((before, n) => [...(before ?? []), units[n]!.line]))
  const itemsOnly = items.every((before) => before !== null) && !lines.some((l) => l.kind === 'prose' && !inItems.has(l) && !captioned.has(l))
  // Under an article, a photographer's credit after the byline is the article's photo's, not its last paragraph's.
  if (!itemsOnly && units.some((u) => u.across)) {
    chosen = units.filter((u) => !u.across)
    for (const u of units) if (u.across) captioned.delete(u.line)
  }
  chosen.forEach(({ line, creditLine }, n) => {
    const before = itemsOnly ? items[n]! : []
    if (before.length > 0) {
      line.text = [...before.map((l) => l.text), line.text].join('')
      for (const l of before) l.kind = 'ornament'
    }
    toCaption(line, creditLine)
  })
  for (const l of captioned) if (l.kind !== 'caption') toCaption(l)
  // `图为…` under a caption goes on with it (`…迎来采收期。` / `图为村民在采收马铃薯。` / credit); under
  // another `图为…` it is the next photo's.
  for (const l of lines) {
    const prev = lines[l.i - 1]
    if (l.kind === 'caption' && prev?.kind === 'caption' && /^(?:图为|圖為)/.test(l.text) && !/^(?:图为|圖為)/.test(prev.text) && /[。！？]$/.test(prev.text)) {
      prev.text = `${prev.text} ${l.text}`
      l.kind = 'ornament'
    }
  }
}

/**
 * `①他们带着新的希望…` / `②刘某55岁，…` / … / `本报记者 某某摄影报道`: a photo story's pictures
 * numbered in the order they are printed, each number's line its caption.
 */
export function markNumberedCaptions(lines: Line[]): void {
  markSlideNumbers(lines)
  const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩'
  const photographed = lines.some((l) => l.byline?.bylines.some((b) => b.role === '摄影') || (l.kind !== 'prose' && /摄影报道$/.test(l.text)))
  if (!photographed) return
  for (let k = 0; k < lines.length; k++) {
    const n = runLength(lines, k, (l, at) => l.kind === 'prose' && l.text.trimStart().startsWith(CIRCLED[at] ?? '\0') && wordLength(l.text) <= 160)
    if (n >= 2) for (const l of lines.slice(k, k + n)) l.kind = 'caption'
    k += n
  }
}

/**
 * `1/6 近年来，农民工的生活条件…` / `2/6 来自重庆的农民工向平…` / … / `6/6 …`: a slideshow's pictures
 * numbered out of their count, three or more in order, each number's line its caption (the number
 * is the slideshow's, left off).
 */
function markSlideNumbers(lines: Line[]): void {
  const slide = (l: Line) => /^\s*(\d{1,2})\/(\d{1,2})\s+(?=\S)/.exec(l.text)
  for (let k = 0; k < lines.length; k++) {
    const first = slide(lines[k]!)
    if (!first || first[1] !== '1') continue
    const count = Number(first[2])
    const run = lines.slice(k, k + count)
    if (count < 3 || run.length < count || !run.every((l, n) => isTextLine(l) && slide(l)?.[1] === String(n + 1) && slide(l)?.[2] === first[2])) continue
    for (const l of run) {
      l.kind = 'caption'
      l.text = l.text.replace(/^\s*\d{1,2}\/\d{1,2}\s+/, '')
    }
    k += count - 1
  }
}

/** A picture item's words: at most four paragraphs, this many characters in all and each. */
export const PICTURE_ITEM = { paragraphs: 4, chars: 300, paragraphChars: 150 }

/**
 * A picture item (图片新闻) is a few short paragraphs closed by the photo's credit: the paragraphs
 * before the credited `line`, back to a heading, another caption or the head lines, when they are
 * that short (null when they are not: an article's text runs there).
 */
const DATELINE_LEAD = /^[^，,。]{0,16}(?:讯|訊|电|電)(?:[\s\u3000（(]|$)/

function itemParagraphs(lines: Line[], line: Line): Line[] | null {
  const before: Line[] = []
  let k = line.i - 1
  // Back to the line closed by the previous photo's credit: that item ends there.
  for (; k >= 0 && lines[k]!.kind === 'prose' && !splitPhotoCredit(lines[k]!.text); k--) before.unshift(lines[k]!)
  // An item's first sentence may have been read as a caption already (the line under an agency's
  // photo dateline): the item goes on from it.
  const opening = lines[k]
  if (opening?.kind === 'caption' && !splitPhotoCredit(opening.text) && lines[k - 1]?.kind !== 'caption') before.unshift(opening), k--
  if (before.length >= PICTURE_ITEM.paragraphs || (lines[k] && ['fragment', 'stray'].includes(lines[k]!.kind))) return null
  if (before.some((l) => wordLength(l.text) > PICTURE_ITEM.paragraphChars)) return null
  // `本报讯 …`, `新华社某地电（记者…）`: a news story's lead, not a picture's words.
  if (before[0] && DATELINE_LEAD.test(before[0].text)) return null
  const size = [...before, line].reduce((n, l) => n + wordLength(withoutCredit(l.text)), 0)
  return size > PICTURE_ITEM.chars ? null : before
}

/**
 * Captions collected at the end of a page, after a closing byline (`文/王五`) or picture credit:
 * short lines there are captions even when they end with a full stop.
 */
export function markTailCaptions(lines: Line[]): void {
  const bodyLike = (l: Line) =>
    l.kind === 'prose' && (wordLength(l.text) > 40 || /[。！？!?]./.test(l.text) || (l.text.match(/[，,]/g) ?? []).length >= 2)
  let lastBody = -1
  for (const l of lines) if (bodyLike(l)) lastBody = l.i
  const headBlock = (l: Line) => [lines[l.i - 1], lines[l.i - 2]].some((n) => n && (n.kind === 'headline' || n.kind === 'subtitle'))
  const closing = lines.find((l) => l.i > lastBody && (l.kind === 'pictureCredit' || l.kind === 'caption' || (l.kind === 'byline' && !headBlock(l))))
  if (!closing) return markTailLabels(lines.slice(lastBody + 1))
  // After a picture credit (`本版图片由…提供`) or a photo's caption the photos' captions are
  // expected; after a plain byline only lines standing apart like a photo's or worded like a caption.
  const credited = closing.kind === 'pictureCredit' || closing.kind === 'caption' || Boolean(closing.byline?.pictureCredit)
  const tail = lines.slice(closing.i + 1).filter((l) => (l.kind === 'prose' || l.kind === 'title') && wordLength(l.text) <= 60)
  if (closing.kind === 'caption') return markCaptionRun(tail)
  for (const l of tail) {
    const text = cleanProse(l.text)
    const apart = (l.blankBefore >= 2 && l.blankBefore !== EDGE) || (l.blankAfter >= 2 && l.blankAfter !== EDGE)
    // A web page's footer lines there are not captions: dropped with the scraps.
    l.kind = captionLike(text) && (credited || apart || CAPTION_WORDS.test(text)) ? 'caption' : 'stray'
  }
}

/**
 * `藏书区` / `书法区与阅读区` / `端午主题活动` / `读书分享会` after the text's last paragraph and
 * nothing else: the labels of the photos shown under the text, three or more, most naming a place
 * or an event. A site's menu or tags there are furniture and are not read.
 */
function markTailLabels(tail: Line[]): void {
  const rest = tail.filter((l) => l.kind !== 'furniture' && l.kind !== 'ornament')
  // (`藏書區`: a label in traditional characters may look like a scrap of rare glyphs.)
  // (`主持人：张某、许某`, `帅哥表演，美女献花`: a label may name who is shown, or two things.)
  const label = (l: Line) =>
    ['prose', 'title', 'fragment', 'stray'].includes(l.kind) && wordLength(l.text) >= 3 && wordLength(l.text) <= 16 && /^[\u4e00-\u9fff、与與“”《》:：，,]+$/.test(l.text.trim()) && !WEB_FURNITURE.test(l.text) && !/^[\u4e00-\u9fff]{1,4}[:：]$/.test(l.text.trim())
  if (rest.length < 3 || !rest.every(label)) return
  const named = rest.filter((l) => isScene(l.text) || CAPTION_WORDS.test(l.text) || PERSON_ACTION.test(l.text) || /参观|观看|演唱|表演|游戏|抓拍|合影/.test(l.text) || /(?:区|區|室|站|馆|館|园|園|墙|牆|泉|山|活动|活動|会|會|赛|賽|仪式|儀式|典礼|典禮)$/.test(l.text.trim()))
  if (named.length * 2 < rest.length) return
  for (const l of rest) l.kind = 'caption'
}

/**
 * Under a photo's caption at the text's end, the next photos' captions follow one after the
 * other, each a short phrase naming what it shows (`职工搬西瓜`, `为职工发放降温品`). A sentence
 * there (a heading's paragraph) means the text goes on: nothing is changed. A closing word
 * (`他们在工地挥汗如雨`) ends the run.
 */
function markCaptionRun(tail: Line[]): void {
  // (`帅哥表演，美女献花`: a short caption may have two parts.)
  if (tail.some((l) => /[。！？!?；;]/.test(l.text) || (/[，,]/.test(l.text) && (wordLength(l.text) > 12 || l.text.split(/[，,]/).some((part) => wordLength(part) < 4))))) return
  for (const l of tail) {
    const text = cleanProse(l.text)
    if (wordLength(text) > 24 || CLOSING_WORD.test(text) || !captionLike(text)) return
    l.kind = 'caption'
  }
}

/** A line that speaks of or to the people shown (`他们在烈日下坚守岗位`, `致敬…`): the text's closing word, not a photo's caption. */
const CLOSING_WORD = /^(?:他|她|我|你|它|这|那|让|用|向|致敬)/

/** `劳模宣讲进车间 张三 摄` → caption and credit. */
export function splitCaptionCredit(text: string): { text: string; credit: string | null } {
  const photo = splitPhotoCredit(text)
  if (photo) return { text: photo.text, credit: photo.credit }
  const m =
    /^(.*?)(?:[\s\u3000]+|[（(])(?:(?:本报|特约)?(?:记者|通讯员)\s*)?([\u4e00-\u9fff·]{2,8}(?:[、\s][\u4e00-\u9fff·]{2,4})*)\s*摄(?:影)?[)）]?[。.]?$/.exec(text) ??
    /^(.*?)[\s\u3000]*[（(]?(?:图|摄影|供图)\s*[/／:：]\s*([^()（）]{2,20}?)[)）]?$/.exec(text)
  if (m && m[1] && wordLength(m[1]) >= 2) return { text: m[1].trim(), credit: m[2]!.trim() }
  return { text, credit: null }
}

/**
 * `某某宣布大赛开幕。` / `…开幕式在…举行，本届大赛…`: in a file whose paragraphs stand between
 * blank lines, a photo's caption sits under the photo, right over the paragraph it illustrates,
 * with no blank line between them. Two such lines or more on the page, each one short sentence
 * over a paragraph at least twice as long: the photos' captions.
 */
export function markCaptionsOverParagraphs(lines: Line[]): void {
  const prose = lines.filter((l) => l.kind === 'prose')
  // (The first may be read already, as the caption under the headline.)
  const over = lines.filter((l) => {
    if (l.kind !== 'prose' && l.kind !== 'caption') return false
    const next = lines[l.i + 1]
    const text = l.text.trim()
    const size = wordLength(text)
    return (
      l.blankBefore >= 1 &&
      l.blankAfter === 0 &&
      next?.kind === 'prose' &&
      size >= 6 &&
      size <= 40 &&
      /[。！]$/.test(text) &&
      (text.match(/[。！？!?；;]/g) ?? []).length === 1 &&
      wordLength(next.text) >= Math.max(60, 2 * size) &&
      !/^[“"「]/.test(text) &&
      captionLike(text) &&
      !bylineInParagraph(text) &&
      !DATELINE_LEAD.test(text)
    )
  })
  if (over.length < 2) return
  // The file's other long paragraphs stand between blank lines: a line break alone does not part them.
  const others = prose.filter((l) => wordLength(l.text) >= 60 && l.i > 0 && !over.includes(lines[l.i - 1]!) && lines[l.i - 1]!.kind !== 'caption')
  if (others.filter((l) => l.blankBefore >= 1).length * 3 < others.length * 2) return
  for (const l of over) if (l.kind === 'prose') l.kind = 'caption'
}

/**
 * Photos' captions after the text, one short sentence a line (`烈日下工人作业的身影。` / `开赛仪式现场。` /
 * `运动员代表发言。`), three or more down to the end of the page (its byline and furniture aside): in a
 * photo story credited to its photographers only (`□早报记者 某某 某某 摄影报道`), whatever they say;
 * elsewhere when nearly all of them show a scene or someone at it.
 */
export function markSentenceCaptionsAtEnd(lines: Line[]): void {
  const photographed = lines.some((l) => l.kind === 'byline' && ((l.byline?.bylines.length ?? 0) > 0 && l.byline!.bylines.every((b) => b.role === '摄影') || /摄影报道$/.test(l.text.trim())))
  const oneSentence = (l: Line) => {
    const text = l.text.trim()
    return (l.kind === 'prose' || l.kind === 'caption') && wordLength(text) >= 4 && wordLength(text) <= 50 && /[。！]$/.test(text) && (text.match(/[。！？!?；;]/g) ?? []).length === 1 && captionLike(text) && !SAID.test(text)
  }
  const body = lines.filter((l) => !['furniture', 'ornament', 'stray', 'byline', 'credits', 'pictureCredit'].includes(l.kind))
  let start = body.length
  // (Outside a photo story, labels only: short, without a clause, not a numbered point `①建成职工驿站十个。`.)
  const item = (l: Line) => oneSentence(l) && (photographed || (wordLength(l.text) <= 20 && !/[，,；;]/.test(l.text) && !/^(?:[①-⑳]|\d{1,2}[.、．]|[一二三四五六七八九十]{1,2}、)/.test(l.text.trim())))
  while (start > 0 && item(body[start - 1]!)) start--
  const run = body.slice(start)
  // The text goes before: a paragraph, not the head, stands over the run.
  if (run.length < 3 || !body.slice(0, start).some((l) => l.kind === 'prose' && wordLength(l.text) > 40)) return
  const shows = (t: string) => isScene(t) || CAPTION_WORDS.test(t) || PERSON_ACTION.test(t) || PICTURED_WORK.test(simplifiedCopy(t))
  if (!photographed && run.filter((l) => shows(l.text)).length * 3 < run.length * 2) return
  for (const l of run) l.kind = 'caption'
}


/** People at work or taking part, the subject of a photo's line (`電力人員頂著…`, `参赛选手…`). */
const WORKING_PEOPLE = /(?:人员|工人|职工|员工|师傅|选手|志愿者|队员|党员|干部|骑手|快递员|环卫工|司机|护士|医生|教师|老师|们)(?!会|大会|代表大会)/

/** A stage programme's item (`歌舞《劳动畅想》`, `诗朗诵《…》`): what a photo of a show shows. */
const PROGRAMME_ITEM = /^(?:开场|開場)?(?:歌舞|舞蹈|诗朗诵|詩朗誦|朗诵|朗誦|合唱|独唱|獨唱|男女声二重唱|二重唱|小合唱|表演唱|小品|相声|相聲|杂技|雜技|魔术|魔術|快板|戏曲|戲曲|京剧|京劇|越剧|黄梅戏|情景剧|情景劇|歌曲(?:联唱|聯唱)?|器乐|器樂|舞台剧|舞臺劇|三句半|太极|太極)[^。！？]{0,16}《/

/**
 * `搶修現場` / a paragraph / `電力人員頂著40℃的高溫開展搶修工作` / `頭頂烈日,電力人員汗如雨下` / …: a web
 * photo report's captions, each a line of its own without a stop, between the paragraphs (or after
 * them) where the photos stood. Two lines or more on the page, nearly all of them saying what is
 * seen (a scene, someone at work, a stage item); in a file of whole lines (no column cut them),
 * where such a line is not the start of the paragraph under it. A page whose parts have headings
 * keeps them: its lines without a stop are shaped or say what a part is about, not what is seen.
 */
export function markPhotoLinesBetweenParagraphs(lines: Line[]): void {
  // A page whose parts have headings keeps its lines without a stop as they are.
  if (lines.some((l) => l.kind === 'heading')) return
  // (`…恢復了供電。(圖/文 王趙晶 )`: a paragraph closed by its credit in brackets is finished too.)
  const stopped = (t: string) => /[。！？!?”]$/.test(t.trim().replace(/[（(][^（()）]{2,30}[)）]$/, '').trim())
  const candidate = (l: Line) => {
    const t = l.text.trim()
    const n = wordLength(t)
    return ['prose', 'title', 'fragment'].includes(l.kind) && !l.listItem && !l.marker && !l.bullet && n >= 4 && n <= 30 && !/[。！？!?；;：:]/.test(t) && (t.match(/[，,、]/g) ?? []).length <= 1 && captionLike(t) && !headingShaped(t) && !CLOSING_WORD.test(simplifiedCopy(t))
  }
  const prose = (l: Line | undefined) => l !== undefined && l.kind === 'prose' && stopped(l.text) && wordLength(l.text) >= 30
  const standing: Line[] = []
  const alone = new Set<Line>()
  for (let k = 0; k < lines.length; k++) {
    const n = runLength(lines, k, candidate)
    if (n === 0) continue
    const [before, after] = [lines[k - 1], lines[k + n]]
    // Over a paragraph or another caption, or closing the page; under the text (a paragraph or a caption).
    const under = prose(before) || before?.kind === 'caption'
    const over = after === undefined || prose(after) || after.kind === 'caption' || !['prose', 'title', 'fragment', 'heading'].includes(after.kind)
    if (under && over) {
      standing.push(...lines.slice(k, k + n))
      if (n === 1 && prose(after)) alone.add(lines[k]!)
    }
    k += n - 1
  }
  // A line alone over a paragraph stands where a heading would: only a scene, someone doing
  // something or a stage item makes it a caption there (`80后教师被4000元月薪吸引做了矿工` is a
  // part's heading). In a run, or closing the page, people at work are enough.
  const seen = (l: Line) => {
    const s = simplifiedCopy(l.text)
    if (PROGRAMME_ITEM.test(s) || isScene(s) || PERSON_ACTION.test(s) || /合影|留念|现场/.test(s)) return true
    return !alone.has(l) && (PICTURED_WORK.test(s) || CAPTION_WORDS.test(s) || WORKING_PEOPLE.test(s))
  }
  if (standing.length < 2) return
  const shown = standing.filter(seen)
  if (shown.length < 2 || shown.length * 4 < standing.length * 3) return
  for (const l of standing) l.kind = 'caption'
}

/** An award in brackets (`（一等奖）`, `(优秀奖)`) after a work's name. */
const AWARD = /[（(](?:特等奖|[一二三]等奖|优秀奖|優秀獎|[一二三]等獎|金奖|银奖|铜奖|金獎|銀獎|銅獎|入围奖|入圍獎|佳作奖|佳作獎|最佳人气奖)[)）]/
/** `作者：吴某 摄`, `作者 江苏 胡某`: a work's author, maybe with the place they come from. */
const AUTHOR = /^作\s*者\s*[:：]?\s*-?\s*[\u4e00-\u9fff·\s]{2,16}(?:\s*(?:摄|攝|摄影|攝影))?(?:\s*[\u4e00-\u9fff]{0,6})?-?\d?$/

/** `七月的肖像（一等奖）作者 江苏 胡某`: a work's label whose author and place the spaces set apart. */
export const spacedWorkLabel = (text: string) => AWARD.test(text) && /作\s*者/.test(text)

/**
 * A gallery of works (a photo contest's winners, an exhibition): `《奋战》` / `作者：吴某 摄`, `七月的肖像（一等奖）
 * 作者 江苏 胡某`, `某某公司张某《同心共筑中国梦》`. Three labels or more on the page, each a work's name in
 * 《》 or with its award, or its author: each work's label and its author's line are its photo's
 * caption, not headings, paragraphs or the article's bylines.
 */
/** `歌舞《劳动畅想》`, `诗朗诵《某某》`: a show's number by its kind and name, the caption of its photo in a gallery. */
const PERFORMANCE = /^(?:[\u4e00-\u9fff]{0,4}(?:歌舞|舞蹈|歌曲|联唱|独唱|合唱|重唱|对唱|小品|相声|快板|快板剧|朗诵|杂技|魔术|京剧|豫剧|越剧|评剧|黄梅戏|戏曲|器乐|演奏|独奏|合奏|太极拳|旗袍秀|时装秀|三句半|情景剧|音乐剧|舞台剧|歌伴舞|诗歌|表演唱|手语操|健身操))[:：]?\s*《[^《》]{1,24}》(?:\s*[、，,]?\s*《[^《》]{1,24}》)*$/

export function markWorkLabels(lines: Line[]): void {
  const loose = (l: Line) => ['prose', 'title', 'fragment', 'stray', 'heading', 'byline', 'names'].includes(l.kind) && !l.marker && wordLength(l.text) <= 40 && !/[。！？!?；;]/.test(l.text)
  const titled = (t: string) => /^《[^《》]{1,24}》-?$/.test(t) || /^[\u4e00-\u9fff]{2,16}[\u4e00-\u9fff·]{2,4}《[^《》]{1,24}》$/.test(t) || AWARD.test(t) || PERFORMANCE.test(t)
  const labels = lines.filter((l) => loose(l) && titled(l.text.trim()))
  // (Two works are a gallery too when each names its author: `七月的田野（一等奖）作者 某省 胡某`.)
  if (labels.length < 3 && !(labels.length === 2 && labels.every((l) => AWARD.test(l.text) && /作\s*者/.test(l.text)))) return
  for (const l of labels) {
    l.kind = 'caption'
    l.text = l.text.trim().replace(/-$/, '')
    // `作者：吴某 摄` on the line under the work's name: its author, read with it.
    const next = lines[l.i + 1]
    // (A line labelled `作者：` reads as a web page's information line until now: its name is no byline here.)
    if (next && (loose(next) || next.kind === 'furniture') && AUTHOR.test(next.text.trim())) {
      // (`作者：吴某 摄` → `《奋战》 吴某 摄`: the photographer's credit, set apart from the work's name.)
      const shot = /^作\s*者\s*[:：]?\s*-?\s*([\u4e00-\u9fff·]{2,4})\s*(?:摄|攝|摄影|攝影)/.exec(next.text.trim())
      l.text = shot ? `${l.text} ${shot[1]} 摄` : `${l.text} ${next.text.trim().replace(/-\d?$/, '')}`
      next.kind = 'ornament'
    }
  }
}
