/**
 * Reader and repost furniture (版面导航, 来源/作者 lines, e-paper labels, WeChat repost headers,
 * footers repeating the date and page): lines a user copies along with a page from an e-paper
 * reader, a news site or a WeChat article, that are not the article. Each function reads one
 * whitespace-collapsed line; what the furniture says (publication, page, date, authors, editors,
 * the original headline) is kept, the line itself is dropped from the body.
 */
import { namesInRun, parseBylineLine } from '../bylines'
import { AGENCY, chineseSmallNumber, findDate, parseCredits, PUBLICATION_SUFFIX, type DateParts } from '../masthead'
import { looksLikeName, simplifiedCopy, wordLength } from '../text'
import { CAMERA_FILE, WEB_FURNITURE } from './captions'
import { AGENCY_DATELINE } from './datelines'
import type { Byline, Credit } from '../types'

/** The dateline alone on its line, at most with `新华社记者` after it (no name). */
const AGENCY_DATELINE_ALONE = new RegExp(`^${AGENCY_DATELINE.source}(?:\\s*(?:${AGENCY})?(?:记者|記者))?$`)

/**
 * `国产精品…_亚洲…_…`: a hijacked mirror's title stuffed with adult-video search words. Three of them on
 * one line are never a union story's words; the line is the mirror's, not the piece's.
 */
const SEO_SPAM = /无码|無碼|毛片|一区二区|一區二區|(?<![A-Za-z])[Aa][Vv](?![A-Za-z])|a[Ⅴⅴ]|视频在线|視頻在線|在线观看|在線觀看|在线视频|在線視頻|国产|國產|久久|成人|日韩|日韓|欧美|歐美|人妻|少妇|少婦|婷婷|午夜|三级|三級|黄色|黃色|自拍|中文字幕|免费观看|免費觀看/g
const seoSpam = (line: string): boolean => new Set(line.match(SEO_SPAM) ?? []).size >= 3

export type Furniture = {
  publication?: string
  page?: string
  date?: DateParts
  bylines?: Byline[]
  credits?: Credit[]
  /** `原标题：某某`: the headline the article was first printed with. */
  originalTitle?: string
  /** Where a photo stood (its alternative text): the line under it may be its caption. */
  photo?: boolean
}

/** A paper's name, maybe with its edition (`人民日报海外版`). */
const PUB = `[\\u4e00-\\u9fff]{1,10}${PUBLICATION_SUFFIX}(?:海外版|农村版|数字版|电子版)?`
const PUB_RE = new RegExp(`^${PUB}$`)

/** `00002` → `02`, `A0005` → `A05`; `6` and `12` stay: e-paper readers pad page numbers. */
export function normalizePage(raw: string): string {
  const m = /^([A-Z]{0,2})(\d+)$/.exec(raw.toUpperCase())
  if (!m || m[2]!.length <= 2) return raw
  return m[1] + String(Number(m[2])).padStart(2, '0')
}

/** `《工人日报》（2021年12月22日 02版）`, `《四平日报》(2023年5月26日) 02版`: a reposted article's source line. */
const SOURCE_LINE = new RegExp(`^《\\s*(${PUB})\\s*》\\s*[（(]\\s*([^()（）]{6,16}?)\\s*(?:第?\\s*([A-Z]?\\d{1,5})\\s*版)?\\s*[)）]\\s*(?:第?\\s*([A-Z]?\\d{1,5})\\s*版)?\\s*(.{0,40})$`)
/**
 * `《山东工人报》(2023年07月14日 第A2版)本报讯 7月7日，…`, `「本文来源:工人日报」工人日报客户端记者…`: the
 * source line with the text run on after it.
 */
export const SOURCE_BEFORE_TEXT = new RegExp(`^(《\\s*${PUB}\\s*》\\s*[（(][^()（）]{6,24}[)）]|[「【]本文来源\\s*[:：][^」】]{2,16}[」】])\\s*((?:本报讯|本報訊).+|.{40,})$`)
/** `00002版：要闻`, `第A02版：要闻`, `第A0005版`, `第8686期：第01版 首版`, `版面：07： 人物 上一篇 下一篇`, `第2版(经济)专栏:`. */
const PAGE_LABEL = /^(?:第\s*\d+\s*期\s*[:：]?\s*)?(?:第\s*)?([A-Z]{0,2}\d{1,5})\s*版\s*[:：]\s*[\u4e00-\u9fff·・/／]{0,12}(?:\s+[\u4e00-\u9fff·・/／]{1,12})*$|^版面\s*[:：]\s*(?:第\s*)?([A-Z]?\d{1,5})\s*版?\s*[:：]?(?:\s*[\u4e00-\u9fff]{1,8})*$|^(?:第\s*\d+\s*期\s*[:：]?\s*)?第\s*([A-Z]{0,2}\d{1,5})\s*版(?:\s*[:：]?\s*[\u4e00-\u9fff]{0,8})?(?:\s*[（(][\u4e00-\u9fff·]{1,8}[)）])?(?:\s*专栏\s*[:：]?)?$|^([A-Z]?\d{3,5})\s*版$/
/** `云川日报 数字报纸`, `当前报纸名称：劳动午报`, `主办：劳动午报社`, `关注公众号，随时阅读陕西工人报`. */
const PUBLICATION_LINES = [
  new RegExp(`^(${PUB})\\s*(?:数字报纸?|电子报|电子版|数字版)(?:\\s*[|｜].{0,20})?$`),
  new RegExp(`^当前报纸(?:名称)?\\s*[:：]\\s*(${PUB})$`),
  new RegExp(`^报刊\\s*[:：]\\s*(${PUB})$`),
  new RegExp(`^主办\\s*[:：]\\s*(${PUB})社`),
  new RegExp(`随时阅读\\s*(${PUB})$`),
]
/** `《工人日报》(2021年12月22日 02版)`: the paper and the page a piece was printed on. */
const PRINTED_IN = new RegExp(`《\\s*(${PUB})\\s*》\\s*[（(][^()（）]*?([A-Z]?\\d{1,5})\\s*版\\s*[)）]`)
/** `转自：某某日报微信公众号`: where a repost was taken from. */
const REPOSTED_FROM = new RegExp(`^(?:本文)?(?:转自|转载自|轉自|轉載自)\\s*[:：]?\\s*(?:《\\s*)?(${PUB}|[\\u4e00-\\u9fff]{2,12}?工会)(?:\\s*》)?(?:\\s*(?:微信公众号|客户端|官方微信))?$`)
/** A line opening with a paper's name, a section word or two, then a two-digit page. */
const PAPER_AND_PAGE = new RegExp(`^(${PUB})[\\u4e00-\\u9fff]{0,4}\\s+(\\d{2})`)
/** An account name ending as a paper's does. */
const PAPER_ACCOUNT = new RegExp(`(?:${PUBLICATION_SUFFIX})$`)
/** `首页 > 某某日报 > 第03版`: an e-paper reader's path to the page. */
const READER_PATH = new RegExp(`^(?:首页|首頁)\\s*>>?\\s*(${PUB})\\s*>>?\\s*(?:第\\s*)?([A-Z]?\\d{1,3}|[一二三四五六七八九十]{1,3})\\s*版$`)
/** A footer repeating publication, section and page: `浙江日报 要闻 00002 我省31人获`. */
const PAGE_FOOTER = new RegExp(`^(${PUB})\\s+[\\u4e00-\\u9fff]{2,6}\\s+(\\d{3,5})(?:\\s|$)`)
/** `文摘 2024-12-30 21:15 山西`: a WeChat repost header (account, time, place). */
const WECHAT_HEADER = /^(?:原创\s+)?(?:[\u4e00-\u9fffA-Za-z0-9·]{1,16}\s+){0,2}((?:19|20)\d{2}-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}(?:\s+[\u4e00-\u9fff]{2,4})?$/
/** `上海奉贤 2024-01-14`, `某某市总工会 某某工会 2023-10-10`: an account (after its owner, or twice), the day, the time, a count. */
const ACCOUNT_DATE = /^(?:[\u4e00-\u9fffA-Za-z·]{2,12}\s+)?([\u4e00-\u9fffA-Za-z·]{2,12})\s+((?:19|20)\d{2}-\d{1,2}-\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+\d{1,4})?$/
/** An e-paper reader's buttons after a page label: `PDF版阅读`, `上一版3 4下一版`. */
const READER_BUTTONS = /\s*(?:PDF\s*版?\s*(?:阅读|下载|閱讀|下載)?|[<«]?\s*上一版.*|[<«]?\s*下一版.*|上一篇.*|下一篇.*)$/i

