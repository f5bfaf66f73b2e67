import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { withApiCache } from '../../../../security/apiCache'
import { limitRest } from '../../../../security/requestLimits'

type Context = { params: Promise<{ slug: string[] }> }
type Handler = (request: Request, context: Context) => Promise<Response>

// The instance Payload's own handlers use (they call getPayload the same way).
const payload = () => getPayload({ config, cron: true })

/**
 * Every REST request first passes the request limits (src/security/requestLimits.ts: body size,
 * depth and limit bounds, bad ids and queries refused with 4xx, anonymous reads queued and timed);
 * anonymous reads of public collections are then answered from a short-lived cache
 * (src/security/apiCache.ts).
 */
const limited =
  (handler: Handler, cached = false): Handler =>
  (request, context) =>
    limitRest({ payload, request, handler: (limitedRequest) => handler(limitedRequest, context), cache: cached ? withApiCache : undefined })

export const GET = limited(REST_GET(config), true)
export const POST = limited(REST_POST(config))
export const DELETE = limited(REST_DELETE(config))
export const PATCH = limited(REST_PATCH(config))
export const PUT = limited(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
