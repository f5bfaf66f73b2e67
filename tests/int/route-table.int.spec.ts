// Access as a table: every route the running configuration exposes — each collection's REST
// endpoints (Payload's and the project's own), the root endpoints, every GraphQL query and
// mutation, the admin's server functions and the jobs queue's tasks — is looked up in RULES below,
// and each rule's scenarios are driven as an anonymous reader and as each role, over REST and (for
// GraphQL fields) over GraphQL, asserting who gets through, that a refused request changed
// nothing, and that every move of a publishable document lands in its review log. A route added
// later without a rule fails the first test.
import { formatNames, toWords, type Where } from 'payload'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { reviewServerFunctions } from '../../src/workflow/serverFunctions'
import { jpegFile } from '../fixtures/media/make'
import { restCall as sendRest, type Reply } from '../helpers/http'
import { startPayload, type TestPayload } from '../helpers/payload'
import { graphQLRoutes, restRoutes, serverFunctionRoutes, taskRoutes, type Route } from '../helpers/routes'

const ROLES = ['anonymous', 'reporter', 'editor', 'chief', 'admin'] as const
type Role = (typeof ROLES)[number]
const STAFF: Role[] = ['reporter', 'editor', 'chief', 'admin']
const EDITORS: Role[] = ['editor', 'chief', 'admin']
const PUBLISHERS: Role[] = ['chief', 'admin']
const ADMIN: Role[] = ['admin']
const EVERYONE: Role[] = [...ROLES]
const NOBODY: Role[] = []

type Kind = 'publishable' | 'media' | 'catalog' | 'roster' | 'words' | 'users' | 'jobs' | 'kv' | 'locks' | 'preferences' | 'submissions'

/** Every collection, by the kind of rules it follows. A new collection must be added here. */
const KINDS: Record<string, Kind> = {
  articles: 'publishable',
  'model-workers': 'publishable',
  galleries: 'publishable',
  'video-campaigns': 'publishable',
  'yearly-reviews': 'publishable',
  submissions: 'submissions',
  media: 'media',
  topics: 'catalog',
  organizations: 'catalog',
  honors: 'catalog',
  correspondents: 'roster',
  'sensitive-words': 'words',
  users: 'users',
  'payload-jobs': 'jobs',
  'payload-kv': 'kv',
  'payload-locked-documents': 'locks',
  'payload-preferences': 'preferences',
}

/** The field that carries a fixture's unique marker text, per collection. */
const MARK_FIELD: Record<string, string> = {
  articles: 'title',
  'model-workers': 'name',
  galleries: 'title',
  'video-campaigns': 'title',
  'yearly-reviews': 'title',
  submissions: 'title',
  media: 'alt',
  topics: 'name',
  organizations: 'name',
  honors: 'name',
  correspondents: 'name',
  'sensitive-words': 'word',
  users: 'name',
  'payload-jobs': 'queue',
  'payload-kv': 'key',
  'payload-locked-documents': 'globalSlug',
  'payload-preferences': 'key',
}

let t: TestPayload
const users = {} as Record<Exclude<Role, 'anonymous'>, { id: number; email: string; roles: string[]; collection: 'users' }>
const tokens = {} as Partial<Record<Role, string>>
let organizationId: number
/** A county under organizationId: its pieces can be sent up (报送, src/federation). */
let countyId: number
let honorId: number
let counter = 0
const marker = () => `标记${Date.now().toString(36)}${(counter++).toString(36)}`

type Target = { id: number | string; mark: string; versionId?: number | string; filename?: string; email?: string; owner?: Role; pieceId?: number | string; into?: number | string }
type Call = { method: string; url: string; body?: unknown; form?: FormData; token?: string }
type GraphQLCall = { query: string; variables?: Record<string, unknown> }

type Scenario = {
  /** A sentence: what the request tries. */
  name: string
  allowed: readonly Role[]
  /** Who gets through over GraphQL, where it differs from REST. */
  graphqlAllowed?: readonly Role[]
  /** A fresh target for each role (writes), or one shared by all roles (reads). */
  shared?: boolean
  prepare: (slug: string, role: Role) => Promise<Target>
  rest: (slug: string, target: Target, role: Role) => Call
  /** The same attempt through a GraphQL field, when the route has a GraphQL twin. */
  graphql?: (field: GraphQLField, target: Target, role: Role) => GraphQLCall | null
  /** Did the request get through: content returned, or the change made (read from the database). */
  took: (slug: string, target: Target, reply: Reply, role: Role) => Promise<boolean>
  /** Checks after the attempt (logged when it took, nothing changed when refused). */
  after?: (slug: string, target: Target, role: Role, took: boolean) => Promise<void>
}

type GraphQLField = { name: string; args: Record<string, string>; collection: string; singular: string; plural: string }

// ————————————————————————————————————————— fixtures

const system = () => t.payload

function baseData(slug: string, mark: string): Record<string, unknown> {
  switch (slug) {
    case 'model-workers':
      return { name: mark, kind: 'individual', publicationConsent: true }
    case 'yearly-reviews':
      return { title: mark, period: { firstYear: 2025, lastYear: 2025 }, organization: organizationId }
    case 'organizations':
      return { name: mark, level: 'city' }
    case 'honors':
      return { name: mark, level: 'national', recipientType: 'individual' }
    case 'sensitive-words':
      return { word: mark, action: 'warn' }
    default:
      return { [MARK_FIELD[slug]!]: mark }
  }
}

async function uploadFile(mark: string) {
  return jpegFile(64, 48, `${mark}.jpg`)
}

type Stage = 'draft' | 'submitted' | 'edited' | 'approved' | 'live'

/** A publishable document written by the reporter, put into `stage` by the system. */
async function publishable(slug: string, stage: Stage, extra: Record<string, unknown> = {}): Promise<Target> {
  const mark = marker()
  const doc = await system().create({ collection: slug as 'articles', data: { ...baseData(slug, mark), ...extra } as never, draft: true, user: users.reporter, overrideAccess: false })
  const walk: Stage[] = ['submitted', 'edited', 'approved']
  for (const s of walk.slice(0, Math.max(0, walk.indexOf(stage === 'live' ? 'approved' : stage) + 1))) {
    await system().update({ collection: slug as 'articles', id: doc.id, data: { reviewStage: s } as never, draft: true })
  }
  if (stage === 'live') await system().update({ collection: slug as 'articles', id: doc.id, data: { _status: 'published' } as never })
  const versions = await system().findVersions({ collection: slug as 'articles', where: { parent: { equals: doc.id } }, sort: 'createdAt', depth: 0, limit: 50 })
  const approvedDraft = versions.docs.find((v: any) => v.version._status === 'draft' && v.version.reviewStage === 'approved') ?? versions.docs[0]
  return { id: doc.id, mark, versionId: approvedDraft?.id }
}

async function photo(live: boolean, uploader?: Exclude<Role, 'anonymous'>): Promise<Target> {
  const mark = marker()
  const doc = await system().create({ collection: 'media', data: { alt: mark }, file: await uploadFile(mark), ...(uploader ? { user: users[uploader], overrideAccess: false } : {}) })
  if (live) {
    const article = await publishable('articles', 'live', { cover: doc.id })
    void article
  }
  return { id: doc.id, mark, filename: doc.filename! }
}

/** A live article of the county, and (unless `submitted` is false) its pending submission to the city, made by the system. */
async function submission(submitted = true): Promise<Target> {
  const piece = await publishable('articles', 'live', { organization: countyId })
  if (!submitted) return { ...piece, pieceId: piece.id }
  const doc = await system().create({
    collection: 'submissions',
    data: { title: piece.mark, document: { relationTo: 'articles', value: piece.id }, documentKey: `articles:${piece.id}`, fromUnit: countyId, toUnit: organizationId, status: 'pending', submittedAt: new Date().toISOString() } as never,
  })
  return { id: doc.id, mark: piece.mark, pieceId: piece.id }
}

