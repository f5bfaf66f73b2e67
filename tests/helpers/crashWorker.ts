/**
 * The process the crash test (issue 13, tests/helpers/crashHarness.ts) kills: it stands in for the
 * server. It loads Payload the way the command-line scripts do (runCommand, src/lib/command.ts: lexical
 * first, alone), opens the SQLite file named by DATABASE_URI, and writes through the Local API.
 *
 *   node --import tsx tests/helpers/crashWorker.ts <setup|run|check> --round N --seed S [--wait]
 *
 * - `setup`: the demo seed (src/seed, as `npm run seed` runs it), then three documents of each
 *   tracked collection, published; then the dump (below), and exit.
 * - `run`: boot — Payload's onInit runs the project's start-up repair (repairOnInit), exactly what
 *   a server restarted after a crash does —, dump every tracked document, then save for ever in
 *   bursts, until the harness kills it. Boot and dump are the check of the previous kill; the
 *   bursts are the next kill's target (one process per kill: loading the modules takes 3–4 s of
 *   CPU on this machine, so no process is started for the check alone).
 * - `check`: boot and dump, then exit (the check after the last kill).
 * - `--wait`: load the modules, say `loaded`, and open the database only when the harness says
 *   `go`. The harness starts the next workers this way while the current one is still saving, so
 *   the module loading (most of a boot) is not paid between two kills; the database is not touched
 *   before `go`, so the first boot after a kill is still the one that opens it.
 *
 * Every save is a published save (or a first create, published, or a delete) made as the system:
 * a Local API call without a user. enforceReviewChain treats that as 系统 — every move allowed,
 * a publish marks the piece approved and appends 「发布」 to the review log — which is how the seed
 * publishes (src/seed/index.ts). Each save rewrites every array row of the document (20–60 bylines,
 * honours, key figures or gallery items, nested plan targets) and its relations, so a kill lands
 * between the statements of one save often.
 *
 * Protocol: messages on the IPC channel (`Message` in ./crashHarness.ts). Before each save `intent`
 * (the content it will have), after it `ack` (with its review log). Content is always sent as
 * `contentOf` projects it (the fields this worker writes, normalised), the dump too, so the harness
 * compares like with like.
 */
import { getPayload, type CollectionSlug, type Payload } from 'payload'

import { runCommand, type CommandContext } from '../../src/lib/command'
import { BYLINE_ROLE_OPTIONS, CREDIT_ROLE_OPTIONS, QUALIFIER_OPTIONS } from '../../src/fields/options'
import { rng, SLUG_PREFIX, TRACKED, type DumpDoc, type Json, type Message, type SaveOp, type Tracked } from './crashHarness'

/** Documents per collection: `setup` makes STARTING; creates stop at MAX, deletes keep it there. */
const STARTING = 3
const MAX = 6

/**
 * Send a message to the harness over the IPC channel (stdout is Payload's log, whose lines a
 * logger thread may write into the middle of ours). Resolved once the message is in the channel:
 * a kill after that does not lose it, so an intent is out before its save writes anything.
 */
const say = (m: Message) => new Promise<void>((resolve, reject) => process.send!(m, (err: Error | null) => (err ? reject(err) : resolve())))

// ---------------------------------------------------------------------------------------------
// Content

type Refs = { honors: number[]; topics: number[]; orgs: number[]; users: number[]; photos: number[]; workers: number[]; articles: number[] }

// Plain words only: the demo word list (block: 全网最低, 残废…) must never refuse a publish.
const NAMES = ['林晓', '王建国', '陈思远', '赵丽华', '周明', '孙海涛', '李春燕', '吴国平', '郑雨', '何志强', '冯佳', '许晨']
const PHRASES = ['一线职工技能比武', '工会驿站服务', '劳模创新工作室', '职工书屋', '夏季送清凉', '困难职工帮扶', '产业工人队伍建设', '安全生产月']
const UNITS = ['人次', '场', '个', '家', '万元', '项']

/**
 * The content of one save of a tracked document: every field this worker writes, fresh. Array rows
 * carry their own ids (as the admin sends them), so the intended state is known to the last row.
 */