/**
 * A photo's place in a copied page: its alternative text (`标题(图1)`, `本文插图`, `自动草稿`,
 * `【查看原图】`). The line under it is often the photo's caption.
 */
export const PHOTO_PLACEHOLDER = /^(?:[\w-]{1,40}\.(?:jpe?g|png|gif|webp|JPE?G|PNG|GIF|WEBP)|.{0,60}[（(]\s*图\s*\d{1,2}\s*[)）]|#?[（(][\u4e00-\u9fff]{1,6}[)）][（(]\d{1,2}[)）][^。，,！？]{2,30}|[（(【](?:相关|相關)?(?:资料|資料)(?:图|圖)(?:片)?[)）】]|本文插图|文章配图|文章图片|图片默认标题|圖片默認標題|自动草稿|【?查看原[图圖]】?|点击(?:查看)?大图|\[图片\]|!\[[^\]]*\]\([^)]*\)|.{2,40}[-－]第\d{1,3}张(?:[-－].{0,20})?|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:_IMAGE_\d+)?)$/

/** A county media centre's review chain under a piece: `一审：某某`, `编 辑：某某`, `总监制：某某`. */
const REVIEW_CHAIN = /^(?:[一二三]\s*审|终\s*审|初\s*审|复\s*审|总?\s*监\s*制|编\s*辑|校\s*对|审\s*核|责\s*编|美\s*编)\s*[:：]\s*[\u4e00-\u9fff·\s]{2,12}$/

/** Words of a site's footer: who runs it, its licence, where to write. */
const FOOTER_MARK = /版权所有|版權所有|主办单位|主辦單位|承办单位|地址\s*[:：]|邮编|郵編|ICP|备案号|備案號|公网安备|Copyright|违法和不良信息举报/g
/** An e-paper reader's page and issue navigation: `上一版`, `版面导航`, `日期:01-06`, `期次：`. */
const READER_NAV = [
  /上一版/,
  /下一版/,
  /上一篇/,
  /下一篇/,
  /上一期/,
  /下一期/,
  /版面导航/,
  /语音播报/,
  /电子报阅读机/,
  /数字报纸/,
  /^日期\s*[:：]\s*\d{1,2}-\d{1,2}$/,
  /^期次\s*[:：]/,
  /上一页.*下一页/,
  /^页\s*[:：]$/,
  /^\[\d{1,3}\]$/,
  /^【?PDF\s*版】?$/,
]
/** A site's menus, greetings, position and channel lines: `首页`, `当前位置`, `›` crumbs, `相关阅读`, `今天是`, a row of channels. */
const SITE_NAV = [
  // `-- 天氣`: a weather box's label.
  /^[-–—\s]*(?:天气|天氣)$/,
  // `主席信箱:…@…`: a union site's mailbox in its header.
  /^(?:主席|书记|局长|市长|县长|总经理)信箱/,
  // `中工娱乐`, `新闻中心` alone over the title: the site's channel, not a row of the headline.
  /^(?:中工(?:娱乐|娛樂)|专题专栏|專題專欄|[\u4e00-\u9fff]{0,4}(?:新闻中心|新聞中心|频道|頻道))$/,
  // `索 引 号 …`, `发布机构 区政府办 发文日期 …`, `名  称 标题`: a government page's table of the document.
  /^(?:索\s*引\s*号|发布机构|發布機構|主题分类|主題分類|发文日期|發文日期|成文日期|文\s+号|名\s+称)(?:\s|$)/,
  // `2024年05月20日 星期一 小满`, `今日热点`, `收缩通版`, `日歷`: a site's day box and buttons.
  /^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*(?:星期|礼拜|周)[一二三四五六日天]\s*[\u4e00-\u9fff]{2}$/,
  /^(?:今日热点|今日熱點|收缩通版|展开通版|日历|日歷)$/,
  /^通版阅读/,
  // `« » 2025 - 3 « »` over rows of days: a blog's calendar.
  /^[«»\s]*(?:19|20)\d{2}\s*-\s*\d{1,2}[«»\s]*$/,
  /^\s*\d{5,}\s*$/,
  // `0瀏覽 評論0`: a post's counters.
  /^\d*\s*(?:浏览|瀏覽|阅读|閱讀)\s*\d*\s*(?:评论|評論)\s*\d*$/,
  /^(?:[>＞»]\s*[\u4e00-\u9fff]{2,8}\s*){2,}$/,
  /返回首页/,
  /设为首页/,
  /加入收藏/,
  /您的位置/,
  /现在的位置/,
  /当前位置/,
  // (`您當前的位置:首頁 產改工作 他山之石`: worded with 的, in traditional characters.)
  /(?:当前|當前)的位置/,
  />>/,
  /首页|首頁/,
  /^相关(?:阅读|专题|新闻|链接|文章)/,
  /新闻检索/,
  /^标签\s*[:：]/,
  /网上家园/,
  // `業務單位:勞動關係司`: a ministry's press release names the office that wrote it under its title.
  /^(?:业务单位|業務單位)\s*[:：]\s*\S{2,16}$/,
  // `人物 正文`: a channel's crumb down to the page it shows.
  /^[\u4e00-\u9fff]{2,6}[\s\u3000]+(?:正文|正文页|内容页)$/,
  // `忠诚党的事业 竭诚服务职工`: the unions' motto in a union site's banner.
  /^(?:忠诚党的事业|忠誠黨的事業)[\s\u3000，,、]*(?:竭诚服务职工|竭誠服務職工)$/,
  /网上之家/,
  /欢迎您[!！]?$/,
  /^热门搜索/,
  /^(?:关键词|關鍵詞)\s*[:：]/,
  /^站[内內]搜索/,
  /^欢迎您来到/,
  /^标题导航$/,
  /^内容搜索$/,
  /^往期(?:推荐|回顾|精彩)$/,
  /^回到顶部$/,
  /返回列表/,
  /^媒体矩阵$/,
  /^欢迎您?进入/,
  /今天是\s*[:：]/,
  /^新闻评论\s*\d*$/,
  /关闭目录$/,
  /^(?:\s*[^|｜。，,！？]{1,12}\s*[|｜]){3,}/,
  /站内(?:高级)?搜索$/,
  /^友情链接$/,
  /^频道推荐/,
  /^更多精彩$/,
  /^往期阅读$/,
  /^(?:\S{2,14}(?:门户网站|門戶網站|官方网站|官方網站)\s*){1,3}$/,
  /^关于我们/,
  /^關于我們/,
  /^(?:[\u4e00-\u9fff]{0,2}(?:视界|财经|科技|娱乐|体育|汽车|房产|教育|健康|时尚|旅游|军事|国际|社会|文化|财经)\s+){1,6}[\u4e00-\u9fff]{0,2}(?:视界|财经|科技|娱乐|体育|汽车|房产|教育|健康|时尚|旅游|军事|国际|社会|文化|财经)$/,
  /^专栏名称\s*[:：]/,
  /\S\s*›\s*\S.*\s*›\s*\S/,
  /^(?:欢迎|歡迎)(?:访问|光临|來到|来到|訪問|光臨)/,
  // `未登录`, `打开ChinaNews阅读`, `使用浏览器/Safari打开`, `按Enter到主內容區`, `本篇文章695字，读完约2分钟`,
  // `您所在的位置：主页`, `【打印】`: a site's or an app's own words over the page.
  /^未登录$|^未登錄$/,
  /^打开\S{0,16}阅读$|^使用浏览器|^按Enter到主(?:内容|內容)/,
  /^本篇文章\d+字/,
  /^(?:您|你)所在的位置/,
  /【打印】/,
  // (`:::`: a site's accessibility anchor; `开通VIP`: a library site's button.)
  /^:::$/,
  /^开通VIP$/,
  /^[\u4e00-\u9fff]{2,10}[网網]新[闻聞]中心$/,
  /今天是$/,
  /^今天是/,
  /當前位置/,
  /^返回】/,
  /【顶部】/,
  /【关闭/,
  /^[\u4e00-\u9fff]{2,6}(?:信息|动态|動態|公开|公開|导航|導航|频道|頻道)\s*[:：]$/,
]
/** A page's tools and labels: font size, print, close, `正文`, `附件：`, arrows. */
const PAGE_TOOLS = [
  /^加载中/,
  /^0%$/,
  /^(?:个人资料|個人資料)$/,
  /^(?:閱讀全文|查看全文|閱讀原文)$/,
  // `保定市总工会 >基层信息`: a breadcrumb of two steps.
  /^[\u4e00-\u9fff]{2,14}[\s\u3000]*[>＞»][\s\u3000]*[\u4e00-\u9fff]{2,10}$/,
  // A gallery page's links to more galleries.
  /^(?:相关图集|相關圖集|更多图集|更多圖集|查看更多|查看更多图集|热门图集|熱門圖集)$/,
  /(?:English|Deutsch|Français|日本語|Español|Русский).*(?:English|Deutsch|Français|日本語|Español|Русский|中文)/,
  /^(?:分类|分類)\s*[:：]/,
  // A posting time broken over lines (`2026` / `02/14` / `16:54`).
  /^\d{1,2}\/\d{1,2}$/,
  /^\d{1,2}:\d{2}(?::\d{2})?$/,
  /字[体體号號]大小\s*[:：]?$/,
  /放大\s*缩小/,
  /^字号\s*[:：]?$/,
  /E-mail推荐/,
  /【字号/,
  /纠错/,
  /^关闭$/,
  /^返回$/,
  /^[×✕]$/,
  /^正文$/,
  /^打印本页$/,
  /^\[?(?:打印|关闭窗口)\]?$/,
  /^文字[缩縮]放/,
  /^读取内容中/,
  /^页面功能/,
  /无障碍/,
  /^[↓↑→←▼▲\s]+$/,
  /^其他$/,
  /^附件\s*[:：]?$/,
  /阅读模式$/,
  /[小大中]字[号號]$/,
  /【\s*字[体體号號]/,
  /^字[体體]\s*[:：]/,
  /^推广$/,
]
/** A site's footer: copyright, licence, who runs it, where to write or call. */
const LEGAL_FOOTER = [
  /^(?:版权声明|版權聲明)$/,
  /版权所有/,
  /Copyright/,
  /ICP/,
  /备案号/,
  /ICP备/,
  /公网安备/,
  /举报电话/,
  /^地址\s*[:：]/,
  /邮编/,
  /^电话\s*[:：]/,
  /报业集团主办$/,
  /^投稿[邮郵]箱/,
  /^[\u4e00-\u9fff]{2,10}报社$/,
  /本网站?内?凡注明/,
  /免责声明/,
  /投稿方式$/,
  /^(?:版权声明|版權聲明)\s*[:：]/,
  /^\[责任编辑\s*[:：][^\]]{1,12}\]\s*版权声明$/,
  /如有侵权/,
  /新闻热线\s*[:：]/,
  /报刊发行\s*[:：]/,
  /^传真\s*[:：]/,
  /熱點關注/,
  /版權所有/,
  /^免责声明$/,
  /^(?:\d{3,4}-)?\d{7,8}$/,
  /^(?:平[台臺]建[设設]|技[术術]支持|主[办辦]单位|主[办辦]單位)/,
  /国内统一刊号/,
  // `〔某某新闻中心，新疆阿克苏843009〕`: a journal's line of its authors' unit and postcode.
  /^[〔［\[][^〔〕［］\[\]]{4,40}\d{6}[〕］\]]$/,
  /國內統一刊號/,
  /^CN\s?\d{2}-\d{4}/,
  /侵删$/,
  /侵刪$/,
]
/** Sharing, following and app buttons of WeChat and portals: `在看`, `阅读原文`, `扫一扫`, `打开APP`, a portal's name alone. */
const SHARING = [
  /关注公众号/,
  /扫码关注/,
  /^阅读(?:\s*\d+)?$/,
  /^在看$/,
  /^分享(?:到)?$/,
  /^收藏$/,
  /^点赞$/,
  /^顶部$/,
  /^全文如下/,
  /一起来看看/,
  /^(?:视频|音频)加载中/,
  /^(?:点击|长按)(?:关注|识别|阅读原文)/,
  /^阅读原文$/,
  /^分享到/,
  /^我知道了/,
  /^APP下载$/,
  /我来说两句/,
  /^(?:转自|转载自|轉自)\s*[:：]\s*\S{2,12}$/,
  /^关注$/,
  /^[—-]*分享[—-]*$/,
  /^(?:新浪财经|新浪新闻|新浪网|网易新闻|腾讯新闻|腾讯网|搜狐新闻|搜狐网|今日头条|澎湃新闻|时刻新闻|百家号|凤凰网|凤凰新闻|学习强国)$/,
  // `華文網`, `中工网` alone on a line: a site's name, its logo's text.
  /^[\u4e00-\u9fff]{2,4}(?:网|網)$/,
  /^分享按钮$/,
  /^温馨提示$/,
  /^马上体验$/,
  /^扫一扫/,
  /扫一扫$/,
  /关注我们获得/,
  /^第一时间为您推送权威资讯$/,
  /打开网易新闻/,
  /打開網易新聞/,
  /查看精彩图片/,
  /查看精彩圖片/,
  /[·•]\s*\d{1,2}\s*(?:分钟|小时|天)前$/,
  /^扫描二维码/,
  /推送至手机/,
  /^免费订阅/,
  /^打开\s*APP/,
  /^下载\s*APP/,
  /^点击.{0,8}(?:阅读全文|查看原文|在看)/,
  /^左右滑动查看/,
  /^查看原文$/,
  /^[上下]滑查看/,
  /^浏览次数/,
  /^访问次数/,
  /^阅读全文$/,
  /^分享至/,
  /[转轉]播到/,
  /^(?:文章|本文)?字数\s*[:：]\s*\d+$/,
  // `点击右上角` / `微信好友` / `朋友圈`: a share sheet's buttons; `扫码查看` under a code.
  /^点击右上角/,
  /^微信好友$/,
  /^朋友圈$/,
  /^扫码查看$/,
  // `微信公众号 微信公众号` / `微博 微博` / `APP APP`: a site's accounts, each icon's label twice.
  /^(?:(?:微信公众号|公众号|微博|微信|APP|客户端|抖音|视频号|快手|头条号)[\s\u3000]*){1,6}$/,
  // `中工网抖音`, `關注新華網 微博圖集`: a site's account on a platform, its link.
  /^[\u4e00-\u9fff]{2,6}(?:网|網|报|報)(?:抖音|微博|微信|快手|视频号|視頻號|客户端|客戶端|公众号|公眾號)$/,
  // `關注新華網` / `微博` / `Qzone` / `評論` / `圖集`: a news site's share bar, a button a line.
  /^(?:关注|關注)[\u4e00-\u9fff]{2,6}(?:网|網)(?:\s+(?:微博|微信)(?:图集|圖集)?)?$/,
  /^(?:图集|圖集|评论|評論|Qzone)$/,
  // `阅读提示`: a paper's label over the summary of the article, not a part of it.
  /^(?:阅读提示|閱讀提示)$/,
]
/** A forum's and a login box's lines: `回复该主题`, `发表于 3 天前`, `登录`. */
const FORUM = [
  /^最佳回答$/,
  /^(?:最佳|推荐|推薦)答案$/,
  /^(?:我要)?投稿(?:\s*我要投稿)?$/,
  /^查看\s*[:：]\s*\d+\s*[|｜]\s*回复/,
  /您需要\s*登录/,
  /没有账号/,
  /^马上注册/,
  /发布新帖/,
  /积分规则/,
  /发表于\s*\d+\s*(?:秒|分钟|小时|天)前/,
  /发新话题/,
  /回复该主题/,
  /^(?:立即)?注册(?:新用户)?$/,
  /^修改密码$/,
  /^(?:用户)?登录$/,
]
/** Where a photo stood: its file name, `资料图片`, `_fororder_`, ad slots. */
const PHOTO_FILES = [
  /[._](?:jpe?g|png|gif|webp|JPE?G|PNG|GIF)(?:\?\S*)?$/,
  /^图片$/,
  /\bwebp$/,
  /content_\d+\.html?/,
  /enpproperty/,
  /资料图片/,
  /_fororder_/,
  /^(?:ad[a-z]*\d+\s*)+$/,
  /^(?:本报|本報|本刊)?(?:资料|資料)(?:图|圖)$/,
]
/** Editors and artists credited under the text (`责编 某某`, `美术：`, `编辑/`), a contributing union in brackets (`（某某工会）`). */
const STAFF_LINES = [
  /^[【\[](?:责任编辑|責任編輯|编辑|編輯|责编|責編|审核|審核|校对|校對)\s*[:：][^】\]]{1,16}[】\]]$/,
  /^[（(][\u4e00-\u9fff]{2,12}(?:工会|工會)[)）]$/,
  /^(?:责编|責編)[\s|｜]/,
  /^(?:美术|美術|插图|插圖)\s*[:：]/,
  /^(?:编辑|編輯|责编|責編)\s*[/／]/,
  // `编校/某某 监制/某某某某`: a WeChat post's production credits.
  /^(?:编校|編校|校对|校對|监制|監製|审校|審校|统筹|統籌|制作|製作|设计|設計|排版|视频|視頻)\s*[/／:：]\s*[\u4e00-\u9fff·]{2,12}(?:\s+(?:编校|編校|校对|校對|监制|監製|审校|審校|统筹|統籌|制作|製作|设计|設計|排版|编辑|編輯|审核|審核)\s*[/／:：]\s*[\u4e00-\u9fff·]{2,12})*$/,
  // `视频时长43秒 视频来源:某某融媒视觉组`: a video's card.
  /^视频时长\s*\d/,
  // `点击图片 查看答案`: a quiz's call to tap (on one line or two).
  /^点击图片(?:\s*查看|$)/,
  /^查看答案$/,
]
/** Words of navigation, sharing and legal footers: any of the patterns above. */
const NAV = new RegExp([...READER_NAV, ...SITE_NAV, ...PAGE_TOOLS, ...LEGAL_FOOTER, ...SHARING, ...FORUM, ...PHOTO_FILES, ...STAFF_LINES].map((r) => r.source).join('|'))

