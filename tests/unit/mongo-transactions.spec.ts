// MongoDB transactions at start (src/db/mongoTransactions.ts): the classification of a `hello`
// answer, the plain warning with its fix, the password never printed, and the check itself on a
// stand-in adapter (no server): once per process and database, silent on SQLite, never throwing.
import type { Payload } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import {
  checkMongoTransactions,
  classifyMongoDeployment,
  describeMongoDeployment,
  firstHost,
  redactMongoURI,
  savesAreTransactional,
  uriWithReplicaSet,
  type HelloAnswer,
} from '../../src/db/mongoTransactions'

// `hello` answers as MongoDB gives them (trimmed to the fields that tell deployments apart).
const STANDALONE: HelloAnswer = { isWritablePrimary: true }
const REPLICA_PRIMARY: HelloAnswer = { isWritablePrimary: true, secondary: false, setName: 'rs0' }
const REPLICA_SECONDARY: HelloAnswer = { isWritablePrimary: false, secondary: true, setName: 'rs0' }
const NOT_INITIATED: HelloAnswer = { isWritablePrimary: false, secondary: false, isreplicaset: true }
const MONGOS: HelloAnswer = { isWritablePrimary: true, msg: 'isdbgrid' }
const LEGACY_REPLICA: HelloAnswer = { ismaster: true, secondary: false, setName: 'atlas-abc-shard-0' }

const PASSWORD = 's3cr/et@pa:ss'
const URI = `mongodb://editor:${PASSWORD}@db.example.org:27017/union-cms?authSource=admin`

describe('classifyMongoDeployment', () => {
  it('a replica set with transactions on is transactional', () => {
    const d = classifyMongoDeployment(REPLICA_PRIMARY, true)
    expect(d).toEqual({ kind: 'replica-set', setName: 'rs0', transactionsEnabled: true })
    expect(savesAreTransactional(d)).toBe(true)
    expect(classifyMongoDeployment(LEGACY_REPLICA, true)).toMatchObject({ kind: 'replica-set', setName: 'atlas-abc-shard-0' })
  })

  it('a replica set reached without replicaSet= (Payload turned transactions off) is not, and keeps the set name', () => {
    for (const hello of [REPLICA_PRIMARY, REPLICA_SECONDARY]) {
      const d = classifyMongoDeployment(hello, false)
      expect(d).toEqual({ kind: 'replica-set-not-named', setName: 'rs0', transactionsEnabled: false })
      expect(savesAreTransactional(d)).toBe(false)
    }
  })

  it('a standalone mongod is not, whatever Payload thinks', () => {
    for (const enabled of [false, true]) {
      const d = classifyMongoDeployment(STANDALONE, enabled)
      expect(d).toEqual({ kind: 'standalone', transactionsEnabled: enabled })
      expect(savesAreTransactional(d)).toBe(false)
    }
    expect(classifyMongoDeployment({ ismaster: true }, false).kind).toBe('standalone')
    expect(classifyMongoDeployment({ isWritablePrimary: true, setName: '' }, false).kind).toBe('standalone')
  })

  it('a mongod started with --replSet but never initiated is told apart from a standalone', () => {
    expect(classifyMongoDeployment(NOT_INITIATED, false)).toEqual({ kind: 'replica-set-not-initiated', transactionsEnabled: false })
  })

  it('mongos is transactional only when Payload kept transactions on (3.90 never does: no replicaSet option there)', () => {
    expect(savesAreTransactional(classifyMongoDeployment(MONGOS, false))).toBe(false)
    expect(savesAreTransactional(classifyMongoDeployment(MONGOS, true))).toBe(true)
    expect(classifyMongoDeployment({ ...MONGOS, setName: 'ignored' }, false).kind).toBe('sharded')
  })
})

