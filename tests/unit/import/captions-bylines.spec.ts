// Captions and bylines on real pages (tuning corpus, classes 4 and 5): arrow marks, credits in
// traditional characters, names run together in the brackets at a paragraph's end, an agency's
// dateline with the reporter in brackets, `名/文 名/摄` and `某某 摄影报道`. Invented fixtures.
import { describe, expect, it } from 'vitest'

import { bylineAtEnd, bylineInParagraph, parseBylineLine } from '../../../src/import/bylines'
import { parseNewspaperText } from '../../../src/import/index'
import { splitPhotoCredit } from '../../../src/import/parse/captions'

describe('captions', () => {
  it('reads → and ← as caption marks', () => {
    const piece = parseNewspaperText(['第B02版:视觉', '', '汗水里的夏天', '', '  → 一名工人在桥面上绑扎钢筋。', '', '  ← 养护工人在路边修剪树枝。', '', '  七月的青禾，热浪一阵接一阵，依然有许多身影穿梭在城市的工地和街巷之间，用汗水守护城市的运转。', '', '  (林溪/文 方远/摄)'].join('\n'))
    expect(piece.captions).toEqual(['一名工人在桥面上绑扎钢筋。', '养护工人在路边修剪树枝。'])
    expect(piece.bylines).toEqual([
      { role: '文', name: '林溪' },
      { role: '摄影', name: '方远' },
    ])
  })

  it('splits a credit written with 攝', () => {
    expect(splitPhotoCredit('工友們在創新工作室交流。青禾網 林方 攝')).toEqual({ text: '工友們在創新工作室交流。', credit: '青禾網 林方' })
    expect(splitPhotoCredit('活動現場(青禾融媒林小方攝)')).toEqual({ text: '活動現場', credit: '青禾融媒林小方' })
  })
})

describe('bylines', () => {
  it('reads two names run together in the brackets closing a paragraph', () => {
    expect(bylineAtEnd('每名劳模获得慰问金800元。(周亮王思念)')?.line.bylines.map((b) => b.name)).toEqual(['周亮', '王思念'])
    // A phrase in brackets is not names.
    expect(bylineAtEnd('大家都说好。(掌声不断)')).toBeNull()
  })

  it('reads the reporter in an agency dateline', () => {
    expect(bylineInParagraph('青禾網北京3月5日電(馬頔)千里江山入画来。')?.line.bylines).toEqual([{ role: null, name: '馬頔' }])
  })

  it('reads 某某 摄影报道 closing a photo news item', () => {
    expect(bylineAtEnd('孩子们受到激励鼓舞。林长明 摄影报道')?.line.bylines).toEqual([{ role: '摄影', name: '林长明' }])
  })

  it('reads names in traditional characters', () => {
    expect(parseBylineLine('許小夢 張天宇')?.bylines.map((b) => b.name)).toEqual(['許小夢', '張天宇'])
  })
})
