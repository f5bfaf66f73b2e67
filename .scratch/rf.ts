import '@payloadcms/richtext-lexical/lexical'
const { readFurniture } = await import('../src/import/parse/furniture')
for (const s of process.argv.slice(2)) console.log(s.slice(0, 40), JSON.stringify(readFurniture(s)))
