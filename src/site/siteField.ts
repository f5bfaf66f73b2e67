/**
 * A unit's own public site (站群), as the `site` group of an organization: on or off, its title,
 * its path under `/sites/`, an optional host name, and the topics its home page features. The top
 * unit (no parent) is the main site: its settings are optional and it is always built at SITE_DIR.
 */
import type { Field, PayloadRequest } from 'payload'

import { siteDomainProblem, sitePathProblem } from './sitePaths'

type SiteGroup = { enabled?: boolean | null; path?: string | null; domain?: string | null }
type Ctx = { req: PayloadRequest; id?: number | string; siblingData?: SiteGroup; data?: { parent?: unknown } }

/**
 * The same setting of every other unit, read as the public reads organizations. Outside the save's
 * transaction: the two checks run side by side, and one PostgreSQL connection takes one query at a time.
 */
async function takenByOthers({ payload }: PayloadRequest, id: number | string | undefined, field: 'path' | 'domain', value: string): Promise<string[]> {
  const found = await payload.find({
    collection: 'organizations',
    where: { and: [{ [`site.${field}`]: { equals: value } }, ...(id !== undefined ? [{ id: { not_equals: id } }] : [])] },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
  })
  return found.docs.length ? [value] : []
}

const hasParent = (data: Ctx['data']) => data?.parent !== undefined && data?.parent !== null && data?.parent !== ''

export const siteField: Field = {
  name: 'site',
  type: 'group',
  label: { zh: '单位网站', en: 'Unit site' },
  admin: {
    description: {
      zh: '开设后，本单位（及其下未开设网站的单位）的已发布内容另成一个完整网站，地址为 /sites/<网站路径>/，也可绑定独立域名。最上级单位即主站，无需设置。',
      en: "The unit's own public site at /sites/<path>/ (or its own host name). The top unit is the main site.",
    },
  },
  fields: [
    { name: 'enabled', type: 'checkbox', defaultValue: false, label: { zh: '开设单位网站', en: 'Has its own site' } },
    { name: 'name', type: 'text', label: { zh: '网站名称', en: 'Site title' }, admin: { placeholder: '不填则用单位名称' } },
    {
      name: 'path',
      type: 'text',
      label: { zh: '网站路径', en: 'Path segment' },
      admin: { description: { zh: '小写字母、数字和连字符，例如 yunxi（网址为 /sites/yunxi/）。', en: 'e.g. yunxi → /sites/yunxi/' } },
      validate: (async (value: unknown, { req, id, siblingData, data }: Ctx) => {
        const path = typeof value === 'string' ? value.trim() : ''
        if (!path) return siblingData?.enabled && hasParent(data) ? '开设单位网站需要填写网站路径，例如 yunxi。' : true
        return sitePathProblem(path, await takenByOthers(req, id, 'path', path)) ?? true
      }) as never,
    },
    {
      name: 'domain',
      type: 'text',
      label: { zh: '独立域名', en: 'Host name' },
      admin: { description: { zh: '可选，例如 yunxi.example.gov.cn；需在域名解析和 nginx 中指向本服务器。', en: 'Optional.' } },
      validate: (async (value: unknown, { req, id }: Ctx) => {
        const domain = typeof value === 'string' ? value.trim() : ''
        if (!domain) return true
        return siteDomainProblem(domain, await takenByOthers(req, id, 'domain', domain)) ?? true
      }) as never,
    },
    {
      name: 'featuredTopics',
      type: 'relationship',
      relationTo: 'topics',
      hasMany: true,
      label: { zh: '首页推荐栏目', en: 'Featured topics' },
      // Topics its site has: everyone's, and the unit's own. (A check rather than filterOptions:
      // Payload runs each relationship's filterOptions query on the save's one connection at the
      // same time as the parent field's, which node-postgres warns is deprecated.)
      validate: (async (value: unknown, { req, id }: Ctx) => {
        const ids = (Array.isArray(value) ? value : []).map((v) => (typeof v === 'object' && v !== null ? (v as { id: unknown }).id : v))
        if (!ids.length) return true
        const topics = await req.payload.find({ collection: 'topics', where: { id: { in: ids } }, depth: 0, pagination: false, overrideAccess: false })
        const foreign = topics.docs.filter((t) => t.organization !== null && t.organization !== undefined && String(typeof t.organization === 'object' ? t.organization.id : t.organization) !== String(id))
        return foreign.length ? `“${foreign.map((t) => t.name).join('”“')}”是其他单位自己的栏目，不能在本单位网站首页推荐；请选择全站栏目或本单位的栏目。` : true
      }) as never,
    },
  ],
}
