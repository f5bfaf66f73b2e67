// Browser tests of the public site: Debian's chromium driven by playwright-core (Playwright's own
// browser downloads cannot work on these machines, so `.ci/run` installs the `chromium` package),
// the published site served over real HTTP by `serveSite`, and axe-core run inside the pages.
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { Readable } from 'node:stream'

import type { Browser, Page } from 'playwright-core'

import { serveSite } from '../../src/publish/siteFiles'

/** Debian's chromium, or another build named by CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * Why the browser tests cannot run here, or null when they can. On CI a missing chromium is an
 * error (`.ci/run` installs it), never a reason to skip.
 */
export function chromiumUnavailable(): string | null {
  if (fs.existsSync(CHROMIUM_PATH)) return null
  const reason = `${CHROMIUM_PATH} is missing: install it with \`apt-get update && apt-get install -y chromium\` (bash .ci/run does this)`
  if (process.env.CI) throw new Error(`CI: ${reason}`)
  return reason
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core')
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 60_000 })
}

export type SiteServer = { url: string; close: () => Promise<void> }

/**
 * Serve `siteDir` on 127.0.0.1 and a free port through `serveSite`, so status codes, redirects,
 * ranges and the security headers (CSP included) are the ones readers get.
 */
export async function serveSiteOverHTTP(siteDir: string): Promise<SiteServer> {
  let base = ''
  const server = http.createServer((req, res) => {
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue
      for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v)
    }
    let response: Response
    try {
      response = serveSite(siteDir, new Request(`${base}${req.url ?? '/'}`, { method: req.method, headers }))
    } catch (err) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(err))
      return
    }
    const out: Record<string, string> = {}
    response.headers.forEach((value, name) => (out[name] = value))
    res.writeHead(response.status, out)
    if (!response.body) {
      res.end()
      return
    }
    Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>)
      .on('error', (err) => res.destroy(err))
      .pipe(res)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: base,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

const require = createRequire(import.meta.url)
let axeSource: string | null = null

export type AxeViolation = {
  id: string
  impact: string | null
  help: string
  helpUrl: string
  nodes: { target: unknown[]; html: string; failureSummary?: string }[]
}

/**
 * Run axe-core in the page as it is (its real CSP stays on: the source is evaluated through the
 * DevTools protocol, not added as a <script>) and return the violations of the given impacts.
 */
export async function axeViolations(page: Page, impacts: string[] = ['serious', 'critical']): Promise<AxeViolation[]> {
  axeSource ??= fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object')
  if (!loaded) await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
    }))
  })
  return violations.filter((v) => v.impact !== null && impacts.includes(v.impact))
}

/** Violations as readable text for an assertion message. */
export function formatViolations(where: string, violations: AxeViolation[]): string {
  return violations
    .map((v) =>
      [
        `${where}: [${v.impact}] ${v.id} — ${v.help} (${v.helpUrl})`,
        ...v.nodes.slice(0, 5).map((n) => `    ${JSON.stringify(n.target)} ${n.html.slice(0, 200)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`),
        ...(v.nodes.length > 5 ? [`    … and ${v.nodes.length - 5} more`] : []),
      ].join('\n'),
    )
    .join('\n')
}
