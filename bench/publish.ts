/**
 * `npm run bench:publish` (issue 5): how fast the static site is published, compared with Eleventy
 * and Hugo building equivalent pages from the same content.
 *
 * 1. Generates a synthetic site (default 10,000 articles, 2,000 model workers, 500 galleries,
 *    with topics, organizations and 20 photos) into a temporary SQLite database through the Local API.
 *    The measurements then run in a fresh process with NODE_ENV=production, as the publish job does
 *    (src/publish/workerClient.ts starts the worker), so memory and React's build are the job's.
 * 2. Runs a full publish (`publishSite`, with Pagefind) and measures the time until the pages are
 *    live (the figure compared with Eleventy and Hugo, which build pages and no search index), the
 *    time until the search shards are indexed and merged into one index too, CPU (the publisher's and the Pagefind
 *    processes'), pages/s and peak memory (publisher + Pagefind process at the same moment); then a
 *    full publish without search into a second folder.
 * 3. Edits one article's title and measures the incremental publish in the same process (as the
 *    server's long-lived publisher runs it: the site data in memory, only the changed documents
 *    read): until the pages are live, and until its search shard is indexed and merged again; then a publish
 *    with no change.
 * 4. Exports the same content (the SiteData the publisher loads) to JSON and builds equivalent pages
 *    with Eleventy (npm, Nunjucks templates in bench/publish/eleventy) and Hugo (Debian's `hugo`,
 *    installed with apt-get when missing; templates in bench/publish/hugo), each in a child process.
 * 5. Prints a table and each target of the issue as met / NOT met.
 * 6. The federation case (站群, issue 17; bench/publish/federation.ts), printed after the first: the
 *    same content shared out over one city site and 20 unit sites; the time from an edit in one unit
 *    until it is live on its site (and, for a piece the city adopted, on the city site), beside the
 *    single-site figure of step 3.
 *
 * Options (or environment variables BENCH_ARTICLES, BENCH_WORKERS, BENCH_GALLERIES):
 *   --articles N --workers N --galleries N --photos N   site size
 *   --concurrency N        creates in flight while generating (default 4)
 *   --skip-eleventy --skip-hugo --skip-nosearch          leave out parts
 *   --skip-federation      leave out the federation case (step 6)
 *   --profile              CPU-profile the full and the incremental publish (main thread) and print
 *                          the top functions (the .cpuprofile files open in Chrome DevTools)
 *   --keep                 keep the temporary folder (its path is printed)
 *   --from DIR             reuse the database and media of a folder kept with --keep (no generation;
 *                          the folder is left in place)
 * Run from the project folder (the publisher reads the site templates from ./src/site).
 */
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { runCommand, type CommandContext } from '../src/lib/command'
import { childrenCpuMs, withPeakMemory } from './publish/memory'

const { values: args } = parseArgs({
  options: {
    articles: { type: 'string' },
    workers: { type: 'string' },
    galleries: { type: 'string' },
    photos: { type: 'string' },
    concurrency: { type: 'string' },
    'skip-eleventy': { type: 'boolean', default: false },
    'skip-hugo': { type: 'boolean', default: false },
    'skip-nosearch': { type: 'boolean', default: false },
    'skip-federation': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    from: { type: 'string' },
    measure: { type: 'boolean', default: false },
  },
})
const num = (flag: string | undefined, env: string | undefined, fallback: number) => {
  const v = Number(flag ?? env ?? fallback)
  if (!Number.isInteger(v) || v < 0) throw new Error(`not a count: ${flag ?? env}`)
  return v
}
const SIZES = {
  articles: num(args.articles, process.env.BENCH_ARTICLES, 10_000),
  workers: num(args.workers, process.env.BENCH_WORKERS, 2_000),
  galleries: num(args.galleries, process.env.BENCH_GALLERIES, 500),
  photos: num(args.photos, undefined, 20),
}
const CONCURRENCY = num(args.concurrency, undefined, 4)

const TARGETS = { vsEleventy: 1.5, vsHugo: 0.3, incrementalMs: 1000, peakMB: 1536, pageKB: 30, searchKB: 300 }

