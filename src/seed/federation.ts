/**
 * The demo federation (issue 17): two county unions under the demo city federation, each with its
 * own site, its own reporter, editor and chief editor, and pieces its own people have walked
 * through their county's review chain to every stage — so the whole flow can be tried at once with
 * the logins `npm run seed` and `npm start` print.
 *
 * The existing demo (the city, its unions and their pieces) is left as it was: these two counties
 * are new, so a single office's demo looks the same, with two more units in the tree.
 *
 * All names, units and stories are invented for the demo.
 */
import { createLocalReq, type CollectionSlug, type Payload, type PayloadRequest } from 'payload'

import type { Media, Organization } from '../../payload-types'
import { slugify } from '../lib/slug'
import { CITY, PROVINCE, type Role } from './catalog'
import { renderJPEG, type Scene } from './images'
import { h2, paragraph, type RichText } from './lexical'
import type { ID } from './refs'

export type FederationUnitKey = 'yunxi' | 'beitang'

export type FederationUnitSpec = {
  name: string
  shortName: string
  level: Organization['level']
  district: string
  description: string
  /** The unit's own public site: its title and path segment (`/sites/<path>/`). */
  site: { name: string; path: string }
}

export const FEDERATION_UNITS: Record<FederationUnitKey, FederationUnitSpec> = {
  yunxi: {
    name: '云溪县总工会',
    shortName: '云溪县总',
    level: 'county',
    district: '云溪县',
    description: '云溪县地处江澄市西部山区，以茶叶、竹木加工和生态旅游为主，县总工会联系职工三万余人。',
    site: { name: '云溪工会', path: 'yunxi' },
  },
  beitang: {
    name: '北塘区总工会',
    shortName: '北塘区总',
    level: 'county',
    district: '北塘区',
    description: '北塘区是江澄市的老工业区，正在转型为物流和新材料产业园区，区总工会联系职工五万余人。',
    site: { name: '北塘工会', path: 'beitang' },
  },
}

export type FederationUser = { unit: FederationUnitKey; role: Role; name: string; email: string; password: string }

/** Each county's own chain: a reporter (通讯员), an editor (责编) and a chief editor (终审). */
export const FEDERATION_USERS: FederationUser[] = [
  { unit: 'yunxi', role: 'reporter', name: '何雨桐', email: 'yunxi.reporter@example.com', password: 'demo-yunxi-reporter-2026' },
  { unit: 'yunxi', role: 'editor', name: '宋立军', email: 'yunxi.editor@example.com', password: 'demo-yunxi-editor-2026' },
  { unit: 'yunxi', role: 'chief-editor', name: '郑秀兰', email: 'yunxi.chief@example.com', password: 'demo-yunxi-chief-2026' },
  { unit: 'beitang', role: 'reporter', name: '唐一鸣', email: 'beitang.reporter@example.com', password: 'demo-beitang-reporter-2026' },
  { unit: 'beitang', role: 'editor', name: '韦佳', email: 'beitang.editor@example.com', password: 'demo-beitang-editor-2026' },
  { unit: 'beitang', role: 'chief-editor', name: '孔德海', email: 'beitang.chief@example.com', password: 'demo-beitang-chief-2026' },
]

const ROLE_WORDS: Record<Role, string> = { admin: '管理员', 'chief-editor': '终审', editor: '责编', reporter: '记者' }

/** How the demo logins name the counties' accounts (`role` is what `npm start` prints first). */
export const FEDERATION_LOGINS = FEDERATION_USERS.map((u) => ({
  role: `${FEDERATION_UNITS[u.unit].shortName}·${ROLE_WORDS[u.role]}`,
  email: u.email,
  password: u.password,
}))

/**
 * Where a piece's walk ends. `live`: signed off and published by the county's chief editor;
 * `submit-up`: live, then submitted (报送) to the city; `adopted`: live, submitted and adopted
 * (采用) by the city's editor — both done where the federation's submit/adopt exists.
 */
export type FederationEnding = 'draft' | 'submitted' | 'returned' | 'edited' | 'live' | 'submit-up' | 'adopted'

export type FederationPiece = {
  unit: FederationUnitKey
  ending: FederationEnding
  title: string
  summary: string
  topic: 'models' | 'craftsmen' | 'services' | 'reform'
  body: () => RichText
  /** Said by the editor who returns it (ending `returned`). */
  returnComment?: string
  /** The cover photo the reporter uploads with it (drawn locally, src/seed/images.ts). */
  photo?: { scene: Scene; alt: string; caption: string }
}

