/**
 * Requests to the REST API as the site answers them (Payload's own request
 * handling, as behind /api), without a running server: for access and abuse
 * tests that must see status codes and JSON exactly as a client would.
 */
import config from '@payload-config'
import { handleEndpoints } from 'payload'

export type ApiOptions = {
  /** Sent as a JSON body. */
  json?: unknown
  /** A login token (from /api/users/login). */
  token?: string
  /** The reader's address as the front server passes it on (src/server/clientAddress.ts). */
  ip?: string
  headers?: Record<string, string>
}

export function api(method: string, path: string, { json, token, ip, headers }: ApiOptions = {}): Promise<Response> {
  const sent = new Headers(headers)
  if (json !== undefined) sent.set('content-type', 'application/json')
  if (token) sent.set('authorization', `JWT ${token}`)
  if (ip) sent.set('x-evi-client-ip', ip)
  const request = new Request(`http://localhost:3000${path}`, { method, headers: sent, body: json === undefined ? undefined : JSON.stringify(json) })
  return handleEndpoints({ config, request })
}

/** Logs in through the REST API and returns the token. */
export async function apiToken(email: string, password: string, ip = '192.0.2.250'): Promise<string> {
  const response = await api('POST', '/api/users/login', { json: { email, password }, ip })
  if (response.status !== 200) throw new Error(`Login of ${email} answered ${response.status}: ${await response.text()}`)
  return ((await response.json()) as { token: string }).token
}