/** A private (non-public) document of any collection: a draft, a photo nothing uses, a job… */
async function privateDoc(slug: string): Promise<Target> {
  const kind = KINDS[slug]!
  const mark = marker()
  switch (kind) {
    case 'publishable':
      return publishable(slug, 'draft')
    case 'submissions':
      return submission()
    case 'media':
      return photo(false)
    case 'users': {
      const email = `u${Date.now().toString(36)}${counter++}@routes.test`
      const doc = await system().create({ collection: 'users', data: { email, password: 'pass-123456', name: mark, roles: ['reporter'] } as never })
      return { id: doc.id, mark, email }
    }
    case 'jobs': {
      const job = await system().jobs.queue({ task: 'publishSite', input: { reason: mark }, queue: mark, waitUntil: new Date(Date.now() + 86_400_000) } as never)
      return { id: job.id as number, mark }
    }
    case 'kv': {
      const doc = await system().create({ collection: 'payload-kv', data: { key: mark, data: { a: 1 } } as never })
      return { id: doc.id, mark }
    }
    case 'locks': {
      const doc = await system().create({ collection: 'payload-locked-documents', data: { globalSlug: mark, user: { relationTo: 'users', value: users.admin.id } } as never })
      return { id: doc.id, mark }
    }
    case 'preferences': {
      const doc = await system().create({ collection: 'payload-preferences', data: { key: mark, value: { a: 1 }, user: { relationTo: 'users', value: users.admin.id } } as never, user: users.admin })
      return { id: doc.id, mark, owner: 'admin' }
    }
    default: {
      const doc = await system().create({ collection: slug as 'topics', data: baseData(slug, mark) as never })
      return { id: doc.id, mark }
    }
  }
}

async function findMarked(slug: string, field: string, value: string, draft = false) {
  return system().find({ collection: slug as 'articles', where: { [field]: { equals: value } } as Where, draft, depth: 0, limit: 5 })
}

async function current(slug: string, id: number | string, draft = true): Promise<any> {
  return system().findByID({ collection: slug as 'articles', id, depth: 0, draft, disableErrors: true })
}

async function isLive(slug: string, id: number | string): Promise<boolean> {
  const { totalDocs } = await system().count({ collection: slug as 'articles', where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] } })
  return totalDocs > 0
}

async function queuedPublishes(): Promise<number> {
  return (await system().count({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'publishSite' } }, { queue: { equals: 'default' } }] } })).totalDocs
}

// ————————————————————————————————————————— scenario builders

const markIn = (reply: Reply, target: Target) => reply.status < 300 && reply.text.includes(target.mark)
const ok = (reply: Reply) => reply.status < 300 && !(reply.json && Array.isArray(reply.json.errors) && reply.json.errors.length)

const gqlId = (field: GraphQLField, name = 'id') => (field.args[name] ?? 'Int').replace(/!$/, '')
const selection = (slug: string) => (slug === 'payload-jobs' ? 'id queue' : `id ${MARK_FIELD[slug]}`)

/** Reading something not public: content comes back only to `allowed`. */
function readPrivate(allowed: readonly Role[], path: 'list' | 'one' | 'count' | 'versions' | 'version'): Scenario {
  return {
    name: `reads a non-public document (${path})`,
    allowed,
    shared: true,
    prepare: (slug) => privateDoc(slug),
    rest: (slug, target) => {
      switch (path) {
        case 'list':
          return { method: 'GET', url: `/api/${slug}?where[id][equals]=${target.id}&depth=0&draft=true` }
        case 'one':
          return { method: 'GET', url: `/api/${slug}/${slug === 'payload-preferences' ? target.mark : target.id}?depth=0&draft=true` }
        case 'count':
          return { method: 'GET', url: `/api/${slug}/count?where[id][equals]=${target.id}` }
        case 'versions':
          return { method: 'GET', url: `/api/${slug}/versions?where[parent][equals]=${target.id}&depth=0` }
        case 'version':
          return { method: 'GET', url: `/api/${slug}/versions/${target.versionId ?? target.id}?depth=0` }
      }
    },
    graphql: (field, target) => {
      const sel = selection(field.collection)
      switch (path) {
        case 'list':
          return { query: `{ ${field.name}(where: { id: { equals: ${JSON.stringify(target.id)} } }${field.args.draft ? ', draft: true' : ''}) { docs { ${sel} } } }` }
        case 'one':
          return { query: `query($id: ${gqlId(field)}!) { ${field.name}(id: $id${field.args.draft ? ', draft: true' : ''}) { ${sel} } }`, variables: { id: target.id } }
        case 'count':
          return { query: `{ ${field.name}(where: { id: { equals: ${JSON.stringify(target.id)} } }) { totalDocs } }` }
        case 'versions':
          return { query: `{ ${field.name}(where: { parent: { equals: ${JSON.stringify(target.id)} } }) { docs { version { ${MARK_FIELD[field.collection]} } } } }` }
        case 'version':
          return { query: `query($id: ${gqlId(field)}!) { ${field.name}(id: $id) { version { ${MARK_FIELD[field.collection]} } } }`, variables: { id: target.versionId ?? target.id } }
      }
    },
    took: async (_slug, target, reply) => (path === 'count' ? ok(reply) && /"totalDocs":1\b/.test(reply.text) : markIn(reply, target)),
  }
}

/** A route that only answers (status below 300) or not: permissions lists, health, login forms. */
function answers(allowed: readonly Role[], name: string, rest: (slug: string, target: Target, role: Role) => Call, graphql?: Scenario['graphql']): Scenario {
  return {
    name,
    allowed,
    shared: true,
    prepare: (slug) => (KINDS[slug] ? privateDoc(slug) : Promise.resolve({ id: 0, mark: '' })),
    rest,
    graphql,
    took: async (_slug, _target, reply) => ok(reply),
  }
}

/** Creating a document (a fresh marker); took when a document with the marker exists. */
function creates(allowed: readonly Role[], name = 'creates a document', extra: (slug: string) => Record<string, unknown> = () => ({})): Scenario {
  return {
    name,
    allowed,
    prepare: async () => ({ id: 0, mark: marker() }),
    rest: (slug, target, role) => {
      const data = { ...createData(slug, target.mark, role), ...extra(slug) }
      if (slug === 'media') {
        const form = new FormData()
        form.append('_payload', JSON.stringify(data))
        form.append('file', new Blob([new Uint8Array(pendingFiles.get(target.mark)!.data)], { type: 'image/jpeg' }), `${target.mark}.jpg`)
        return { method: 'POST', url: `/api/${slug}`, form }
      }
      return { method: 'POST', url: `/api/${slug}${KINDS[slug] === 'publishable' ? '?draft=true' : ''}`, body: data }
    },
    graphql: (field, target, role) =>
      field.collection === 'media'
        ? null
        : {
            query: `mutation($data: ${field.args.data}) { ${field.name}(data: $data${field.args.draft ? ', draft: true' : ''}) { id } }`,
            variables: { data: { ...createData(field.collection, target.mark, role), ...extra(field.collection) } },
          },
    took: async (slug, target) => (await findMarked(slug, MARK_FIELD[slug]!, target.mark, true)).totalDocs > 0,
  }
}

const pendingFiles = new Map<string, Awaited<ReturnType<typeof jpegFile>>>()

