/**
 * The federation case of `npm run bench:publish` (站群, issue 17), run after the single-site case on
 * the same generated content: one city site and 20 unit sites. The content is shared out over the
 * city and the 20 units (by id), one unit piece is adopted by the city, every site is published in
 * full once, and then: an edit in one unit until it is live on that unit's site, and an edit of
 * the adopted piece until it is live on its unit's site and on the city's. Printed beside the
 * single-site incremental figure of the same run.
 */
import path from 'node:path'

import type { Payload } from 'payload'

const UNITS = 20
const SYSTEM = { overrideAccess: true, depth: 0, context: { seeding: true, skipPublish: true } } as const

type Adapter = { execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>; drizzle: unknown }

export type FederationFigures = {
  sites: number
  pieces: number
  fullLiveMs: number
  fullMs: number
  unitEdit: { liveMs: number; written: number; skippedSites: number; ms: number }
  adoptedEdit: { unitLiveMs: number; cityLiveMs: number; written: number; ms: number }
}

export async function federationCase(payload: Payload, tmp: string, siteURL: string, log: (line?: string) => void): Promise<FederationFigures> {
  const secs = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1)
  const { publishSite } = await import('../../src/publish/publisher')
  const siteDir = path.join(tmp, 'site-federation')

  // One city (the top unit: the main site) and 20 units under it, each with its own site.
  const city = (await payload.create({ collection: 'organizations', data: { name: '基准测试市总工会', level: 'city' } as never, ...SYSTEM })).id
  const units: (number | string)[] = []
  for (let i = 1; i <= UNITS; i++) {
    const p = `unit-${String(i).padStart(2, '0')}`
    const doc = await payload.create({
      collection: 'organizations',
      data: { name: `基准测试第${i}区总工会`, level: 'county', parent: city, site: { enabled: true, path: p, name: `第${i}区工会网` } } as never,
      ...SYSTEM,
    })
    units.push(doc.id)
  }
  // Every piece to the city or one of the units, by id (one statement per table: 10,000 saves through
  // the Local API would take longer than the rest of the benchmark).
  const owners = [city, ...units]
  const adapter = payload.db as unknown as Adapter
  const cases = owners.map((o, i) => `WHEN ${i} THEN ${Number(o)}`).join(' ')
  let pieces = 0
  for (const [collection, table] of [['articles', 'articles'], ['model-workers', 'model_workers'], ['galleries', 'galleries']] as const) {
    await adapter.execute({ drizzle: adapter.drizzle, raw: `UPDATE ${table} SET organization_id = CASE (id % ${owners.length}) ${cases} END` })
    // Their versions too: a later save starts from the newest version.
    await adapter.execute({ drizzle: adapter.drizzle, raw: `UPDATE _${table}_v SET version_organization_id = CASE (parent_id % ${owners.length}) ${cases} END` })
    pieces += (await payload.count({ collection, overrideAccess: true })).totalDocs
  }
  // The city adopts one unit piece; another piece of the same unit is the plain edit.
  const unitIndex = 7
  const ofUnit = await payload.find({ collection: 'articles', where: { organization: { equals: units[unitIndex - 1] } }, limit: 2, sort: 'id', ...SYSTEM })
  const [adopted, plain] = ofUnit.docs
  if (!adopted || !plain) throw new Error('federation case: too few articles for a unit (use --articles 100 or more)')
  await payload.update({ collection: 'articles', id: adopted.id, data: { adoptedBy: [city] } as never, ...SYSTEM, context: { ...SYSTEM.context, adoptAction: true } })
  const unitPath = `unit-${String(unitIndex).padStart(2, '0')}`

  let t = Date.now()
  const full = await publishSite(payload, { siteDir, siteURL, search: true, fresh: true })
  const fullMs = Date.now() - t
  const pages = full.pages + (full.sites ?? []).reduce((n, s) => n + s.pages, 0)
  log(`federation: 1 city site + ${full.sites?.length ?? 0} unit sites, ${pieces} pieces; full publish of every site: ${pages} pages, city live in ${secs(full.liveMs)} s, all done in ${secs(fullMs)} s`)

  await payload.update({ collection: 'articles', id: plain.id, data: { title: `【更新】${String(Date.now()).slice(-6)} 区工会新闻` }, ...SYSTEM })
  t = Date.now()
  const edit = await publishSite(payload, { siteDir, siteURL, search: true })
  const editMs = Date.now() - t
  const unitSite = edit.sites?.find((s) => s.path === unitPath)
  if (!unitSite) throw new Error(`federation case: no site ${unitPath} in the result`)
  const skipped = (edit.sites ?? []).filter((s) => s.skipped).length + (edit.written === 0 ? 1 : 0)
  log(
    `  an edit in ${unitPath}: live on its site in ${secs(unitSite.liveMs)} s (${unitSite.written} written, ${unitSite.reused} reused), ${skipped} of ${1 + (edit.sites?.length ?? 0)} sites left as they were; everything done in ${secs(editMs)} s`,
  )

  await payload.update({ collection: 'articles', id: adopted.id, data: { title: `【更正】${String(Date.now()).slice(-6)} 市总工会采用稿件` }, ...SYSTEM })
  t = Date.now()
  const adoptedRun = await publishSite(payload, { siteDir, siteURL, search: true })
  const adoptedMs = Date.now() - t
  const adoptedUnit = adoptedRun.sites?.find((s) => s.path === unitPath)!
  log(
    `  an edit of a piece the city adopted: live on the city site in ${secs(adoptedRun.liveMs)} s (${adoptedRun.written} written) and on ${unitPath} in ${secs(adoptedUnit.liveMs)} s (${adoptedUnit.written} written); everything done in ${secs(adoptedMs)} s`,
  )
  return {
    sites: 1 + (full.sites?.length ?? 0),
    pieces,
    fullLiveMs: full.liveMs,
    fullMs,
    unitEdit: { liveMs: unitSite.liveMs, written: unitSite.written, skippedSites: skipped, ms: editMs },
    adoptedEdit: { unitLiveMs: adoptedUnit.liveMs, cityLiveMs: adoptedRun.liveMs, written: adoptedRun.written + adoptedUnit.written, ms: adoptedMs },
  }
}
