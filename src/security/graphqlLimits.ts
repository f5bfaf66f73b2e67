/**
 * What one GraphQL request may cost. Payload's complexity limit counts a field once however often it
 * is aliased, so 500 aliases of `Articles { docs { id } }` (complexity ≈ 500 × 2) passed and ran 500
 * database reads; a rich-text `body(depth: 10)` argument filled relations ten levels deep (80 s on
 * the demo). Counted here, on the parsed document, with fragments expanded:
 *
 * | bound | anonymous | logged-in staff |
 * | --- | --- | --- |
 * | aliases | 50 | 50 |
 * | fields selected | 500 | 500 |
 * | top-level queries (each one a database read) | 20 | 20 |
 * | `depth:` argument (rich text) | ≤ 2 | ≤ 4 |
 * | `limit:` argument | 1–100, no `pagination: false` | as asked |
 * | body | 2 MB (413), JSON only | same |
 *
 * `limitGraphQL` (called by `src/app/(payload)/api/graphql/route.ts`) refuses a request over a bound
 * with 400 and the reasons before Payload runs it; `graphQLLimitRule` applies the same count as a
 * validation rule of the schema (`graphQLConfig`), so the bounds hold however the handler is called.
 */
import {
  GraphQLError,
  Kind,
  parse,
  type ASTVisitor,
  type DocumentNode,
  type ExecutionArgs,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql'
import type { Payload, TypedUser } from 'payload'

import { installRequestBudget, runAnonymous, runWithBudget, ServerBusyError, ANONYMOUS_DEADLINE_MS } from './requestBudget'
import { bodyLimit, declaredLength } from './bodyLimits'
import { boundedResponse, errorResponse, readBodyWithin, requestUser, REQUEST_LIMITS } from './requestLimits'

export const GRAPHQL_LIMITS = {
  aliases: 50,
  fields: 500,
  rootFields: 20,
  /** Tokens the parser reads at most (a 2 MB query of `a a a …` would otherwise be parsed whole). */
  tokens: 20_000,
} as const

type Bounds = { depth: number; limit: number | null }

/** The bounds for who asks: anonymous readers get less. */
export function graphQLBounds(user: TypedUser | null | undefined): Bounds {
  return user ? { depth: REQUEST_LIMITS.staff.depth, limit: null } : { depth: REQUEST_LIMITS.anonymous.depth, limit: REQUEST_LIMITS.anonymous.limit }
}

type Count = { aliases: number; fields: number; roots: number; problems: string[] }

function literal(node: ValueNode, variables: Record<string, unknown> | null | undefined): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables?.[node.name.value]
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value)
    case Kind.BOOLEAN:
      return node.value
    case Kind.STRING:
    case Kind.ENUM:
      return node.value
    default:
      return undefined
  }
}

/**
 * Count aliases, fields and top-level queries of the operation that will run (fragments expanded;
 * a fragment's count is computed once, so fragment "bombs" cost nothing to count), and check the
 * `depth`, `limit` and `pagination` arguments against `bounds`.
 */
