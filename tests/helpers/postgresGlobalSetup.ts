// Vitest global setup of the `int-postgres` project: one PostgreSQL cluster for the whole run
// (tests/helpers/postgres.ts), its address handed to the test files, stopped at the end. Each file
// creates and drops its own database on it (tests/helpers/payload.ts).
import type { TestProject } from 'vitest/node'

import { startPostgresCluster } from './postgres'

declare module 'vitest' {
  export interface ProvidedContext {
    postgresURI: string
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const cluster = await startPostgresCluster()
  project.provide('postgresURI', cluster.uri)
  return () => cluster.stop()
}
