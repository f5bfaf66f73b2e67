// Every route the running configuration exposes: each collection's REST endpoints (Payload's own
// and custom ones), the root endpoints, every GraphQL query and mutation, the admin's server
// functions and the jobs queue's tasks. The route × role test (tests/int/route-table.int.spec.ts)
// requires a rule for each one, so a route added later without a rule fails it.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import type { SanitizedConfig } from 'payload'

export type RestRoute = { kind: 'rest'; collection: string | null; method: string; path: string; key: string }
export type GraphQLRoute = { kind: 'graphql'; type: 'query' | 'mutation'; name: string; key: string }
export type NamedRoute = { kind: 'server-function' | 'task'; name: string; key: string }
export type Route = RestRoute | GraphQLRoute | NamedRoute

export function restRoutes(config: SanitizedConfig): RestRoute[] {
  const routes: RestRoute[] = []
  for (const collection of config.collections) {
    for (const endpoint of collection.endpoints || []) {
      const method = String(endpoint.method).toUpperCase()
      routes.push({ kind: 'rest', collection: collection.slug, method, path: endpoint.path, key: `${method} /api/${collection.slug}${endpoint.path}` })
    }
  }
  for (const endpoint of config.endpoints || []) {
    const method = String(endpoint.method).toUpperCase()
    routes.push({ kind: 'rest', collection: null, method, path: endpoint.path, key: `${method} /api${endpoint.path}` })
  }
  return routes
}

export async function graphQLRoutes(config: SanitizedConfig) {
  const { configToSchema } = await import('@payloadcms/graphql')
  const { schema } = configToSchema(config)
  const routes: GraphQLRoute[] = []
  for (const [type, root] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    for (const name of Object.keys(root?.getFields() ?? {})) routes.push({ kind: 'graphql', type, name, key: `graphql ${type} ${name}` })
  }
  return { routes, schema }
}

/**
 * The admin's server functions: Payload's built-in map (read from the installed @payloadcms/next,
 * which does not export it) plus the ones this project passes in (src/workflow/serverFunctions.ts).
 */
export function serverFunctionRoutes(projectFunctions: Record<string, unknown>): NamedRoute[] {
  // The package's exports hide its files; find its folder from an entry point it does export.
  const require = createRequire(import.meta.url)
  const entry = require.resolve('@payloadcms/next/layouts')
  const root = entry.slice(0, entry.lastIndexOf(`${path.sep}dist${path.sep}`))
  const file = path.join(root, 'dist', 'utilities', 'handleServerFunctions.js')
  const source = fs.readFileSync(file, 'utf8')
  const block = source.match(/const baseServerFunctions = \{([\s\S]*?)\};/)
  if (!block) throw new Error(`cannot find Payload's server function map in ${file}: read the new version and update this helper`)
  const names = [...block[1]!.matchAll(/^\s*'?([\w-]+)'?\s*:/gm)].map((m) => m[1]!)
  return [...new Set([...names, ...Object.keys(projectFunctions)])].map((name) => ({ kind: 'server-function', name, key: `server-function ${name}` }))
}

export function taskRoutes(config: SanitizedConfig): NamedRoute[] {
  return (config.jobs?.tasks ?? []).map((task) => ({ kind: 'task', name: task.slug, key: `task ${task.slug}` }))
}
