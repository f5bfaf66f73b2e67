// Bylines in every form newspapers print them: role before names (several names per role), a
// publication before the role, names glued to the role, `文/…` at the end, photographers, and a
// line of bare names.
import { describe, expect, it } from 'vitest'

import { bylineAtEnd, bylineInParagraph, parseBylineLine } from '../../../src/import/bylines'
import { parseNewspaperText } from '../../../src/import/index'
import { parseFixture } from './helpers'

describe('parseBylineLine', () => {
  it('reads a newsroom named 新闻 or 广电 before 记者, and roles glued to traditional names of surnames like 賴', () => {
    expect(parseBylineLine('大象新闻记者 夏小萍')).toMatchObject({ bylines: [{ role: '记者', name: '夏小萍' }], publication: '大象新闻' })
    expect(parseBylineLine('青禾新闻高级记者 李小蔚')).toMatchObject({ bylines: [{ role: '记者', name: '李小蔚' }], publication: '青禾新闻' })
    expect(parseBylineLine('青禾日報-青禾網記者賴小凱 通訊員何小欣')?.bylines).toEqual([{ role: '记者', name: '賴小凱' }, { role: '通讯员', name: '何小欣' }])
  })

  it('reads a writer and photographers each after a slash, in brackets or not, and a reporter signed after the last sentence', () => {
    const both = [{ role: '文', name: '胡小浩' }, { role: '摄影', name: '崔世林' }, { role: '摄影', name: '戈小晨' }]
    expect(parseBylineLine('(文/胡小浩 攝/崔世林 戈小晨)')?.bylines).toEqual(both)
    expect(parseBylineLine('文/胡小浩 摄/崔世林 戈小晨')?.bylines).toEqual(both)
    expect(bylineAtEnd('向他们表示感谢。(文/胡小浩 攝/崔世林 戈小晨)')?.line.bylines).toEqual(both)
    expect(bylineAtEnd('为技能人才搭建了成长平台。本报记者 郎小晶')).toEqual({ line: { bylines: [{ role: '记者', name: '郎小晶' }], publication: null, pictureCredit: null, hasRole: true }, rest: '为技能人才搭建了成长平台。' })
    // 记者 and a word that is no name is no signature.
    expect(bylineAtEnd('活动吸引了众多市民。记者 手记')).toBeNull()
  })

  it('reads a publication before the role and several names after one role', () => {
    expect(parseBylineLine('■ 江岸日报全媒体记者 罗清远 通讯员 欧阳晴 邵一帆')).toEqual({
      bylines: [
        { role: '全媒体记者', name: '罗清远' },
        { role: '通讯员', name: '欧阳晴' },
        { role: '通讯员', name: '邵一帆' },
      ],
      publication: '江岸日报',
      pictureCredit: null,
      hasRole: true,
    })
  })

  it("keeps a role with the newsroom it follows (客户端): it is not glued to a person's name", () => {
    const line = parseBylineLine('江澄日报客户端记者 林晓 江澄日报社全媒体记者 周扬 赵静')
    expect(line?.bylines).toEqual([
      { role: '记者', name: '林晓' },
      { role: '全媒体记者', name: '周扬' },
      { role: '全媒体记者', name: '赵静' },
    ])
  })

  it('reads names glued to their role', () => {
    expect(parseBylineLine('记者苏明远 特约记者林可')?.bylines).toEqual([
      { role: '记者', name: '苏明远' },
      { role: '特约记者', name: '林可' },
    ])
    expect(parseBylineLine('通讯员白露葛小禾')?.bylines).toEqual([
      { role: '通讯员', name: '白露' },
      { role: '通讯员', name: '葛小禾' },
    ])
  })

  it('reads 文/ and 图/ bylines and a picture credit on the same line', () => {
    expect(parseBylineLine('文/俞晓棠 本版图片由桐江市总工会提供')).toEqual({
      bylines: [{ role: '文', name: '俞晓棠' }],
      publication: null,
      pictureCredit: '桐江市总工会',
      hasRole: true,
    })
    expect(parseBylineLine('图/柏青')?.bylines).toEqual([{ role: '图', name: '柏青' }])
    expect(parseBylineLine('文/图 戴晓')?.bylines).toEqual([
      { role: '文', name: '戴晓' },
      { role: '图', name: '戴晓' },
    ])
  })

  it('reads photographers, before or after their names', () => {
    expect(parseBylineLine('记者 熊可欣 摄影 贺一鸣')?.bylines).toEqual([
      { role: '记者', name: '熊可欣' },
      { role: '摄影', name: '贺一鸣' },
    ])
    expect(parseBylineLine('本报记者 庞乐 摄')).toMatchObject({ bylines: [{ role: '摄影', name: '庞乐' }], publication: '本报' })
  })

  it('maps role words the field has no option for', () => {
    expect(parseBylineLine('融媒体记者 胡一舟 见习记者 常乐 特约通讯员 艾青青')?.bylines).toEqual([
      { role: '全媒体记者', name: '胡一舟' },
      { role: '记者', name: '常乐' },
      { role: '通讯员', name: '艾青青' },
    ])
    expect(parseBylineLine('记者 夏知秋 实习生 贝小满')?.bylines.at(-1)).toEqual({ role: null, name: '贝小满' })
  })

  it('reads a line of bare names as a byline without role, marked as such', () => {
    expect(parseBylineLine('邹晓峰 宁小雨')).toMatchObject({ bylines: [{ role: null, name: '邹晓峰' }, { role: null, name: '宁小雨' }], hasRole: false })
  })

  it('does not take running text or headings for bylines', () => {
    expect(parseBylineLine('记者从市总工会获悉')).toBeNull()
    expect(parseBylineLine('工会 力量')).toBeNull()
    expect(parseBylineLine('文化惠民 点亮生活')).toBeNull()
    expect(parseBylineLine('记者 张三,通讯员 李四表示')).toBeNull()
  })
})

