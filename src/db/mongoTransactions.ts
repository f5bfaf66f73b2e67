import type { Payload } from 'payload'

/**
 * Whether saves on MongoDB run in transactions, said once at start.
 *
 * MongoDB has multi-document transactions only on a replica set (one node is enough) or through
 * mongos; a standalone `mongod` has none. And Payload's MongoDB adapter (@payloadcms/db-mongodb
 * 3.90, dist/connect.js) turns transactions off after connecting whenever the driver's client
 * options carry no `replicaSet` — so a replica set reached by a URI without `?replicaSet=<name>` gets
 * none either (a `mongodb+srv://` URI usually gets the name from its DNS TXT record), and neither
 * does a sharded cluster, whose mongos cannot be reached with a `replicaSet` option at all. Without
 * transactions a save is several separate writes (document, then version bookkeeping…), and a
 * process killed between them leaves the document half saved.
 *
 * `checkMongoTransactions` asks the server (`hello`), classifies the answer with the pure
 * `classifyMongoDeployment` and logs one line (all well) or one plain warning (what is missing and
 * how to fix it) — once per process and database, never failing the start.
 * The driver (mongodb 6.x) refuses servers older than 4.2, so every server it reaches can run
 * transactions on a replica set or through mongos; the server version is not checked again.
 */

/** The fields of a `hello` (or legacy `isMaster`) answer that the classification reads. */
export type HelloAnswer = {
  /** Name of the replica set; only replica-set members have it. */
  setName?: string
  /** `'isdbgrid'` on a mongos (sharded cluster router). */
  msg?: string
  /** True on a `mongod --replSet` whose replica set has not been initiated yet. */
  isreplicaset?: boolean
  isWritablePrimary?: boolean
  /** The legacy `isMaster` name of `isWritablePrimary`. */
  ismaster?: boolean
  secondary?: boolean
}

export type MongoDeployment =
  /** A replica set and Payload uses transactions: every save commits whole or not at all. */
  | { kind: 'replica-set'; setName: string; transactionsEnabled: true }
  /** A replica set, but the URI names no `replicaSet`, so Payload turned transactions off. */
  | { kind: 'replica-set-not-named'; setName: string; transactionsEnabled: false }
  /** `mongod --replSet` started, `rs.initiate()` never run: the server takes no writes at all. */
  | { kind: 'replica-set-not-initiated'; transactionsEnabled: boolean }
  /** A sharded cluster through mongos; Payload 3.90 never enables transactions there. */
  | { kind: 'sharded'; transactionsEnabled: boolean }
  /** One `mongod` without `--replSet`: no transactions exist. */
  | { kind: 'standalone'; transactionsEnabled: boolean }

/** Whether saves on this deployment are transactional (no warning needed). */
export function savesAreTransactional(deployment: MongoDeployment): boolean {
  return (deployment.kind === 'replica-set' || deployment.kind === 'sharded') && deployment.transactionsEnabled
}

/**
 * What kind of MongoDB deployment answered `hello`, given whether Payload kept transactions on.
 * Pure, so it is tested without a server.
 */
export function classifyMongoDeployment(hello: HelloAnswer, transactionsEnabled: boolean): MongoDeployment {
  if (hello.msg === 'isdbgrid') return { kind: 'sharded', transactionsEnabled }
  if (typeof hello.setName === 'string' && hello.setName !== '') {
    return transactionsEnabled
      ? { kind: 'replica-set', setName: hello.setName, transactionsEnabled: true }
      : { kind: 'replica-set-not-named', setName: hello.setName, transactionsEnabled: false }
  }
  if (hello.isreplicaset === true) return { kind: 'replica-set-not-initiated', transactionsEnabled }
  return { kind: 'standalone', transactionsEnabled }
}

/**
 * `uri` (or a text holding one) with every secret replaced by `***`: the password (everything between
 * the user name and the last `@`, which may hold an unencoded `/` or `@`) and the values of query
 * options that can carry one. Safe to print.
 */
