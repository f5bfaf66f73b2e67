/**
 * Bad input in a REST request's path or query, found before Payload runs it: each is answered with
 * a 4xx and a message naming the parameter, where Payload 3.90 on SQLite would pass the value to
 * the database and answer 500 "Something went wrong".
 *
 * - `GET /api/articles/abc`: ids are numbers on SQLite → 404 saying so.
 * - `where=…` that is not JSON → 400.
 * - `where[publishedAt][greater_than]=not-a-date`, `where[cover][equals]=abc`,
 *   `where[id][in]=abc,1`, `where[title][near]=…` → 400 naming the field, the operator and the value.
 *
 * Values the database would take are left alone; anything missed here is still caught as 400 when
 * the query runs (`src/security/requestBudget.ts`).
 */
import type { CollectionSlug, FlattenedField, Payload, SanitizedCollectionConfig } from 'payload'

export type Refusal = { status: number; message: string }

const COMPARISONS = new Set(['equals', 'not_equals', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const LISTS = new Set(['in', 'not_in', 'all'])
const GEO = new Set(['near', 'within', 'intersects'])

type ValueKind = 'number' | 'date' | 'id-number' | 'point' | 'other'

function idKind(payload: Payload, collection: SanitizedCollectionConfig | undefined): ValueKind {
  if (!collection) return 'other'
  const custom = payload.collections[collection.slug]?.customIDType
  const type = custom ?? payload.db.defaultIDType
  return type === 'number' ? 'id-number' : 'other'
}

/** What kind of value a `where` path compares against, following relationships; `null` when unknown. */
function kindOfPath(payload: Payload, collection: SanitizedCollectionConfig, path: string): ValueKind | null {
  let fields: FlattenedField[] | undefined = collection.flattenedFields
  let owner: SanitizedCollectionConfig | undefined = collection
  const segments = path.split('.')
  for (const [i, segment] of segments.entries()) {
    const last = i === segments.length - 1
    if (segment === 'id' && owner) {
      return last ? idKind(payload, owner) : null
    }
    const field: FlattenedField | undefined = fields?.find((f) => 'name' in f && f.name === segment)
    if (!field) return null
    switch (field.type) {
      case 'number':
        return last ? 'number' : null
      case 'date':
        return last ? 'date' : null
      case 'point':
        return last ? 'point' : null
      case 'group':
      case 'tab':
      case 'array':
        if (last) return 'other'
        fields = field.flattenedFields
        owner = undefined
        break
      case 'relationship':
      case 'upload': {
        if (typeof field.relationTo !== 'string') return null
        const related: SanitizedCollectionConfig | undefined = payload.collections[field.relationTo as CollectionSlug]?.config
        if (last) return idKind(payload, related)
        fields = related?.flattenedFields
        owner = related
        break
      }
      default:
        return last ? 'other' : null
    }
  }
  return null
}

function validValue(kind: ValueKind, value: unknown): boolean {
  if (value === null || value === undefined || value === '' || value === 'null') return true
  if (typeof value !== 'string' && typeof value !== 'number') return kind === 'other' || kind === 'point'
  switch (kind) {
    case 'number':
    case 'id-number':
      return Number.isFinite(Number(value))
    case 'date':
      return typeof value === 'number' || !Number.isNaN(new Date(value).getTime())
    default:
      return true
  }
}

const KIND_ZH: Record<ValueKind, string> = {
  number: '数字',
  'id-number': '数字 id',
  date: '有效日期（如 2026-05-01 或 2026-05-01T08:00:00Z）',
  point: '坐标',
  other: '有效值',
}

function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  if (typeof value === 'string') return value.split(',').map((v) => v.trim())
  if (value && typeof value === 'object') return Object.values(value)
  return [value]
}

/** The first problem in a `where` object (as qs parses it from the query string), or null. */
export function whereProblem(payload: Payload, collection: SanitizedCollectionConfig, where: unknown, depth = 0): string | null {
  if (!where || typeof where !== 'object' || depth > 20) return null
  for (const [key, condition] of Object.entries(where as Record<string, unknown>)) {
    if (key === 'and' || key === 'or') {
      for (const nested of listOf(condition)) {
        const problem = whereProblem(payload, collection, nested, depth + 1)
        if (problem) return problem
      }
      continue
    }
    if (!condition || typeof condition !== 'object' || Array.isArray(condition)) continue
    const kind = kindOfPath(payload, collection, key)
    if (kind === null) continue
    for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) {
      if (GEO.has(operator) && kind !== 'point') {
        return `查询条件 where[${key}][${operator}] 无效：运算符 ${operator} 只能用于坐标字段。`
      }
      const values = LISTS.has(operator) ? listOf(value) : COMPARISONS.has(operator) ? [value] : []
      const bad = values.find((v) => !validValue(kind, v))
      if (bad !== undefined) {
        return `查询条件 where[${key}][${operator}] 的值「${String(bad).slice(0, 60)}」无效：${key} 须为${KIND_ZH[kind]}。`
      }
    }
  }
  return null
}

