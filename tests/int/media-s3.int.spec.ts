/**
 * Media on S3-compatible storage (a real s3rver process): with the S3
 * settings, every upload and each of its generated sizes lands in the bucket,
 * byte for byte, and nothing in the local folder; the site's image URLs
 * (/api/media/file/…, the same as without S3) answer with the bucket's bytes,
 * for pages and for the images in a migo mail alike; a backup taken from the
 * bucket restores into an empty database and an empty bucket, identical.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'

import type { Media } from '@/payload-types'

import { createDatabase, dropDatabase, runningServer, uniqueName } from '../helpers/postgresServer'
import { runProjectScriptAsync, timeoutForScriptRuns } from '../helpers/runScript'
import { startS3Server } from '../helpers/s3Server'
import { databaseContents, sha256 } from '../helpers/snapshot'

const s3 = await startS3Server()
const bucket = 'evi-media'
await s3.createBucket(bucket)
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'evi-s3-test-'))
// Before the config loads: the storage is chosen then.
Object.assign(process.env, s3.environment(bucket), { MEDIA_DIR: path.join(scratch, 'media') })
const { testPayload } = await import('../helpers/payload')
const { seedDemoContent } = await import('../../src/seed')
const { GET } = await import('@/app/(payload)/api/[...slug]/route')
const { loadIssueForMail, prepareIssueMail } = await import('@/jobs/newsletter/issueMail')

const server = runningServer(inject('serverUrl'))
const restoredDatabase = uniqueName('evi_restore_s3')
let payload: Payload

/** What a browser gets for an image URL of the site (Payload's REST route, as the server runs it). */
async function fetchFromSite(url: string): Promise<{ status: number; type: string | null; bytes: Buffer }> {
  const pathname = new URL(url, 'http://localhost').pathname
  const response = await GET(new Request(`http://localhost${pathname}`), {
    params: Promise.resolve({ slug: pathname.replace(/^\/api\//, '').split('/').map(decodeURIComponent) }),
  })
  return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) }
}

const filesOf = (media: Media) => [media.filename, ...Object.values(media.sizes ?? {}).map((size) => size?.filename)].filter((name): name is string => Boolean(name))

beforeAll(async () => {
  payload = await testPayload()
  await seedDemoContent(payload, [{ name: 'Admin', email: 'admin@s3.test', password: 's3-test-pass-1', role: 'admin' }])
}, 300_000)

afterAll(async () => {
  await dropDatabase(server, restoredDatabase)
  await s3.stop()
  fs.rmSync(scratch, { recursive: true, force: true })
})

it('stores every upload and its sizes in the bucket, none in the local folder', async () => {
  const { docs } = await payload.find({ collection: 'media', pagination: false })
  expect(docs.length).toBeGreaterThan(5)
  const objects = await s3.objects(bucket)
  for (const media of docs) {
    expect(media.url).toBe(`/api/media/file/${encodeURIComponent(media.filename!)}`)
    for (const name of filesOf(media)) expect(objects.has(name), name).toBe(true)
  }
  expect(fs.existsSync(process.env.MEDIA_DIR!) ? fs.readdirSync(process.env.MEDIA_DIR!) : []).toEqual([])

  // A new upload arrives byte for byte.
  const original = fs.readFileSync(path.join(process.cwd(), 'public/og-default.png'))
  const created = await payload.create({
    collection: 'media',
    data: { alt: 'Logo' },
    file: { data: original, mimetype: 'image/png', name: 'logo-s3.png', size: original.length },
  })
  expect(sha256((await s3.objects(bucket)).get(created.filename!)!)).toBe(sha256(original))
})

it('serves the images of pages and of migo mails from the bucket', async () => {
  const objects = await s3.objects(bucket)
  const { docs } = await payload.find({ collection: 'media', pagination: false, where: { mimeType: { like: 'image/' } } })
  for (const media of docs.slice(0, 3)) {
    for (const url of [media.url!, media.sizes?.card?.url, media.sizes?.hero?.url].filter(Boolean) as string[]) {
      const answer = await fetchFromSite(url)
      expect(answer.status, url).toBe(200)
      expect(answer.type).toMatch(/^image\//)
      expect(sha256(answer.bytes)).toBe(sha256(objects.get(decodeURIComponent(url.split('/').pop()!))!))
    }
  }

  const { docs: issues } = await payload.find({ collection: 'newsletter-issues', pagination: false, sort: '-issueNumber' })
  let images: string[] = []
  for (const issue of issues) {
    const mail = await prepareIssueMail(payload, await loadIssueForMail(payload, issue.id))
    images = [...(await mail.forLanguage('de')).forReader('token').html.matchAll(/<img[^>]+src="([^"]+\/api\/media\/file\/[^"]+)"/g)].map((m) => m[1])
    if (images.length) break
  }
  expect(images.length).toBeGreaterThan(0)
  for (const src of images) {
    const answer = await fetchFromSite(src)
    expect(answer.status, src).toBe(200)
    expect(sha256(answer.bytes)).toBe(sha256(objects.get(decodeURIComponent(src.split('/').pop()!))!))
  }
})

it('backs up the bucket and restores it into an empty database and an empty bucket, identical', async () => {
  const backupDir = path.join(scratch, 'backups')
  const made = await runProjectScriptAsync('scripts/backup.ts', [], { DATABASE_URL: process.env.DATABASE_URL, BACKUP_DIR: backupDir })
  expect(made.code, made.stderr).toBe(0)
  const file = /Backup written: (\S+)/.exec(made.stdout)![1]

  await s3.createBucket('evi-media-restored')
  const target = await createDatabase(server, restoredDatabase)
  // Restore streams each file into the bucket: with the SDK's default checksums s3rver stored them corrupt (checked).
  const restored = await runProjectScriptAsync('scripts/restore.ts', [file], { DATABASE_URL: target, ...s3.environment('evi-media-restored') })
  expect(restored.code, restored.stderr + restored.stdout).toBe(0)

  expect(await databaseContents(target)).toEqual(await databaseContents(process.env.DATABASE_URL!))
  const hashes = (objects: Map<string, Buffer>) => Object.fromEntries([...objects].map(([key, bytes]) => [key, sha256(bytes)]).sort())
  const source = hashes(await s3.objects(bucket))
  expect(Object.keys(source).length).toBeGreaterThan(10)
  expect(hashes(await s3.objects('evi-media-restored'))).toEqual(source)
}, timeoutForScriptRuns(2))
