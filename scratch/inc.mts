// scratch: time full (no search) + incremental publish on a kept bench folder
import crypto from 'node:crypto'
import path from 'node:path'
import fs from 'node:fs'
const tmp = path.resolve(process.argv[2]!)
const search = process.argv[3] === 'search'
process.env.PAYLOAD_MIGRATING = 'true'
;(process.env as any).NODE_ENV = 'production'
process.env.DATABASE_URI = `file:${path.join(tmp, 'bench.db')}`
process.env.UNION_CMS_ROOT = tmp
process.env.SITE_DIR = path.join(tmp, 'site-scratch')
process.env.SITE_URL = 'https://bench.example.org'
process.env.JOBS_AUTORUN = '0'
process.env.PAYLOAD_SECRET ||= crypto.randomBytes(32).toString('hex')
process.env.SITE_AUTOPUBLISH = '0'
const { loadConfig, markFinished } = await import('/work/main/src/cli/boot')
const config = await loadConfig('scratch')
const { getPayload } = await import('payload')
const payload = await getPayload({ config: { ...config, typescript: { ...config.typescript, autoGenerate: false } } })
const { publishSite } = await import('/work/main/src/publish/publisher')
const rss = () => Math.round(process.memoryUsage().rss / 2 ** 20)
let t = Date.now()
const full = await publishSite(payload, { search })
console.log('full', Date.now() - t, 'ms', JSON.stringify({ ...full, buildDir: undefined }), 'rss', rss())
const found = await payload.find({ collection: 'articles', depth: 0, limit: 1, page: 5000, sort: 'id', overrideAccess: true })
const id = found.docs[0]!.id
for (let i = 0; i < 3; i++) {
  await payload.update({ collection: 'articles', id, data: { title: `【更新】${i} ${Date.now() % 1000} 劳模工作室又添新成果` }, context: { skipPublish: true }, overrideAccess: true, depth: 0 })
  t = Date.now()
  const inc = await publishSite(payload, { search })
  console.log('inc', Date.now() - t, 'ms', JSON.stringify({ ...inc, buildDir: undefined }), 'rss', rss())
}
await payload.destroy()
markFinished()
process.exit(0)