const doc = (...children: RichText['root']['children']): RichText => ({
  root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children },
})

export const FEDERATION_PIECES: FederationPiece[] = [
  {
    unit: 'yunxi',
    ending: 'adopted',
    title: '云溪县茶企职工采茶制茶技能比武落幕',
    photo: { scene: { kind: 'training' }, alt: '一排操作台前，几名职工正在评委注视下比赛', caption: '云溪县茶企职工技能比武现场。' },
    summary: '来自全县18家茶企的62名职工同台比拼手工炒茶和机械制茶，8人获评“云溪茶工能手”。',
    topic: 'craftsmen',
    body: () =>
      doc(
        paragraph('4月中旬，云溪县总工会联合县农业农村局举办第五届茶企职工采茶制茶技能比武，全县18家茶企的62名职工参赛。'),
        h2('手工炒茶：一锅见功夫'),
        paragraph('手工炒茶项目要求选手在40分钟内完成杀青、揉捻、理条和烘干，评委从外形、汤色、香气和滋味四个方面打分。'),
        h2('机械制茶：比的是调度'),
        paragraph('机械制茶项目考的是一条生产线的调度能力。获得一等奖的溪口茶业职工周满仓说，参赛前他把每台机器的温度曲线记满了两本笔记本。'),
        paragraph('县总工会将为获评“云溪茶工能手”的8名职工每人发放技能提升补贴，并推荐参加全市职工技能大赛。'),
      ),
  },
  {
    unit: 'yunxi',
    ending: 'live',
    title: '云溪县总工会为竹木加工企业送去夏季防暑物资',
    photo: { scene: { kind: 'summer' }, alt: '红色凉棚下摆着成箱的饮用水和防暑用品', caption: '县总工会工作组把防暑物资送到竹木加工企业。' },
    summary: '县总工会走访12家竹木加工企业，送去防暑降温物资，并检查车间通风和休息场所。',
    topic: 'services',
    body: () =>
      doc(
        paragraph('入伏以来，云溪县总工会组成3个工作组，走访全县12家竹木加工企业，为一线职工送去绿豆、藿香正气水和清凉油等防暑物资。'),
        paragraph('工作组还逐一查看了车间通风设备和职工休息场所，对两家企业提出了增设降温设备的建议。'),
      ),
  },
  {
    unit: 'yunxi',
    ending: 'edited',
    title: '云溪景区讲解员工会小组成立',
    summary: '县内三家景区的46名讲解员加入新成立的工会小组。',
    topic: 'services',
    body: () =>
      doc(
        paragraph('云溪县三家A级景区的46名讲解员日前加入新成立的景区讲解员工会小组，这是全县第一个按职业组建的工会小组。'),
        paragraph('小组将为讲解员提供普通话和讲解技能培训，并协调景区为讲解员设立休息室。'),
      ),
  },
  {
    unit: 'yunxi',
    ending: 'submitted',
    title: '山区职工子女暑期托管班开班',
    summary: '县总工会在两个乡镇开设暑期托管班，解决山区双职工家庭的看护难题。',
    topic: 'services',
    body: () =>
      doc(
        paragraph('7月8日，云溪县总工会在溪口镇和石门乡开设职工子女暑期托管班，首批接收小学生85名。'),
        paragraph('托管班由县总工会出资，聘请退休教师和大学生志愿者授课，开设作业辅导、书法和自然课。'),
      ),
  },
  {
    unit: 'yunxi',
    ending: 'returned',
    title: '县劳模工作室开展“师带徒”结对活动',
    summary: '县内5个劳模工作室与32名青年职工结成师徒对子。',
    topic: 'models',
    body: () =>
      doc(
        paragraph('云溪县5个劳模工作室近日与32名青年职工结成师徒对子，师傅们将在一年内带徒弟掌握一项核心技能。'),
      ),
    returnComment: '请补充各工作室的名称和结对的具体技能项目，并附一张结对仪式的照片。',
  },
  {
    unit: 'yunxi',
    ending: 'draft',
    title: '云溪县户外劳动者服务站点扩展到28个',
    summary: '新增的8个站点设在加油站和乡镇卫生院。',
    topic: 'services',
    body: () => doc(paragraph('今年云溪县新增8个户外劳动者服务站点，全县站点达到28个。（待补充站点名单）')),
  },
  {
    unit: 'beitang',
    ending: 'submit-up',
    title: '北塘区老厂房改造中的“职工议事会”',
    photo: { scene: { kind: 'factory' }, alt: '改造中的老厂房，高大的钢架和窗户', caption: '北塘区原纺织厂片区正在改造为新材料产业园。' },
    summary: '园区改造方案先交职工议事会讨论，采纳职工意见23条。',
    topic: 'reform',
    body: () =>
      doc(
        paragraph('北塘区原纺织厂片区改造为新材料产业园的过程中，区总工会推动成立了由42名职工代表组成的“职工议事会”。'),
        h2('先听职工的'),
        paragraph('改造方案在报批前先交议事会讨论，职工提出的通勤班车、食堂和倒班宿舍等23条意见被写进方案。'),
        paragraph('区总工会表示，将把“职工议事会”做法推广到区内其他改造项目。'),
      ),
  },
  {
    unit: 'beitang',
    ending: 'live',
    title: '北塘区物流园区职工之家揭牌',
    photo: { scene: { kind: 'ceremony' }, alt: '揭牌仪式上，几个人一起揭下牌匾上的红绸', caption: '北塘物流园区职工之家揭牌。' },
    summary: '职工之家设有阅览室、健身房和母婴室，24小时对园区职工开放。',
    topic: 'services',
    body: () =>
      doc(
        paragraph('位于北塘物流园区综合楼一层的职工之家日前揭牌，面积约600平方米。'),
        paragraph('职工之家设有阅览室、健身房、母婴室和法律咨询室，24小时对园区3000多名职工开放。'),
      ),
  },
  {
    unit: 'beitang',
    ending: 'edited',
    title: '北塘区举办叉车司机安全操作比赛',
    summary: '23家物流企业的叉车司机比拼定点堆垛和窄道穿行。',
    topic: 'craftsmen',
    body: () =>
      doc(
        paragraph('北塘区总工会日前举办叉车司机安全操作比赛，23家物流企业的48名叉车司机参赛。'),
        paragraph('比赛设定点堆垛、窄道穿行和安全检查三个项目，前三名将获得“北塘技术能手”称号。'),
      ),
  },
  {
    unit: 'beitang',
    ending: 'submitted',
    title: '新材料企业工会开展职业健康体检',
    summary: '区总工会为5家新材料企业的一线职工安排职业健康体检。',
    topic: 'services',
    body: () => doc(paragraph('北塘区总工会协调区人民医院，为5家新材料企业的620名一线职工安排职业健康体检。')),
  },
  {
    unit: 'beitang',
    ending: 'returned',
    title: '北塘区职工书屋图书更新',
    summary: '全区14个职工书屋更新图书4000余册。',
    topic: 'services',
    body: () => doc(paragraph('北塘区14个职工书屋近日更新图书4000余册。')),
    returnComment: '篇幅太短：请写清楚新书的类别、职工借阅的情况，最好采访一位常来借书的职工。',
  },
  {
    unit: 'beitang',
    ending: 'draft',
    title: '北塘区困难职工帮扶走访',
    summary: '（草稿）',
    topic: 'services',
    body: () => doc(paragraph('（记者正在整理走访记录。）')),
  },
]

