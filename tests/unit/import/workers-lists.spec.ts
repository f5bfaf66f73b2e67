// Named workers in the forms of session 12's unseen pages: a list after `他们分别是` without a
// colon, a list printed a person a line with the name first, one person named for a counted group.
// Every fixture here is invented; it reproduces a layout trait, not a page's text.
import { describe, expect, it } from 'vitest'

import { extractWorkers } from '../../../src/import/people'

const names = (paragraph: string) => extractWorkers(paragraph).map((w) => w.name)

describe('workers named in lists', () => {
  it('reads a list after 他们分别是 without a colon, each entry employer, job and name', () => {
    const p = '其中，3名同志获得“全国劳动模范”荣誉称号，他们分别是青禾机械集团有限公司高级技师王立新，青禾纺织有限公司挡车工李秀梅，青禾港务集团装卸队队长赵强。'
    expect(names(p)).toEqual(expect.arrayContaining(['王立新', '李秀梅', '赵强']))
  })

  it('reads a person a line with the name first, and leaves an official out', () => {
    expect(names('王立新，青禾航空有限责任公司飞行员；')).toEqual(['王立新'])
    expect(names('李秀梅,青禾纺织有限公司挡车工。')).toEqual(['李秀梅'])
    expect(names('赵强，青禾市总工会副主席；')).toEqual([])
  })

  it('names the one person a counted honoured group is called by, only where the text speaks of honours', () => {
    expect(names('12月28日，第二届青禾市“最美劳动者”发布仪式举行，公布了王立新等20名扎根一线的“最美劳动者”名单。')).toContain('王立新')
    expect(names('王立新等20名职工参加了培训。')).toEqual([])
  })

  it('reads names the text says were chosen (当选, 推选为) in a text on honours, not in any list', () => {
    expect(names('青禾市“最美职工”评选结果揭晓，王立新、李秀梅、赵强等10人当选年度“最美职工”。')).toEqual(
      expect.arrayContaining(['王立新', '李秀梅', '赵强']),
    )
    expect(names('经层层推荐，青禾港务集团王立新、李秀梅、赵强成功推选为“青禾工匠”。')).toEqual(
      expect.arrayContaining(['王立新', '李秀梅', '赵强']),
    )
    expect(names('会上，王立新、李秀梅、赵强当选工会委员会委员。')).toEqual([])
  })
})
