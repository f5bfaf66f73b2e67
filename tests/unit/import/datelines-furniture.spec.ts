// Bylines in datelines and web furniture in the forms of session 12's unseen pages: a dateline
// without 电 or with the year, 訊, roles before names reported (`本报讯 记者甲 通讯员乙报道`), a
// joint outlet in traditional characters; `原標題:`, `(相關資料圖)`, share toolbars, `美术:` credits,
// portal labels ending in a colon, a paper's registration number.
// Every fixture here is invented; it reproduces a layout trait, not a page's text.
import { describe, expect, it } from 'vitest'

import { bylineInParagraph, parseBylineLine } from '../../../src/import/bylines'
import { parseNewspaperText } from '../../../src/import/index'

const names = (text: string) => bylineInParagraph(text)?.line.bylines.map((b) => `${b.role ?? ''}${b.name}`)

describe('bylines in a dateline', () => {
  it('reads names in brackets after a dateline without 电, with the year, or after 訊', () => {
    expect(names('青禾网临江12月28日 (王小明)12月28日，第三届青禾市“最美劳动者”发布。')).toEqual(['王小明'])
    expect(names('青禾网临江2021年6月16日电(王小明、李红)为庆祝五一，…')).toEqual(['王小明', '李红'])
    expect(names('臨江網訊(臨江晨報記者 王小明 李紅)21日凌晨，…')).toEqual(['记者王小明', '记者李紅'])
  })

  it('reads roles before the names reported after 讯, and an outlet with a slash', () => {
    expect(names('本报讯 记者王小明 通讯员李红报道 “我谨代表职工朋友…”')).toEqual(['记者王小明', '通讯员李红'])
    expect(names('青禾网/临江客户端讯 通讯员王小明报道:五月灿烂，…')).toEqual(['通讯员王小明'])
    // Not a byline: words that are no names before 报道.
    expect(bylineInParagraph('本报讯 多家媒体对此进行了报道，…')).toBeNull()
  })

  it('reads a joint outlet written in traditional characters before the role', () => {
    expect(parseBylineLine('青禾日報-臨江網記者 王小明 李紅')?.bylines.map((b) => b.name)).toEqual(['王小明', '李紅'])
  })
})

describe('web furniture', () => {
  const body = '5月1日，青禾市总工会举办职工运动会，来自全市30家企业的600余名职工参加拔河、跳绳等8个项目的比赛。'
  it('takes the headline over an original-title line and a photo placeholder, in traditional characters', () => {
    const piece = parseNewspaperText(['職工運動會 歡樂一夏', '(相關資料圖)', '原標題:職工運動會 歡樂一夏', body].join('\n'))
    expect(piece.title).toBe('職工運動會 歡樂一夏')
  })

  it('never takes a share toolbar, an illustrator’s credit or a portal label for the headline', () => {
    for (const furniture of ['分享至新浪微博 转播到腾讯微博', '美术:王小明 图片由受访者提供', '国务院信息:']) {
      const piece = parseNewspaperText([furniture, '青禾职工运动会开幕', body].join('\n'))
      expect(piece.title, furniture).toBe('青禾职工运动会开幕')
    }
  })

  it('does not read a paper’s registration number as a section heading', () => {
    const piece = parseNewspaperText(['青禾职工运动会开幕', '', body, '', '国内统一刊号:CN52-0000 青禾日报社出版', '', body.replace('5月1日', '5月2日')].join('\n'))
    expect(piece.sections).toEqual([])
  })
})