export function countDocument(document: DocumentNode, variables: Record<string, unknown> | null | undefined, bounds: Bounds, operationName?: string | null): Count {
  const fragments = new Map<string, FragmentDefinitionNode>()
  const operations: OperationDefinitionNode[] = []
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition)
  }
  const selected = operationName ? operations.filter((o) => o.name?.value === operationName) : operations.length === 1 ? operations : []
  const problems = new Set<string>()
  const memo = new Map<string, { aliases: number; fields: number; roots: number }>()
  const CAP = 1e9

  const checkArguments = (args: readonly { name: { value: string }; value: ValueNode }[] | undefined, root: boolean) => {
    for (const arg of args ?? []) {
      const value = literal(arg.value, variables)
      if (arg.name.value === 'depth' && typeof value === 'number' && value > bounds.depth) {
        problems.add(`depth 不能超过 ${bounds.depth}（查询中为 ${value}）。`)
      }
      if (root && bounds.limit !== null && arg.name.value === 'limit' && typeof value === 'number' && (value > bounds.limit || value <= 0)) {
        problems.add(`limit 须在 1 到 ${bounds.limit} 之间（查询中为 ${value}）。`)
      }
      if (root && bounds.limit !== null && arg.name.value === 'pagination' && value === false) {
        problems.add('未登录时不能用 pagination: false 一次取出全部文档。')
      }
    }
  }

  const walk = (set: SelectionSetNode | undefined, root: boolean, visiting: Set<string>): { aliases: number; fields: number; roots: number } => {
    const total = { aliases: 0, fields: 0, roots: 0 }
    for (const selection of set?.selections ?? []) {
      let part: { aliases: number; fields: number; roots: number }
      if (selection.kind === Kind.FIELD) {
        checkArguments(selection.arguments, root)
        const inner = walk(selection.selectionSet, false, visiting)
        part = { aliases: inner.aliases + (selection.alias ? 1 : 0), fields: inner.fields + 1, roots: root ? 1 : 0 }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        part = walk(selection.selectionSet, root, visiting)
      } else {
        const name = selection.name.value
        const fragment = fragments.get(name)
        if (!fragment || visiting.has(name)) continue // unknown or cyclic: graphql's own validation says so
        const key = `${name}|${root}`
        let counted = memo.get(key)
        if (!counted) {
          visiting.add(name)
          counted = walk(fragment.selectionSet, root, visiting)
          visiting.delete(name)
          memo.set(key, counted)
        }
        part = counted
      }
      total.aliases = Math.min(CAP, total.aliases + part.aliases)
      total.fields = Math.min(CAP, total.fields + part.fields)
      total.roots = Math.min(CAP, total.roots + part.roots)
    }
    return total
  }

  const count: Count = { aliases: 0, fields: 0, roots: 0, problems: [] }
  for (const operation of selected) {
    const c = walk(operation.selectionSet, true, new Set())
    count.aliases += c.aliases
    count.fields += c.fields
    count.roots += c.roots
  }
  if (count.aliases > GRAPHQL_LIMITS.aliases) problems.add(`别名过多：${count.aliases} 个，上限 ${GRAPHQL_LIMITS.aliases} 个。`)
  if (count.fields > GRAPHQL_LIMITS.fields) problems.add(`选取的字段过多：${count.fields} 个，上限 ${GRAPHQL_LIMITS.fields} 个。`)
  if (count.roots > GRAPHQL_LIMITS.rootFields) problems.add(`顶层查询过多：${count.roots} 个，上限 ${GRAPHQL_LIMITS.rootFields} 个。`)
  count.problems = [...problems]
  return count
}

const PREFIX = 'GraphQL 查询超出限制：'

/** The same bounds as a GraphQL validation rule (for `graphQLConfig.validationRules`). */
export function graphQLLimitRule(args: ExecutionArgs) {
  const context = args.contextValue as { req?: { user?: TypedUser | null } } | undefined
  const bounds = graphQLBounds(context?.req?.user)
  return (validation: ValidationContext): ASTVisitor => {
    const { problems } = countDocument(validation.getDocument(), args.variableValues, bounds, args.operationName)
    for (const problem of problems) validation.reportError(new GraphQLError(`${PREFIX}${problem}`))
    return {}
  }
}

type GraphQLOptions = {
  /** The Payload instance the handler runs in (the route: `getPayload({ config, cron: true })`). */
  payload: () => Promise<Payload>
  request: Request
  /** Runs the request in Payload (the route's GraphQL handler). */
  handler: (request: Request) => Promise<Response>
}

