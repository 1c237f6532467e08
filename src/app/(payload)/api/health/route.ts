/**
 * GET /api/health — for load balancers, docker-compose and monitoring: 200
 * when the database answers and the change listener is connected, 503
 * otherwise (and while the server shuts down). A route of its own beside
 * Payload's catch-all, answered without Payload.
 */
import { healthSource } from '@/lib/health'
import { payloadPool } from '@/lib/payloadConnections'

export const dynamic = 'force-dynamic'

async function databaseAnswersWithoutFrontServer(): Promise<boolean> {
  // `next dev`: no front server, so ask through Payload's own pool.
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  const payload = await getPayload({ config })
  const pool = payloadPool(payload)
  if (!pool) return false
  return pool.query('select 1').then(
    () => true,
    () => false,
  )
}

export async function GET(): Promise<Response> {
  const source = healthSource()
  const database = source ? await source.database() : await databaseAnswersWithoutFrontServer()
  const listener = source ? (source.listener() ? 'ok' : 'down') : 'not running (next dev)'
  const stopping = source?.stopping() ?? false
  const ok = database && listener !== 'down' && !stopping
  return Response.json(
    { status: ok ? 'ok' : stopping ? 'stopping' : 'down', database: database ? 'ok' : 'down', listener },
    { status: ok ? 200 : 503, headers: { 'cache-control': 'no-store' } },
  )
}
