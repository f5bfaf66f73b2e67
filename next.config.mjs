import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Types are checked by `npm run typecheck`; the build does not need a second pass.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // The public site's URLs end in a slash (/articles/<slug>/); its handler redirects as needed.
  skipTrailingSlashRedirect: true,
  // Loaded by Node at run time rather than bundled: exifr loads fs/zlib lazily, which a bundle breaks.
  serverExternalPackages: ['exifr'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
