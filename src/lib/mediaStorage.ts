/**
 * Payload's storage for uploads: the S3 bucket when S3_BUCKET is set (see
 * src/lib/s3.ts), the local media folder otherwise. File URLs are the same in
 * both modes (/api/media/file/<name>, served by Payload from wherever the
 * file is), so pages, mails and stored rich text need no change when a site
 * moves to S3. The plugin's fields are always added, so the schema (and the
 * migrations) are the same in both modes.
 */
import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import { s3Settings, type Env } from './s3'

export function mediaStoragePlugins(env: Env = process.env): Plugin[] {
  const s3 = s3Settings(env)
  return [
    s3Storage({
      enabled: Boolean(s3),
      alwaysInsertFields: true,
      collections: { media: true },
      bucket: s3?.bucket ?? '',
      config: s3?.client ?? {},
    }),
  ]
}
