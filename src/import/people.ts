/**
 * Model workers and craftsmen named in the text with an employer and/or an honour:
 * `青石重工机械有限公司焊工郑海峰…被授予“青石市五一劳动奖章”`, `桐江纺织有限公司挡车工沈月连续五年
 * 保持零差错，被评为“浙江工匠”`, a collective (`某某中心变电二班被授予“全国工人先锋号”`), or the honour
 * before the name (`全国劳动模范、某某公司高级技师张三`).
 */
import { dictionaryWord, looksLikeName, normForMatch, PROVINCES, simplifiedCopy, surnameLength, wordAcross } from './text'
import type { BodyBlock, Worker } from './types'

export type FoundWorker = {
  name: string
  employer: string | null
  position: string | null
  honors: string[]
  kind: 'individual' | 'collective'
}

/** A contest's prize levels, in simplified characters: `一等奖`, `优秀奖`, `金奖`. */
export const PRIZE_LEVEL = '(?:特等奖|[一二三]等奖|优秀奖|金奖|银奖|铜奖)'
/** `第一名 张某`: a contest's ranking, the place and then the name. */
const RANKED_FIRST = /^第[一二三四五六七八九十\d]{1,3}名[\s\u3000:：]*([\u4e00-\u9fff·]{2,8})$/d
/** `徐某 个人一等奖`, `陈某 第二名`: the name and then the prize. */
const NAMED_PRIZE = new RegExp(`^([\\u4e00-\\u9fff·]{2,4})[\\s\\u3000]*(?:个人|团体)?(?:${PRIZE_LEVEL}|冠军|亚军|季军|第[一二三四五六七八九十\\d]{1,3}名)$`, 'd')
/** `七月的肖像（一等奖）作者 江苏 胡某`: a prize-winning work's author. */
const PRIZED_AUTHOR = new RegExp(`[（(]${PRIZE_LEVEL}[)）]\\s*作者[\\s\\u3000:：]*(?:[\\u4e00-\\u9fff]{2,3}[\\s\\u3000]+)?([\\u4e00-\\u9fff·]{2,4})$`, 'd')
/** Where a union body's or a team's whole name ends, besides a team's own words: `某某公司工会委员会`, `某某门诊部`. */
const UNION_BODY_END = /(?:工会|工会委员会|分会|中心|部)$/

/** Verbs that award an honour. */
const STRONG_VERBS = ['被授予', '授予', '荣获', '获评', '被评为', '评为', '被命名为', '命名为', '当选为', '当选', '荣膺', '获颁', '被表彰为', '分获']
const WEAK_VERBS = ['获得', '入选', '喜获', '摘得', '斩获', '获']
const VERB_RE = new RegExp(`(${[...STRONG_VERBS, ...WEAK_VERBS].join('|')})`, 'g')

/** The nouns honours end with. */
const HONOR_NOUN =
  /(?:劳动模范|劳模|模范劳工|中华技能大奖|技能大奖|全国技术能手|五一劳动奖章|五一劳动奖状|五一劳动奖|五一巾帼奖|劳动奖章|劳动奖状|先进工作者|工人先锋号|先锋号|技术能手|岗位能手|技能大师|首席技师|突出贡献技师|三八红旗手|五四青年奖章|青年文明号|最美职工|最美劳动者|道德模范|先进个人|先进集体|模范职工之家|职工之家|巾帼建功标兵|建功标兵|技术标兵|优秀工会工作者|工会积极分子|模范职工小家|标兵|技术状元|大工匠|工匠|金牌工人|金牌职工|优秀共产党员|优秀党务工作者|青年岗位能手|创新能手|操作能手|服务明星|示范岗)/
const HONOR_AT_END = new RegExp(`${HONOR_NOUN.source}$`)
/** `全国劳模蒋某和省劳模韩某`: 和 and another honoured person after a name. */
const AND_HONOURED = new RegExp(`^[和与及](?:全国|中国|省|市|[\\u4e00-\\u9fff]{2,4}(?:省|市|区|县))?级?${HONOR_NOUN.source}`)
const HONOR_NOUN_ALL = new RegExp(HONOR_NOUN.source, 'g')
/** An awarding verb just before: `荣获全国劳模` is the award, not an honour standing before a name. */
const VERB_AT_END = new RegExp(`(?:${[...STRONG_VERBS, ...WEAK_VERBS].join('|')})$`)
/** An honour standing before a name: `全国劳动模范、`, `“最美职工”`. */
const HONOR_FIRST = new RegExp(`(?:["“]([^"“”]{2,20})["”]|((?:全国|中国|[\\u4e00-\\u9fff]{2,4}(?:省|市|区|县))?${HONOR_NOUN.source}))(?:获得者|得主)?[、\\s]?`, 'g')
/** An honour at the very start, of any level. */
const HONOR_OPENING = new RegExp(`^(?:全国|中国|[\\u4e00-\\u9fff]{0,4}(?:省|市|区|县))?${HONOR_NOUN.source}`)
/** `荣获全国五一劳动奖章的项某`: the honour, 的, then its holder. */
const WON_HONOUR_OF = new RegExp(`(?:荣获|获得|喜获|获评|获颁|被授予|被评为)了?[^，,。；;“”"]{0,16}?(?:${HONOR_NOUN.source}|优胜奖|特等奖|[一二三]等奖|金奖|银奖|铜奖)(?:称号|荣誉)?的(?:[\\u4e00-\\u9fff]{0,4}(?:匠人|工匠|技师|选手|师傅))?([\\u4e00-\\u9fff·]{2,4})`, 'g')
/** `作为省劳动模范`: attending as an honoured worker. */
const AS_HONOURED = new RegExp(`作为((?:全国|中国|[\\u4e00-\\u9fff]{0,4}(?:省|市|区|县)级?)?${HONOR_NOUN.source})`, 'g')
/** `授予李某等9名铁路青年“…”`: the first of those honoured, then a count and the honour. */
const FIRST_OF_COUNT = new RegExp(`(?:授予|表彰了?|命名|对|[，,、和及与])([\\u4e00-\\u9fff·]{2,3})等\\s*(?:\\d+|[一二三四五六七八九十百]+)\\s*[名位个人][^，,。；;“”"]{0,24}?(?:[“"]([^”"]{2,24})[”"]|(${HONOR_NOUN.source}))`, 'g')
/** `个人组一等奖：…`: a prize and its winners after it. */
const PRIZE_LIST = new RegExp(`^(?:个人组?|团体组?|集体组?)?${PRIZE_LEVEL}[:：](.+)$`)
/** `巩某是全国劳动模范`: a person, 是, then their honour. */
const IS_HONOURED = new RegExp(`(?:^|[，,。；;！？!?\\s])([\\u4e00-\\u9fff·]{2,3})是(?:一名|一位)?(?:(?:19|20)\\d{2}年度?)?((?:全国|中国|省|市|[\\u4e00-\\u9fff]{2,4}(?:省|市|区|县))?级?${HONOR_NOUN.source})`, 'g')
/** `全国劳模代表某某`: the honour, then the name. */
const HONOUR_THEN_NAME = new RegExp(`((?:全国|中国|[\\u4e00-\\u9fff]{2,4}(?:省|市|区|县))?${HONOR_NOUN.source})(?:[”"]?代表|获得者|得主|人才)?([\\u4e00-\\u9fff·]{2,3})`, 'g')
/** `全省五一劳动奖章获得者、某某酒业公司技师乐某`: the honour, then employer, job and name. */
const HONOUR_THEN_DESCRIBED = new RegExp(`((?:全国|中国|[\\u4e00-\\u9fff]{2,4}(?:省|市|区|县))?${HONOR_NOUN.source})(?:获得者|得主)?、([^，,。；;：:、（）()“”"]{6,40})`, 'g')
/** An honour, its holders or their representatives just before a list of names. */
const HONOUR_BEFORE_NAMES = new RegExp(`(?:${HONOR_NOUN.source}|[”"]|获奖选手|获奖者)(?:获得者|得主)?(?:代表|的)?$`)

/** Honours given to teams and units. */
export const COLLECTIVE_HONOR = /(?:先锋号|集体|职工之家|职工小家|劳动奖状|文明号|示范岗|示范单位|班组)/

/** Where an employer's name ends. */
const EMPLOYER_SUFFIX =
  /(?:股份有限公司|有限责任公司|有限公司|分公司|公司|集团|总厂|分厂|工厂|厂|医院|卫生院|学校|中学|小学|大学|学院|研究院|研究所|设计院|银行|支行|分行|中心|管理局|局|供电所|派出所|事务所|车站|站|段|矿|场|酒店|商场|超市|合作社|院|馆|车间|工区|作业区|项目部|班组|[一二三四五六七八九十\d]{1,2}(?:队|班))/
/** A whole employer's name: `某某有限公司`, `某某机械厂`, traditional characters too. */
const EMPLOYER_END = new RegExp(`${EMPLOYER_SUFFIX.source}$`)

/** A unit a photographer or correspondent is credited with: an employer, or an office (`组织部`, `办公室`). */
const UNIT_END = new RegExp(`(?:${EMPLOYER_SUFFIX.source}|部|委员会|办公室|工会|队|所|政府)$`)

/** `国网保康县供电公司张宇`, `襄城区融媒体中心欧阳某某`: the person named after their unit, or null. */
export function nameAfterUnit(credit: string): string | null {
  const simple = simplifiedCopy(credit)
  for (const n of [2, 3, 4]) {
    const unit = simple.slice(0, -n)
    if (unit.length >= 3 && UNIT_END.test(unit) && looksLikeName(simple.slice(-n))) return credit.slice(-n)
  }
  return null
}

/** All employer-suffix matches of a text (a fresh global regex each time: no shared state). */
const employerEnds = (text: string) => [...text.matchAll(new RegExp(EMPLOYER_SUFFIX.source, 'g'))].map((m) => m.index + m[0].length)

/** What a job title ends with: `焊工`, `驾驶员`, `设备科主任`, `高级技师`. */
const POSITION_END =
  /(?:工|员|师|长|记者|编辑|主任|经理|总裁|创始人|徒弟|师傅|书记|主席|司机|医生|护士|工人|职工|员工|骨干|专家|能手|带头人|负责人|传承人|主理人|守护人|匠|总监|总工|主管|教授|代表|委员|骑手|快递小哥|干部|老师|教练|警|官|手)$/