function createData(slug: string, mark: string, role: Role): Record<string, unknown> {
  switch (KINDS[slug]) {
    case 'users':
      return { email: `new${Date.now().toString(36)}${counter++}@routes.test`, password: 'pass-123456', name: mark, roles: ['reporter'] }
    case 'jobs':
      return { taskSlug: 'publishSite', queue: mark, input: { reason: mark } }
    case 'locks':
      return { globalSlug: mark, user: role === 'anonymous' ? undefined : { relationTo: 'users', value: users[role].id } }
    case 'preferences':
      return { key: mark, value: { a: 1 } }
    case 'kv':
      return { key: mark, data: { a: 1 } }
    case 'publishable':
      // GraphQL's input type requires the stage (it has a default over REST).
      return { ...baseData(slug, mark), reviewStage: 'draft' }
    default:
      return baseData(slug, mark)
  }
}

/** Changing one document: `data` is sent, `changed` reads the database afterwards. */
function changes(
  allowed: readonly Role[],
  name: string,
  options: {
    prepare: (slug: string, role: Role) => Promise<Target>
    data: (slug: string, target: Target, role: Role) => Record<string, unknown>
    draft?: boolean
    changed: (slug: string, target: Target, role: Role) => Promise<boolean>
    bulk?: boolean
    after?: Scenario['after']
  },
): Scenario {
  return {
    name: options.bulk ? `${name} (bulk)` : name,
    allowed,
    prepare: options.prepare,
    rest: (slug, target, role) => {
      const flags = options.draft ? 'draft=true&' : ''
      const url = options.bulk ? `/api/${slug}?${flags}where[id][equals]=${target.id}` : `/api/${slug}/${target.id}?${flags}depth=0`
      return { method: 'PATCH', url, body: options.data(slug, target, role) }
    },
    graphql: options.bulk
      ? undefined
      : (field, target, role) => ({
          query: `mutation($id: ${gqlId(field)}!, $data: ${field.args.data}) { ${field.name}(id: $id, data: $data${field.args.draft && options.draft ? ', draft: true' : ''}) { id } }`,
          variables: { id: target.id, data: options.data(field.collection, target, role) },
        }),
    took: (slug, target, _reply, role) => options.changed(slug, target, role),
    after: options.after,
  }
}

/** Deleting one document. */
function deletes(allowed: readonly Role[], name: string, prepare: (slug: string, role: Role) => Promise<Target>, bulk = false, after?: Scenario['after']): Scenario {
  return {
    name: bulk ? `${name} (bulk)` : name,
    allowed,
    prepare,
    rest: (slug, target) => ({ method: 'DELETE', url: bulk ? `/api/${slug}?where[id][equals]=${target.id}` : `/api/${slug}/${target.id}` }),
    graphql: bulk ? undefined : (field, target) => ({ query: `mutation($id: ${gqlId(field)}!) { ${field.name}(id: $id) { id } }`, variables: { id: target.id } }),
    took: async (slug, target) => (await current(slug, target.id)) === null,
    after,
  }
}

/** Every move of a publishable document is in its log, by the user who made it; a refusal changes nothing. */
function logged(action: RegExp): Scenario['after'] {
  return async (slug, target, role, took) => {
    const doc = await current(slug, target.id)
    if (!doc) return
    const log: any[] = doc.reviewLog ?? []
    if (took) {
      expect(log.at(-1)?.action, `${slug} ${role}: log`).toMatch(action)
      expect(log.at(-1)?.user, `${slug} ${role}: logged user`).toBe(role === 'anonymous' ? null : users[role].id)
    } else {
      expect(log.some((e) => action.test(e.action) && e.user === (role === 'anonymous' ? null : users[role]?.id)), `${slug} ${role}: refused but logged`).toBe(false)
    }
  }
}

const nameField = (slug: string) => MARK_FIELD[slug]!
const renamed = (target: Target) => `${target.mark}改`

function rename(allowed: readonly Role[], name: string, prepare: (slug: string, role: Role) => Promise<Target>, draft = false, bulk = false): Scenario {
  return changes(allowed, name, {
    prepare,
    draft,
    bulk,
    data: (slug, target) => ({ [nameField(slug)]: renamed(target) }),
    changed: async (slug, target) => (await findMarked(slug, nameField(slug), renamed(target), true)).totalDocs > 0,
  })
}

// ————————————————————————————————————————— the table

/** GraphQL's duplicate takes the copy's data (required): the original's marker plus 副本. */
const duplicateViaGraphQL: Scenario['graphql'] = (field, target, role) => ({
  query: `mutation($id: ${gqlId(field)}!, $data: ${field.args.data}) { ${field.name}(id: $id, data: $data) { id } }`,
  variables: { id: target.id, data: createData(field.collection, `${target.mark}副本`, role) },
})

const VERSIONLESS: Record<string, Scenario[]> = {
  'GET /versions': [readPrivate(NOBODY, 'versions')],
  'GET /versions/:id': [readPrivate(NOBODY, 'version')],
  'POST /versions/:id': [answers(NOBODY, 'restores a version of a collection without versions', (slug, target) => ({ method: 'POST', url: `/api/${slug}/versions/${target.id}` }))],
}

const ACCESS_ROUTE: Scenario[] = [
  answers(EVERYONE, 'asks which operations are permitted on a document', (slug, target) => ({ method: 'POST', url: `/api/${slug}/access/${target.id}` }), (field, target) => ({
    query: `query($id: ${gqlId(field)}!) { ${field.name}(id: $id) { __typename } }`,
    variables: { id: target.id },
  })),
]

/** Standard collection routes for a kind: who reads non-public documents, creates, changes, deletes. */
function standard(kind: Kind, who: { read: readonly Role[]; create: readonly Role[]; update: readonly Role[]; remove: readonly Role[]; duplicate?: readonly Role[] }): Record<string, Scenario[]> {
  const fresh = (slug: string) => privateDoc(slug)
  return {
    'GET /': [readPrivate(who.read, 'list')],
    'GET /:id': [readPrivate(who.read, 'one')],
    'GET /count': [readPrivate(who.read, 'count')],
    'POST /': [creates(who.create)],
    'PATCH /:id': [rename(who.update, `changes a ${kind} document`, fresh)],
    'PATCH /': [rename(who.update, `changes a ${kind} document`, fresh, false, true)],
    'DELETE /:id': [deletes(who.remove, `deletes a ${kind} document`, fresh)],
    'DELETE /': [deletes(who.remove, `deletes a ${kind} document`, fresh, true)],
    'POST /:id/duplicate': [
      {
        name: `copies a ${kind} document`,
        allowed: who.duplicate ?? who.create,
        prepare: fresh,
        rest: (slug, target) => ({ method: 'POST', url: `/api/${slug}/${target.id}/duplicate` }),
        graphql: duplicateViaGraphQL,
        took: async (_slug, _target, reply) => ok(reply),
      },
    ],
    'POST /access/:id?': ACCESS_ROUTE,
    ...VERSIONLESS,
  }
}

const draftOf = (slug: string) => publishable(slug, 'draft')

