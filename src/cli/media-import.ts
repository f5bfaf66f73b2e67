/**
 * `npm run media:import -- <folder> [--gallery "标题"] [--credit "摄影 某某"]`: import every photo
 * of a folder into the media library (see src/media/bulkImport.ts for captions, skipping and the
 * gallery). Shows a progress bar with count and rate, lists refused files with the reason and goes
 * on. Ctrl-C stops after the photo in progress; running the same command again finishes the job
 * without duplicates.
 *
 * Runs as the system, like the seed: the Local API is called without a user, so access control
 * and the review chain do not apply; the gallery is created as a draft for editors to review.
 *
 * Exit codes: 0 all photos in the library, 2 some were refused, 130 interrupted, 1 error.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import cliProgress from 'cli-progress'
import { getPayload } from 'payload'

import { CommandExit, runCommand, type CommandContext } from '../lib/command'

const USAGE = `用法 / usage:
  npm run media:import -- <文件夹> [--gallery "图集标题"] [--credit "摄影 某某"]

  <文件夹>    含照片（JPEG、PNG、WebP、AVIF）的文件夹；可附 captions.csv（file,caption,credit,alt）
              或与照片同名的 .txt 说明文件
  --gallery  把导入的照片按文件名顺序建成一个图集（草稿）
  --credit   没有单独署名的照片使用这一署名`

function fail(message: string): never {
  console.error(`✗ ${message}\n\n${USAGE}`)
  throw new CommandExit(1)
}

async function mediaImport({ loadConfig }: CommandContext): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: { gallery: { type: 'string' }; credit: { type: 'string' }; help: { type: 'boolean'; short: 'h' } }; allowPositionals: true }>>
  try {
    parsed = parseArgs({
      options: { gallery: { type: 'string' }, credit: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    })
  } catch (err) {
    fail((err as Error).message)
  }
  if (parsed.values.help) {
    console.log(USAGE)
    return 0
  }
  if (parsed.positionals.length !== 1) fail('请给出一个要导入的文件夹 / give exactly one folder')
  const folder = path.resolve(parsed.positionals[0])

  // A one-off command: do not start the jobs queue's cron (scheduled publishing) in this process.
  process.env.JOBS_AUTORUN ??= '0'
  const config = await loadConfig()
  const payload = await getPayload({ config })
  const { importFolder, listPhotos } = await import('../media/bulkImport')

  const { photos } = await listPhotos(folder).catch(() => fail(`找不到文件夹 / not a folder: ${folder}`))
  if (photos.length === 0) fail(`文件夹里没有照片 / no photos in ${folder}`)

  const controller = new AbortController()
  process.on('SIGINT', () => {
    if (controller.signal.aborted) process.exit(130)
    controller.abort()
    console.error('\n⏸  正在完成当前这张后停止（再按一次 Ctrl-C 立即退出）/ stopping after the current photo…')
  })

  const bars = new cliProgress.MultiBar(
    {
      format: ' 导入 {bar} {value}/{total} 张 | {rate} 张/秒 | {file}',
      barsize: 30,
      hideCursor: true,
      clearOnComplete: false,
      noTTYOutput: true,
      notTTYSchedule: 2000,
    },
    cliProgress.Presets.shades_classic,
  )
  const bar = bars.create(photos.length, 0, { rate: '0.0', file: '' })
  const started = Date.now()
  const rate = (done: number) => (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1)

  const result = await importFolder(payload, folder, {
    gallery: parsed.values.gallery,
    credit: parsed.values.credit,
    signal: controller.signal,
    onPhoto: (event) => {
      if (event.status === 'refused') bars.log(`✗ ${event.file}: ${event.reason}\n`)
      bar.update(event.index, { rate: rate(event.index), file: event.file })
    },
  })
  bars.stop()

  const imported = result.photos.filter((p) => p.status === 'imported').length
  const skipped = result.photos.length - imported
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  console.log(`\n✓ 新导入 ${imported} 张，已在图片库中跳过 ${skipped} 张，拒收 ${result.refused.length} 张（${seconds} 秒）`)
  console.log(`  imported ${imported}, already in the library ${skipped}, refused ${result.refused.length} (${seconds} s)`)
  for (const { file, reason } of result.refused) console.log(`  ✗ ${file}: ${reason}`)
  if (result.ignored.length) console.log(`  忽略非照片文件 / not photos, ignored: ${result.ignored.join(', ')}`)
  if (result.gallery) {
    console.log(`✓ 图集「${result.gallery.title}」${result.gallery.created ? '已创建' : '已更新'}（草稿，id ${result.gallery.id}），共 ${result.photos.length} 张，按文件名顺序`)
  }
  if (result.missingAlt.length) {
    console.log(`! ${result.missingAlt.length} 张照片还没有替代文字（alt），发布使用它们的稿件前需要补充：${result.missingAlt.join('、')}`)
  }
  if (result.interrupted) {
    console.log('⏸  已中断：再次运行同一命令即可继续，已导入的照片不会重复。/ interrupted: run the same command again to finish.')
    return 130
  }
  return result.refused.length ? 2 : 0
}

runCommand('npm run media:import', async (ctx) => {
  try {
    return await mediaImport(ctx)
  } catch (err) {
    if (err instanceof CommandExit) throw err
    // This command's messages are marked ✗ (as its refused photos are).
    console.error(`✗ ${err instanceof Error ? err.message : String(err)}`)
    throw new CommandExit(1)
  }
})