// Everything the run writes lives in one temporary folder; set before any project module loads
// (src/lib/paths reads UNION_CMS_ROOT at import time).
const reuse = Boolean(args.from)
const tmp = args.from ? path.resolve(args.from) : fs.mkdtempSync(path.join(os.tmpdir(), 'union-cms-bench-'))
if (reuse) {
  if (!fs.existsSync(path.join(tmp, 'bench.db'))) throw new Error(`--from ${tmp}: no bench.db there`)
  // The database has its schema already: skip the development migrations and let catchUpSchema()
  // reconcile any difference with the collections. (With NODE_ENV=production the adapter still runs
  // its prodMigrations, a no-op on a database made by the same checkout.)
  process.env.PAYLOAD_MIGRATING = 'true'
  // Measure the way the publish job runs (src/publish/workerClient.ts starts the worker with NODE_ENV=production):
  // React's production build.
  ;(process.env as Record<string, string>).NODE_ENV = 'production'
  for (const entry of fs.readdirSync(tmp)) if (entry !== 'bench.db' && !entry.startsWith('bench.db-') && entry !== 'media') fs.rmSync(path.join(tmp, entry), { recursive: true, force: true })
}
process.env.DATABASE_URI = `file:${path.join(tmp, 'bench.db')}`
process.env.UNION_CMS_ROOT = tmp
process.env.JOBS_AUTORUN = '0'
// A throw-away secret for the throw-away database (production mode insists on one).
process.env.PAYLOAD_SECRET ||= crypto.randomBytes(32).toString('hex')
process.env.SITE_AUTOPUBLISH = '0'
delete process.env.SITE_SEARCH
const siteDir = path.join(tmp, 'site')
const siteURL = 'https://bench.example.org'
process.env.SITE_DIR = siteDir
process.env.SITE_URL = siteURL

const log = (line = '') => process.stdout.write(`${line}\n`)
const secs = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1)
const mb = (v: number) => `${Math.round(v)} MB`
const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000

type Row = { tool: string; pages: number; ms: number; cpuMs: number | null; peakMB: number | null; avgKB?: number }