const PUBLISHABLE_RULES: Record<string, Scenario[]> = {
  'GET /': [readPrivate(STAFF, 'list')],
  'GET /:id': [
    readPrivate(STAFF, 'one'),
    {
      name: 'reads a published document',
      allowed: EVERYONE,
      shared: true,
      prepare: (slug) => publishable(slug, 'live'),
      rest: (slug, target) => ({ method: 'GET', url: `/api/${slug}/${target.id}?depth=0` }),
      graphql: (field, target) => ({ query: `query($id: ${gqlId(field)}!) { ${field.name}(id: $id) { ${selection(field.collection)} } }`, variables: { id: target.id } }),
      took: async (_slug, target, reply) => markIn(reply, target),
    },
  ],
  'GET /count': [readPrivate(STAFF, 'count')],
  'GET /versions': [readPrivate(STAFF, 'versions')],
  'GET /versions/:id': [readPrivate(STAFF, 'version')],
  'POST /': [
    creates(STAFF, 'writes a new draft'),
    creates(NOBODY, 'creates a piece already signed off and published', () => ({ reviewStage: 'approved', _status: 'published' })),
  ],
  'PATCH /:id': [
    rename(['reporter', 'admin'], "edits the reporter's own draft", draftOf, true),
    changes(EDITORS, 'gives the first review (已提交 → 已初审)', {
      prepare: (slug) => publishable(slug, 'submitted'),
      draft: true,
      data: () => ({ reviewStage: 'edited' }),
      changed: async (slug, target) => (await current(slug, target.id))?.reviewStage === 'edited',
      after: logged(/初审通过|改为/),
    }),
    changes(PUBLISHERS, 'gives the final sign-off (已初审 → 终审通过)', {
      prepare: (slug) => publishable(slug, 'edited'),
      draft: true,
      data: () => ({ reviewStage: 'approved' }),
      changed: async (slug, target) => (await current(slug, target.id))?.reviewStage === 'approved',
      after: logged(/终审通过|改为/),
    }),
    changes(PUBLISHERS, 'publishes a signed-off piece', {
      prepare: (slug) => publishable(slug, 'approved'),
      data: () => ({ _status: 'published' }),
      changed: (slug, target) => isLive(slug, target.id),
      after: logged(/发布/),
    }),
    changes(PUBLISHERS, 'takes a live piece off the site', {
      prepare: (slug) => publishable(slug, 'live'),
      data: () => ({ _status: 'draft' }),
      changed: async (slug, target) => !(await isLive(slug, target.id)),
      after: logged(/撤下/),
    }),
    changes(NOBODY, 'makes itself the author of a piece', {
      prepare: (slug) => publishable(slug, 'submitted'),
      draft: true,
      data: (_slug, _target, role) => ({ createdBy: role === 'anonymous' ? null : users[role].id }),
      changed: async (slug, target) => String((await current(slug, target.id))?.createdBy) !== String(users.reporter.id),
    }),
  ],
  'PATCH /': [
    rename(['reporter', 'admin'], "edits the reporter's own draft", draftOf, true, true),
    changes(PUBLISHERS, 'takes a live piece off the site', {
      prepare: (slug) => publishable(slug, 'live'),
      bulk: true,
      data: () => ({ _status: 'draft' }),
      changed: async (slug, target) => !(await isLive(slug, target.id)),
      after: logged(/撤下/),
    }),
  ],
  'DELETE /:id': [
    deletes(EDITORS, 'deletes a draft', draftOf),
    deletes(PUBLISHERS, 'deletes a live piece', (slug) => publishable(slug, 'live')),
  ],
  'DELETE /': [deletes(EDITORS, 'deletes a draft', draftOf, true), deletes(PUBLISHERS, 'deletes a live piece', (slug) => publishable(slug, 'live'), true)],
  'POST /:id/duplicate': [
    {
      name: 'copies a signed-off piece, which starts again as the copier’s draft',
      allowed: STAFF,
      prepare: (slug) => publishable(slug, 'live'),
      rest: (slug, target) => ({ method: 'POST', url: `/api/${slug}/${target.id}/duplicate` }),
      graphql: duplicateViaGraphQL,
      took: async (_slug, _target, reply) => ok(reply),
      after: async (slug, target, role, took) => {
        const copies = await system().find({ collection: slug as 'articles', where: { and: [{ id: { not_equals: target.id } }, { [MARK_FIELD[slug]!]: { contains: target.mark } }] } as Where, draft: true, depth: 0 })
        expect(copies.totalDocs, `${slug} ${role}: copies`).toBe(took ? 1 : 0)
        for (const copy of copies.docs as any[]) {
          expect(copy.reviewStage).toBe('draft')
          expect(copy._status).toBe('draft')
          expect(copy.createdBy).toBe(users[role as Exclude<Role, 'anonymous'>].id)
          expect(await isLive(slug, copy.id)).toBe(false)
        }
      },
    },
  ],
  'POST /versions/:id': [
    {
      name: 'restores the signed-off draft version over the live piece (an unpublish)',
      allowed: PUBLISHERS,
      prepare: (slug) => publishable(slug, 'live'),
      rest: (slug, target) => ({ method: 'POST', url: `/api/${slug}/versions/${target.versionId}` }),
      graphql: (field, target) => ({ query: `mutation($id: ${gqlId(field)}!) { ${field.name}(id: $id) { id } }`, variables: { id: target.versionId } }),
      took: async (slug, target) => !(await isLive(slug, target.id)),
      after: async (slug, target, role, took) => {
        const log: any[] = (await current(slug, target.id)).reviewLog
        expect(log.some((e) => e.action === '恢复历史版本'), `${slug} ${role}: restore logged`).toBe(took)
      },
    },
  ],
  'POST /access/:id?': ACCESS_ROUTE,
  'GET /:id/signoff': [
    {
      name: 'prints the sign-off sheet of a draft',
      allowed: STAFF,
      shared: true,
      prepare: draftOf,
      rest: (slug, target) => ({ method: 'GET', url: `/api/${slug}/${target.id}/signoff` }),
      took: async (_slug, target, reply) => markIn(reply, target),
    },
  ],
  'GET /:id/wechat': [
    {
      name: 'previews a live piece as its WeChat rendering (for copying into WeChat)',
      allowed: STAFF,
      shared: true,
      prepare: (slug) => publishable(slug, 'live'),
      rest: (slug, target) => ({ method: 'GET', url: `/api/${slug}/${target.id}/wechat` }),
      took: async (_slug, target, reply) => markIn(reply, target),
    },
    {
      name: 'previews a piece still in draft as its WeChat rendering',
      allowed: NOBODY,
      shared: true,
      prepare: draftOf,
      rest: (slug, target) => ({ method: 'GET', url: `/api/${slug}/${target.id}/wechat` }),
      took: async (_slug, target, reply) => markIn(reply, target),
    },
  ],
  'POST /:id/wechat': [
    {
      // Access is decided before anything else (src/wechat/push.ts): past it, a piece without a
      // cover is refused for that (400) and nothing reaches WeChat; tests/int/wechat-push covers the rest.
      name: 'pushes a signed-off piece to the WeChat draft box',
      allowed: PUBLISHERS,
      prepare: (slug) => publishable(slug, 'approved'),
      rest: (slug, target) => ({ method: 'POST', url: `/api/${slug}/${target.id}/wechat` }),
      took: async (_slug, _target, reply) => ![401, 403, 404].includes(reply.status),
      after: async (slug, target) => {
        expect((await current(slug, target.id)).wechat?.mediaId ?? null, `${slug}: nothing recorded without a draft`).toBeNull()
      },
    },
    {
      name: 'pushes a piece still in draft to the WeChat draft box',
      allowed: NOBODY,
      prepare: draftOf,
      rest: (slug, target) => ({ method: 'POST', url: `/api/${slug}/${target.id}/wechat` }),
      took: async (_slug, _target, reply) => ![401, 403, 404].includes(reply.status),
    },
  ],
  'POST /import-newspaper': [
    answers(STAFF, 'imports pasted newspaper text as a draft', (slug) => ({
      method: 'POST',
      url: `/api/${slug}/import-newspaper`,
      body: { text: `${marker()}路由测试导入稿\n\n本报讯（记者 王某）某某市总工会近日组织职工开展技能比武，共有三百余名职工参加。\n\n比武设置了多个项目。` },
    })),
  ],
  // Shared records (src/records/merge.ts, src/access/shared.ts): the federation's 终审 and
  // administrators merge a duplicate profile into the kept one (model-workers only). Every role here
  // is unit-less, i.e. the federation's; another unit's people are driven in tests/int/units and
  // tests/int/shared-records.
  'POST /:id/merge': [
    {
      name: 'merges a duplicate profile into the kept one (links moved, duplicate removed, logged)',
      allowed: PUBLISHERS,
      prepare: async (slug) => {
        const kept = await publishable(slug, 'draft')
        const duplicate = await publishable(slug, 'draft')
        return { ...duplicate, into: kept.id }
      },
      rest: (slug, target) => ({ method: 'POST', url: `/api/${slug}/${target.id}/merge`, body: { into: target.into } }),
      took: async (slug, target) => (await current(slug, target.id)) === null,
      after: async (slug, target, role, took) => {
        const log: any[] = (await current(slug, target.into!)).reviewLog ?? []
        expect(log.some((e) => e.action === '合并重复档案' && e.user === users[role as Exclude<Role, 'anonymous'>]?.id), `${slug} ${role}: merge logged`).toBe(took)
      },
    },
  ],
}

