// Model workers and craftsmen named with an employer and/or an honour, collectives, and the guess
// of an honour's level and recipient type for the catalog.
import { describe, expect, it } from 'vitest'

import { parseNewspaperText } from '../../../src/import/index'
import { extractWorkers, guessHonorLevel, guessRecipientType } from '../../../src/import/people'
import { parseFixture } from './helpers'

describe('extractWorkers', () => {
  it('reads employer, position and name before 被授予 and the quoted honour', () => {
    expect(extractWorkers('某某重工有限公司焊工张三被授予“湖北五一劳动奖章”。')).toEqual([
      { name: '张三', employer: '某某重工有限公司', position: '焊工', honors: ['湖北五一劳动奖章'], kind: 'individual' },
    ])
  })

  it('finds the person in an earlier clause when the honour clause has no subject', () => {
    expect(extractWorkers('在全市技能大赛中,青石重工机械有限公司焊工郑海峰获得焊工项目第一名,被授予“青石市五一劳动奖章”。')).toEqual([
      { name: '郑海峰', employer: '青石重工机械有限公司', position: '焊工', honors: ['青石市五一劳动奖章'], kind: 'individual' },
    ])
    expect(extractWorkers('桐江纺织有限公司挡车工沈月连续五年保持零差错,被评为“浙江工匠”。')[0]).toMatchObject({ name: '沈月', employer: '桐江纺织有限公司' })
    expect(extractWorkers('桐江化工集团设备科主任何立新带领团队攻克难题,荣获“全国五一劳动奖章”。')[0]).toMatchObject({
      name: '何立新',
      employer: '桐江化工集团',
      position: '设备科主任',
    })
  })

  it('reads several honours and unquoted honours', () => {
    expect(extractWorkers('白河机械制造有限公司数控车工韩立伟被评为“湖北工匠”“白河市技术能手”。')[0]!.honors).toEqual(['湖北工匠', '白河市技术能手'])
    expect(extractWorkers('东川供电公司高级技师郝建平荣获全国五一劳动奖章。')[0]).toMatchObject({ name: '郝建平', honors: ['全国五一劳动奖章'] })
  })

  it('reads a team holding a collective honour as a collective', () => {
    expect(extractWorkers('青石电网检修中心变电二班被授予“全国工人先锋号”。')).toEqual([
      { name: '青石电网检修中心变电二班', employer: '青石电网检修中心', position: null, honors: ['全国工人先锋号'], kind: 'collective' },
    ])
  })

  it('reads the honour printed before the name', () => {
    expect(extractWorkers('全国劳动模范、白河纺织有限公司挡车工卫小红介绍,她的经验是多练。')[0]).toMatchObject({
      name: '卫小红',
      employer: '白河纺织有限公司',
      honors: ['全国劳动模范'],
    })
  })

  it('does not take counts of honours or honour names without a person for workers', () => {
    expect(extractWorkers('全市选树全国劳动模范3名、省劳动模范31名,培育“桐江工匠”60名。')).toEqual([])
    expect(extractWorkers('劳模工匠宣讲团走进企业,获得职工好评。')).toEqual([])
    expect(extractWorkers('市总工会荣获“全国模范职工之家”称号。')).toEqual([])
    expect(extractWorkers('桐江机械公司焊工张大力荣获“一等奖”。')).toEqual([])
  })
})

describe('honour catalog guesses', () => {
  it('guesses the level from the name', () => {
    expect(guessHonorLevel('全国五一劳动奖章')).toBe('national')
    expect(guessHonorLevel('湖北五一劳动奖章')).toBe('provincial')
    expect(guessHonorLevel('浙江工匠')).toBe('provincial')
    expect(guessHonorLevel('青石市五一劳动奖章')).toBe('city')
    expect(guessHonorLevel('石门县劳动模范')).toBe('county')
    expect(guessHonorLevel('金牌工人')).toBe('city')
  })

  it('guesses collective honours', () => {
    expect(guessRecipientType('全国工人先锋号')).toBe('collective')
    expect(guessRecipientType('全国五一劳动奖状')).toBe('collective')
    expect(guessRecipientType('全国劳动模范')).toBe('individual')
  })
})

