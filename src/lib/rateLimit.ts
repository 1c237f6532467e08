import { createHmac } from 'node:crypto'

import type { Payload } from 'payload'

type Limit = {
  /** What is counted, e.g. "organisation-application". */
  bucket: string
  /** Each identity counts separately (the IP address, the e-mail address); any one over its limit refuses. */
  identities: string[]
  limit: number
  windowMs: number
}

const keyOf = (bucket: string, identity: string) =>
  createHmac('sha256', process.env.PAYLOAD_SECRET || 'rate-limit').update(`${bucket}\0${identity.trim().toLowerCase()}`).digest('hex')

/**
 * Counts one attempt for every identity and says whether all stay within the
 * limit. Counting first and checking after means two racing attempts can both
 * be refused at the edge, never both let through. Old rows of these keys are
 * removed on the way.
 */
export async function withinRateLimit(payload: Payload, { bucket, identities, limit, windowMs }: Limit): Promise<boolean> {
  const since = new Date(Date.now() - windowMs).toISOString()
  const keys = [...new Set(identities.filter(Boolean).map((identity) => keyOf(bucket, identity)))]
  let allowed = true
  for (const key of keys) {
    await payload.delete({ collection: 'rate-limit-hits', where: { and: [{ key: { equals: key } }, { createdAt: { less_than: since } }] } })
    await payload.create({ collection: 'rate-limit-hits', data: { key } })
    const { totalDocs } = await payload.count({ collection: 'rate-limit-hits', where: { and: [{ key: { equals: key } }, { createdAt: { greater_than_equal: since } }] } })
    if (totalDocs > limit) allowed = false
  }
  return allowed
}