function contentFor(collection: Tracked, slug: string, tag: string, refs: Refs, random: () => number): Json {
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1))
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const some = <T>(list: readonly T[], lo: number, hi: number): T[] => [...new Set(Array.from({ length: int(lo, hi) }, () => pick(list)))]
  const rowId = () => Array.from({ length: 24 }, () => '0123456789abcdef'[Math.floor(random() * 16)]).join('')
  const rows = <T extends Json>(n: number, row: (i: number) => T) => Array.from({ length: n }, (_, i) => ({ id: rowId(), ...row(i) }))
  const many = () => int(20, 60)
  const bylines = (n: number) => rows(n, (i) => ({ role: pick(BYLINE_ROLE_OPTIONS).value, name: `${pick(NAMES)}${i + 1}`, user: random() < 0.3 ? pick(refs.users) : null }))
  const common = { slug, _status: 'published', reviewStage: 'approved', organization: pick(refs.orgs) }
  switch (collection) {
    case 'articles':
      return {
        ...common,
        title: `${pick(PHRASES)}（${tag}）`,
        subtitle: `${pick(PHRASES)}侧记`,
        summary: `${pick(NAMES)}等${int(2, 90)}名职工参加${pick(PHRASES)}。`,
        featured: random() < 0.2,
        bylines: bylines(many()),
        credits: rows(int(3, 8), () => ({ role: pick(CREDIT_ROLE_OPTIONS).value, name: pick(NAMES) })),
        source: { publication: '江澄工人报', page: `第${int(1, 8)}版` },
        topics: some(refs.topics, 1, 3),
        relatedWorkers: some(refs.workers, 1, 3),
      }
    case 'model-workers':
      return {
        ...common,
        name: `${pick(NAMES)}（${tag}）`,
        kind: 'individual',
        employer: `江澄${pick(['港务', '电力', '纺织', '机械'])}集团`,
        position: pick(['高级焊工', '电工', '数控车工', '质检员']),
        publicationConsent: true,
        honors: rows(many(), (i) => ({ honor: pick(refs.honors), year: int(1990, 2025), note: `第${i + 1}项` })),
        innovationStudio: { name: `${pick(NAMES)}创新工作室`, description: `${pick(PHRASES)}（${tag}）` },
        quote: `${pick(PHRASES)}，一步一个脚印。`,
        relatedArticles: some(refs.articles, 1, 2),
      }
    case 'yearly-reviews': {
      const year = int(2015, 2025)
      return {
        ...common,
        title: `${year}年度回眸（${tag}）`,
        period: { firstYear: year, lastYear: year },
        lead: `${pick(PHRASES)}取得新进展。`,
        bylines: bylines(int(2, 4)),
        keyFigures: rows(many(), (i) => ({
          label: `${pick(PHRASES)}${i + 1}`,
          value: int(1, 90000),
          unit: pick(UNITS),
          qualifier: random() < 0.5 ? pick(QUALIFIER_OPTIONS).value : null,
          pillar: pick(['服务职工', '建功立业', '维权帮扶']),
          comparison: { previousValue: int(1, 90000), note: `同比增长${int(1, 30)}%` },
        })),
        plans: rows(int(2, 4), () => ({
          name: `实施${pick(PHRASES)}行动`,
          description: `${pick(NAMES)}牵头`,
          targets: rows(int(2, 5), () => ({ label: pick(PHRASES), value: int(1, 500), unit: pick(UNITS) })),
        })),
        topics: some(refs.topics, 1, 2),
      }
    }
    case 'galleries':
      return {
        ...common,
        title: `${pick(PHRASES)}图集（${tag}）`,
        summary: `${pick(PHRASES)}现场。`,
        items: rows(many(), (i) => ({ photo: pick(refs.photos), caption: `${pick(PHRASES)}，第${i + 1}张`, credit: `${pick(NAMES)} 摄` })),
        topics: some(refs.topics, 1, 2),
      }
  }
}

/** Fields a tracked document is compared on: what contentFor writes. */
const CONTENT_FIELDS: Record<Tracked, string[]> = Object.fromEntries(
  TRACKED.map((c) => {
    const refs: Refs = { honors: [1], topics: [1], orgs: [1], users: [1], photos: [1], workers: [1], articles: [1] }
    return [c, Object.keys(contentFor(c, 'x', 'x', refs, rng(1)))]
  }),
) as Record<Tracked, string[]>

/**
 * Comparable form of a value: documents at depth 0 are ids already; null, '' and empty lists and
 * groups (which Payload returns for unset fields) are dropped, object keys sorted.
 */