describe('redactMongoURI and the suggested DATABASE_URI', () => {
  it('hides the password, even with unencoded / @ :, and secrets in options', () => {
    expect(redactMongoURI(URI)).toBe('mongodb://editor:***@db.example.org:27017/union-cms?authSource=admin')
    expect(redactMongoURI('mongodb+srv://u:p%40ss@cluster0.example.net/cms')).toBe('mongodb+srv://u:***@cluster0.example.net/cms')
    expect(redactMongoURI('mongodb://h/db?authMechanism=MONGODB-AWS&authMechanismProperties=AWS_SESSION_TOKEN:tok123')).toBe(
      'mongodb://h/db?authMechanism=MONGODB-AWS&authMechanismProperties=***',
    )
    expect(redactMongoURI('failed to connect to mongodb://a:b@h:1/x')).toBe('failed to connect to mongodb://a:***@h:1/x')
    expect(redactMongoURI('mongodb://127.0.0.1:27017/union-cms')).toBe('mongodb://127.0.0.1:27017/union-cms')
  })

  it('adds replicaSet to the options, whatever the URI looks like', () => {
    expect(uriWithReplicaSet(URI, 'rs0')).toBe('mongodb://editor:***@db.example.org:27017/union-cms?authSource=admin&replicaSet=rs0')
    expect(uriWithReplicaSet('mongodb://127.0.0.1:27017/union-cms', 'rs0')).toBe('mongodb://127.0.0.1:27017/union-cms?replicaSet=rs0')
    expect(uriWithReplicaSet('mongodb://127.0.0.1:27017', 'rs0')).toBe('mongodb://127.0.0.1:27017/?replicaSet=rs0')
    expect(uriWithReplicaSet('mongodb://h/db?replicaSet=old&w=majority', 'rs 1')).toBe('mongodb://h/db?w=majority&replicaSet=rs%201')
  })

  it('takes the first host for the rs.initiate() example', () => {
    expect(firstHost(URI)).toBe('db.example.org:27017')
    expect(firstHost('mongodb://a.example:27018,b.example:27018/db')).toBe('a.example:27018')
    expect(firstHost('mongodb://dbhost/db')).toBe('dbhost:27017')
    expect(firstHost('mongodb://[::1]/db')).toBe('[::1]:27017')
    expect(firstHost('mongodb+srv://cluster0.example.net/db')).toBe('127.0.0.1:27017')
  })
})

describe('describeMongoDeployment', () => {
  it('all well: one info line, in Chinese, naming the set', () => {
    const { level, message } = describeMongoDeployment(classifyMongoDeployment(REPLICA_PRIMARY, true), URI)
    expect(level).toBe('info')
    expect(message).toContain('副本集 (replica set) "rs0"')
    expect(message).toContain('事务 (transactions) 已开启')
    expect(message.split('\n')).toHaveLength(1)
  })

  it('replica set without replicaSet=: warns and gives the DATABASE_URI to use, without the password', () => {
    const { level, message } = describeMongoDeployment(classifyMongoDeployment(REPLICA_PRIMARY, false), URI)
    expect(level).toBe('warn')
    expect(message).toMatch(/^MongoDB：服务器是副本集 \(replica set\) "rs0"，但 DATABASE_URI 里没有 replicaSet 参数/)
    expect(message).toContain('保存不是事务性的')
    expect(message).toContain('DATABASE_URI=mongodb://editor:***@db.example.org:27017/union-cms?authSource=admin&replicaSet=rs0')
    expect(message).toContain('*** 处仍填原来的密码')
    expect(message).not.toContain('s3cr')
    // Without a password there is nothing to put back.
    const local = describeMongoDeployment(classifyMongoDeployment(REPLICA_PRIMARY, false), 'mongodb://127.0.0.1:27017/union-cms').message
    expect(local).toContain('DATABASE_URI=mongodb://127.0.0.1:27017/union-cms?replicaSet=rs0')
    expect(local).not.toContain('***')
  })

  it('standalone: warns that saves are not transactional and how to run a one-node replica set', () => {
    const { level, message } = describeMongoDeployment(classifyMongoDeployment(STANDALONE, false), URI)
    expect(level).toBe('warn')
    expect(message).toMatch(/^MongoDB：服务器是单机 \(standalone mongod\)/)
    expect(message).toContain('保存不是事务性的')
    expect(message).toContain('mongod --replSet rs0')
    expect(message).toContain('rs.initiate({ _id: "rs0", members: [{ _id: 0, host: "db.example.org:27017" }] })')
    expect(message).toContain('mongodb://editor:***@db.example.org:27017/union-cms?authSource=admin&replicaSet=rs0')
    expect(message).not.toContain('s3cr')
  })

  it('every other case warns with a fix, and none prints the password', () => {
    for (const [hello, enabled] of [
      [NOT_INITIATED, false],
      [MONGOS, false],
      [STANDALONE, true],
    ] as const) {
      const { level, message } = describeMongoDeployment(classifyMongoDeployment(hello, enabled), URI)
      expect(level).toBe('warn')
      expect(message).toMatch(/^MongoDB：/)
      expect(message).toMatch(/解决|请改连/)
      expect(message).not.toContain(PASSWORD)
      expect(message).not.toContain('s3cr')
    }
    expect(describeMongoDeployment(classifyMongoDeployment(MONGOS, true), URI).level).toBe('info')
  })
})

