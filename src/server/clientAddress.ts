import type http from 'node:http'

/**
 * How many proxies in front of this server append to X-Forwarded-For and are
 * trusted to tell the truth: TRUST_PROXY as a number, `true` for one, unset or
 * anything else for none.
 */
export function trustedProxyCount(setting: string | undefined): number {
  const value = (setting ?? '').trim().toLowerCase()
  if (value === 'true') return 1
  return /^\d+$/.test(value) ? Number(value) : 0
}

/**
 * The reader's address for rate limits and consent records. Each proxy appends
 * the address it was reached from to X-Forwarded-For, and the client may write
 * anything in front of that. Reading from the right, past the trusted proxies
 * (the socket's peer is the nearest one), the first address no trusted proxy
 * vouches for is the client's: the rightmost untrusted hop. A request with
 * fewer hops than proxies configured (one that bypassed them) gets the
 * furthest address there is.
 */
export function clientAddressFrom(forwardedFor: string | string[] | undefined, socketAddress: string | undefined, trustedProxies: number): string {
  const forwarded = [forwardedFor ?? []]
    .flat()
    .flatMap((header) => header.split(','))
    .map((entry) => entry.trim())
    .filter(Boolean)
  const hops = [...forwarded, socketAddress || 'unbekannt']
  return hops[Math.max(0, hops.length - 1 - trustedProxies)]
}

/** The address of the client behind this request, as configured by TRUST_PROXY. */
export const clientAddress = (req: http.IncomingMessage, trustProxy = process.env.TRUST_PROXY): string =>
  clientAddressFrom(req.headers['x-forwarded-for'], req.socket.remoteAddress, trustedProxyCount(trustProxy))