function normalize(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return undefined
  if (Array.isArray(value)) {
    const items = value.map(normalize).filter((v) => v !== undefined)
    return items.length ? items : undefined
  }
  if (typeof value === 'object') {
    const out: Json = {}
    for (const key of Object.keys(value as Json).sort()) {
      const v = normalize((value as Json)[key])
      if (v !== undefined) out[key] = v
    }
    return Object.keys(out).length ? out : undefined
  }
  return value
}

/** The tracked fields of a document as stored or sent, normalised. */
function contentOf(collection: Tracked, doc: Json): Json {
  const out: Json = {}
  for (const key of CONTENT_FIELDS[collection]) {
    const v = normalize(doc[key])
    if (v !== undefined) out[key] = v
  }
  return out
}

/** A review-log entry as compared: who did what, when (the row id is the database's business). */
const logOf = (doc: Json): string[] =>
  ((doc.reviewLog as Json[] | null | undefined) ?? []).map((e) => [e.action, e.from, e.to, e.userName, e.at].map((v) => String(v ?? '')).join('|'))

// ---------------------------------------------------------------------------------------------
// Reading

/** Every tracked document, as the site reads it (draft: false) and as the admin does (newest version). */
async function dump(payload: Payload): Promise<DumpDoc[]> {
  const docs = new Map<string, DumpDoc>()
  for (const collection of TRACKED) {
    for (const draft of [false, true]) {
      const found = await payload.find({ collection, draft, depth: 0, pagination: false, overrideAccess: true })
      for (const doc of found.docs as unknown as Json[]) {
        const slug = String(doc.slug ?? '')
        if (!slug.startsWith(SLUG_PREFIX)) continue
        const key = `${collection}:${slug}`
        const entry = docs.get(key) ?? { collection, slug, id: Number(doc.id), published: null, latest: null }
        entry[draft ? 'latest' : 'published'] = { content: contentOf(collection, doc), log: logOf(doc) }
        docs.set(key, entry)
      }
    }
  }
  return [...docs.values()]
}

/** Ids the generated content points at: the demo seed's catalog, photos, people and pieces. */
async function loadRefs(payload: Payload): Promise<Refs> {
  const ids = async (collection: CollectionSlug, where?: Json) => {
    const found = await payload.find({ collection, depth: 0, pagination: false, where: where as never, overrideAccess: true })
    return (found.docs as unknown as Json[]).filter((d) => !String(d.slug ?? '').startsWith(SLUG_PREFIX)).map((d) => Number(d.id))
  }
  const published = { _status: { equals: 'published' } }
  const refs: Refs = {
    honors: await ids('honors'),
    topics: await ids('topics'),
    orgs: await ids('organizations'),
    users: await ids('users'),
    photos: await ids('media', { alt: { exists: true } }),
    workers: await ids('model-workers', published),
    articles: await ids('articles', published),
  }
  for (const [name, list] of Object.entries(refs)) if (list.length === 0) throw new Error(`the demo seed left no ${name} to refer to`)
  return refs
}

// ---------------------------------------------------------------------------------------------
// Writing

type Existing = { collection: Tracked; slug: string; id: number }

class Saver {
  private n = 0
  constructor(
    private payload: Payload,
    private refs: Refs,
    private round: number,
    private random: () => number,
  ) {}

  /** One save, between its intent and its ack. The call is the system's (no user), as the seed's. */
  async save(op: SaveOp, target: Existing): Promise<Existing> {
    const n = ++this.n
    const { collection, slug } = target
    const content = op === 'delete' ? undefined : contentFor(collection, slug, `${this.round}-${n}`, this.refs, this.random)
    await say({ type: 'intent', n, op, collection, slug, id: op === 'create' ? undefined : target.id, content: content && contentOf(collection, content) })
    const started = performance.now()
    let doc: Json
    try {
      // Plain Local API calls as the system (no user: overrideAccess defaults to true). The data is
      // built at run time from the collection's fields, so it is not typed per collection.
      if (op === 'create') doc = (await this.payload.create({ collection, data: content as never, depth: 0 })) as unknown as Json
      else if (op === 'update') doc = (await this.payload.update({ collection, id: target.id, data: content as never, depth: 0 })) as unknown as Json
      else doc = (await this.payload.delete({ collection, id: target.id, depth: 0 })) as unknown as Json
    } catch (err) {
      await say({ type: 'error', n, stage: `${op} ${collection} ${slug}`, message: (err as Error).message })
      throw err
    }
    const id = Number(doc.id)
    await say({ type: 'ack', n, op, collection, slug, id, log: op === 'delete' ? [] : logOf(doc), ms: Math.round(performance.now() - started) })
    return { collection, slug, id }
  }

