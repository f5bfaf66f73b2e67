/**
 * `npm run bench:images [-- --photos 50]`: how fast the server makes a photo's derivatives, against
 * ImageMagick doing the same work.
 *
 * 1. Generates 50 photos of 4000×3000 locally (JPEG, camera-like size; kept in the system temp
 *    folder for the next run).
 * 2. Renders the full derivative set of each (thumbnail, card, feature, hero, social, each in WebP
 *    and JPEG: 10 files per photo) with the server's own code (`src/media/derivatives.ts`) and
 *    settings, in a separate Node process started with `MALLOC_ARENA_MAX=2` as the server should be.
 * 3. Produces the same sizes and formats with ImageMagick (Debian's `imagemagick`, installed with
 *    apt-get when missing): one `convert` per photo that reads it once and writes all ten files,
 *    with the same quality settings (WebP q80 method 2, progressive JPEG q82), as many at once as
 *    the server renders photos at once.
 * 4. Prints photos per second and peak memory for both, and the ratio. Exits 1 when the targets
 *    (at least 4× ImageMagick's throughput, peak memory under 1 GB) are missed.
 */
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import sharp from 'sharp'

const WIDTH = 4000
const HEIGHT = 3000
const TARGET_RATIO = 4
const MEMORY_LIMIT = 1024 * 1024 * 1024

type SideResult = { seconds: number; peakBytes: number; files: number }

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

// ---------------------------------------------------------------- photos

/** A photo-like 4000×3000 JPEG: smooth colour fields with fine detail on top, about 3 MB. */
async function makePhoto(file: string): Promise<void> {
  const noise = (w: number, h: number) => Buffer.from(Array.from({ length: w * h * 3 }, () => Math.floor(Math.random() * 256)))
  const detail = await sharp(noise(500, 375), { raw: { width: 500, height: 375, channels: 3 } })
    .resize(WIDTH, HEIGHT, { kernel: 'cubic' })
    .png({ compressionLevel: 0 })
    .toBuffer()
  await sharp(noise(40, 30), { raw: { width: 40, height: 30, channels: 3 } })
    .resize(WIDTH, HEIGHT, { kernel: 'cubic' })
    .composite([{ input: detail, blend: 'overlay' }])
    .jpeg({ quality: 90 })
    .toFile(file)
}

async function ensurePhotos(count: number): Promise<string[]> {
  const dir = path.join(os.tmpdir(), `image-bench-photos-${WIDTH}x${HEIGHT}`)
  fs.mkdirSync(dir, { recursive: true })
  const files = Array.from({ length: count }, (_, i) => path.join(dir, `photo-${String(i + 1).padStart(3, '0')}.jpg`))
  const missing = files.filter((f) => !fs.existsSync(f))
  if (missing.length) {
    process.stdout.write(`• 生成 ${missing.length} 张 ${WIDTH}×${HEIGHT} 测试照片 / generating test photos in ${dir} `)
    const started = Date.now()
    for (let i = 0; i < missing.length; i += 2) {
      await Promise.all(missing.slice(i, i + 2).map((f) => makePhoto(`${f}.part`).then(() => fs.renameSync(`${f}.part`, f))))
      process.stdout.write('.')
    }
    console.log(` ${((Date.now() - started) / 1000).toFixed(0)} s`)
  } else {
    console.log(`• 使用已生成的 ${count} 张测试照片 / reusing ${count} generated photos in ${dir}`)
  }
  return files
}

// ---------------------------------------------------------------- sharp (the server's code)

