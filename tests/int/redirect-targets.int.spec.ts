/**
 * Every redirect whose target comes from the request (preview, leaving the
 * preview, a form's way back) goes through safeLocalPath: only paths of this
 * site, nothing a browser could read as another host.
 */
import { describe, expect, it } from 'vitest'

import { safeLocalPath } from '@/lib/safeRedirect'

describe('safeLocalPath', () => {
  it.each([
    ['/aktuelles', '/aktuelles'],
    ['/aktuelles/nachrichten/sommerfest-2026', '/aktuelles/nachrichten/sommerfest-2026'],
    ['/suche?q=essen&seite=2', '/suche?q=essen&seite=2'],
    ['/mitgliedsvereine/verein#kontakt', '/mitgliedsvereine/verein'],
    ['/ar/aktuelles', '/ar/aktuelles'],
    ['/a/../b', '/b'],
  ])('keeps the path of this site %s', (input, expected) => {
    expect(safeLocalPath(input, '/')).toBe(expected)
  })

  it.each([
    // The finding: "/%5Cevil.example" arrives decoded as "/\evil.example", which browsers follow to evil.example.
    '/\\evil.example',
    '/\\/evil.example',
    '//evil.example',
    '///evil.example',
    '/..//evil.example',
    '/./..//evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/ /evil.example',
    '\u0000/evil',
    'https://evil.example/',
    'http:/evil.example',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'aktuelles',
    '',
    ' /aktuelles',
    '/' + 'a'.repeat(3000),
  ])('refuses %j', (input) => {
    expect(safeLocalPath(input, '/')).toBe('/')
    expect(safeLocalPath(input, null)).toBeNull()
  })

  it('refuses what is not a string', () => {
    for (const input of [undefined, null, 42, ['/a'], { path: '/a' }]) expect(safeLocalPath(input, null)).toBeNull()
  })
})
