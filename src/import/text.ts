/**
 * Character-level helpers shared by the newspaper parser: what counts as Chinese, a
 * length-preserving punctuation normaliser for matching, the GB2312 "common character" set used to
 * spot decorative-font garbage, and a list of surnames used to tell names from words.
 */
import { simplifiedChar } from '../lib/simplified'

/** CJK ideographs (BMP unified + extension A + compatibility). */
const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff'

/** True for a Han character (checked by code point: this runs on every character of the text). */
export function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false
  const c = ch.charCodeAt(0)
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)
}

/** Chinese (full-width) punctuation, brackets and quotes. */
const CJK_PUNCT = '\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201f\\u2026\\u2014\\u00b7'
const CJKISH_RE = new RegExp(`[${HAN}${CJK_PUNCT}]`)
/** Han characters and Chinese punctuation: the characters PDF spaces are inserted between. */
export const isCjkish = (ch: string | undefined): boolean => ch !== undefined && CJKISH_RE.test(ch)

/** Characters that end a sentence. `：` ends a paragraph that introduces a list. */
export const SENTENCE_END = '。！？!?…；;：:'
/** Closing quotes and brackets that may follow the sentence end (`……。”`). */
export const CLOSERS = '”’」』》〉）)】"\'＂'

/**
 * A copy of `s` in simplified characters, one for one (offsets stay), so that rules written for
 * simplified text read a mirror's or a Hong Kong/Taiwan repost's `陳聰漢作為省級勞動模範` too; what
 * is found is cut from the original, as printed (OpenCC's table, src/lib/simplified.ts).
 */
export function simplifiedCopy(s: string): string {
  return s.replace(/[\u3400-\u9fff\uf900-\ufaff]/g, (ch) => {
    const t = simplifiedChar(ch)
    return t.length === 1 ? t : ch
  })
}

/**
 * A copy of `s` with full-width ASCII turned into ASCII, every kind of quote into `"`, dashes
 * into `—` and odd spaces into a plain space. Length is preserved, so offsets found in the copy
 * point at the same characters of the original — matching uses the copy, output the original.
 */
/**
 * Traditional characters of honour and job words → simplified, one for one (offsets stay), so that
 * a mirror's `全國勞動模範` reads as `全国劳动模范`. Names are cut from the original text;
 * measure words (`個`, `屆`) are left, figures keep them as printed.
 */
const TRADITIONAL: Record<string, string> = Object.fromEntries(
  [...'國勞動範獎章號稱獲榮評選進藝術師長員車廠區縣優貢獻為專業務職務術終並於這們會東龍'].map((c, i) => [c, '国劳动范奖章号称获荣评选进艺术师长员车厂区县优贡献为专业务职务术终并于这们会东龙'[i]!]),
)

export function normForMatch(s: string): string {
  return s.replace(/[國勞動範獎號稱獲榮評選進藝術師長員車廠區縣優貢獻為專業務職終並於這們會東龍]/g, (ch) => TRADITIONAL[ch] ?? ch).replace(/[\uff01-\uff5e\u3000\u00a0\u2002\u2003\u2009\u3164“”„‟「」『』〝〞"‘’–—―─━‒−]/g, (ch) => {
    const c = ch.charCodeAt(0)
    if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0)
    if (c === 0x3000 || c === 0xa0 || c === 0x2002 || c === 0x2003 || c === 0x2009 || c === 0x3164) return ' '
    if ('“”„‟「」『』〝〞"'.includes(ch)) return '"'
    if ('‘’'.includes(ch)) return "'"
    return '—'
  })
}

/** Number of Han characters, letters and digits (what a heading's "length" means). */
export function wordLength(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++
  }
  return n
}

// --- GB2312: the 6 763 characters in everyday use ------------------------------------------------

let gb2312: Set<string> | null = null

/**
 * True for Han characters of GB2312 (the common ones). Decorative headline fonts extracted from a
 * PDF come out as rare code points (`炇`), which this tells apart from ordinary text.
 */
export function isCommonHan(ch: string): boolean {
  if (!gb2312) {
    const bytes: number[] = []
    for (let hi = 0xb0; hi <= 0xf7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) bytes.push(hi, lo)
    gb2312 = new Set(new TextDecoder('gb18030').decode(Uint8Array.from(bytes)))
  }
  return gb2312.has(ch)
}

// --- Names --------------------------------------------------------------------------------------

const COMPOUND_SURNAMES = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯',
  '令狐', '端木', '澹台', '申屠', '轩辕', '独孤', '南宫', '西门', '百里', '呼延', '万俟', '闻人', '赫连',
]

const SINGLE_SURNAMES = new Set(
  (
    '寿寻洪赖王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由竺占邴逄郦郇雒庹禤'
  ).split(''),
)

/** Common surnames in traditional characters (`張`, `劉`, `許`): mirrors and reposts print them. */
const TRADITIONAL_SURNAMES = new Set('鐘張劉陳楊黃趙吳孫馬鄭謝許韓馮鄧蔣蘇魏呂盧鍾譚陸範賈韋鄒龍羅賀顧龔錢嚴湯溫齊喬龐顏聶魯蕭閆閻劉葉莊鄔鄺孫歐陽賴萬華簡項車鮑費閔聞戚麥陶'.split(''))