/** Labels of a web article's information line: `来源：都市快报  作者：通讯员 张晓燕 记者 魏奋  编辑：高婷婷`. */
const META_LABELS = ['出处', '出處', '来自', '來自', '稿源', '文章来源', '信息来源', '稿件来源', '本文来源', '来源', '文章來源', '來源', '責任編輯', '編輯', '記者', '發布時間', '發佈時間', '发表时间', '浏览次数', '访问次数', '点击数', '责任编辑', '本文编辑', '编辑', '责编', '作者', '记者', '通讯员', '摄影', '采写', '撰稿', '发布时间', '发布日期', '出版日期', '日期查询', '更新时间', '时间', '日期', '点击量', '浏览量', '阅读量', '访问量', '点击次数', '发表于', '审核', '審核', '校对', '校對', '终审', '終審', '审校', '審校', '拟稿人', '核稿人', '拟稿', '核稿']
// A label can follow the time without a space (`2016-01-02 14:40:07来源：中工网`).
// And a few labels run on after the value before them (`来源:某某工会时间:2021-06-29`, `…国际在线编辑:罗淼`).
// (`作者:某某文章来源:发布时间:…`: the source's label glued after the author's name.)
const GLUED_LABELS = ['发布时间', '发布日期', '時間', '时间', '日期', '编辑', '編輯', '责编', '責編', '作者', '阅读次数', '浏览次数', '访问量', '文章来源', '信息来源', '核稿人']
// (`作者:甲 乙/编辑:丙`: a slash between two labelled values, as a bar or a space.)
const META_SPLIT = new RegExp(`(?:(?:^|\\s|[|｜/／]|(?<=\\d))(${META_LABELS.join('|')})|(?<=[\\u4e00-\\u9fff])(${GLUED_LABELS.join('|')}))\\s*[:：]`, 'g')
/** Traditional label characters → simplified, so that one set of rules reads both. */
const LABEL_SIMPLE: Record<string, string> = { 處: '处', 來: '来', 責: '责', 編: '编', 輯: '辑', 記: '记', 發: '发', 佈: '布', 時: '时', 間: '间' }
const simpleLabel = (label: string) => [...label].map((c) => LABEL_SIMPLE[c] ?? c).join('')
/**
 * Who a `来源：` line names when it is no paper or site: a union, a newsroom, a broadcaster, an
 * account (`来源：武进区总工会`, `来源：中央广电总台国际在线`, `来源：四川省邮政工会`).
 */
