// Client errors keep their message even when a production build lost the error's class name
// (Payload then formats it as "An unknown error occurred.").
import { describe, expect, it } from 'vitest'

import { keepClientErrorMessages } from '../../src/security/errorMessages'

const run = (error: Error, message: string) =>
  keepClientErrorMessages({ error, result: { errors: [{ message }] } as never, req: {} as never, context: {} })

describe('keepClientErrorMessages', () => {
  it('shows the message of a nameless 403 (a refused password reset) instead of "An unknown error occurred."', () => {
    const error = Object.assign(new Error('Token is either invalid or has expired.'), { status: 403 })
    error.name = ''
    expect(run(error, 'An unknown error occurred.')).toEqual({ response: { errors: [{ message: 'Token is either invalid or has expired.' }] } })
  })

  it('says in Chinese what to do when a save meets another user’s edit lock (423)', () => {
    const locked = Object.assign(new Error('Document with ID 1 is currently locked by another user and cannot be updated.'), { status: 423 })
    const answer = keepClientErrorMessages({ error: locked, result: { errors: [{ message: locked.message }] } as never, req: { i18n: { language: 'zh' } } as never, context: {} })
    expect(JSON.stringify(answer)).toContain('正由其他人编辑')
  })

  it('leaves server errors (5xx) hidden and named errors as Payload formatted them', () => {
    const internal = Object.assign(new Error('SQLITE_ERROR: no such column'), { status: 500 })
    internal.name = ''
    expect(run(internal, 'An unknown error occurred.')).toBeUndefined()
    expect(run(Object.assign(new Error('x'), { status: 400 }), 'x')).toBeUndefined()
  })

  it('keeps the field messages of a validation error whose class the build lost (the admin shows them beside the fields)', () => {
    const data = { collection: 'organizations', errors: [{ path: 'site.path', message: '网站路径“yunxi”已被其他单位使用，请换一个。' }] }
    const invalid = Object.assign(new Error('下面的字段是无效的： 单位网站 > 网站路径'), { status: 400, data })
    invalid.name = 'ValidationError'
    expect(run(invalid, invalid.message)).toEqual({ response: { errors: [{ name: 'ValidationError', data, message: invalid.message }] } })
    // Formatted by Payload with its data already: left as it is.
    const formatted = { errors: [{ name: 'ValidationError', data, message: invalid.message }] }
    expect(keepClientErrorMessages({ error: invalid, result: formatted as never, req: {} as never, context: {} })).toBeUndefined()
  })
})
