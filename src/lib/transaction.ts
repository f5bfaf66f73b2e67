/**
 * Several Local API calls as one act of a request: all of them saved, or none (a transaction on
 * `req`), each with only the context it is meant to carry.
 */
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest, type RequestContext } from 'payload'

/**
 * Run `work` in one database transaction on `req` (or inside the one `req` already has, which its
 * owner commits): when `work` throws, every write it made through `req` is undone.
 */
export async function inTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const started = await initTransaction(req)
  try {
    const result = await work()
    if (started) await commitTransaction(req)
    return result
  } catch (err) {
    if (started) await killTransaction(req)
    throw err
  }
}

/**
 * Run `work` with `context` added to `req.context`, then put the request's context back. A Local
 * API call given `req` and `context` merges that context into `req.context` for good, so a flag
 * meant for one save (a review note, an action's permission) would reach every later save of the
 * request: pass it here instead.
 */
export async function withContext<T>(req: PayloadRequest, context: RequestContext, work: () => Promise<T>): Promise<T> {
  const saved = req.context
  req.context = { ...saved, ...context }
  try {
    return await work()
  } finally {
    req.context = saved
  }
}