const SOURCE_BODY = /^[\u4e00-\u9fff·]{1,16}(?:报|報|工会|工會|在线|在線|电视台|電視台|广播电视台|融媒体中心|融媒體中心|新闻中心|新聞中心|客户端|客戶端|频道|頻道|发布|發布|政府|人民政府)$/
/** A site's name as a source (`来源：河工新闻网`, `來源：旗幟網`), with its channel (`人民網-四川頻道`, `中新网四川`), when no newspaper is named. */
// (`来源：互联网`, "from the internet", names no site.)
const SITE_RE = /^(?!(?:互联|互聯)[网網]$)[\u4e00-\u9fff]{2,10}[网網](?:[·・][\u4e00-\u9fff]{2,8}|[-－]?(?!记者|記者|编辑|編輯|通讯员|通訊員)[\u4e00-\u9fff]{2,3}(?:频道|頻道)?)?$/
/** A news agency named as the source (`来源：新华社`, `出处：新华社`). */
/** `新华社发` alone on its line: who sent the photo above, no name. */
const AGENCY_SENT = new RegExp(`^(?:${AGENCY})[发發]$`)
/** `新华社照片，天津，2024年12月18日`: an agency's photo, its place and day. */
const AGENCY_PHOTO_DAY = new RegExp(`^(?:${AGENCY})(?:照片|图片|圖片)\\s*[，,]\\s*[\\u4e00-\\u9fff]{2,8}\\s*[，,]\\s*(.+)$`)
const AGENCY_RE = new RegExp(`^(?:${AGENCY}|中国新闻社|中國新聞社)$`)