/** Generation runs in this process; the measurements in a fresh one (as the real publish job runs). */
async function main(ctx: CommandContext) {
  if (!reuse) {
    log(`publish benchmark: ${SIZES.articles} articles, ${SIZES.workers} model workers, ${SIZES.galleries} galleries, ${SIZES.photos} photos`)
    log(`node ${process.version}, ${os.cpus().length} cores, load average ${loadavg()}, temporary folder ${tmp}`)
    try {
      await withPayload(ctx, async (payload) => {
        const { generate } = await import('./publish/generate')
        const t = Date.now()
        const gen = await generate(payload, SIZES, CONCURRENCY)
        log(`generated in ${secs(Date.now() - t)} s (${Object.entries(gen.ms).map(([k, v]) => `${k} ${secs(v)} s`).join(', ')})`)
      })
      // A fresh process for the measurements: its memory is the publisher's, not the generator's.
      const code = await new Promise<number>((resolve) => {
        const child = spawn(process.execPath, ['--expose-gc', ...process.execArgv, process.argv[1]!, ...process.argv.slice(2), '--from', tmp, '--measure'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
        child.on('exit', (c) => resolve(c ?? 1))
      })
      if (code !== 0) throw new Error(`the measuring process failed (exit ${code})`)
    } finally {
      if (args.keep) log(`kept ${tmp} (run again with --from ${tmp})`)
      else fs.rmSync(tmp, { recursive: true, force: true })
    }
    return
  }
  await withPayload(ctx, measure)
}

async function withPayload(ctx: CommandContext, f: (payload: import('payload').Payload) => Promise<void>) {
  const config = await ctx.loadConfig()
  const { getPayload } = await import('payload')
  const { closeSearch } = await import('../src/publish/search')
  const payload = await getPayload({ config: { ...config, typescript: { ...config.typescript, autoGenerate: false } } })
  try {
    const { catchUpSchema } = await import('./publish/schema')
    const pushed = await catchUpSchema(payload)
    if (pushed.length) log(`note: the migrations do not match the collections yet; pushed ${pushed.length} schema statement(s) to the benchmark database: ${pushed.map((s) => s.replace(/\s+/g, ' ').slice(0, 80)).join(' | ')}`)
    await f(payload)
  } finally {
    await closeSearch().catch(() => {})
    await payload.destroy().catch(() => {})
  }
}

const steps = (t: import('../src/publish/publisher').PublishTimings) =>
  Object.entries(t)
    .filter(([, ms]) => ms >= 5)
    .map(([k, ms]) => `${k} ${secs(ms)} s`)
    .join(', ')

const loadavg = () => os.loadavg().map((l) => l.toFixed(1)).join(' ')

async function measure(payload: import('payload').Payload) {
  const { publishSite, templateHash } = await import('../src/publish/publisher')
  const { loadSiteData } = await import('../src/publish/store')
  const { articlePageSizes } = await import('./publish/sizes')
  const { pagefindQuery } = await import('./publish/pagefind')
  const { countHtml } = await import('./publish/count')
  const rows: Row[] = []
  {
    let t = Date.now()
    const found = await payload.find({ collection: 'articles', depth: 0, pagination: false, select: {}, sort: 'id', overrideAccess: true })
    const articleIds = found.docs.map((d) => d.id as number)
    const count = async (collection: 'model-workers' | 'galleries' | 'media') => (await payload.count({ collection, overrideAccess: true })).totalDocs
    if (!args.measure) log(`reusing ${tmp}`)
    log(`measuring: ${articleIds.length} articles, ${await count('model-workers')} model workers, ${await count('galleries')} galleries, ${await count('media')} photos; load average ${loadavg()}; RSS ${mb(process.memoryUsage().rss / 2 ** 20)}`)

    // 2. Full publish, with search.
    const templatesBefore = templateHash()
    const profiler = args.profile ? await startProfile() : null
    let pagefindCpu = childrenCpuMs('pagefind')
    t = Date.now()
    let cpu = process.cpuUsage()
    const fullRun = await withPeakMemory(() => publishSite(payload, { siteDir, siteURL, search: true, fresh: true }))
    const fullMs = Date.now() - t
    const fullCpu = cpuMs(process.cpuUsage(cpu))
    const fullPagefindCpu = childrenCpuMs('pagefind') - pagefindCpu
    const profile = profiler ? await profiler.stop('full publish') : null
    const fr = fullRun.value
    // Eleventy and Hugo build pages, no search index: our comparable figure is the time until the
    // new pages are live (the switch); the search index follows (the previous one answers meanwhile).
    rows.push({ tool: 'union-cms publishSite (pages live)', pages: fr.pages, ms: fr.liveMs, cpuMs: null, peakMB: fullRun.peakMB })
    rows.push({ tool: '… and its search index done', pages: fr.pages, ms: fullMs, cpuMs: fullCpu + fullPagefindCpu, peakMB: fullRun.peakWithChildrenMB })
    log(
      `full publish: ${fr.pages} pages (${fr.written} written) live in ${secs(fr.liveMs)} s, search index (${fr.search?.shards} shards${fr.search?.merged ? ' merged into one' : ''}, ${fr.search?.pages} pages) done at ${secs(fullMs)} s (CPU: publisher ${secs(fullCpu)} s, Pagefind processes ${secs(fullPagefindCpu)} s) — ${steps(fr.timings)}; RSS ${mb(fullRun.startMB)} before, peak ${mb(fullRun.peakMB)} (+ Pagefind process ${mb(fullRun.childrenPeakMB)}: ${mb(fullRun.peakWithChildrenMB)} together)`,
    )
    if (profile) log(profile)

    const live = fs.realpathSync(siteDir)
    rows[0]!.avgKB = countHtml(live).avgKB
    const sizes = articlePageSizes(live)
    const query = pagefindQuery(path.join(live, 'pagefind'), '劳模')
    const query2 = pagefindQuery(path.join(live, 'pagefind'), '焊工')

    // 2b. The same without search, into another folder (to separate Pagefind's share).
    let noSearchMs: number | null = null
    if (!args['skip-nosearch']) {
        t = Date.now()
      cpu = process.cpuUsage()
      const run = await withPeakMemory(() => publishSite(payload, { siteDir: path.join(tmp, 'site-nosearch'), siteURL, search: false, fresh: true }))
      noSearchMs = Date.now() - t
      rows.push({ tool: 'union-cms publishSite (no search)', pages: run.value.pages, ms: noSearchMs, cpuMs: cpuMs(process.cpuUsage(cpu)), peakMB: run.peakMB })
      log(`full publish without search: ${secs(noSearchMs)} s — ${steps(run.value.timings)}`)
    }

    // 3. Incremental: one article's title changes.
    const victim = articleIds[Math.floor(articleIds.length / 2)]!
    await payload.update({ collection: 'articles', id: victim, data: { title: `【更新】${String(Date.now()).slice(-6)} 劳模工作室又添新成果` }, context: { seeding: true, skipPublish: true }, overrideAccess: true, depth: 0 })
    const templatesChanged = templateHash() !== templatesBefore
    if (templatesChanged) log('warning: src/site or plan.tsx changed since the full publish (someone is editing them): this publish re-renders every page')
    const incProfiler = args.profile ? await startProfile() : null
    pagefindCpu = childrenCpuMs('pagefind')
    cpu = process.cpuUsage()
    t = Date.now()
    const incRun = await withPeakMemory(() => publishSite(payload, { siteDir, siteURL, search: true }))
    const incMs = Date.now() - t
    const incCpu = cpuMs(process.cpuUsage(cpu))
    const incPagefindCpu = childrenCpuMs('pagefind') - pagefindCpu
    if (incProfiler) log(await incProfiler.stop('incremental publish'))
    const incLiveMs = incRun.value.liveMs
    log(
      `incremental publish after one title edit: pages live in ${secs(incLiveMs)} s (${incRun.value.written} written, ${incRun.value.reused} reused); search: ${incRun.value.search?.rebuilt} of ${incRun.value.search?.shards} shard(s) indexed again and merged, done at ${secs(incMs)} s (CPU: publisher ${secs(incCpu)} s, Pagefind process ${secs(incPagefindCpu)} s) — ${steps(incRun.value.timings)}; RSS ${mb(incRun.startMB)} before, peak ${mb(incRun.peakMB)} (+ Pagefind process ${mb(incRun.childrenPeakMB)}: ${mb(incRun.peakWithChildrenMB)} together)`,
    )
    t = Date.now()
    const noop = await publishSite(payload, { siteDir, siteURL, search: true })
    const noopMs = Date.now() - t
    log(`publish with nothing changed: ${secs(noopMs)} s (live in ${secs(noop.liveMs)} s), ${noop.written} written, ${noop.reused} reused, ${noop.search?.rebuilt} search shards indexed — ${steps(noop.timings)}`)

    // 4. Eleventy and Hugo from the same content.
    t = Date.now()
    const data = await loadSiteData(payload, { fresh: true })
    const loadMs = Date.now() - t
    const { exportSite } = await import('./publish/export')
    t = Date.now()
    const exported = exportSite(data, path.join(tmp, 'export'), { siteURL, css: sizes.cssFile })
    log(`exported content for Eleventy/Hugo: loadSiteData ${secs(loadMs)} s, export ${secs(Date.now() - t)} s (${exported.pages} pages planned)`)

    if (!args['skip-eleventy']) {
      const { runEleventy } = await import('./publish/eleventy')
      const r = await runEleventy(exported, path.join(tmp, 'eleventy-out'))
      rows.push({ tool: 'Eleventy 3.1 (Nunjucks)', pages: r.pages, ms: r.ms, cpuMs: r.cpuMs, peakMB: r.peakMB, avgKB: r.avgKB })
      log(`Eleventy: ${r.pages} pages in ${secs(r.ms)} s (write(); ${secs(r.wallMs)} s with Node start and import), peak ${mb(r.peakMB)}`)
    }
    if (!args['skip-hugo']) {
      const { runHugo } = await import('./publish/hugo')
      const r = await runHugo(exported, path.join(tmp, 'hugo-out'))
      if ('skipped' in r) log(`Hugo skipped: ${r.skipped}`)
      else {
        rows.push({ tool: `Hugo ${r.version}`, pages: r.pages, ms: r.ms, cpuMs: r.cpuMs, peakMB: r.peakMB, avgKB: r.avgKB })
        log(`Hugo: ${r.pages} pages in ${secs(r.ms)} s, peak ${mb(r.peakMB)}`)
      }
    }

    // 5. Report.
    report(rows, { templatesChanged, query2, incMs, incLiveMs, incWritten: incRun.value.written, incReused: incRun.value.reused, noopMs, peakMB: Math.max(fullRun.peakWithChildrenMB, incRun.peakWithChildrenMB), sizes, query, noSearchMs })

    // 6. The federation case, on the same content (it changes the database: it runs last).
    if (!args['skip-federation']) {
      log()
      const { federationCase } = await import('./publish/federation')
      const f = await federationCase(payload, tmp, siteURL, log)
      reportFederation(f, { incLiveMs, incMs, incWritten: incRun.value.written })
    }
  }
}

function report(
  rows: Row[],
  r: {
    templatesChanged: boolean
    query2: ReturnType<typeof import('./publish/pagefind').pagefindQuery>
    incMs: number
    incLiveMs: number
    incWritten: number
    incReused: number
    noopMs: number
    peakMB: number
    sizes: ReturnType<typeof import('./publish/sizes').articlePageSizes>
    query: ReturnType<typeof import('./publish/pagefind').pagefindQuery>
    noSearchMs: number | null
  },
) {
  const ours = rows[0]!
  const pps = (row: Row) => row.pages / (row.ms / 1000)
  const table = [
    ['tool', 'pages', 'seconds', 'pages/s', 'ours ÷ tool', 'CPU s', 'peak memory', 'avg page'],
    ...rows.map((row) => [
      row.tool,
      String(row.pages),
      secs(row.ms),
      pps(row).toFixed(0),
      (pps(ours) / pps(row)).toFixed(2) + '×',
      row.cpuMs === null ? '—' : secs(row.cpuMs),
      row.peakMB ? mb(row.peakMB) : '—',
      row.avgKB ? `${row.avgKB.toFixed(1)} KB` : '—',
    ]),
  ]
  const widths = table[0]!.map((_, i) => Math.max(...table.map((line) => [...line[i]!].length)))
  log()
  log('=== publish benchmark ===')
  for (const [i, line] of table.entries()) {
    log(line.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]!) : cell.padStart(widths[j]!))).join('  '))
    if (i === 0) log(widths.map((w) => '-'.repeat(w)).join('  '))
  }
  log()
  log(
    `incremental publish (one title edited): pages live in ${secs(r.incLiveMs)} s (${r.incWritten} pages written, ${r.incReused} reused), search index updated at ${secs(r.incMs)} s${r.templatesChanged ? ' — NOT comparable: the site templates changed during the run' : ''}; with nothing changed: ${secs(r.noopMs)} s`,
  )
  log(`article page HTML + CSS, gzip: ${r.sizes.medianKB.toFixed(1)} KB median of ${r.sizes.sampled} articles (max ${r.sizes.maxKB.toFixed(1)} KB; CSS ${r.sizes.cssKB.toFixed(1)} KB of it)`)
  log(
    `Pagefind query "${r.query.word}" (${r.query.results} results): ${r.query.totalKB.toFixed(0)} KB with the ${r.query.shown} results search.js shows, ${r.query.total5KB.toFixed(0)} KB with 5 — ${r.query.parts.map((p) => `${p.name} ${p.kb.toFixed(1)} KB`).join(', ')}`,
  )
  log()
  const eleventy = rows.find((row) => row.tool.startsWith('Eleventy'))
  const hugo = rows.find((row) => row.tool.startsWith('Hugo'))
  const noSearch = rows.find((row) => row.tool.includes('no search'))
  const withSearch = rows.find((row) => row.tool.includes('search index done'))
  const ratio = (tool: Row) =>
    `${(pps(ours) / pps(tool)).toFixed(2)}× (pages live; with the search index done: ${withSearch ? (pps(withSearch) / pps(tool)).toFixed(2) : '—'}×${noSearch ? `; a publish without search: ${(pps(noSearch) / pps(tool)).toFixed(2)}×` : ''})`
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met')
  const targets: [string, string, boolean | null][] = [
    [`full publish ≥ ${TARGETS.vsEleventy}× Eleventy's pages/s`, eleventy ? ratio(eleventy) : 'skipped', eleventy ? pps(ours) >= TARGETS.vsEleventy * pps(eleventy) : null],
    [`full publish ≥ ${TARGETS.vsHugo}× Hugo's pages/s`, hugo ? ratio(hugo) : 'skipped', hugo ? pps(ours) >= TARGETS.vsHugo * pps(hugo) : null],
    [`incremental publish after one edit < ${TARGETS.incrementalMs / 1000} s (until the pages are live)`, `${secs(r.incLiveMs)} s (search index updated at ${secs(r.incMs)} s)`, r.incLiveMs < TARGETS.incrementalMs],
    [`peak memory < ${(TARGETS.peakMB / 1024).toFixed(1)} GB (publisher process + Pagefind process, at the same moment)`, mb(r.peakMB), r.peakMB < TARGETS.peakMB],
    [`article HTML + CSS < ${TARGETS.pageKB} KB gzip`, `${r.sizes.maxKB.toFixed(1)} KB (max)`, r.sizes.maxKB < TARGETS.pageKB],
    [`Pagefind one-word query < ${TARGETS.searchKB} KB`, `${r.query.totalKB.toFixed(0)} KB (${r.query.shown} results shown, ${r.query.shards === 1 ? 'one index' : `${r.query.shards} shards`})`, r.query.totalKB < TARGETS.searchKB],
  ]
  log(`  for comparison, a less frequent word: "${r.query2.word}" (${r.query2.results} results): ${r.query2.totalKB.toFixed(0)} KB (${r.query2.parts.map((p) => `${p.name} ${p.kb.toFixed(1)}`).join(', ')})`)
  log(`load average at the end: ${loadavg()} (the machine is shared: wall-clock figures vary with it, CPU seconds less)`)
  log('targets:')
  for (const [name, value, ok] of targets) log(`  ${ok === null ? 'skipped' : verdict(ok)}  ${name}: ${value}`)
}

