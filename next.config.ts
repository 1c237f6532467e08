import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tests and scripts included) once; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Mails are rendered by React Email in route handlers. Bundled there, it would get React's server-component
  // build, which has neither react-dom/server nor class components; loaded by Node it gets the ordinary React.
  serverExternalPackages: ['@react-email/components'],
  // Title, canonical and hreflang links in the <head> of the HTML for every client: Next otherwise streams them into
  // the body for most browsers and crawlers, and the front server's page cache keeps whatever the first reader got.
  htmlLimitedBots: /.*/,
  turbopack: {
    rules: {
      // Payload's date picker with German fallback formats (the schedule dialog cannot be configured): see the loader.
      '*.js': {
        condition: { all: [{ path: /@payloadcms[\\/]ui[\\/]dist[\\/]exports[\\/]client[\\/]/ }, { content: /"MMM d, yyy h:mm a"/ }] },
        loaders: [path.resolve(import.meta.dirname, 'src/admin/germanDatePickerLoader.cjs')],
      },
    },
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
