import path from 'node:path'

import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'

import { Articles } from './collections/Articles'
import { Correspondents } from './collections/Correspondents'
import { Galleries } from './collections/Galleries'
import { Honors } from './collections/Honors'
import { Media } from './collections/Media'
import { ModelWorkers } from './collections/ModelWorkers'
import { Organizations } from './collections/Organizations'
import { SensitiveWords } from './collections/SensitiveWords'
import { Submissions } from './collections/Submissions'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { accessTranslations } from './src/access/messages'
import { VideoCampaigns } from './collections/VideoCampaigns'
import { YearlyReviews } from './collections/YearlyReviews'
import { databaseAdapter } from './src/db'
import { repairOnInit } from './src/db/migrate'
import { answerDatabaseUnavailable } from './src/db/unavailable'
import { resolveSecret } from './src/db/secret'
import { sqliteDeleteRules } from './src/db/deleteRules'
import { configuredSharp } from './src/media/sharpSettings'
import { mediaStorage } from './src/media/storage'
import { mediaUploadConfig } from './src/media/uploadConfig'
import { projectRoot } from './src/lib/paths'
import { richTextEditor } from './src/richtext/editor'
import { setting } from './src/settings'
import { statsAdminComponents, statsEndpoint } from './src/stats'
import { keepClientErrorMessages } from './src/security/errorMessages'
import { healthEndpoint } from './src/security/health'
import { graphQLConfig, trustedOrigins } from './src/security'
import { jobsConfig } from './src/workflow/jobs'

export default buildConfig({
  serverURL: setting('SERVER_URL'),
  // Cookie-authenticated requests are trusted only from these origins (CSRF), and only they may
  // call the API from a browser (CORS).
  csrf: trustedOrigins(),
  cors: trustedOrigins(),
  graphQL: graphQLConfig,
  endpoints: [healthEndpoint, statsEndpoint],
  hooks: { afterError: [answerDatabaseUnavailable, keepClientErrorMessages] },
  secret: resolveSecret(),
  db: databaseAdapter(),
  editor: richTextEditor,
  sharp: configuredSharp(),
  collections: [Articles, ModelWorkers, Galleries, VideoCampaigns, YearlyReviews, Submissions, Media, Topics, Organizations, Honors, Correspondents, SensitiveWords, Users],
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · 工会宣传内容管理系统' },
    importMap: { baseDir: projectRoot },
    components: { beforeDashboard: ['/src/workflow/admin/ReviewQueue#ReviewQueue', '/src/federation/admin/IncomingQueue#IncomingQueue'], ...statsAdminComponents },
  },
  i18n: {
    fallbackLanguage: 'zh',
    supportedLanguages: { zh, en },
    translations: accessTranslations,
  },
  upload: mediaUploadConfig(),
  plugins: [mediaStorage(), sqliteDeleteRules()],
  // Types are generated on purpose (`npm run generate:types`), not on every dev start.
  typescript: { outputFile: path.join(projectRoot, 'payload-types.ts'), autoGenerate: false },
  jobs: jobsConfig,
  onInit: repairOnInit,
  telemetry: false,
})
