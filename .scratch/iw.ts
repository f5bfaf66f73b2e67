import '@payloadcms/richtext-lexical/lexical'
const { introducedWorkers } = await import('../src/import/people')
for (const s of process.argv.slice(2)) console.log(s.slice(0, 30), JSON.stringify(introducedWorkers(s).map(w => [w.name, w.employer, w.position])))