const MEDIA_RULES: Record<string, Scenario[]> = {
  // Changing a photo someone else (or the system) uploaded: editors and above.
  ...standard('media', { read: STAFF, create: STAFF, update: EDITORS, remove: EDITORS, duplicate: STAFF }),
  'POST /': [
    {
      ...creates(STAFF, 'uploads a photo'),
      prepare: async () => {
        const mark = marker()
        pendingFiles.set(mark, await uploadFile(mark))
        return { id: 0, mark }
      },
    },
  ],
  'PATCH /:id': [
    rename(STAFF, 'changes the alt text of its own photo nothing published uses', (_slug, role) => photo(false, role === 'anonymous' ? 'reporter' : role)),
    rename(EDITORS, "changes the alt text of a colleague's photo nothing published uses", (_slug, role) => photo(false, role === 'reporter' ? 'editor' : 'reporter')),
    rename(EDITORS, 'changes the alt text of a photo a published piece shows', () => photo(true)),
    changes(EDITORS, 'marks a photo for public use', {
      prepare: () => photo(false),
      data: () => ({ publicUse: true }),
      changed: async (slug, target) => (await current(slug, target.id))?.publicUse === true,
    }),
  ],
  'DELETE /:id': [deletes(EDITORS, 'deletes a photo nothing uses', () => photo(false)), deletes(NOBODY, 'deletes a photo a published piece shows', () => photo(true))],
  'GET /file/:filename': [
    {
      name: 'downloads the file of a photo nothing published uses',
      allowed: STAFF,
      shared: true,
      prepare: () => photo(false),
      rest: (slug, target) => ({ method: 'GET', url: `/api/${slug}/file/${encodeURIComponent(target.filename!)}` }),
      took: async (_slug, _target, reply) => reply.status === 200,
    },
    {
      name: 'downloads the file of a photo a published piece shows',
      allowed: EVERYONE,
      shared: true,
      prepare: () => photo(true),
      rest: (slug, target) => ({ method: 'GET', url: `/api/${slug}/file/${encodeURIComponent(target.filename!)}` }),
      took: async (_slug, _target, reply) => reply.status === 200,
    },
  ],
  'GET /paste-url/:id?': [answers(NOBODY, 'makes the server fetch a URL', (slug) => ({ method: 'GET', url: `/api/${slug}/paste-url?src=${encodeURIComponent('http://127.0.0.1:9/x.jpg')}` }))],
}

/** A second login of the role (its token in `mark`), for logging out or refreshing without ending the table's own session. */
async function secondSession(_slug: string, role: Role): Promise<Target> {
  if (role === 'anonymous') return { id: 0, mark: '' }
  return { id: 0, mark: (await system().login({ collection: 'users', data: { email: users[role].email, password: 'pass-123456' } })).token! }
}

const USERS_RULES: Record<string, Scenario[]> = {
  ...standard('users', { read: STAFF, create: ADMIN, update: ADMIN, remove: ADMIN }),
  'PATCH /:id': [
    rename(ADMIN, "renames someone else's account", (slug) => privateDoc(slug)),
    changes(ADMIN, 'gives its own account more roles', {
      prepare: async (_slug, role) => ({ id: role === 'anonymous' ? users.reporter.id : users[role].id, mark: '' }),
      data: () => ({ roles: ['admin', 'editor', 'reporter'] }),
      changed: async (_slug, target, role) => {
        const after = ((await current('users', target.id)) as { roles: string[] }).roles
        const changed = after.length === 3
        // Put the account back for the next scenarios.
        if (changed) await system().update({ collection: 'users', id: target.id, data: { roles: users[role as 'admin'].roles } as never })
        return changed
      },
    }),
  ],
  'POST /login': [
    answers(EVERYONE, 'logs in with the right password', () => ({ method: 'POST', url: '/api/users/login', body: { email: users.reporter.email, password: 'pass-123456' } }), () => ({
      query: `mutation { loginUser(email: "${users.reporter.email}", password: "pass-123456") { token } }`,
    })),
  ],
  'POST /logout': [
    { ...answers(STAFF, 'logs out', (_slug, target) => ({ method: 'POST', url: '/api/users/logout', token: target.mark || undefined })), shared: false, prepare: secondSession },
  ],
  'GET /me': [
    {
      name: 'asks who it is logged in as',
      allowed: STAFF,
      shared: true,
      prepare: async () => ({ id: 0, mark: '' }),
      rest: () => ({ method: 'GET', url: '/api/users/me' }),
      graphql: () => ({ query: '{ meUser { user { id } } }' }),
      took: async (_slug, _target, reply) => ok(reply) && Boolean(reply.json?.user?.id ?? reply.json?.data?.meUser?.user?.id),
    },
  ],
  'POST /refresh-token': [
    { ...answers(STAFF, 'refreshes its login', (_slug, target) => ({ method: 'POST', url: '/api/users/refresh-token', token: target.mark || undefined })), shared: false, prepare: secondSession },
  ],
  'GET /init': [answers(EVERYONE, 'asks whether the first account exists', () => ({ method: 'GET', url: '/api/users/init' }), () => ({ query: '{ initializedUser }' }))],
  'POST /first-register': [
    answers(NOBODY, 'registers a "first" administrator once accounts exist', () => ({
      method: 'POST',
      url: '/api/users/first-register',
      body: { email: `${marker()}@first.test`, password: 'pass-123456', name: '冒充首位管理员' },
    })),
  ],
  'POST /forgot-password': [
    answers(EVERYONE, 'asks for a password reset mail', () => ({ method: 'POST', url: '/api/users/forgot-password', body: { email: users.reporter.email } }), () => ({
      query: `mutation { forgotPasswordUser(email: "${users.reporter.email}") }`,
    })),
  ],
  'POST /reset-password': [
    answers(NOBODY, 'resets a password with a made-up token', () => ({ method: 'POST', url: '/api/users/reset-password', body: { token: 'not-a-token', password: 'new-pass-123456' } }), () => ({
      query: 'mutation { resetPasswordUser(token: "not-a-token", password: "new-pass-123456") { token } }',
    })),
  ],
  'POST /verify/:id': [answers(NOBODY, 'verifies an e-mail with a made-up token', () => ({ method: 'POST', url: '/api/users/verify/not-a-token' }), () => ({ query: 'mutation { verifyEmailUser(token: "not-a-token") }' }))],
  'POST /unlock': [
    answers(ADMIN, "unlocks someone's account", () => ({ method: 'POST', url: '/api/users/unlock', body: { email: users.editor.email } }), () => ({
      query: `mutation { unlockUser(email: "${users.editor.email}") }`,
    })),
  ],
}

