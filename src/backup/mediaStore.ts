/**
 * Where the uploaded files live, as the backup sees it: the local media
 * folder, or the S3 bucket when S3 is configured (src/lib/s3.ts). Both hold
 * files by name, flat, as Payload writes them.
 */
import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { DeleteObjectsCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'

import { localMediaDir, s3Settings, type Env, type S3Settings } from '../lib/s3'

export type MediaStore = {
  description: string
  /** Every file with its size. */
  list: () => AsyncGenerator<{ name: string; size: number }>
  read: (name: string) => Promise<Readable | null>
  write: (name: string, size: number, body: AsyncIterable<Buffer>) => Promise<void>
  /** Removes every file (restore --force). */
  clear: () => Promise<void>
  close: () => void
}

function localStore(dir: string): MediaStore {
  return {
    description: `the folder ${dir}`,
    async *list() {
      if (!fs.existsSync(dir)) return
      for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.isFile()) yield { name: entry.name, size: fs.statSync(path.join(dir, entry.name)).size }
      }
    },
    async read(name) {
      // A file deleted since it was listed is reported by the caller, not an error here.
      return fs.promises
        .open(path.join(dir, name))
        .then((handle) => handle.createReadStream())
        .catch(() => null)
    },
    async write(name, _size, body) {
      fs.mkdirSync(dir, { recursive: true })
      const target = path.join(dir, path.basename(name))
      await pipeline(Readable.from(body), fs.createWriteStream(`${target}.partial`))
      fs.renameSync(`${target}.partial`, target)
    },
    async clear() {
      if (!fs.existsSync(dir)) return
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        if (entry.isFile()) fs.rmSync(path.join(dir, entry.name))
      }
    },
    close() {},
  }
}

function s3Store({ bucket, client: config }: S3Settings): MediaStore {
  const client = new S3Client(config)
  const list = async function* () {
    let token: string | undefined
    do {
      const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }))
      for (const object of page.Contents ?? []) {
        if (object.Key) yield { name: object.Key, size: object.Size ?? 0 }
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined
    } while (token)
  }
  return {
    description: `the bucket ${bucket}${config.endpoint ? ` at ${String(config.endpoint)}` : ''}`,
    list,
    async read(name) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: name }))
        return object.Body as Readable
      } catch (error) {
        if ((error as { name?: string }).name === 'NoSuchKey') return null
        throw error
      }
    },
    async write(name, size, body) {
      // The size is known from the backup, so the body streams without being held in memory.
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: name, Body: Readable.from(body), ContentLength: size }))
    },
    async clear() {
      let batch: string[] = []
      const flush = async () => {
        if (batch.length) await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: batch.map((Key) => ({ Key })) } }))
        batch = []
      }
      for await (const { name } of list()) {
        batch.push(name)
        if (batch.length === 1000) await flush()
      }
      await flush()
    },
    close: () => client.destroy(),
  }
}

/** The store the site is configured to use. */
export function openMediaStore(env: Env = process.env): MediaStore {
  const s3 = s3Settings(env)
  return s3 ? s3Store(s3) : localStore(localMediaDir(env))
}

export async function isStoreEmpty(store: MediaStore): Promise<boolean> {
  for await (const file of store.list()) {
    void file
    return false
  }
  return true
}
