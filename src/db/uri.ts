/**
 * The forms `DATABASE_URI` accepts, without the adapters: src/settings validates the setting with
 * this at start, so it must stay free of the database packages (and of src/lib/paths, which reads
 * its own setting).
 */
import path from 'node:path'

/** Where the embedded database lives when `DATABASE_URI` is unset. */
export const DEFAULT_SQLITE_FILE = 'data/union-cms.db'

export type DatabaseTarget =
  | { kind: 'sqlite'; url: string; file: string }
  | { kind: 'mongodb'; url: string }
  | { kind: 'postgres'; url: string }

export class DatabaseConfigError extends Error {
  override name = 'DatabaseConfigError'
}

const ACCEPTED_FORMS =
  'accepted forms: unset (embedded SQLite at data/union-cms.db), "file:<path>" (SQLite), "postgres://…" or "postgresql://…" (PostgreSQL), "mongodb://…" or "mongodb+srv://…" (MongoDB)'

/**
 * Decide which database `DATABASE_URI` points at, SQLite paths resolved from `root`. Pure: it reads
 * no environment and touches no disk, so it can be tested and called before anything is started.
 */
export function parseDatabaseURI(raw: string | undefined, root: string): DatabaseTarget {
  const value = raw?.trim() ?? ''
  if (value === '') {
    const file = path.join(root, DEFAULT_SQLITE_FILE)
    return { kind: 'sqlite', url: `file:${file}`, file }
  }
  if (value.startsWith('file:')) {
    const rest = value.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    if (rest === '' || rest === ':memory:') {
      throw new DatabaseConfigError(`DATABASE_URI "${value}" names no file; ${ACCEPTED_FORMS}.`)
    }
    const file = path.resolve(root, rest)
    return { kind: 'sqlite', url: `file:${file}`, file }
  }
  if (/^mongodb(\+srv)?:\/\/[^/\s]+/.test(value)) {
    return { kind: 'mongodb', url: value }
  }
  if (/^postgres(ql)?:\/\/[^/\s]+/.test(value)) {
    return { kind: 'postgres', url: value }
  }
  throw new DatabaseConfigError(`DATABASE_URI "${redact(value)}" is not supported; ${ACCEPTED_FORMS}.`)
}

/** Hide a password in a URI before it is printed. */
export function redact(uri: string): string {
  // Everything between the user name and the last @ may be password, even unencoded / or @.
  return uri.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):.*@/i, '$1:***@')
}
