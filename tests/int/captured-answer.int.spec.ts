/**
 * What a captured answer leaves behind (src/server/capturedAnswer.ts). Next
 * keeps some requests' objects alive for a while after they were answered
 * (a WeakMap of its own holds the request's async context, and with it the
 * response); the bench found ~300 such responses, each holding its whole
 * page through the capture's wrappers (about 25 MB). Once an answer is handed
 * over, the wrappers must not hold its bytes.
 */
import { IncomingMessage, ServerResponse } from 'node:http'
import { Socket } from 'node:net'
import v8 from 'node:v8'
import vm from 'node:vm'

import { describe, expect, it } from 'vitest'

import { captureAnswer } from '@/server/capturedAnswer'

v8.setFlagsFromString('--expose-gc')
const gc = vm.runInNewContext('gc') as () => void

async function collected(ref: WeakRef<object>): Promise<boolean> {
  for (let i = 0; i < 5 && ref.deref(); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10))
    gc()
  }
  return ref.deref() === undefined
}

const response = () => new ServerResponse(new IncomingMessage(new Socket()))

/** Answers into `res` through a capture; only weak references leave (a finished call keeps no locals). */
async function answerThrough(res: ServerResponse, { abort = false } = {}) {
  const capture = captureAnswer(res)
  const chunk = Buffer.alloc(100_000, 'a')
  res.writeHead(200, { 'content-type': 'text/html' })
  res.write(chunk)
  if (abort) {
    capture.abort(new Error('reader left'))
    await expect(capture.done).rejects.toThrow('reader left')
    return { chunk: new WeakRef(chunk) }
  }
  res.end('<p>Ende</p>')
  const answer = await capture.done
  expect(answer?.body.length).toBe(100_011)
  return { chunk: new WeakRef(chunk), body: new WeakRef(answer!.body) }
}

describe('a captured answer', () => {
  it('is let go by the response once handed over: neither its chunks nor its body stay reachable', async () => {
    // `res` stays alive, as when Next holds it.
    const res = response()
    const refs = await answerThrough(res)
    expect(await collected(refs.chunk)).toBe(true)
    expect(await collected(refs.body!)).toBe(true)
    expect(res).toBeInstanceOf(ServerResponse)
  })

  it('lets go of what was written before an abort', async () => {
    const res = response()
    const refs = await answerThrough(res, { abort: true })
    expect(await collected(refs.chunk)).toBe(true)
    expect(res).toBeInstanceOf(ServerResponse)
  })
})
