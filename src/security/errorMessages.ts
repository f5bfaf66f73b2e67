import type { AfterErrorHook } from 'payload'

const UNKNOWN = 'An unknown error occurred.'

/**
 * Payload formats an error without a `name` as "An unknown error occurred." (formatErrors), and a
 * production build does not always keep class names: a refused password reset read exactly that.
 * A client error (4xx) that Payload meant to show keeps its own message.
 *
 * Likewise a field validation error (Payload's ValidationError, 400) is sent with its `data` (the
 * failing fields and their messages) only when formatErrors recognises its class; in the production
 * build it does not, and the admin then showed only 「下面的字段是无效的：单位网站 > 网站路径」,
 * never the reason beside the field (e.g. that another unit already has that site path). Such an
 * error keeps its `data`, as Payload's own formatting would give it.
 */
export const keepClientErrorMessages: AfterErrorHook = ({ error, result, req }) => {
  const status = (error as { status?: number }).status ?? 500
  // Payload's edit-lock refusal is English only and does not say what to do.
  if (status === 423 && req?.i18n?.language !== 'en') {
    return { response: { ...result, errors: [{ message: '这篇稿件正由其他人编辑（已加编辑锁），本次修改未保存。请稍后再试，或请对方关闭编辑页面；终审和管理员可以在后台接管编辑。' }] } }
  }
  const first = result?.errors?.[0] as { message?: string; data?: unknown } | undefined
  const data = (error as { data?: { errors?: unknown } }).data
  if (status < 500 && first && first.data === undefined && Array.isArray(data?.errors)) {
    return { response: { ...result, errors: [{ name: error.name, data, message: error.message }] } }
  }
  if (status >= 500 || first?.message !== UNKNOWN || !error.message) return
  return { response: { ...result, errors: [{ message: error.message }] } }
}
