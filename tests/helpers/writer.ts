/**
 * A second writer on the same database file, for tests/int/two-writers.int.spec.ts: boots Payload
 * through runCommand (src/lib/command.ts: lexical first, as every entry point must), then creates
 * `WRITER_SAVES` drafts and saves each once more with 30 bylines, as fast as it can. Prints one
 * JSON line: { saved, errors: [messages] }. Exit status 0 even when saves failed (the test reads
 * the line).
 */
import { runCommand } from '../../src/lib/command'

// The test's own knobs, not application settings (src/settings).
const saves = Number(process.env.WRITER_SAVES ?? 20)
const tag = process.env.WRITER_TAG ?? 'writer'

runCommand('writer', async ({ loadConfig }) => {
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config: await loadConfig() })
  const errors: string[] = []
  let saved = 0
  for (let i = 0; i < saves; i++) {
    try {
      const doc = await payload.create({ collection: 'articles', data: { title: `${tag}-${i}`, bylines: [{ role: 'reporter', name: `${tag}${i}` }] }, draft: true })
      const bylines = Array.from({ length: 30 }, (_, k) => ({ role: 'reporter' as const, name: `${tag}${i}-${k}` }))
      await payload.update({ collection: 'articles', id: doc.id, data: { bylines }, draft: true })
      saved++
    } catch (err) {
      errors.push(err instanceof Error ? err.message : String(err))
    }
  }
  process.stdout.write(`${JSON.stringify({ saved, errors })}\n`)
  return 0
})