function reportFederation(f: import('./publish/federation').FederationFigures, single: { incLiveMs: number; incMs: number; incWritten: number }) {
  const rows = [
    ['one edit, until live', 'single site', `federation (${f.sites} sites)`],
    ['on its own site', `${secs(single.incLiveMs)} s (${single.incWritten} pages written)`, `${secs(f.unitEdit.liveMs)} s (${f.unitEdit.written} pages written, ${f.unitEdit.skippedSites} sites untouched)`],
    ['adopted piece: on the city site', '—', `${secs(f.adoptedEdit.cityLiveMs)} s`],
    ['adopted piece: on its unit site', '—', `${secs(f.adoptedEdit.unitLiveMs)} s (${f.adoptedEdit.written} pages written on both)`],
    ['every site done (search included)', `${secs(single.incMs)} s`, `${secs(f.unitEdit.ms)} s (adopted: ${secs(f.adoptedEdit.ms)} s)`],
  ]
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((line) => [...line[i]!].length)))
  log()
  log(`=== federation case: 1 city site + ${f.sites - 1} unit sites, ${f.pieces} pieces ===`)
  for (const [i, line] of rows.entries()) {
    log(line.map((cell, j) => cell.padEnd(widths[j]!)).join('  '))
    if (i === 0) log(widths.map((w) => '-'.repeat(w)).join('  '))
  }
  const worst = Math.max(f.unitEdit.liveMs, f.adoptedEdit.cityLiveMs, f.adoptedEdit.unitLiveMs)
  log('targets:')
  log(`  ${worst <= Math.max(single.incLiveMs, TARGETS.incrementalMs) ? 'met' : 'NOT met'}  an edit in a unit live on its site (and on the city site when adopted) as fast as an edit on a single site (this run): ${secs(worst)} s (single site ${secs(single.incLiveMs)} s)`)
  log(`  ${worst < TARGETS.incrementalMs ? 'met' : 'NOT met'}  … and < ${TARGETS.incrementalMs / 1000} s, the single-site target: ${secs(worst)} s`)
}

/** CPU profile of the main thread via the inspector; returns a summary of the top self-time functions. */
async function startProfile() {
  const { Session } = await import('node:inspector/promises')
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval: 500 })
  await session.post('Profiler.start')
  return {
    stop: async (label: string) => {
      const { profile } = (await session.post('Profiler.stop')) as { profile: import('node:inspector').Profiler.Profile }
      session.disconnect()
      const file = path.join(os.tmpdir(), `bench-publish-${Date.now()}.cpuprofile`)
      fs.writeFileSync(file, JSON.stringify(profile))
      const { summarizeProfile } = await import('./publish/profile')
      return `CPU profile of the ${label} written to ${file}\n${summarizeProfile(profile)}`
    },
  }
}

runCommand('npm run bench:publish', main, { failure: 'bench:publish failed' })