/** Worker mode: render every photo with the server's settings and report time and peak RSS. */
async function sharpWorker(listFile: string, outDir: string): Promise<void> {
  const { renderDerivatives } = await import('../src/media/derivatives')
  const { configureSharp } = await import('../src/media/sharpSettings')
  const settings = configureSharp()
  const files = JSON.parse(fs.readFileSync(listFile, 'utf8')) as string[]
  let written = 0
  const started = process.hrtime.bigint()
  // All at once, as a burst of uploads arrives: the render slots decide how many run together.
  await Promise.all(
    files.map(async (file) => {
      const input = await fs.promises.readFile(file)
      const sizes = await renderDerivatives(input, { baseName: path.parse(file).name })
      for (const size of sizes) {
        for (const out of [size.webp, size.jpeg]) {
          await fs.promises.writeFile(path.join(outDir, out.filename), out.data)
          written += 1
        }
      }
    }),
  )
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const result: SideResult & { settings: typeof settings } = { seconds, peakBytes: process.resourceUsage().maxRSS * 1024, files: written, settings }
  process.stdout.write(`${JSON.stringify(result)}\n`)
}

async function runSharp(files: string[], outDir: string): Promise<SideResult & { settings: { renderConcurrency: number; threads: number } }> {
  const listFile = path.join(outDir, '..', 'photos.json')
  fs.writeFileSync(listFile, JSON.stringify(files))
  const env = { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' }
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve(import.meta.dirname ?? __dirname, 'images.ts'), '--worker', listFile, outDir], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let stdout = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  if (code !== 0) throw new Error(`sharp worker exited with ${code}`)
  return JSON.parse(stdout.trim().split('\n').pop() as string)
}

// ---------------------------------------------------------------- ImageMagick

