// The importer corpus's annotations kept as keys (bench/corpus-keys.ts): no page text in the
// repository, and the annotation comes back from the page gathered again, even when the page
// returns with more or less furniture around the article. The page here is invented.
import { describe, expect, it } from 'vitest'

import { evenText, keyOf, valueOf } from '../../../bench/corpus-keys'

const page = ['青禾日报  2026年05月01日  第03版', '', '【工匠风采】', '车间里的“金手指”', '——记青禾机械厂高级技师王 立新', '本报记者 李秀梅', '', '王立新在检修设备。（赵强 摄）'].join('\n')

describe('corpus keys', () => {
  it('keeps no characters of the page, only where a string stands and its hash', () => {
    const key = keyOf(evenText(page), '车间里的“金手指”')
    expect(JSON.stringify(key)).not.toMatch(/[\u4e00-\u9fff]/)
    expect(key).toMatchObject({ form: 'raw' })
  })

  it('gives the annotated strings back as they were written', () => {
    const text = evenText(page)
    for (const value of ['车间里的“金手指”', '李秀梅', '王立新在检修设备。（赵强 摄）', '记青禾机械厂高级技师王立新']) {
      expect(valueOf(text, keyOf(text, value))).toBe(value)
    }
  })

  it('finds a string again when the page comes back with other furniture around it', () => {
    const key = keyOf(evenText(page), '李秀梅')
    const again = evenText(`分享到：微信 微博\n${page}\n责任编辑：某某`)
    expect(valueOf(again, key)).toBe('李秀梅')
    expect(valueOf(evenText(page.replace('李秀梅', '李秀兰')), key)).toBeNull()
  })

  it('says a string is lost when the page does not hold it in a row', () => {
    const text = evenText(page)
    const key = keyOf(text, '金手指王立新')
    expect(key).toHaveProperty('lost')
    expect(valueOf(text, key)).toBeNull()
  })
})
