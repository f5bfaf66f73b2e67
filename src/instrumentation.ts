/**
 * Runs once when the Next.js server starts: boot Payload with its cron so the jobs queue
 * (scheduled publishing, site publishing) runs from the start, not only after someone opens the
 * admin. https://nextjs.org/docs/app/guides/instrumentation
 */
export async function register(): Promise<void> {
  // Read literally, not through src/settings: Next.js replaces `process.env.NEXT_RUNTIME` when it
  // bundles, so the edge bundle leaves out the Node-only code below.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  await getPayload({ config, cron: true })
}
