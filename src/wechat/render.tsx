/**
 * A document as a WeChat draft (草稿): title, author, digest, content HTML, 阅读原文 address,
 * cover and the photos the content shows. The kind's entry in WECHAT_KINDS (kinds.tsx) draws the
 * content; this file wraps it in the house style, turns it into HTML and fills in the fields
 * around it within WeChat's limits (rules.ts). The caller decides where images point
 * (`imageURL`): the site's copy for a preview, WeChat's uploadimg address for a push.
 */
import { createRequire } from 'node:module'
import path from 'node:path'

import type { Honor, Media, Organization, Topic } from '../../payload-types'
import { fallbackFilename } from '../media/derivatives'
import { mediaPublicBase } from '../media/s3Settings'
import type { PublishableSlug } from '../kinds'
import type { SiteDoc } from '../site/context'
import { docPath } from '../site/urls'
import { WECHAT_KINDS } from './kinds'
import { checkWeChatArticle, cutToCharacters, WECHAT_AUTHOR_MAX, WECHAT_DIGEST_MAX, WeChatRuleError, type WeChatProblem } from './rules'
import { ROOT } from './styles'

/**
 * React's static renderer, loaded by Node at run time rather than bundled. This file is reached from
 * payload.config.ts (the preview and push routes), which Next.js compiles into the admin's server
 * components, and Next refuses `react-dom/server` in that graph ("You're importing a component that
 * imports react-dom/server"). Rendering a WeChat article is not a server component: it is plain
 * string output, as the site's publisher does in its own process (src/publish/render.tsx).
 */
const nodeRequire = createRequire(path.join(/* turbopackIgnore: true */ process.cwd(), 'package.json'))
const { renderToStaticMarkup } = nodeRequire(/* turbopackIgnore: true */ 'react-dom/server') as typeof import('react-dom/server')

/** What rendering a document may look up. Built by data.ts from the database, or by a test. */
export type WeChatContext = {
  /** The public site's address, without a trailing slash (https://www.example.org). */
  siteURL: string
  media(id: unknown): Media | null
  /** A document by kind and id (the site's version of it), or null. */
  doc<K extends PublishableSlug>(kind: K, id: unknown): SiteDoc<K> | null
  org(id: unknown): Organization | null
  honor(id: unknown): Honor | null
  topic(id: unknown): Topic | null
  /** The address an image in the content points at; '' leaves the photo out. */
  imageURL(media: Media): string
}

export type WeChatArticle = {
  /** The 短标题（公众号） when set, else the title; checked, never cut (rules.ts says what to do). */
  title: string
  titleSource: 'title' | 'shortTitle'
  /** The reporters' names, cut to 16 characters. */
  author: string
  /** The summary or lead (or the text's start), cut to 128 characters. */
  digest: string
  /** The content's HTML: inline styles in `<section>`s, no classes, scripts or links. */
  content: string
  /** The piece's page on the site (阅读原文). */
  contentSourceURL: string
  /** The photo the draft's cover is made from. */
  cover: Media | null
  /** Every photo the content shows, in order, once each. */
  images: Media[]
}

/** Preference of sizes for the content's images: `feature` keeps the photo's own shape at 1024px. */
const CONTENT_SIZES = ['feature', 'hero', 'card', 'social', 'thumbnail'] as const

/**
 * The address of a photo's copy on the public site, for previews and copying into WeChat's
 * editor: the JPEG beside the best-fitting WebP size (src/media/derivatives.ts), else the upload
 * itself. WeChat takes JPEG and PNG (uploadimg), not WebP, and phones need no more than 1024px.
 */
export function publicImageURL(siteURL: string, media: Media): string {
  const name = photoCopies(media)[0]
  // With MEDIA_S3_PUBLIC_URL the site links photos in the object store, and has no copies of its own.
  return name ? `${mediaPublicBase() ?? `${siteURL.replace(/\/+$/, '')}/media`}/${encodeURIComponent(name)}` : ''
}

