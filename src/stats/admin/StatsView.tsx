/**
 * 稿件统计 in the admin (/admin/stats): filters in a plain GET form (the address holds the query,
 * so a view can be bookmarked and no client script is needed), a bar chart of the periods, the
 * table of units or persons, and CSV / XLSX export links to GET /api/stats. Counting and access
 * are the endpoint's (../service.ts); this only draws.
 */
import type { AdminViewServerProps, TypedUser } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'

import { ORGANIZATIONS } from '../../../collections/slugs'
import { siteTimeZone } from '../../settings'
import { unitTree, type StatsRow, type StatsTable } from '../count'
import { periodLabel } from '../periods'
import { parseStatsQuery, queryString, StatsQueryError, type StatsQuery } from '../query'
import { statsScope } from '../../access'
import { computeStats } from '../service'

const COLORS = ['#2f6fb0', '#e0a030', '#3a9a5b', '#c0504d', '#7b5ea7', '#4aa3a3']

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

export async function StatsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const user = req.user as TypedUser | null
  const { routes } = req.payload.config
  if (!user) redirect(`${routes.admin}/login?redirect=${encodeURIComponent(`${routes.admin}/stats`)}`)
  const scope = statsScope(user)

  let query: StatsQuery | null = null
  let table: StatsTable | null = null
  let problem: string | null = null
  if (scope.kind === 'none') problem = '您的账号没有角色，不能查看稿件统计。请联系管理员分配角色。'
  else {
    try {
      const sp = searchParams ?? {}
      query = parseStatsQuery(
        { from: first(sp.from), to: first(sp.to), by: first(sp.by), period: first(sp.period), unit: first(sp.unit), subunits: first(sp.subunits), format: 'json' },
        siteTimeZone(),
      )
      table = await computeStats(req.payload, user, query)
    } catch (err) {
      if (!(err instanceof StatsQueryError)) throw err
      problem = err.message
    }
  }
  const units = scope.kind === 'none' ? [] : (await req.payload.find({ collection: ORGANIZATIONS, depth: 0, pagination: false, user, overrideAccess: false })).docs
  const tree = unitTree(units.map((u) => ({ id: String(u.id), name: u.name, parent: u.parent == null ? null : String(typeof u.parent === 'object' ? u.parent.id : u.parent) })))
  const api = `${routes.api}/stats`
  const exportHref = (format: 'csv' | 'xlsx') => (query ? `${api}?${queryString({ ...query, format })}` : '#')

  return (
    <DefaultTemplate i18n={req.i18n} locale={locale} params={params} payload={req.payload} permissions={permissions} searchParams={searchParams} user={user ?? undefined} visibleEntities={visibleEntities} req={req}>
      <Gutter>
        <h1 style={{ margin: 'calc(var(--base) * 1.5) 0 var(--base)' }}>稿件统计</h1>
        {scope.kind === 'own' && <p style={{ color: 'var(--theme-elevation-600)' }}>您看到的是本人署名（或本人创建、未署名）的稿件统计；全单位统计由责编、终审和管理员查看。</p>}
        {scope.kind !== 'none' && (
          <form method="get" style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'end', marginBottom: 'var(--base)' }}>
            <Field label="起始月份">
              <input type="month" name="from" defaultValue={query?.from} required />
            </Field>
            <Field label="截止月份">
              <input type="month" name="to" defaultValue={query?.to} required />
            </Field>
            {scope.kind === 'office' && (
              <Field label="统计对象">
                <select name="by" defaultValue={query?.by ?? 'unit'}>
                  <option value="unit">按单位</option>
                  <option value="person">按个人（作者、通讯员）</option>
                </select>
              </Field>
            )}
            <Field label="周期">
              <select name="period" defaultValue={query?.period ?? 'month'}>
                <option value="month">按月</option>
                <option value="year">按年</option>
              </select>
            </Field>
            <Field label="单位">
              <select name="unit" defaultValue={query?.unit ?? ''}>
                <option value="">全部单位</option>
                {tree.map(({ unit, depth }) => (
                  <option key={unit.id} value={unit.id}>
                    {'　'.repeat(depth)}
                    {unit.name}
                  </option>
                ))}
              </select>
            </Field>
            <label style={{ display: 'flex', gap: 6, alignItems: 'center', paddingBottom: 6 }}>
              <input type="checkbox" name="subunits" value="1" defaultChecked={query?.subunits} />
              单位数含下级单位
            </label>
            <button type="submit" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }}>
              查询
            </button>
            <a className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} href={exportHref('csv')}>
              导出 CSV
            </a>
            <a className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} href={exportHref('xlsx')}>
              导出 Excel（XLSX）
            </a>
          </form>
        )}
        {problem && (
          <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
            {problem}
          </p>
        )}
        {table && <Report table={table} />}
      </Gutter>
    </DefaultTemplate>
  )
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
      <span style={{ fontSize: 13, color: 'var(--theme-elevation-600)' }}>{label}</span>
      {children}
    </label>
  )
}

