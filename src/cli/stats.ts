/**
 * `npm run stats -- --from 2026-01 --to 2026-12 --format csv|xlsx [--by unit|person] [--period month|year]
 *  [--unit <id>] [--subunits] [--out <file>]`: the output statistics (稿件统计) as a file, counted as
 * the admin page counts them (src/stats, README there). Without --from/--to: this month; without
 * --by: every unit's and every person's counts (XLSX: one sheet each; CSV: one table under the
 * other). CSV goes to stdout unless --out names a file; XLSX needs --out or is written to
 * 稿件统计-<months>.xlsx. Bad usage: a message and status 2.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { getPayload } from 'payload'

import { CommandError, logToStderr, runCommand } from '../lib/command'
import { siteTimeZone } from '../settings'

const USAGE = 'usage: npm run stats -- --from 2026-01 --to 2026-12 --format csv|xlsx [--by unit|person] [--period month|year] [--unit <单位编号>] [--subunits] [--out <file>]'

runCommand(
  'npm run stats',
  async ({ loadConfig }) => {
    const { parseStatsQuery, StatsQueryError } = await import('../stats/query')
    let values: Record<string, string | boolean | undefined>
    let query
    try {
      ;({ values } = parseArgs({
        options: {
          from: { type: 'string' },
          to: { type: 'string' },
          format: { type: 'string', default: 'csv' },
          by: { type: 'string' },
          period: { type: 'string' },
          unit: { type: 'string' },
          subunits: { type: 'boolean', default: false },
          out: { type: 'string' },
        },
      }))
      if (values.format === 'json') throw new StatsQueryError('命令行只导出 csv 或 xlsx。')
      // Without a range: this month (--from alone: that month or year).
      const month = (await import('../stats/query')).currentMonth(siteTimeZone())
      const from = (values.from as string | undefined) ?? month
      query = parseStatsQuery(
        { from, to: values.to as string | undefined, by: (values.by as string | undefined) ?? 'unit', period: values.period as string | undefined, unit: values.unit as string | undefined, subunits: values.subunits ? '1' : '', format: values.format as string },
        siteTimeZone(),
      )
    } catch (err) {
      // parseArgs speaks English (unknown option, missing value): said in Chinese around it.
      const message = err instanceof StatsQueryError ? err.message : `命令行参数有误（${(err as Error).message}），请按下面的用法重写。`
      throw new CommandError(`${message}\n${USAGE}`, 2)
    }
    const groupings = values.by ? [query.by] : (['unit', 'person'] as const)

    // A one-off command: the jobs queue runs in the server, not here. Payload's log goes to stderr,
    // so stdout is the CSV alone.
    process.env.JOBS_AUTORUN = '0'
    const config = await loadConfig()
    logToStderr(config)
    const payload = await getPayload({ config })
    try {
      const { computeStats } = await import('../stats/service')
      const { exportFileName, toCSV, toXLSX } = await import('../stats/export')
      // The system reads everything: the command line is the office's own (no user to scope).
      const tables = []
      for (const by of groupings) tables.push(await computeStats(payload, null, { ...query, by }))
      const format = query.format === 'xlsx' ? 'xlsx' : 'csv'
      const content = format === 'xlsx' ? await toXLSX(tables) : toCSV(tables)
      const outName = (values.out as string | undefined) ?? (format === 'xlsx' ? exportFileName(tables, 'xlsx') : null)
      if (!outName) {
        process.stdout.write(content)
        return 0
      }
      // npm runs scripts in the project folder: a relative --out is relative to it (as for npm run backup).
      const out = path.resolve(outName)
      fs.mkdirSync(path.dirname(out), { recursive: true })
      fs.writeFileSync(out, content)
      const rows = tables.reduce((n, t) => n + t.rows.length, 0)
      console.error(`✔ 稿件统计 ${query.from}${query.from === query.to ? '' : ` 至 ${query.to}`}（${groupings.map((g) => (g === 'unit' ? '按单位' : '按个人')).join('、')}，${rows} 行）已写入 ${out}`)
      return 0
    } finally {
      await payload.destroy().catch(() => {})
    }
  },
  { failure: '稿件统计失败 stats failed' },
)
