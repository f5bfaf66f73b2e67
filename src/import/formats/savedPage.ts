/**
 * A web page saved from a browser (`稿件.html` with its `稿件_files/` folder) → text and photos.
 * The article is picked out of the page by Mozilla's Readability (what Firefox's reader view uses)
 * over a linkedom document, so menus, sidebars and footers stay out; scripts, styles, forms and
 * frames are never read (flow.ts skips them whatever Readability leaves).
 *
 * Photos are taken only from the page's own folder, beside the file (or from `data:` addresses in
 * the page): nothing is fetched from the web, and a path leading out of that folder is ignored.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'

import { decodeBytes } from '../decode'
import { findDate } from '../masthead'
import { ImportError } from '../errors'
import { flowToText, readFlow } from './flow'
import { admitImages, type RawImage } from './images'
import type { IntakeLimits } from './limits'
import type { Intake, LeftOutImage } from './types'

/** The page's text, in the encoding it declares (BOM, `<meta charset>`), else as the parser detects it. */
export function decodePage(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1')
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]
  if (declared && !/^\xEF\xBB\xBF|^\xFF\xFE|^\xFE\xFF/.test(head)) {
    let decoder: TextDecoder
    try {
      decoder = new TextDecoder(declared.toLowerCase() === 'gb2312' ? 'gb18030' : declared, { fatal: true })
    } catch {
      throw new ImportError('UNKNOWN_ENCODING', `the page declares "${declared}"`)
    }
    try {
      return decoder.decode(bytes)
    } catch {
      // Declared wrongly (often GB2312 for UTF-8 or the other way round): detect instead.
    }
  }
  return decodeBytes(bytes).text
}

type ResolveResult = { data: Buffer; file: string } | LeftOutImage

async function resolveImage(src: string, pageFile: string, folder: boolean, limits: IntakeLimits): Promise<ResolveResult | null> {
  if (!src) return null
  if (src.startsWith('data:')) {
    const m = /^data:image\/([\w.+-]+);base64,(.*)$/s.exec(src)
    if (!m) return null
    const data = Buffer.from(m[2]!, 'base64')
    if (data.length > limits.imageBytes) return { file: 'data: address', reason: 'over the photo limit', reasonZh: '图片超过大小上限' }
    return { data, file: `${path.basename(pageFile, path.extname(pageFile))}-图.${m[1]!.replace('jpeg', 'jpg')}` }
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) && !src.startsWith('file:')) {
    return { file: src.slice(0, 200), reason: 'on the web, not saved with the page (nothing is downloaded)', reasonZh: '图片在网上，未随网页保存（系统不下载网络图片）' }
  }
  const name = decodeURIComponent(src.replace(/[?#].*$/, ''))
  if (!folder) {
    return { file: name, reason: 'not uploaded with the page (import the page and its folder with npm run import)', reasonZh: '图片未随网页一起上传（网页文件夹中的图片请用命令行导入，或在草稿中补充）' }
  }
  const dir = path.dirname(path.resolve(pageFile))
  const full = src.startsWith('file:') ? fileURLToPath(src) : path.resolve(dir, name)
  if (!full.startsWith(dir + path.sep)) return { file: name, reason: 'outside the page\'s folder, not read', reasonZh: '图片不在网页所在文件夹中，未读取' }
  const stat = await fs.stat(full).catch(() => null)
  if (!stat?.isFile()) return { file: name, reason: 'missing from the page\'s folder', reasonZh: '网页文件夹中找不到这张图片' }
  if (stat.size > limits.imageBytes) return { file: name, reason: `${Math.round(stat.size / 1024 / 1024)} MB, over the photo limit`, reasonZh: '图片超过大小上限' }
  return { data: await fs.readFile(full), file: path.relative(dir, full) }
}

/**
 * `发布时间：2026年4月28日　来源：青禾工会` under the headline, from the page's header, for the
 * parser to read the date (and the account, unless the article names its own source) as on any page.
 * Nothing is added when the page gave no readable date.
 */
function withPostedLine(text: string, posted: string | null, account: string | null): string {
  const day = posted ? findDate(posted) : null
  if (!posted || !day || day.day === null) return text
  const source = account && !/(?:来源|來源|稿源|出处)\s*[:：]/.test(text) ? `　来源：${account}` : ''
  const line = `发布时间：${day.year}年${day.month}月${day.day}日${source}`
  const lines = text.split('\n')
  const at = lines[0]?.startsWith('# ') ? 1 : 0
  return [...lines.slice(0, at), '', line, ...lines.slice(at)].join('\n')
}

export async function readSavedPage(bytes: Uint8Array, file: string, limits: IntakeLimits, options: { folder: boolean }): Promise<Intake> {
  const html = decodePage(bytes)
  const { document } = parseHTML(html)
  for (const el of Array.from(document.querySelectorAll('script, style, noscript, template, iframe, object, embed, form, link, meta[http-equiv]'))) el.remove()
  const title = document.querySelector('title')?.textContent?.trim() ?? null
  // When and where the page was posted, which Readability leaves out with the page's header: a
  // WeChat article's time and account (`#publish_time`, `#js_name`), or the page's meta tags.
  const textOf = (selector: string) => document.querySelector(selector)?.textContent?.trim() || null
  const metaOf = (property: string) => document.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content')?.trim() || null
  const posted = textOf('#publish_time') ?? metaOf('article:published_time')
  const account = textOf('#js_name') ?? metaOf('og:site_name')
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse()
  const content = article?.content ?? document.body?.innerHTML ?? ''
  const flow = flowToText(readFlow(content), { title: article?.title?.trim() || title })
  flow.text = withPostedLine(flow.text, posted ?? article?.publishedTime ?? null, account ?? article?.siteName ?? null)

  const raw: RawImage[] = []
  const leftOut: LeftOutImage[] = []
  for (const image of flow.images) {
    const resolved = await resolveImage(image.src, file, options.folder, limits)
    if (!resolved) continue
    if ('reason' in resolved) leftOut.push({ ...resolved, caption: image.caption ?? null, credit: image.credit, after: image.after })
    else raw.push({ file: resolved.file, data: resolved.data, caption: image.caption ?? (image.alt?.trim() || null), credit: image.credit, after: image.after })
  }
  const admitted = await admitImages(raw, limits)
  return { format: 'html', text: flow.text, images: admitted.images, leftOut: [...leftOut, ...admitted.leftOut] }
}