/** The one entry for GraphQL requests: read the body within its limit, parse, count, queue, run. */
export async function limitGraphQL({ payload: instance, request, handler }: GraphQLOptions): Promise<Response> {
  const arrived = performance.now()
  const payload = await instance()
  installRequestBudget(payload)
  const url = new URL(request.url)
  if (request.method.toUpperCase() !== 'POST') return errorResponse(405, 'GraphQL 请求请用 POST。', { Allow: 'POST' })
  const type = (request.headers.get('content-type') ?? '').toLowerCase()
  if (!type.startsWith('application/json')) {
    return errorResponse(415, 'GraphQL 请求须为 JSON（Content-Type: application/json），内容形如 {"query": "…", "variables": {…}}。')
  }
  const limit = bodyLimit(url.pathname, type)!
  const body = await readBodyWithin(request, limit.bytes)
  if (!body) return errorResponse(413, limit.message(declaredLength(request.headers.get('content-length'))))

  let data: unknown
  try {
    data = JSON.parse(new TextDecoder().decode(body))
  } catch {
    return errorResponse(400, 'GraphQL 请求内容不是有效的 JSON：应为 {"query": "…", "variables": {…}}。')
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return errorResponse(400, 'GraphQL 请求内容应为一个 JSON 对象：{"query": "…"}。')
  const { query, variables, operationName } = data as Record<string, unknown>
  if (typeof query !== 'string' || query.trim() === '') return errorResponse(400, 'GraphQL 请求缺少查询：请在 "query" 中给出查询文本。')
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return errorResponse(400, 'GraphQL 请求的 "variables" 应为 JSON 对象。')
  if (operationName != null && typeof operationName !== 'string') return errorResponse(400, 'GraphQL 请求的 "operationName" 应为字符串。')

  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: GRAPHQL_LIMITS.tokens })
  } catch (err) {
    return errorResponse(400, `GraphQL 查询语法错误：${(err as Error).message}`)
  }

  const user = await requestUser(payload, request.headers, true)
  const { problems } = countDocument(document, variables as Record<string, unknown> | null, graphQLBounds(user), operationName as string | null)
  if (problems.length > 0) return errorResponse(400, `${PREFIX}${problems.join(' ')}`)

  const limited = new Request(url, { method: 'POST', headers: request.headers, body: body as BodyInit, signal: request.signal })
  try {
    const response = user
      ? await runWithBudget(null, () => handler(limited), { slices: false })
      : await runAnonymous(arrived + ANONYMOUS_DEADLINE_MS, async () => boundedResponse(await handler(limited)))
    return await withErrorStatus(response)
  } catch (err) {
    if (err instanceof ServerBusyError) return errorResponse(503, err.message, { 'Retry-After': '2' })
    throw err
  }
}

/**
 * GraphQL answers errors with 200 when the client accepts `application/json`. A request that
 * produced no data at all (refused by validation, or every field failed) gets the status of its
 * errors instead, so monitors and clients see a 4xx for bad input.
 */
async function withErrorStatus(response: Response): Promise<Response> {
  if (response.status !== 200) return response
  const text = await response.text()
  const rebuilt = (status: number, body = text) => new Response(body, { status, headers: response.headers })
  if (!text.startsWith('{"errors"') && !text.startsWith('[')) return rebuilt(200)
  type Result = { errors?: { message?: string; extensions?: { statusCode?: number } }[]; data?: Record<string, unknown> | null }
  let result: Result
  let body = text
  try {
    const parsed = JSON.parse(text) as Result | Result['errors']
    // graphql-http serialises validation errors as a bare array when they were made by another
    // copy of graphql (its CommonJS build beside the ES module build Payload's rules use).
    result = Array.isArray(parsed) ? { errors: parsed } : (parsed ?? {})
    if (Array.isArray(parsed)) body = JSON.stringify(result)
  } catch {
    return rebuilt(200)
  }
  const noData = !result.data || Object.values(result.data).every((v) => v === null)
  if (!noData || !result.errors?.length) return rebuilt(200, body)
  const codes = result.errors.map((e) => e.extensions?.statusCode).filter((c): c is number => typeof c === 'number' && c >= 400)
  return rebuilt(codes.includes(503) ? 503 : (codes.find((c) => c < 500) ?? (codes.length ? Math.max(...codes) : 400)), body)
}