/** The collection's name as editors read it: 「文章」, else its slug. */
function labelOf(collection: SanitizedCollectionConfig): string {
  const singular = collection.labels?.singular as unknown
  if (typeof singular === 'string') return singular
  if (singular && typeof singular === 'object' && typeof (singular as Record<string, unknown>).zh === 'string') return (singular as Record<string, string>).zh
  return `文档（${collection.slug}）`
}

/** Does an endpoint path such as `/:id/duplicate` or `/access/:id?` match `segments`; its `id` if so. */
function matchEndpoint(pattern: string, segments: string[]): { id?: string } | null {
  const parts = pattern.split('/').filter(Boolean)
  const params: { id?: string } = {}
  let i = 0
  for (const part of parts) {
    const optional = part.endsWith('?')
    const name = part.replace(/^:/, '').replace(/\?$/, '')
    const segment = segments[i]
    if (segment === undefined) {
      if (optional) continue
      return null
    }
    if (part.startsWith(':')) {
      if (name === 'id') params.id = segment
    } else if (part !== segment) {
      return null
    }
    i++
  }
  return i === segments.length ? params : null
}

/**
 * Problems with a REST request to a collection: an id in the path that cannot exist on this
 * database, a `where` that is not JSON or holds a value of the wrong kind.
 */
export function restRequestProblem(payload: Payload, method: string, url: URL, query: Record<string, unknown>): Refusal | null {
  const apiRoute = payload.config.routes.api
  if (!url.pathname.startsWith(`${apiRoute}/`)) return null
  const [slug, ...rest] = url.pathname.slice(apiRoute.length + 1).split('/').filter(Boolean).map((s) => {
    try {
      return decodeURIComponent(s)
    } catch {
      return s
    }
  })
  const collection: SanitizedCollectionConfig | undefined = slug ? payload.collections[slug as CollectionSlug]?.config : undefined
  if (!collection) return null

  if (rest.length > 0 && Array.isArray(collection.endpoints)) {
    const endpoint = collection.endpoints.find((e: { method: string; path: string }) => e.method === method.toLowerCase() && matchEndpoint(e.path, rest))
    const id = endpoint ? matchEndpoint(endpoint.path, rest)?.id : undefined
    if (id !== undefined && idKind(payload, collection) === 'id-number' && !validValue('id-number', id)) {
      return { status: 404, message: `找不到 id 为「${id.slice(0, 60)}」的${labelOf(collection)}：这里的 id 是数字。` }
    }
  }

  for (const name of ['where', 'data'] as const) {
    const value = query[name]
    if (typeof value !== 'string' || value.length === 0) continue
    try {
      query[name] = JSON.parse(value)
    } catch {
      return { status: 400, message: `查询参数 ${name} 不是有效的 JSON：请写成 ${name}[字段][运算符]=值，或传入合法的 JSON。` }
    }
  }

  const problem = whereProblem(payload, collection, query.where)
  return problem ? { status: 400, message: problem } : null
}
