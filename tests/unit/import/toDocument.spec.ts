// ParsedPiece → Payload draft data: the Lexical body (headings, paragraphs, a photo block per
// caption), a review's lead, sections, key figures with their pillar, and plans.
import { describe, expect, it } from 'vitest'

import { toDocument } from '../../../src/import/toDocument'
import { parseFixture } from './helpers'

const ARTICLE_FIELDS = new Set(['title', 'subtitle', 'bylines', 'body', 'source', 'credits', 'importHash', 'organization', 'relatedWorkers'])
const REVIEW_FIELDS = new Set(['title', 'subtitle', 'period', 'lead', 'keyFigures', 'sections', 'plans', 'importHash', 'organization'])

type Node = { type: string; tag?: string; children?: { text: string }[]; fields?: Record<string, unknown> }
const nodes = (value: unknown) => (value as { root: { children: Node[] } }).root.children

describe('toDocument for articles', () => {
  it('builds a draft with bylines, source, credits and a Lexical body', () => {
    const piece = parseFixture('captions.txt')
    const data = toDocument(piece, 'articles', { fields: ARTICLE_FIELDS })
    expect(data).toMatchObject({
      title: '寒冬送暖 情系职工',
      subtitle: '临江市总工会开展“送温暖”活动侧记',
      _status: 'draft',
      importHash: piece.hash,
      // The photographer a caption credits is an author too.
      bylines: [
        { role: 'reporter', name: '祝晓晨' },
        { role: 'photo', name: '庞乐' },
      ],
      source: { publication: null, page: null, issueDate: null },
      credits: [],
    })
    const body = nodes(data.body)
    expect(body.map((n) => (n.type === 'block' ? `photo:${n.fields!.caption}` : `${n.tag ?? n.type}:${n.children![0]!.text.slice(0, 6)}`))).toEqual([
      'paragraph:新年前夕,临',
      'photo:市总工会慰问组走进环卫工人休息点送上棉衣',
      'photo:慰问组在港区码头为一线装卸工人送上节日慰问品',
      'h2:冬日暖阳 关',
      'paragraph:活动期间,全',
      'photo:工会干部为户外劳动者送上热姜茶',
      'h2:节日坚守 服',
      'paragraph:在临江火车站',
      'photo:临江火车站工会志愿服务点',
      'photo:困难职工家庭收到慰问品后表示感谢',
    ])
    const photo = body.find((n) => n.type === 'block' && String(n.fields!.caption).includes('热姜茶'))!
    expect(photo).toMatchObject({ type: 'block', version: 2, fields: { blockType: 'photo', blockName: '', credit: '庞乐' } })
    expect(photo.fields!.id).toMatch(/^[0-9a-f]{24}$/)
    expect(photo.fields).not.toHaveProperty('photo')
  })

  it('stores the select values of printed roles and qualifiers', () => {
    const data = toDocument(parseFixture('masthead-credits.txt'), 'articles', { fields: ARTICLE_FIELDS })
    expect(data.bylines).toEqual([
      { role: 'reporter', name: '夏知秋' },
      { role: null, name: '贝小满' },
    ])
    expect(data.credits).toEqual([
      { role: 'board', name: '卓一鸣' },
      { role: 'layout', name: '万晴' },
      { role: 'editor', name: '汤可心' },
      { role: 'final', name: '严立民' },
    ])
    const review = toDocument(parseFixture('figures.txt'), 'yearly-reviews', { fields: REVIEW_FIELDS })
    expect((review.keyFigures as { qualifier: string | null }[]).map((f) => f.qualifier)).toEqual([
      null, null, null, 'odd', null, 'over', 'nearly', null, 'odd', 'more', null, 'about', null, null, null, 'above',
    ])
  })

  it('stores the issue date at noon UTC and links the workers it was given', () => {
    const data = toDocument(parseFixture('masthead-credits.txt'), 'articles', { fields: ARTICLE_FIELDS, workerIds: [], organization: 7 })
    expect(data.source).toEqual({ publication: '江岸工人报', page: '05', issueDate: '2025-01-07T12:00:00.000Z' })
    expect(data.organization).toBe(7)
    const withWorkers = toDocument(parseFixture('workers.txt'), 'articles', { fields: ARTICLE_FIELDS, workerIds: [1, 2, 3, 4, 5] })
    expect(withWorkers.relatedWorkers).toEqual([1, 2, 3, 4, 5])
  })

  it('puts the picture credit of the page on photos without their own', () => {
    const body = nodes(toDocument(parseFixture('byline-end.txt'), 'articles', { fields: ARTICLE_FIELDS }).body)
    expect(body.filter((n) => n.type === 'block').map((n) => n.fields!.credit)).toEqual(['青林市总工会', '青林市总工会'])
  })
})

describe('toDocument for yearly reviews', () => {
  it('splits the body into lead and sections, photos above the first heading going into the first section', () => {
    const data = toDocument(parseFixture('lead-before-headline.txt'), 'yearly-reviews', { fields: REVIEW_FIELDS })
    expect(data.period).toEqual({ firstYear: 2024, lastYear: 2024 })
    expect(String(data.lead).split('\n\n')).toHaveLength(2)
    const sections = data.sections as { heading: string; content: unknown }[]
    expect(sections.map((s) => s.heading)).toEqual(['理论宣讲 让党的声音传到车间', '技能比武 让一线工人脱颖而出', '维权帮扶 让困难职工暖在心头'])
    expect(nodes(sections[0]!.content).map((n) => n.type)).toEqual(['block', 'paragraph'])
    expect(nodes(sections[2]!.content).map((n) => n.type)).toEqual(['paragraph', 'paragraph'])
    expect(data).not.toHaveProperty('bylines')
  })

  it('lists key figures with their pillar and keeps plan targets out of them', () => {
    const data = toDocument(parseFixture('review-with-plans.txt'), 'yearly-reviews', { fields: REVIEW_FIELDS })
    expect(data.keyFigures).toEqual([
      { label: '开展劳动竞赛', value: 560, unit: '场次', qualifier: null, pillar: '建功立业' },
      { label: '参赛职工', value: 85000, unit: '人次', qualifier: null, pillar: '建功立业' },
      { label: '培育“石门工匠”', value: 45, unit: '名', qualifier: null, pillar: '建功立业' },
      { label: '救助困难职工', value: 6300, unit: '人次', qualifier: null, pillar: '维权服务' },
      { label: '发放救助资金', value: 28000000, unit: '元', qualifier: null, pillar: '维权服务' },
    ])
    expect((data.plans as { name: string }[]).map((p) => p.name)).toEqual(['实施职工素质提升工程', '实施职工服务阵地建设工程', '实施困难职工帮扶工程'])
  })

  it('adds the bylines, source and credits once the collection has those fields', () => {
    const data = toDocument(parseFixture('lead-before-headline.txt'), 'yearly-reviews', { fields: new Set([...REVIEW_FIELDS, 'bylines', 'source', 'credits']) })
    expect(data.bylines).toHaveLength(3)
    expect(data.source).toMatchObject({ publication: '江岸日报' })
  })

  it('links workers with worker cards in the section that names them when the collection has no relatedWorkers', () => {
    const piece = parseFixture('workers.txt')
    const data = toDocument(piece, 'yearly-reviews', { fields: REVIEW_FIELDS, workerIds: [11, 12, 13, 14, 15] })
    const all = (data.sections as { content: unknown }[]).flatMap((s) => nodes(s.content))
    expect(all.filter((n) => n.type === 'block' && n.fields!.blockType === 'workerCard').map((n) => n.fields!.worker)).toEqual([11, 12, 13, 14, 15])
  })
})
