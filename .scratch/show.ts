import '@payloadcms/richtext-lexical/lexical'
import fs from 'node:fs'
const { parseNewspaperText } = await import('../src/import/index')
for (const f of process.argv.slice(2)) {
  const t = fs.existsSync(f) ? fs.readFileSync(f) : f.replace(/\\n/g, '\n')
  try {
    const p = parseNewspaperText(t, { file: 'x' })
    console.log(JSON.stringify({ title: p.title, sub: p.subtitle, kicker: p.kicker, bylines: p.bylines.map(b => b.role + ':' + b.name), source: p.source, sections: p.sections, captions: p.captions, workers: p.workers.map(w => w.name), figures: p.figures.map(x => x.value + x.unit) }, null, 0))
    for (const b of p.blocks ?? []) console.log(' ', b.type, (b as any).text?.slice(0, 70))
    console.log(' warnings:', p.warnings)
  } catch (e: any) { console.log('ERR', e.code, e.message) }
}
