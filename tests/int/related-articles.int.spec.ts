/**
 * The box of related articles under an article (src/content/articles.ts):
 * the articles of its categories published just before it, topped up with
 * those just after, at most three, never the article itself. Its queries ask
 * for no count of all matches: the limit alone must hold.
 */
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { listLatestArticles, listRelatedArticles } from '@/content/articles'
import type { Article } from '@/payload-types'
import { slugify } from '@/lib/slugify'

import { testPayload } from '../helpers/payload'

let payload: Payload
const articles: Article[] = []

beforeAll(async () => {
  payload = await testPayload()
  const category = (name: string) => payload.create({ collection: 'categories', data: { title: name, slug: slugify(name) } })
  const [culture, sport] = [await category('Kultur im Test'), await category('Sport im Test')]
  await payload.update({ collection: 'categories', id: culture.id, locale: 'en', data: { title: 'Culture under test' } })
  for (let day = 1; day <= 6; day += 1) {
    const title = `Kulturabend Nummer ${day}`
    articles.push(
      await payload.create({
        collection: 'articles',
        data: { title, slug: slugify(title), publishedAt: `2026-05-0${day}T10:00:00.000Z`, categories: [culture.id], _status: 'published' },
      }),
    )
  }
  await payload.create({
    collection: 'articles',
    data: { title: 'Fußballturnier', slug: 'fussballturnier', publishedAt: '2026-05-03T12:00:00.000Z', categories: [sport.id], _status: 'published' },
  })
})

const titles = (cards: { title: string }[]) => cards.map((card) => card.title)

it('shows the three articles of its category published just before it, newest first', async () => {
  expect(titles(await listRelatedArticles(articles[4], 'de'))).toEqual(['Kulturabend Nummer 4', 'Kulturabend Nummer 3', 'Kulturabend Nummer 2'])
})

it('tops up with the articles just after it when fewer came before, and never shows the article itself', async () => {
  expect(titles(await listRelatedArticles(articles[1], 'de'))).toEqual(['Kulturabend Nummer 1', 'Kulturabend Nummer 3', 'Kulturabend Nummer 4'])
  expect(titles(await listRelatedArticles(articles[0], 'de'))).toEqual(['Kulturabend Nummer 2', 'Kulturabend Nummer 3', 'Kulturabend Nummer 4'])
})

it('the home page gets as many of the newest articles as it asks for', async () => {
  expect(titles(await listLatestArticles(2, 'de'))).toEqual(['Kulturabend Nummer 6', 'Kulturabend Nummer 5'])
})

it('cards name their categories in the reader\'s language, German where a category has no translation', async () => {
  const named = (cards: { title: string; categories?: Article['categories'] }[]) =>
    Object.fromEntries(cards.map((card) => [card.title, (card.categories ?? []).map((c) => (typeof c === 'object' ? c.title : `id ${c}`))]))
  expect(named(await listRelatedArticles(articles[4], 'de'))).toEqual({
    'Kulturabend Nummer 4': ['Kultur im Test'],
    'Kulturabend Nummer 3': ['Kultur im Test'],
    'Kulturabend Nummer 2': ['Kultur im Test'],
  })
  const english = named(await listLatestArticles(7, 'en'))
  expect(english['Kulturabend Nummer 6']).toEqual(['Culture under test'])
  expect(english['Fußballturnier']).toEqual(['Sport im Test'])
})