type Common = { req: PayloadRequest; context: Record<string, unknown>; depth: 0 }

/**
 * Create the two counties (under `city`) and their accounts. Runs as the system, before any call
 * acts as a user (a Local API call given a `user` sets it on the shared request).
 */
export async function seedFederationUnits(payload: Payload, city: ID, common: Common, keep: (collection: CollectionSlug, doc: { id: ID }) => unknown) {
  const units = {} as Record<FederationUnitKey, ID>
  for (const key of Object.keys(FEDERATION_UNITS) as FederationUnitKey[]) {
    const u = FEDERATION_UNITS[key]
    const doc = await payload.create({
      collection: 'organizations',
      data: { name: u.name, slug: slugify(u.name), shortName: u.shortName, level: u.level, region: { province: PROVINCE, city: CITY, district: u.district }, parent: city, description: u.description, site: { enabled: true, name: u.site.name, path: u.site.path } },
      ...common,
    })
    keep('organizations', doc)
    units[key] = doc.id
  }
  const users = {} as Record<string, ID>
  for (const u of FEDERATION_USERS) {
    const doc = await payload.create({
      collection: 'users',
      data: { name: u.name, email: u.email, password: u.password, roles: [u.role], organization: units[u.unit] },
      ...common,
    })
    keep('users', doc)
    users[`${u.unit}:${u.role}`] = doc.id
  }
  return { units, users }
}

/**
 * Each county's pieces, written and moved through the county's chain by its own people (Local API
 * calls as those users, access on): the same rules a request meets.
 */