const JOBS_RULES: Record<string, Scenario[]> = {
  ...standard('jobs', { read: PUBLISHERS, create: NOBODY, update: NOBODY, remove: PUBLISHERS, duplicate: NOBODY }),
  'GET /run': [answers(ADMIN, 'runs the jobs queue by hand', () => ({ method: 'GET', url: '/api/payload-jobs/run?queue=none-here' }))],
  'GET /handle-schedules': [
    {
      // Payload answers 500 ("no tasks with schedules") to whoever gets past its access check here;
      // the table checks the access decision.
      ...answers(ADMIN, 'runs the job schedules by hand', () => ({ method: 'GET', url: '/api/payload-jobs/handle-schedules' })),
      took: async (_slug, _target, reply) => reply.status !== 401 && reply.status !== 403,
    },
  ],
}

const LOGGED_IN = STAFF

/** 通讯员名册: staff read names and units, editors and above keep it and alone read contact details. */
const ROSTER_RULES: Record<string, Scenario[]> = {
  ...standard('roster', { read: STAFF, create: EDITORS, update: EDITORS, remove: ADMIN }),
  'GET /:id': [
    readPrivate(STAFF, 'one'),
    {
      name: "reads a correspondent's phone and address",
      allowed: EDITORS,
      shared: true,
      prepare: async () => {
        const mark = marker()
        const doc = await system().create({ collection: 'correspondents', data: { name: mark, phone: `电话${mark}`, address: `地址${mark}` } as never })
        return { id: doc.id, mark }
      },
      rest: (slug, target) => ({ method: 'GET', url: `/api/${slug}/${target.id}?depth=0` }),
      graphql: (field, target) => ({ query: `query($id: ${gqlId(field)}!) { ${field.name}(id: $id) { phone address } }`, variables: { id: target.id } }),
      took: async (_slug, target, reply) => reply.text.includes(`电话${target.mark}`) || reply.text.includes(`地址${target.mark}`),
    },
  ],
}

/** The submission's status after the attempt. */
const statusOf = async (target: Target) => ((await current('submissions', target.id)) as { status?: string } | null)?.status

/** 报送与来稿 (src/federation): staff read; records change only through the actions, each logged in the piece's log. */
function decides(step: 'adopt' | 'adopt-edited' | 'decline', status: string, action: RegExp): Scenario {
  return {
    name: `${step === 'decline' ? 'declines' : step === 'adopt' ? 'adopts' : 'adopts edited'} a pending submission`,
    allowed: EDITORS,
    prepare: () => submission(),
    rest: (_slug, target) => ({ method: 'POST', url: `/api/submissions/${target.id}/${step}`, body: { comment: '路由测试意见' } }),
    took: async (_slug, target) => (await statusOf(target)) === status,
    after: async (_slug, target, role, took) => logged(action)!('articles', { ...target, id: target.pieceId! }, role, took),
  }
}

const SUBMISSIONS_RULES: Record<string, Scenario[]> = {
  ...standard('submissions', { read: STAFF, create: NOBODY, update: NOBODY, remove: NOBODY, duplicate: NOBODY }),
  'POST /submit': [
    {
      name: 'sends a live piece of a county up to the city (报送)',
      allowed: PUBLISHERS,
      prepare: () => submission(false),
      rest: (_slug, target) => ({ method: 'POST', url: '/api/submissions/submit', body: { collection: 'articles', id: target.pieceId } }),
      took: async (_slug, target) => (await system().count({ collection: 'submissions', where: { documentKey: { equals: `articles:${target.pieceId}` } } })).totalDocs > 0,
      after: async (_slug, target, role, took) => logged(/报送/)!('articles', { ...target, id: target.pieceId! }, role, took),
    },
    {
      name: 'sends a draft up to the city',
      allowed: NOBODY,
      prepare: async () => ({ ...(await publishable('articles', 'approved', { organization: countyId })), pieceId: undefined }),
      rest: (_slug, target) => ({ method: 'POST', url: '/api/submissions/submit', body: { collection: 'articles', id: target.id } }),
      took: async (_slug, target) => (await system().count({ collection: 'submissions', where: { documentKey: { equals: `articles:${target.id}` } } })).totalDocs > 0,
    },
  ],
  'POST /:id/adopt': [decides('adopt', 'adopted', /^采用$/)],
  'POST /:id/adopt-edited': [decides('adopt-edited', 'adopted-edited', /改编采用/)],
  'POST /:id/decline': [decides('decline', 'declined', /退稿/)],
}

const RULES: Record<Kind, Record<string, Scenario[]>> = {
  submissions: SUBMISSIONS_RULES,
  publishable: PUBLISHABLE_RULES,
  media: MEDIA_RULES,
  catalog: standard('catalog', { read: EVERYONE, create: EDITORS, update: EDITORS, remove: ADMIN }),
  roster: ROSTER_RULES,
  words: standard('words', { read: EDITORS, create: ADMIN, update: ADMIN, remove: ADMIN }),
  users: USERS_RULES,
  jobs: JOBS_RULES,
  kv: standard('kv', { read: NOBODY, create: NOBODY, update: NOBODY, remove: NOBODY }),
  // Edit locks: any logged-in user takes one, always in their own name; only its holder, a chief
  // editor or an administrator changes or removes it (src/access/editLocks.ts). The fixture lock
  // is the administrator's.
  locks: standard('locks', { read: LOGGED_IN, create: LOGGED_IN, update: PUBLISHERS, remove: PUBLISHERS, duplicate: LOGGED_IN }),
  preferences: {
    ...standard('preferences', { read: ADMIN, create: LOGGED_IN, update: ADMIN, remove: ADMIN, duplicate: ADMIN }),
    // Over REST Payload routes /count to GET /:key (a preference named "count"); GraphQL counts.
    'GET /count': [{ ...readPrivate(NOBODY, 'count'), graphqlAllowed: ADMIN }],
    // Payload's delete by id fails inside the SQLite adapter for preferences (a query on the
    // polymorphic user field; upstream bug, answers 500 and deletes nothing); GraphQL's delete
    // works, for the owner only. The admin deletes preferences by key (DELETE /:key, below).
    'DELETE /:id': [{ ...deletes(NOBODY, "deletes the administrator's preference by id", (slug) => privateDoc(slug)), graphqlAllowed: ADMIN }],
    'GET /:key': [readPrivate(ADMIN, 'one')],
    'POST /:key': [answers(LOGGED_IN, 'saves its own preference', (_slug, target) => ({ method: 'POST', url: `/api/payload-preferences/${target.mark}-own`, body: { value: { b: 2 } } }))],
    'DELETE /:key': [
      {
        name: "deletes the administrator's preference by key",
        allowed: ADMIN,
        prepare: (slug) => privateDoc(slug),
        rest: (_slug, target) => ({ method: 'DELETE', url: `/api/payload-preferences/${target.mark}` }),
        took: async (slug, target) => (await current(slug, target.id)) === null,
      },
    ],
  },
}

/** Root endpoints. */
const ROOT_RULES: Record<string, Scenario[]> = {
  'GET /health': [answers(EVERYONE, 'checks the server health', () => ({ method: 'GET', url: '/api/health' }))],
  'GET /access': [answers(EVERYONE, 'asks what it may do', () => ({ method: 'GET', url: '/api/access' }), () => ({ query: '{ Access { __typename } }' }))],
  // 稿件统计 (src/stats): editors and above read the office's counts, a reporter only their own line.
  'GET /stats': [
    {
      name: "reads the office's output statistics (a colleague's piece)",
      allowed: EDITORS,
      shared: true,
      prepare: async () => {
        const mark = marker()
        await system().create({ collection: 'articles', data: { title: mark, bylines: [{ role: 'correspondent', name: mark }] } as never, draft: true })
        return { id: 0, mark }
      },
      rest: () => ({ method: 'GET', url: '/api/stats?by=person' }),
      took: async (_slug, target, reply) => markIn(reply, target),
    },
    answers(STAFF, 'reads its own output statistics', () => ({ method: 'GET', url: '/api/stats?by=person' })),
  ],
}

