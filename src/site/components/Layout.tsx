import type { ReactNode } from 'react'

import type { SiteContext } from '../context'

export type PageMeta = {
  title: string
  description?: string | null
  path: string
  image?: { url: string; width?: number | null; height?: number | null; alt?: string | null } | null
  type?: 'website' | 'article' | 'profile'
  jsonLd?: Record<string, unknown> | Record<string, unknown>[]
  feeds?: { title: string; href: string }[]
  noindex?: boolean
  scripts?: string[]
}

const NAV: [string, string][] = [
  ['/', '首页'],
  ['/articles/', '新闻报道'],
  ['/workers/', '劳模工匠'],
  ['/galleries/', '图片新闻'],
  ['/videos/', '视频'],
  ['/reviews/', '年度回眸'],
  ['/search/', '搜索'],
]

/**
 * JSON for a <script> element: "<" escaped so no "</script>" or "<!--" can close or bend it, and
 * U+2028/U+2029 escaped (not dropped) so older JavaScript parsers accept it and the text is kept.
 */
export const jsonForScript = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')

export function Layout({ ctx, meta, children }: { ctx: SiteContext; meta: PageMeta; children: ReactNode }) {
  const fullTitle = meta.path === '/' ? ctx.siteName : `${meta.title} - ${ctx.siteName}`
  const description = meta.description || ctx.description
  const canonical = ctx.abs(meta.path)
  return (
    <html lang="zh-CN">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={description} />
        <link rel="canonical" href={canonical} />
        {meta.noindex && <meta name="robots" content="noindex" />}
        <meta property="og:site_name" content={ctx.siteName} />
        <meta property="og:locale" content="zh_CN" />
        <meta property="og:type" content={meta.type ?? 'website'} />
        <meta property="og:title" content={meta.title} />
        <meta property="og:description" content={description} />
        <meta property="og:url" content={canonical} />
        {meta.image && <meta property="og:image" content={ctx.abs(meta.image.url)} />}
        {meta.image?.width && <meta property="og:image:width" content={String(meta.image.width)} />}
        {meta.image?.height && <meta property="og:image:height" content={String(meta.image.height)} />}
        {meta.image?.alt && <meta property="og:image:alt" content={meta.image.alt} />}
        <meta name="twitter:card" content={meta.image ? 'summary_large_image' : 'summary'} />
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href={ctx.assets.css} />
        <link rel="alternate" type="application/rss+xml" title={`${ctx.siteName} 最新内容`} href="/feed.xml" />
        {meta.feeds?.map((f) => <link key={f.href} rel="alternate" type="application/rss+xml" title={f.title} href={f.href} />)}
        {meta.jsonLd && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(meta.jsonLd) }} />}
      </head>
      <body>
        <a className="skip" href="#main">
          跳到正文
        </a>
        <header className="site-header">
          <div className="wrap">
            <a className="brand" href="/">
              {ctx.siteName}
            </a>
            <nav aria-label="主导航">
              <ul>
                {NAV.map(([href, label]) => (
                  <li key={href}>
                    <a href={href} aria-current={meta.path === href ? 'page' : undefined}>
                      {label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="wrap">
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>
              {ctx.siteName} · <a href="/feed.xml">RSS 订阅</a> · <a href="/sitemap.xml">网站地图</a>
            </p>
          </div>
        </footer>
        {meta.scripts?.map((src) => <script key={src} src={src} defer />)}
      </body>
    </html>
  )
}
