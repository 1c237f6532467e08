import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { problemWithJsonBody, problemWithQuery } from '@/lib/restInput'
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE_MESSAGE } from '@/lib/uploadLimit'

type Handler = ReturnType<typeof REST_POST>

const badRequest = (message: string) => Response.json({ errors: [{ message }] }, { status: 400 })

/**
 * Refuses, with a German 400, what Payload would answer with a 500: a JSON
 * body that is not one object of reasonable depth, and filter operators no
 * field supports (src/lib/restInput.ts). The front server has already bounded
 * the body's size, so reading it twice costs little.
 */
function refuseMalformed(handler: Handler): Handler {
  return async (request, context) => {
    const queryProblem = problemWithQuery(request.url)
    if (queryProblem) return badRequest(queryProblem)
    if ((request.headers.get('content-type') ?? '').includes('application/json')) {
      const bodyProblem = problemWithJsonBody(await request.clone().text())
      if (bodyProblem) return badRequest(bodyProblem)
    }
    return handler(request, context)
  }
}

/**
 * Refuses a body announced as too large before reading it, with a German
 * message (Payload's own limit answer is generic). The small allowance covers
 * the multipart envelope and form fields around the file.
 */
function refuseOversized(handler: Handler): Handler {
  return (request, context) => {
    const length = Number(request.headers.get('content-length') || 0)
    if (length > MAX_UPLOAD_BYTES + 64 * 1024) {
      return Promise.resolve(Response.json({ errors: [{ message: UPLOAD_TOO_LARGE_MESSAGE }] }, { status: 413 }))
    }
    return handler(request, context)
  }
}

export const GET = refuseMalformed(REST_GET(config))
export const POST = refuseMalformed(refuseOversized(REST_POST(config)))
export const DELETE = refuseMalformed(REST_DELETE(config))
export const PATCH = refuseMalformed(refuseOversized(REST_PATCH(config)))
export const PUT = refuseMalformed(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
