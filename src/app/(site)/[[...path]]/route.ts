import { resolveSiteDir } from '../../../publish/paths'
import { serveSite } from '../../../publish/siteFiles'

// The published static site, served at / beside the admin (/admin) and API (/api). Any static web
// server or CDN can serve SITE_DIR instead (see README).
export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

const siteDir = resolveSiteDir()

export function GET(request: Request): Response {
  return serveSite(siteDir, request)
}

export function HEAD(request: Request): Response {
  return serveSite(siteDir, request)
}
