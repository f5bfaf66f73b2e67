/**
 * Concurrent editors: N reporter accounts (created by the demo administrator through the REST API),
 * each with a draft of its own, each saving that draft once per second (autocannon, one connection
 * per editor, `connectionRate: 1`) with a counter in the text. Afterwards every draft must hold the
 * last counter its editor was told was saved (no lost update), and no save may have been answered
 * with a 5xx or an SQLITE_BUSY / "database is locked" error.
 */
import autocannon, { type Result } from 'autocannon'

export type EditorsResult = {
  editors: number
  seconds: number
  saves: number
  acknowledged: number
  /** Latencies (ms) of every answered save. */
  latencies: number[]
  /** Answers other than 2xx, by status. */
  statuses: Record<string, number>
  /** 5xx answers and answers whose body mentions SQLITE_BUSY / database is locked. */
  serverErrors: number
  busyAnswers: number
  /** Connection errors and timeouts (autocannon). */
  connectionErrors: number
  /** Drafts holding less than the last acknowledged counter (or unreadable): lost updates. */
  lostUpdates: { editor: number; acknowledged: number; stored: number | null }[]
  /** Drafts holding a later counter than acknowledged: a save whose answer never came (timeout) landed. */
  unacknowledgedLanded: { editor: number; acknowledged: number; stored: number }[]
  sample: string[]
}

type Json = Record<string, unknown>

async function rest(base: string, token: string | null, method: string, url: string, body?: unknown): Promise<Json> {
  const res = await fetch(`${base}${url}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  })
  const text = await res.text()
  if (res.status >= 300) throw new Error(`${method} ${url}: HTTP ${res.status} ${text.slice(0, 400)}`)
  return JSON.parse(text) as Json
}

export async function login(base: string, email: string, password: string): Promise<string> {
  const json = await rest(base, null, 'POST', '/api/users/login', { email, password })
  return json.token as string
}

const counterOf = (summary: unknown): number | null => {
  const m = /^n=(\d+)$/.exec(typeof summary === 'string' ? summary : '')
  return m ? Number(m[1]) : null
}

export async function runEditors(opts: { base: string; adminToken: string; editors: number; seconds: number; log: (line: string) => void }): Promise<EditorsResult> {
  const { base, adminToken } = opts
  const run = `${Date.now().toString(36)}`
  const people: { token: string; draft: number | string }[] = []
  for (let i = 0; i < opts.editors; i++) {
    const email = `load-editor-${run}-${i + 1}@example.com`
    const password = `load-editor-${run}-${i + 1}-pw`
    await rest(base, adminToken, 'POST', '/api/users?depth=0', { name: `压测编辑${i + 1}`, email, password, roles: ['reporter'] })
    const token = await login(base, email, password)
    const created = await rest(base, token, 'POST', '/api/articles?draft=true&depth=0', { title: `压测稿件 第${i + 1}号`, summary: 'n=0', subtitle: '第0次保存' })
    people.push({ token, draft: (created.doc as { id: number | string }).id })
  }
  // One save each first, not measured: the first save of a route loads its code.
  await Promise.all(people.map((person) => rest(base, person.token, 'PATCH', `/api/articles/${person.draft}?draft=true&depth=0`, { summary: 'n=0', subtitle: '第0次保存' })))
  opts.log(`${opts.editors} reporter accounts created, each with a draft; saving once per second for ${opts.seconds} s…`)

  const result: EditorsResult = {
    editors: opts.editors,
    seconds: opts.seconds,
    saves: 0,
    acknowledged: 0,
    latencies: [],
    statuses: {},
    serverErrors: 0,
    busyAnswers: 0,
    connectionErrors: 0,
    lostUpdates: [],
    unacknowledgedLanded: [],
    sample: [],
  }
  const lastAcked = people.map(() => 0)

  const runs = people.map((person, i) => {
    let n = 0
    const instance = autocannon({
      url: base,
      connections: 1,
      connectionRate: 1,
      // Exactly one save per second for the whole period, and every answer awaited (a run ended by
      // `duration` cuts the last save off mid-flight).
      amount: opts.seconds,
      timeout: 30,
      requests: [
        {
          method: 'PATCH',
          path: `/api/articles/${person.draft}?draft=true&depth=0`,
          headers: { 'Content-Type': 'application/json', Authorization: `JWT ${person.token}` },
          setupRequest: (request) => {
            n++
            return { ...request, body: JSON.stringify({ summary: `n=${n}`, subtitle: `第${n}次保存` }) }
          },
          onResponse: (status, body) => {
            if (status >= 200 && status < 300) {
              try {
                const stored = counterOf((JSON.parse(body) as { doc?: { summary?: unknown } }).doc?.summary)
                if (stored !== null) lastAcked[i] = Math.max(lastAcked[i], stored)
                result.acknowledged++
              } catch {
                result.sample.push(`editor ${i + 1}: 2xx answer that is not JSON: ${body.slice(0, 200)}`)
              }
              return
            }
            result.statuses[status] = (result.statuses[status] ?? 0) + 1
            if (status >= 500) result.serverErrors++
            if (/SQLITE_BUSY|database is locked/i.test(body)) result.busyAnswers++
            if (result.sample.length < 5) result.sample.push(`editor ${i + 1}: HTTP ${status} ${body.slice(0, 300)}`)
          },
        },
      ],
    })
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => result.latencies.push(ms))
    return instance as PromiseLike<Result>
  })
  const results = await Promise.all(runs)
  for (const r of results) {
    result.saves += r.requests.sent
    result.connectionErrors += r.errors
  }

  // No lost update: each draft holds the last counter its editor was told was saved.
  for (const [i, person] of people.entries()) {
    let stored: number | null = null
    try {
      const doc = await rest(base, person.token, 'GET', `/api/articles/${person.draft}?draft=true&depth=0`)
      stored = counterOf(doc.summary)
    } catch (err) {
      result.sample.push(`editor ${i + 1}: draft unreadable: ${(err as Error).message}`)
    }
    if (stored === null || stored < lastAcked[i]) result.lostUpdates.push({ editor: i + 1, acknowledged: lastAcked[i], stored })
    else if (stored > lastAcked[i]) result.unacknowledgedLanded.push({ editor: i + 1, acknowledged: lastAcked[i], stored })
  }
  return result
}
