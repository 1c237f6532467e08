/**
 * What is refused before it reaches Next or Payload, because they would
 * answer it with a 500: unreadable addresses (src/server/requestUrl.ts) and
 * REST bodies and filters Payload cannot handle (src/lib/restInput.ts).
 */
import { describe, expect, it } from 'vitest'

import { BAD_JSON_MESSAGE, problemWithJsonBody, problemWithQuery, UNSUPPORTED_FILTER_MESSAGE } from '@/lib/restInput'
import { isReadableUrl } from '@/server/requestUrl'

import { startFrontServer } from '../helpers/frontServer'
import { testPayload } from '../helpers/payload'

describe('addresses', () => {
  it.each(['/', '/aktuelles/nachrichten/sommerfest-2026', '/suche?q=Sprachcaf%C3%A9', '/suche?q=a+b&seite=2', '/ar/%D8%A7', '/mitgliedsvereine?land=TR&feld='])(
    'reads %s',
    (url) => expect(isReadableUrl(url)).toBe(true),
  )

  it.each(['/aktuelles/%ED%A0%80', '/aktuelles/%C0%AF', '/x%', '/suche?q=%zz', '/suche?q=%00', '/aktuelles/%00', '/suche?q=a%0Ab', '/%7F', '/suche?q=%E0%A4%A'])(
    'refuses %s',
    (url) => expect(isReadableUrl(url)).toBe(false),
  )

  it('the front server answers them with a German 400 before the app sees them', async () => {
    let calls = 0
    const front = await startFrontServer((_req, res) => {
      calls += 1
      res.setHeader('content-type', 'text/html')
      res.end('<p>ok</p>')
    })
    try {
      const page = await fetch(`${front.base}/aktuelles/%ED%A0%80`)
      expect(page.status).toBe(400)
      expect(await page.text()).toContain('lang="de"')
      const api = await fetch(`${front.base}/api/articles?where[title][equals]=%00`)
      expect(api.status).toBe(400)
      expect((await api.json()).errors[0].message).toMatch(/Adresse/)
      expect(calls).toBe(0)
    } finally {
      await front.close()
    }
  })
})

describe('REST bodies and filters', () => {
  it('a JSON body must be one object of reasonable depth', () => {
    expect(problemWithJsonBody('{"title":"Sommerfest","body":{"root":{"children":[{"children":[]}]}}}')).toBeNull()
    expect(problemWithJsonBody('')).toBeNull()
    for (const bad of ['null', '[]', '"text"', '42', '{"title":', `${'['.repeat(50_000)}${']'.repeat(50_000)}`, `${'{"a":'.repeat(100)}1${'}'.repeat(100)}`]) {
      expect(problemWithJsonBody(bad), bad.slice(0, 20)).toBe(BAD_JSON_MESSAGE)
    }
    // Brackets inside strings do not count as nesting.
    expect(problemWithJsonBody(JSON.stringify({ title: '['.repeat(500) }))).toBeNull()
  })

  it('geo operators, which no field here supports, are refused', () => {
    expect(problemWithQuery('/api/articles?where[title][near]=1,2')).toBe(UNSUPPORTED_FILTER_MESSAGE)
    expect(problemWithQuery('/api/articles?where%5Btitle%5D%5Bwithin%5D=x')).toBe(UNSUPPORTED_FILTER_MESSAGE)
    expect(problemWithQuery('/api/articles?where[title][like]=near')).toBeNull()
  })
})

describe('values of the wrong type', () => {
  it('are refused with a validation error and nothing is stored (Payload would store an object as its JSON text)', async () => {
    const payload = await testPayload()
    const before = (await payload.count({ collection: 'categories' })).totalDocs
    for (const data of [{ title: { $gt: '' }, slug: 'falsch-1' }, { title: 42, slug: 'falsch-2' }, { title: 'Richtig', slug: ['a'] }, { title: 'Richtig', slug: 'falsch-3', order: 'drei' }]) {
      await expect(payload.create({ collection: 'categories', data: data as never })).rejects.toThrow(/ungültig|Dieser Wert|invalid/i)
    }
    expect((await payload.count({ collection: 'categories' })).totalDocs).toBe(before)
    // Right types still go through.
    const created = await payload.create({ collection: 'categories', data: { title: 'Richtig', slug: 'richtig-typen', order: 3 } })
    expect(created.title).toBe('Richtig')
  })

  it('the admin’s own autosave goes through: its form state sends an empty list as the count of its rows', async () => {
    const payload = await testPayload()
    const draft = await payload.create({ collection: 'articles', draft: true, data: { title: 'Entwurf mit leerer Liste', _status: 'draft' } as never })
    const saved = await payload.update({ collection: 'articles', id: draft.id, draft: true, autosave: true, data: { title: 'Entwurf, weiter', attachments: 0, categories: [] } as never })
    expect(saved.title).toBe('Entwurf, weiter')
    expect(saved.attachments ?? []).toEqual([])
    await expect(payload.update({ collection: 'articles', id: draft.id, draft: true, data: { attachments: 'viele' } as never })).rejects.toThrow(/ungültig|Dieser Wert|invalid/i)
  })
})
