// The rules of 报送 and 采用 (src/federation/rules.ts) as a table: who may send a piece up, who
// may decide on it, in which state, and the status and words of each refusal.
import { describe, expect, it } from 'vitest'

import { checkDecide, checkSubmit, type DecideFacts, type SubmitFacts } from '../../../src/federation/rules'

const chief = { roles: ['chief-editor'], isAuthor: false }
const submitFacts = (over: Partial<SubmitFacts> = {}): SubmitFacts => ({ who: chief, unitName: '甲县总工会', reachesUnit: true, fromAbove: false, live: true, parent: { name: '市总工会' }, standing: null, ...over })
const decideFacts = (over: Partial<DecideFacts> = {}): DecideFacts => ({ who: { roles: ['editor'], isAuthor: false }, reachesTarget: true, toUnitName: '市总工会', status: 'pending', live: true, comment: null, ...over })

describe('checkSubmit', () => {
  it.each([
    ['a chief editor of the unit, a live piece, a unit above', {}, true, 0, ''],
    ['an administrator', { who: { roles: ['admin'], isAuthor: false } }, true, 0, ''],
    ['a reporter', { who: { roles: ['reporter'], isAuthor: false } }, false, 403, '终审'],
    ['an editor', { who: { roles: ['editor'], isAuthor: false } }, false, 403, '终审'],
    ['another unit', { reachesUnit: false }, false, 403, '不是您单位的稿件'],
    ['the unit above', { fromAbove: true }, false, 403, '不能替下级单位报送'],
    ['a piece without a unit', { unitName: null }, false, 409, '所属单位'],
    ['a piece not published', { live: false }, false, 409, '只有已发布的稿件'],
    ['a top unit', { parent: null }, false, 409, '最上级单位'],
    ['one already waiting', { standing: 'pending' as const }, false, 409, '正在等待处理'],
    ['one already adopted', { standing: 'adopted' as const }, false, 409, '已经采用'],
  ])('%s', (_name, over, ok, status, words) => {
    const verdict = checkSubmit(submitFacts(over))
    expect(verdict.ok).toBe(ok)
    if (!verdict.ok) {
      expect(verdict.status).toBe(status)
      expect(verdict.message).toContain(words)
    }
  })
})

describe('checkDecide', () => {
  it.each([
    ['adopt', 'an editor of the receiving unit', {}, true, 0, ''],
    ['adopt-edited', 'a chief editor', { who: { roles: ['chief-editor'], isAuthor: false } }, true, 0, ''],
    ['decline', 'with a comment', { comment: '重复' }, true, 0, ''],
    ['decline', 'without a comment', { comment: '  ' }, false, 400, '必须填写退稿意见'],
    ['adopt', 'a reporter', { who: { roles: ['reporter'], isAuthor: false } }, false, 403, '责编、终审'],
    ['adopt', 'the sending unit', { reachesTarget: false }, false, 403, '只有该单位的责编、终审'],
    ['adopt', 'a decided one', { status: 'adopted' as const }, false, 409, '已经处理过'],
    ['decline', 'a declined one', { status: 'declined' as const, comment: 'x' }, false, 409, '修改后重新报送'],
    ['adopt', 'a piece taken down since', { live: false }, false, 409, '撤下'],
    ['decline', 'a piece taken down since', { live: false, comment: '已撤' }, true, 0, ''],
  ] as const)('%s: %s', (step, _name, over, ok, status, words) => {
    const verdict = checkDecide(step, decideFacts(over))
    expect(verdict.ok).toBe(ok)
    if (!verdict.ok) {
      expect(verdict.status).toBe(status)
      expect(verdict.message).toContain(words)
    }
  })
})
