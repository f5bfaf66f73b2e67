/**
 * The application's settings: every environment variable it reads is declared once, in
 * ./declarations.ts, and read through here. A value is read from the environment on every call
 * (tests change process.env between cases; nothing is fixed at import), parsed and checked: a value
 * that is not valid throws a SettingError naming the variable and what to do; it never silently
 * becomes the default.
 *
 *   setting('SITE_NAME')               the value, typed from its declaration
 *   setting('PORT', child.env)         from another environment than process.env
 *   siteName(), siteURL(), …           shorthands for the ones read in many places
 *   validateSettings()                 every setting at once; one SettingsError listing all bad ones
 *   pageSettings()                     the values the rendered pages depend on (`pages: true`)
 *
 * How to add a setting: ./README.md.
 */
import { DECLARATIONS, GROUPS, type SettingName, type SettingValue } from './declarations'
import { integer, SettingError, type Env } from './kinds'

export { DECLARATIONS, GROUPS, type Declaration, type SettingName, type SettingValue } from './declarations'
export { SettingError, type Env } from './kinds'

/** The value of one setting in `env` (default: this process's environment); throws when it is invalid. */
export function setting<N extends SettingName>(name: N, env: Env = process.env): SettingValue<N> {
  const raw = env[name]?.trim() || undefined
  return DECLARATIONS[name].parse(raw, name, env) as SettingValue<N>
}

/** Several settings are invalid (or one): each problem on its own line, with what to do. */
export class SettingsError extends Error {
  override name = 'SettingsError'
  constructor(readonly problems: SettingError[]) {
    const fix = '改正环境变量或 .env 后再运行 / correct the environment or .env and run again (README, "Configuration").'
    super(
      problems.length === 1
        ? `${problems[0]!.message}\n  ${fix}`
        : `${problems.length} 项设置有误 / ${problems.length} settings are invalid:\n${problems.map((p) => `  - ${p.message}`).join('\n')}\n  ${fix}`,
    )
  }
}

/** Check every declared setting in `env`; throws one SettingsError naming all the invalid ones. */
export function validateSettings(env: Env = process.env): void {
  const problems: SettingError[] = []
  for (const name of Object.keys(DECLARATIONS) as SettingName[]) {
    try {
      setting(name, env)
    } catch (err) {
      const problem = err instanceof SettingError ? err : new SettingError(name, (err as Error).message)
      // A setting whose default is made from another (SITE_URL from PORT) reports that one's problem.
      if (!problems.some((p) => p.message === problem.message)) problems.push(problem)
    }
  }
  if (problems.length) throw new SettingsError(problems)
}

/**
 * The resolved values of the settings that change what the rendered pages contain (declared with
 * `pages: true`: site address, name, description, time zone), by name. The publisher keys its
 * reuse of already rendered pages on these, so changing one re-renders every page.
 */
export function pageSettings(env: Env = process.env): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [name, declaration] of Object.entries(DECLARATIONS)) {
    if ('pages' in declaration && declaration.pages) values[name] = String(setting(name as SettingName, env) ?? '')
  }
  return values
}

// Shorthands for settings read in several places.
export const siteName = () => setting('SITE_NAME')
export const siteDescription = () => setting('SITE_DESCRIPTION')
/** The public address of the site (`SITE_URL`, default http://localhost:$PORT), without a trailing slash. */
export const siteURL = () => setting('SITE_URL')
/** The time zone every date is shown in: site, sign-off sheet. */
export const siteTimeZone = () => setting('SITE_TIMEZONE')
/** `SITE_DIR` as given (default dist/site); src/publish/paths.ts resolves and checks the place. */
export const siteDir = () => setting('SITE_DIR')
export const siteSearchEnabled = () => setting('SITE_SEARCH')
export const siteAutopublish = () => setting('SITE_AUTOPUBLISH')
/** Pages per search-index shard (src/publish/search.ts). */
export const searchShardPages = () => setting('SITE_SEARCH_SHARD_PAGES')
/** How long the server's publisher process stays up without work. */
export const publisherIdleMinutes = () => setting('PUBLISHER_IDLE_MINUTES')
/** Whether this process runs the jobs queue. */
export const jobsAutorun = () => setting('JOBS_AUTORUN')

/** The README's configuration tables (between its settings markers), generated from the declarations. */
export function settingsTables(): string {
  const row = (name: string, d: { shown: string; meaning: string }) => `| \`${name}\` | ${d.shown} | ${d.meaning} |`
  const entries = Object.entries(DECLARATIONS)
  const lines = ['| variable | default | meaning |', '| --- | --- | --- |']
  for (const [group, title] of Object.entries(GROUPS)) {
    if (group === 'internal') continue
    lines.push(`| **${title}** | | |`)
    for (const [name, d] of entries) if (d.group === group) lines.push(row(name, d))
  }
  lines.push('', `${GROUPS.internal}: set by the tests, Next.js or Payload themselves, or for measurements; listed so that every variable the code reads is here.`, '')
  lines.push('| variable | default | meaning |', '| --- | --- | --- |')
  for (const [name, d] of entries) if (d.group === 'internal') lines.push(row(name, d))
  return lines.join('\n')
}

export const README_MARKERS = { start: '<!-- settings:start -->', end: '<!-- settings:end -->' } as const

/** `readme` with the text between the settings markers replaced by settingsTables(). */
export function withSettingsTables(readme: string): string {
  const start = readme.indexOf(README_MARKERS.start)
  const end = readme.indexOf(README_MARKERS.end)
  if (start < 0 || end < start) throw new Error(`README.md has no ${README_MARKERS.start} … ${README_MARKERS.end} markers around the configuration table`)
  return `${readme.slice(0, start + README_MARKERS.start.length)}\n${settingsTables()}\n${readme.slice(end)}`
}
