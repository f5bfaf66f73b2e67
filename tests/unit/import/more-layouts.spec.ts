// Layout traits met on fresh batches of real pages (tuning corpus, batches ab–ad): headings of a
// file of whole lines that a comma does not make a sentence, and more. Every fixture here is
// invented; it reproduces a layout trait, not a page's text.
import { describe, expect, it } from 'vitest'

import { parseNewspaperText } from '../../../src/import/index'
import { paragraphsOf } from './helpers'

const LONG = '无论是雪域高原还是北国边疆，无论是客运一线还是建设现场，青禾铁路局的职工们立足岗位、默默坚守，用汗水守护着旅客的平安出行，他们的故事感动着身边的每一个人。'

describe('a short heading of one comma in a file of whole lines (tuning batch ab)', () => {
  it('stands over the paragraph three times its length instead of opening its sentence', () => {
    const piece = parseNewspaperText(['青禾铁路人的奋斗故事', '让我们走近他们，聆听一个个青禾铁路人的奋斗故事。', '最美，源自岗位上的坚守', LONG].join('\n'))
    expect(piece.sections).toEqual(['最美，源自岗位上的坚守'])
    expect(paragraphsOf(piece).at(-1)).toBe(LONG)
  })
  it('leaves a line cut after a comma and a word in its sentence', () => {
    const piece = parseNewspaperText(['青禾铁路人的奋斗故事', '让我们走近他们，聆听一个个青禾铁路人的奋斗故事。', '5月5日，在', LONG].join('\n'))
    expect(piece.sections).toEqual([])
  })
})
