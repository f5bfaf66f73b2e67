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

/** File-system refusals that mean "no such page" for a path a reader typed, never a server fault. */
const PATH_ERRORS = new Set(['ENOENT', 'ENOTDIR', 'ENAMETOOLONG', 'ELOOP', 'EISDIR', 'EACCES', 'EPERM', 'ERR_INVALID_ARG_VALUE', 'ERR_INVALID_ARG_TYPE'])

/** Longest URL path looked up at all (Linux PATH_MAX); longer ones cannot name a file. */
const MAX_PATH_BYTES = 4096

function plain(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, { status, headers: { ...SITE_SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra } })
}

function notFound(root: string, method: string): Response {
  let body = Buffer.from('<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>网站尚未发布</title><p>网站尚未发布：请在管理后台发布内容，或运行 npm run publish。</p>')
  try {
    body = fs.readFileSync(path.join(root, '404.html'))
  } catch {
    // No site yet (or no 404 page): the built-in text.
  }
  return new Response(method === 'HEAD' ? null : (new Uint8Array(body) as unknown as BodyInit), {
    status: 404,
    headers: { ...SITE_SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}

/** `If-None-Match` holds this ETag: `*`, a comma-separated list, weak (`W/`) or strong forms alike. */
function etagMatches(header: string, etag: string): boolean {
  if (header.trim() === '*') return true
  const opaque = etag.replace(/^W\//, '')
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque)
}

/** `bytes=a-b`, `bytes=a-` or `bytes=-n`; anything else (several ranges, other units, junk) is ignored. */
function parseRange(header: string | null, size: number): { start: number; end: number } | 'unsatisfiable' | null {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null
  if (!match || (!match[1] && !match[2])) return null
  const start = match[1] ? Number(match[1]) : Math.max(0, size - Number(match[2]))
  const end = Math.min(match[1] && match[2] ? Number(match[2]) : size - 1, size - 1)
  if (start > end || start >= size) return 'unsatisfiable'
  return { start, end }
}

/**
 * Answer a GET/HEAD for the static site from `siteDir`: directory URLs get their index.html, a
 * directory without the slash is redirected, ranges are honoured (video seeking), nothing outside
 * the site folder or starting with a dot is ever served.
 *
 * Every answer carries the security headers. A URL that is not valid percent-encoded UTF-8 is 400;
 * a path the file system refuses (too long, through a file, a symlink loop, a NUL byte) is 404,
 * not an exception; a file reached through a symlink must still lie inside the site, except that
 * `/pagefind/` leads to the search index beside the builds (`<SITE_DIR>.search`). A name not found
 * as sent is looked up in the other Unicode normal form (NFC/NFD). Each case is pinned in
 * tests/unit/site/serve-attacks.spec.ts.
 */
export function serveSite(siteDir: string, request: Request): Response {
  const method = request.method.toUpperCase()
  if (method !== 'GET' && method !== 'HEAD') return plain(405, 'Method Not Allowed', { Allow: 'GET, HEAD' })
  let root: string
  try {
    root = fs.realpathSync.native(siteDir)
  } catch {
    return notFound(siteDir, method)
  }
  try {
    return answer(siteDir, root, request, method)
  } catch (err) {
    if (PATH_ERRORS.has((err as NodeJS.ErrnoException).code ?? '')) return notFound(root, method)
    throw err
  }
}

function answer(siteDir: string, root: string, request: Request, method: string): Response {
  const url = new URL(request.url)
  let decoded: string
  try {
    decoded = decodeURIComponent(url.pathname)
  } catch {
    return plain(400, 'Bad Request: the address is not valid percent-encoded UTF-8.')
  }
  if (Buffer.byteLength(decoded) > MAX_PATH_BYTES) return notFound(root, method)
  let rel = decoded.replace(/^\/+/, '')
  // Dot-files and dot-segments, NUL bytes and backslashes never name a published file.
  if (rel.split('/').some((seg) => seg.startsWith('.')) || /[\0\\]/.test(rel)) return notFound(root, method)

  let file = path.join(root, rel)
  let stat = fs.statSync(/* turbopackIgnore: true */ file, { throwIfNoEntry: false })
  if (!stat) {
    // A name written in one Unicode normal form and asked for in the other (macOS sends NFD).
    for (const form of ['NFC', 'NFD'] as const) {
      const other = rel.normalize(form)
      if (other === rel) continue
      const otherStat = fs.statSync(/* turbopackIgnore: true */ path.join(root, other), { throwIfNoEntry: false })
      if (otherStat) {
        rel = other
        file = path.join(root, other)
        stat = otherStat
        break
      }
    }
  }
  if (stat?.isDirectory()) {
    // Built from the (already percent-encoded) path with its leading slashes collapsed: "//host"
    // would be a protocol-relative redirect to another site.
    if (!url.pathname.endsWith('/')) return new Response(null, { status: 308, headers: { ...SITE_SECURITY_HEADERS, Location: `/${url.pathname.replace(/^\/+/, '')}/${url.search}` } })
    file = path.join(file, 'index.html')
    rel = path.join(rel, 'index.html')
    stat = fs.statSync(/* turbopackIgnore: true */ file, { throwIfNoEntry: false })
  }
  if (!stat?.isFile() || !insideSite(siteDir, root, rel, file)) return notFound(root, method)

  const headers: Record<string, string> = {
    ...SITE_SECURITY_HEADERS,
    'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Cache-Control': cacheControl(rel),
    'Last-Modified': stat.mtime.toUTCString(),
    ETag: `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`,
    'Accept-Ranges': 'bytes',
  }
  const ifNoneMatch = request.headers.get('if-none-match')
  if (ifNoneMatch && etagMatches(ifNoneMatch, headers.ETag)) return new Response(null, { status: 304, headers })

  const range = parseRange(request.headers.get('range'), stat.size)
  if (range === 'unsatisfiable') return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${stat.size}` } })
  if (range) {
    headers['Content-Range'] = `bytes ${range.start}-${range.end}/${stat.size}`
    headers['Content-Length'] = String(range.end - range.start + 1)
    return new Response(method === 'HEAD' ? null : toWeb(file, range.start, range.end), { status: 206, headers })
  }
  headers['Content-Length'] = String(stat.size)
  if (method === 'HEAD') return new Response(null, { status: 200, headers })
  return new Response(toWeb(file, 0, stat.size - 1), { status: 200, headers })
}

/**
 * Whether the file, with every symlink resolved, lies in the site folder (or, for `/pagefind/…`,
 * in the search index the publisher links there). A symlink put into a build cannot publish
 * anything else on the machine.
 */
function insideSite(siteDir: string, root: string, rel: string, file: string): boolean {
  const real = fs.realpathSync.native(file)
  if (real.startsWith(root + path.sep)) return true
  if (!rel.startsWith('pagefind/')) return false
  let search: string
  try {
    search = fs.realpathSync.native(`${path.resolve(siteDir)}.search`)
  } catch {
    return false
  }
  return real.startsWith(search + path.sep)
}

function toWeb(file: string, start: number, end: number): BodyInit {
  // Opened now, so a file removed a moment later (an old build pruned) is still answered whole.
  const fd = fs.openSync(file, 'r')
  // Small files are read at once; large ones (video) are streamed.
  if (end - start < 512 * 1024) {
    try {
      const buf = Buffer.alloc(end - start + 1)
      fs.readSync(fd, buf, 0, buf.length, start)
      return new Uint8Array(buf) as unknown as BodyInit
    } finally {
      fs.closeSync(fd)
    }
  }
  const stream = fs.createReadStream(file, { fd, start, end, autoClose: true })
  // Read only as fast as the reader takes it: a slow reader of a 1 GB video must not make the
  // server buffer the whole file.
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        stream.on('data', (chunk) => {
          controller.enqueue(new Uint8Array(chunk as Buffer))
          if ((controller.desiredSize ?? 0) <= 0) stream.pause()
        })
        stream.on('end', () => controller.close())
        stream.on('error', (err) => controller.error(err))
      },
      pull() {
        stream.resume()
      },
      cancel() {
        stream.destroy()
      },
    },
    { highWaterMark: 4 },
  )
}
