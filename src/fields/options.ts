/**
 * Select options shared by several collections. Stored values are ASCII (GraphQL enum names must
 * be); labels and the words printed on the site are Chinese. `*_TEXT` maps a stored value to the
 * word a newspaper prints, and `*_VALUE` maps that word back (the importer reads Chinese).
 */
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

function table<V extends string>(entries: readonly (readonly [V, string, string])[]) {
  const text = Object.fromEntries(entries.map(([v, zh]) => [v, zh])) as Record<V, string>
  const value = Object.fromEntries(entries.map(([v, zh]) => [zh, v])) as Record<string, V>
  const options = entries.map(([v, zh, en]) => opt(v, zh, en))
  return { text, value, options }
}

/** Byline roles as printed in Chinese newspapers. */
const bylineRoles = table([
  ['reporter', '记者', 'Reporter'],
  ['multimedia-reporter', '全媒体记者', 'Multimedia reporter'],
  ['special-correspondent', '特约记者', 'Special correspondent'],
  ['correspondent', '通讯员', 'Correspondent'],
  ['text', '文', 'Text'],
  ['photo', '摄影', 'Photos'],
  ['image', '图', 'Pictures'],
] as const)
export const BYLINE_ROLE_OPTIONS = bylineRoles.options
export const BYLINE_ROLE_TEXT = bylineRoles.text
export const BYLINE_ROLE_VALUE = bylineRoles.value
export type BylineRole = keyof typeof BYLINE_ROLE_TEXT

/** Editorial credits printed under a newspaper page. */
const creditRoles = table([
  ['board', '编委', 'Editorial board'],
  ['layout', '版式', 'Layout'],
  ['editor', '责编', 'Editor'],
  ['final', '终审', 'Final review'],
] as const)
export const CREDIT_ROLE_OPTIONS = creditRoles.options
export const CREDIT_ROLE_TEXT = creditRoles.text
export const CREDIT_ROLE_VALUE = creditRoles.value

/** Qualifiers printed next to a figure: 5.2万余人, 近300场, 超2000万元, 85%以上. */
const qualifiers = table([
  ['odd', '余', '-odd (余)'],
  ['more', '多', 'more than (多)'],
  ['nearly', '近', 'nearly (近)'],
  ['over', '超', 'over (超)'],
  ['above', '以上', 'and above (以上)'],
  ['about', '约', 'about (约)'],
] as const)
export const QUALIFIER_OPTIONS = qualifiers.options
export const QUALIFIER_TEXT = qualifiers.text
export const QUALIFIER_VALUE = qualifiers.value
export type Qualifier = keyof typeof QUALIFIER_TEXT