/** What follows a name in a sentence about that person. */
const AFTER_NAME =
  /^(?:[一二三四五六七八九十两]{1,2}(?:名|位|人)|此次|这次|今年|去年|日前|近日|同样|来到|作了|进行|教授|就|被|获|荣获|荣膺|荣登|荣|正在|正准备|分获|带领|率领|连续|在|从|是|以|通过|坚守|扎根|创|研发|攻克|参与|主持|先后|曾|多次|一直|始终|历经|凭借|作为|牵头|长期|多年|积极|立足|深耕|等|和|与|同|说|表示|介绍|告诉|认为|给|感慨|讲述|分享|坦言|回忆|代表|成功|首创|发明|带着|用|把|将|对|向|为|于|还|也|又|均|都|分别|已|潜心|专注|自|领衔|所在|宣读|宣讀|发言|發言|领读|上台|登台|畅谈|暢談|演说|演說|宣讲|宣講|谈|談|受到|受邀|应邀|的|，|,|、|（|\(|“|"|$)/

const COLLECTIVE_END = /(?:班组|班|组|车间|团队|分队|突击队|队|工作室|站|室|线|项目部|科|所)$/

/** `夺得桂冠`, `获得第一名`, `夺冠`: what a clause's winner did, after their name. */
const WON_AT_END = /(?:夺得|摘得|勇夺|荣登|获得|取得|夺取)[\u4e00-\u9fff“”"]{1,8}$|夺冠$/
const LEAD_CONNECTOR = /^(?:其中|来自|此外|同时|另外|如|例如|比如|并且|并|还|也|而|与此同时|特别是|尤其是)/
const TRAIL_ADVERB = /(?:先后|曾经|曾|分别|均|都|又|还|也|并|同时|因此|因)$/

type Person = { name: string; employer: string | null; position: string | null; end: number }

/** The person a clause opens with: [employer][position]name. */
function findPerson(clause: string, requireStrongEnd = false): Person | null {
  const s = clause.replace(LEAD_CONNECTOR, '')
  const offset = clause.length - s.length
  // Candidate employer ends: after each employer suffix within the first 30 characters.
  const starts: { employer: string | null; at: number }[] = [{ employer: null, at: 0 }]
  // `大赛在市体育中心闭幕`: a place after 在 ends in an employer's word, but says where, not who.
  for (const end of employerEnds(s.slice(0, 30))) if (end >= 4 && !/在(?!线)/.test(s.slice(1, end))) starts.push({ employer: s.slice(0, end), at: end })
  // Prefer the longest employer.
  for (const { employer, at } of starts.reverse()) {
    const r = s.slice(at)
    for (let p = 0; p <= Math.min(r.length - 2, 14); p++) {
      const sl = surnameLength(r.slice(p))
      if (sl === 0) continue
      const position = r.slice(0, p)
      // (`在湖南长沙举行`: one character is no post, `长` of `长沙` no 厂长; but `…工段` + `长` is 工段长.)
      const headOf = p === 1 && position === '长' && Boolean(employer && /[段队班组科站所厂矿院局处部校社行馆]$/.test(employer))
      // (`即将在湖南长沙举行`: a post says what someone is, not where or when something happens.)
      if (p > 0 && !(POSITION_END.test(position) && /^[\u4e00-\u9fff]+$/.test(position) && (p >= 2 || headOf) && !/[在将即从于]/.test(position))) continue
      // (`职工匠师王某`: 匠师 is one word, the post; 师 starts no name after it.)
      if (/匠$/.test(position) && r[p] === '师') continue
      const bare = p === 0 && employer === null
      const lengths = sl === 2 ? [4, 3] : [3, 2]
      let chosen: number | null = null
      for (const n of lengths) {
        const name = r.slice(p, p + n)
        // `魏芳等`: a name and the word after it.
        if (name.length < n || !looksLikeName(name) || (n === 3 && /[等们和与及]$/.test(name))) continue
        // `吕某及其班组`: the third character is a linking word's (`及其`, `和平`), after a two-character name.
        if (n === 3 && name[2] !== name[1] && /[及和与同向对把将被]/.test(name[2]!) && dictionaryWord(r.slice(p + 2, p + 4)) && looksLikeName(r.slice(p, p + 2))) continue
        const after = AFTER_NAME.exec(r.slice(p + n))
        if (after) {
          // `赵宇作为…`: `赵宇` before a two-character word beats `赵宇作` before a one-character one.
          // (`王荣荣获…`: a doubled given name keeps its second character.)
          const shorter = n === 3 && after[0].length <= 1 && name[2] !== name[1] ? AFTER_NAME.exec(r.slice(p + 2)) : null
          // (`…有限公司方某获“全国…”称号`: 获 before the honour's quotes is the verb, not the name's third character.)
          chosen = shorter && (shorter[0].length >= 2 || /^获[“"]/.test(r.slice(p + 2))) && looksLikeName(r.slice(p, p + 2)) ? 2 : n
          break
        }
      }
      if (chosen === null && !requireStrongEnd && !bare) {
        // (`某公司曲轴车间`: not a name whose last character makes a word with the next, `车间`.)
        const intoUnit = (len: number) => /^[间組组区區段队隊部室站所场場厂廠]/.test(r.charAt(p + len)) && dictionaryWord(r.slice(p + len - 1, p + len + 1))
        const n = lengths.find((len) => looksLikeName(r.slice(p, p + len)) && r.length >= p + len)
        if (n && !lengths.some(intoUnit)) chosen = n
      }
      if (chosen === null) continue
      return { name: r.slice(p, p + chosen), employer, position: position || null, end: offset + at + p + chosen }
    }
  }
  return null
}

/** Words that make a quoted title an honour (not a prize such as `一等奖`). */
export const HONOR_LIKE = new RegExp(`${HONOR_NOUN.source}|奖章|奖状|称号|金牌|冠军|亚军|季军|首席|模范|标兵|能手|工匠|先锋|明星|状元|之星|带头人|先进|优秀|最美|十佳|英雄|楷模|巾帼`)

/** Honour titles after the verb at `at`: quoted ones (several), or an unquoted one ending in an honour noun. */
function honorsAfter(norm: string, text: string, at: number): string[] {
  const honors: string[] = []
  // (`授予中国全国总工会“工人先锋号”`: the body that gives the honour, named before it.)
  let k = at + (/^(?:中华全国总工会|中国全国总工会|全国总工会|[\u4e00-\u9fff]{2,8}总工会)(?=["“])/.exec(norm.slice(at))?.[0].length ?? 0)
  while (k < norm.length) {
    while (norm[k] === ' ') k++
    if (norm[k] !== '"') break
    const close = norm.indexOf('"', k + 1)
    if (close < 0 || close - k > 30) break
    const inner = text.slice(k + 1, close).trim()
    if (inner.length >= 2 && HONOR_LIKE.test(inner)) honors.push(inner)
    k = close + 1
    if (/^[、和及与]/.test(norm.slice(k))) k++
  }
  if (honors.length === 0) {
    let tail = norm.slice(at, at + 24)
    const stop = /[，,。；;：:、“"（(和及等]|称号|荣誉/.exec(tail)
    if (stop) tail = tail.slice(0, stop.index)
    const nouns = [...tail.matchAll(HONOR_NOUN_ALL)]
    const last = nouns.at(-1)
    if (last) {
      const end = last.index + last[0].length
      const honor = text.slice(at, at + end).trim()
      if (honor.length >= 2 && !/\d/.test(honor)) honors.push(honor)
    }
  }
  return honors.map(cleanHonor).filter((h) => h.length >= 2)
}

function cleanHonor(h: string): string {
  return h.replace(/^(?:了|为)/, '').replace(/(?:荣誉称号|称号|荣誉|等)$/, '').trim()
}

/** The clauses of a sentence with their offsets. */
function clauses(sentence: string, norm: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = []
  let start = 0
  let depth = 0
  for (let i = 0; i <= norm.length; i++) {
    const ch = norm[i]
    if (ch === '"') depth = depth ? 0 : 1
    if (i === norm.length || (depth === 0 && (ch === ',' || ch === '，'))) {
      out.push({ text: sentence.slice(start, i), start })
      start = i + 1
    }
  }
  return out
}

/**
 * Workers named in one paragraph. A paragraph in traditional characters is read in simplified
 * ones and what is found is given back as printed (`陳聰漢`, not `陈聪汉`).
 */
export function extractWorkers(paragraph: string): FoundWorker[] {
  const simple = simplifiedCopy(paragraph)
  // `党总支书记`: a surname-like first character (支) before a title is no name.
  // `记者 某某 摄/视觉重庆`: who took the photo or wrote the piece, not a worker in it.
  const credited = (name: string) => new RegExp(`(?:记者|通讯员)\\s*${name}\\s*[）)]|${name}\\s*(?:摄|[/／]摄|供图)`).test(simple)
  const named = (w: FoundWorker) => {
    const name = simplifiedCopy(w.name)
    if (w.kind !== 'collective' && credited(name)) return false
    // `职工匠师王某`: 匠师 is the post, its 师 no part of the name.
    if (name.startsWith('师') && simple.includes(`匠${name}`)) return false
    // `魏芳等`: a name with the word after it, read elsewhere as the name alone.
    return w.kind === 'collective' || !(OFFICIAL.test(name) || /(?:经理|技师|工人|职工)$/.test(name) || (/[等们]$/.test(name) && looksLikeName(name.slice(0, -1))))
  }
  if (simple === paragraph) return workersIn(paragraph).filter(named)
  const printed = (s: string) => {
    const at = simple.indexOf(s)
    return at < 0 ? s : paragraph.slice(at, at + s.length)
  }
  return workersIn(simple).filter(named).map((w) => ({
    ...w,
    name: printed(w.name),
    employer: w.employer && printed(w.employer),
    position: w.position && printed(w.position),
    honors: w.honors.map(printed),
  }))
}

/** `长乐新闻网讯(记者 某某) 3月9日，…`: the dispatch lead names the sender and its reporter, never a worker. */
const DISPATCH_LEAD = /^[^，,。\s]{0,16}(?:讯|电)(?:[（(][^（()）]{0,30}[)）])?(?=[\s\u3000（(0-9０-９]|$)/

function workersIn(text: string): FoundWorker[] {
  const found: FoundWorker[] = []
  // Blanked out, not cut: the offsets below stay those of the paragraph as printed.
  const paragraph = text.replace(DISPATCH_LEAD, (lead) => '\u3000'.repeat(lead.length))
  const norm = normForMatch(paragraph)
  // Sentences: split at 。！？；; (and keep offsets).
  const bounds = /[。！？!?；;]/g
  let from = 0
  const sentences: { start: number; end: number }[] = []
  let m: RegExpExecArray | null
  while ((m = bounds.exec(norm))) {
    sentences.push({ start: from, end: m.index })
    from = m.index + 1
  }
  if (from < norm.length) sentences.push({ start: from, end: norm.length })

  for (const { start, end } of sentences) {
    if (end - start > 400) continue
    const sentence = paragraph.slice(start, end)
    const sNorm = norm.slice(start, end)
    const parts = clauses(sentence, sNorm)
    VERB_RE.lastIndex = 0
    let v: RegExpExecArray | null
    const used = new Set<number>()
    while ((v = VERB_RE.exec(sNorm))) {
      const verb = v[1]!
      // `…的洪某等两组选手荣获特等奖`: a contest's prize names its winners too (a prize, not an honour).
      // (`获得工业机器人竞赛一等奖`, `获得了本次叉车技能大赛的一等奖`: the contest named before its prize.)
      const prize = /^(?:了)?(?:[^，,。；;“”"、：:]{0,14}?(?:赛|赛项|项目)的?)?(特等奖|一等奖|二等奖|三等奖|金奖|银奖|铜奖|冠军|亚军|季军|第[一二三123]名)/.exec(sNorm.slice(v.index + verb.length))
      const honors = honorsAfter(sNorm, sentence, v.index + verb.length)
      if (honors.length === 0 && !prize) continue
      const ci = parts.findIndex((c) => v!.index >= c.start && v!.index <= c.start + c.text.length)
      const clause = parts[ci]!
      // `某某公司的平某获得…`: the employer's person, the 的 between them dropped.
      const subject = sentence
        .slice(clause.start, v.index)
        .replace(TRAIL_ADVERB, '')
        .replace(/被$/, '')
        .trim()
        // `…技师罗某、…修理工冯某等人获…`: the people named, not `等人`.
        // (`…副主席陈某等33位基层工会干部获…`: and not the count of them.)
        .replace(/(?<=[\u4e00-\u9fff]{2})等(?:人|(?:\d+|[一二两三四五六七八九十百]+)(?:人|[名位组][\u4e00-\u9fff]{0,10}))?$/, '')
        // (`来自深圳的赖某获得…`: the place the person comes from, no employer, is left out.)
        .replace(/^来自([^，,、的]{2,10})的(?=([\u4e00-\u9fff·]{2,3})$)/, (m, from: string, name: string) => (looksLikeName(name) && !EMPLOYER_END.test(from) ? '' : m))
        .replace(/(?<=[\u4e00-\u9fff]{2})的(?=([\u4e00-\u9fff·]{2,3})$)/, (m, name: string) => (looksLikeName(name) ? '' : m))
      let person: Person | null = null
      let collectiveSubject: string | null = null
      // `…代表全国总工会向某公司二分厂四工段三班授予“工人先锋号”`: who is given the honour follows 向; who gives it is no one honoured.
      const givenTo = verb === '授予' ? /向([^向，,、]{2,40})$/.exec(subject)?.[1] : undefined
      if (givenTo) {
        const to = findPerson(givenTo, true)
        if (to) found.push({ name: to.name, employer: to.employer, position: to.position, honors, kind: 'individual' })
        else if (COLLECTIVE_HONOR.test(honors.join()) && givenTo.length >= 4 && (COLLECTIVE_END.test(givenTo) || UNION_BODY_END.test(givenTo))) found.push({ ...collective(givenTo), honors })
        used.add(ci)
        continue
      }
      if (subject) {
        // `技术员周远付、某某公司副主任黄建军等13名职工获…`: every person of the subject.
        // `教师徐某和他的徒弟许某分别获评…`: people joined by 和/与 too, when each part names one.
        const joined = subject.split(/和|与|及/)
        const parts = joined.length > 1 && joined.length <= 3 && joined.every((p) => findPerson(p, false)) ? joined : subject.split('、')
        // `某某公司装药班、某某公司焦化厂甲班荣获全国工人先锋号`, `某公司工会委员会、某大学工会委员会被评为“全国模范职工之家”`:
        // teams and union bodies honoured together, each by its whole name.
        const units = parts.map((p) => p.replace(LEAD_CONNECTOR, ''))
        if (units.length > 1 && COLLECTIVE_HONOR.test(honors.join()) && units.every((p) => p.length >= 4 && p.length <= 40 && (COLLECTIVE_END.test(p) || UNION_BODY_END.test(p)) && !findPerson(p, true))) {
          for (const p of units) found.push({ ...collective(p), honors })
          used.add(ci)
          continue
        }
        if (parts.length > 1) {
          const others = parts.slice(0, -1).map((part) => findPerson(`${part}、`, true)).filter((x): x is Person => x !== null)
          for (const o of others) found.push({ name: o.name, employer: o.employer, position: o.position, honors, kind: 'individual' })
          person = findPerson(parts.at(-1)!, true) ?? findPerson(parts.at(-1)!)
          if (!person && others.length) {
            used.add(ci)
            continue
          }
        } else person = findPerson(subject, true) ?? findPerson(subject)
        // `某某公司等80个单位获…`: the units honoured are organisations, not workers.
        if (/等(?:\d+|[一二两三四五六七八九十百]+)[个家](?:单位|企业|集体|企业集体|单位集体)$/.test(subject)) {
          used.add(ci)
          continue
        }
        if (!person && COLLECTIVE_END.test(subject) && subject.length <= 30) collectiveSubject = subject.replace(LEAD_CONNECTOR, '')
        else if (!person && COLLECTIVE_HONOR.test(honors.join()) && EMPLOYER_SUFFIX.test(subject) && subject.length <= 30) {
          collectiveSubject = subject.replace(LEAD_CONNECTOR, '')
        }
      } else {
        // The subject was named in an earlier clause of the sentence.
        for (let back = ci - 1; back >= 0 && back >= ci - 3 && !person; back--) {
          if (used.has(back)) continue
          // `来自某公司的某某夺得桂冠，并荣获…称号`: the winner before what they won.
          const winner = parts[back]!.text.replace(WON_AT_END, '')
          person =
            (winner !== parts[back]!.text ? findPerson(winner.replace(/^来自/, '').replace(/(?<=[\u4e00-\u9fff]{2})的(?=[\u4e00-\u9fff·]{2,3}$)/, ''), true) : null) ??
            findPerson(parts[back]!.text)
        }
        // `甲公司中心店工会、乙公司维保中心工会，被评为“全国模范职工小家”`: teams and union bodies in the
        // clause before, the honour after a comma.
        // (`某公司工会榜上有名，获“全国模范职工小家”称号`.)
        const before = ci > 0 && !used.has(ci - 1) ? parts[ci - 1]!.text.replace(/(?:均|都)?(?:榜上有名|名列其中|上榜)$/, '').split('、').map((p) => p.replace(LEAD_CONNECTOR, '').trim()) : []
        if (!person && before.length > 0 && COLLECTIVE_HONOR.test(honors.join()) && before.every((p) => p.length >= 4 && p.length <= 40 && (COLLECTIVE_END.test(p) || UNION_BODY_END.test(p)) && !findPerson(p, true))) {
          for (const p of before) found.push({ ...collective(p), honors })
          used.add(ci)
          continue
        }
      }
      if (person) {
        found.push({ name: person.name, employer: person.employer, position: person.position, honors, kind: 'individual' })
        // (`某某获得焊工项目第一名，被授予“…奖章”`: a prize leaves the winner to the honour that follows.)
        if (honors.length > 0) used.add(ci)
      } else if (collectiveSubject && honors.length > 0) {
        found.push({ ...collective(collectiveSubject), honors })
      }
    }

    // Honour before the name: `全国劳动模范、某某公司高级技师张三`.
    for (const h of sNorm.matchAll(HONOR_FIRST)) {
      const before = sNorm.slice(Math.max(0, h.index - 4), h.index)
      if (VERB_AT_END.test(before)) continue
      const honor = cleanHonor((h[1] ? sentence.slice(h.index + 1, h.index + 1 + h[1].length) : sentence.slice(h.index, h.index + h[2]!.length)).trim())
      if (h[1] && !HONOR_AT_END.test(honor)) continue
      const rest = sentence.slice(h.index + h[0].length)
      if (/^\d/.test(rest)) continue
      // `获评全国劳动模范称号的秦毅`, `获得全国“五一劳动奖章”的洪刚`: the honour, then the person.
      const owner = /^(?:荣誉)?(?:称号)?的([\u4e00-\u9fff·]{2,4})/.exec(rest)
      if (owner) {
        const named = findPerson(rest.slice(owner[0].length - owner[1]!.length), true)
        // `获评全国劳模的某某公司创始人、总裁某某`: the employer and post between 的 and the name.
        const segment = rest.slice(owner[0].length - owner[1]!.length).split(/[，,。；;]/)[0]!
        const described = named || segment.length > 40 ? null : findPerson(segment.split('、').at(-1)!)
        const person = named ?? (described?.position && POSITION_END.test(described.position) ? described : null)
        if (person) found.push({ name: person.name, employer: named ? null : person.employer, position: named ? null : person.position, honors: [honor], kind: 'individual' })
        continue
      }
      // `劳动模范到某地休养`, `劳模班`, `劳模们`: the honour is the subject or part of a word, no name follows.
      // (`工匠学院全贯通`, `劳模工匠兼职辅导员师资库`: the honour names what an institution or a post is for.)
      if (/^(?:到|在|来|去|赴|前往|参加|走进|代表|们|班|和|与|及|等|的|都|也|均|还|将|已|正|是|就|又|共|各|学院|学校|精神|文化|论坛|事迹|故事|基地|驿站|兼职|辅导员|宣讲团)/.test(rest)) continue
      // Another honour follows (`全国劳模、省五一劳动奖章获得者、某某`): the last one leads to the name.
      if (HONOR_OPENING.test(rest)) continue
      // After an honour and a job title (`…奖章获得者、某某公司驾驶员张三声情并茂地…`) the name needs no verb after it.
      const loose = findPerson(rest)
      const person = findPerson(rest, true) ?? (loose?.position && POSITION_END.test(loose.position) && !HONOR_AT_END.test(loose.position) && !/^[和与及或]/.test(loose.name) ? loose : null)
      // The name in the honour's clause: no employer running over a comma (`…大奖评比中，某学院`).
      if (person && person.end <= 30 && !/[，,；;]/.test(person.employer ?? '') && (person.employer || person.position || rest.startsWith(person.name))) {
        found.push({ name: person.name, employer: person.employer, position: person.position, honors: [honor], kind: 'individual' })
      }
    }
  }
  // `“金锤奖”的获得者程某`, `“全国五一劳动奖章”得主竺某`: the winner of an award named in quotes.
  for (const m of paragraph.matchAll(/[“"]([^”"]{2,20}(?:奖|奖章|称号))[”"](?:的)?(?:获得者|得主)[、，,]?\s*([\u4e00-\u9fff·]{2,4})/g)) {
    // (`…获得者赵宇作为…`: `赵宇` before a two-character word, as in findPerson.)
    const rest = paragraph.slice(m.index! + m[0].length - m[2]!.length)
    const verbAfterTwo = rest[2] !== rest[1] && looksLikeName(rest.slice(0, 2)) && (AFTER_NAME.exec(rest.slice(2))?.[0].length ?? 0) >= 2
    const name = [3, 2].map((n) => m[2]!.slice(0, n)).find((n) => looksLikeName(n) && !(n.length === 3 && verbAfterTwo) && (n.length === m[2]!.length || !looksLikeName(m[2]!.slice(0, n.length + 1))))
    if (name) found.push({ name, employer: null, position: null, honors: [cleanHonor(m[1]!)], kind: 'individual' })
  }
  // `某某技能大赛特等奖获得者胡某的从业故事`: the winner of a prize named without quotes.
  for (const m of paragraph.matchAll(/([\u4e00-\u9fff]{0,12}(?:大赛|比赛|竞赛|评选)?[\u4e00-\u9fff]{0,4}(?:特等奖|一等奖|二等奖|三等奖|金奖|银奖|铜奖|大奖|冠军))(?:获得者|得主)[、，,]?\s*([\u4e00-\u9fff·]{2,4})/g)) {
    const tail = paragraph.slice(m.index + m[0].length - m[2]!.length)
    const name = [3, 2].map((n) => tail.slice(0, n)).find((n) => looksLikeName(n) && AFTER_NAME.test(tail.slice(n.length)))
    // The prize's name starts after the words that lead to it (`宣讲员宣讲…`).
    if (name) found.push({ name, employer: null, position: null, honors: [m[1]!.replace(/^.*[的了在和与及讲述播放]/, '')], kind: 'individual' })
  }
  // `荣获全国五一劳动奖章的项某和…`: the person who won it, after the honour and 的.
  // (`被评为全国劳动模范的王某老人`: a word of respect after the name; `喜获优胜奖的年轻匠人王某`: a prize, and the
  // kind of worker between 的 and the name.)
  for (const m of paragraph.matchAll(WON_HONOUR_OF)) {
    const tail = paragraph.slice(m.index + m[0].length - m[m.length - 1]!.length)
    // `项某和…`, `王某在…`: the name is the part the sentence goes on after.
    const name = [3, 2].map((n) => tail.slice(0, n)).find((n) => looksLikeName(n) && (AFTER_NAME.test(tail.slice(n.length)) || /^(?:老人|教授|医生|老师|师傅|同志|先生|女士)/.test(tail.slice(n.length))))
    if (name) found.push({ name, employer: null, position: null, honors: [cleanHonor(m[0].replace(/^(?:荣获|获得|获评|获颁|被授予|被评为)了?/, '').replace(/的[\u4e00-\u9fff·]{2,4}$/, ''))], kind: 'individual' })
  }
  // `授予…，邱某等79人为“某市五一劳动奖章”，某公司QC班组等30个集体为“某市工人先锋号”`.
  // (`决定选树于某某等100人为2021年“某某工匠”`: the year before the honour's name.)
  for (const m of paragraph.matchAll(/(?:^|[，,；;：:])([^，,。；;：:]{2,40}?)等(?:\d+|[一二三四五六七八九十百]+)(人|名同志|名职工|名|位|个集体|个班组)为(?:(?:19|20)\d{2}年度?)?[“"]([^”"]{2,24})[”"]/g)) {
    const honor = cleanHonor(m[3]!)
    if (!HONOR_LIKE.test(honor)) continue
    if (/集体|班组/.test(m[2]!)) {
      const team = m[1]!.replace(/^(?:授予|并|和|及)/, '')
      if (COLLECTIVE_END.test(team)) found.push({ ...collective(team), honors: [honor] })
      continue
    }
    const subject = m[1]!.replace(/^(?:授予|并|和|及)/, '').replace(/^.*(?:选树|命名|表彰)(?=[\u4e00-\u9fff·]{2,4}$)/, '')
    const person = findPerson(subject)
    if (person && person.end === subject.length) found.push({ name: person.name, employer: person.employer, position: person.position, honors: [honor], kind: 'individual' })
  }
  // `为万某等“十大金牌工人”颁奖`: the people an honour is presented to.
  for (const m of paragraph.matchAll(/为([\u4e00-\u9fff·]{2,3})(?:等(?:\d+|[一二三四五六七八九十]+)?[人名位]?)?[“"]([^”"]{2,16})[”"](?:颁奖|颁发|授牌|授奖|颁证)/g)) {
    if (HONOR_LIKE.test(m[2]!) && looksLikeName(m[1]!)) found.push({ name: m[1]!, employer: null, position: null, honors: [cleanHonor(m[2]!)], kind: 'individual' })
  }
  // `董事长许荣根作为省劳动模范出席`: the person who attends as an honoured worker.
  for (const m of paragraph.matchAll(AS_HONOURED)) {
    const before = paragraph.slice(Math.max(0, m.index - 3), m.index)
    const name = [before, before.slice(1)].find((n) => n.length >= 2 && looksLikeName(n))
    if (name) found.push({ name, employer: null, position: null, honors: [cleanHonor(m[1]!)], kind: 'individual' })
  }
  // `授予李某等9名铁路青年“铁路青年五四奖章”`, `表彰了赵某等10名优秀工会工作者`: the first of those honoured, named.
  // (`授予邓某等288人安徽省金牌职工`, `命名王某等100位同志为…优秀工会工作者`, `对米某等142名职工授予“优秀人才”`.)
  for (const m of paragraph.matchAll(FIRST_OF_COUNT)) {
    const honor = cleanHonor(m[2] ?? m[3]!)
    if (HONOR_LIKE.test(honor) && looksLikeName(m[1]!)) found.push({ name: m[1]!, employer: null, position: null, honors: [honor], kind: 'individual' })
  }
  // `“全国工人先锋号”获得者：某某公司硫酸产品部，某某公司病毒灭活班组，…`: the teams an honour's list names.
  const teams = /^[“"]?([^“”"：:]{2,20}(?:先锋号|集体|职工之家|职工小家|劳动奖状|文明号|示范岗))[”"]?(?:获得者|获得单位|名单)[:：](.+)$/.exec(paragraph.trim())
  if (teams) {
    for (const entry of teams[2]!.split(/[，,、；;。]/).map((e) => e.trim())) {
      if (entry.length >= 4 && entry.length <= 40 && (COLLECTIVE_END.test(entry) || UNION_BODY_END.test(entry))) found.push({ ...collective(entry), honors: [cleanHonor(teams[1]!)] })
    }
  }
  // `个人组一等奖：某某购物中心宋某`, `个人组二等奖：市民政局 宋某；市人民法院吴某`: a prize's winners after it,
  // each after their unit.
  const prizeList = PRIZE_LIST.exec(paragraph.trim())
  if (prizeList) {
    for (const entry of prizeList[1]!.split(/[，,、；;。]/).map((e) => e.replace(/[\s\u3000]+/g, ''))) {
      const name = entry.length <= 3 && looksLikeName(entry) ? entry : nameAfterUnit(entry)
      if (name) found.push({ name, employer: entry.length > name.length ? entry.slice(0, -name.length) : null, position: null, honors: [], kind: 'individual' })
    }
  }
  // `车工某某公司单某争冠、电工某某公司安某夺魁、烹饪某某学校佟某折桂`: each winner before the word for winning.
  for (const m of paragraph.matchAll(/([^，,、；;。：:]{4,40}?)(?:夺冠|夺魁|折桂|问鼎|捧杯|争冠|称雄)(?=[，,、；;。]|$)/g)) {
    const before = m[1]!
    const name = [3, 2].map((n) => before.slice(-n)).find((n) => looksLikeName(n) && (EMPLOYER_END.test(before.slice(0, -n.length)) || POSITION_END.test(before.slice(0, -n.length))))
    if (name) found.push({ name, employer: null, position: null, honors: [], kind: 'individual' })
  }
  // `巩某是全国劳动模范`, `巩某是省级劳模`: a sentence opening with the person, then what honour they hold.
  for (const m of paragraph.matchAll(IS_HONOURED)) {
    if (looksLikeName(m[1]!) && !dictionaryWord(m[1]!)) found.push({ name: m[1]!, employer: null, position: null, honors: [cleanHonor(m[2]!)], kind: 'individual' })
  }
  found.push(...listedWorkers(paragraph))
  found.push(...namesInARow(paragraph))
  return mergeWorkers(found)
}

/** Roles that name a worker by what they do (not officials: 主席, 书记, 部长 are left out). */
const WORKER_ROLE =
  /(?:工人|职工|员工|技工|焊工|车工|钳工|电工|铣工|矿工|[\u4e00-\u9fff]工|技师|工程师|设计师|技术员|操作员|检修员|驾驶员|司机|骑手|快递员|班长|组长|队长|工长|机长|大师|能手|工匠|匠人|状元|标兵|劳模|领衔人|带头人|传承人|守护人|教师|医生|护士|榜眼)$/
/** A worker's role anywhere in a text (`是某矿的一名一线工人`). */
const WORKER_ROLE_IN = new RegExp(WORKER_ROLE.source.replace(/\$$/, ''))
const OFFICIAL = /(?:主席|书记|部长|局长|市长|县长|区长|厅长|处长|科长|主任|委员|调研员|干部|负责人|发言人|代表|党组成员|党委成员|常委|议长|议员|立委)$/
/** `全国总工会副主席、书记处书记、党组成员`: posts one after the other, any of them an official's. */
const officialPosts = (posts: string) => simplifiedCopy(posts).split(/[、，,]/).some((p) => OFFICIAL.test(p.trim().replace(/[（(][^)）]{1,4}[)）]$/, '')))

/**
 * `王某 全国总工会主席`, `陈 某 某某党组书记、副主席`: one line of a list of officials (the name, a
 * space, their posts): an entry of the list, not a heading, and no worker.
 */
export function listedOfficial(line: string): boolean {
  const m = /^([\u4e00-\u9fff·]{2,4})[ \u3000]+([^\s。；;：:][^。；;：:]{3,60})$/.exec(listEntry(line))
  return Boolean(m && looksLikeName(m[1]!) && officialPosts(m[2]!))
}

/**
 * An entry of a list of people as the parser reads it: without the list's number (`1.张某 …`) and
 * with a two-character name spaced to the width of three made one (`贺 彪 某某公司…`).
 */
export function listEntry(line: string): string {
  return line
    .trim()
    .replace(/^\d{1,3}\s*[.．、]\s*(?=[\u4e00-\u9fff])/, '')
    .replace(/^([\u4e00-\u9fff])[ \u3000]{1,2}([\u4e00-\u9fff])(?=[ \u3000])/, '$1$2')
}

/** `某某公司工人、高级技师 洪家光`: a line of a list of people (employer and role, a space, the name). */
export function listedPerson(line: string): { name: string; position: string; byEmployer?: true } | null {
  // `上海：江源 某某中学教师`: a region, the name, then employer and job; `贺 彪 某某公司…负责人`: a
  // two-character name spaced to the width of three. The job may hold a space (`（中心 ICU）医生`).
  const spaced = listEntry(line)
  const reverse = /^(?:[\u4e00-\u9fff]{2,3}[:：])?([\u4e00-\u9fff·]{2,4})[ \u3000]+([^\s，。；,;：:][^，。；,;：:]{3,50})$/.exec(spaced)
  if (reverse && looksLikeName(reverse[1]!) && POSITION_END.test(simplifiedCopy(reverse[2]!)) && !officialPosts(reverse[2]!) && !looksLikeName(reverse[2]!) && (reverse[2]!.match(/\s/g) ?? []).length <= 1) return { name: reverse[1]!, position: reverse[2]! }
  const m = /^(.{2,60}?)[ \u3000]+([\u4e00-\u9fff·]{2,4})$/.exec(line.trim())
  if (!m || /[，。；,;：:]/.test(m[1]!)) return null
  const role = m[1]!.trim()
  // `某某汽车（安徽）有限公司 邢某`: an employer, a space, the person (a list of people chosen); the
  // layout says it is a name even with a surname the list does not know.
  const employer = EMPLOYER_END.test(simplifiedCopy(role)) && !/[\s\u3000]/.test(role) && /^[\u4e00-\u9fff]{2,3}$/.test(m[2]!)
  if (!employer && (!looksLikeName(m[2]!) || !isWorkerRole(role))) return null
  return { name: m[2]!, position: role, ...(employer && !isWorkerRole(role) ? { byEmployer: true } : {}) }
}

/** `综采工人闫某` → role and name; the name is tried at three characters, then two. */
function roleAndName(item: string, roleTest: (role: string) => boolean): { name: string; role: string } | null {
  // `…车间主任周某`: after a job title the name has two characters, not `任周某` after `…车间主`.
  const two = item.slice(-2)
  if (/(?:主任|经理|經理|技师|技師|工程师|工程師|教师|教師|医师|醫師|讲师|講師|律师|律師|厨师|廚師|班长|班長|队长|隊長|组长|組長|厂长|廠長|所长|所長|站长|站長)$/.test(item.slice(0, -2)) && looksLikeName(two) && roleTest(item.slice(0, -2))) return { name: two, role: item.slice(0, -2) }
  for (const n of [3, 2]) {
    const name = item.slice(-n)
    const role = item.slice(0, -n)
    if (role.length >= 1 && looksLikeName(name) && roleTest(role)) return { name, role }
    // `…主任丁华杰`: a three-character name refused with its role is not `华杰` after `…主任丁`.
    if (n === 3 && looksLikeName(name) && OFFICIAL.test(role)) return null
  }
  return null
}

const isWorkerRole = (role: string) => WORKER_ROLE.test(role) && !OFFICIAL.test(role)

/** The name a text opens with, when what follows it reads as the rest of a sentence about them. */
function nameAtStart(text: string): string | null {
  for (const n of [3, 2]) {
    const name = text.slice(0, n)
    if (name.length === n && looksLikeName(name) && (text.length === n || AFTER_NAME.test(text.slice(n)) || /^(?:分享|讲述|带来|展示|演示|谈|讲)/.test(text.slice(n)))) return name
  }
  return null
}

/**
 * People named by what they do rather than by an honour: lists (`分别是：某某公司高级技师甲，…`),
 * roles in a row (`综采工人甲、巷道安全守护人乙、…`), a role naming several (`综采工人甲、乙`), the
 * head of a studio (`工作室领衔人某某`), the subject of a profile (`【人物档案】某某，60岁，…`).
 */
function listedWorkers(paragraph: string): FoundWorker[] {
  const out: FoundWorker[] = []
  const push = (name: string, position: string | null, employer: string | null = null) => {
    if (!out.some((w) => w.name === name)) out.push({ name, employer, position, honors: [], kind: COLLECTIVE_END.test(name) && name.length > 4 ? 'collective' : 'individual' })
  }
  const line = listedPerson(paragraph)
  if (line) push(line.name, line.position)
  // `王某，某某集团有限责任公司飞行员；`: a list printed a person a line, the name first.
  const nameFirst = /^([\u4e00-\u9fff·]{2,4})[,，]\s*([^，,。；;：:]{4,40}?)[;；。]?$/.exec(paragraph.trim())
  if (nameFirst && looksLikeName(nameFirst[1]!) && POSITION_END.test(simplifiedCopy(nameFirst[2]!)) && !OFFICIAL.test(nameFirst[2]!)) push(nameFirst[1]!, nameFirst[2]!)
  // `李某，某某集团有限公司高级技师。30多年来，…`: a profile opens by naming its worker and their job.
  const opens = /^([\u4e00-\u9fff·]{2,4})[,，]\s*(?:现任|現任)?([^，,。；;：:]{4,40}?)。/.exec(paragraph.trim())
  if (!nameFirst && opens && looksLikeName(opens[1]!) && WORKER_ROLE.test(opens[2]!) && !OFFICIAL.test(opens[2]!) && EMPLOYER_SUFFIX.test(opens[2]!)) push(opens[1]!, opens[2]!)
  // `公布了某某等20名扎根基层一线的“最美劳动者”`: one named for a counted group honoured.
  for (const m of paragraph.matchAll(/([\u4e00-\u9fff·]{2,4})等(?:\d+|[一二两三四五六七八九十百]+)[位名个個][^。，,；;]{0,40}?(?:劳动奖章|勞動獎章|模范劳工|模範勞工|劳动者|勞動者|劳模|勞模|劳动模范|勞動模範|勞動模范|工匠|先进工作者|先進工作者|最美|标兵|能手)/g)) {
    const name = [3, 2].map((n) => m[1]!.slice(-n)).find((n) => looksLikeName(n))
    if (name && honourContextOf(paragraph)) push(name, null)
  }

  const profile = /(?:【人物(?:档案|名片|简介)】|人物(?:档案|名片)[:：])\s*([\u4e00-\u9fff·]{2,4})[,，、]/.exec(paragraph)
  if (profile && looksLikeName(profile[1]!)) push(profile[1]!, null)

  for (const m of paragraph.matchAll(/(?:领衔人|带头人|创始人)/g)) {
    const name = nameAtStart(paragraph.slice(m.index + m[0].length))
    if (name) push(name, m[0])
  }

  // Lists after `分别是：`: each item ends with the person (or the team). Where the list is of
  // people chosen or honoured (`入选的7人分别为：`, `年度人物分别是：`), a 主任 or 经理 is one of them.
  // Without a colon only where the sentence before has just counted them (`7名同志获得…，他们分别是…`).
  const intro = /(?:(?:以下|下列)(?:同志|个人)[^。：:]{0,40}|分别是|分别为|分別是|分別為|他们是|她们是|他們是|名单如下|包括)[:：]|(?:他们|她们|他們|她們)?(?:分别是|分别为|分別是|分別為)(?![:：])/.exec(paragraph)
  if (intro) {
    const rest = paragraph.slice(intro.index + intro[0].length).split(/[。]/)[0]!
    const before = paragraph.slice(0, intro.index)
    const chosen = /入选|入選|获评|獲評|命名|评选|評選|年度人物|表彰|荣获|榮獲|最美/.test(before) || HONOR_NOUN.test(before)
    for (const raw of rest.split(/[；;，,、]/)) {
      const item = raw.replace(/^(?:以及|和|及)/, '').trim()
      // `某某有限公司 邢某`: the space marks where the name starts.
      const spaced = /^(.{2,40}?)[ \u3000]+([\u4e00-\u9fff·]{2,4})$/.exec(item)
      if (spaced && (looksLikeName(spaced[2]!) || listedPerson(item))) {
        push(spaced[2]!, null)
        continue
      }
      // A name alone on its line in a list of people (`授予以下同志…：王某；李某`).
      if ((chosen || /以下|下列|名单/.test(intro[0])) && /^[\u4e00-\u9fff·]{2,4}$/.test(item) && looksLikeName(item)) {
        push(item, null)
        continue
      }
      const team = /([\u4e00-\u9fff]{2,6}(?:小组|班组|团队))$/.exec(item)
      const person = roleAndName(item, (role) => role.length >= 2 && (chosen || !OFFICIAL.test(role)))
      if (person) push(person.name, person.role.replace(/^.*的/, ''))
      else if (team && item.length <= 40) push(team[1]!, null)
    }
  }

  // Names in a row joined with `、` and then called honoured: `甲、乙、丙……受表彰的他们`,
  // `报道甲、乙、丙六位劳模和先进工作者的事迹`.
  const honourContext = honourContextOf(paragraph)
  for (const whole of paragraph.split(/[。！？；;，,]/)) {
    // (`宣读了省委宣传部、省总工会关于授予甲、乙、…的决定`: the list given the honour starts at 授予.)
    const giving = /(?:授予|授與)(?=[\u4e00-\u9fff·]{2,4}、)/.exec(whole)
    const sentence = giving ? whole.slice(giving.index) : whole
    // `“小巷总理”许巧珍`: a name under its nickname is the name.
    const items = sentence.split('、').map((item, k) => (k === 0 ? item.replace(/[“"][^”"]{1,8}[”"]([\u4e00-\u9fff·]{2,7})$/, '$1') : item.replace(/^[“"][^”"]{1,8}[”"]/, '')))
    // `某大学教授甲、某公司乙二位劳模`: two names do when the sentence counts them as honoured.
    const pair = items.length === 2 ? /([\u4e00-\u9fff]{2,3})$/.exec(items[0]!) : null
    const second = items.length === 2 ? /([\u4e00-\u9fff]{2,3})(?:二|两|兩|2)[位名](?:劳模|勞模|劳动模范|勞動模範|勞動模范)/.exec(items[1]!) : null
    if (pair && second && looksLikeName(pair[1]!) && looksLikeName(second[1]!)) {
      push(pair[1]!, null)
      push(second[1]!, null)
      continue
    }
    if (items.length < 3) continue
    const first = items[0]!
    // The run of names ends at the first item that is not a bare name (`…丙等5位劳模代表与…畅谈
    // 那些人、那些事`: what comes after it is another list); `吾买尔·库尔班`, with a middle dot, is one.
    const bareName = (m: string) => /^[\u4e00-\u9fff]{2,4}$/.test(m) || /^[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,6}$/.test(m)
    const end = items.findIndex((m, k) => k > 0 && !bareName(m))
    if (end > 0 && end < 2) continue
    const run = end < 0 ? items : items.slice(0, end + 1)
    const last = run.at(-1)!
    const head = looksLikeName(first) ? first : [3, 2].map((n) => first.slice(-n)).find((name) => looksLikeName(name) && first.length > name.length)
    // `…某某等10人当选年度人物`, `…某某成功推选为“最美劳动者”`: the names chosen, in a text on honours.
    // (`关于授予甲、乙、…、丙12名同志“某某最美职工”的决定`: given the honour that follows their count.)
    const given = !!head && /(?:授予|授與)$/.test(first.slice(0, first.length - head.length))
    const honoured = (rest: string) =>
      HONOURED_AFTER.test(rest) ||
      // (`…全国劳动模范42名。甲、乙、丙、丁将作为特邀代表出席这次表彰大会`: chosen to stand for the honoured.)
      (honourContext && /^(?:将|將)?作为[^，,。]{0,8}代表(?:出席|参加|參加|发言|發言)/.test(rest)) ||
      (given && /^(?:等)?(?:\d+|[一二两三四五六七八九十]+)[位名个](?:同志|职工|職工|人)?(?:[“"「]|为|為)/.test(rest)) ||
      (honourContext && (/^等(?:\d+|[一二两三四五六七八九十]+)[位名]/.test(rest) || /^(?:等(?:\d+|[一二两三四五六七八九十百]+)[位名人])?(?:成功|均|都|分别|同时)?被?(?:推选为|评选为|当选|评为|选为|命名为|被授予|荣获|榮獲|获评|獲評|入选|入選)/.test(rest)))
    const tailName = [3, 2].map((n) => last.slice(0, n)).find((name) => looksLikeName(name) && honoured(last.slice(name.length)))
    const middle = run.slice(1, -1)
    const bareMiddle = middle.every(bareName) && middle.filter(looksLikeName).length * 2 >= middle.length
    // `这11名选手是甲、乙、…、丙`: a counted group named in full, in a text on honours.
    const counted = honourContext && !!head && new RegExp(`(?:\\d+|[一二两三四五六七八九十]+)[位名个](?:[\\u4e00-\\u9fff]{0,6})?(?:是|为|為|有)${head}$`).test(first) && bareName(last)
    const tail = tailName ?? (counted && looksLikeName(last) ? last : undefined)
    if (!head || !tail || !bareMiddle) continue
    for (const name of [head, ...middle, tail]) push(name, null)
  }

  // Roles in a row: `综采工人闫某、巷道安全守护人薛某、工程师郭某…`, or one role and several names.
  for (const clause of paragraph.split(/[，,。；;！？…]+/)) {
    const items = clause.split('、')
    if (items.length < 2) continue
    const named: { name: string; role: string | null }[] = []
    for (const [n, item] of items.entries()) {
      const withRole = roleAndName(item, isWorkerRole)
      // The last name may run on into the sentence: `骆某分享了…`.
      const bare = looksLikeName(item) ? item : n === items.length - 1 ? nameAtStart(item) : null
      if (bare && named.length > 0 && named[0]!.role) named.push({ name: bare, role: null })
      else if (withRole) named.push(withRole)
      else break
    }
    if (named.length >= 2) for (const n of named) push(n.name, n.role?.replace(/^.*的/, '') ?? null)
  }
  return out
}

/** A paragraph that speaks of honours: names counted in it may be the honoured. */
function honourContextOf(paragraph: string): boolean {
  return HONOR_NOUN.test(paragraph) || /最美|表彰|推选|评选|發布|发布|名单|名單/.test(paragraph)
}

/** What calls the names before it honoured: `……受表彰`, `六位劳模和先进工作者`, `等全国劳模`. */
const HONOURED_AFTER = /^(?:……|…)?(?:等)?(?:(?:\d+|[一二两三四五六七八九十]+)[位名])?(?:受表彰|获表彰|全国|省|市)?(?:[省市县区部级級以上]{1,8})?(?:劳模|勞模|劳动模范|勞動模范|勞動模範|模范劳工|模範勞工|先进工作者|先進工作者|工匠|获奖者|受表彰|获表彰)/

/** A paragraph that introduces a list of people printed a line each: `这10位“最美职工”分别是：`. */
export const LIST_INTRO = /(?:(?:以下|下列)(?:同志|个人)[^。]{0,40}|分别是|分别为|分別是|分別為|他们是|她们是|他們是|名单如下|包括|(?:奖章|劳模|劳动模范|工匠|先进工作者)的[\u4e00-\u9fff]{1,8}有)[:：]$/

/**
 * The people of a list printed a line each under its introduction (`将要发布的10位“最美职工”分别
 * 是：` / `某某公司工人、高级技师 洪家光` / …): each entry ends with the person or the team, and an
 * honour quoted in the introduction is theirs.
 */
export function workersOfList(intro: string, entries: string[]): FoundWorker[] {
  const honors = [...normForMatch(intro).matchAll(/"([^"]{2,20})"/g)].map((m) => intro.slice(m.index + 1, m.index + 1 + m[1]!.length)).filter((h) => HONOR_LIKE.test(h))
  const found = listedWorkers(`${intro}${entries.map((e) => e.replace(/[；;，,。]$/, '')).join('；')}。`)
  return found.flatMap((w) => {
    const entry = entries.find((e) => e.includes(w.name))
    if (!entry) return []
    // A team's line is the team's whole name: `某某公司变电检修班 电工班组`.
    const whole = w.kind === 'collective' || (!looksLikeName(w.name) && /(?:小组|班组|团队)$/.test(w.name)) ? { ...collective(entry.replace(/\s+/g, '')) } : w
    return [{ ...whole, honors: w.honors.length ? w.honors : honors.map(cleanHonor) }]
  })
}

function collective(subject: string): Omit<FoundWorker, 'honors'> {
  let employer: string | null = null
  for (const end of employerEnds(subject)) if (end >= 4 && end < subject.length) employer = subject.slice(0, end)
  return { name: subject, employer, position: null, kind: 'collective' }
}

/**
 * `劳模`, `工匠`, `先进`: a kind of honour, not one of the catalog's (`命名…为省示范性劳模和工匠人才创新
 * 工作室` cut at 和). The worker stays; the word is no honour to add.
 */
const BARE_HONOUR = /^(?:劳模|勞模|劳动模范|勞動模範|工匠|先进|先進|模范|模範|先进个人|先进集体)$/

/** One entry per person: mentions without an employer join the one with it. */
export function mergeWorkers<T extends FoundWorker>(input: T[]): T[] {
  const list = input.map((w) => (w.honors.some((h) => BARE_HONOUR.test(h)) ? { ...w, honors: w.honors.filter((h) => !BARE_HONOUR.test(h)) } : w))
  const out: T[] = []
  // `萍乡矿务局` and `1960年全国先进工作者萍乡矿务局` (lines run together): one employer.
  const sameEmployer = (a: string | null, b: string | null) => !a || !b || a === b || simplifiedCopy(a).endsWith(simplifiedCopy(b)) || simplifiedCopy(b).endsWith(simplifiedCopy(a))
  for (const w of list) {
    const same = out.find((o) => simplifiedCopy(o.name) === simplifiedCopy(w.name) && sameEmployer(o.employer, w.employer))
    if (same) {
      same.employer ??= w.employer
      same.position ??= w.position
      for (const h of w.honors) if (!same.honors.includes(h)) same.honors.push(h)
    } else out.push({ ...w, honors: [...w.honors] })
  }
  return out
}

/** Honour level guessed from its name: 全国 → national, a province → provincial, 市 → city. */
const PROVINCE_START = new RegExp(`^(?:${PROVINCES.join('|')}|[\\u4e00-\\u9fff]{2,3}省)`)

export function guessHonorLevel(name: string): 'national' | 'provincial' | 'city' | 'county' {
  if (/^(?:全国|中国|中华全国|国家)/.test(name) || /^(?:大国工匠)/.test(name)) return 'national'
  if (PROVINCE_START.test(name) || /^省/.test(name)) return 'provincial'
  if (/^[\u4e00-\u9fff]{1,6}(?:区|县)(?!域)/.test(name) && !/^[\u4e00-\u9fff]{1,6}市/.test(name)) return 'county'
  return 'city'
}

export function guessRecipientType(name: string): 'individual' | 'collective' {
  return COLLECTIVE_HONOR.test(name) ? 'collective' : 'individual'
}

/** A model-worker name that stands for a team or unit. */
export function looksCollective(name: string): boolean {
  return COLLECTIVE_END.test(name) || /(?:先锋号|集体|公司|集团|中心)$/.test(name)
}

/** What a person named right after an honour goes on to do: `讲述`, `作交流发言`, `作事迹报告`. */
const ACTING = /^(?:报告|讲述|看到|参观|观看|聆听|来到|走进|发出(?:了)?倡议|讲起|谈起|说|表示|介绍|分享|眼含|动情|激动|(?:很|十分|非常|格外)(?:激动|感慨|动情)|深有感触|感慨|笑着|共同领衔|领衔|作(?:了)?[\u4e00-\u9fff]{0,4}?(?:发言|报告|宣讲)|发言|宣讲)/

/**
 * `全国劳模张某笑得很灿烂`: a name right after an honour, whatever follows it. Loose on its own:
 * kept when `again(name, next)` says the piece names that person elsewhere with another character
 * after the name (a profile speaks of its worker more than once; `和先进` is always `和先` + `进`).
 */
export function namedAfterHonour(paragraph: string, again: (name: string, next: string) => boolean): FoundWorker[] {
  const out: FoundWorker[] = []
  const simple = simplifiedCopy(paragraph)
  for (const m of simple.matchAll(HONOUR_THEN_NAME)) {
    const at = m.index + m[0].length - m[2]!.length
    for (const n of [3, 2]) {
      const name = simple.slice(at, at + n)
      // `工匠金牛荣获…`: the third character starts the verb.
      // (`劳模吕某及其创新班组`: nor 及 of 及其.)
      if (n === 3 && name[2] !== name[1] && looksLikeName(name.slice(0, 2)) && ((AFTER_NAME.exec(simple.slice(at + 2))?.[0].length ?? 0) >= 2 || (ACTING.exec(simple.slice(at + 2))?.[0].length ?? 0) >= 3 || (/[及和与同]/.test(name[2]!) && dictionaryWord(simple.slice(at + 2, at + 4))))) continue
      // `…奖章获得者郭某教授正在…`: after `获得者` a name need not come again when a title or a verb follows it.
      // (`劳模代表帅某`, `“最美劳动者”代表匡某发出倡议`: so after the honour's 代表.)
      const holder = /(?:获得者|得主|代表)$/.test(simple.slice(m.index, at)) && (AFTER_NAME.test(simple.slice(at + n)) || /^(?:教授|医生|医师|老师|师傅|同志|先生|女士)/.test(simple.slice(at + n)))
      // `劳模何某眼含热泪讲述…`, `劳模廖某报告他…`: an honour right before a name and the person acting on.
      // (Not `劳动模范来港分享`: a verb of coming, not a name.)
      const acting = ACTING.test(simple.slice(at + n)) && !/^[来去到在赴从回]/.test(name)
      // `全国劳动模范郭某：`, `劳模赵某家中`: the name closed by a stop or by where the person is.
      // (`全国劳模蒋某和省劳模韩某`: and another honoured person after 和.)
      const bounded = /^(?:[，,。：:；;、（(]|家中|家里|当时|没有|受邀|应邀)/.test(simple.slice(at + n)) || AND_HONOURED.test(simple.slice(at + n))
      if (name.length === n && looksLikeName(name) && !HONOR_LIKE.test(name) && !/^[和与及或暨获荣师]/.test(name) && (holder || acting || bounded || again(paragraph.slice(at, at + n), paragraph.charAt(at + n)))) {
        out.push({ name: paragraph.slice(at, at + n), employer: null, position: null, honors: [paragraph.slice(m.index, m.index + m[1]!.length)], kind: 'individual' })
        break
      }
    }
  }
  // `数控机床装调维修工第1名董某`, `一等奖获得者李某`: a contest's winner after the prize.
  // `获奖者张某(左一)。`: a photo's caption naming the winner it shows.
  for (const m of simple.matchAll(/(?:第[一1]名|一等奖|特等奖|金奖|冠军|状元|(?<![一二三]等奖)获奖者)(?:获得者|得主)?([\u4e00-\u9fff·]{2,3})/g)) {
    const at = m.index + m[0].length - m[1]!.length
    const name = [3, 2].map((n) => simple.slice(at, at + n)).find((n) => looksLikeName(n) && !(n.length === 2 && dictionaryWord(n)) && !/^[和与及、]/.test(n) && (AFTER_NAME.test(simple.slice(at + n.length)) || /^。/.test(simple.slice(at + n.length))))
    if (name) out.push({ name: paragraph.slice(at, at + name.length), employer: null, position: null, honors: [], kind: 'individual' })
  }
  // `全省五一劳动奖章获得者、某某酒业公司技师乐某作报告`: the employer and job between the honour and the name.
  for (const m of simple.matchAll(HONOUR_THEN_DESCRIBED)) {
    const person = findPerson(m[2]!, true) ?? findPerson(m[2]!)
    if (!person?.employer) continue
    const at = simple.indexOf(person.name, m.index + m[1]!.length)
    const name = at < 0 ? person.name : paragraph.slice(at, at + person.name.length)
    if (again(name, paragraph.charAt(at + name.length))) out.push({ name, employer: person.employer, position: person.position, honors: [paragraph.slice(m.index, m.index + m[1]!.length)], kind: 'individual' })
  }
  return out
}

/** `益西春初`, `次仁多吉`: Tibetan names, two common parts of two characters each. */
const TIBETAN_NAME = /^(?:次仁|扎西|益西|多吉|卓玛|尼玛|旦增|格桑|达瓦|央金|拉姆|顿珠|平措|罗布|巴桑|索朗|普布|德吉|曲珍|白玛|洛桑|贡布|边巴|嘉措|加措|才让|仁增|拉巴|次旦|强巴|群培|阿旺|土登|丹增|欧珠|琼达|仁青|桑珠|次珍|多杰|才旦|更登)[\u4e00-\u9fff]{2}$/

/**
 * `采访了吴某、白某、四矿掘进一队等曾经荣获“感动中原”…`, `两位“大国工匠”郑某、张某`,
 * `邀请易某、邹某、李某4名优秀技能人才`: people named one after the other with 、, right after an
 * honour or with an honour (or a count of honoured people) after them in the clause. Every entry
 * must be a name or a team; the first is cut from the words before it.
 */
function namesInARow(paragraph: string, aboutHonours = false): FoundWorker[] {
  const out: FoundWorker[] = []
  const original = simplifiedCopy(paragraph)
  // (`陈某、周某(女)、潘某`: a woman's name marked in brackets is read without the mark.)
  const simple = original.replace(/[（(]女[)）]/g, '')
  // (`邱某、罗某和张某三位市级劳模`: the last one joined by 和, 及 or 与.)
  const row = /([\u4e00-\u9fff·]{2,})((?:、[\u4e00-\u9fff·]{2,14}?)*?[、和及与][\u4e00-\u9fff·]{2,14}?)(?=等|…|作为|被|获|荣获|分获|当选|参加|出席|分别|均|都|共同|一同|受到|光荣|榜上有名|作(?:了)?[\u4e00-\u9fff]{0,4}?(?:报告|发言|宣讲)|所在(?:单位|企业|公司|班组|车间)|家里|家中|[，,。；;：:（(.]|(?:\d+|[一二三四五六七八九十]+)[名位个人]|$)/g
  for (let m = row.exec(simple); m; m = row.exec(simple)) {
    const head = m[1]!
    // (`福建某某科技有限公司夏某、…`: not `司夏某`, the employer's last character.)
    const first = [3, 2].map((n) => head.slice(-n)).find((n) => looksLikeName(n) && !EMPLOYER_END.test(head.slice(0, head.length - n.length + 1)))
    if (!first) continue
    // `滨化集团的王某、中海沥青的李某分别获得…`: each entry's employer before 的.
    // (`职工刘某、首钢工学院学生宁某分获…一等奖`: an entry with employer and trade before its name.)
    const rest = m[2]!.slice(1).split(/、|(?<=.{2})[和及与](?=[^、]{2,}$)/).map((e) => /^.{2,12}的([\u4e00-\u9fff·]{2,3})$/.exec(e)?.[1] ?? /^[\u4e00-\u9fff]{0,6}(?:骑士|骑手|快递员|外卖员|选手)([\u4e00-\u9fff·]{2,3})$/.exec(e)?.[1] ?? nameAfterTrade(e) ?? e)
    const entries = [first, ...rest]
    const team = (e: string) => e.length <= 12 && COLLECTIVE_END.test(e) && !looksLikeName(e)
    // `吉林、江苏…`: places, not people.
    // `郭某、巨某、高某`: among names, one of a surname the list lacks that is no word of the language.
    // `库尔班江·巴拉提`: a name of a people whose names are written with a dot is a name at any length.
    const dotted = (e: string) => e.includes('·') && looksLikeName(e)
    const named = entries.filter((e) => (e.length <= 3 && looksLikeName(e) && !PROVINCE_START.test(e)) || dotted(e)).length
    const rare = (e: string) => named >= 2 && e.length === 3 && !dictionaryWord(e) && !PROVINCE_START.test(e) && !/[省市县区州盟旗]$/.test(e)
    // `益西春初`, `次仁多吉`: a Tibetan name, four characters of two common parts, among names.
    const tibetan = (e: string) => named >= 2 && TIBETAN_NAME.test(e)
    // (`…装接工翟某、班主任(小学)陈某`: a post is no name.)
    if (entries.length < 2 || !entries.every((e) => (e.length <= 3 && looksLikeName(e) && !PROVINCE_START.test(e) && !OFFICIAL.test(e)) || dotted(e) || team(e) || rare(e) || tibetan(e))) {
      // (`副主席张某、陆某一行前往甲、乙和丙三位老劳模家中`: a row of officials ran into the row of
      // honoured people; read on from the second entry, where the people's row may start.)
      row.lastIndex = m.index + head.length + 1
      continue
    }
    const clauseStart = Math.max(...['，', ',', '。', '；', ';', '：', ':'].map((c) => simple.lastIndexOf(c, m.index)))
    const before = simple.slice(clauseStart + 1, m.index + head.length - first.length)
    const end = m.index + m[0].length
    const after = simple.slice(end, end + 30).split(/[，,。；;]/)[0]!
    // `某甲、某乙等10人,获得“某某工匠”称号`: the honour may follow the count over a comma.
    const counted = /^等(?:\d+|[一二三四五六七八九十]+)[名位个人][，,]/.test(simple.slice(end)) ? simple.slice(end).split(/[。；;]/)[0]! : ''
    // (`荣获省五一劳动奖章的甲、乙等10名职工`: the honour's holders after 的.)
    // (`技能大奖获得者代表甲、乙`, `获奖选手代表甲、乙`: the honoured people's representatives.)
    const honourBefore = HONOUR_BEFORE_NAMES.test(before)
    // (`丁某、姜某分获护林员赛项第二名和第十名`: placed in a contest.)
    const honourAfter = /^(?:等)?(?:(?:\d+|[一二三四五六七八九十]+)[名位个人])?/.test(after) && (HONOR_LIKE.test(after + counted) || /荣获|获评|被授予|人才|榜上有名|第[一1]名|一等奖|特等奖|冠军|分别获得.{0,16}[一二三](?:、[一二三])*等奖|分获.{0,16}第[一二三四五六七八九十\d]{1,3}名/.test(after + counted))
    // In a piece about honoured workers, three names or more in a row are its honourees (`甲、乙、丙……这些名字`).
    // Not the officials there (`市总工会领导甲、乙、丙出席`).
    // (`领导周某、李某、郑某均出席颁奖典礼并为十大“工匠”颁奖`: officials who present honours, whatever honour follows;
    // `甲、乙、丙等省市领导参加会议`: officials named before what they are.)
    const officials = /(?:领导|主席|书记|部长|局长|市长|县长|负责人|负责同志|嘉宾)$/.test(before) || /^(?:均|都|也)?(?:出席|参加|为|向|给)/.test(simple.slice(end)) || /^等[^，,。；;]{0,12}(?:领导|负责同志|负责人|嘉宾)/.test(simple.slice(end))
    if (officials) continue
    const listed = aboutHonours && entries.length >= 3 && entries.every((e) => looksLikeName(e) || tibetan(e) || dotted(e))
    if (!honourBefore && !honourAfter && !listed) continue
    for (const e of entries) {
      const at = original.indexOf(e, simple === original ? m.index : 0)
      const printed = at < 0 ? e : paragraph.slice(at, at + e.length)
      out.push(team(e) ? { ...collective(printed), honors: [] } : { name: printed, employer: null, position: null, honors: [], kind: 'individual' })
    }
  }
  return out
}


/**
 * `首钢工学院学生宁某`, `某某公司焊工李某`, `省劳动模范崔某`: the name after a trade (or 学生) or an
 * honour, its holder named last.
 */
function nameAfterTrade(entry: string): string | null {
  if (entry.length < 5) return null
  for (const n of [3, 2]) {
    const name = entry.slice(-n)
    const before = entry.slice(0, -n)
    if (looksLikeName(name) && (WORKER_ROLE.test(before) || HONOR_AT_END.test(before) || /(?:学生|学员|选手)$/.test(before)) && !OFFICIAL.test(before)) return name
  }
  return null
}

/**
 * `“边区工人”赵某，…`, `大庆“铁人”王某，…`, `“金手天焊”高某，先后为…`: a person behind the name the
 * country knows them by, in quotes, the name closed by a stop. Read in a piece about honoured workers.
 */
export function nicknamed(paragraph: string): FoundWorker[] {
  const simple = simplifiedCopy(paragraph)
  const out: FoundWorker[] = []
  for (const m of simple.matchAll(/[“"]([^“”"]{2,8})[”"]\s*([\u4e00-\u9fff·]{2,3})(?=[，,、；;])/g)) {
    const name = m[2]!
    if (!/[\u4e00-\u9fff]{2}/.test(m[1]!) || !looksLikeName(name) || dictionaryWord(name) || /^[和与及或跟同]/.test(name) || HONOR_LIKE.test(name)) continue
    const at = m.index + m[0].length - name.length
    out.push({ name: paragraph.slice(at, at + name.length), employer: null, position: null, honors: [], kind: 'individual' })
  }
  return out
}

/** Where a place named before a person ends: `普洱市胡某`. */
const PLACE_END = /[省市县区州盟旗镇乡村]$/

/**
 * `分别是杨某(扎染)、陈某(刺绣)、高某(剪纸、刺绣)`, `普洱市胡某(割胶)、保山市高某(咖啡师)`: people listed
 * a trade or job in brackets after each, maybe behind their place; two in a row at least.
 */
function namesWithTrades(paragraph: string): FoundWorker[] {
  const simple = simplifiedCopy(paragraph)
  const out: FoundWorker[] = []
  const ITEM = /([\u4e00-\u9fff·]{2,10})[（(][^（）()]{1,12}[)）]/y
  for (let at = 0; at < simple.length; at++) {
    if (at > 0 && !/[：:，,是为括有、]/.test(simple[at - 1]!)) continue
    const names: { name: string; from: number }[] = []
    let k = at
    for (;;) {
      ITEM.lastIndex = k
      const m = ITEM.exec(simple)
      if (!m) break
      const head = m[1]!
      const n = [3, 2, 4].find((len) => head.length >= len && looksLikeName(head.slice(-len)) && (head.length === len || PLACE_END.test(head.slice(0, -len)) || EMPLOYER_END.test(head.slice(0, -len))))
      if (!n) break
      names.push({ name: head.slice(-n), from: k + head.length - n })
      k = ITEM.lastIndex
      if (simple[k] !== '、') break
      k++
    }
    if (names.length < 2) continue
    for (const { name, from } of names) out.push({ name: paragraph.slice(from, from + name.length), employer: null, position: null, honors: [], kind: 'individual' })
    at = k
  }
  return out
}

/** `姓名：一句话` / `姓名：单位职务`: a profile's part or entry opening with its person. */
const PROFILE_NAME = /^([\u4e00-\u9fff·]{2,4})\s*[:：]\s*\S/
/** `某某集团有限公司国某：`: an entry's person after their employer, over what they said. */
const EMPLOYER_NAME_LABEL = /(?:公司|集团|院|局|厂|所|站|中心|大学|学校|医院|银行|部|队)([\u4e00-\u9fff·]{2,3})\s*[:：]$/

type PieceText = { headline: string | null; subtitle: string | null; kicker: string | null; blocks: BodyBlock[] }

/**
 * Every worker a piece names, each once, with the block that names them (-1: the headline block):
 * in its sentences (`extractWorkers`), in a list a person a line under `…分别是：`, in the headline,
 * subtitle or kicker, in a profile's headings and entries, and right after an honour when the piece
 * names them again.
 */
export function workersOfPiece(piece: PieceText): Worker[] {
  const { blocks } = piece
  const found: Worker[] = []
  blocks.forEach((block, index) => {
    if (block.type !== 'paragraph' && block.type !== 'caption') return
    for (const w of extractWorkers(block.text)) found.push({ ...w, block: index })
  })
  // A list of people a line each under `…分别是：`: the entries are short paragraphs of their own.
  blocks.forEach((block, index) => {
    if (block.type !== 'paragraph' || !LIST_INTRO.test(block.text)) return
    const entries: { text: string; index: number }[] = []
    for (let k = index + 1; blocks[k]?.type === 'paragraph'; k++) {
      const text = blocks[k]!.text
      if (text.length > 60 || /[。！？]/.test(text)) break
      entries.push({ text, index: k })
    }
    if (entries.length < 2) return
    for (const w of workersOfList(block.text, entries.map((e) => e.text))) {
      found.push({ ...w, block: entries.find((e) => e.text.includes(w.name))?.index ?? index })
    }
  })
  // `湖北五一劳动奖章` / `市第一人民医院CT室主任吕某` / `市中医医院内科主任尹某` / …, `湖北省工人先锋号` / `某某门诊部`:
  // the holders listed a line each under the honour's heading, people by the name after their post, teams whole.
  blocks.forEach((block, index) => {
    if (block.type !== 'heading' || !HONOR_AT_END.test(simplifiedCopy(block.text).replace(/[“”"]/g, ''))) return
    const teams = COLLECTIVE_HONOR.test(simplifiedCopy(block.text))
    for (let k = index + 1; blocks[k]?.type === 'paragraph' && blocks[k]!.text.length <= 40 && !/[。！？!?；;，,]/.test(blocks[k]!.text); k++) {
      const entry = blocks[k]!.text.replace(/[\s\u3000]+/g, '')
      const simple = simplifiedCopy(entry)
      if (teams) {
        if (entry.length >= 4 && !looksLikeName(simple)) found.push({ ...collective(entry), honors: [block.text], block: k })
        continue
      }
      const n = [3, 2].find((len) => looksLikeName(simple.slice(-len)) && simple.length > len && (POSITION_END.test(simple.slice(0, -len)) || UNIT_END.test(simple.slice(0, -len))))
      if (n) found.push({ name: entry.slice(-n), employer: null, position: null, honors: [block.text], kind: 'individual', block: k })
      else if (looksLikeName(simple)) found.push({ name: entry, employer: null, position: null, honors: [block.text], kind: 'individual', block: k })
    }
  })
  // A feature about one worker names them in the subtitle: `——记全国五一劳动奖章获得者、某某公司高级技师张三`.
  // A first-person piece names its speaker in the kicker: `全国劳动模范、某某公司技师张三：`.
  for (const head of [piece.subtitle, piece.headline, piece.kicker?.replace(/[:：]$/, '') ?? null]) {
    if (head) for (const w of extractWorkers(head)) found.push({ ...w, block: -1 })
  }
  // A section or a short entry named after its worker: `用时间诠释文化艺术——李某`, and in a piece
  // about honoured workers `殷某：两亩田里度假欢`, `1、匠心追逐强军梦的某公司的徐某`,
  // `龚某：某大学院士，教授`, `某某集团有限公司国某：` over what they said.
  const opening = blocks.filter((b) => b.type === 'paragraph' || b.type === 'caption').slice(0, 3).map((b) => b.text)
  const aboutHonours = HONOR_LIKE.test(simplifiedCopy([piece.kicker, piece.headline, piece.subtitle, ...opening].join(' ')))
  blocks.forEach((block, index) => {
    const entry = block.type === 'paragraph' && block.text.length <= 60 && !/[。！？!?]/.test(block.text)
    if (block.type !== 'heading' && !(aboutHonours && entry)) return
    const m =
      (block.type === 'heading' ? /[—–-]{1,2}\s*([\u4e00-\u9fff·]{2,4})$/.exec(block.text) : null) ??
      (aboutHonours ? PROFILE_NAME.exec(block.text) ?? (block.type === 'heading' ? /的([\u4e00-\u9fff·]{2,3})$/ : EMPLOYER_NAME_LABEL).exec(block.text) : null)
    // (`卜某某：谢谢您，我热爱的南山矿` over `我叫卜某某，…`: a profile's part is about the person it opens with, honours named or not.)
    const told = block.type === 'heading' && !m ? PROFILE_NAME.exec(block.text) : null
    // (Not `王某：早饭不用愁了` over `退休的王某每天…`: the text says the person works — `一线工人`, `技师`, `劳模`.)
    const about = told && blocks.slice(index + 1, index + 3).some((b) => b.type === 'paragraph' && b.text.slice(0, 120).includes(told[1]!) && WORKER_ROLE_IN.test(simplifiedCopy(b.text.slice(0, 120)))) ? told : null
    const named = m ?? about
    if (named && looksLikeName(named[1]!)) found.push({ name: named[1]!, employer: null, position: null, honors: [], kind: 'individual', block: index })
  })
  // `彭某某` / `1959年全国先进生产者` / `彭某某，1931年出生，…`: a profile under its subject's name
  // and honours, the subject named again at the start of the profile.
  blocks.forEach((block, index) => {
    if (block.type !== 'heading' || !/^[\u4e00-\u9fff·]{2,4}$/.test(block.text) || !looksLikeName(block.text)) return
    const listed: string[] = []
    let k = index + 1
    for (; blocks[k]?.type === 'paragraph' && blocks[k]!.text.length <= 24 && !/[。！？]/.test(blocks[k]!.text); k++) listed.push(blocks[k]!.text)
    // (`（1935年~ ），河南省洛阳市人。` under the name: the years of the person's life, then the profile.)
    if (/^[（(](?:18|19|20)\d{2}年/.test(blocks[k]?.text ?? '')) k++
    if (!blocks[k]?.text.startsWith(block.text)) return
    const honors = listed.map((t) => t.replace(/^(?:19|20)\d{2}年(?:度)?(?:被(?:授予|评为))?/, '')).filter((t) => HONOR_LIKE.test(simplifiedCopy(t)))
    found.push({ name: block.text, employer: null, position: null, honors, kind: 'individual', block: index })
  })
  // `第一名 张某` / `第三名 茂名团队`: a contest's ranking, a place and a name a line;
  // `徐某 个人一等奖`: the name first. `《七月》(一等奖)作者 江苏 胡某`: a prize-winning work's author.
  blocks.forEach((block, index) => {
    const line = block.text.trim()
    // (Read in simplified characters, cut as printed: the copy keeps every offset.)
    const m = RANKED_FIRST.exec(simplifiedCopy(line)) ?? NAMED_PRIZE.exec(simplifiedCopy(line)) ?? PRIZED_AUTHOR.exec(simplifiedCopy(line))
    if (!m) return
    const [from, to] = m.indices![1]!
    const name = line.slice(from, to)
    if (/(?:团队|班组|车间|工作室|代表队)$/.test(name)) found.push({ ...collective(name), honors: [], block: index })
    else if (looksLikeName(name)) found.push({ name, employer: null, position: null, honors: [], kind: 'individual', block: index })
  })
  // Portraits' captions naming each person and post first (`范某，某市消防救援支队消防员，一年365天…`),
  // two or more on the page: the people the piece shows at work.
  const portrait = /^([\u4e00-\u9fff·]{2,5})(?:[（(][左右中][)）])?[，,]([^，,。；;]{4,40})[，,。]/
  const portraits = blocks.flatMap((b, index) => {
    const m = b.type === 'caption' ? portrait.exec(b.text) : null
    return m && looksLikeName(m[1]!) && POSITION_END.test(simplifiedCopy(m[2]!)) ? [{ name: m[1]!, position: m[2]!, index }] : []
  })
  if (portraits.length >= 2) for (const p of portraits) found.push({ name: p.name, employer: null, position: p.position, honors: [], kind: 'individual', block: p.index })
  // `图②：李某在练习手工制作部件。`, `刘某（中）和技术人员在研究…`: a photo's caption opening with the
  // person it shows at work — in a piece about honoured workers, or two such captions or more on the page.
  const shown = /^(?:(?:图|圖)[①②③④⑤⑥⑦⑧⑨\d]{1,2}\s*[:：]\s*|[①②③④⑤⑥⑦⑧⑨]\s*)?([\u4e00-\u9fff·]{2,3}?)(?:[（(][左右中前后一二三四五]{1,3}[)）])?(?:正在|在|和|与|带领|指导)/d
  const atWork = blocks.flatMap((b, index) => {
    const m = b.type === 'caption' ? shown.exec(simplifiedCopy(b.text)) : null
    // (Not `王某在活动现场讲话`, `张某在某公司调研`: officials at a ceremony or a visit.)
    if (!m || !looksLikeName(m[1]!) || dictionaryWord(m[1]!) || /讲话|致辞|调研|慰问|颁奖|颁发|出席|主持|看望|视察|考察/.test(simplifiedCopy(b.text))) return []
    const [from, to] = m.indices![1]!
    return [{ name: b.text.slice(from, to), index }]
  })
  if (aboutHonours || atWork.length >= 2) for (const p of atWork) found.push({ name: p.name, employer: null, position: null, honors: [], kind: 'individual', block: p.index })
  // A portrait's caption: `李某 某公司39路调度员`.
  blocks.forEach((block, index) => {
    const person = block.type === 'caption' ? listedPerson(block.text) : null
    if (person) found.push({ name: person.name, employer: null, position: person.position, honors: [], kind: 'individual', block: index })
  })
  // An honour list a person a line: `万明珍(某某公司技术部部长)`.
  const listed = blocks.map((b) => (b.type === 'paragraph' ? listedWithEmployer(b.text, true) : null))
  const aList = aboutHonours || blocks.filter((b) => b.type === 'paragraph' && listedWithEmployer(b.text)).length >= 3
  listed.forEach((name, index) => {
    if (name && aList) found.push({ name, employer: null, position: null, honors: [], kind: 'individual', block: index })
  })
  // In a piece about honoured workers, the people it introduces by employer and job, names three or
  // more in a row, or describes one after another are its honourees.
  if (aboutHonours) {
    blocks.forEach((block, index) => {
      if (block.type !== 'paragraph' && block.type !== 'caption') return
      for (const w of [...introducedWorkers(block.text), ...namesInARow(block.text, true), ...describedInARow(block.text), ...namesWithTrades(block.text), ...nicknamed(block.text)]) found.push({ ...w, block: index })
    })
  }
  // A name right after an honour (`全国劳模张某笑得很灿烂`) when the piece names that person again.
  const allText = [piece.headline ?? '', piece.subtitle ?? '', ...blocks.map((b) => b.text)].join('\n')
  const again = (name: string, next: string) => allText.split(name).slice(1).some((after) => after.charAt(0) !== next)
  blocks.forEach((block, index) => {
    if (block.type !== 'paragraph' && block.type !== 'caption') return
    for (const w of namedAfterHonour(block.text, again)) found.push({ ...w, block: index })
    for (const w of profileSubjects(block.text, again)) found.push({ ...w, block: index })
    for (const w of studioLeaders(block.text)) found.push({ ...w, block: index })
    for (const w of tradeNamed(block.text, again)) found.push({ ...w, block: index })
    for (const w of agedWorkers(block.text)) found.push({ ...w, block: index })
  })
  // `回应职工关切`, `致以崇高敬意`: two characters that are a word of the language are that word, not a
  // person. Of the 673 workers annotated in the corpus, 5 have such names (`安稳`, `张力`): a word
  // list read once rather than a list of such words growing one by one.
  // Unless the piece is about that person: honoured, and named again and again (`工匠金牛荣获…`, `金牛是…`).
  // `我市有1个劳模工作室`, `3个劳模工作室`: a count of collectives, not one of them.
  const aboutThem = (w: FoundWorker) => w.honors.length > 0 && allText.split(w.name).length > 3
  // `师傅们来`, `工程实施`, `健康体检`, `开展巡讲`: a name read out of a word — wherever it stands, the character
  // before it makes a word with its first (`师傅`, `工程`, `健康`, `开展`). `和某`: 和 joins, it starts no name here.
  const simpleText = simplifiedCopy(allText)
  const outOfWord = (name: string) => {
    const n = simplifiedCopy(name)
    if (/^[和与及]/.test(n)) return true
    const at = [...simpleText.matchAll(new RegExp(n, 'g'))].map((m) => m.index)
    // (`设备科主任何某`, `技术带头人马某`: after a post a name starts, whatever word the post's last character and its surname make.)
    const afterPost = (i: number) => [2, 3].some((n) => i >= n && dictionaryWord(simpleText.slice(i - n, i)) && POSITION_END.test(simpleText.slice(i - n, i))) || /(?:带头|负责|传承|创始|主理|守护|领衔|接班|掌门|发起|联系|责任)人$/.test(simpleText.slice(Math.max(0, i - 4), i))
    return at.length > 0 && at.every((i) => i > 0 && /[\u4e00-\u9fff]/.test(simpleText[i - 1]!) && wordAcross(simpleText, i) && !afterPost(i))
  }
  return mergeWorkers(found.flatMap((w) => {
    const name = trimmedName(w.name, allText, simpleText)
    return !name ? [] : name === w.name ? [w] : [{ ...w, name, kind: 'individual' as const }]
  })).filter((w) => (w.kind === 'collective' ? !COUNTED_COLLECTIVE.test(w.name) : (w.name.length !== 2 || !dictionaryWord(w.name) || aboutThem(w)) && !outOfWord(w.name) && !NOT_A_NAME.test(simplifiedCopy(w.name))))
}

/**
 * What reads like a name and is none: how a person is addressed (`李大姐`, `赵总`, `王师傅`) and an
 * adverb with a count (`曾两次当选…`, `已三年`).
 */
const NOT_A_NAME = /^[\u4e00-\u9fff](?:大姐|大哥|大爷|大妈|大叔|大婶|阿姨|师傅|总|姐|哥)$|^[\u4e00-\u9fff][一二两三四五六七八九十\d][次年届回遍]$/

/**
 * A name read with the word after it: `熊某以“笨办法”…` (以 before a quote), `尹某、金某走进导播室`
 * (the last of a list run on into its verb). The name is the two characters when they are a name
 * and the rest starts a phrase.
 */
const VERB_AFTER_NAME: Record<string, RegExp> = {
  说: /^(?:[。，,：:！!？?“"」]|$)/,
  道: /^(?:[。，,：:！!？?“"」]|$)/,
  来: /^说/,
  作: /^(?:获|了|报|发|事|交|表)/,
}
function trimmedName(name: string, text: string, simpleText: string): string {
  if (name.includes('·') || name.length < 3) return name
  const two = name.slice(0, 2)
  if (name.length === 3 && /^[以在把将被用从向对给跟让]$/.test(name.charAt(2)) && looksLikeName(two)) {
    const after = text.split(name).slice(1).map((a) => a.charAt(0))
    return after.length > 0 && after.every((c) => /[“"《「]/.test(c)) ? two : name
  }
  // `…青年职工张某说。`, `金牌选手范某来说，…`, `获得者邓某作获奖感言`: a two-character name and the verb after it.
  // (What must follow every mention, by the name's third character.)
  const simple = simplifiedCopy(name)
  const goesOn = name.length === 3 ? VERB_AFTER_NAME[simple.charAt(2)] : undefined
  if (goesOn && looksLikeName(two)) {
    const after = simpleText.split(simple).slice(1).map((a) => a.slice(0, 2))
    if (after.length > 0 && after.every((a) => goesOn.test(a))) return two
  }
  // `…公司党委书记`, `唐口煤业`, `把职工冷暖放在心上`, `肖某荣获`: a word runs on across the third
  // character at every mention. The name is the first two characters when they are one, else none.
  if (name.length === 3) {
    // (Not before what follows names: `黄某平等4名选手`, `项某明和…`, `林某哲三位劳模`, `李某伟大师工作室`,
    // `从…检修工王某进到…`.)
    const ends = [...simpleText.matchAll(new RegExp(simple, 'g'))].map((m) => m.index + 3)
    const glued = (e: number) => wordAcross(simpleText, e) && !/^(?:[等和与及同跟到]|[一二三四五六七八九十两]位|大师)/.test(simpleText.slice(e))
    if (ends.length > 0 && ends.every(glued)) return looksLikeName(two) && !dictionaryWord(two) ? two : ''
  }
  if (name.length > 4) {
    for (const n of [3, 2]) {
      const [head, rest] = [name.slice(0, n), name.slice(n)]
      if (looksLikeName(head) && /^(?:走进|走上|来到|参加|出席|走访|做客|作为|带领|表示|说|在|和|与|等)/.test(rest)) return head
    }
  }
  return name
}

const COUNTED_COLLECTIVE = /^(?:我|本|该|有)|(?:\d+|[一二三四五六七八九十两]+)(?:个|家|支|名)/

/** A worker's trade right before a name: `车站青工张某`, `焊工李某`. */
const TRADE_THEN_NAME = new RegExp(`(${WORKER_ROLE_IN.source})(?=[\\u4e00-\\u9fff]{2,3})`, 'g')

/**
 * `车站青工张某说`, `焊工李某主动申请…`: a worker named by their trade, then saying or doing something,
 * whom the piece names again elsewhere (`again`, as for namedAfterHonour): a person the piece is about.
 */
export function tradeNamed(paragraph: string, again: (name: string, next: string) => boolean): FoundWorker[] {
  const out: FoundWorker[] = []
  const simple = simplifiedCopy(paragraph)
  for (const m of simple.matchAll(TRADE_THEN_NAME)) {
    const at = m.index + m[0].length
    // (Not `困难职工王某`, `职工李某`: anyone on the payroll, whom a visit or a service names.)
    if (/(?:职工|员工)$/.test(m[1]!)) continue
    for (const n of [3, 2]) {
      const name = simple.slice(at, at + n)
      const rest = simple.slice(at + n)
      if (name.length === n && looksLikeName(name) && !dictionaryWord(name) && !HONOR_LIKE.test(name) && !/^[和与及或暨获荣师]/.test(name) && (AFTER_NAME.test(rest) || ACTING.test(rest)) && again(paragraph.slice(at, at + n), paragraph.charAt(at + n))) {
        out.push({ name: paragraph.slice(at, at + n), employer: null, position: m[1]!, honors: [], kind: 'individual' })
        break
      }
    }
  }
  return out
}

/**
 * `省劳动模范黄某劳模工作室`, `张某技能大师工作室`: a studio named after the worker who leads it,
 * an honour for that worker (the studio's name stays in the text).
 */
export function studioLeaders(paragraph: string): FoundWorker[] {
  const simple = simplifiedCopy(paragraph)
  const out: FoundWorker[] = []
  // (The name is taken as short as it can be: `吴某职工创新工作室` is 吴某's, not `吴某职工`'s 创新工作室.)
  for (const m of simple.matchAll(/([\u4e00-\u9fff·]{2,4}?)(?:示范性|省级|市级)?(?:劳模创新|劳模|职工创新|技能大师|工匠创新|工匠|大师|创新)工作室/g)) {
    // The name ends where the studio's words start; what comes before it (an honour, 、) is cut off.
    const head = m[1]!
    const name = [4, 3, 2].map((n) => head.slice(-n)).find((n) => looksLikeName(n) && !(n.length === 2 && dictionaryWord(n)) && !/(?:模范|劳模|工匠|能手|标兵|省级|市级|示范|级|性)$/.test(n) && !/^[和与及、]/.test(n))
    // `如何创建劳模创新工作室`, `新建设立…`: a verb before the studio's words, not its leader's name.
    if (!name || /(?:创建|建设|打造|成立|组建|依托|建立|申报|命名|新建|培育|设立)$/.test(name)) continue
    const at = m.index + head.length - name.length
    out.push({ name: paragraph.slice(at, at + name.length), employer: null, position: null, honors: [], kind: 'individual' })
  }
  return out
}

/**
 * How a profile introduces its subject: `他叫王某，是某某公司的焊接…`, `——王某，某某公司的一名普通电焊工`.
 * Kept when the piece names that person again (a profile speaks of its subject more than once).
 */
export function profileSubjects(paragraph: string, again: (name: string, next: string) => boolean): FoundWorker[] {
  const simple = simplifiedCopy(paragraph)
  const out: FoundWorker[] = []
  const forms = [/(?:他|她)(?:叫|名叫|就是)([\u4e00-\u9fff·]{2,3})[，,。]/g, /——([\u4e00-\u9fff·]{2,3})[，,][^。]{2,30}?的一名/g]
  for (const re of forms) {
    for (const m of simple.matchAll(re)) {
      const at = m.index + m[0].indexOf(m[1]!)
      const name = paragraph.slice(at, at + m[1]!.length)
      if (looksLikeName(m[1]!) && !dictionaryWord(m[1]!) && again(name, paragraph.charAt(at + name.length))) out.push({ name, employer: null, position: null, honors: [], kind: 'individual' })
    }
  }
  return out
}

/** Posts of government, Party and union: people introduced by them hand honours out. */
// (`立委`, `议长`, `市议员`: Taiwan's and Hong Kong's elected officials.)
const GOVERNING = /(?:主席|书记|部长|局长|市长|县长|区长|厅长|处长|调研员|发言人|秘书长|主持人|议长|议员|立委)$/

/**
 * People introduced by their employer and job (`绍兴柯桥排水有限公司高级技师丁卫松`,
 * `杰克缝纫机股份有限公司的潘建国`, `中国工艺美术大师赵锡祥`): in a piece about honoured workers,
 * the people it honours.
 */
export function introducedWorkers(paragraph: string): FoundWorker[] {
  const simple = simplifiedCopy(paragraph)
  const out: FoundWorker[] = []
  let at = 0
  // `从第一代核燃料师乔某到特高压检修工王某`: a range of people, each introduced by their job.
  const pieces = simple.split(/[，,；;。！？!?：:、（）()“”"]/).flatMap((p) => {
    const range = /^从(.{4,30}?)到(.{4,30})$/.exec(p)
    return range ? [range[1]!, range[2]!] : [p]
  })
  let previous = ''
  for (const piece of pieces) {
    const start = simple.indexOf(piece, at)
    at = start + piece.length
    // `运营分公司党委委员、副总经理某某`, `市总工会四级调研员、经审办主任某某`: the second post of an
    // official, named with the first before 、.
    // (Not `省劳动模范、县公安局副局长、交管大队长某某`: an honoured person who holds a post too.)
    const clauseBefore = simple.slice(Math.max(...['。', '！', '？', '；', '，', ','].map((c) => simple.lastIndexOf(c, start - 1))) + 1, start)
    const secondPost = simple.charAt(start - 1) === '、' && /书记|党委|党组|委员|常委|工会|调研员|主席|局长|部长|政府|人大|政协|秘书长/.test(previous) && !HONOR_LIKE.test(clauseBefore)
    previous = piece
    if (secondPost) continue
    // `年龄最大的是82岁的中国工艺美术大师赵锡祥`: what comes before the person is said of them.
    let clause = piece
    for (let n = 0; n < 3; n++) {
      const m = /^[^的是为]{0,14}?(?:的|是|为)/.exec(clause)
      if (!m || clause.length - m[0].length < 4 || (m[0].endsWith('的') && EMPLOYER_END.test(m[0].slice(0, -1)))) break
      clause = clause.slice(m[0].length)
    }
    // `杰克缝纫机股份有限公司的潘建国`: the employer's 的 before the name.
    clause = clause.replace(/的(?=[\u4e00-\u9fff·]{2,4}$)/, '')
    const person = findPerson(clause, true) ?? findPerson(clause)
    if (!person || (!person.employer && !person.position)) continue
    if (person.position && (GOVERNING.test(person.position) || !POSITION_END.test(person.position))) continue
    // `市总工会经费审查委员会主任某某`: an official of a union or government body; `困难职工某某`: a worker visited.
    if (/工会|委员会|人大|政协|政府|党委|党组/.test(`${person.employer ?? ''}${person.position ?? ''}`) || /困难/.test(person.position ?? '')) continue
    // `通讯员某某`, `记者某某`: who wrote the piece.
    if (/(?:通讯员|记者|编辑|作者|摄影)$/.test(person.position ?? '')) continue
    if (person.end !== clause.length && !AFTER_NAME.test(clause.slice(person.end))) continue
    const k = simple.indexOf(person.name, start)
    out.push({ name: k < 0 ? person.name : paragraph.slice(k, k + person.name.length), employer: person.employer, position: person.position, honors: [], kind: 'individual' })
  }
  return out
}

/**
 * `今年48岁的杨某是重庆北站客运车间24名上水工中的一个`, `52岁的程某是首钢第三炼钢厂留守处工人`: a
 * feature introduces the worker it follows by age, name and job. (Not `…岁的某某是某地人，到武汉打工`.)
 */
const AGED_WORKER = /(?:今年)?\d{2}岁的([\u4e00-\u9fff·]{2,3}?)是([^。，,；;]{0,40}?)(?:工人|职工|员工|(?<!打)[\u4e00-\u9fff]工|技师|工程师|司机|骑手|快递员|班长|组长|队长|工长)/dg
export function agedWorkers(paragraph: string): FoundWorker[] {
  const out: FoundWorker[] = []
  for (const m of simplifiedCopy(paragraph).matchAll(AGED_WORKER)) {
    const [from, to] = m.indices![1]!
    if (looksLikeName(m[1]!)) out.push({ name: paragraph.slice(from, to), employer: null, position: null, honors: [], kind: 'individual' })
  }
  return out
}

/** `万明珍(某某公司技术部部长)`, `马 伟（某某公司）`: a person and, in brackets, where they work. */
const LISTED_WITH_EMPLOYER = /^([\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff][\s\u3000]+[\u4e00-\u9fff]{1,2})\s*[（(][^（）()]*(?:[（(][^（）()]*[)）][^（）()]*)*[)）]$/
export function listedWithEmployer(text: string, anyName = false): string | null {
  const m = LISTED_WITH_EMPLOYER.exec(text.trim())
  const name = m?.[1]!.replace(/[\s\u3000]+/g, '')
  // `anyName`: among other entries, a name of a surname the list of surnames lacks (`泮延镇`).
  return name && (looksLikeName(name) || (anyName && name.length <= 3)) ? name : null
}

/**
 * `坚守大山教书育人的农某、用勤劳双手织就锦绣人生的蒋某、云南桥梁专家马某`: three people or more, each
 * after what they did or are, in a row: in a piece about honoured workers, its honourees.
 */
export function describedInARow(paragraph: string): FoundWorker[] {
  const simple = simplifiedCopy(paragraph)
  const out: FoundWorker[] = []
  for (const clause of simple.split(/[，,。；;：:！？…]/)) {
    const items = clause.split('、')
    if (items.length < 3) continue
    const names = items.map((item) => {
      // `…的王某`, `“技术革新大师” 张某`, the last one maybe `…蒋某等20多位劳模…`.
      const m = /(?:的|师|家|手|人|者|长|工|员|机|[”"])\s*([\u4e00-\u9fff·]{2,3})(?:等.*)?$/.exec(item)
      if (!m || item.length < 5) return null
      const name = [m[1]!, m[1]!.slice(1)].find((n) => n.length >= 2 && looksLikeName(n) && !NOT_A_PERSON_END.test(n))
      return name ?? null
    })
    if (names.filter(Boolean).length < 3 || names.filter(Boolean).length < items.length - 1) continue
    for (const name of names) if (name) out.push(found(name))
  }
  // `…获得吉尼斯世界纪录的李某,…攻克一个个技术难关的邱某,…撑起一片天空的张某,作为…`: the same with
  // commas, each clause closed by `的` and the name.
  for (const sentence of simple.split(/[。；;！？…]/)) {
    const names = sentence.split(/[，,]/).map((clause) => {
      const m = clause.length >= 8 ? /的([\u4e00-\u9fff·]{2,3})$/.exec(clause.trim()) : null
      return m && looksLikeName(m[1]!) && !NOT_A_PERSON_END.test(m[1]!) ? m[1]! : null
    })
    for (let k = 0; k < names.length; k++) {
      let n = 0
      while (names[k + n]) n++
      if (n >= 3) for (const name of names.slice(k, k + n)) out.push(found(name!))
      k += n
    }
  }
  return out
  function found(name: string): FoundWorker {
    const at = simple.indexOf(name)
    return { name: at < 0 ? name : paragraph.slice(at, at + name.length), employer: null, position: null, honors: [], kind: 'individual' }
  }
}
const NOT_A_PERSON_END = /(?:队|班|组|站|所|室|部|厂|局|院|会|们)$/