function Report({ table }: { table: StatsTable }) {
  const byUnit = table.options.by === 'unit'
  const shown = table.totals
  return (
    <>
      <Chart rows={table.overall} table={table} />
      <p style={{ color: 'var(--theme-elevation-600)', fontSize: 13 }}>
        {table.metrics.map((m) => `${m.label}：${m.help}`).join('；')}。
        {byUnit
          ? table.options.subunits
            ? '单位数含其下级单位的稿件。'
            : '每篇稿件计入其「所属单位」，不含下级单位。'
          : '一篇稿件计入每位署名者（同一人只计一次）；未署名的稿件计入创建人。'}
      </p>
      <table className="table" style={{ width: '100%', borderCollapse: 'collapse', marginBottom: 'calc(var(--base) * 2)' }}>
        <thead>
          <tr>
            <Th>{byUnit ? '单位' : '姓名'}</Th>
            {!byUnit && <Th>身份</Th>}
            <Th>{byUnit ? '上级单位' : '所属单位'}</Th>
            {table.metrics.map((m) => (
              <Th key={m.key} right>
                {m.label}
              </Th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.group.key}>
              <Td>
                <span style={{ paddingLeft: byUnit ? row.group.depth * 16 : 0 }}>{row.group.name}</span>
              </Td>
              {!byUnit && <Td>{row.group.role}</Td>}
              <Td>{row.group.unit}</Td>
              {table.metrics.map((m) => (
                <Td key={m.key} right>
                  {row.counts[m.key] ?? 0}
                </Td>
              ))}
            </tr>
          ))}
          {shown.length === 0 && (
            <tr>
              <Td>这段时间没有可统计的稿件。</Td>
            </tr>
          )}
        </tbody>
      </table>
    </>
  )
}

const Th = ({ children, right }: { children: React.ReactNode; right?: boolean }) => (
  <th style={{ textAlign: right ? 'right' : 'left', padding: '6px 8px', borderBottom: '2px solid var(--theme-elevation-150)' }}>{children}</th>
)
const Td = ({ children, right }: { children: React.ReactNode; right?: boolean }) => (
  <td style={{ textAlign: right ? 'right' : 'left', padding: '6px 8px', borderBottom: '1px solid var(--theme-elevation-100)' }}>{children}</td>
)

/** Grouped bars: each period, one bar per metric; SVG drawn here, no chart library. */
function Chart({ rows, table }: { rows: StatsRow[]; table: StatsTable }) {
  const metrics = table.metrics
  const max = Math.max(1, ...rows.flatMap((r) => metrics.map((m) => r.counts[m.key] ?? 0)))
  const bar = 10
  const groupWidth = metrics.length * bar + 14
  const height = 160
  const width = Math.max(320, rows.length * groupWidth + 40)
  const scale = (n: number) => Math.round((n / max) * (height - 30))
  return (
    <figure style={{ margin: '0 0 var(--base)' }}>
      <svg role="img" aria-label={`各期间稿件数：${rows.map((r) => `${periodLabel(r.period)} ${metrics.map((m) => `${m.label}${r.counts[m.key] ?? 0}`).join(' ')}`).join('；')}`} viewBox={`0 0 ${width} ${height + 24}`} width="100%" style={{ maxWidth: width, display: 'block' }}>
        <line x1={30} y1={height} x2={width} y2={height} stroke="currentColor" strokeOpacity={0.3} />
        <text x={0} y={12} fontSize={11} fill="currentColor">
          {max}
        </text>
        {rows.map((row, i) => (
          <g key={row.period} transform={`translate(${36 + i * groupWidth},0)`}>
            {metrics.map((m, j) => {
              const h = scale(row.counts[m.key] ?? 0)
              return (
                <rect key={m.key} x={j * bar} y={height - h} width={bar - 2} height={h} fill={COLORS[j % COLORS.length]}>
                  <title>{`${periodLabel(row.period)} ${m.label}：${row.counts[m.key] ?? 0}`}</title>
                </rect>
              )
            })}
            <text x={(metrics.length * bar) / 2} y={height + 16} fontSize={11} textAnchor="middle" fill="currentColor">
              {table.options.period === 'year' ? row.period : row.period.slice(2)}
            </text>
          </g>
        ))}
      </svg>
      <figcaption style={{ display: 'flex', gap: 16, fontSize: 13 }}>
        {metrics.map((m, j) => (
          <span key={m.key}>
            <span style={{ display: 'inline-block', width: 10, height: 10, background: COLORS[j % COLORS.length], marginRight: 4 }} />
            {m.label}
          </span>
        ))}
      </figcaption>
    </figure>
  )
}
