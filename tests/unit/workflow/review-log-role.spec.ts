// The review log's role: stored as the role's value (`chief-editor`), shown in Chinese in the admin
// and on the sign-off sheet; entries written before (which stored the Chinese name) show as before.
import { describe, expect, it } from 'vitest'

import { renderSignoffSheet } from '../../../src/workflow/signoff'
import { roleLabel } from '../../../src/workflow/stages'

const entry = (role: string) => ({ action: '终审通过', from: 'edited', to: 'approved', userName: '陈慧敏', role, at: '2026-03-18T02:00:00.000Z' })

describe('roleLabel', () => {
  it('names every stored role value in Chinese', () => {
    expect(['admin', 'chief-editor', 'editor', 'reporter', 'system'].map(roleLabel)).toEqual(['管理员', '终审', '责编', '记者/通讯员', '系统'])
  })

  it('shows an entry written before the value was stored (the Chinese name itself) unchanged', () => {
    expect(['终审', '责编', '记者/通讯员', '系统'].map(roleLabel)).toEqual(['终审', '责编', '记者/通讯员', '系统'])
  })

  it('shows nothing for an entry without a role, and does not take inherited keys for roles', () => {
    expect(roleLabel(null)).toBe('')
    expect(roleLabel(undefined)).toBe('')
    expect(roleLabel('toString')).toBe('toString')
  })
})

describe('the sign-off sheet', () => {
  it('prints the same role for a new entry (chief-editor) and an old one (终审)', () => {
    const sheet = (role: string) => renderSignoffSheet('文章', { title: '标题', reviewStage: 'approved', reviewLog: [entry(role)] })
    expect(sheet('chief-editor')).toContain('<small>终审</small>')
    expect(sheet('chief-editor')).toBe(sheet('终审'))
  })
})
