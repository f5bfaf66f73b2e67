/**
 * A request that reaches a database which is not there (PostgreSQL restarting, the network to it
 * down, MongoDB without a primary) answers 503 with a message saying so and what to do, instead of
 * Payload's 500 "unknown error": it is a temporary state, the client may retry, and the server
 * recovers by itself when the database returns (the connection pools open new connections).
 */
import type { AfterErrorHook } from 'payload'

/** Error codes of a database that cannot be reached, or went away mid-request. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EPIPE', 'EAI_AGAIN'])
/** PostgreSQL SQLSTATE classes 08 (connection exception) and 57P0x (server shutting down, starting). */
const POSTGRES_STATES = /^(08\d{3}|57P0[1-3])$/
// Payload's Drizzle adapters re-throw some of these as a new Error that only quotes the message.
const MESSAGES = /\bE(CONNREFUSED|CONNRESET|TIMEDOUT|HOSTUNREACH|NETUNREACH)\b|Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|cannot connect to Postgres|server closed the connection unexpectedly|MongoServerSelectionError|MongoNetworkError|Server selection timed out/i

export const DATABASE_UNAVAILABLE_MESSAGE = '数据库暂时无法连接，本次操作没有完成（未保存任何内容）。请稍后重试；若几分钟后仍然如此，请管理员检查数据库服务和网络。'

/** Whether `err` (or an error it wraps) says the database could not be reached. */
export function databaseUnavailable(err: unknown): boolean {
  for (let e = err as { code?: unknown; message?: unknown; name?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 6; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && (NETWORK_CODES.has(e.code) || POSTGRES_STATES.test(e.code))) return true
    if (typeof e.message === 'string' && MESSAGES.test(e.message)) return true
    if (typeof e.name === 'string' && /^Mongo(ServerSelection|Network)/.test(e.name)) return true
  }
  return false
}

export const answerDatabaseUnavailable: AfterErrorHook = ({ error, result }) => {
  const status = (error as { status?: number }).status ?? 500
  if (status < 500 || !databaseUnavailable(error)) return
  return { status: 503, response: { ...result, errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE }] } }
}
