import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { limitGraphQL } from '../../../../security/graphqlLimits'

const graphqlPost = GRAPHQL_POST(config)

// Body size, syntax and the counts of aliases, fields and arguments are checked first
// (src/security/graphqlLimits.ts); anonymous queries are then queued and timed.
export const POST = (request: Request) => limitGraphQL({ payload: () => getPayload({ config, cron: true }), request, handler: graphqlPost })
export const OPTIONS = REST_OPTIONS(config)