/** A stand-in for payload with the Mongoose adapter: `answer` is what the admin command resolves or rejects with. */
function fakePayload(url: string, answer: (command: Record<string, unknown>) => Promise<Record<string, unknown>>, transactionOptions: unknown = false) {
  const command = vi.fn(answer)
  const logger = { info: vi.fn(), warn: vi.fn() }
  const payload = {
    db: { name: 'mongoose', url, transactionOptions, connection: { getClient: () => ({ db: () => ({ command }) }) } },
    logger,
  } as unknown as Payload
  return { payload, command, logger }
}

/** A database URL no other test in this process uses (the check reports each once per process). */
let n = 0
const freshURI = () => `mongodb://editor:${PASSWORD}@db${++n}.example.org:27017/union-cms-${process.pid}`

describe('checkMongoTransactions', () => {
  it('does nothing on SQLite', async () => {
    const logger = { info: vi.fn(), warn: vi.fn() }
    const payload = { db: { name: 'sqlite' }, logger } as unknown as Payload
    expect(await checkMongoTransactions(payload)).toBeNull()
    expect(logger.info).not.toHaveBeenCalled()
    expect(logger.warn).not.toHaveBeenCalled()
  })

  it('asks hello, warns once per process on a standalone server, and still answers later', async () => {
    const uri = freshURI()
    const { payload, command, logger } = fakePayload(uri, async () => ({ ...STANDALONE, ok: 1 }))
    expect(await checkMongoTransactions(payload)).toEqual({ kind: 'standalone', transactionsEnabled: false })
    expect(command).toHaveBeenCalledWith({ hello: 1 })
    expect(logger.warn).toHaveBeenCalledTimes(1)
    const message = String(logger.warn.mock.calls[0]![0])
    expect(message).toContain('单机 (standalone mongod)')
    expect(message).not.toContain('s3cr')

    // A second start in the same process (a hot reload, another getPayload) says nothing again.
    const again = fakePayload(uri, async () => ({ ...STANDALONE, ok: 1 }))
    expect(await checkMongoTransactions(again.payload)).toEqual({ kind: 'standalone', transactionsEnabled: false })
    expect(again.logger.warn).not.toHaveBeenCalled()
    expect(again.logger.info).not.toHaveBeenCalled()
  })

  it('reads whether Payload kept transactions on from the adapter', async () => {
    const on = fakePayload(freshURI(), async () => REPLICA_PRIMARY, {})
    expect(await checkMongoTransactions(on.payload)).toMatchObject({ kind: 'replica-set', transactionsEnabled: true })
    expect(on.logger.info).toHaveBeenCalledTimes(1)
    expect(on.logger.warn).not.toHaveBeenCalled()

    const off = fakePayload(freshURI(), async () => REPLICA_PRIMARY, false)
    expect(await checkMongoTransactions(off.payload)).toMatchObject({ kind: 'replica-set-not-named', setName: 'rs0' })
    expect(off.logger.warn).toHaveBeenCalledTimes(1)
    expect(String(off.logger.warn.mock.calls[0]![0])).toContain('replicaSet=rs0')
  })

  it('falls back to isMaster on a server that does not know hello', async () => {
    const { payload, command } = fakePayload(freshURI(), async (cmd) => {
      if ('hello' in cmd) throw Object.assign(new Error('no such command: hello'), { code: 59 })
      return LEGACY_REPLICA
    }, {})
    expect(await checkMongoTransactions(payload)).toMatchObject({ kind: 'replica-set', setName: 'atlas-abc-shard-0' })
    expect(command).toHaveBeenLastCalledWith({ isMaster: 1 })
  })

  it('never fails the start: a failing server gets one plain warning, without the password', async () => {
    const uri = freshURI()
    const { payload, logger } = fakePayload(uri, async () => {
      throw new Error(`connection to ${uri} closed`)
    })
    await expect(checkMongoTransactions(payload)).resolves.toBeNull()
    expect(logger.warn).toHaveBeenCalledTimes(1)
    const message = String(logger.warn.mock.calls[0]![0])
    expect(message).toMatch(/^MongoDB：无法确认保存是否是事务性的/)
    expect(message).toContain('connection to mongodb://editor:***@')
    expect(message).not.toContain('s3cr')
  })

  it('gives up after 10 seconds without an answer', async () => {
    vi.useFakeTimers()
    try {
      const { payload, logger } = fakePayload(freshURI(), () => new Promise(() => {}))
      const result = checkMongoTransactions(payload)
      await vi.advanceTimersByTimeAsync(10_000)
      expect(await result).toBeNull()
      expect(String(logger.warn.mock.calls[0]![0])).toContain('no answer within 10 s')
    } finally {
      vi.useRealTimers()
    }
  })
})