/** A web article's information line, split into labelled values; null when the line is something else. */
function readMetaLine(raw: string): Furniture | null {
  // `[发表时间] 2019-07-01 [浏览次数]`: labels in brackets instead of before a colon.
  const line = raw
    // `- 发布日期:2019-10-29`, `- 作者:某某`: an information list's bullets.
    .replace(/^[-–•·]\s+(?=[\u4e00-\u9fff]{2,6}\s*[:：])/, '')
    .replace(/[\[【]([\u4e00-\u9fff]{2,6})[\]】]\s*/g, (m, label: string) => (META_LABELS.includes(label) ? `${label}：` : m))
    // `来源| 安徽日报`, `责编| 某某`: a bar instead of the colon after a label.
    .replace(/^(来源|來源|责编|責編|编辑|編輯)\s*[|｜]\s*/, '$1：')
    .replace(/(?<=\S)\s*(编辑|編輯)\s*[|｜]\s*/, ' $1：')
    // `[日期：2016年5月3日 出处：新华社 阅读：744 次]`, `（来源：某某网 记者：某某）`: the whole line in brackets.
    .replace(/^\[(.+)\]$/, '$1')
    .replace(/^[（(]((?:来源|來源|稿源|出处)\s*[:：].+)[)）]$/, '$1')
    // `【发布日期:2015-08-24】【来源:】 【作者:晚报记者某某通讯员某某】`: each label and value in brackets.
    .replace(/[【「]([\u4e00-\u9fff]{2,6}\s*[:：][^【】「」]*)[】」]/g, (m, inner: string) => (META_LABELS.includes(inner.split(/[:：]/)[0]!.trim()) ? ` ${inner} ` : m))
    .trim()
    // `融媒体记者：某某`, `县融媒体中心记者：某某`: the newsroom before the role label.
    .replace(/^[\u4e00-\u9fff]{1,10}?(?=(?:记者|記者|通讯员|通訊員)\s*[:：])/, '')
  if (line.length > 120 || /[。！？；]/.test(line)) return null
  // `责编：汤可心 终审：严立民`: a page's credits, read by the masthead parser.
  if (parseCredits(line)) return null
  const hits = [...line.matchAll(META_SPLIT)]
  if (hits.length === 0) {
    // `作者 李佩山`, `本刊记者-郝杰`: an author label without a colon.
    const bare = /^(?:作者|文\s*[/／]|本刊记者\s*[-－—]|本报记者\s*[-－—])\s*([\u4e00-\u9fff·]{2,8})$/.exec(line)
    if (bare && looksLikeName(bare[1]!)) return { bylines: [{ role: /记者/.test(line) ? '记者' : null, name: bare[1]! }] }
    return null
  }
  const out: Furniture = {}
  const head = line.slice(0, hits[0]!.index).trim()
  // Before the first label: a site name (`杭州网`) or the time (`2021年10月19日09:32`).
  // (`08:46:41 来源：互联网`: the time of a stamp whose day stands on the line above.)
  if (head && !findDate(head) && !/^[\u4e00-\u9fffA-Za-z·]{2,10}(?:网|报|台|号|社|中心)?$/.test(head) && !/^\d{1,2}:\d{2}(?::\d{2})?$/.test(head)) return null
  if (head) out.date = findDate(head) ?? undefined
  hits.forEach((hit, n) => {
    const label = simpleLabel((hit[1] ?? hit[2])!)
    const start = hit.index! + hit[0].length
    // (`作者:甲 乙 丙/编辑:丁`: the slash before the next label is no part of the value.)
    const value = line.slice(start, hits[n + 1]?.index ?? line.length).trim().replace(/[\s\u3000/／|｜]+$/, '').replace(/^[《]|[》]$/g, '')
    if (!value) return
    if (/来源|出处|来自|稿源/.test(label)) {
      // `人民網-人民日報222`: the last of the names, less a counter run on after it.
      const name = value.split(/[-－—_]/).map((s) => s.replace(/[《》]/g, '').replace(/\d+$/, '').trim()).at(-1)!
      const d = findDate(value)
      if (PUB_RE.test(name)) out.publication ??= name
      else if (label !== '本文来源') {
        const site = (d ? value.slice(0, d.index) : value).trim().split(/\s+/)[0]!
        if (PUB_RE.test(site) || SITE_RE.test(site) || AGENCY_RE.test(site) || SOURCE_BODY.test(site)) {
          out.publication ??= site
          // `来源 | 某某日报 记者 某某`: the reporter after the paper.
          const byline = parseBylineLine(value.slice(value.indexOf(site) + site.length).trim())
          if (byline?.bylines.length) out.bylines = [...(out.bylines ?? []), ...byline.bylines]
        }
      }
      if (d) out.date ??= d
    } else if (/时间|日期|发表于/.test(label)) {
      const d = findDate(value) ?? dayMonthYear(value)
      if (d && label !== '发表于') out.date ??= d
    } else if (/编辑|责编/.test(label)) {
      // `编辑:某某   2023-09-16 15:03`: the time of posting after the editor.
      const d = findDate(value)
      if (d && d.day !== null) out.date ??= d
      const credits = value.split(/[\s、,，]+/).filter((n) => /^[\u4e00-\u9fff·]{2,8}$/.test(n)).map((name) => ({ role: '责编' as const, name }))
      if (credits.length) out.credits = [...(out.credits ?? []), ...credits]
    } else if (/作者|记者|通讯员|摄影|采写|撰稿|拟稿/.test(label)) {
      const d = findDate(value)
      if (d) out.date ??= d
      // `作者:四川经济日报 / 公众号:…`: a paper as the author is the source.
      const paperAuthor = value.split(/\s*[/／]\s*/)[0]!.trim()
      if (PUB_RE.test(paperAuthor)) out.publication ??= paperAuthor
      // `作者：本报记者 某某 《光明日报》（ 2019年06月21日 04版）`: the source after the author.
      const printed = PRINTED_IN.exec(value)
      if (printed) {
        out.publication ??= printed[1]!
        out.page ??= normalizePage(printed[2]!)
      }
      const role = label === '记者' ? '记者' : label === '通讯员' ? '通讯员' : label === '摄影' ? '摄影' : null
      const parsed = parseBylineLine(role ? `${role} ${value}` : value)
      const names = parsed?.bylines ?? value.split(/[\s、,，]+/).filter(looksLikeName).map((name) => ({ role, name }))
      if (names.length) out.bylines = [...(out.bylines ?? []), ...names]
    }
  })
  return out
}

/** `28.04.2015`: a day-first date some sites print. */
function dayMonthYear(text: string): DateParts | null {
  const m = /(?<!\d)(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?!\d)/.exec(text)
  return m ? { year: +m[3]!, month: +m[2]!, day: +m[1]! } : null
}

/**
 * Read a line as furniture. Null when the line is text (or masthead material the masthead parser
 * reads: a plain date, a publication name).
 */
