// PDF pages: text read from the text layer with positions, columns in order, the debris of
// extraction cleaned (letter-spaced Chinese, hyphenated words, sentences cut at a column's foot),
// the headline found by its type size; scans, damaged files and long documents refused.
import { describe, expect, it } from 'vitest'

import { FormatError } from '../../../../src/import/formats/errors'
import { importStories, importSubmission, readSubmission } from '../../../../src/import/formats/index'
import { intakeLimits } from '../../../../src/import/formats/limits'
import { cleanCjkSpacing, joinLines } from '../../../../src/import/formats/pdf'
import { makePdf, type PdfText } from './make'

/** A justified column: the first line indented by two characters, as Chinese papers set them. */
const column = (x: number, top: number, lines: string[], options: { width?: number; indent?: boolean } = {}): PdfText[] => {
  const { width = 200, indent = true } = options
  return lines.map((text, i) => {
    const shift = i === 0 && indent ? 20 : 0
    // Every line but a paragraph's last runs to the column's edge.
    const last = i === lines.length - 1 && /[。！？]$/.test(text)
    return { x: x + shift, y: top - i * 14, size: 10, text, ...(last ? {} : { width: width - shift }) }
  })
}

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (err: unknown) => err as FormatError)

describe('PDF text layer', () => {
  it('reads a two-column page column by column, joining a paragraph cut at the foot of the first', async () => {
    const pdf = makePdf(
      [
        [
          { x: 50, y: 790, size: 24, text: '职工技能大赛开幕' },
          { x: 50, y: 760, size: 10, text: '本报记者 王晓明' },
          ...column(50, 730, ['12月5日，青石市第十届职工职业技能', '大赛在市工人文化宫开幕，来自全市', '86家企业的600余名职工参赛。']),
          ...column(50, 680, ['大赛设焊工、电工、数控车工等12个', '项目，决赛将持续三天，冠军将获得']),
          ...column(300, 730, ['“青石工匠”称号。本次大赛由市总工', '会主办。'], { indent: false }),
          ...column(300, 690, ['市总工会将为获奖选手颁发证书。']),
        ],
      ],
      { spaced: true },
    )
    const intake = await readSubmission({ name: 'page.pdf', bytes: pdf })
    expect(intake.format).toBe('pdf')
    expect(String(intake.text).trim().split('\n\n')).toEqual([
      '# 职工技能大赛开幕',
      '本报记者王晓明',
      '12月5日，青石市第十届职工职业技能大赛在市工人文化宫开幕，来自全市86家企业的600余名职工参赛。',
      '大赛设焊工、电工、数控车工等12个项目，决赛将持续三天，冠军将获得“青石工匠”称号。本次大赛由市总工会主办。',
      '市总工会将为获奖选手颁发证书。',
    ])
    const piece = await importSubmission({ name: 'page.pdf', bytes: pdf })
    expect(piece).toMatchObject({ title: '职工技能大赛开幕', bylines: [{ role: '记者', name: '王晓明' }], paragraphs: 3 })
  })

  it('reads a masthead and a footer set across the page in pieces as lines, not down the columns they stand over', async () => {
    // Three columns whose gaps run down through the gaps between the masthead's pieces (name at the
    // left, date in the middle, page at the right) and the footer's; the headline sits over the middle column.
    const pdf = makePdf([
      [
        { x: 40, y: 815, size: 9, text: '青石工人报' },
        { x: 240, y: 815, size: 9, text: '2026年5月8日 星期五' },
        { x: 450, y: 815, size: 9, text: '第3版 要闻' },
        { x: 226, y: 780, size: 24, text: '焊工同台比武' },
        ...column(40, 740, ['本报讯（记者 王晓明）5月7', '日，青石市焊工决赛落幕，', '126名选手参赛。'], { width: 150 }),
        ...column(220, 740, ['决赛设手工电弧焊等6个项', '目，评分标准与国家竞赛接', '轨。'], { width: 150 }),
        ...column(400, 740, ['获得第一名的选手将申报青', '石市五一劳动奖章。'], { width: 150 }),
        { x: 40, y: 60, size: 9, text: '责任编辑：李青' },
        { x: 400, y: 60, size: 9, text: '2026年5月8日' },
      ],
    ])
    const text = String((await readSubmission({ name: 'page.pdf', bytes: pdf })).text).trim().split('\n\n')
    expect(text[0]).toBe('青石工人报\u30002026年5月8日星期五\u3000第3版要闻')
    expect(text.slice(1, 5)).toEqual(['# 焊工同台比武', '本报讯（记者王晓明）5月7日，青石市焊工决赛落幕，126名选手参赛。', '决赛设手工电弧焊等6个项目，评分标准与国家竞赛接轨。', '获得第一名的选手将申报青石市五一劳动奖章。'])
    const piece = await importSubmission({ name: 'page.pdf', bytes: pdf })
    expect(piece).toMatchObject({ title: '焊工同台比武', source: { publication: '青石工人报', page: '3', date: '2026-05-08' }, bylines: [{ role: '记者', name: '王晓明' }], paragraphs: 3 })
  })

  it('makes a draft of each story a page sets, each under the page’s masthead, and not of a part’s heading', async () => {
    const page = (second: { size: number; text: string }) =>
      makePdf([
        [
          { x: 50, y: 815, size: 9, text: '青石工人报 2026年5月8日 第3版' },
          { x: 50, y: 790, size: 24, text: '焊工同台比武' },
          ...column(50, 750, ['本报讯（记者 王晓明）5月7日，青石市焊工', '决赛落幕，126名选手参赛。']),
          { x: 50, y: 700, ...second },
          ...column(50, 670, ['本报讯（通讯员 李青）近日，青石市总工会', '启动送清凉活动，286个驿站延长开放。']),
        ],
      ])
    const [first, second, ...rest] = await importStories({ name: 'page.pdf', bytes: page({ size: 18, text: '户外劳动者喜获清凉礼包' }) })
    expect(rest).toEqual([])
    const source = { publication: '青石工人报', page: '3', date: '2026-05-08' }
    expect(first).toMatchObject({ title: '焊工同台比武', bylines: [{ role: '记者', name: '王晓明' }], sections: [], source, paragraphs: 1 })
    expect(second).toMatchObject({ title: '户外劳动者喜获清凉礼包', bylines: [{ role: '通讯员', name: '李青' }], source, paragraphs: 1 })
    expect(first!.warnings.find((w) => w.code === 'otherStories')?.zh).toBe('这一版上还有 1 篇稿件，已分别导入成稿：「户外劳动者喜获清凉礼包」，请逐篇核对。')
    // (Only the masthead goes over each story, not a line of the page's contents above the first.)
    const contents = makePdf([[{ x: 50, y: 840, size: 9, text: '青石工人报 2026年5月8日 第3版' }, { x: 50, y: 822, size: 9, text: '本版导读：焊工同台比武 户外劳动者喜获清凉礼包 职工书屋开放' }, { x: 50, y: 790, size: 24, text: '焊工同台比武' }, ...column(50, 750, ['本报讯（记者 王晓明）5月7日，青石市焊工', '决赛落幕，126名选手参赛。']), { x: 50, y: 700, size: 18, text: '户外劳动者喜获清凉礼包' }, ...column(50, 670, ['本报讯（通讯员 李青）近日，青石市总工会', '启动送清凉活动，286个驿站延长开放。'])]])
    const read = await readSubmission({ name: 'page.pdf', bytes: contents })
    expect(read.more?.map((story) => String(story.text).split('\n\n').slice(0, 2))).toEqual([['青石工人报2026年5月8日第3版', '# 户外劳动者喜获清凉礼包']])
    // (The second story's kicker, over its headline, goes with it.)
    const kicked = await importStories({ name: 'page.pdf', bytes: makePdf([[{ x: 50, y: 790, size: 24, text: '焊工同台比武' }, ...column(50, 750, ['本报讯（记者 王晓明）5月7日，青石市焊工', '决赛落幕，126名选手参赛。']), { x: 50, y: 715, size: 12, text: '夏日送清凉 关爱暖人心' }, { x: 50, y: 695, size: 18, text: '户外劳动者喜获清凉礼包' }, ...column(50, 665, ['本报讯（通讯员 李青）近日，青石市总工会', '启动送清凉活动，286个驿站延长开放。'])]]) })
    expect(kicked.map((p) => [p.title, p.kicker, p.paragraphs])).toEqual([['焊工同台比武', null, 1], ['户外劳动者喜获清凉礼包', '夏日送清凉关爱暖人心', 1]])
    // (A short story set first, the page's main story under it with a larger headline and no dateline: two.)
    const mainLater = await importStories({ name: 'page.pdf', bytes: makePdf([[{ x: 50, y: 790, size: 18, text: '户外劳动者喜获清凉礼包' }, ...column(50, 760, ['本报讯（通讯员 李青）近日，青石市总工会', '启动送清凉活动，286个驿站延长开放。']), { x: 50, y: 715, size: 26, text: '焊工同台比武' }, ...column(50, 680, ['5月7日，青石市焊工决赛在南岭基地落幕，', '126名选手同台竞技。'])]]) })
    expect(mainLater.map((p) => [p.title, p.paragraphs])).toEqual([['户外劳动者喜获清凉礼包', 1], ['焊工同台比武', 1]])
    // (A pull quote in large type over `记者了解到，…` is no other story's headline.)
    const quoted = await importStories({ name: 'page.pdf', bytes: makePdf([[{ x: 50, y: 790, size: 24, text: '焊工同台比武' }, ...column(50, 750, ['本报讯（记者 王晓明）5月7日，青石市焊工', '决赛落幕，126名选手参赛。']), { x: 50, y: 700, size: 16, text: '“焊缝就是我的名片”' }, ...column(50, 670, ['记者了解到，今年以来全市工会共组织', '技能比武86场。'])]]) })
    expect(quoted.map((p) => p.title)).toEqual(['焊工同台比武'])
    // (A part's heading over its text, set a little above the body's size, is no other story.)
    const oneStory = await importStories({ name: 'page.pdf', bytes: page({ size: 12, text: '以赛促学以赛促训' }) })
    expect(oneStory.map((p) => [p.title, p.sections])).toEqual([['焊工同台比武', ['以赛促学以赛促训']]])
    expect(oneStory[0]!.warnings.map((w) => w.code)).not.toContain('otherStories')
  })

  it('goes on with a sentence cut at a ragged-right line, in the column or at its foot, the line short of the edge', async () => {
    const pdf = makePdf([
      [
        { x: 50, y: 790, size: 24, text: '焊工同台比武' },
        // (`，` cannot open a line: `会` went down with it, and the line above stops short of the edge.)
        { x: 70, y: 750, size: 10, text: '本报讯（记者 王晓明）大赛由青石市总工' },
        { x: 50, y: 736, size: 10, text: '会，市人社局主办，青石市各级工会共同承', width: 230 },
        { x: 50, y: 722, size: 10, text: '办。' },
        { x: 50, y: 708, size: 10, text: '大赛由市总工会与人社局联合主办已连续举办' },
        ...column(300, 750, ['十二届，累计带动12万名职工参加岗位', '练兵。'], { indent: false }),
      ],
    ])
    expect(String((await readSubmission({ name: 'page.pdf', bytes: pdf })).text).trim().split('\n\n').slice(1)).toEqual([
      '本报讯（记者王晓明）大赛由青石市总工会，市人社局主办，青石市各级工会共同承办。',
      '大赛由市总工会与人社局联合主办已连续举办十二届，累计带动12万名职工参加岗位练兵。',
    ])
  })

  it('keeps a byline, a heading and table rows set apart by space as lines of their own (a Word file saved as PDF)', async () => {
    // One column, no first-line indent, space between paragraphs: each paragraph stands alone.
    const pdf = makePdf([
      [
        { x: 50, y: 790, size: 24, text: '焊花姐妹' },
        { x: 50, y: 750, size: 12, text: '通讯员 林禾 周小青' },
        { x: 50, y: 720, size: 12, text: '清晨七点，青禾重工结构件车间的焊花已经亮起，焊工班', width: 300 },
        { x: 50, y: 704, size: 12, text: '的八名女职工开始一天的工作。' },
        { x: 50, y: 674, size: 12, text: '从学徒到班长' },
        { x: 50, y: 644, size: 12, text: '班长2009年进厂时连焊枪都握不稳，如今已是全市有名的焊', width: 300 },
        { x: 50, y: 628, size: 12, text: '接能手。' },
        { x: 50, y: 598, size: 12, text: '焊缝　1.2万米' },
        { x: 50, y: 568, size: 12, text: '技术革新　6项' },
      ],
    ])
    expect(String((await readSubmission({ name: '稿件.pdf', bytes: pdf })).text).trim().split('\n\n')).toEqual([
      '# 焊花姐妹',
      '通讯员林禾周小青',
      '清晨七点，青禾重工结构件车间的焊花已经亮起，焊工班的八名女职工开始一天的工作。',
      '从学徒到班长',
      '班长2009年进厂时连焊枪都握不稳，如今已是全市有名的焊接能手。',
      '焊缝1.2万米',
      '技术革新6项',
    ])
    const piece = await importSubmission({ name: '稿件.pdf', bytes: pdf })
    expect(piece).toMatchObject({ title: '焊花姐妹', bylines: [{ role: '通讯员', name: '林禾' }, { role: '通讯员', name: '周小青' }] })
  })

  it('goes on with a paragraph cut at the foot of a page at the top of the next, past the page number', async () => {
    const pdf = makePdf([
      [
        { x: 50, y: 790, size: 22, text: '春风行动送岗位' },
        ...column(50, 740, ['正月初八，市总工会在人力资源市场举办春风', '行动招聘会，120家企业提供岗位3000余个，']),
        { x: 150, y: 60, size: 9, text: '— 1 —' },
      ],
      [
        { x: 150, y: 800, size: 9, text: '2' },
        ...column(50, 760, ['吸引求职者5000余人次。'], { indent: false }),
        ...column(50, 730, ['现场还设立维权服务台。']),
      ],
    ])
    expect(String((await readSubmission({ name: 'two-pages.pdf', bytes: pdf })).text).trim().split('\n\n')).toEqual([
      '# 春风行动送岗位',
      '正月初八，市总工会在人力资源市场举办春风行动招聘会，120家企业提供岗位3000余个，吸引求职者5000余人次。',
      '现场还设立维权服务台。',
    ])
  })

  it('rejoins Latin words hyphenated at the end of a line', async () => {
    const pdf = makePdf([[{ x: 50, y: 790, size: 20, text: 'Union News' }, ...column(50, 740, ['The federation runs an inter-', 'national skills contest every year', 'for young workers.'], { width: 150 })]])
    expect(String((await readSubmission({ name: 'en.pdf', bytes: pdf })).text)).toContain('The federation runs an international skills contest every year for young workers.')
  })

  it('refuses a scan — pages with no text layer — with the reason, not an empty draft', async () => {
    const err = await refusal(readSubmission({ name: 'scan.pdf', bytes: makePdf([[], []]) }))
    expect(err).toBeInstanceOf(FormatError)
    expect(err).toMatchObject({ code: 'NO_TEXT_LAYER', zh: expect.stringMatching(/没有文字层/) })
  })

  it('refuses a PDF that needs a password to open', async () => {
    const pdf = makePdf([[{ x: 50, y: 700, size: 10, text: 'A page of text, long enough to count.' }]], { encrypted: true })
    expect(await refusal(readSubmission({ name: 'locked.pdf', bytes: pdf }))).toMatchObject({ code: 'ENCRYPTED', zh: expect.stringMatching(/密码/) })
  })

  it('refuses a damaged PDF and one with more pages than an import takes', async () => {
    const cut = await refusal(readSubmission({ name: 'cut.pdf', bytes: Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n') }))
    expect(cut).toMatchObject({ code: 'CORRUPT' })
    // pdf.js's own sentence ends the message without its stop: the CLI adds `. <hint>` after it.
    expect(cut?.message).not.toMatch(/[.。]$/)
    const pages = Array.from({ length: 3 }, () => [{ x: 50, y: 700, size: 10, text: 'A page of text, long enough to count.' }])
    expect(await refusal(readSubmission({ name: 'long.pdf', bytes: makePdf(pages) }, { ...intakeLimits(), pdfPages: 2 }))).toMatchObject({ code: 'TOO_MANY_PAGES' })
  })
})

describe('PDF text debris', () => {
  it('removes the spaces pdf.js puts between spaced-out Chinese characters, and around numbers in Chinese', () => {
    expect(cleanCjkSpacing('职 工 技 能 大 赛')).toBe('职工技能大赛')
    expect(cleanCjkSpacing('1 2 月 5 日')).toBe('12月5日')
    expect(cleanCjkSpacing('来自 86 家企业的 “ 青石工匠 ”')).toBe('来自86家企业的“青石工匠”')
    expect(cleanCjkSpacing('skills contest 2025')).toBe('skills contest 2025')
  })

  it('joins lines without a space in Chinese and with one in Latin text', () => {
    expect(joinLines('市总工会', '组织开展')).toBe('市总工会组织开展')
    expect(joinLines('inter-', 'national')).toBe('international')
    expect(joinLines('Anti-', 'Corruption')).toBe('Anti- Corruption')
    expect(joinLines('every', 'year')).toBe('every year')
  })
})