/** Admin server functions: the two that act on the review chain are driven below; the others read or render through the collections' own access. */
const SERVER_FUNCTION_RULES: Record<string, string> = {
  'schedule-publish': 'guarded: only 终审 and administrators schedule, list or cancel (driven below)',
  'get-upcoming-scheduled-publish': 'guarded: only 终审 and administrators (driven below)',
  'copy-data-from-locale': "Payload's: reads and writes through the collection's access (no localization here)",
  'form-state': "Payload's: builds a form from the document, read with the user's access",
  'get-default-layout': "Payload's: dashboard layout of the user",
  'get-folder-results-component-and-data': "Payload's: folders (not enabled)",
  'render-document': "Payload's: renders a document with the user's access",
  'render-document-slots': "Payload's: renders the document's slots with the user's access",
  'render-field': "Payload's: renders a field with the user's access",
  'render-list': "Payload's: renders a list with the user's access",
  'render-widget': "Payload's: dashboard widgets",
  slugify: "Payload's: turns text into a slug, reads nothing",
  'table-state': "Payload's: list table with the user's access",
}

/** Jobs tasks: who can make them run. */
const TASK_RULES: Record<string, string> = {
  publishSite: 'queued by saves of live content (system); the run endpoint is administrators only',
  schedulePublish: 'queued by the guarded schedule-publish server function; publishes as the scheduling user, through the review chain',
}

// ————————————————————————————————————————— lookup

function graphQLTwin(name: string, collections: GraphQLField[]): { field: GraphQLField; restKey: string } | null {
  for (const c of collections) {
    const pairs: [string, string][] = [
      [c.singular, 'GET /:id'],
      [c.plural, 'GET /'],
      [`count${c.plural}`, 'GET /count'],
      [`docAccess${c.singular}`, 'POST /access/:id?'],
      [`version${c.singular}`, 'GET /versions/:id'],
      [`versions${c.plural}`, 'GET /versions'],
      [`create${c.singular}`, 'POST /'],
      [`update${c.singular}`, 'PATCH /:id'],
      [`delete${c.singular}`, 'DELETE /:id'],
      [`duplicate${c.singular}`, 'POST /:id/duplicate'],
      [`restoreVersion${c.singular}`, 'POST /versions/:id'],
      [`me${c.singular}`, 'GET /me'],
      [`initialized${c.singular}`, 'GET /init'],
      [`login${c.singular}`, 'POST /login'],
      [`logout${c.singular}`, 'POST /logout'],
      [`refreshToken${c.singular}`, 'POST /refresh-token'],
      [`forgotPassword${c.singular}`, 'POST /forgot-password'],
      [`resetPassword${c.singular}`, 'POST /reset-password'],
      [`verifyEmail${c.singular}`, 'POST /verify/:id'],
      [`unlock${c.singular}`, 'POST /unlock'],
    ]
    const hit = pairs.find(([n]) => n === name)
    if (hit) return { field: { ...c, name }, restKey: hit[1] }
  }
  return null
}

function rulesFor(route: Route, gqlCollections: GraphQLField[]): Scenario[] | string | null {
  if (route.kind === 'rest') {
    const key = `${route.method} ${route.path}`
    if (route.collection === null) return ROOT_RULES[key] ?? null
    const kind = KINDS[route.collection]
    return kind ? (RULES[kind][key] ?? null) : null
  }
  if (route.kind === 'graphql') {
    if (route.name === 'Access') return ROOT_RULES['GET /access']!
    const twin = graphQLTwin(route.name, gqlCollections)
    if (!twin) return null
    const kind = KINDS[twin.field.collection]
    return kind ? (RULES[kind][twin.restKey] ?? null) : null
  }
  if (route.kind === 'server-function') return SERVER_FUNCTION_RULES[route.name] ?? null
  return TASK_RULES[route.name] ?? null
}

// ————————————————————————————————————————— drivers

const restCall = (call: Call, role: Role): Promise<Reply> => sendRest(t, call.token ?? tokens[role] ?? null, call.method, call.url, call.body, call.form)

async function graphQLCall(call: GraphQLCall, role: Role): Promise<Reply> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (tokens[role]) headers.Authorization = `JWT ${tokens[role]}`
  const response = await GRAPHQL_POST(t.config)(new Request('http://localhost/api/graphql', { method: 'POST', headers, body: JSON.stringify(call) }))
  const text = await response.text()
  const json = JSON.parse(text)
  return { status: json.errors?.length ? 400 : response.status, text, json }
}

type Outcome = { route: string; scenario: string; role: Role; took: boolean; expected: boolean; status: number; detail: string }

async function drive(routeKey: string, slug: string, scenario: Scenario, send: (target: Target, role: Role) => Promise<Reply> | null, transport: 'rest' | 'graphql' = 'rest'): Promise<Outcome[]> {
  const outcomes: Outcome[] = []
  let shared: Target | null = null
  const allowed = (transport === 'graphql' && scenario.graphqlAllowed) || scenario.allowed
  for (const role of ROLES) {
    const expected = allowed.includes(role)
    try {
      const target = scenario.shared ? (shared ??= await scenario.prepare(slug, role)) : await scenario.prepare(slug, role)
      const pending = send(target, role)
      if (!pending) return outcomes
      const reply = await pending
      const took = await scenario.took(slug, target, reply, role)
      await scenario.after?.(slug, target, role, took)
      outcomes.push({ route: routeKey, scenario: scenario.name, role, took, expected, status: reply.status, detail: reply.text.slice(0, 300) })
    } catch (err) {
      // A broken fixture or a failed check is a mismatch too, reported with the others.
      outcomes.push({ route: routeKey, scenario: scenario.name, role, took: !expected, expected, status: 0, detail: `test error: ${(err as Error).message.slice(0, 300)}` })
    }
  }
  return outcomes
}

const mismatches = (outcomes: Outcome[]) =>
  outcomes.filter((o) => o.took !== o.expected).map((o) => `${o.route} — ${o.scenario} — ${o.role}: ${o.took ? 'got through' : 'refused'} (${o.status}) but the table says ${o.expected ? 'allowed' : 'refused'}: ${o.detail}`)

// ————————————————————————————————————————— tests

let routes: Route[] = []
let gqlCollections: GraphQLField[] = []

