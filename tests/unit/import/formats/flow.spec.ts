// HTML → parser lines: the marks the parser reads, captions beside photos (under, above, in a
// figure, in the table row under a row of photos) taken out of the text, and nothing read from
// scripts, styles or forms.
import { describe, expect, it } from 'vitest'

import { flowToText, readFlow } from '../../../../src/import/formats/flow'
import { splitCredit } from '../../../../src/import/formats/images'

const flow = (html: string, title?: string) => flowToText(readFlow(html), { title })

describe('HTML flow', () => {
  it('gives the captions in the row under a row of photos to the photos, cell by cell', () => {
    const { text, images } = flow(
      '<p>正文第一段，介绍活动的基本情况和主要内容。</p><table><tr><td><p><img src="a"></p></td><td><p><img src="b"></p></td></tr>' +
        '<tr><td><p>左图：职工参加比赛</p></td><td><p>右图：颁奖现场（李红 摄）</p></td></tr></table><p>正文第二段。</p>',
    )
    expect(images.map(({ src, caption, credit }) => [src, caption, credit])).toEqual([
      ['a', '职工参加比赛', null],
      ['b', '颁奖现场', '李红'],
    ])
    expect(text).not.toMatch(/比赛|颁奖/)
  })

  it('takes a figcaption, or a caption-like line written above a photo', () => {
    expect(flow('<p>正文。</p><figure><img src="a"><figcaption>▲ 会场一角</figcaption></figure>').images[0]).toMatchObject({ caption: '会场一角', after: '正文。' })
    const above = flow('<p>正文一段较长的文字，说明活动的情况。</p><p>图为职工在书屋阅读</p><p><img src="a"></p><p>后面的正文继续讲述书屋建设的情况和今后的打算。</p>')
    expect(above.images[0]).toMatchObject({ caption: '图为职工在书屋阅读', after: '正文一段较长的文字，说明活动的情况。' })
    expect(above.text).not.toMatch(/图为/)
  })

  it('does not take a byline under a photo for its caption', () => {
    const { images, text } = flow('<h1>标题</h1><p><img src="a"></p><p>本报记者 王晓明</p><p>正文第一段，介绍活动的基本情况和主要内容，篇幅较长。</p>')
    expect(images[0]!.caption).toBeNull()
    expect(text).toContain('本报记者 王晓明')
  })

  it('never reads scripts, styles, forms or frames', () => {
    const { text } = flow('<h1>标题</h1><p>正文<script>alert("x")</script>继续</p><style>p{}</style><form><input value="v"><button>提交</button></form><iframe src="x"></iframe>')
    expect(text).toBe('# 标题\n\n正文继续\n')
  })

  it('cuts the site name off a page title standing above the article', () => {
    expect(flow('<p>正文一段。</p>', '劳模宣讲进企业 - 职工网').text.split('\n')[0]).toBe('# 劳模宣讲进企业')
    expect(flow('<h2>劳模宣讲进企业</h2><p>正文一段。</p>', '劳模宣讲进企业_职工网').text.split('\n')[0]).toBe('# 劳模宣讲进企业')
  })
})

describe('captions and credits', () => {
  it.each([
    ['工会干部送上热姜茶（庞乐 摄）', '工会干部送上热姜茶', '庞乐'],
    ['▲ 劳模宣讲现场 本报记者 张三 摄', '劳模宣讲现场', '张三'],
    ['书屋一角（图/李四）', '书屋一角', '李四'],
    ['上图：颁奖现场', '颁奖现场', null],
    ['图为职工在书屋阅读', '图为职工在书屋阅读', null],
  ])('%s', (text, caption, credit) => {
    expect(splitCredit(text)).toEqual({ caption, credit })
  })
})
