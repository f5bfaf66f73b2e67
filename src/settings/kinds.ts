/**
 * The kinds of value a setting can hold: each turns the environment's text into a typed value or
 * throws a SettingError that names the variable, what is wrong and what to do. A blank value is
 * unset (`raw` is undefined), so `FOO=` in `.env` gives the default.
 */
import { parseDatabaseURI } from '../db/uri'

export type Env = Readonly<Record<string, string | undefined>>

/** One setting with a value it does not accept. The message says which and what to do. */
export class SettingError extends Error {
  override name = 'SettingError'
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(message)
  }
}

export type Kind<T> = {
  /** What the value is, for the settings README (string, integer, 0/1, URL…). */
  type: string
  /** The value of `raw` (trimmed, undefined when unset or blank); throws SettingError. */
  parse: (raw: string | undefined, name: string, env: Env) => T
}

/** Free text; `fallback` when unset. */
export function text(): Kind<string | undefined>
export function text(fallback: string): Kind<string>
export function text(fallback?: string): Kind<string | undefined> {
  return { type: 'string', parse: (raw) => raw ?? fallback }
}

/** A whole number of at least `min`. */
export function integer(fallback: number | (() => number), min = 1): Kind<number> {
  return {
    type: `integer ≥ ${min}`,
    parse: (raw, name) => {
      const value = typeof fallback === 'function' ? fallback() : fallback
      if (raw === undefined) return value
      const n = Number(raw)
      if (!Number.isInteger(n) || n < min) throw new SettingError(name, `${name} must be a whole number, ${min} or more (it is "${raw}"); unset it for the default, ${value}`)
      return n
    },
  }
}

/** A number (fractions allowed) above 0, or from 0 with `zero: true`. */
export function decimal(fallback: number, { zero = false } = {}): Kind<number> {
  return {
    type: zero ? 'number ≥ 0' : 'number > 0',
    parse: (raw, name) => {
      if (raw === undefined) return fallback
      const n = Number(raw)
      if (!Number.isFinite(n) || n < 0 || (!zero && n === 0)) {
        throw new SettingError(name, `${name} must be a number${zero ? ', 0 or more' : ' above 0'} (it is "${raw}"); unset it for the default, ${fallback}`)
      }
      return n
    },
  }
}

/** A TCP port. */
export function port(fallback: number): Kind<number> {
  return {
    type: 'port 1–65535',
    parse: (raw, name) => {
      if (raw === undefined) return fallback
      const n = Number(raw)
      if (!Number.isInteger(n) || n <= 0 || n > 65535) throw new SettingError(name, `${name} "${raw}" is not a port number (1–65535).`)
      return n
    },
  }
}

/** `1` on, `0` off. Anything else is refused rather than guessed (`false`, `no`, `off`…). */
export function flag(fallback: boolean): Kind<boolean> {
  return {
    type: '0 or 1',
    parse: (raw, name) => {
      if (raw === undefined) return fallback
      if (raw === '1' || raw === '0') return raw === '1'
      throw new SettingError(name, `${name} must be 1 (on) or 0 (off) (it is "${raw}"); unset it for the default, ${fallback ? 1 : 0}`)
    },
  }
}

/** One of a few words. */
export function oneOf<const W extends string>(words: readonly W[]): Kind<W | undefined>
export function oneOf<const W extends string>(words: readonly W[], fallback: W): Kind<W>
export function oneOf<const W extends string>(words: readonly W[], fallback?: W): Kind<W | undefined> {
  return {
    type: words.join(' | '),
    parse: (raw, name) => {
      if (raw === undefined) return fallback
      if ((words as readonly string[]).includes(raw)) return raw as W
      throw new SettingError(name, `${name} must be one of ${words.join(', ')} (it is "${raw}"); ${fallback ? `unset it for the default, ${fallback}` : 'or unset it'}`)
    },
  }
}

/** An http(s) address, as given (`example` shows a valid one in the message). */
export function httpURL(example: string): Kind<string | undefined> {
  return {
    type: 'http(s) URL',
    parse: (raw, name) => {
      if (raw === undefined) return undefined
      checkHttpURL(raw, name, example)
      return raw
    },
  }
}

export function checkHttpURL(value: string, name: string, example: string): URL {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new SettingError(name, `${name} "${value}" is not a URL; use e.g. ${example}`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SettingError(name, `${name} must start with http:// or https:// (got "${value}").`)
  return url
}

const knownZones = new Set<string>()

/** An IANA time zone (Asia/Shanghai, Europe/Berlin, UTC), as the ICU data in Node knows them. */
export function timeZone(fallback: string): Kind<string> {
  return {
    type: 'IANA time zone',
    parse: (raw, name) => {
      const zone = raw ?? fallback
      if (knownZones.has(zone)) return zone
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone })
      } catch {
        throw new SettingError(name, `${name} "${zone}" is not a time zone; use an IANA name such as Asia/Shanghai or Asia/Urumqi; unset it for the default, ${fallback}`)
      }
      knownZones.add(zone)
      return zone
    },
  }
}

/** A cron pattern with seconds (six fields), as Payload's job runner reads it; five fields are accepted too. */
export function cron(fallback: string): Kind<string> {
  return {
    type: 'cron',
    parse: (raw, name) => {
      if (raw === undefined) return fallback
      const fields = raw.split(/\s+/)
      if ((fields.length !== 5 && fields.length !== 6) || !fields.every((f) => /^[\d*/,\-?LW#A-Za-z]+$/.test(f))) {
        throw new SettingError(name, `${name} "${raw}" is not a cron pattern (seconds minutes hours day month weekday, e.g. "*/10 * * * * *"); unset it for the default, "${fallback}"`)
      }
      return raw
    },
  }
}

/**
 * `DATABASE_URI`, checked for its form (src/db/uri.ts); paths are resolved where it is used. A bad
 * one throws src/db's DatabaseConfigError, as opening the database would.
 */
export function databaseURI(): Kind<string | undefined> {
  return {
    type: 'file:<path> | mongodb://…',
    parse: (raw) => {
      parseDatabaseURI(raw, '/')
      return raw
    },
  }
}