/** Surname length at the start of `s` (2 for compound surnames), or 0 when it starts with none. */
export function surnameLength(s: string): number {
  if (COMPOUND_SURNAMES.some((c) => s.startsWith(c))) return 2
  return SINGLE_SURNAMES.has(s[0] ?? '') || TRADITIONAL_SURNAMES.has(s[0] ?? '') ? 1 : 0
}

/** Characters that end organisation words, never a person's given name. */
const NOT_NAME_END = /[市省县区会局司厂部院队组班站所处科室委办社馆校网台报业号奖状者们员工师长家人团线所的了着过而]$/
/** Words that look like names because they start with a surname character. */
const NOT_NAMES = new Set([
  '洪水', '洪涝', '洪峰', '赖以',
  '工会', '全市', '全省', '全县', '全区', '全国', '全年', '全网', '全体', '全面', '全力', '全程', '高铁', '高级', '高技', '高质',
  '新的', '新建', '新增', '新业', '新就', '新时', '新篇', '新春', '新年', '金秋', '时代', '时间', '时期', '明年', '明天',
  '文化', '文明', '文艺', '向上', '向前', '和谐', '安全', '安康', '安居', '康复', '平安', '平台', '常态', '常年', '温暖',
  '温度', '江河', '石城', '方面', '方式', '方向', '方案', '路线', '路径', '司机', '师傅', '乐业', '公益', '公共', '公开',
  '年来', '云端', '景区', '海拔', '阳光', '关爱', '关心', '关键', '服务', '向善', '包括', '宣讲', '宣传', '成效', '成果',
  '成绩', '成功', '成为', '成立', '能手', '能力', '东方', '南方', '北方', '西部', '东部', '上官', '万人', '万名', '百场',
  '夏送', '冬送', '季度', '雷锋', '红色', '周年', '周边', '龙头', '齐心', '和美', '易地', '解决', '车间', '项目', '党建',
  '党员', '单位', '班里', '都是', '修养', '休养', '谈心', '钱款', '丰富', '计划', '宫殿', '国家', '国企', '都市', '史诗', '章程', '程序', '费用', '甘当',
  '文图', '图文', '劳动', '劳模', '权益', '信赖', '区专', '和交', '宣言', '宣读', '成才', '成长', '荣誉', '荣获', '揭晓', '商学', '朴实', '车司', '程度', '程正', '和浙',
  // Posts before a name (`电工班长陆某`), 党中央, 国赛 (a national contest).
  '班长', '组长', '队长', '厂长', '站长', '党中', '國賽', '国赛',
])

/**
 * True when `s` can be a Chinese personal name: 2–4 Han characters starting with a known surname
 * (a 4-character name needs a compound surname), or a minority name with a middle dot. Read in
 * simplified characters, whatever the page prints (`竇菲濤` as `窦菲涛`).
 */
export function looksLikeName(raw: string): boolean {
  const s = simplifiedCopy(raw)
  if (/^[\u4e00-\u9fff]{1,8}[·•・][\u4e00-\u9fff]{1,10}$/.test(s)) return true
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(s)) return false
  const sl = surnameLength(s)
  if (sl === 0) return false
  if (s.length === 4 && sl !== 2) return false
  if (NOT_NAMES.has(s) || NOT_NAMES.has(s.slice(0, 2))) return false
  // `高兴地`, `认真得`: a word and the particle that makes it an adverb or a complement.
  if (s.length === 3 && /[地得]$/.test(s) && dictionaryWord(s.slice(0, 2))) return false
  return !NOT_NAME_END.test(s)
}

/**
 * True when the Unicode word dictionary (ICU's, in every Node and browser) reads `s` as one word:
 * `关切`, `敬意`, `闭幕`, `官兵` start with a surname but are words (people.ts: no worker's name).
 */
const WORDS = new Intl.Segmenter('zh', { granularity: 'word' })

/** The dictionary's words of `s`, in order (`庆祝株洲市总工会` → 庆祝 | 株 | 洲 | 市 | 总工会). */
export function wordsOf(s: string): string[] {
  return [...WORDS.segment(s)].map((w) => w.segment)
}

const wordCache = new Map<string, boolean>()
/** `s` read as one word, in its simplified form (`關切` as `关切`). */
export function dictionaryWord(raw: string): boolean {
  let known = wordCache.get(raw)
  if (known === undefined) {
    known = [...WORDS.segment(simplifiedCopy(raw))].length === 1
    if (wordCache.size > 10_000) wordCache.clear()
    wordCache.set(raw, known)
  }
  return known
}

/** The dictionary reads the text around `at` with a word running over it from the character before (`师傅们`, `工程实施`). */
export function wordAcross(text: string, at: number): boolean {
  const from = Math.max(0, at - 3)
  let pos = from
  for (const { segment } of WORDS.segment(text.slice(from, at + 5))) {
    if (pos < at && pos + segment.length > at) return true
    pos += segment.length
    if (pos >= at) return false
  }
  return false
}

/** Provincial-level places (provinces, autonomous regions, the four municipalities, Hong Kong and Macao) by their short names. */
export const PROVINCES: readonly string[] = ['北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古', '广西', '西藏', '宁夏', '新疆', '香港', '澳门']
/** …of which these are cities too. */
export const MUNICIPALITIES: readonly string[] = ['北京', '天津', '上海', '重庆']

/** Display width in a terminal: Han and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd)
    w += wide ? 2 : 1
  }
  return w
}
