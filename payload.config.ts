import path from 'path'
import { fileURLToPath } from 'url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { de } from '@payloadcms/translations/languages/de'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from './src/collections/Articles'
import { Categories } from './src/collections/Categories'
import { Media } from './src/collections/Media'
import { MemberOrganisations } from './src/collections/MemberOrganisations'
import { NewsletterIssues } from './src/collections/NewsletterIssues'
import { Pages } from './src/collections/Pages'
import { Users } from './src/collections/Users'
import { bodyEditor } from './src/fields/richText'
import { Navigation } from './src/globals/Navigation'
import { SiteSettings } from './src/globals/SiteSettings'
import { emailAdapter } from './src/lib/email'
import { MAX_UPLOAD_BYTES } from './src/lib/uploadLimit'
import { resolvePayloadSecret } from './src/lib/secret'

const dirname = path.dirname(fileURLToPath(import.meta.url))

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
  i18n: { supportedLanguages: { de }, fallbackLanguage: 'de' },
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
  collections: [Articles, Categories, Media, Pages, MemberOrganisations, NewsletterIssues, Users],
  globals: [SiteSettings, Navigation],
  editor: bodyEditor,
  db: postgresAdapter({
    pool: { connectionString: process.env.DATABASE_URL || '' },
    // The schema changes only through the committed migrations in /migrations.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
  }),
  email: emailAdapter(),
  upload: {
    limits: { fileSize: MAX_UPLOAD_BYTES },
    // Announced sizes are refused earlier with a German message (src/app/(payload)/api/[...slug]/route.ts).
    abortOnLimit: true,
  },
  // Scheduled publishing runs as jobs; the in-process cron starts with the server (src/instrumentation.ts).
  jobs: {
    autoRun: [{ cron: '* * * * *', queue: 'default', limit: 50 }],
    shouldAutoRun: () => process.env.JOBS_AUTORUN !== 'false',
  },
  sharp,
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  telemetry: false,
})