/** A photo's files WeChat can take, best first: the JPEG beside each size (CONTENT_SIZES order), then the upload. */
export function photoCopies(media: Media): string[] {
  const names = CONTENT_SIZES.map((size) => media.sizes?.[size]?.filename)
    .filter((n): n is string => Boolean(n))
    .map(fallbackFilename)
  return media.filename ? [...names, media.filename] : names
}

/** The author field: whole names while they fit in 16 characters; a longer first name is cut. */
function authorOf(names: string[]): string {
  let out = ''
  for (const name of names) {
    const next = out ? `${out} ${name}` : name
    if (cutToCharacters(next, WECHAT_AUTHOR_MAX) !== next) break
    out = next
  }
  return out || cutToCharacters(names[0] ?? '', WECHAT_AUTHOR_MAX)
}

/**
 * React 19's server renderer puts a `<link rel="preload" as="image">` before the markup for every
 * `<img>` (facebook/react#34217; the opt-outs it offers, `loading="lazy"` or `fetchPriority`,
 * would put attributes of their own into the draft). A draft takes no `<link>`, so the run of
 * them before the piece's own `<section>` is cut off; checkWeChatArticle would refuse any left.
 * Can go if React stops adding them to renderToStaticMarkup's output.
 */
const IMAGE_PRELOADS = /^(?:<link rel="preload" as="image"[^>]*\/>)+/

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'" }
const unescape = (value: string) => value.replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_, e: string) => ENTITIES[e])

/**
 * A document as a WeChat draft. Does not check it: `renderWeChatChecked` does, or call
 * `checkWeChatArticle` (rules.ts) to show the problems beside a preview.
 */
export function renderWeChat<K extends PublishableSlug>(kind: K, doc: SiteDoc<K>, ctx: WeChatContext): WeChatArticle {
  const entry = WECHAT_KINDS[kind]
  // Every address handed out for an image, so the images can be listed in the order they appear.
  const shown = new Map<string, Media>()
  const recording: WeChatContext = {
    ...ctx,
    imageURL: (media) => {
      const url = ctx.imageURL(media)
      if (url && !shown.has(url)) shown.set(url, media)
      return url
    },
  }
  const content = renderToStaticMarkup(<section style={ROOT}>{entry.render(recording, doc)}</section>).replace(IMAGE_PRELOADS, '')
  const images: Media[] = []
  const seen = new Set<string>()
  for (const [, src] of content.matchAll(/<img\b[^>]*?\ssrc="([^"]*)"/g)) {
    const media = shown.get(unescape(src))
    if (media && !seen.has(String(media.id))) {
      seen.add(String(media.id))
      images.push(media)
    }
  }
  const cover = ctx.media(entry.cover(doc))
  const shortTitle = doc.shortTitle?.trim()
  const siteURL = ctx.siteURL.replace(/\/+$/, '')
  return {
    title: shortTitle || entry.title(doc).trim(),
    titleSource: shortTitle ? 'shortTitle' : 'title',
    author: authorOf(entry.authors(ctx, doc)),
    digest: cutToCharacters(entry.digest(ctx, doc).replace(/\s+/g, ' ').trim(), WECHAT_DIGEST_MAX, '…'),
    content,
    contentSourceURL: doc.slug ? `${siteURL}${docPath(kind, doc.slug)}` : '',
    cover: cover && (cover.mimeType ?? '').startsWith('image/') ? cover : (images[0] ?? null),
    images,
  }
}

/** `renderWeChat`, refused with a `WeChatRuleError` (the problems in Chinese) when WeChat would refuse it. */
export function renderWeChatChecked<K extends PublishableSlug>(kind: K, doc: SiteDoc<K>, ctx: WeChatContext): WeChatArticle {
  const article = renderWeChat(kind, doc, ctx)
  const problems: WeChatProblem[] = checkWeChatArticle(article)
  if (problems.length) throw new WeChatRuleError(problems)
  return article
}
