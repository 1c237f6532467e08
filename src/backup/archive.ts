/**
 * The backup file: one gzip stream holding a sequence of entries (the
 * manifest, each table's COPY data, each media file). Each entry is a JSON
 * header line followed by its body in length-prefixed chunks ("<bytes>\n"
 * then the bytes, ending with "0\n"), so bodies of unknown length (COPY
 * output) stream straight into the file and restore reads it front to back.
 */
import { once } from 'node:events'
import fs from 'node:fs'
import { createGunzip, createGzip } from 'node:zlib'

const MAGIC = 'EVI-BACKUP 1'

export type EntryHeader = { type: string; name: string; [key: string]: unknown }

export class ArchiveWriter {
  private readonly gzip = createGzip()
  private readonly file: fs.WriteStream
  private readonly finished: Promise<void>

  constructor(file: string) {
    this.file = fs.createWriteStream(file, { flags: 'wx', mode: 0o600 })
    this.finished = new Promise((resolve, reject) => {
      this.file.on('close', resolve)
      this.file.on('error', reject)
      this.gzip.on('error', reject)
    })
    this.gzip.pipe(this.file)
  }

  private async write(chunk: Buffer | string): Promise<void> {
    if (!this.gzip.write(chunk)) await once(this.gzip, 'drain')
  }

  async start(): Promise<void> {
    await this.write(`${MAGIC}\n`)
  }

  /** Writes one entry; `body` is read to its end. */
  async entry(header: EntryHeader, body: AsyncIterable<Buffer | string> | Iterable<Buffer | string>): Promise<number> {
    await this.write(`${JSON.stringify(header)}\n`)
    let bytes = 0
    for await (const piece of body) {
      const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece
      if (!chunk.length) continue
      bytes += chunk.length
      await this.write(`${chunk.length}\n`)
      await this.write(chunk)
    }
    await this.write('0\n')
    return bytes
  }

  async close(): Promise<void> {
    this.gzip.end()
    await this.finished
  }

  /** Stops writing (the caller removes the partial file). */
  destroy(): void {
    this.gzip.destroy()
    this.file.destroy()
  }
}

/** Reads lines and exact byte counts from a stream of buffers. */
class ByteReader {
  private buffer: Buffer = Buffer.alloc(0)
  private ended = false

  constructor(private readonly source: AsyncIterator<Buffer>) {}

  private async fill(): Promise<boolean> {
    if (this.ended) return false
    const next = await this.source.next()
    if (next.done) {
      this.ended = true
      return false
    }
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, next.value]) : next.value
    return true
  }

  async line(): Promise<string | null> {
    for (;;) {
      const end = this.buffer.indexOf(10)
      if (end >= 0) {
        const line = this.buffer.subarray(0, end).toString('utf8')
        this.buffer = this.buffer.subarray(end + 1)
        return line
      }
      if (!(await this.fill())) {
        if (this.buffer.length) throw new Error('The backup file is truncated.')
        return null
      }
    }
  }

  async *bytes(count: number): AsyncGenerator<Buffer> {
    let left = count
    while (left > 0) {
      if (!this.buffer.length && !(await this.fill())) throw new Error('The backup file is truncated.')
      const take = Math.min(left, this.buffer.length)
      yield this.buffer.subarray(0, take)
      this.buffer = this.buffer.subarray(take)
      left -= take
    }
  }
}

export type ArchiveEntry = {
  header: EntryHeader
  /** The entry's bytes; must be read to the end (or skipped with `skip`) before the next entry. */
  body: () => AsyncGenerator<Buffer>
  skip: () => Promise<void>
}

/** The entries of a backup file, in the order they were written. */
export async function* readArchive(file: string): AsyncGenerator<ArchiveEntry> {
  const reader = new ByteReader(fs.createReadStream(file).pipe(createGunzip())[Symbol.asyncIterator]())
  if ((await reader.line()) !== MAGIC) throw new Error(`${file} is not a backup of this site.`)
  for (;;) {
    const line = await reader.line()
    if (line === null) return
    const header = JSON.parse(line) as EntryHeader
    let consumed = false
    const body = async function* (): AsyncGenerator<Buffer> {
      if (consumed) throw new Error(`The body of ${header.type} ${header.name} was read twice.`)
      consumed = true
      for (;;) {
        const size = Number(await reader.line())
        if (!Number.isInteger(size) || size < 0) throw new Error('The backup file is damaged.')
        if (size === 0) return
        yield* reader.bytes(size)
      }
    }
    const skip = async () => {
      for await (const chunk of body()) void chunk
    }
    yield { header, body, skip }
    if (!consumed) await skip()
  }
}
