/**
 * The reader's address behind proxies (src/server/clientAddress.ts): the
 * rightmost hop that no trusted proxy vouches for. The client writes the left
 * end of X-Forwarded-For itself; taking it would let anyone pick a fresh
 * address per request and pass every rate limit.
 */
import type http from 'node:http'

import { describe, expect, it } from 'vitest'

import { clientAddress, clientAddressFrom, trustedProxyCount } from '../../src/server/clientAddress'

const request = (forwardedFor: string | undefined, socket: string) =>
  ({ headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor }, socket: { remoteAddress: socket } }) as unknown as http.IncomingMessage

describe('TRUST_PROXY', () => {
  it('is the number of trusted proxies; `true` means one; unset, false or nonsense mean none', () => {
    expect(trustedProxyCount(undefined)).toBe(0)
    expect(trustedProxyCount('')).toBe(0)
    expect(trustedProxyCount('false')).toBe(0)
    expect(trustedProxyCount('true')).toBe(1)
    expect(trustedProxyCount('TRUE')).toBe(1)
    expect(trustedProxyCount('2')).toBe(2)
    expect(trustedProxyCount('yes please')).toBe(0)
    expect(trustedProxyCount('-1')).toBe(0)
  })
})

describe('the client address', () => {
  it('without a trusted proxy is the socket address, whatever X-Forwarded-For claims', () => {
    expect(clientAddress(request('203.0.113.7', '198.51.100.1'), undefined)).toBe('198.51.100.1')
    expect(clientAddress(request('203.0.113.7', '198.51.100.1'), 'false')).toBe('198.51.100.1')
  })

  it('behind one proxy is the entry that proxy appended (the rightmost), never what the client wrote in front of it', () => {
    // The client sent "X-Forwarded-For: 1.1.1.1"; the proxy appended the address it saw.
    expect(clientAddress(request('1.1.1.1, 203.0.113.7', '10.0.0.2'), 'true')).toBe('203.0.113.7')
    expect(clientAddress(request('203.0.113.7', '10.0.0.2'), '1')).toBe('203.0.113.7')
  })

  it('a client changing its forged entries on every request still counts as one address', () => {
    const seen = new Set<string>()
    for (let i = 0; i < 1000; i += 1) seen.add(clientAddress(request(`192.0.2.${i % 256}, 10.${i}.0.1, 203.0.113.7`, '10.0.0.2'), 'true'))
    expect([...seen]).toEqual(['203.0.113.7'])
  })

  it('behind two proxies is the third entry from the right end of the chain (socket included)', () => {
    // client → proxy A (appends client) → proxy B (appends A) → us (socket: B)
    expect(clientAddressFrom('6.6.6.6, 203.0.113.7, 10.0.0.1', '10.0.0.2', 2)).toBe('203.0.113.7')
  })

  it('joins repeated X-Forwarded-For headers and ignores empty entries', () => {
    expect(clientAddressFrom(['6.6.6.6', '203.0.113.7 , '], '10.0.0.2', 1)).toBe('203.0.113.7')
  })

  it('a request that bypassed the proxies (fewer hops than configured) gets the furthest address there is', () => {
    expect(clientAddressFrom(undefined, '198.51.100.1', 1)).toBe('198.51.100.1')
    expect(clientAddressFrom('203.0.113.7', '10.0.0.2', 5)).toBe('203.0.113.7')
  })

  it('without any address says so', () => {
    expect(clientAddressFrom(undefined, undefined, 0)).toBe('unbekannt')
  })
})
