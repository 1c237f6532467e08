import type http from 'node:http'

/** How many proxies in front of this server are trusted (as before: only `true`, meaning one). */
export function trustedProxyCount(setting: string | undefined): number {
  return setting === 'true' ? 1 : 0
}

/** The address as the server took it so far: the leftmost X-Forwarded-For entry behind a proxy. */
export function clientAddressFrom(forwardedFor: string | string[] | undefined, socketAddress: string | undefined, trustedProxies: number): string {
  const forwarded = trustedProxies > 0 ? String([forwardedFor ?? []].flat().join(',')).split(',')[0].trim() : ''
  return forwarded || socketAddress || 'unbekannt'
}

/**
 * The reader's address for rate limits, passed to the app in a header no
 * client can set: from X-Forwarded-For only behind a trusted proxy (TRUST_PROXY=true).
 */
export const clientAddress = (req: http.IncomingMessage, trustProxy = process.env.TRUST_PROXY): string =>
  clientAddressFrom(req.headers['x-forwarded-for'], req.socket.remoteAddress, trustedProxyCount(trustProxy))
