/**
 * `npm run wechat -- <command> <collection> <id or slug> [--user <email>]`: the WeChat channel from
 * the command line (src/wechat/README.md).
 *
 *   preview   print the piece's WeChat rendering (the HTML to paste into WeChat's editor), with
 *             its title, author, digest and what WeChat would refuse on stderr
 *   push      push it to the account's draft box (WECHAT_APP_ID, WECHAT_APP_SECRET), updating the
 *             draft it already has after a correction
 *
 * It acts as `--user` (default: the first administrator), with that user's rights: a push needs
 * 终审 or an administrator, and a piece approved or live. Exit code: 0 done, 1 refused or failed
 * (the reason on stderr), 2 bad usage.
 */
import { parseArgs } from 'node:util'

import { getPayload, type Payload, type Where } from 'payload'

import type { User } from '../../payload-types'
import { isPublishable, PUBLISHABLE_KINDS } from '../kinds'
import { CommandError, CommandExit, logToStderr, runCommand, type CommandContext } from '../lib/command'

const USAGE = `用法 usage: npm run wechat -- preview|push <collection> <id 或 slug> [--user <email>]
  collection: ${PUBLISHABLE_KINDS.map((k) => `${k.slug}（${k.name}）`).join('、')}`

async function actingUser(payload: Payload, email: string | undefined): Promise<User> {
  const where: Where = email ? { email: { equals: email.toLowerCase() } } : { roles: { contains: 'admin' } }
  const found = (await payload.find({ collection: 'users', where, sort: 'createdAt', limit: 1, depth: 0, overrideAccess: true })).docs[0] as User | undefined
  if (!found) throw new CommandError(email ? `没有邮箱为 ${email} 的用户。` : '还没有管理员账号：请用 --user 指定一个终审或管理员的邮箱。')
  return found
}

async function main({ loadConfig }: CommandContext): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { user: { type: 'string' }, help: { type: 'boolean', default: false } } })
  const [command, collection, idOrSlug] = positionals
  if (values.help || !command || !collection || !idOrSlug || !['preview', 'push'].includes(command) || !isPublishable(collection)) {
    console.error(USAGE)
    throw new CommandExit(values.help ? 0 : 2)
  }
  // A one-off command: the jobs queue runs in the server, not here.
  process.env.JOBS_AUTORUN = '0'
  const config = await loadConfig()
  // The rendering is the command's output: Payload's log goes to stderr.
  logToStderr(config)
  const payload = await getPayload({ config })
  try {
    const user = await actingUser(payload, values.user)
    const { PushRefused } = await import('../wechat/push')
    const { WeChatRuleError } = await import('../wechat/rules')
    const { WeChatError } = await import('../wechat/errors')
    try {
      if (command === 'preview') {
        const { previewForWeChat } = await import('../wechat/preview')
        const preview = await previewForWeChat(payload, collection, idOrSlug, user)
        console.error(`标题 title: ${preview.title}\n作者 author: ${preview.author}\n摘要 digest: ${preview.digest}\n原文 source: ${preview.contentSourceURL}`)
        for (const problem of preview.problems) console.error(`✖ ${problem.message}`)
        process.stdout.write(`${preview.content}\n`)
        return preview.problems.length ? 1 : 0
      }
      const { pushToWeChat } = await import('../wechat/push')
      const result = await pushToWeChat(payload, collection, idOrSlug, user)
      console.log(
        `✔ ${result.state === 'updated' ? '已更新公众号草稿箱中的同一篇草稿' : '已推送到公众号草稿箱'}：「${result.title}」 media_id ${result.mediaId}（新上传图片 ${result.photos.sent} 张，沿用 ${result.photos.reused} 张；以 ${user.name || user.email} 的身份）`,
      )
      return 0
    } catch (err) {
      if (err instanceof PushRefused || err instanceof WeChatRuleError || err instanceof WeChatError) throw new CommandError(err.message)
      throw err
    }
  } finally {
    await payload.destroy().catch(() => {})
  }
}

runCommand('npm run wechat', main, { failure: '公众号 WeChat' })
