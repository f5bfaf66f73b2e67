// MongoDB: the foundation suite against the server in MONGODB_URI (on a throw-away database that is
// dropped afterwards), reported as skipped when MONGODB_URI is unset; and, with no server at all,
// an unreachable MongoDB fails fast with an error that names MongoDB.

import { describe, expect, it } from 'vitest'

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

async function bootMongo(): Promise<TestPayload> {
  const uri = throwAwayDatabase(MONGODB_URI, `${process.pid}-${Date.now().toString(36)}`)
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

describeFoundation('foundation on MongoDB', bootMongo, { skip: !MONGODB_URI })


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
