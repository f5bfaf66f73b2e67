/** 稿件统计 (output statistics, issue 17): the flow is drawn in README.md beside this file. */
export { statsEndpoint } from './endpoint'

/** The admin page (/admin/stats) and its link in the navigation. */
export const statsAdminComponents = {
  views: { stats: { Component: '/src/stats/admin/StatsView#StatsView', path: '/stats' as const } },
  afterNavLinks: ['/src/stats/admin/StatsNavLink#StatsNavLink'],
}
