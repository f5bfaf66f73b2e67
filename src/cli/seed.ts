/**
 * `npm run seed`: fill an empty database with the demo content (江澄市总工会) and print the demo
 * logins. On a database that already has content it changes nothing and says so.
 *
 * Uses the same configuration as the server (`.env`, `DATABASE_URI`, …). Exits 0 on success and 1
 * with a one-line message on error (through runCommand, src/lib/command.ts, which also loads lexical first).
 */
import { getPayload, type CollectionSlug, type Payload } from 'payload'

import { CommandError, runCommand, type CommandContext } from '../lib/command'

const COUNTED: [CollectionSlug, string][] = [
  ['users', '用户 users'],
  ['organizations', '工会组织 organizations'],
  ['topics', '栏目 topics'],
  ['honors', '荣誉 honors'],
  ['sensitive-words', '敏感词 sensitive words'],
  ['media', '图片 media'],
  ['model-workers', '劳模工匠 model workers'],
  ['galleries', '图集 galleries'],
  ['video-campaigns', '视频专题 video campaigns'],
  ['yearly-reviews', '年度回眸 yearly reviews'],
  ['articles', '文章 articles'],
]

/** Columns a string takes in a terminal: CJK characters and full-width punctuation take two. */
function width(text: string): number {
  let w = 0
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1
  return w
}

const pad = (text: string, columns: number) => text + ' '.repeat(Math.max(0, columns - width(text)))

async function summary(payload: Payload): Promise<string[]> {
  const lines: string[] = []
  for (const [collection, label] of COUNTED) {
    const all = await payload.count({ collection, overrideAccess: true })
    const isPublishable = Boolean(payload.collections[collection]?.config.versions?.drafts)
    const published = isPublishable
      ? (await payload.count({ collection, overrideAccess: true, where: { _status: { equals: 'published' } } })).totalDocs
      : undefined
    lines.push(`  ${pad(label, 36)} ${String(all.totalDocs).padStart(3)}${published === undefined ? '' : `  (已发布 published ${published})`}`)
  }
  return lines
}

async function seedDemo({ loadConfig }: CommandContext): Promise<number> {
  // A one-off command: do not start the jobs queue's cron (scheduled publishing) in this process.
  process.env.JOBS_AUTORUN ??= '0'
  const started = Date.now()
  const payload = await getPayload({ config: await loadConfig() })
  const { seed, ALL_DEMO_LOGINS } = await import('../seed')
  const { loginTable } = await import('../seed/logins')

  console.log('• 写入演示内容 / seeding the demo content…')
  const result = await seed(payload, { log: (line) => console.log(`  ${line}`) })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)

  if (result.created) {
    console.log(`✔ 演示内容已写入 / demo content created (${seconds} s)`)
  } else {
    console.log(`✔ 数据库已有内容，未做任何修改 / the database already has content: nothing changed (${seconds} s)`)
  }
  for (const line of await summary(payload)) console.log(line)
  console.log('')
  if (result.created) {
    console.log('演示账号 demo logins:')
    for (const line of loginTable(result.logins)) console.log(line)
  } else {
    console.log('演示账号（如果此数据库由演示数据创建）/ demo logins, if this database was seeded by this command:')
    for (const line of loginTable(ALL_DEMO_LOGINS)) console.log(line)
  }
  return 0
}

runCommand(
  'npm run seed',
  async (ctx) => {
    try {
      return await seedDemo(ctx)
    } catch (err) {
      // One line: the first line of the message, and the fields Payload's validation errors name.
      const message = (err instanceof Error ? err.message : String(err)).split('\n')[0]
      const fields = (err as { data?: { errors?: { path?: string; message?: string }[] } })?.data?.errors ?? []
      const detail = fields.map((f) => `${f.path}: ${f.message}`).join('; ')
      throw new CommandError(`${message}${detail ? ` (${detail})` : ''}`)
    }
  },
  { failure: '写入演示内容失败 / seeding failed' },
)
