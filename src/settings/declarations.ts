/**
 * Every environment variable the application reads, declared once: its kind (how it is parsed and
 * checked), the default the README shows, what it means, its group, and `pages: true` when its
 * value changes what the published pages contain (the publisher keys its reuse of pages on those,
 * see pageSettings() in ./index.ts). The README's configuration table is generated from this list
 * (`npm run docs:settings`), in this order; how to add one: ./README.md.
 */
import os from 'node:os'

import { checkHttpURL, cron, databaseURI, decimal, flag, httpURL, integer, oneOf, port, text, timeZone, type Kind } from './kinds'

/** Groups, in the README's order; `internal` ones are listed in a table of their own. */
export const GROUPS = { server: 'Server', site: 'Public site', jobs: 'Jobs queue', media: 'Uploads', wechat: 'WeChat official account (公众号)', internal: 'Tests and internal' } as const

export type Declaration<T> = Kind<T> & {
  group: keyof typeof GROUPS
  /** The README's "default" column (Markdown). */
  shown: string
  /** The README's "meaning" column (Markdown, one paragraph). */
  meaning: string
  /** The value changes what the rendered public pages contain. */
  pages?: true
}

const declare = <T>(kind: Kind<T>, rest: Omit<Declaration<T>, keyof Kind<T>>): Declaration<T> => ({ ...kind, ...rest })

const cores = () => (typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length)

/** `http://localhost:$PORT` unless SITE_URL is set; no trailing slash. */
const siteURLKind: Kind<string> = {
  type: 'http(s) URL',
  parse: (raw, name, env) => {
    const value = raw ?? `http://localhost:${port(3000).parse(env.PORT?.trim() || undefined, 'PORT', env)}`
    return checkHttpURL(value, name, 'https://www.example.org').href.replace(/\/+$/, '')
  },
}