export function readFurniture(raw: string): Furniture | null {
  const line = raw.trim()
  // A menu's items spaced out over the page's width: its length is its words, not its spaces.
  if (line === '' || line.replace(/[\s\u3000]{2,}/g, ' ').length > 160) return null
  if (PHOTO_PLACEHOLDER.test(line) || CAMERA_FILE.test(line)) return { photo: true }
  if (seoSpam(line)) return {}
  // `新华社照片，天津，2024年12月18日`: an agency's photo, its place and day; its caption follows.
  const agencyPhoto = AGENCY_PHOTO_DAY.exec(line)
  if (agencyPhoto && findDate(agencyPhoto[1]!)) return { photo: true, date: findDate(agencyPhoto[1]!)! }
  // `新华社北京5月1日电 新华社记者`: an agency's dateline without the reporter's name.
  if (AGENCY_DATELINE_ALONE.test(line)) return {}
  // `本文转自：工人日报`, `转载自：某某晚报`: a repost names the paper it was taken from.
  const reposted = REPOSTED_FROM.exec(line)
  if (reposted) return { publication: reposted[1]! }
  // (`（原标题：…）`: in brackets too.)
  // (`原标题;…`: a semicolon typed for the colon.)
  const original = /^原(?:标题|標題)\s*[:：;；]\s*(.{2,60})$/.exec(line) ?? /^[（(]原(?:标题|標題)\s*[:：;；]\s*(.{2,60})[)）]$/.exec(line)
  if (original) return { originalTitle: original[1]!.trim() }

  // `广东省人民政府门户网站  · 公众号  ·  · 2025-02-18 10:26`: a reposting site's line naming the account.
  const account = /^([\u4e00-\u9fff]{2,24})\s*[·•]\s*公众号\s*[·•\s]*(.*)$/.exec(line)
  if (account) {
    const d = findDate(account[2]!)
    return { publication: account[1]!, ...(d ? { date: d } : {}) }
  }
  // `2026-01-29 中国西藏网`: the day and the site, alone on a line.
  const stampedSite = /^((?:19|20)\d{2}-\d{1,2}-\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+([\u4e00-\u9fff]{2,12}(?:网|網|[报報]|台|臺))$/.exec(line)
  if (stampedSite && findDate(stampedSite[1]!)) return { publication: stampedSite[2]!, date: findDate(stampedSite[1]!)! }
  // `http://www.sina.com.cn 2007年01月18日05:43 山西新闻网-山西日报`: a portal's address, the day and the outlet.
  const portal = /^(?:https?:\/\/\S+\s+)?((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*\d{1,2}:\d{2}(?::\d{2})?\s+([\u4e00-\u9fff]{2,12}(?:网|網|[报報]|台|臺)(?:[-－][\u4e00-\u9fff]{2,12})?)$/.exec(line)
  if (portal && findDate(portal[1]!)) return { publication: portal[2]!, date: findDate(portal[1]!)! }
  const source = SOURCE_LINE.exec(line)
  if (source) {
    const date = findDate(source[2]!)
    const page = source[3] ?? source[4]
    // `《工人日报》（2019年07月01日 07版）本报记者 王维砚`: the byline can follow on the same line.
    const byline = source[5] ? parseBylineLine(source[5].replace(/^本报(?=记者|通讯员)/, '')) : null
    if (source[5] && !byline) return null
    return { publication: source[1]!, date: date ?? undefined, page: page ? normalizePage(page) : undefined, ...(byline ? { bylines: byline.bylines } : {}) }
  }
  for (const re of PUBLICATION_LINES) {
    const m = re.exec(line)
    if (m) return { publication: m[1]! }
  }
  // `南方工报工会 06标题 2025-05-12 2 2025年05月12日 星期一`: an e-paper's footer, the paper and page first.
  const dayFooter = /(?:19|20)\d{2}-\d{2}-\d{2}\s+\d{1,3}\s+((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*星期[一二三四五六日天]$/.exec(line)
  if (dayFooter) {
    const head = PAPER_AND_PAGE.exec(line)
    const d = findDate(dayFooter[1]!)
    return { ...(head ? { publication: head[1]!, page: head[2]! } : {}), ...(d ? { date: d } : {}) }
  }
  const footer = PAGE_FOOTER.exec(line)
  if (footer) return { publication: footer[1]!, page: normalizePage(footer[2]!) }
  // `第AA02版:政事 要闻 上一版 下一版`, `第01版:封面 PDF版阅读`: the label with the reader's buttons after it.
  // `当前版:02版`, `当前版面：第03版：要闻`: the reader's page in view.
  // `版次:007 2024年09月11日`: an e-paper's page and day.
  const edition = /^版次\s*[:：]\s*([A-Z]{0,2}\d{1,5})\s*(.*)$/.exec(line)
  if (edition) {
    const d = findDate(edition[2]!)
    return { page: normalizePage(edition[1]!), ...(d && d.day !== null ? { date: d } : {}) }
  }
  // `設計:方金洋、苗夏陽`, `策划：某某`: who designed or planned a page.
  if (/^(?:设计|設計|制图|製圖|策划|策劃|统筹|統籌|监制|監製|校对|校對|视觉|視覺)\s*[:：]\s*[\u4e00-\u9fff·,，、\s]{2,24}$/.test(line)) return {}
  // `zj66发表于 2021-4-10 09:47:13`: a forum's post header, the day it was copied there.
  if (/^\S{1,24}\s*发表于\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.test(line)) return {}
  const current = /^(?:当前|當前)版面?\s*[:：]\s*(?:第\s*)?([A-Z]{0,2}\d{1,5})\s*版?(?:\s*[:：]?\s*[\u4e00-\u9fff]{0,8})?$/.exec(line.replace(READER_BUTTONS, '').trim())
  if (current) return { page: normalizePage(current[1]!) }
  const label = PAGE_LABEL.exec(line) ?? PAGE_LABEL.exec(line.replace(READER_BUTTONS, '').trim())
  if (label) return { page: normalizePage((label[1] ?? label[2] ?? label[3] ?? label[4])!) }
  // `第13555期:第01版 本期出版日期:2023-04-08`: the label with the issue date after it.
  const issued = /^(.+?)\s*(?:本期)?出版日期\s*[:：]\s*(.+)$/.exec(line)
  if (issued) {
    const page = PAGE_LABEL.exec(issued[1]!.trim())
    const d = findDate(issued[2]!)
    if (page && d) return { page: normalizePage((page[1] ?? page[2] ?? page[3] ?? page[4])!), date: d }
  }
  // `2020年10月19日 09: 解放周一/纵深`, `A04:民生/影像`, `( 2011年05月02日 04 版)`.
  const datedPage = /^(.{8,16}?)\s+([A-Z]?\d{1,2})\s*[:：]\s*[\u4e00-\u9fff]{2,8}(?:[/／][\u4e00-\u9fff]{2,8})?$/.exec(line)
  if (datedPage) {
    const d = findDate(datedPage[1]!)
    if (d && d.day !== null && wordLength(datedPage[1]!.slice(0, d.index) + datedPage[1]!.slice(d.index + d.length)) === 0) return { page: normalizePage(datedPage[2]!), date: d }
  }
  const lettered = /^([A-Z]\d{1,3})\s*[:：]\s*[\u4e00-\u9fff]{2,8}(?:[/／][\u4e00-\u9fff]{2,8})?$/.exec(line)
  if (lettered) return { page: normalizePage(lettered[1]!) }
  const bracketedPage = /^[（(]\s*(.{8,16}?)\s+([A-Z]?\d{1,5})\s*版\s*[)）]$/.exec(line)
  if (bracketedPage) {
    const d = findDate(bracketedPage[1]!)
    if (d && d.day !== null) return { page: normalizePage(bracketedPage[2]!), date: d }
  }
  const dated = /^(?:出版日期|日期查询|发布日期|发布时间|日期)\s*[:：]\s*(.+)$/.exec(line)
  if (dated) {
    const d = findDate(dated[1]!)
    // `发布时间：… 文章来源：某某网`: the rest of the line may name the source.
    if (d) return { ...(readMetaLine(line) ?? {}), date: d }
  }
  // `2025-04-22 10:15   海报新闻`: the time of posting and the site or app that posted it.
  const datedSite = /^((?:19|20)\d{2}-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s+([\u4e00-\u9fff·]{4,12})$/.exec(line)
  if (datedSite && !looksLikeName(datedSite[2]!)) {
    const d = findDate(datedSite[1]!)
    if (d) return { date: d, publication: datedSite[2]! }
  }
  const wechat = WECHAT_HEADER.exec(line)
  if (wechat) {
    // (`甘肃工人报 2020-05-27 09:12 大字`: a paper's account names the paper.)
    const account = /^(?:原创\s+)?([\u4e00-\u9fff]{2,12})\s/.exec(line)?.[1]
    const paper = account && PAPER_ACCOUNT.test(account) ? account : undefined
    return { ...(paper ? { publication: paper } : {}), date: findDate(wechat[1]!) ?? undefined }
  }
  // `上海奉贤 2024-01-14`, `华龙网  2018-12-25 15:02:03`, `现代快报  现代快报  2021-05-06  0`: the account or
  // site that posted the piece, and when.
  const posted = ACCOUNT_DATE.exec(line)
  if (posted && !(posted[1]!.length <= 3 && looksLikeName(posted[1]!))) {
    const d = findDate(posted[2]!)
    if (d) return { publication: posted[1]!, date: d }
  }
  // `2021-01-29 10:14:55朱亚夫`, `2017-01-14马征`: the time of posting and the author run together.
  const dateName = /^((?:19|20)\d{2}-\d{1,2}-\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*([\u4e00-\u9fff·]{2,4})$/.exec(line)
  if (dateName && looksLikeName(dateName[2]!)) {
    const d = findDate(dateName[1]!)
    if (d) return { date: d, bylines: [{ role: null, name: dateName[2]! }] }
  }
  // `当代工人(B版) 2016年12期`: a magazine's issue.
  if (/^[\u4e00-\u9fffA-Za-z()（）]{2,16}\s*(?:19|20)\d{2}\s*年\s*(?:第\s*)?\d{1,2}\s*期$/.test(line)) return {}
  // `人民日报客户端某某频道张三李四2025-04-30 16:52`, `30.09.2014 14:25`: a channel and its
  // authors run together before the time of posting, or the time alone.
  const stamped = /^([\u4e00-\u9fff·]{0,40}?)((?:19|20)\d{2}-\d{1,2}-\d{1,2}|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2})\s+\d{1,2}:\d{2}(?::\d{2})?$/.exec(line)
  if (stamped) {
    const d = findDate(stamped[2]!) ?? dayMonthYear(stamped[2]!)
    // The channel's outlet, and its authors two or three characters each.
    const head = /^([\u4e00-\u9fff]{2,12}?(?:客户端|客戶端|网|網))(?:[\u4e00-\u9fff]{2,4}(?:频道|頻道))?([\u4e00-\u9fff]{4,16})$/.exec(stamped[1]!)
    const names = head ? namesInRun(head[2]!) : null
    if (d && head && names) return { date: d, publication: head[1]!, bylines: names.map((name) => ({ role: null, name })) }
    if (d) return { date: d }
  }
  // `人民日报    05-01 11:30:40`: a portal's feed line, the outlet and the time of posting without its year.
  const fed = /^([\u4e00-\u9fff·]{2,16})[\s\u3000]+\d{1,2}-\d{1,2}[\s\u3000]+\d{1,2}:\d{2}(?::\d{2})?$/.exec(line)
  if (fed && (PUB_RE.test(fed[1]!) || SITE_RE.test(fed[1]!) || AGENCY_RE.test(fed[1]!))) return { publication: fed[1]! }
  // `首页>>青岛日报>>五版`: a site's path to the paper's page.
  const path = READER_PATH.exec(line)
  if (path) {
    const page = /\d/.test(path[2]!) ? normalizePage(path[2]!) : chineseSmallNumber(path[2]!)?.toString().padStart(2, '0')
    return { publication: path[1]!, ...(page ? { page } : {}) }
  }
  // `2021 05/ 01 15:28:12`: a news site's time of posting, the year apart from month and day.
  const yearApart = /^((?:19|20)\d{2})\s+(\d{1,2})\s*\/\s*(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?$/.exec(line)
  if (yearApart) {
    const d = findDate(`${yearApart[1]}-${yearApart[2]}-${yearApart[3]}`)
    return d ? { date: d } : {}
  }
  // `广告位API接口通信错误…`: an ad slot's error; `某某报移动版`: the link to a site's mobile pages.
  if (/^广告位/.test(line) || /^[\u4e00-\u9fff]{2,12}(?:移动版|手机版|移動版|手機版)$/.test(line)) return {}
  // `返回原图`: an image viewer's button; `某某报、某某学院联合出品`: a video's producers, in its credits.
  if (/^(?:返回原图|查看原图|点击查看原图|查看大图)$/.test(line) || (/(?:联合)?出品$/.test(line) && line.length <= 40 && !/[。！？，,]/.test(line))) return {}
  // `010020050570000000000000011113261127401382`: a page's id printed under the text.
  if (/^\d{24,}$/.test(line)) return {}
  // `[2月7日 2:30]`: the time a page was put up.
  if (/^\[\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}\]$/.test(line)) return {}
  // `（责编：蔡雨荷、黄瑾）`: credits in brackets under a reposted article.
  const bracketed = /^[（(](.+)[)）]$/.exec(line)
  if (bracketed && /^(?:责编|责任编辑|编辑)\s*[:：]/.test(bracketed[1]!)) {
    const credits = parseCredits(bracketed[1]!.replace(/[、,，]/g, ' '))
    if (credits) return { credits }
  }
  if (REVIEW_CHAIN.test(line)) return {}
  const meta = readMetaLine(line)
  if (meta) return meta
  // A page title with the site behind it: `某某-工会-中工网`.
  // (`某某 “某某”开到“屋场”上 - 工会 - 中工网`: the parts set apart by spaced dashes.)
  if (/^[^\s。，,]{4,60}?(?:[-_|｜][^\s\-_|｜]{1,8}){1,3}(?:网|频道|客户端)$/.test(line) || /^[^。，,]{4,60}?(?:\s+[-_|｜]\s+[^\s\-_|｜]{1,8}){1,3}(?:网|網|频道|客户端)$/.test(line)) return {}
  // `新闻频道 > 科教新闻`: a channel and its section.
  if (/^[\u4e00-\u9fff]{2,8}(?:频道|首页)\s*>\s*[\u4e00-\u9fff]{2,10}$/.test(line)) return {}
  // A site's menu: many short words in a row (`荆楚网首页 新闻 政务 评论 问政 …`).
  const words = line.split(/\s+/)
  // Not a line of credits (`本报特约记者 甲 本报通讯员 乙 丙 摄`): roles and names are short words too.
  if (words.length >= 6 && words.every((w) => /^[\u4e00-\u9fffA-Za-z·・]{1,6}$/.test(w)) && !parseBylineLine(line)?.hasRole) return {}
  // `2023-06-03 标题 2 2 江海晚报 content_138071.html …`: an e-paper's footer, however long.
  if (/content_\d+\.html?|enpproperty/.test(line)) {
    const paper = words.find((t) => PUB_RE.test(t))
    const d = findDate(line)
    if (paper) return { publication: paper, ...(d && d.day !== null ? { date: d } : {}) }
  }
  // A breadcrumb (`中国江苏网>江苏 > 江苏要闻 > 正文`) or a footer line of ids (`2017-04-28 3528690 2 …`).
  if (line.length <= 80 && (/[^>]>[^>]+>/.test(line) || /^(?:19|20)\d{2}-\d{2}-\d{2}\s+\d{3,}/.test(line))) {
    const d = findDate(line)
    return d ? { date: d } : {}
  }
  // `2006年3月15日 收藏 打印 推荐 朗读`: a toolbar, maybe after the issue date.
  const toolbar = /^(.{0,24}?)\s*((?:(?:收藏|打印|关闭|推荐|朗读|评论|分享|字号|放大|缩小|默认|纠错|返回|更多功能)\s*){2,})$/.exec(line)
  if (toolbar) {
    const d = toolbar[1] ? findDate(toolbar[1]) : null
    if (!toolbar[1] || (d && d.day !== null && wordLength(toolbar[1].slice(0, d.index) + toolbar[1].slice(d.index + d.length)) === 0)) return d ? { date: d } : {}
  }
  // `某某分社版权所有:刊用本网站稿件… 主办单位:… 地址:… 邮编:…`: a site's footer, however long.
  if ((line.match(FOOTER_MARK) ?? []).length >= 2) return {}
  if (line.replace(/[\s\u3000]{2,}/g, ' ').length <= 80 && (NAV.test(line) || AGENCY_SENT.test(line))) {
    // `下一篇 2025年5月7日 放大 缩小 默认`: a reader's bar with the issue date.
    const d = findDate(line)
    // `2023-05-04 2 2 镇江日报 content_248808.html …`: an e-paper's footer names the paper.
    const paper = /content_\d+|enpproperty/.test(line) ? line.split(/\s+/).find((t) => PUB_RE.test(t)) : undefined
    if (paper) return { publication: paper, ...(d && d.day !== null ? { date: d } : {}) }
    // `2023-08-18 本站作者 【字体：`: the time of posting, then the page's tools.
    return d && d.day !== null && (/放大|缩小|上一|下一/.test(line) || d.index === 0) ? { date: d } : {}
  }
  // `360影视欧美动漫 2025-05-01 16:11 2`, `2025-04-29ASPCMS社区 - fjmyhfvclm`: a site's stamp of the day
  // it posted the piece, among its own words.
  const stamp = /(?:^|[^\d])((?:19|20)\d{2}[-/]\d{1,2}[-/]\d{1,2})(?![\d])/.exec(line)
  if (stamp && line.length <= 48 && !/[。！？，,；;“”"]/.test(line) && /[A-Za-z]{3,}|\d{1,2}:\d{2}/.test(line)) {
    const d = findDate(stamp[1]!.replace(/\//g, '-'))
    if (d) return { date: d }
  }
  return null
}

/**
 * A line read as a part's heading that is the page's own chrome or a credit: `发表意见`, `分享让更多人看到`,
 * `搜尋功能 文字客服`, `聯絡電話:02-8995-6866`, `所属分类:新闻动态阅读次数:265`, `广告X OK某某app`,
 * `官方微信公眾號`, `用户:匿名`, `圖/某某晚報全媒體記者 宋某某`, `数据来源：…`, `来跟着小编看看吧！`. A heading
 * says what a part is about; these say how to use the page, who made it or where it came from, or
 * call the reader to look, and are dropped with the scraps.
 */
export function chromeHeading(text: string): boolean {
  const t = simplifiedCopy(text.trim())
  return (
    // (`某某简介` over a profile is a heading: the one web word that may stand over a part.)
    (WEB_FURNITURE.test(t) && !/简介$/.test(t)) ||
    /^(?:发表意见|发表评论|我要评论|网友评论|分享让更多人看到|搜索|搜寻功能|文字客服)(?:\s|$)/.test(t) ||
    /(?:电话|传真|次数|分类|用户|网友|邮箱)\s*[:：]/.test(t) ||
    /广告|客服|智能机器人|[A-Za-z]*app$|\bAPP\b/i.test(t) ||
    /^(?:图|文|摄)\s*[/／]/.test(t) ||
    /(?:记者|通讯员)\s*[\u4e00-\u9fff·]{2,4}(?:[\s、]|$)/.test(t) ||
    // `文、图—某某处 某某`, `本刊编辑部集体采写`: the piece's makers.
    /^文\s*[、,，]\s*图\s*[—\-/／:：]/.test(t) || /(?:集体)?采写$/.test(t) ||
    // `数据来源：人社部`, `原题：…`: where figures or the title came from.
    /^(?:数据|资料|图片|信息)?来源\s*[:：]/.test(t) || /^原(?:题|标题)\s*[:：]/.test(t) ||
    // `来跟着小编看看都在哪里吧！`, `戳大图，一睹为快↓`, `受表彰的单位与个人吧`: the page calling its reader to look.
    /吧[!！]?$|[↓↘]$|小编|一睹为快/.test(t) ||
    // `2025年03月16日16:42:13 国际1630`: when the page was posted, to the second; `最新福州新闻 频道推荐`: a portal's menus.
    /(?:19|20)\d{2}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}/.test(t) || /频道|新闻推荐|最新图文|最新视频|热点推荐|推荐阅读|相关阅读|相关新闻/.test(t) ||
    // `受访者供图`: a photo's credit.
    /^[\u4e00-\u9fff·\s]{0,12}供图$/.test(t) ||
    // `我要留言`, `最热评论`, `更多新闻`, `字号：默认 超大 打印`, `链接已复制`, `返回主页 关键字`, `等待处理…`: a
    // page's buttons and boxes.
    /^(?:我要留言|我要评论|最热评论|热门评论|更多新闻|更多>*|返回主页|链接已复制|等待处理…*)(?:\s|$)/.test(t) || /^字号\s*[:：]/.test(t)
  )
}

/**
 * A line read as a photo's caption that is the page's chrome: `人民政协报客户端下载 >`, `（责编：某某、某某）`,
 * `相关稿件`, `新闻评论`, `这篇文章好看吗?`, `直接点击图片或者使用键盘'←' '→'键翻页`, `[保存] [打印]`,
 * `本文未经某某日报社许可不得转载`, `《中国妇女报》` alone. Dropped with the scraps.
 */
export function chromeCaption(text: string): boolean {
  // (`图为某某博物馆(来源:四川工会微信公众号)。`: the photo's source named in brackets is no link of the page.)
  const t = simplifiedCopy(text.trim()).replace(/(?<=\S)[（(](?:来源|图片来源|图源)[:：][^（()）]{2,30}[)）](?=[。]?$)/, '').replace(/^[（(【[]\s*|\s*[)）】\]]$/g, '')
  return (
    WEB_FURNITURE.test(t) ||
    /^(?:责编|责任编辑|编辑|编审)\s*[:：]/.test(t) ||
    /^(?:相关链接|相关链结|相关稿件|新闻评论|网友评论)$/.test(t) ||
    /这篇文章好看吗|应用市场下载|客户端下载|键盘|翻页|未经.{0,16}许可|不得转载|\[(?:保存|打印|全文浏览)\]/.test(t) ||
    // `分享让更多人看到`, `已有0人发表了评论`, `- 一周热点新闻`, `左右滑动可查看获奖选手照片 →`, `- 进入图片频道最新图文`: buttons, counters, menus, swipe hints.
    /分享让更多人看到|人发表了评论|热点新闻$|滑动可?查看|^[-–—•·*>»]?\s*进入\S{0,6}频道/.test(t) ||
    /^《[^》]{2,12}(?:报|刊|杂志)》$/.test(t) ||
    // `图侵删`, `正文复制`, `▶2版至4版`: a notice, a button, the paper's page pointer.
    /侵删|^正文复制$|^▶?\d{1,2}版至\d{1,2}版$/.test(t) ||
    // `TOP`: the back-to-top button.
    /^top$/i.test(t) ||
    // `本报记者`, `南方日报连州视窗记者`: a byline's role without its name.
    /^[\u4e00-\u9fff]{0,10}(?:记者|通讯员)$/.test(t) && !t.includes('的')
  )
}
