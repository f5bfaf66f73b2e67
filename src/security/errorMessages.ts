import type { AfterErrorHook } from 'payload'

const UNKNOWN = 'An unknown error occurred.'

/**
 * Payload formats an error without a `name` as "An unknown error occurred." (formatErrors), and a
 * production build does not always keep class names: a refused password reset read exactly that.
 * A client error (4xx) that Payload meant to show keeps its own message.
 */
export const keepClientErrorMessages: AfterErrorHook = ({ error, result }) => {
  const status = (error as { status?: number }).status ?? 500
  const first = result?.errors?.[0] as { message?: string } | undefined
  if (status >= 500 || first?.message !== UNKNOWN || !error.message) return
  return { response: { ...result, errors: [{ message: error.message }] } }
}
