// An attacker's and a clumsy reader's requests against the static server (src/publish/siteFiles.ts):
// odd, encoded, over-long and non-UTF-8 paths, symlinks out of the site, dot-files and the
// publisher's own files beside the builds, directory redirects, ranges, conditional requests and
// methods. Every answer is a sane status with the site's security headers, never a file from
// outside the published site, never an exception.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { serveSite, SITE_SECURITY_HEADERS } from '../../../src/publish/siteFiles'

const SECRET = 'SECRET-NOT-FOR-READERS'
const VIDEO = Buffer.alloc(600 * 1024, 7)

let tmp: string
/** The live site: a symlink to a build folder, as the publisher leaves it. */
let siteDir: string

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'union-cms-serve-'))
  const build = path.join(tmp, 'site.builds', 'b1')
  const write = (rel: string, content: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(build, rel)), { recursive: true })
    fs.writeFileSync(path.join(build, rel), content)
  }
  write('index.html', '<!doctype html><title>首页</title>')
  write('404.html', '<!doctype html><title>页面不存在</title>')
  write('articles/a/index.html', '<!doctype html><title>文章</title>')
  write('媒体/index.html', '<!doctype html><title>中文目录</title>')
  write('media/劳模风采-合影.jpg', 'jpeg-bytes')
  write(`media/${'café'.normalize('NFC')}.jpg`, 'nfc-bytes')
  write('media/100%.jpg', 'percent-bytes')
  write('media/video.mp4', VIDEO)
  write('media/empty.txt', '')
  write('.env', `PAYLOAD_SECRET=${SECRET}`)
  write('.git/config', SECRET)
  // The publisher's own files beside the build, and a secret elsewhere on the machine.
  fs.writeFileSync(path.join(tmp, 'site.builds', 'status.json'), SECRET)
  fs.writeFileSync(path.join(tmp, 'site.builds', 'b1.manifest.json'), SECRET)
  fs.writeFileSync(path.join(tmp, 'site.lock'), SECRET)
  fs.writeFileSync(path.join(tmp, 'secret.txt'), SECRET)
  fs.mkdirSync(path.join(tmp, 'outside'))
  fs.writeFileSync(path.join(tmp, 'outside', 'index.html'), SECRET)
  // Symlinks out of the site that must not be followed…
  fs.symlinkSync(path.join(tmp, 'secret.txt'), path.join(build, 'media', 'link.jpg'))
  fs.symlinkSync('../../../outside', path.join(build, 'escape'), 'dir')
  fs.symlinkSync('/etc', path.join(build, 'etc'), 'dir')
  // …and the one that must: /pagefind is the search index beside the builds.
  fs.mkdirSync(path.join(tmp, 'site.search', 'all.0123456789'), { recursive: true })
  fs.mkdirSync(path.join(tmp, 'site.search', '.all.123.abc'), { recursive: true })
  fs.writeFileSync(path.join(tmp, 'site.search', 'shards.json'), '{"version":1,"shards":["all.0123456789"]}')
  fs.writeFileSync(path.join(tmp, 'site.search', 'all.0123456789', 'pagefind-entry.json'), '{}')
  fs.writeFileSync(path.join(tmp, 'site.search', '.all.123.abc', 'pagefind-entry.json'), SECRET)
  fs.symlinkSync('../../site.search', path.join(build, 'pagefind'), 'dir')
  siteDir = path.join(tmp, 'site')
  fs.symlinkSync('site.builds/b1', siteDir, 'dir')
})

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true })
})

/** One request, answered and read to the end (a hang fails the test by its timeout). */
async function get(pathAndQuery: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  const response = serveSite(siteDir, new Request(`http://localhost${pathAndQuery}`, { method: init.method ?? 'GET', headers: init.headers }))
  const body = Buffer.from(await response.arrayBuffer())
  return { status: response.status, headers: response.headers, body, text: body.toString('utf8') }
}

function expectSecurityHeaders(headers: Headers) {
  for (const [name, value] of Object.entries(SITE_SECURITY_HEADERS)) expect(headers.get(name), name).toBe(value)
}

