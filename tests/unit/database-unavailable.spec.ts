// Which errors mean "the database is not there" (answered 503, src/db/unavailable.ts), and how a
// PostgreSQL address is named in messages (src/db/postgres.ts): never its password.
import { describe, expect, it } from 'vitest'

import { describePostgres } from '../../src/db/postgres'
import { answerDatabaseUnavailable, DATABASE_UNAVAILABLE_MESSAGE, databaseUnavailable } from '../../src/db/unavailable'

const wrapped = (cause: unknown) => Object.assign(new Error('Failed query: select 1'), { cause })

describe('databaseUnavailable', () => {
  it.each([
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['a query whose connection was refused (Drizzle wraps it)', wrapped(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))],
    ['an administrator shutdown (57P01)', wrapped(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))],
    ['a server still starting (57P03)', wrapped(Object.assign(new Error('the database system is starting up'), { code: '57P03' }))],
    ['a connection lost mid-query', wrapped(new Error('Connection terminated unexpectedly'))],
    ['a transaction that could not begin (Payload quotes the message only)', new Error('Error: cannot begin transaction: connect ECONNREFUSED 127.0.0.1:5432')],
    ['MongoDB without a reachable server', Object.assign(new Error('Server selection timed out after 5000 ms'), { name: 'MongoServerSelectionError' })],
  ])('recognises %s', (_name, err) => {
    expect(databaseUnavailable(err)).toBe(true)
  })

  it.each([
    ['a validation error', Object.assign(new Error('The following field is invalid: title'), { status: 400 })],
    ['a unique violation (23505)', wrapped(Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }))],
    ['a missing table (42P01)', wrapped(Object.assign(new Error('relation "articles" does not exist'), { code: '42P01' }))],
    ['nothing', undefined],
  ])('leaves %s alone', (_name, err) => {
    expect(databaseUnavailable(err)).toBe(false)
  })

  it('answers 503 with the message for a 500 caused by an unreachable database, and leaves client errors alone', () => {
    const down = answerDatabaseUnavailable({ error: wrapped(new Error('Connection terminated unexpectedly')), result: { errors: [{ message: 'Something went wrong.' }] } } as never)
    expect(down).toEqual({ status: 503, response: { errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE }] } })
    const refused = Object.assign(new Error('ECONNREFUSED in a field value'), { status: 400 })
    expect(answerDatabaseUnavailable({ error: refused, result: { errors: [] } } as never)).toBeUndefined()
  })
})

describe('describePostgres', () => {
  it('names host, port, database and user, never the password', () => {
    expect(describePostgres('postgres://office:s3cret@db.example.org:6543/union_cms')).toEqual({ where: 'db.example.org:6543/union_cms', user: 'office' })
    expect(describePostgres('postgresql://db.example.org/union_cms')).toEqual({ where: 'db.example.org:5432/union_cms', user: null })
    expect(JSON.stringify(describePostgres('postgres://office:s3cret@db/x'))).not.toContain('s3cret')
  })
})