describe('workers in a page', () => {
  it('finds every worker of the workers fixture with employer and honours', () => {
    expect(parseFixture('workers.txt').workers.map(({ name, employer, honors, kind }) => ({ name, employer, honors, kind }))).toEqual([
      { name: '孟庆丰', employer: '白河钢铁集团有限公司炼钢厂', honors: ['全国五一劳动奖章'], kind: 'individual' },
      { name: '邵春燕', employer: '白河客运公司', honors: ['白河市劳动模范'], kind: 'individual' },
      { name: '白河电力检修公司输电运维班', employer: '白河电力检修公司', honors: ['全国工人先锋号'], kind: 'collective' },
      { name: '韩立伟', employer: '白河机械制造有限公司', honors: ['湖北工匠', '白河市技术能手'], kind: 'individual' },
      { name: '卫小红', employer: '白河纺织有限公司', honors: ['全国劳动模范'], kind: 'individual' },
    ])
  })

  it('reads a name of a rare surname among names in a row after an honour, and an honour holder introduced by employer', () => {
    const text = [
      '青禾市总工会召开劳模代表座谈会',
      '',
      '三位来自生产一线的全国劳动模范郭小义、巨小林、高小林当选为市总工会兼职副主席。',
      '',
      '接着全省五一劳动奖章获得者、青禾酒业公司乐小选作题为《为品质精挑细选》的报告。乐小选扎根技术领域二十年。',
    ].join('\n')
    expect(parseNewspaperText(text).workers.map((w) => w.name)).toEqual(['郭小义', '巨小林', '高小林', '乐小选'])
  })

  it('reads the subject a profile introduces (他叫某某, ——某某，…的一名…) when it names them again', () => {
    const one = ['焊花里的青春', '', '他叫王小鑫，是青禾重工有限公司的焊接工人。', '', '十年来，王小鑫练就了一手绝活，带出徒弟二十多名。'].join('\n')
    expect(parseNewspaperText(one).workers.map((w) => w.name)).toEqual(['王小鑫'])
    const two = ['焊花中的玫瑰', '', '她，是绽放在焊花中的玫瑰——孙小美，青禾桥梁公司的一名普通电焊工。', '', '“我从小看着父亲焊接。”说起当年的选择，孙小美的理由很朴素。'].join('\n')
    expect(parseNewspaperText(two).workers.map((w) => w.name)).toEqual(['孙小美'])
    // Named once only: no subject read.
    expect(parseNewspaperText(['焊花里的青春', '', '他叫王小鑫，是青禾重工有限公司的焊接工人。'].join('\n')).workers).toEqual([])
  })

  it('reads a contest’s winners: after the prize (第1名某某), and several each after their employer (甲公司的某某、乙公司的某某分别获得…第一名)', () => {
    const text = [
      '青禾市职工技能大赛落幕',
      '',
      '大赛奖励在全国决赛中作出突出贡献的选手，为全国决赛数控机床装调维修工第1名董小斌、团体第1名教练组各奖励10万元。',
      '',
      '经过三天的角逐，青禾化工集团的王小林、青禾沥青公司的王小花分别获得化学检验工、仪器仪表检验工的第一名。',
    ].join('\n')
    expect(parseNewspaperText(text).workers.map((w) => w.name).sort()).toEqual(['王小林', '王小花', '董小斌'].sort())
  })

  it('reads the workers studios are named after, not a count of studios', () => {
    const text = [
      '青禾4个劳模工作室晋升“省级”',
      '',
      '日前，省总工会新命名了一批省级劳模工作室。我市有1个劳模工作室被命名为省示范性劳模工作室，3个劳模工作室被命名为省劳模工作室。',
      '',
      '其中，省级示范性劳模工作室为省劳动模范黄小图劳模工作室；省级劳模工作室分别为全国劳动模范苏先进劳模工作室、欧阳小良劳模创新工作室和省劳动模范曾小波技能大师工作室。',
    ].join('\n')
    expect(parseNewspaperText(text).workers.map((w) => w.name)).toEqual(['黄小图', '苏先进', '欧阳小良', '曾小波'])
  })

  it('takes no word of the language for a person, whatever surname it starts with', () => {
    const text = [
      '青禾市总工会召开劳模座谈会',
      '',
      '4月28日，青禾市总工会召开劳模座谈会，全国劳动模范、青禾机床厂高级技师丁小松等12名劳模参加。',
      '',
      '会议要求各级工会创新擦亮服务品牌，回应职工关切、竭诚服务职工。本报推出特刊《劳模礼赞》，表达了对每一位劳模的敬意。',
    ].join('\n')
    expect(parseNewspaperText(text).workers.map((w) => w.name)).toEqual(['丁小松'])
  })

  it('finds the worker a feature story is about in its subtitle', () => {
    expect(parseFixture('feature-story.txt').workers).toMatchObject([{ name: '郝建平', employer: '东川供电公司', honors: ['全国五一劳动奖章'] }])
  })
})
