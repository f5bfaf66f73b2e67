import fs from 'node:fs'
import path from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
}

/** Embeds the pages may show: the allow-listed video players. */
const FRAME_SOURCES = 'https://player.bilibili.com https://v.qq.com https://player.youku.com'

export const SITE_SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "media-src 'self'",
    `frame-src ${FRAME_SOURCES}`,
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'SAMEORIGIN',
}

function cacheControl(rel: string): string {
  if (/^assets\/.+\.[0-9a-f]{10}\.(css|js)$/.test(rel)) return 'public, max-age=31536000, immutable'
  // Search index folders (shards and the merged index) are named after their content; their list is not.
  if (/^pagefind\/[\w-]+\.[0-9a-f]{10}\//.test(rel)) return 'public, max-age=31536000, immutable'
  if (rel.startsWith('media/')) return 'public, max-age=86400'
  return 'public, max-age=0, must-revalidate'
}

function notFound(root: string, method: string): Response {
  const file = path.join(root, '404.html')
  const body = fs.existsSync(file) ? fs.readFileSync(file) : '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>网站尚未发布</title><p>网站尚未发布：请在管理后台发布内容，或运行 npm run publish。</p>'
  return new Response(method === 'HEAD' ? null : body, { status: 404, headers: { ...SITE_SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } })
}

/**
 * Answer a GET/HEAD for the static site from `siteDir`: directory URLs get their index.html, a
 * directory without the slash is redirected, ranges are honoured (video seeking), nothing outside
 * the site folder or starting with a dot is ever served.
 */
export function serveSite(siteDir: string, request: Request): Response {
  const method = request.method.toUpperCase()
  if (method !== 'GET' && method !== 'HEAD') return new Response('Method Not Allowed', { status: 405, headers: { Allow: 'GET, HEAD' } })
  let root: string
  try {
    root = fs.realpathSync(siteDir)
  } catch {
    return notFound(siteDir, method)
  }
  const url = new URL(request.url)
  let rel: string
  try {
    rel = decodeURIComponent(url.pathname).replace(/^\/+/, '')
  } catch {
    return notFound(root, method)
  }
  if (rel.split('/').some((seg) => seg.startsWith('.')) || rel.includes('\0')) return notFound(root, method)
  let file = path.join(root, rel)
  if (!file.startsWith(root + path.sep) && file !== root) return notFound(root, method)
  let stat = fs.statSync(/* turbopackIgnore: true */ file, { throwIfNoEntry: false })
  if (stat?.isDirectory()) {
    if (!url.pathname.endsWith('/')) return new Response(null, { status: 308, headers: { Location: `${url.pathname}/${url.search}` } })
    file = path.join(file, 'index.html')
    rel = path.join(rel, 'index.html')
    stat = fs.statSync(/* turbopackIgnore: true */ file, { throwIfNoEntry: false })
  }
  if (!stat?.isFile()) return notFound(root, method)

  const headers: Record<string, string> = {
    ...SITE_SECURITY_HEADERS,
    'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Cache-Control': cacheControl(rel),
    'Last-Modified': stat.mtime.toUTCString(),
    ETag: `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`,
    'Accept-Ranges': 'bytes',
  }
  if (request.headers.get('if-none-match') === headers.ETag) return new Response(null, { status: 304, headers })

  const range = request.headers.get('range')
  const match = range ? /^bytes=(\d*)-(\d*)$/.exec(range.trim()) : null
  if (range && match && (match[1] || match[2])) {
    let start = match[1] ? Number(match[1]) : Math.max(0, stat.size - Number(match[2]))
    let end = match[1] && match[2] ? Number(match[2]) : stat.size - 1
    end = Math.min(end, stat.size - 1)
    if (start > end || start >= stat.size) {
      return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${stat.size}` } })
    }
    headers['Content-Range'] = `bytes ${start}-${end}/${stat.size}`
    headers['Content-Length'] = String(end - start + 1)
    return new Response(method === 'HEAD' ? null : toWeb(file, start, end), { status: 206, headers })
  }
  headers['Content-Length'] = String(stat.size)
  if (method === 'HEAD') return new Response(null, { status: 200, headers })
  return new Response(toWeb(file, 0, stat.size - 1), { status: 200, headers })
}

function toWeb(file: string, start: number, end: number): BodyInit {
  // Small files are read at once; large ones (video) are streamed.
  if (end - start < 512 * 1024) {
    const fd = fs.openSync(file, 'r')
    try {
      const buf = Buffer.alloc(end - start + 1)
      fs.readSync(fd, buf, 0, buf.length, start)
      return new Uint8Array(buf) as unknown as BodyInit
    } finally {
      fs.closeSync(fd)
    }
  }
  const stream = fs.createReadStream(file, { start, end })
  return new ReadableStream<Uint8Array>({
    start(controller) {
      stream.on('data', (chunk) => controller.enqueue(new Uint8Array(chunk as Buffer)))
      stream.on('end', () => controller.close())
      stream.on('error', (err) => controller.error(err))
    },
    cancel() {
      stream.destroy()
    },
  })
}
