// MongoDB: the foundation suite against the server in MONGODB_URI (on a throw-away database that is
// dropped afterwards), reported as skipped when MONGODB_URI is unset, with the start-up check of
// transactions (src/db/mongoTransactions.ts) against that server; and, with no server at all, an
// unreachable MongoDB fails fast with an error that names MongoDB.

import { describe, expect, it } from 'vitest'

import { checkMongoTransactions, uriWithReplicaSet } from '../../src/db/mongoTransactions'
import { describeFoundation } from '../helpers/foundationSuite'
import { startPayload, type TestPayload } from '../helpers/payload'
import { freePort } from '../helpers/processes'

const MONGODB_URI = process.env.MONGODB_URI?.trim() ?? ''

if (!MONGODB_URI) {
  console.warn('MongoDB suite skipped: MONGODB_URI is not set')
}

/**
 * `uri` with its database name replaced by a fresh one, so the suite starts on an empty database
 * (the first-user rule needs one) and never touches the data of the database it was given.
 */
function throwAwayDatabase(uri: string, suffix: string): string {
  const match = uri.match(/^(mongodb(?:\+srv)?:\/\/[^/?]+)(?:\/([^?]*))?(\?.*)?$/)
  if (!match) throw new Error('MONGODB_URI is not a mongodb:// or mongodb+srv:// URL')
  const [, hosts, database, query = ''] = match
  const name = `${database || 'union-cms'}-test-${suffix}`.slice(0, 60)
  return `${hosts}/${name}${query}`
}

async function bootMongo(base = MONGODB_URI): Promise<TestPayload> {
  const uri = throwAwayDatabase(base, `${process.pid}-${Date.now().toString(36)}`)
  const t = await startPayload(`mongodb-${process.pid}`, uri)
  const close = t.close
  return {
    ...t,
    close: async () => {
      const connection = (t.payload.db as unknown as { connection?: { dropDatabase(): Promise<unknown> } }).connection
      await connection?.dropDatabase()
      await close()
    },
  }
}

/** The parts of the Mongoose adapter these checks read. */
type MongoAdapter = {
  transactionOptions?: unknown
  beginTransaction(): Promise<string | number | null>
  rollbackTransaction(id: string | number): Promise<void>
  connection: { getClient(): { options: { replicaSet?: string }; topology?: { description: { type: string } } } }
}
const mongoAdapter = (t: TestPayload) => t.payload.db as unknown as MongoAdapter

/** Transactions on this server and URI, as the start-up check tells them and as they behave. */
function transactionChecks(booted: () => TestPayload): void {
  describe('transactions (start-up check)', () => {
    it('classifies the server the way the driver and Payload see it', async () => {
      const t = booted()
      const db = mongoAdapter(t)
      const deployment = await checkMongoTransactions(t.payload)
      expect(deployment, 'the server answered hello').not.toBeNull()
      // Payload keeps transactions on exactly when the client options name a replica set.
      const named = Boolean(db.connection.getClient().options.replicaSet)
      expect(Boolean(db.transactionOptions)).toBe(named)
      expect(deployment!.transactionsEnabled).toBe(named)
      const topology = db.connection.getClient().topology?.description.type
      console.info(`MongoDB under test: ${deployment!.kind} (driver topology ${topology}, transactions ${named ? 'on' : 'off'})`)
      if (deployment!.kind === 'standalone') expect(topology).toBe('Single')
      if (deployment!.kind === 'sharded') expect(['Sharded', 'LoadBalanced']).toContain(topology)
      if (deployment!.kind === 'replica-set') expect(topology).toBe('ReplicaSetWithPrimary')
    })

    it('when it says transactions are on, a rolled-back save leaves nothing behind', async (ctx) => {
      const t = booted()
      const db = mongoAdapter(t)
      const deployment = await checkMongoTransactions(t.payload)
      if (!deployment?.transactionsEnabled) return ctx.skip()
      const transactionID = await db.beginTransaction()
      expect(transactionID, 'Payload started a real transaction').toBeTruthy()
      const req = { transactionID } as unknown as Parameters<typeof t.payload.create>[0]['req']
      const topic = await t.payload.create({ collection: 'topics', data: { name: '事务回滚' }, req })
      await db.rollbackTransaction(transactionID!)
      const found = await t.payload.find({ collection: 'topics', where: { id: { equals: topic.id } } })
      expect(found.totalDocs).toBe(0)
    })

    it('when it asks for replicaSet=<name> in the URI, that URI turns transactions on', async (ctx) => {
      const deployment = await checkMongoTransactions(booted().payload)
      if (deployment?.kind !== 'replica-set-not-named') return ctx.skip()
      const { setName } = deployment
      // The suggestion is printed redacted; the test adds the same option to the real URI.
      const param = `replicaSet=${encodeURIComponent(setName)}`
      expect(uriWithReplicaSet(MONGODB_URI, setName)).toContain(param)
      const t = await bootMongo(`${MONGODB_URI}${MONGODB_URI.includes('?') ? '&' : '?'}${param}`)
      try {
        expect(await checkMongoTransactions(t.payload)).toEqual({ kind: 'replica-set', setName, transactionsEnabled: true })
        expect(mongoAdapter(t).transactionOptions).toBeTruthy()
      } finally {
        await t.close()
      }
    })
  })
}

describeFoundation('foundation on MongoDB', () => bootMongo(), { skip: !MONGODB_URI, extra: transactionChecks })


describe('an unreachable MongoDB', () => {
  it('makes Payload refuse to start within 15 seconds with an error naming MongoDB', async () => {
    const port = await freePort() // nothing listens on it
    const started = Date.now()
    let failure: unknown
    try {
      const t = await startPayload(`mongodb-unreachable-${process.pid}`, `mongodb://127.0.0.1:${port}/union-cms-unreachable`)
      await t.close()
    } catch (err) {
      failure = err
    }
    const elapsed = Date.now() - started
    expect(failure, 'getPayload should have been rejected').toBeInstanceOf(Error)
    expect((failure as Error).message).toMatch(/cannot connect to MongoDB/)
    expect(elapsed).toBeLessThan(15_000)
  }, 30_000)
})