describe('bylineInParagraph', () => {
  it('takes the byline out of a news paragraph that opens with it', () => {
    const found = bylineInParagraph('本报讯（记者 章远 通讯员 包晓）1月5日,全市职工冰雪运动会开幕。')
    expect(found?.line.bylines).toEqual([
      { role: '记者', name: '章远' },
      { role: '通讯员', name: '包晓' },
    ])
    expect(found?.rest).toBe('1月5日,全市职工冰雪运动会开幕。')
  })
})

describe('bylines in a page', () => {
  it('finds the byline under the subtitle, with the publication it names', () => {
    const piece = parseFixture('lead-before-headline.txt')
    expect(piece.bylines.map((b) => `${b.role}:${b.name}`)).toEqual(['全媒体记者:罗清远', '通讯员:欧阳晴', '通讯员:邵一帆'])
    expect(piece.source.publication).toBe('江岸日报')
  })

  it('keeps the paper and the website a byline names together as the publication (`青禾日报-青禾网记者`)', () => {
    const text = [
      '青禾市举办第三届职工集体婚礼',
      '青禾日报-青禾网记者 何小涛 通讯员 林小宇',
      '5月20日，青禾市总工会在滨江公园举办第三届职工集体婚礼，36对新人参加。',
      '活动中，市劳动模范代表为新人送上祝福。',
    ].join('\n')
    const piece = parseNewspaperText(Buffer.from(text), { file: 'repost.txt' })
    expect(piece.bylines.map((b) => b.name)).toEqual(['何小涛', '林小宇'])
    expect(piece.source.publication).toBe('青禾日报-青禾网')
  })

  it('finds a 文/ byline at the very end of the text', () => {
    const piece = parseFixture('byline-end.txt')
    expect(piece.bylines).toEqual([{ role: '文', name: '葛晓岚' }])
    expect(piece.pictureCredit).toBe('青林市总工会')
  })

  it('takes bare names under the subtitle as a byline without role', () => {
    expect(parseFixture('subtitle-no-dash.txt').bylines).toEqual([
      { role: null, name: '邹晓峰' },
      { role: null, name: '宁小雨' },
    ])
  })
})