beforeAll(async () => {
  // Jobs are looked at, not run: no publisher process is started by this test.
  process.env.JOBS_AUTORUN = '0'
  t = await startPayload('route-table')
  for (const [role, roles] of [
    ['admin', ['admin']],
    ['chief', ['chief-editor']],
    ['editor', ['editor']],
    ['reporter', ['reporter']],
  ] as const) {
    const email = `${role}@routes.test`
    const user = await system().create({ collection: 'users', data: { email, password: 'pass-123456', name: `表格${role}`, roles } as never })
    const fixed = await system().update({ collection: 'users', id: user.id, data: { roles } as never })
    users[role] = { ...(fixed as any), email, collection: 'users' }
    tokens[role] = (await system().login({ collection: 'users', data: { email, password: 'pass-123456' } })).token!
  }
  organizationId = (await system().create({ collection: 'organizations', data: { name: '路由测试总工会', level: 'city' } as never })).id as number
  countyId = (await system().create({ collection: 'organizations', data: { name: '路由测试县总工会', level: 'county', parent: organizationId } as never })).id as number
  honorId = (await system().create({ collection: 'honors', data: { name: '路由测试奖章', level: 'national', recipientType: 'individual' } as never })).id as number
  void honorId

  const { routes: gql, schema } = await graphQLRoutes(t.config)
  routes = [...restRoutes(t.config), ...gql, ...serverFunctionRoutes(reviewServerFunctions), ...taskRoutes(t.config)]
  const argTypes = (name: string, type: 'query' | 'mutation') => {
    const root = type === 'query' ? schema.getQueryType() : schema.getMutationType()
    const field = root?.getFields()[name]
    return Object.fromEntries((field?.args ?? []).map((a) => [a.name, a.type.toString()]))
  }
  gqlCollections = t.config.collections
    .filter((c) => c.graphQL !== false)
    .map((c) => {
      // The names Payload's GraphQL schema gives a collection (@payloadcms/graphql initCollections).
      const configured = (c.graphQL || {}) as { singularName?: string; pluralName?: string }
      const fromSlug = formatNames(c.slug)
      const singular = configured.singularName ? toWords(configured.singularName, true) : fromSlug.singular
      let plural = configured.pluralName ? toWords(configured.pluralName, true) : fromSlug.plural
      if (singular === plural) plural = `all${singular}`
      return { name: '', args: {}, collection: c.slug, singular, plural }
    })
  // Remember each GraphQL field's argument types (ids, data inputs, draft flags).
  for (const route of gql) {
    const twin = graphQLTwin(route.name, gqlCollections)
    if (twin) argTypeCache.set(route.name, argTypes(route.name, route.type))
  }
}, 180_000)

const argTypeCache = new Map<string, Record<string, string>>()

afterAll(async () => {
  await t?.close()
})

describe('the route × role table', () => {
  it('has a rule for every route the configuration exposes', () => {
    expect(routes.length).toBeGreaterThan(300)
    const missing = routes.filter((r) => rulesFor(r, gqlCollections) === null).map((r) => r.key)
    expect(missing, 'routes without a rule in tests/int/route-table.int.spec.ts').toEqual([])
  })

  it('fails for a route added without a rule', () => {
    const invented: Route[] = [
      { kind: 'rest', collection: 'articles', method: 'POST', path: '/:id/approve-now', key: 'POST /api/articles/:id/approve-now' },
      { kind: 'rest', collection: 'new-collection', method: 'GET', path: '/', key: 'GET /api/new-collection' },
      { kind: 'graphql', type: 'mutation', name: 'approveArticle', key: 'graphql mutation approveArticle' },
      { kind: 'server-function', name: 'publish-now', key: 'server-function publish-now' },
    ]
    for (const route of invented) expect(rulesFor(route, gqlCollections), route.key).toBeNull()
  })

  it('drives every REST route as each role and an anonymous reader', async () => {
    const outcomes: Outcome[] = []
    for (const route of routes) {
      if (route.kind !== 'rest') continue
      const scenarios = rulesFor(route, gqlCollections)
      if (!Array.isArray(scenarios)) continue
      for (const scenario of scenarios) {
        outcomes.push(...(await drive(route.key, route.collection ?? '', scenario, (target, role) => restCall(scenario.rest(route.collection ?? '', target, role), role))))
      }
    }
    expect(outcomes.length).toBeGreaterThan(1000)
    expect(mismatches(outcomes)).toEqual([])
  }, 600_000)

  it('drives every GraphQL query and mutation that has a REST twin as each role', async () => {
    const outcomes: Outcome[] = []
    let driven = 0
    for (const route of routes) {
      if (route.kind !== 'graphql') continue
      const twin = graphQLTwin(route.name, gqlCollections)
      const scenarios = rulesFor(route, gqlCollections)
      if (!Array.isArray(scenarios)) continue
      const field: GraphQLField = twin ? { ...twin.field, args: argTypeCache.get(route.name) ?? {} } : { name: route.name, args: {}, collection: '', singular: '', plural: '' }
      for (const scenario of scenarios) {
        if (!scenario.graphql) continue
        const slug = field.collection
        const result = await drive(route.key, slug, scenario, (target, role) => {
          const call = scenario.graphql!(field, target, role)
          return call ? graphQLCall(call, role) : null
        }, 'graphql')
        if (result.length) driven++
        outcomes.push(...result)
      }
    }
    expect(driven).toBeGreaterThan(100)
    expect(mismatches(outcomes)).toEqual([])
  }, 600_000)
})

describe('admin server functions of the review chain', () => {
  async function call(name: 'schedule-publish' | 'get-upcoming-scheduled-publish', role: Exclude<Role, 'anonymous'>, args: Record<string, unknown>) {
    const { createLocalReq } = await import('payload')
    const req = await createLocalReq({ user: { ...users[role], collection: 'users' } as never }, system())
    try {
      return { result: await (reviewServerFunctions[name] as (a: unknown) => Promise<unknown>)({ ...args, req }) }
    } catch (err) {
      return { error: (err as Error).message }
    }
  }

  it('lets only 终审 and administrators schedule, list or cancel a publication', async () => {
    const target = await publishable('articles', 'approved')
    // As the admin sends it: the id from the page address, a string.
    const doc = { relationTo: 'articles', value: String(target.id) }
    for (const role of ['reporter', 'editor'] as const) {
      const scheduled = (await call('schedule-publish', role, { type: 'publish', doc, date: new Date(Date.now() + 3_600_000) })) as { result?: { error?: string } }
      expect(scheduled.result?.error, role).toContain('只有终审或管理员')
      expect((await call('get-upcoming-scheduled-publish', role, { id: target.id, collectionSlug: 'articles' })).error, role).toContain('只有终审或管理员')
    }
    expect((await system().count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } } })).totalDocs).toBe(0)

    // Not yet signed off: the chief editor cannot schedule it either, and is told why.
    const unsigned = await publishable('articles', 'edited')
    const early = (await call('schedule-publish', 'chief', { type: 'publish', doc: { relationTo: 'articles', value: String(unsigned.id) }, date: new Date(Date.now() + 3_600_000) })) as { result?: { error?: string } }
    expect(early.result?.error).toContain('终审通过后才能发布')

    const byChief = (await call('schedule-publish', 'chief', { type: 'publish', doc, date: new Date(Date.now() + 3_600_000) })) as { result?: { error?: string } }
    expect(byChief.result?.error).toBeUndefined()
    const upcoming = (await call('get-upcoming-scheduled-publish', 'chief', { id: target.id, collectionSlug: 'articles' })) as { result?: { id: number }[] }
    expect(upcoming.result?.length).toBe(1)
    const jobId = upcoming.result![0]!.id

    // A reporter cannot cancel it; a chief editor cannot use the cancel to delete another kind of job.
    const cancelled = (await call('schedule-publish', 'reporter', { deleteID: jobId })) as { result?: { error?: string } }
    expect(cancelled.result?.error).toContain('只有终审或管理员')
    expect((await system().count({ collection: 'payload-jobs', where: { id: { equals: jobId } } })).totalDocs).toBe(1)
    const other = await system().jobs.queue({ task: 'publishSite', input: { reason: 'not a schedule' }, waitUntil: new Date(Date.now() + 86_400_000) } as never)
    const wrongKind = (await call('schedule-publish', 'chief', { deleteID: other.id })) as { result?: { error?: string } }
    expect(wrongKind.result?.error).toContain('只能取消预约发布任务')
    expect((await system().count({ collection: 'payload-jobs', where: { id: { equals: other.id } } })).totalDocs).toBe(1)
  })
})
