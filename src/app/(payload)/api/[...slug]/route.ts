import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE_MESSAGE } from '@/lib/uploadLimit'

type Handler = ReturnType<typeof REST_POST>

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

export const GET = REST_GET(config)
export const POST = refuseOversized(REST_POST(config))
export const DELETE = REST_DELETE(config)
export const PATCH = refuseOversized(REST_PATCH(config))
export const PUT = REST_PUT(config)
export const OPTIONS = REST_OPTIONS(config)
