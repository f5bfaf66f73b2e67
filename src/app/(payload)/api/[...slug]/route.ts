import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { withApiCache } from '../../../../security/apiCache'

const restGet = REST_GET(config)

// Anonymous reads of public collections are answered from a short-lived cache (src/security/apiCache.ts).
export const GET = (request: Request, context: { params: Promise<{ slug: string[] }> }) =>
  withApiCache(request, () => restGet(request, context))
export const POST = REST_POST(config)
export const DELETE = REST_DELETE(config)
export const PATCH = REST_PATCH(config)
export const PUT = REST_PUT(config)
export const OPTIONS = REST_OPTIONS(config)
