/**
 * `npm run bench:crash`: the kill test of issue 13 at full length — a worker saving published
 * documents (20–60 array rows each, relations, first creates) on a temporary SQLite file is
 * SIGKILLed at random moments inside its saves, and after every restart each document must be its
 * state before the interrupted save or after it, field by field, and its review log no shorter
 * (tests/helpers/crashHarness.ts). The CI test (tests/int/crash-safety.int.spec.ts) runs fewer kills.
 *
 *   --kills N     kills (default 200)
 *   --seed S      seed of the random choices (default: random, printed; CRASH_SEED works too)
 *   --compare     then the same seed with UNION_CMS_DB_TRANSACTIONS=off (the adapter as it was
 *                 before issue 13), side by side (with UNION_CMS_DB_TRANSACTIONS=off set, the
 *                 first run is that one and --compare adds the run with transactions)
 *   --verbose     print every violation as it is found
 *
 * Exits 1 when the run with transactions finds a violation, a failed boot or a failed save.
 */
import { formatViolation, runCrashTest, type CrashResult } from '../tests/helpers/crashHarness'

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

// Ctrl-C: end through process.exit, so the harness removes its workers and temporary folder.
process.on('SIGINT', () => process.exit(130))

const kills = Number(option('--kills') ?? 200)
const compare = process.argv.includes('--compare')
const verbose = process.argv.includes('--verbose')
const seed = Number(option('--seed') ?? process.env.CRASH_SEED ?? Math.floor(Math.random() * 1e9))
if (!Number.isInteger(kills) || kills < 1) throw new Error(`--kills must be a whole number above 0, not ${option('--kills')}`)

async function run(transactions: boolean): Promise<CrashResult> {
  const result = await runCrashTest({
    kills,
    seed,
    transactions,
    log: (line) => {
      if (verbose || !/^  [✖·]/.test(line)) console.log(line)
    },
  })
  const first = result.violations.slice(0, 5)
  if (first.length && !verbose) {
    console.log(`  first violations:\n${first.map((v) => `    ${formatViolation(v)}`).join('\n')}`)
  }
  return result
}

// The first run as the environment says (transactions unless UNION_CMS_DB_TRANSACTIONS=off),
// --compare then the other way.
const first = process.env.UNION_CMS_DB_TRANSACTIONS !== 'off'
const runs: CrashResult[] = [await run(first)]
if (compare) runs.push(await run(!first))

const rows: [string, (r: CrashResult) => string][] = [
  ['kills', (r) => String(r.kills)],
  ['kills inside a save', (r) => String(r.killsInsideSave)],
  ['  saves interrupted: update / create / delete', (r) => `${r.interrupted.update} / ${r.interrupted.create} / ${r.interrupted.delete}`],
  ['saves acknowledged', (r) => String(r.savesAcknowledged)],
  ['violations', (r) => String(r.violations.length)],
  ['  documents affected', (r) => String(new Set(r.violations.map((v) => `${v.kill}:${v.collection}:${v.slug}`)).size)],
  ['failed boots after a kill', (r) => String(r.bootFailures.length)],
  ['save errors', (r) => String(r.saveErrors.length)],
  ['"database is locked" lines', (r) => String(r.busyMessages.length)],
  ['start-up repairs reported', (r) => String(r.repairsReported)],
  ['time', (r) => `${(r.ms / 1000).toFixed(0)} s`],
]
const heads = runs.map((r) => (r.transactions ? 'transactions on' : 'transactions off'))
const width = Math.max(...rows.map(([label]) => label.length))
console.log(`\ncrash test, seed ${seed}`)
console.log(`${''.padEnd(width)}  ${heads.map((h) => h.padStart(18)).join('')}`)
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${runs.map((r) => value(r).padStart(18)).join('')}`)
for (const r of runs) {
  for (const f of r.bootFailures) console.log(`boot failure after kill ${f.kill} (transactions ${r.transactions ? 'on' : 'off'}): ${f.message}`)
  for (const e of r.saveErrors.slice(0, 5)) console.log(`save error (transactions ${r.transactions ? 'on' : 'off'}): ${e}`)
}
// Only the run with transactions is expected to be clean.
const failed = runs.some((r) => r.transactions && (r.violations.length || r.bootFailures.length || r.saveErrors.length || r.busyMessages.length))
process.exit(failed ? 1 : 0)
