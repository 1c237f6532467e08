/**
 * Media on S3-compatible storage: on when S3_BUCKET is set (then every app
 * instance, the worker and the backup see the same files), the local folder
 * otherwise. One place reads the settings, for Payload's storage adapter and
 * for the backup alike.
 */
import path from 'node:path'

import type { S3ClientConfig } from '@aws-sdk/client-s3'

/** Settings come from the environment (or, in tests, a plain object of the same variables). */
export type Env = Record<string, string | undefined>

export type S3Settings = { bucket: string; client: S3ClientConfig }

export function s3Settings(env: Env = process.env): S3Settings | null {
  const bucket = env.S3_BUCKET
  if (!bucket) return null
  // The SDK is pinned (package.json); its note that later releases need Node 22 says nothing about this one.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'
  return {
    bucket,
    client: {
      region: env.S3_REGION || 'us-east-1',
      endpoint: env.S3_ENDPOINT || undefined,
      // Most S3-compatible servers (MinIO, s3rver, Ceph) want bucket names in the path, not the host name.
      forcePathStyle: env.S3_FORCE_PATH_STYLE !== 'false',
      credentials:
        env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
          ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
          : undefined,
      // The SDK's default checksums frame streamed uploads as aws-chunked; servers that do not
      // understand that framing store it inside the file, silently corrupt. Only when required.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    },
  }
}

/** The local media folder (when S3 is not configured). */
export function localMediaDir(env: Env = process.env): string {
  return path.resolve(env.MEDIA_DIR || 'media')
}
