/**
 * The masthead (报头) and its neighbours: publication name, page number, issue date, special-section
 * banners, editorial credits (编委 / 版式 / 责编 / 终审) and picture credits. Each function reads one
 * line, already whitespace-collapsed, and returns null when the line is something else.
 */
import { looksLikeName } from './text'
import type { Credit, CreditRole } from './types'

// --- Dates --------------------------------------------------------------------------------------

export type DateParts = { year: number; month: number; day: number | null }

const CN_DIGIT: Record<string, number> = {
  '〇': 0, '○': 0, 'О': 0, '零': 0, '0': 0, '０': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
}

/** `十二` → 12, `二十三` → 23, `七` → 7; null when it is not a small Chinese numeral. */
export function chineseSmallNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s)
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s)
  if (!m || s === '') return null
  if (!m[2]) return m[1] && !m[3] ? CN_DIGIT[m[1]]! : null
  return (m[1] ? CN_DIGIT[m[1]]! : 1) * 10 + (m[3] ? CN_DIGIT[m[3]]! : 0)
}

// `2005年04月26日04:58`: the time can follow 日 without a space.
// `2021年04月19号`: 号 for 日, as people write it.
const NUM_DATE = /(?<!\d)((?:19|20)\d{2})\s*[.\-/年]\s*(\d{1,2})\s*[.\-/月]\s*(\d{1,2})\s*(?:日|(?<=月\s*\d{1,2})\s*[号號]|(?!\d))/
const NUM_MONTH = /(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?!\s*\d)/
const CN_DATE = /([〇○零О0０一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月(?:\s*([一二三四五六七八九十]{1,3})\s*日)?/

function valid(year: number, month: number, day: number | null): boolean {
  if (month < 1 || month > 12) return false
  if (day === null) return true
  const d = new Date(Date.UTC(year, month - 1, day))
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day
}

/** The first date in `text`: `2025.1.7`, `2025年1月7日`, `2025-01-07`, `二〇二五年十二月`, `2025年12月`. */
export function findDate(text: string): (DateParts & { index: number; length: number }) | null {
  let m = NUM_DATE.exec(text)
  if (m && valid(+m[1]!, +m[2]!, +m[3]!)) return { year: +m[1]!, month: +m[2]!, day: +m[3]!, index: m.index, length: m[0].length }
  m = CN_DATE.exec(text)
  if (m) {
    const year = Number([...m[1]!].map((c) => CN_DIGIT[c]).join(''))
    const month = chineseSmallNumber(m[2]!)
    const day = m[3] ? chineseSmallNumber(m[3]) : null
    if (month && year >= 1900 && valid(year, month, day)) return { year, month, day, index: m.index, length: m[0].length }
  }
  m = NUM_MONTH.exec(text)
  if (m && valid(+m[1]!, +m[2]!, null)) return { year: +m[1]!, month: +m[2]!, day: null, index: m.index, length: m[0].length }
  return null
}

export const isoDate = (d: DateParts): string | null =>
  d.day === null ? null : `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`

// --- Credits ------------------------------------------------------------------------------------

/** Credit role words as printed → the stored role. */
const CREDIT_ROLE_WORDS: [string, CreditRole | null][] = [
  ['本版编辑', '责编'],
  ['本版责编', '责编'],
  ['本版美编', '版式'],
  ['值班编委', '编委'],
  ['编委', '编委'],
  ['版式设计', '版式'],
  ['版式', '版式'],
  ['美术编辑', '版式'],
  ['美编', '版式'],
  ['排版', '版式'],
  ['组版', '版式'],
  ['责任编辑', '责编'],
  ['责编', '责编'],
  ['编辑', '责编'],
  ['终审', '终审'],
  ['审核', '终审'],
  ['签发', '终审'],
  ['校对', null],
  ['校审', null],
]
const CREDIT_ROLE_RE = new RegExp(`^(${CREDIT_ROLE_WORDS.map(([w]) => w).join('|')})\\s*([:：]?)\\s*(.*)$`)
const CREDIT_NAME = /^[\u4e00-\u9fff·]{2,8}$/

/**
 * `编委:方晓 版式:陶然`, `责任编辑：袁青 张可`. Null unless the whole line is credits. Roles that
 * have no place in the credits field (校对) are read but left out.
 */
export function parseCredits(line: string): Credit[] | null {
  const tokens = line.split(/[\s|｜]+/).filter(Boolean)
  const credits: Credit[] = []
  let role: CreditRole | null | undefined
  let sawRole = false
  // Without a colon (`本版编辑 蒋一帆`) the names must look like names.
  let colon = false
  for (const token of tokens) {
    const m = CREDIT_ROLE_RE.exec(token)
    if (m) {
      sawRole = true
      role = CREDIT_ROLE_WORDS.find(([w]) => w === m[1])![1]
      colon = m[2] !== ''
      const rest = m[3]!
      if (rest === '') continue
      for (const name of rest.split(/[、,，]/)) {
        if (!CREDIT_NAME.test(name) || (!colon && !looksLikeName(name))) return null
        if (role) credits.push({ role, name })
      }
      continue
    }
    if (role !== undefined && CREDIT_NAME.test(token) && (colon || looksLikeName(token))) {
      if (role) credits.push({ role, name: token })
      continue
    }
    return null
  }
  return sawRole && credits.length > 0 ? credits : null
}

// --- Picture credits ----------------------------------------------------------------------------

/** `本版图片由桐江市总工会提供` → `桐江市总工会`; `图片来源：某某` → `某某`. */
export function parsePictureCredit(raw: string): string | null {
  const token = raw.replace(/^[（(](.*)[)）]$/, '$1').trim()
  const m =
    /^(?:本版|本文|本组|本期|以上|文中)?(?:图片|照片|图)(?:均|皆)?由(.{2,30}?)(?:提供|供图|拍摄|摄)[。.]?$/.exec(token) ??
    /^(?:图片|照片)(?:来源|提供)\s*[:：]\s*(.{2,30})$/.exec(token) ??
    // `（本组图片：某某 某某）`: the photographers of a group of photos.
    /^(?:本组|本版)(?:图片|照片)\s*[:：/／]\s*(.{2,40})$/.exec(token) ??
    // `申工社微信公众号 图`: whose picture, the mark after it.
    /^([\u4e00-\u9fff]{2,16}(?:公众号|微信|网|社|报|台|工会|中心))\s+图$/.exec(token)
  return m ? m[1]!.trim() : null
}

// --- Masthead lines -----------------------------------------------------------------------------

export type MastheadParts = {
  publication?: string
  page?: string
  date?: DateParts
  credits?: Credit[]
  /** Banner, English name, weekday and the like: debris. */
  debris?: boolean
}

/** Newspaper names: `云川日报`, `江城晚报`, `中国工人报`. */
// Traditional forms too (`工人日報`, `經濟參考報`): mirrors and Hong Kong reposts print them.
export const PUBLICATION_SUFFIX =
  '(?:日[报報]|晚[报報]|午[报報]|早[报報]|晨[报報]|今[报報]|(?<!施)工[报報]|快[报報]|工人[报報]|[时時][报報]|商[报報]|都市[报報]|青年[报報]|周[报報]|[导導][报報]|法治[报報]|法制[报報]|[农農]民[报報]|[经經][济濟][报報]|[参參]考[报報]|科技[报報]|[妇婦]女[报報]|工[运運][报報]|[劳勞][动動][报報]|[职職]工[报報]|新[闻聞][报報]|生活[报報]|[老]年[报報]|消费[报報]|企业[报報]|文摘[报報]|信息[报報]|教育[报報]|健康[报報])'
/** The news agencies whose datelines, photos and credits a union page reprints (a regex alternation). */
export const AGENCY = '新华社|新華社|中新社'

const PUBLICATION = new RegExp(`^(?=[\\u4e00-\\u9fff]{3})[\\u4e00-\\u9fff]{0,8}${PUBLICATION_SUFFIX}$`)

/** Words of special-section banners and running heads. */
const BANNER = /(?:特别报道|特别策划|特刊|专刊|专版|专题报道|系列报道|年终特稿|特稿|融媒报道|两会|要闻|新闻|视点|周刊|副刊|综合|时评)$/

const WEEKDAY = /^(?:星期|周|礼拜)[一二三四五六日天]$/
const PAGE = /^(?:第\s*)?([A-Z]?\d{1,2})\s*版?$/
const PAGE_WITH_NAME = /^(?:第\s*)?([A-Z]?\d{1,2})\s*版\s*[:：]?\s*[\u4e00-\u9fff]{2,8}$/
const LATIN = /^[A-Z][A-Z0-9&.'’-]*$/
const ISSUE_NO = /^(?:总)?第\s*\d+\s*期$/
const LUNAR = /^农历[\u4e00-\u9fff]{2,10}$/
/** `04:58`, `10:12:30`: the time a site printed after the date. */
const TIME = /^\d{1,2}:\d{2}(?::\d{2})?$/
const URL = /^(?:https?:\/\/|www\.)\S+$|^\S+@\S+\.\S+$/i

/**
 * Read a line as masthead material: every token must be a publication name, a page number, a
 * date, a weekday, an English name in capitals, credits, a banner word or an issue number. Null
 * when any token is ordinary text.
 */
export function parseMasthead(line: string): MastheadParts | null {
  const parts: MastheadParts = {}
  const whole = line.trim()
  if (/^(?:19|20)\d{2}$/.test(whole)) return { debris: true }
  const credits = parseCredits(whole)
  if (credits) return { credits }
  const pageOnly = PAGE.exec(whole) ?? PAGE_WITH_NAME.exec(whole)
  if (pageOnly) return /^0+$/.test(pageOnly[1]!) ? { debris: true } : { page: pageOnly[1]! }

  // A date, possibly with its weekday, lunar date and issue number around it.
  const date = findDate(whole)
  let rest = whole
  if (date && date.day !== null) {
    parts.date = date
    rest = whole.slice(0, date.index) + ' ' + whole.slice(date.index + date.length)
  }
  // `2023年05月29日 第12版：`: a reader prints the page with a colon after it.
  const tokens = rest.split(/[\s|｜·•]+/).map((t) => t.replace(/[:：]$/, '')).filter(Boolean)
  if (tokens.length === 0) return parts.date ? parts : null
  let latinWords = 0
  let pageNamed = false
  for (const [k, token] of tokens.entries()) {
    if (WEEKDAY.test(token) || LUNAR.test(token) || ISSUE_NO.test(token) || URL.test(token) || (TIME.test(token) && parts.date)) parts.debris = true
    else if (LATIN.test(token)) {
      latinWords++
      parts.debris = true
    } else if (PUBLICATION.test(token) && !parts.publication) parts.publication = token
    else if (PAGE.test(token) && (parts.date || parts.publication) && !parts.page) parts.page = PAGE.exec(token)![1]!
    // `第3版要闻`, `第03版：工会新闻`; `第3版 要闻`: the page and its name.
    else if (PAGE_WITH_NAME.test(token) && (parts.date || parts.publication) && !parts.page) parts.page = PAGE_WITH_NAME.exec(token)![1]!
    else if (parts.page && !pageNamed && PAGE.test(tokens[k - 1] ?? '') && /^[\u4e00-\u9fff]{2,8}$/.test(token) && !PUBLICATION.test(token)) pageNamed = parts.debris = true
    else if (/^[\u4e00-\u9fff]{2,12}$/.test(token) && BANNER.test(token) && tokens.length === 1) parts.debris = true
    else return null
  }
  // One capitalised word alone could be an acronym in text; two or more is an English name.
  if (latinWords === 1 && tokens.length === 1 && whole.length < 4) return null
  return parts
}
