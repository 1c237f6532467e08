import path from 'path'
import { fileURLToPath } from 'url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { de } from '@payloadcms/translations/languages/de'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from './src/collections/Articles'
import { Categories } from './src/collections/Categories'
import { formBuilder } from './src/collections/Forms'
import { EventRegistrations } from './src/collections/EventRegistrations'
import { Events } from './src/collections/Events'
import { Media } from './src/collections/Media'
import { MemberOrganisations } from './src/collections/MemberOrganisations'
import { NewsletterDeliveries } from './src/collections/NewsletterDeliveries'
import { NewsletterIssues } from './src/collections/NewsletterIssues'
import { NewsletterSubscribers } from './src/collections/NewsletterSubscribers'
import { NewsletterUnsubscribeTokens } from './src/collections/NewsletterUnsubscribeTokens'
import { Pages } from './src/collections/Pages'
import { pageNesting } from './src/collections/Pages/nesting'
import { Projects } from './src/collections/Projects'
import { Redirects } from './src/collections/Redirects'
import { Users } from './src/collections/Users'
import { LOGIN_TRANSLATIONS } from './src/collections/Users/loginLimits'
import { withMemberAdminView } from './src/access/memberAdminView'
import { restrictJobStats } from './src/access/systemGlobals'
import { withPublicCacheInvalidation, withPublicGlobalInvalidation } from './src/cache/invalidation'
import { bodyEditor } from './src/fields/richText'
import { withStrictInput } from './src/fields/strictInput'
import { Navigation } from './src/globals/Navigation'
import { SiteSettings } from './src/globals/SiteSettings'
import { badInputAs400 } from './src/lib/badInput'
import { withCheckedCommits } from './src/lib/checkedCommit'
import { emailAdapter } from './src/lib/email'
import { jobsAccess } from './src/jobs/access'
import { mediaStoragePlugins } from './src/lib/mediaStorage'
import { projectRoot } from './src/lib/projectRoot'
import { resilientPg } from './src/lib/resilientPg'
import { sendNewsletterIssueTask } from './src/jobs/newsletter/sendTask'
import { deleteExpiredFormSubmissionsTask, deleteExpiredRegistrationsTask } from './src/jobs/retention/tasks'
import { MAX_UPLOAD_BYTES } from './src/lib/uploadLimit'
import { resolvePayloadSecret } from './src/lib/secret'
import { addSearchColumns } from './src/search/schema'

// The project folder, also when this file is part of the compiled server in dist/.
const dirname = projectRoot(path.dirname(fileURLToPath(import.meta.url)))

export default buildConfig({
  secret: resolvePayloadSecret(),
  serverURL: process.env.NEXT_PUBLIC_SERVER_URL || undefined,
  admin: {
    user: Users.slug,
    // Gravatar would be an outside request on every admin page; the site must work offline.
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' – Essener Verbund der Immigrantenvereine' },
    dateFormat: 'dd.MM.yyyy HH:mm',
    // Essen's time: scheduling and dates are entered and shown in Europe/Berlin.
    timezones: {
      supportedTimezones: [{ label: 'Deutschland (Europe/Berlin)', value: 'Europe/Berlin' }],
      defaultTimezone: 'Europe/Berlin',
    },
    livePreview: {
      breakpoints: [
        { name: 'mobile', label: 'Smartphone', width: 390, height: 844 },
        { name: 'tablet', label: 'Tablet', width: 820, height: 1180 },
        { name: 'desktop', label: 'Desktop', width: 1440, height: 900 },
      ],
    },
  },
  // Only German is offered, so every browser gets the German admin whatever it asks for.
  // One answer for every failed login (src/collections/Users/loginLimits.ts).
  i18n: { supportedLanguages: { de }, fallbackLanguage: 'de', translations: LOGIN_TRANSLATIONS },
  // Content languages. Reader-facing text fields are localized; German is the default and fallback.
  localization: {
    locales: [
      { code: 'de', label: 'Deutsch' },
      { code: 'tr', label: 'Türkçe' },
      { code: 'ar', label: 'العربية', rtl: true },
      { code: 'en', label: 'English' },
      { code: 'ru', label: 'Русский' },
    ],
    defaultLocale: 'de',
    fallback: true,
  },
  // Public content announces its changes, so every instance refreshes its cached pages (src/cache/).
  // Member representatives see only their organisation and account in the admin.
  // Values of the wrong type (an object for a title) are refused with a 400 before Payload would store their text.
  collections: withMemberAdminView(
    withStrictInput(withPublicCacheInvalidation([
      Articles,
      Categories,
      Media,
      Pages,
      MemberOrganisations,
      NewsletterIssues,
      NewsletterDeliveries,
      NewsletterSubscribers,
      NewsletterUnsubscribeTokens,
      Redirects,
      Users,
      Events,
      EventRegistrations,
      Projects,
    ])),
  ),
  globals: withMemberAdminView(withPublicGlobalInvalidation([SiteSettings, Navigation])),
  editor: bodyEditor,
  // Nothing uses GraphQL (the admin and the site use REST and the Local API); switched off, it answers nobody.
  graphQL: { disable: true },
  // Malformed ids, filter values and upload bodies are the client's mistake: 400, not 500.
  hooks: { afterError: [badInputAs400] },
  // A failed commit is an error, not a success (src/lib/checkedCommit.ts).
  db: withCheckedCommits(postgresAdapter({
    // Time limits, lost connections replaced, a read cut off with its connection retried once (src/lib/resilientPg.ts).
    pg: resilientPg,
    pool: { connectionString: process.env.DATABASE_URL || '' },
    // The schema changes only through the committed migrations in /migrations.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
    // Full-text search columns (generated by PostgreSQL) for /suche.
    afterSchemaInit: [addSearchColumns],
  })),
  email: emailAdapter(),
  upload: {
    limits: { fileSize: MAX_UPLOAD_BYTES },
    // Announced sizes are refused earlier with a German message (src/app/(payload)/api/[...slug]/route.ts).
    abortOnLimit: true,
  },
  // Scheduled publishing runs as jobs; the in-process cron starts with the server (src/instrumentation.ts).
  // Personal data of the forms is deleted nightly (src/jobs/retention/, scheduled by the same cron).
  // Sending migo runs on the `newsletter` queue, polled by its worker (src/jobs/newsletter/worker.ts).
  jobs: {
    // Only staff run, queue, cancel or read jobs (src/jobs/access.ts).
    ...jobsAccess,
    tasks: [sendNewsletterIssueTask, deleteExpiredRegistrationsTask, deleteExpiredFormSubmissionsTask],
    // JOBS_AUTORUN=false: this process neither queues scheduled tasks nor runs jobs (another instance does).
    autoRun: () => (process.env.JOBS_AUTORUN === 'false' ? [] : [{ cron: '* * * * *', queue: 'default', limit: 50 }]),
  },
  // Editors build forms (forms, form-submissions): src/collections/Forms/. Pages nest with breadcrumbs.
  // Uploads go to S3 when S3_BUCKET is set, else to the local media folder (src/lib/mediaStorage.ts).
  plugins: [formBuilder, pageNesting, ...mediaStoragePlugins()],
  onInit: restrictJobStats,
  sharp,
  // Written by `npm run generate` only: Payload's default regenerates it whenever it starts outside production (every
  // test file, in a child process), from whatever that environment configures (S3 storage adds a field).
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts'), autoGenerate: false },
  telemetry: false,
})