  newSlug(collection: Tracked, label: string): string {
    return `${SLUG_PREFIX}${collection.slice(0, 2)}-${label}-${this.round}-${this.n + 1}`
  }
}

/**
 * Save until killed: bursts of one to three saves at once (the office has several desks; the write
 * queue serialises them), each on a different document, so every document has at most one save
 * in flight. A collection below MAX documents gets a first create now and then; one at MAX loses
 * a created document (a starting one only when those are busy), which keeps the dump (and each
 * check) about the same size however long the run.
 */
async function saveForEver(saver: Saver, existing: Existing[], random: () => number): Promise<never> {
  const busy = new Set<string>()
  const key = (e: { collection: string; slug: string }) => `${e.collection}:${e.slug}`
  for (;;) {
    const burst: Promise<void>[] = []
    const width = 1 + Math.floor(random() * 3)
    for (let i = 0; i < width; i++) {
      const collection = TRACKED[Math.floor(random() * TRACKED.length)]!
      const mine = existing.filter((e) => e.collection === collection && !busy.has(key(e)))
      const count = existing.filter((e) => e.collection === collection).length
      let op: SaveOp
      let target: Existing
      if (count >= MAX && mine.length > STARTING) {
        op = 'delete'
        target = mine.find((e) => !e.slug.includes('-start-')) ?? mine[0]!
      } else if (count < MAX && random() < 0.3) {
        op = 'create'
        target = { collection, slug: saver.newSlug(collection, 'new'), id: 0 }
      } else if (mine.length) {
        op = 'update'
        target = mine[Math.floor(random() * mine.length)]!
      } else continue
      busy.add(key(target))
      burst.push(
        saver.save(op, target).then((saved) => {
          busy.delete(key(target))
          if (op === 'create') existing.push(saved)
          if (op === 'delete') existing.splice(existing.findIndex((e) => key(e) === key(target)), 1)
        }),
      )
    }
    await Promise.all(burst)
  }
}

// ---------------------------------------------------------------------------------------------

function argValue(name: string, fallback: string): string {
  const i = process.argv.indexOf(name)
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback
}

/** Resolves when the harness says `go`. */
function go(): Promise<void> {
  return new Promise((resolve) => process.on('message', (m) => m === 'go' && resolve()))
}

async function main({ loadConfig }: CommandContext): Promise<void> {
  const mode = process.argv[2]
  if (mode !== 'setup' && mode !== 'run' && mode !== 'check') throw new Error(`mode must be setup, run or check, not ${mode}`)
  const round = Number(argValue('--round', '0'))
  const random = rng(Number(argValue('--seed', '1')) * 1000 + round)

  const config = await loadConfig()
  // Whatever happens to the harness, this process does not outlive it.
  process.on('disconnect', () => process.exit(0))
  const told = process.argv.includes('--wait') ? go() : Promise.resolve()
  await say({ type: 'loaded' })
  await told

  const started = performance.now()
  let payload: Payload
  try {
    payload = await getPayload({ config })
  } catch (err) {
    await say({ type: 'error', stage: 'boot', message: (err as Error).stack ?? String(err) })
    throw err
  }
  await say({ type: 'booted', ms: Math.round(performance.now() - started) })

  if (mode === 'setup') {
    const { seed } = await import('../../src/seed')
    await seed(payload)
    const saver = new Saver(payload, await loadRefs(payload), round, random)
    for (const collection of TRACKED) {
      for (let i = 1; i <= STARTING; i++) await saver.save('create', { collection, slug: `${SLUG_PREFIX}${collection.slice(0, 2)}-start-${i}`, id: 0 })
    }
  }

  const dumpStarted = performance.now()
  const docs = await dump(payload)
  await say({ type: 'dump', docs, ms: Math.round(performance.now() - dumpStarted) })
  if (mode !== 'run') return

  const existing = docs.filter((d) => d.published || d.latest).map(({ collection, slug, id }) => ({ collection, slug, id }))
  await saveForEver(new Saver(payload, await loadRefs(payload), round, random), existing, random)
}

runCommand('crash worker', async (ctx) => main(ctx), { failure: 'crash worker' })
