import { withPayload } from '@payloadcms/next/withPayload'

/**
 * Headers for the admin and the API. The admin is a Next.js app: its pages carry inline bootstrap
 * scripts and styles, so the policy allows inline code from this origin only — no other origin may
 * supply scripts, frame the admin or receive form posts. (The public site's stricter headers are
 * set where it is served: src/publish/siteFiles.ts.)
 */
const ADMIN_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' https://player.bilibili.com https://v.qq.com https://player.youku.com",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ')

const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Types are checked by `npm run typecheck`; the build does not need a second pass.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // The public site's URLs end in a slash (/articles/<slug>/); its handler redirects as needed.
  skipTrailingSlashRedirect: true,
  // Loaded by Node at run time rather than bundled: exifr loads fs/zlib lazily, which a bundle breaks.
  serverExternalPackages: ['exifr'],
  async headers() {
    return [
      { source: '/admin/:path*', headers: [...SECURITY_HEADERS, { key: 'Content-Security-Policy', value: ADMIN_CSP }] },
      { source: '/admin', headers: [...SECURITY_HEADERS, { key: 'Content-Security-Policy', value: ADMIN_CSP }] },
      // API answers are data; the one HTML answer (the sign-off sheet) uses inline styles only.
      { source: '/api/:path*', headers: [...SECURITY_HEADERS, { key: 'Content-Security-Policy', value: "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'" }] },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
