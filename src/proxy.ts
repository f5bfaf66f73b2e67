import { NextResponse, type NextRequest } from 'next/server'

/**
 * Chinese by default: a request to the admin or API without a language chosen in the admin
 * (Payload's `payload-lng` cookie) is answered in Chinese whatever the browser's own language, so
 * an editor on an English-language system still gets the Chinese admin. Choosing English in the
 * account settings sets the cookie and wins.
 */
export function proxy(request: NextRequest): NextResponse {
  if (request.cookies.has('payload-lng')) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('accept-language', 'zh-CN,zh;q=0.9')
  return NextResponse.next({ request: { headers } })
}

export const config = { matcher: ['/admin/:path*', '/admin', '/api/:path*'] }
