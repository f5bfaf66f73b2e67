import '@payloadcms/richtext-lexical/lexical'
const { extractWorkers } = await import('../src/import/people')
for (const s of process.argv.slice(2)) console.log(s.slice(0, 40), JSON.stringify(extractWorkers(s).map(w => [w.name, w.employer, w.honors])))