export const DECLARATIONS = {
  DATABASE_URI: declare(databaseURI(), {
    group: 'server',
    shown: 'unset → `data/union-cms.db`',
    meaning:
      'unset: embedded SQLite file, created on first run (WAL mode). `file:<path>`: SQLite at that path (relative to the checkout). `postgres://user:password@host:5432/name` (or `postgresql://`): PostgreSQL, schema from `migrations/postgres/` (the database is created when missing and the user may). `mongodb://…` or `mongodb+srv://…`: MongoDB. Anything else: the process refuses to start and names the accepted forms.',
  }),
  POSTGRES_POOL_SIZE: declare(integer(10), {
    group: 'server',
    shown: '`10`',
    meaning: 'PostgreSQL only: connections each server process keeps open. Several servers × this must stay under the database\'s `max_connections`.',
  }),
  PAYLOAD_SECRET: declare(text(), {
    group: 'server',
    shown: 'generated',
    meaning:
      'Signs logins. **Required when `NODE_ENV=production`**; without it the server refuses to start. In development a random secret is generated on first run into `.payload-secret` (git-ignored), so logins survive restarts.',
  }),
  NODE_ENV: declare(text(), {
    group: 'server',
    shown: 'unset',
    meaning: '`production` makes the secret mandatory. `npm start` always runs the server itself in production mode.',
  }),
  PORT: declare(port(3000), { group: 'server', shown: '`3000`', meaning: 'Port `npm start` listens on.' }),
  HOST: declare(text('0.0.0.0'), { group: 'server', shown: '`0.0.0.0`', meaning: 'Interface `npm start` listens on (`127.0.0.1` for local only).' }),
  SERVER_URL: declare(httpURL('https://cms.example.org'), {
    group: 'server',
    shown: 'unset',
    meaning:
      'Public address of the admin and API, e.g. `https://cms.example.org`. Cookie-authenticated requests (CSRF) and browser API calls (CORS) are accepted only from this origin and from `localhost:$PORT`.',
  }),
  API_CACHE_SECONDS: declare(decimal(5, { zero: true }), {
    group: 'server',
    shown: '`5`',
    meaning:
      'Anonymous REST reads of public collections are cached this long (changes saved through the server clear the cache at once); `0` turns the cache off.',
  }),
  LOGIN_MAX_ATTEMPTS: declare(integer(5), { group: 'server', shown: '`5`', meaning: 'Failed logins before an account is locked.' }),
  LOGIN_LOCK_MINUTES: declare(decimal(10), { group: 'server', shown: '`10`', meaning: 'How long a locked account stays locked.' }),
  UNION_CMS_SKIP_BUILD: declare(flag(false), {
    group: 'server',
    shown: 'unset',
    meaning:
      '`1`: `npm start` does not run `next build` even when the build is missing or older than the sources (for deployments that build in a separate step).',
  }),
  MALLOC_ARENA_MAX: declare(integer(2), {
    group: 'server',
    shown: '`2`',
    meaning:
      "glibc memory arenas of the server `npm start` launches: sharp's threads otherwise grow the server's memory during bursts of uploads. It has to be set before Node starts, so `npm start` passes it to the server.",
  }),
  PAYLOAD_LOG_LEVEL: declare(oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'warn'), {
    group: 'server',
    shown: '`warn`',
    meaning: "How much of Payload's log `npm run import` shows (on stderr, beside its progress).",
  }),

  SITE_DIR: declare(text('dist/site'), {
    group: 'site',
    shown: '`dist/site`',
    meaning:
      'Where the public static site is published. It is a symlink switched atomically to the newest build (`<SITE_DIR>.builds/`). Refused when it is the project folder, inside it (`src/`, `data/`…) or overlaps `media/`.',
  }),
  SITE_URL: declare(siteURLKind, {
    group: 'site',
    pages: true,
    shown: '`http://localhost:$PORT`',
    meaning: 'Public address of the site, used for canonical links, feeds, the sitemap and Open Graph.',
  }),
  SITE_NAME: declare(text('江澄职工之家'), { group: 'site', pages: true, shown: '`江澄职工之家`', meaning: 'Site title.' }),
  SITE_DESCRIPTION: declare(text('工会新闻、劳模工匠风采、图片视频与年度工作回眸。'), {
    group: 'site',
    pages: true,
    shown: '(demo text)',
    meaning: 'Default page description.',
  }),
  SITE_TIMEZONE: declare(timeZone('Asia/Shanghai'), {
    group: 'site',
    pages: true,
    shown: '`Asia/Shanghai`',
    meaning: 'Time zone of dates on the site, on the sign-off sheet (审签单) and wherever else the CMS shows a date (an IANA name such as `Asia/Urumqi`).',
  }),
  SITE_SEARCH: declare(flag(true), { group: 'site', shown: 'unset', meaning: '`0`: skip building the Pagefind search index.' }),
  SITE_SEARCH_SHARD_PAGES: declare(integer(1000), {
    group: 'site',
    shown: '`1000`',
    meaning:
      'Pages per search-index shard (a whole number). The indexer needs about 0.25 GB per 1,000 pages while it runs, and an edit re-indexes one shard; the shards are then merged into the one index readers download, so their size does not change what a search costs a reader.',
  }),
  PUBLISHER_IDLE_MINUTES: declare(integer(15), {
    group: 'site',
    shown: '`15`',
    meaning:
      "The server's publisher process (it keeps the site data in memory between publishes) exits after this many minutes (a whole number) without work; the next publish starts it again. `npm start` refuses a value that is not a whole number, as it does for every setting here.",
  }),
  SITE_AUTOPUBLISH: declare(flag(true), {
    group: 'site',
    shown: 'unset',
    meaning: '`0`: do not republish the site automatically after changes (then run `npm run publish`).',
  }),

  JOBS_AUTORUN: declare(flag(true), {
    group: 'jobs',
    shown: 'unset',
    meaning:
      '`0`: this process does not run the jobs queue (scheduled publishing, site publishing). With several servers, leave it on for exactly one.',
  }),
  JOBS_CRON: declare(cron('*/10 * * * * *'), {
    group: 'jobs',
    shown: '`*/10 * * * * *`',
    meaning: 'How often the jobs queue looks for due jobs (cron with seconds).',
  }),

  MEDIA_MAX_PHOTO_MB: declare(decimal(40), { group: 'media', shown: '`40`', meaning: 'Largest photo upload, in MB.' }),
  MEDIA_MAX_MEGAPIXELS: declare(decimal(100), { group: 'media', shown: '`100`', meaning: 'Most pixels a photo may have, in millions.' }),
  MEDIA_MAX_VIDEO_MB: declare(decimal(1024), { group: 'media', shown: '`1024`', meaning: 'Largest video upload, in MB.' }),
  MEDIA_UPLOAD_TMP_DIR: declare(text(), {
    group: 'media',
    shown: '`<system temp>/union-cms-uploads`',
    meaning: 'Where uploads are streamed while they are checked; each file is deleted when its request ends.',
  }),
  MEDIA_RENDER_CONCURRENCY: declare(integer(() => Math.max(1, Math.min(4, cores()))), {
    group: 'media',
    shown: 'CPU cores, at most 4',
    meaning: 'Photos decoded and resized at once; other uploads wait their turn.',
  }),
  MEDIA_SHARP_THREADS: declare(integer(() => Math.min(2, cores())), {
    group: 'media',
    shown: 'CPU cores, at most 2',
    meaning: 'libvips threads each photo render uses.',
  }),
  MEDIA_S3_BUCKET: declare(text(), {
    group: 'media',
    pages: true,
    shown: 'unset',
    meaning:
      'Keep uploads in this S3-compatible bucket instead of `media/` (src/media/README.md, "Storage beyond one server"). The CMS does not start unless the store answers within 5 s and the key may read, write and delete in the bucket.',
  }),
  MEDIA_S3_REGION: declare(text('us-east-1'), { group: 'media', shown: '`us-east-1`', meaning: 'Region of the bucket.' }),
  MEDIA_S3_ENDPOINT: declare(httpURL('https://minio.example.org:9000'), {
    group: 'media',
    shown: 'unset (AWS)',
    meaning: 'Address of an S3-compatible store (MinIO…).',
  }),
  MEDIA_S3_ACCESS_KEY_ID: declare(text(), {
    group: 'media',
    shown: 'unset',
    meaning: 'Access key of the store; set together with `MEDIA_S3_SECRET_ACCESS_KEY`, or neither for the AWS default credentials.',
  }),
  MEDIA_S3_SECRET_ACCESS_KEY: declare(text(), { group: 'media', shown: 'unset', meaning: 'Secret key of the store (see above).' }),
  MEDIA_S3_FORCE_PATH_STYLE: declare(oneOf(['true', 'false']), {
    group: 'media',
    shown: '`true` with an endpoint',
    meaning: '`true`: address files as endpoint/bucket/key, as MinIO and most S3-compatible stores want.',
  }),
  MEDIA_S3_PREFIX: declare(text(), { group: 'media', pages: true, shown: 'unset', meaning: 'Folder inside the bucket; every file is at `<prefix>/<name>` (changing it means moving the files).' }),
  MEDIA_S3_PUBLIC_URL: declare(httpURL('https://cdn.example.org/media'), {
    group: 'media',
    pages: true,
    shown: 'unset',
    meaning:
      'Public address of the bucket (a CDN, or the store itself): the site and the admin link files there (`<address>/<prefix>/<name>`) and publishing copies none into the site. Anyone with an address can read the file, drafts\' photos included. Unset, the site gets copies from the store.',
  }),

  WECHAT_APP_ID: declare(text(), {
    group: 'wechat',
    shown: 'unset',
    meaning:
      'AppID (开发者 ID) of the office\'s WeChat official account, from the WeChat platform\'s "设置与开发 › 基本配置". With `WECHAT_APP_SECRET` it lets editors push approved pieces to the account\'s draft box; unset, a push is refused with a message saying what to set.',
  }),
  WECHAT_APP_SECRET: declare(text(), {
    group: 'wechat',
    shown: 'unset',
    meaning:
      'AppSecret (开发者密码) of the same account; set together with `WECHAT_APP_ID`. Never shown in logs, error messages or here. The server\'s outgoing IP address must be in the account\'s IP whitelist (same page), or WeChat refuses every call.',
  }),
  WECHAT_API_BASE: declare(
    {
      type: 'http(s) URL',
      parse: (raw, name) => checkHttpURL(raw ?? 'https://api.weixin.qq.com', name, 'https://api.weixin.qq.com').href.replace(/\/+$/, ''),
    },
    {
      group: 'wechat',
      shown: '`https://api.weixin.qq.com`',
      meaning: 'Address of the WeChat API, so a test server can stand in for it (the tests point it at a local stand-in); no trailing slash.',
    },
  ),

  UNION_CMS_ROOT: declare(text(), {
    group: 'internal',
    shown: 'the checkout',
    meaning: 'Folder holding `data/` and `media/` (tests point it at a temporary folder).',
  }),
  UNION_CMS_DB_TRANSACTIONS: declare(oneOf(['on', 'off'], 'on'), {
    group: 'internal',
    shown: '`on`',
    meaning:
      '`off`: SQLite saves without transactions, as the adapter ran before; only for measuring the difference (`npm run bench:load`, `npm run bench:crash -- --compare`), not for an office\'s server.',
  }),
  MONGODB_URI: declare(text(), { group: 'internal', shown: 'unset', meaning: 'Tests only: also run the integration suite against this MongoDB.' }),
  PAYLOAD_MIGRATING: declare(oneOf(['true', 'false']), {
    group: 'internal',
    shown: 'unset',
    meaning: "Set to `true` by Payload's `migrate` commands (and the publish benchmark), which manage migrations themselves: the start-up migrations and repairs are skipped.",
  }),
  NEXT_RUNTIME: declare(oneOf(['nodejs', 'edge']), {
    group: 'internal',
    shown: 'set by Next.js',
    meaning: '`nodejs` or `edge`: Payload (with its jobs cron) is started only in the Node.js runtime (src/instrumentation.ts).',
  }),
} satisfies Record<string, Declaration<unknown>>

export type SettingName = keyof typeof DECLARATIONS
export type SettingValue<N extends SettingName> = ReturnType<(typeof DECLARATIONS)[N]['parse']>
