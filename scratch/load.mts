import crypto from 'node:crypto'
import path from 'node:path'
const tmp = path.resolve(process.argv[2]!)
process.env.PAYLOAD_MIGRATING = 'true'
;(process.env as any).NODE_ENV = 'production'
process.env.DATABASE_URI = `file:${path.join(tmp, 'bench.db')}`
process.env.UNION_CMS_ROOT = tmp
process.env.JOBS_AUTORUN = '0'
process.env.PAYLOAD_SECRET ||= crypto.randomBytes(32).toString('hex')
const { loadConfig, markFinished } = await import('/work/main/src/cli/boot')
const config = await loadConfig('scratch')
const { getPayload } = await import('payload')
const payload = await getPayload({ config })
const time = async (label: string, f: () => Promise<any>) => { const t = performance.now(); const r = await f(); console.log(label, (performance.now() - t).toFixed(0), 'ms', Array.isArray(r?.docs) ? r.docs.length : r?.totalDocs); return r }
for (let i = 0; i < 2; i++) {
await time('recent articles', () => payload.find({ collection: 'articles', depth: 0, pagination: false, overrideAccess: true, draft: false, where: { updatedAt: { greater_than_equal: new Date(Date.now() - 300000).toISOString() } }, select: { updatedAt: true, _status: true } as any }))
await time('count articles', () => payload.count({ collection: 'articles', overrideAccess: false, where: { _status: { equals: 'published' } } }))
await time('count media', () => payload.count({ collection: 'media', overrideAccess: false }))
await time('recent media', () => payload.find({ collection: 'media', depth: 0, pagination: false, overrideAccess: true, draft: false, where: { updatedAt: { greater_than_equal: new Date(Date.now() - 300000).toISOString() } }, select: { updatedAt: true } as any }))
await time('list articles ids', () => payload.find({ collection: 'articles', depth: 0, pagination: false, overrideAccess: false, draft: false, where: { _status: { equals: 'published' } }, select: { updatedAt: true } as any }))
}
await payload.destroy(); markFinished(); process.exit(0)