function magickVersion(command: string): string | null {
  try {
    const out = execFileSync(command, ['-version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    return out.match(/ImageMagick ([\d.-]+)/)?.[1] ?? null
  } catch {
    return null
  }
}

/** The real ImageMagick `convert` (not a stand-in), installing Debian's package when missing. */
function ensureImageMagick(): { command: string; version: string } {
  const find = () => {
    for (const command of ['/usr/bin/convert', 'convert', 'magick']) {
      const version = magickVersion(command)
      if (version) return { command, version }
    }
    return null
  }
  const found = find()
  if (found) return found
  console.log('• 安装 ImageMagick / installing ImageMagick: apt-get install -y imagemagick')
  const apt = (args: string[]) => execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
  try {
    apt(['install', '-y', 'imagemagick'])
  } catch {
    apt(['update'])
    apt(['install', '-y', 'imagemagick'])
  }
  const installed = find()
  if (!installed) throw new Error('ImageMagick is still missing after apt-get install')
  return installed
}

/** The same ten files as the server, from one read of the photo (centre crops: the focal point's default). */
function magickArgs(input: string, out: string): string[] {
  const sizes: [string, number, number | null][] = [
    ['thumbnail', 320, 240],
    ['card', 640, 427],
    ['feature', 1024, null],
    ['hero', 1920, 1080],
    ['social', 1200, 630],
  ]
  const args = [input, '-auto-orient', '-strip']
  for (const [name, width, height] of sizes) {
    const geometry = height ? ['-resize', `${width}x${height}^`, '-gravity', 'center', '-extent', `${width}x${height}`] : ['-resize', `${width}x`]
    args.push('(', '+clone', ...geometry)
    args.push('-quality', '80', '-define', 'webp:method=2', '-write', `${out}-${name}.webp`)
    args.push('-quality', '82', '-interlace', 'JPEG', '-write', `${out}-${name}.jpg`, '+delete', ')')
  }
  args.push('null:')
  return args
}

/** Resident memory of a process, in bytes (Linux), or 0 once it is gone. */
function rssOf(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    return Number(status.match(/VmRSS:\s+(\d+) kB/)?.[1] ?? 0) * 1024
  } catch {
    return 0
  }
}

async function runMagick(command: string, files: string[], outDir: string, jobs: number): Promise<SideResult> {
  const running = new Set<number>()
  let peakBytes = 0
  const sampler = setInterval(() => {
    let sum = 0
    for (const pid of running) sum += rssOf(pid)
    peakBytes = Math.max(peakBytes, sum)
  }, 20)
  const queue = [...files]
  const started = process.hrtime.bigint()
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const child = spawn(command, magickArgs(file, path.join(outDir, path.parse(file).name)), { stdio: ['ignore', 'ignore', 'pipe'] })
      if (child.pid) running.add(child.pid)
      let stderr = ''
      child.stderr.on('data', (chunk) => (stderr += chunk))
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
      if (child.pid) running.delete(child.pid)
      if (code !== 0) throw new Error(`convert failed on ${file}: ${stderr.trim()}`)
    }
  }
  try {
    await Promise.all(Array.from({ length: jobs }, worker))
  } finally {
    clearInterval(sampler)
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  return { seconds, peakBytes, files: fs.readdirSync(outDir).length }
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { photos: { type: 'string', default: '50' }, worker: { type: 'boolean' } }, allowPositionals: true })
  if (values.worker) return sharpWorker(positionals[0], positionals[1])

  const count = Number.parseInt(values.photos as string, 10)
  if (!Number.isInteger(count) || count < 1) throw new Error('--photos must be a positive whole number')
  const magick = ensureImageMagick()
  const files = await ensurePhotos(count)
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'image-bench-run-'))
  try {
    const sharpOut = path.join(work, 'sharp')
    const magickOut = path.join(work, 'imagemagick')
    fs.mkdirSync(sharpOut)
    fs.mkdirSync(magickOut)

    console.log(`• sharp ${sharp.versions.sharp} / libvips ${sharp.versions.vips}: 渲染中 / rendering…`)
    const ours = await runSharp(files, sharpOut)
    const jobs = ours.settings.renderConcurrency
    console.log(`• ImageMagick ${magick.version}（${magick.command}，${jobs} 个进程并行 / ${jobs} at a time）: 渲染中 / rendering…`)
    const theirs = await runMagick(magick.command, files, magickOut, jobs)

    const expectedFiles = count * 10
    for (const [name, side] of [['sharp', ours], ['ImageMagick', theirs]] as const) {
      if (side.files !== expectedFiles) throw new Error(`${name} wrote ${side.files} files, expected ${expectedFiles}`)
    }
    const rate = (side: SideResult) => count / side.seconds
    const ratio = rate(ours) / rate(theirs)
    const ratioOK = ratio >= TARGET_RATIO
    const memoryOK = ours.peakBytes < MEMORY_LIMIT
    const line = (label: string, side: SideResult) =>
      `  ${label.padEnd(34)} ${count} 张 / photos in ${side.seconds.toFixed(1).padStart(6)} s = ${rate(side).toFixed(2).padStart(6)} 张/秒 photos/s, 峰值内存 peak memory ${mb(side.peakBytes)}`
    console.log('')
    console.log(`图片派生性能 / image derivatives: ${count} × ${WIDTH}×${HEIGHT} JPEG → 5 sizes × (WebP q80 + JPEG q82) = ${expectedFiles} files per side, ${os.availableParallelism?.() ?? os.cpus().length} CPU cores`)
    console.log(line(`sharp (server, ${ours.settings.renderConcurrency} slot(s) × ${ours.settings.threads} thr)`, ours))
    console.log(line(`ImageMagick ${magick.version}`, theirs))
    console.log(`  吞吐量倍数 throughput ratio: ${ratio.toFixed(1)}× (target ≥ ${TARGET_RATIO}×) ${ratioOK ? '✓' : '✗'}`)
    console.log(`  sharp 峰值内存 peak memory: ${mb(ours.peakBytes)} (target < ${mb(MEMORY_LIMIT)}) ${memoryOK ? '✓' : '✗'}`)
    console.log('  (sharp: peak RSS of its process; ImageMagick: largest sum of its running processes\' RSS, sampled every 20 ms)')
    if (!ratioOK || !memoryOK) process.exitCode = 1
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}

main().catch((err: unknown) => {
  console.error(`✗ ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
})
