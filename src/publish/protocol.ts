/**
 * The messages between the server and its publisher worker (worker.ts), over the IPC channel
 * `child_process.fork` opens. The server asks for a publish; the worker answers once per request,
 * in the order asked, with the summary line or the error.
 */
import type { PublishResult } from './publisher'

/** Worker → server, once, when Payload is up and it can take requests. */
export type WorkerReady = { type: 'ready' }
/** Server → worker: publish the site now (incrementally). */
export type PublishRequest = { type: 'publish'; id: string }
/** Worker → server: the answer to the request with the same id. */
export type PublishReply = { id: string; ok: true; summary: string } | { id: string; ok: false; error: string }

export const isPublishRequest = (m: unknown): m is PublishRequest =>
  typeof m === 'object' && m !== null && (m as PublishRequest).type === 'publish' && typeof (m as PublishRequest).id === 'string'

/** One line saying what a publish did, for the job's output and the CLI. */
export function summarize(result: PublishResult, siteDir: string): string {
  const search = result.search
  return (
    `✔ 站点已发布 site published: ${result.pages} pages (${result.written} written, ${result.reused} unchanged, ${result.removed} removed), live in ${(result.liveMs / 1000).toFixed(1)} s` +
    (search
      ? `; search: ${search.rebuilt} of ${search.shards} shard(s) indexed again${search.merged ? ', merged into one index' : ''}${search.unmerged ? ` (not merged: ${search.unmerged}; readers load the shards)` : ''} (${search.pages} pages searchable)`
      : '') +
    (result.sites?.length
      ? `; ${result.sites.length} unit site(s): ${result.sites.filter((s) => !s.skipped).length} published again (${result.sites.reduce((n, s) => n + s.written, 0)} pages written), the others unchanged`
      : '') +
    `; done in ${(result.ms / 1000).toFixed(1)} s → ${siteDir}`
  )
}
