/**
 * The benchmark's database is new and thrown away. Should the collections have fields that no
 * migration creates yet (work in progress), or a reused database (--from) predate a schema change,
 * bring the tables up to the config with Drizzle's push after the migrations ran, so the benchmark
 * still runs. Statements are run one at a time; ones that find their object already there are skipped.
 */
import type { Payload } from 'payload'

type Adapter = {
  requireDrizzleKit?: () => { pushSchema: (schema: unknown, drizzle: unknown) => Promise<{ statementsToExecute: string[] }> }
  execute?: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
  schema: unknown
  drizzle: unknown
}

export async function catchUpSchema(payload: Payload): Promise<string[]> {
  const adapter = payload.db as unknown as Adapter
  if (typeof adapter.requireDrizzleKit !== 'function' || typeof adapter.execute !== 'function') return []
  const { pushSchema } = adapter.requireDrizzleKit()
  const { statementsToExecute } = await pushSchema(adapter.schema, adapter.drizzle)
  const applied: string[] = []
  for (const raw of statementsToExecute) {
    try {
      await adapter.execute({ drizzle: adapter.drizzle, raw })
      applied.push(raw)
    } catch (err) {
      const text = `${(err as Error).message} ${String((err as { cause?: unknown }).cause ?? '')}`
      if (!/already exists|duplicate column/i.test(text)) throw err
    }
  }
  return applied
}
