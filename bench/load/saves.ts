/**
 * Save throughput (issue 13, "no silent slowdown"): N editor desks saving at once, as fast as they
 * can, through the REST API of the real server, for a fixed time. Closed loop: each desk waits for
 * the answer to a save before it makes the next one.
 *
 * Every save is one the review chain (三审, src/workflow) allows to the account that makes it, so
 * the chain's checks, the sensitive-word check, the review log and the site-publish queue all run
 * as they do in the office. Each desk has three accounts created by the demo administrator — a
 * reporter (记者), an editor (责编) and a chief editor (终审) — and takes piece after piece through
 * the chain, the whole document sent with every save (as the admin does), several array rows
 * changed each time:
 *
 *   1. reporter: creates the draft                 POST  ?draft=true   (create)
 *   2. reporter: edits it                          PATCH ?draft=true   (draft)
 *   3. reporter: edits and submits (→ submitted)   PATCH ?draft=true   (draft)
 *   4. editor:   edits, first review (→ edited)    PATCH ?draft=true   (draft)
 *   5. chief:    edits, approves and publishes     PATCH, _status: published (publish: the
 *                (→ approved, live)                heaviest save: document, arrays, version, log,
 *                                                  word check, site publish queued)
 *
 * Even desks write articles (bylines and editorial credits, topics, body), odd desks model-worker
 * profiles (honours rows pointing at the honour catalogue, innovation studio, biography).
 *
 * Afterwards every piece is read back: its newest version must be exactly its last acknowledged
 * save (every field sent, arrays row by row, review stage, the review log at least as long as the
 * chain has made it), and a published piece's live document must be exactly what its publish sent.
 * A piece that matches neither its last acknowledged save nor a later save that failed or got no
 * answer is a lost update.
 */

import { watchOtherWork } from './cpu'

type Json = Record<string, unknown>

export type SaveKind = 'create' | 'draft' | 'publish'

export type SavesResult = {
  desks: number
  seconds: number
  /** Wall time from the first save to the last answer (ms). */
  elapsedMs: number
  /** Saves answered 2xx. */
  acknowledged: number
  /** Latency (ms) of every answered save, errors included (a slow failure is not hidden). */
  latencies: number[]
  byKind: Record<SaveKind, number[]>
  /** Answers other than 2xx, by status. */
  statuses: Record<string, number>
  serverErrors: number
  /** Answers whose body mentions SQLITE_BUSY / database is locked. */
  busyAnswers: number
  /** Saves that got no answer (connection error, 30 s timeout). */
  connectionErrors: number
  pieces: number
  published: number
  /** Pieces matching neither their last acknowledged save nor a later unacknowledged one. */
  lostUpdates: string[]
  /** Pieces holding a save that failed or got no answer (not lost: a later state, whole). */
  unacknowledgedLanded: number
  /** Share of the machine (0–1) other processes used while the desks saved; null where unknown. */
  otherWork: number | null
  sample: string[]
}

// ---------------------------------------------------------------------------------------------

type Answer = { answered: true; status: number; body: string; json: Json | null; ms: number } | { answered: false; status: 0; error: string; ms: number }

