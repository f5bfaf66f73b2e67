import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { isStaffUser } from '../access/roles'
import { KINDS, type PublishableSlug } from '../kinds'
import { siteTimeZone } from '../settings'
import { roleLabel, STAGE_LABELS, type Stage } from './stages'

const escapeHTML = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** When each step happened, in the site's time zone (SITE_TIMEZONE), like every date the office reads. */
const time = (iso: unknown) =>
  typeof iso === 'string' && iso ? new Date(iso).toLocaleString('zh-CN', { timeZone: siteTimeZone(), hour12: false }) : ''

type LogEntry = { action?: string; from?: Stage; to?: Stage; userName?: string; role?: string; at?: string; comment?: string; proofPass?: string; warnings?: string }

/** The printable sign-off sheet (审签单) of one document: title, author, every review step, final sign-off. */
export function renderSignoffSheet(collectionLabel: string, doc: Record<string, unknown>): string {
  const log = (doc.reviewLog as LogEntry[] | undefined) ?? []
  const title = (doc.title ?? doc.name) as string
  const author = doc.createdBy as { name?: string; email?: string } | string | number | undefined
  const authorName = typeof author === 'object' && author ? author.name || author.email : ''
  const bylines = ((doc.bylines as { role?: string; name?: string }[] | undefined) ?? []).map((b) => `${b.role ?? ''} ${b.name ?? ''}`.trim()).join('　')
  const finalSignoff = [...log].reverse().find((e) => e.to === 'approved' && e.from === 'edited') ?? [...log].reverse().find((e) => e.to === 'approved')
  const rows = log
    .map(
      (e, i) => `<tr><td>${i + 1}</td><td>${escapeHTML(time(e.at))}</td><td>${escapeHTML(e.action)}${e.proofPass ? `（${escapeHTML(e.proofPass)}）` : ''}</td>
<td>${escapeHTML(e.from ? STAGE_LABELS[e.from]?.zh : '')} → ${escapeHTML(e.to ? STAGE_LABELS[e.to]?.zh : '')}</td>
<td>${escapeHTML(e.userName)}<br><small>${escapeHTML(roleLabel(e.role))}</small></td><td class="c">${escapeHTML(e.comment)}${e.warnings ? `<div class="w">敏感词提示：${escapeHTML(e.warnings)}</div>` : ''}</td></tr>`,
    )
    .join('\n')
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>审签单 · ${escapeHTML(title)}</title>
<style>
body{font:14px/1.6 system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:2em auto;max-width:60em;color:#111}
h1{font-size:22px;text-align:center;letter-spacing:.3em}table{width:100%;border-collapse:collapse;margin:1em 0}
th,td{border:1px solid #444;padding:6px 8px;vertical-align:top;text-align:left}th{background:#f2f2f2;white-space:nowrap}
.c{white-space:pre-wrap}.w{color:#a40;font-size:12px;white-space:pre-wrap}.sign{margin-top:2em;display:flex;justify-content:space-between}
@media print{.hint{display:none}body{margin:0}}
</style></head><body>
<p class="hint">打印：请使用浏览器的“打印”（Ctrl+P）。</p>
<h1>稿件审签单</h1>
<table>
<tr><th>稿件类型</th><td>${escapeHTML(collectionLabel)}</td><th>当前阶段</th><td>${escapeHTML(STAGE_LABELS[(doc.reviewStage as Stage) ?? 'draft']?.zh)}</td></tr>
<tr><th>标题</th><td colspan="3">${escapeHTML(title)}${doc.subtitle ? `<br><small>——${escapeHTML(doc.subtitle)}</small>` : ''}</td></tr>
<tr><th>作者</th><td>${escapeHTML(bylines || authorName)}</td><th>录入人</th><td>${escapeHTML(authorName)}</td></tr>
<tr><th>发布状态</th><td>${doc._status === 'published' ? '已发布' : '未发布'}</td><th>发布时间</th><td>${escapeHTML(time(doc.publishedAt))}</td></tr>
</table>
<h2>审核流程</h2>
<table><thead><tr><th>#</th><th>时间</th><th>操作</th><th>阶段</th><th>操作人</th><th>意见</th></tr></thead>
<tbody>${rows || '<tr><td colspan="6">尚无审核记录</td></tr>'}</tbody></table>
<h2>终审签发</h2>
<p>${finalSignoff ? `终审：${escapeHTML(finalSignoff.userName)}　时间：${escapeHTML(time(finalSignoff.at))}${finalSignoff.comment ? `　意见：${escapeHTML(finalSignoff.comment)}` : ''}` : '尚未终审签发'}</p>
<div class="sign"><span>责编签字：____________</span><span>终审签字：____________</span><span>日期：____________</span></div>
</body></html>`
}

/** `GET /api/<collection>/:id/signoff` — staff only; reads the latest version with the caller's access. */
export const signoffEndpoint = (collection: PublishableSlug): Endpoint => ({
  path: '/:id/signoff',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!isStaffUser(req.user)) {
      return Response.json({ errors: [{ message: '请先登录后再查看审签单。' }] }, { status: 401 })
    }
    const id = req.routeParams?.id as string
    try {
      const doc = await req.payload.findByID({ collection, id, draft: true, depth: 1, user: req.user, overrideAccess: false, req })
      return new Response(renderSignoffSheet(KINDS[collection].name, doc as unknown as Record<string, unknown>), {
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
      })
    } catch {
      return Response.json({ errors: [{ message: '找不到该稿件，或您无权查看。' }] }, { status: 404 })
    }
  },
})