describe('paths that try to leave the site', () => {
  it.each([
    ['/../secret.txt'],
    ['/%2e%2e/secret.txt'],
    ['/%2E%2E/%2e%2e/secret.txt'],
    ['/..%2fsecret.txt'],
    ['/articles/..%2f..%2f..%2fsecret.txt'],
    ['/%2e%2e%2f%2e%2e%2fsecret.txt'],
    ['/%252e%252e%252fsecret.txt'],
    ['/..\\..\\secret.txt'],
    ['/%5c..%5c..%5csecret.txt'],
    ['/..%5c..%5csecret.txt'],
    ['/pagefind/..%2f..%2fsite.builds%2fstatus.json'],
    ['/pagefind/%2e%2e/%2e%2e/site.lock'],
    ['/%2fetc%2fpasswd'],
    ['//etc/passwd'],
    ['/media/link.jpg'],
    ['/escape/'],
    ['/escape/index.html'],
    ['/etc/passwd'],
    ['/etc/hostname'],
  ])('answers 404 and no outside file for %s', async (p) => {
    const r = await get(p)
    expect(r.status).toBe(404)
    expect(r.text).not.toContain(SECRET)
    expect(r.text).not.toMatch(/root:/)
    expectSecurityHeaders(r.headers)
  })

  it.each([['/.env'], ['/.git/config'], ['/.git/'], ['/%2eenv'], ['/pagefind/.all.123.abc/pagefind-entry.json'], ['/site.builds/status.json'], ['/b1.manifest.json'], ['/site.lock']])(
    'answers 404 for the dot-file or publisher file %s',
    async (p) => {
      const r = await get(p)
      expect(r.status).toBe(404)
      expect(r.text).not.toContain(SECRET)
      expectSecurityHeaders(r.headers)
    },
  )

  it('still serves the search index through the /pagefind symlink', async () => {
    const r = await get('/pagefind/shards.json')
    expect(r.status).toBe(200)
    expect(JSON.parse(r.text).shards).toEqual(['all.0123456789'])
    expect((await get('/pagefind/all.0123456789/pagefind-entry.json')).status).toBe(200)
  })
})

describe('paths that are merely odd', () => {
  it('answers 404, not 500, for %00 in a path', async () => {
    for (const p of ['/index.html%00', '/%00', '/media/%00.jpg', '/index.html%00.jpg']) {
      const r = await get(p)
      expect(r.status, p).toBe(404)
      expectSecurityHeaders(r.headers)
    }
  })

  it('answers 400, not 500, for invalid percent-encoding', async () => {
    for (const p of ['/%E4%B8', '/media/%E4%B8.jpg', '/%', '/%zz', '/%C0%AE%C0%AE/secret.txt', '/%ED%A0%80']) {
      const r = await get(p)
      expect(r.status, p).toBe(400)
      expectSecurityHeaders(r.headers)
    }
  })

  it('answers 404, not 500, for a 10 kB path and for an over-long file name', async () => {
    for (const p of [`/${'a/'.repeat(5000)}x.html`, `/${'a'.repeat(10_000)}`, `/media/${encodeURIComponent('长'.repeat(200))}.jpg`]) {
      const r = await get(p)
      expect(r.status).toBe(404)
      expectSecurityHeaders(r.headers)
    }
  })

  it('answers 404, not 500, for a path through a file (index.html/x)', async () => {
    const r = await get('/index.html/x')
    expect(r.status).toBe(404)
    expectSecurityHeaders(r.headers)
  })

  it('ignores the query string', async () => {
    const r = await get('/index.html?file=../../secret.txt&x=%00')
    expect(r.status).toBe(200)
    expect(r.text).toContain('首页')
  })

  it('serves media files with Chinese names, %, and in either Unicode normal form', async () => {
    expect((await get(`/media/${encodeURIComponent('劳模风采-合影.jpg')}`)).text).toBe('jpeg-bytes')
    expect((await get(`/media/${encodeURIComponent('100%.jpg')}`)).text).toBe('percent-bytes')
    expect((await get(`/media/${encodeURIComponent('café'.normalize('NFC'))}.jpg`)).text).toBe('nfc-bytes')
    // macOS and some clients send decomposed (NFD) names.
    const nfd = await get(`/media/${encodeURIComponent('café'.normalize('NFD'))}.jpg`)
    expect(nfd.status).toBe(200)
    expect(nfd.text).toBe('nfc-bytes')
  })
})

describe('directories', () => {
  it('redirects a directory without its slash, keeping the query', async () => {
    const r = await get('/articles/a?from=rss')
    expect(r.status).toBe(308)
    expect(r.headers.get('location')).toBe('/articles/a/?from=rss')
    expectSecurityHeaders(r.headers)
  })

  it('never redirects to another host (//articles would be protocol-relative)', async () => {
    for (const p of ['//articles', '///articles/a', '/\\articles']) {
      const r = await get(p)
      if (r.status === 308) expect(r.headers.get('location'), p).toMatch(/^\/[^/\\]/)
      else expect(r.status).toBe(404)
    }
  })

  it('redirects a directory with a Chinese name (percent-encoded Location, no exception)', async () => {
    const r = await get(`/${encodeURIComponent('媒体')}`)
    expect(r.status).toBe(308)
    expect(r.headers.get('location')).toBe(`/${encodeURIComponent('媒体')}/`)
    expect((await get(r.headers.get('location')!)).text).toContain('中文目录')
  })

  it('serves index.html for the directory and by its own name, and lists no directory', async () => {
    expect((await get('/articles/a/')).text).toContain('文章')
    expect((await get('/articles/a/index.html')).status).toBe(200)
    expect((await get('/media/')).status).toBe(404)
  })
})