async function call(base: string, token: string | null, method: string, url: string, body?: unknown): Promise<Answer> {
  const t = performance.now()
  try {
    const res = await fetch(`${base}${url}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    })
    const text = await res.text()
    let json: Json | null = null
    try {
      json = JSON.parse(text) as Json
    } catch {
      // not JSON
    }
    return { answered: true, status: res.status, body: text, json, ms: performance.now() - t }
  } catch (err) {
    return { answered: false, status: 0, error: (err as Error).message, ms: performance.now() - t }
  }
}

/** A request of the set-up or the check: anything but 2xx stops the benchmark. */
async function rest(base: string, token: string | null, method: string, url: string, body?: unknown): Promise<Json> {
  const a = await call(base, token, method, url, body)
  if (!a.answered) throw new Error(`${method} ${url}: ${a.error}`)
  if (a.status >= 300 || !a.json) throw new Error(`${method} ${url}: HTTP ${a.status} ${a.body.slice(0, 400)}`)
  return a.json
}

const loginAs = async (base: string, email: string, password: string) => (await rest(base, null, 'POST', '/api/users/login', { email, password })).token as string

// ---------------------------------------------------------------------------------------------
// The documents: the whole content of a piece at one save, varied so that rows change every time.

const NAMES = ['林晓', '周航', '陈思远', '王建国', '李敏', '赵雪', '孙立', '吴桐', '郑凯', '何静', '高远', '刘洋', '马丽', '许诺']
const BYLINE_ROLES = ['reporter', 'multimedia-reporter', 'correspondent', 'photo', 'text']
const CREDIT_ROLES = ['board', 'layout', 'editor', 'final']
const PARAGRAPHS = [
  '车间里，职工们正围着新投用的智能焊接工作站交流操作经验，工会组织的技能培训已经开到了第三期。',
  '工会驿站延长了开放时间，夜班职工下班后可以在这里歇脚、热饭，也可以预约法律咨询。',
  '今年以来，市总工会累计开展职工技能竞赛四十余场，参赛职工超过一万人次。',
  '班组推行“首件三检”制度，关键工序都能追溯到人，产品一次交检合格率稳步提升。',
]

const text = (t: string) => ({ type: 'text', version: 1, text: t, detail: 0, format: 0, mode: 'normal', style: '' })
const richText = (paragraphs: string[]) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: paragraphs.map((p) => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children: [text(p)] })),
  },
})
const pick = <T>(list: readonly T[], i: number) => list[((i % list.length) + list.length) % list.length]

type Refs = { honors: (number | string)[]; topics: (number | string)[]; organizations: (number | string)[] }

/** Article content at save `v` of desk `desk` (title fixed per piece: the slug stays). */
function articleContent(desk: number, piece: number, v: number, refs: Refs): Json {
  const bylines = Array.from({ length: 3 + (v % 2) }, (_, r) => ({ role: pick(BYLINE_ROLES, v + r), name: pick(NAMES, desk + v * 3 + r) }))
  return {
    title: `压测稿件 第${desk + 1}组 第${piece}篇`,
    subtitle: `第${v}次保存`,
    summary: `n=${v}：${pick(PARAGRAPHS, v)}`,
    bylines,
    credits: CREDIT_ROLES.map((role, r) => ({ role, name: pick(NAMES, desk + v + r * 2) })),
    body: richText([`第${v}稿。`, pick(PARAGRAPHS, v), pick(PARAGRAPHS, v + 1), pick(PARAGRAPHS, v + 2)]),
    source: { publication: '江澄工人报', page: `第${1 + (v % 8)}版` },
    topics: [pick(refs.topics, v), pick(refs.topics, v + 1)].filter((t, i, all) => all.indexOf(t) === i),
    organization: pick(refs.organizations, desk),
  }
}

/** Model-worker profile content at save `v` (consent on file, so it may be published). */
function workerContent(desk: number, piece: number, v: number, refs: Refs): Json {
  const honors = Array.from({ length: 3 + (v % 3) }, (_, r) => ({ honor: pick(refs.honors, v + r), year: 2015 + ((v + r) % 11), note: `第${v}次核对` }))
  return {
    name: `压测劳模 第${desk + 1}组 第${piece}位`,
    kind: 'individual',
    employer: `江澄重工 第${1 + (v % 5)}车间`,
    position: pick(['高级焊工', '数控车工', '电工技师', '装配钳工'], v),
    honors,
    innovationStudio: { name: `${pick(NAMES, desk)}劳模创新工作室`, description: `第${v}稿：${pick(PARAGRAPHS, v)}` },
    biography: richText([`第${v}稿。`, pick(PARAGRAPHS, v + 1), pick(PARAGRAPHS, v + 3)]),
    quote: `n=${v}：一次做对，次次做好。`,
    publicationConsent: true,
    organization: pick(refs.organizations, desk),
  }
}

const idOf = (v: unknown): string | null => (v === null || v === undefined ? null : typeof v === 'object' ? idOf((v as { id?: unknown }).id) : String(v))
const bodyText = (v: unknown): string =>
  JSON.stringify(((v as { root?: { children?: { children?: { text?: string }[] }[] } } | null)?.root?.children ?? []).map((p) => (p.children ?? []).map((c) => c.text ?? '').join('')))

/** The fields a save sent, in a form comparable with what the server stores (arrays row by row). */
function comparable(collection: string, doc: Json): string {
  const rows = (v: unknown, keys: string[]) => ((v as Json[] | null) ?? []).map((row) => keys.map((k) => (k === 'honor' ? idOf(row[k]) : (row[k] ?? null))))
  if (collection === 'articles') {
    return JSON.stringify([
      doc.title,
      doc.subtitle,
      doc.summary,
      rows(doc.bylines, ['role', 'name']),
      rows(doc.credits, ['role', 'name']),
      bodyText(doc.body),
      (doc.source as Json | null)?.publication ?? null,
      (doc.source as Json | null)?.page ?? null,
      ((doc.topics as unknown[] | null) ?? []).map(idOf),
      idOf(doc.organization),
    ])
  }
  return JSON.stringify([
    doc.name,
    doc.employer,
    doc.position,
    rows(doc.honors, ['honor', 'year', 'note']),
    (doc.innovationStudio as Json | null)?.name ?? null,
    (doc.innovationStudio as Json | null)?.description ?? null,
    bodyText(doc.biography),
    doc.quote,
    doc.publicationConsent ?? null,
    idOf(doc.organization),
  ])
}

// ---------------------------------------------------------------------------------------------

type State = { content: string; stage: string; logAtLeast: number; live: string | null }

type Piece = {
  desk: number
  collection: 'articles' | 'model-workers'
  id: string | null
  /** The state after the last acknowledged save. */
  acked: State | null
  /** States of saves after it that failed or got no answer (any of them may have landed). */
  unacked: State[]
}

type Desk = { index: number; reporter: string; editor: string; chief: string }

type Step = { kind: SaveKind; who: keyof Omit<Desk, 'index'>; extra: Json; stage: string; log: number; publish: boolean }

const STEPS: Step[] = [
  { kind: 'create', who: 'reporter', extra: {}, stage: 'draft', log: 0, publish: false },
  { kind: 'draft', who: 'reporter', extra: {}, stage: 'draft', log: 0, publish: false },
  { kind: 'draft', who: 'reporter', extra: { reviewStage: 'submitted', reviewComment: '请审核。' }, stage: 'submitted', log: 1, publish: false },
  { kind: 'draft', who: 'editor', extra: { reviewStage: 'edited', proofPass: 'first', reviewComment: '一校完毕。' }, stage: 'edited', log: 2, publish: false },
  { kind: 'publish', who: 'chief', extra: { reviewStage: 'approved', _status: 'published' }, stage: 'approved', log: 4, publish: true },
]

export async function runSaves(opts: {
  base: string
  adminToken: string
  desks: number
  seconds: number
  /** The server's process group, so its CPU time is not counted as other work. */
  serverGroup?: number
  log: (line: string) => void
}): Promise<SavesResult> {
  const { base, adminToken } = opts
  const run = Date.now().toString(36)

  const ids = async (collection: string) => ((await rest(base, adminToken, 'GET', `/api/${collection}?limit=50&depth=0&sort=id`)).docs as Json[]).map((d) => d.id as number | string)
  const refs: Refs = { honors: await ids('honors'), topics: await ids('topics'), organizations: await ids('organizations') }
  if (!refs.honors.length || !refs.topics.length || !refs.organizations.length) throw new Error('the demo honours, topics or organizations are missing')

  // Three accounts per desk, made by the administrator (the only one who may give roles).
  const desks: Desk[] = []
  for (let i = 0; i < opts.desks; i++) {
    const desk: Partial<Desk> = { index: i }
    for (const [who, role, zh] of [
      ['reporter', 'reporter', '记者'],
      ['editor', 'editor', '责编'],
      ['chief', 'chief-editor', '终审'],
    ] as const) {
      const email = `load-saves-${run}-${i + 1}-${who}@example.com`
      const password = `load-saves-${run}-${i + 1}-${who}-pw`
      await rest(base, adminToken, 'POST', '/api/users?depth=0', { name: `压测${zh}${i + 1}`, email, password, roles: [role] })
      desk[who] = await loginAs(base, email, password)
    }
    desks.push(desk as Desk)
  }

  const result: SavesResult = {
    desks: opts.desks,
    seconds: opts.seconds,
    elapsedMs: 0,
    acknowledged: 0,
    latencies: [],
    byKind: { create: [], draft: [], publish: [] },
    statuses: {},
    serverErrors: 0,
    busyAnswers: 0,
    connectionErrors: 0,
    pieces: 0,
    published: 0,
    lostUpdates: [],
    unacknowledgedLanded: 0,
    otherWork: null,
    sample: [],
  }
  const pieces: Piece[] = []

  /** One piece through the chain; stops at the deadline (between saves) or at the first failed save. */
  async function onePiece(desk: Desk, n: number, deadline: number, measured: boolean): Promise<void> {
    const collection = desk.index % 2 === 0 ? 'articles' : 'model-workers'
    const piece: Piece = { desk: desk.index, collection, id: null, acked: null, unacked: [] }
    if (measured) pieces.push(piece)
    for (const [s, step] of STEPS.entries()) {
      if (Date.now() >= deadline) return
      const v = n * STEPS.length + s
      const content = collection === 'articles' ? articleContent(desk.index, n, v, refs) : workerContent(desk.index, n, v, refs)
      const body = { ...content, ...step.extra }
      const url =
        step.kind === 'create'
          ? `/api/${collection}?draft=true&depth=0`
          : `/api/${collection}/${piece.id}?${step.publish ? '' : 'draft=true&'}depth=0`
      const answer = await call(base, desk[step.who], step.kind === 'create' ? 'POST' : 'PATCH', url, body)
      const state: State = {
        content: comparable(collection, content),
        stage: step.stage,
        logAtLeast: step.log,
        live: step.publish ? comparable(collection, content) : (piece.acked?.live ?? null),
      }
      const ok = answer.answered && answer.status >= 200 && answer.status < 300
      if (measured && answer.answered) {
        result.latencies.push(answer.ms)
        result.byKind[step.kind].push(answer.ms)
      }
      if (ok) {
        if (step.kind === 'create') piece.id = idOf((answer.answered ? (answer.json?.doc as Json | undefined) : undefined)?.id)
        piece.acked = state
        piece.unacked = []
        if (measured) result.acknowledged++
        continue
      }
      piece.unacked.push(state)
      if (measured) {
        if (!answer.answered) {
          result.connectionErrors++
          if (result.sample.length < 6) result.sample.push(`desk ${desk.index + 1} ${step.kind}: no answer (${answer.error})`)
        } else {
          result.statuses[answer.status] = (result.statuses[answer.status] ?? 0) + 1
          if (answer.status >= 500) result.serverErrors++
          if (/SQLITE_BUSY|database is locked/i.test(answer.body)) result.busyAnswers++
          if (result.sample.length < 6) result.sample.push(`desk ${desk.index + 1} ${step.kind}: HTTP ${answer.status} ${answer.body.slice(0, 300)}`)
        }
      } else {
        throw new Error(`warm-up save refused (desk ${desk.index + 1}, ${step.kind}): ${answer.answered ? `HTTP ${answer.status} ${answer.body.slice(0, 400)}` : answer.error}`)
      }
      return // a failed step leaves the piece where it is; the desk starts a new one
    }
  }

  // One piece through the whole chain per desk first, not measured: the first save of each kind
  // loads its route code.
  await Promise.all(desks.map((desk) => onePiece(desk, 0, Number.POSITIVE_INFINITY, false)))
  opts.log(`${opts.desks} desks (a reporter, an editor and a chief editor each) saving as fast as they can for ${opts.seconds} s…`)

  const others = watchOtherWork(opts.serverGroup)
  const start = Date.now()
  const deadline = start + opts.seconds * 1000
  await Promise.all(
    desks.map(async (desk) => {
      for (let n = 1; Date.now() < deadline; n++) await onePiece(desk, n, deadline, true)
    }),
  )
  result.elapsedMs = Date.now() - start
  result.otherWork = others.stop()

  // Read every piece back (as the administrator, who sees drafts and the review log).
  for (const piece of pieces) {
    if (piece.id === null) {
      if (piece.unacked.length) result.sample.push(`desk ${piece.desk + 1}: a create failed (not checked: no id)`)
      continue
    }
    result.pieces++
    if (piece.acked?.live) result.published++
    const latest = await call(base, adminToken, 'GET', `/api/${piece.collection}/${piece.id}?draft=true&depth=0`)
    const live = piece.acked?.live || piece.unacked.some((s) => s.live) ? await call(base, adminToken, 'GET', `/api/${piece.collection}/${piece.id}?depth=0`) : null
    const read = (a: Answer | null) => (a && a.answered && a.status === 200 && a.json ? a.json : null)
    const doc = read(latest)
    const liveDoc = read(live)
    const holds = (s: State) =>
      doc !== null &&
      comparable(piece.collection, doc) === s.content &&
      doc.reviewStage === s.stage &&
      ((doc.reviewLog as unknown[] | null) ?? []).length >= s.logAtLeast &&
      (s.live === null || (liveDoc !== null && liveDoc._status === 'published' && comparable(piece.collection, liveDoc) === s.live))
    if (piece.acked && holds(piece.acked)) continue
    if (piece.unacked.some(holds)) {
      result.unacknowledgedLanded++
      continue
    }
    const what = doc === null ? `unreadable (${latest.answered ? `HTTP ${latest.status}` : latest.error})` : `stage ${String(doc.reviewStage)}, ${((doc.reviewLog as unknown[] | null) ?? []).length} log entries`
    result.lostUpdates.push(`desk ${piece.desk + 1} ${piece.collection} ${piece.id}: expected stage ${piece.acked?.stage ?? '?'}; stored ${what}`)
  }
  return result
}
