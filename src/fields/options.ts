/** Select options shared by several collections. Values are stored; labels are shown. */
type Option = { value: string; label: { zh: string; en: string } }

const opt = (value: string, zh: string, en: string): Option => ({ value, label: { zh, en } })

export const ORGANIZATION_LEVELS: Option[] = [
  opt('national', '全国', 'National'),
  opt('provincial', '省级', 'Provincial'),
  opt('city', '市级', 'City'),
  opt('county', '县（区）级', 'County / district'),
  opt('industry', '产业（行业）', 'Industry'),
  opt('enterprise', '企事业单位', 'Enterprise / unit'),
]

export const HONOR_LEVELS: Option[] = [
  opt('national', '全国', 'National'),
  opt('provincial', '省级', 'Provincial'),
  opt('city', '市级', 'City'),
  opt('county', '县（区）级', 'County / district'),
  opt('industry', '产业（行业）', 'Industry'),
]

export const RECIPIENT_TYPES: Option[] = [
  opt('individual', '个人', 'Individual'),
  opt('collective', '集体', 'Collective'),
]

/** Byline roles as printed in Chinese newspapers; the stored value is the Chinese word itself. */
export const BYLINE_ROLES = ['记者', '全媒体记者', '特约记者', '通讯员', '文', '摄影', '图'] as const
export const BYLINE_ROLE_OPTIONS: Option[] = BYLINE_ROLES.map((r) => opt(r, r, r))

export const CREDIT_ROLES = ['编委', '版式', '责编', '终审'] as const
export const CREDIT_ROLE_OPTIONS: Option[] = CREDIT_ROLES.map((r) => opt(r, r, r))

/** Qualifiers printed next to a figure: 5.2万余人, 近300场. */
export const QUALIFIERS = ['余', '多', '近', '超', '以上', '约'] as const
export const QUALIFIER_OPTIONS: Option[] = QUALIFIERS.map((q) => opt(q, q, q))