export function redactMongoURI(uri: string): string {
  return uri
    .trim()
    .replace(/(mongodb(?:\+srv)?:\/\/[^:/@\s]*):\S*@/gi, '$1:***@')
    .replace(/([?&](?:authMechanismProperties|tlsCertificateKeyFilePassword|sslPass)=)[^&#]*/gi, '$1***')
}

/** `uri`, redacted, with `replicaSet=<setName>` added to its options — the form to put in DATABASE_URI. */
export function uriWithReplicaSet(uri: string, setName: string): string {
  const redacted = redactMongoURI(uri).replace(/([?&])replicaSet=[^&#]*&?/i, '$1').replace(/[?&]$/, '')
  const param = `replicaSet=${encodeURIComponent(setName)}`
  if (redacted.includes('?')) return `${redacted}&${param}`
  // The options need a `/` before them even when no database is named: mongodb://host:27017/?…
  return /^mongodb(?:\+srv)?:\/\/[^/]*$/i.test(redacted) ? `${redacted}/?${param}` : `${redacted}?${param}`
}

/** The first host:port of a `mongodb://` URI (what this server reaches), for the `rs.initiate()` example. */
export function firstHost(uri: string): string {
  const match = redactMongoURI(uri).match(/^mongodb:\/\/(?:[^@/]*@)?([^/?,]+)/i)
  if (!match?.[1] || match[1].includes('@')) return '127.0.0.1:27017'
  return /:\d+$/.test(match[1]) ? match[1] : `${match[1]}:27017`
}

/** What a save without transactions risks on MongoDB (one document, arrays included, is always written whole). */
const HALF_SAVED =
  '保存不是事务性的 (no transactions)：一次保存要写好几个文档（稿件本身、它的版本记录、旧版本的“最新”标记等），' +
  '进程在保存中途被终止（断电、内存不足被杀、kill -9、容器停止）时可能只写了其中一部分，' +
  '例如稿件已更新而版本历史里没有这一版，或两个版本都标成“最新”。'

/**
 * The log line for `deployment` on the database at `uri` (printed without its password).
 * `info` when saves are transactional, `warn` otherwise. Pure.
 */
export function describeMongoDeployment(deployment: MongoDeployment, uri: string): { level: 'info' | 'warn'; message: string } {
  const host = firstHost(uri)
  const initiate = `rs.initiate({ _id: "rs0", members: [{ _id: 0, host: "${host}" }] })`
  switch (deployment.kind) {
    case 'replica-set':
      return {
        level: 'info',
        message: `MongoDB：副本集 (replica set) "${deployment.setName}"，事务 (transactions) 已开启：每次保存要么完整写入，要么不写入。`,
      }
    case 'replica-set-not-named':
      return {
        level: 'warn',
        message: [
          `MongoDB：服务器是副本集 (replica set) "${deployment.setName}"，但 DATABASE_URI 里没有 replicaSet 参数，Payload 因此关闭了事务 (transactions)。`,
          HALF_SAVED,
          `解决：在 DATABASE_URI 里加上 replicaSet=${deployment.setName}，然后重启${redactMongoURI(uri).includes(':***@') ? '（*** 处仍填原来的密码）' : ''}：`,
          `  DATABASE_URI=${uriWithReplicaSet(uri, deployment.setName)}`,
          "(Payload's MongoDB adapter enables transactions only when the connection string names the replica set.)",
        ].join('\n'),
      }
    case 'replica-set-not-initiated':
      return {
        level: 'warn',
        message: [
          'MongoDB：服务器以 --replSet 启动，但副本集 (replica set) 还没有初始化，不能写入。',
          `解决：在 mongosh 里执行一次 ${initiate}（host 须是本系统连得到的地址），`,
          `再在 DATABASE_URI 里加上 replicaSet=rs0（例如 ${uriWithReplicaSet(uri, 'rs0')}），然后重启。`,
        ].join('\n'),
      }
    case 'sharded':
      if (deployment.transactionsEnabled) {
        return { level: 'info', message: 'MongoDB：分片集群 (sharded cluster, mongos)，事务 (transactions) 已开启：每次保存要么完整写入，要么不写入。' }
      }
      return {
        level: 'warn',
        message: [
          'MongoDB：连接的是分片集群的 mongos (sharded cluster)。Payload 的 MongoDB 适配器只在连接参数带 replicaSet 时开启事务 (transactions)，而连接 mongos 不能带 replicaSet，所以事务是关闭的。',
          HALF_SAVED,
          '要事务性的保存，请改连一个副本集 (replica set)，单节点即可；本系统的数据量用不到分片。',
        ].join('\n'),
      }
    case 'standalone':
      return {
        level: 'warn',
        message: [
          'MongoDB：服务器是单机 (standalone mongod)，不是副本集 (replica set)，没有事务 (transactions)。',
          deployment.transactionsEnabled
            ? 'Payload 却开启了事务，保存会失败 (Transaction numbers are only allowed on a replica set member or mongos)。'
            : HALF_SAVED,
          '解决：改成单节点副本集 (one-node replica set)，原有数据不用迁移：',
          '  1. 以 mongod --replSet rs0 启动（或在 mongod.conf 写 replication.replSetName: rs0；启用了认证时还要 security.keyFile）；',
          `  2. 在 mongosh 里执行一次 ${initiate}（host 须是本系统连得到的地址）；`,
          `  3. DATABASE_URI 加上 replicaSet=rs0，例如 ${uriWithReplicaSet(uri, 'rs0')}，然后重启。`,
        ].join('\n'),
      }
  }
}

/** The part of the Mongoose adapter read here (payload.db when DATABASE_URI is mongodb://…). */
type MongooseAdapterLike = {
  name?: string
  url?: string | false
  transactionOptions?: unknown
  connection?: {
    getClient(): { db(name: string): { command(command: Record<string, unknown>): Promise<Record<string, unknown>> } }
  }
}

/** How long the start waits for the answer before it gives up on the check (it never blocks the start). */
const HELLO_TIMEOUT_MS = 10_000

/** Databases already reported by this process (kept on globalThis: module reloads share it). */
const reported: Set<string> = ((globalThis as Record<symbol, unknown>)[Symbol.for('union-cms.mongoTransactions.reported')] ??= new Set<string>()) as Set<string>

async function askHello(adapter: MongooseAdapterLike): Promise<HelloAnswer> {
  const admin = adapter.connection!.getClient().db('admin')
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${HELLO_TIMEOUT_MS / 1000} s`)), HELLO_TIMEOUT_MS)
    timer.unref?.()
  })
  try {
    try {
      return (await Promise.race([admin.command({ hello: 1 }), timeout])) as HelloAnswer
    } catch (err) {
      // MongoDB 4.2.0–4.2.9 knows only the legacy name (CommandNotFound, code 59).
      if ((err as { code?: unknown }).code !== 59) throw err
      return (await Promise.race([admin.command({ isMaster: 1 }), timeout])) as HelloAnswer
    }
  } finally {
    clearTimeout(timer)
  }
}

/**
 * On MongoDB, find out whether saves are transactional and say so once per process (a warning with
 * the fix when they are not). Returns the classification, or null on SQLite or when the server could
 * not be asked (then a warning says so). Never throws.
 */
export async function checkMongoTransactions(payload: Payload): Promise<MongoDeployment | null> {
  const adapter = payload.db as unknown as MongooseAdapterLike
  if (adapter.name !== 'mongoose' || !adapter.connection) return null
  const uri = typeof adapter.url === 'string' ? adapter.url : ''
  const first = !reported.has(uri)
  reported.add(uri)
  try {
    const hello = await askHello(adapter)
    const deployment = classifyMongoDeployment(hello, Boolean(adapter.transactionOptions))
    if (first) {
      const { level, message } = describeMongoDeployment(deployment, uri)
      payload.logger[level](message)
    }
    return deployment
  } catch (err) {
    if (first) {
      const reason = redactMongoURI(err instanceof Error ? err.message : String(err))
      payload.logger.warn(
        `MongoDB：无法确认保存是否是事务性的 (could not run "hello": ${reason})。` +
          '事务 (transactions) 需要副本集 (replica set)，单节点即可，且 DATABASE_URI 要带 replicaSet=<副本集名>。',
      )
    }
    return null
  }
}
