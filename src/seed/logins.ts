/** The demo logins as a table for the terminal (`npm run seed`, `npm start`). */
import { displayWidth } from '../import/text'
import type { SeedLogin } from './index'

const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - displayWidth(s)))

export function loginTable(logins: SeedLogin[]): string[] {
  const w = { role: Math.max(4, ...logins.map((l) => displayWidth(l.role))), email: Math.max(5, ...logins.map((l) => l.email.length)) }
  return [
    `  ${pad('role', w.role)}  ${'email'.padEnd(w.email)}  password`,
    `  ${'-'.repeat(w.role)}  ${'-'.repeat(w.email)}  ${'-'.repeat(18)}`,
    ...logins.map((l) => `  ${pad(l.role, w.role)}  ${l.email.padEnd(w.email)}  /  ${l.password}`),
  ]
}