export async function walkFederationPieces(
  payload: Payload,
  refs: { users: Record<string, ID>; topic: Record<FederationPiece['topic'], ID> },
  common: Common,
  keep: (collection: CollectionSlug, doc: { id: ID }) => unknown,
  uploaded: string[],
  filesOf: (doc: Media) => string[],
) {
  const asUser = async (unit: FederationUnitKey, role: Role) => ({
    ...(await payload.findByID({ collection: 'users', id: refs.users[`${unit}:${role}`]!, depth: 0, req: common.req, overrideAccess: true })),
    collection: 'users' as const,
  })
  const pieces: { piece: FederationPiece; id: ID }[] = []
  for (const piece of FEDERATION_PIECES) {
    const reporter = await asUser(piece.unit, 'reporter')
    const editor = await asUser(piece.unit, 'editor')
    const chief = await asUser(piece.unit, 'chief-editor')
    const move = (user: typeof reporter, id: ID, data: Record<string, unknown>, draft = true) =>
      payload.update({ collection: 'articles', id, data: data as never, draft, user, overrideAccess: false, ...common })
    const photo = piece.photo
      ? await payload.create({
          collection: 'media',
          data: { alt: piece.photo.alt, caption: piece.photo.caption, credit: `${reporter.name} 摄` },
          file: await photoFile(piece, piece.photo.scene),
          user: reporter,
          overrideAccess: false,
          ...common,
        })
      : undefined
    if (photo) {
      keep('media', photo)
      uploaded.push(...filesOf(photo))
    }
    const created = await payload.create({
      collection: 'articles',
      draft: true,
      user: reporter,
      overrideAccess: false,
      ...common,
      data: {
        title: piece.title,
        slug: slugify(piece.title),
        summary: piece.summary,
        bylines: [{ role: 'reporter', name: reporter.name, user: reporter.id }],
        topics: [refs.topic[piece.topic]],
        body: piece.body(),
        cover: photo?.id,
      } as never,
    })
    keep('articles', created)
    pieces.push({ piece, id: created.id })
    if (piece.ending === 'draft') continue
    await move(reporter, created.id, { reviewStage: 'submitted', reviewComment: '稿件已完成，请审核。' })
    if (piece.ending === 'submitted') continue
    if (piece.ending === 'returned') {
      await move(editor, created.id, { reviewStage: 'returned', reviewComment: piece.returnComment ?? '请修改后再提交。' })
      continue
    }
    await move(editor, created.id, { reviewStage: 'edited', proofPass: 'first', reviewComment: '一校完毕。' })
    if (piece.ending === 'edited') continue
    await move(chief, created.id, { reviewStage: 'approved' })
    await move(chief, created.id, { _status: 'published' }, false)
  }
  return pieces
}

/** A cover drawn for the piece (named after its unit and position, so each file name is its own). */
async function photoFile(piece: FederationPiece, scene: Scene) {
  const name = `${piece.unit}-${FEDERATION_PIECES.indexOf(piece) + 1}`
  const data = await renderJPEG(name, scene)
  return { data, mimetype: 'image/jpeg', name: `${name}.jpg`, size: data.length }
}

/**
 * 报送 and 采用 as the demo's people do them, through the same service the admin's buttons call
 * (src/federation): the county chief editors submit their `submit-up` and `adopted` pieces to the
 * city, and the city's editor adopts the `adopted` one — it then shows on the city site with its
 * source. Runs after the seed's transaction is committed (the service writes in its own).
 */
export async function submitAndAdopt(payload: Payload, pieces: { piece: FederationPiece; id: ID }[], users: Record<string, ID>, cityEditor: ID): Promise<{ submitted: number; adopted: number }> {
  const { submitPiece, decideSubmission } = await import('../federation/service')
  const reqAs = async (id: ID) => {
    const user = await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })
    return createLocalReq({ user: { ...user, collection: 'users' }, context: { seeding: true } }, payload)
  }
  let submitted = 0
  let adopted = 0
  for (const { piece, id } of pieces) {
    if (piece.ending !== 'submit-up' && piece.ending !== 'adopted') continue
    const chief = users[`${piece.unit}:chief-editor`]!
    const submission = await submitPiece(await reqAs(chief), { collection: 'articles', id, message: '本县（区）重点稿件，请审阅。' })
    submitted++
    if (piece.ending !== 'adopted') continue
    await decideSubmission(await reqAs(cityEditor), submission.id, 'adopt', { comment: '稿件扎实，市总网站同步刊发。' })
    adopted++
  }
  return { submitted, adopted }
}