describe('bylines seen on reposts and commentaries (tuning batch u)', () => {
  it('reads the reporters when a character of the publisher was lost to a wrong encoding, without taking the broken name as the publication', () => {
    const read = bylineInParagraph('中工网讯(青禾日?中工网记者田小垒 通讯员窦小筱 葛红小)“一年到头在外忙工作，与家人很少团聚。')
    expect(read?.line.bylines).toEqual([
      { role: '记者', name: '田小垒' },
      { role: '通讯员', name: '窦小筱' },
      { role: '通讯员', name: '葛红小' },
    ])
    expect(read?.line.publication).toBeNull()
    expect(read?.rest).toBe('“一年到头在外忙工作，与家人很少团聚。')
    // A real question mark still makes a sentence, not a byline.
    expect(parseBylineLine('记者去哪? 张小明')).toBeNull()
  })

  it('reads an app’s name before its paper (`新青禾·青禾日报记者`) and a website in brackets before 消息', () => {
    expect(bylineInParagraph('(新青禾·青禾日报记者牛小丽)“大国工匠进青禾”活动今天上午启动。')?.line).toMatchObject({ bylines: [{ role: '记者', name: '牛小丽' }], publication: '新青禾·青禾日报' })
    expect(bylineInParagraph('青禾日報(青禾網)消息(記者趙小鵬)新春座談活動上，職工代表講述了一年的收穫。')?.line).toMatchObject({ bylines: [{ role: '记者', name: '趙小鵬' }], publication: '青禾日報(青禾網)' })
  })

  it('reads a pen name behind the byline mark (`□若水`) as the author, not as the headline, and not a label behind the same mark', () => {
    const piece = parseNewspaperText(['□若水', '匠心独运，事以工成。工匠们毕生专注于一件事，为之投入全部精力、付出所有心血，工装一穿就是一辈子。', '匠艺到家，技以钻精。工匠们坚信只要功夫深，铁杵磨成针的道理，一直在技术钻研的岗位上。'].join('\n'))
    expect(piece.bylines).toEqual([{ role: null, name: '若水' }])
    expect(piece.title).not.toBe('若水')
    expect(parseBylineLine('■ 链接')).toBeNull()
    // Signed with the mark and credited for the photo: the photographer.
    expect(parseNewspaperText(['□李小举', '青禾市劳动竞赛总结表彰会现场。 李小举/摄', '', '近日，青禾市总工会召开劳动竞赛总结表彰会，表彰了一批先进集体和个人，二十名职工代表上台领奖。'].join('\n')).bylines).toEqual([{ role: '摄影', name: '李小举' }])
  })

  it('reads the video crew’s camera people (`视频拍摄：`) among the bylines of a video piece', () => {
    expect(parseBylineLine('视频拍摄:朱小翔 杨升 张小超')?.bylines).toEqual([
      { role: '摄影', name: '朱小翔' },
      { role: '摄影', name: '杨升' },
      { role: '摄影', name: '张小超' },
    ])
  })
})

describe('bylines of tuning batch v', () => {
  it('reads a paper by its one-character short name, names listed with 、 before 文/摄, and 攝影報道 in traditional characters', () => {
    expect(parseBylineLine('青报全媒体记者 杨小萍 文/图')).toMatchObject({ bylines: [{ role: '文', name: '杨小萍' }], publication: '青报' })
    expect(parseBylineLine('何小晨、朱小露 文/摄')?.bylines).toEqual([{ role: '文', name: '何小晨' }, { role: '文', name: '朱小露' }])
    expect(parseBylineLine('(王小玲 林小亮 攝影報道)')?.bylines).toEqual([{ role: '摄影', name: '王小玲' }, { role: '摄影', name: '林小亮' }])
  })

  it('reads a correspondent named before the day at the start of the text', () => {
    expect(bylineInParagraph('通讯员 郭小霞 1月18日,青禾市总工会主席一行走访慰问困难职工。')?.line.bylines).toEqual([{ role: '通讯员', name: '郭小霞' }])
  })
})