describe('ranges', () => {
  it('answers a simple and a suffix range with 206', async () => {
    const a = await get('/media/video.mp4', { headers: { range: 'bytes=0-9' } })
    expect(a.status).toBe(206)
    expect(a.headers.get('content-range')).toBe(`bytes 0-9/${VIDEO.length}`)
    expect(a.body.length).toBe(10)
    const b = await get('/media/video.mp4', { headers: { range: 'bytes=-5' } })
    expect(b.status).toBe(206)
    expect(b.body.length).toBe(5)
    const c = await get('/media/video.mp4', { headers: { range: `bytes=${VIDEO.length - 3}-99999999999` } })
    expect(c.status).toBe(206)
    expect(c.body.length).toBe(3)
  })

  it.each([['bytes=abc'], ['bytes=--5'], ['bytes=5'], ['items=0-5'], ['bytes=0-1,4-5'], ['bytes= 0 - 5 x'], ['bytes=1.5-2'], ['bytes=0x10-20']])(
    'ignores the malformed or multiple range %j and answers the whole file',
    async (range) => {
      const r = await get('/media/video.mp4', { headers: { range } })
      expect(r.status).toBe(200)
      expect(r.body.length).toBe(VIDEO.length)
      expectSecurityHeaders(r.headers)
    },
  )

  it.each([[`bytes=${VIDEO.length}-`], ['bytes=99999999999999999999999-'], ['bytes=-0'], ['bytes=10-5']])('answers 416 for the unsatisfiable range %j', async (range) => {
    const r = await get('/media/video.mp4', { headers: { range } })
    expect(r.status).toBe(416)
    expect(r.headers.get('content-range')).toBe(`bytes */${VIDEO.length}`)
    expectSecurityHeaders(r.headers)
  })

  it('answers 416 for any range of an empty file', async () => {
    expect((await get('/media/empty.txt', { headers: { range: 'bytes=0-' } })).status).toBe(416)
    expect((await get('/media/empty.txt')).status).toBe(200)
  })
})

describe('large files', () => {
  it('reads a large file only as fast as a slow reader takes it', async () => {
    const big = path.join(fs.realpathSync(siteDir), 'media', 'big.mp4')
    fs.closeSync(fs.openSync(big, 'w'))
    fs.truncateSync(big, 64 * 1024 * 1024)
    let readBytes = 0
    const original = fs.createReadStream
    const spy = vi.spyOn(fs, 'createReadStream').mockImplementation(((...args: Parameters<typeof fs.createReadStream>) => {
      const stream = original(...args)
      stream.on('data', (chunk) => (readBytes += chunk.length))
      return stream
    }) as typeof fs.createReadStream)
    try {
      const response = serveSite(siteDir, new Request('http://localhost/media/big.mp4'))
      const reader = response.body!.getReader()
      await reader.read()
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(readBytes).toBeGreaterThan(0)
      expect(readBytes).toBeLessThan(4 * 1024 * 1024)
      await reader.cancel()
    } finally {
      spy.mockRestore()
      fs.rmSync(big)
    }
  })
})

describe('conditional requests, HEAD and methods', () => {
  it('answers 304 for the ETag, a list holding it, its weak form and *', async () => {
    const first = await get('/index.html')
    const etag = first.headers.get('etag')!
    for (const value of [etag, `"nope", ${etag}`, `W/${etag}`, '*']) {
      const r = await get('/index.html', { headers: { 'if-none-match': value } })
      expect(r.status, value).toBe(304)
      expect(r.body.length).toBe(0)
      expectSecurityHeaders(r.headers)
    }
  })

  it.each([['garbage'], ['""'], ['W/'], [','], ['"x'.repeat(2000)]])('answers 200 for the odd If-None-Match %j', async (value) => {
    const r = await get('/index.html', { headers: { 'if-none-match': value } })
    expect(r.status).toBe(200)
  })

  it('answers HEAD with the headers and no body', async () => {
    const r = await get('/media/video.mp4', { method: 'HEAD' })
    expect(r.status).toBe(200)
    expect(r.headers.get('content-length')).toBe(String(VIDEO.length))
    expect(r.body.length).toBe(0)
    expectSecurityHeaders(r.headers)
    expect((await get('/nothing-here', { method: 'HEAD' })).body.length).toBe(0)
  })

  it.each([['POST'], ['PUT'], ['DELETE'], ['PATCH'], ['OPTIONS'], ['PROPFIND']])('answers %s with 405, Allow and the security headers', async (method) => {
    const r = await get('/index.html', { method })
    expect(r.status).toBe(405)
    expect(r.headers.get('allow')).toBe('GET, HEAD')
    expectSecurityHeaders(r.headers)
  })
})

describe('a site that is not there', () => {
  it('answers 404 with the security headers when SITE_DIR does not exist yet', async () => {
    const r = serveSite(path.join(tmp, 'never-published'), new Request('http://localhost/'))
    expect(r.status).toBe(404)
    expect(await r.text()).toContain('网站尚未发布')
    expectSecurityHeaders(r.headers)
  })
})
