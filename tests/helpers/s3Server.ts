/**
 * A real S3-compatible server for tests: the npm package `s3rver`, started as
 * a process of its own with its files in a temporary folder. `environment()`
 * gives the settings that point the site (src/lib/s3.ts) at one of its buckets.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'

import { s3Settings } from '../../src/lib/s3'
import { freePort } from './postgresServer'
import { PROJECT_DIR } from './runScript'

export type S3TestServer = {
  endpoint: string
  /** The settings for a bucket on this server (created by `createBucket`). */
  environment: (bucket: string) => Record<string, string>
  createBucket: (bucket: string) => Promise<void>
  /** Every object of a bucket, by key, as its bytes. */
  objects: (bucket: string) => Promise<Map<string, Buffer>>
  stop: () => Promise<void>
}

export async function startS3Server(): Promise<S3TestServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evi-s3rver-'))
  const port = await freePort()
  const child = spawn(process.execPath, [path.join(PROJECT_DIR, 'node_modules/s3rver/bin/s3rver.js'), '-d', dir, '-a', '127.0.0.1', '-p', String(port), '-s'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let errors = ''
  child.stderr.on('data', (chunk) => (errors += chunk))
  const endpoint = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 20_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`s3rver exited (${child.exitCode}): ${errors}`)
    const up = await fetch(endpoint).then(
      () => true,
      () => false,
    )
    if (up) break
    if (Date.now() > deadline) throw new Error(`s3rver did not answer within 20 s: ${errors}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }

  const environment = (bucket: string) => ({
    S3_BUCKET: bucket,
    S3_ENDPOINT: endpoint,
    S3_REGION: 'us-east-1',
    // s3rver's fixed test credentials.
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
  })
  const clientFor = (bucket: string) => new S3Client(s3Settings(environment(bucket))!.client)

  return {
    endpoint,
    environment,
    async createBucket(bucket) {
      const client = clientFor(bucket)
      await client.send(new CreateBucketCommand({ Bucket: bucket }))
      client.destroy()
    },
    async objects(bucket) {
      const client = clientFor(bucket)
      const result = new Map<string, Buffer>()
      let token: string | undefined
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }))
        for (const { Key } of page.Contents ?? []) {
          const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key }))
          result.set(Key!, Buffer.from(await object.Body!.transformToByteArray()))
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined
      } while (token)
      client.destroy()
      return result
    },
    stop: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          fs.rmSync(dir, { recursive: true, force: true })
          resolve()
        }
        if (child.exitCode !== null) return done()
        child.once('exit', done)
        child.kill('SIGTERM')
      }),
  }
}
