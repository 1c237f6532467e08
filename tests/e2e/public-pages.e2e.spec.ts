/**
 * The public news site as a reader meets it: every page type with its key
 * content, the category filter, pagination, the archive, search, the 404 page,
 * the RSS feed, the sitemap and robots.txt. Reads the seeded demo content only.
 */
import { expect, test, type Page } from '@playwright/test'

import { categoryId, parseRss, pathOf, publicArticleSlugs, sitemapPaths } from './helpers'

const ARTICLE = {
  slug: 'verbund-waehlt-neuen-vorstand',
  title: 'Verbund wählt neuen Vorstand',
  category: 'Verbund-News',
}
const PER_PAGE = 12

const cardTitles = (page: Page) => page.locator('main .card-grid .card__title').allInnerTexts()

/** "2026-05" for a date, in Essen's time zone (archive months are Berlin months). */
const berlinMonth = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit' }).format(new Date(iso))

test.describe('page types', () => {
  test('home: latest news, the migo box and the directory in figures', async ({ page }) => {
    const response = await page.goto('/')
    expect(response?.status()).toBe(200)
    await expect(page).toHaveTitle('Essener Verbund der Immigrantenvereine e.V.')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Essener Verbund der Immigrantenvereine')
    await expect(page.locator('.figures')).toHaveText(/^[1-9]\d* Mitgliedsvereine aus [1-9]\d* Herkunftsländern$/)

    const latest = page.locator('section[aria-labelledby="neueste"]')
    await expect(latest.getByRole('heading', { level: 2 })).toHaveText('Aktuelle Nachrichten')
    await expect(latest.locator('.card')).toHaveCount(6)
    await expect(latest.getByRole('link', { name: 'Alle Nachrichten' })).toHaveAttribute('href', '/aktuelles')

    const migo = page.locator('section[aria-labelledby="migo"]')
    await expect(migo.getByRole('heading', { level: 2 })).toHaveText('migo – das Magazin des Verbunds')
    await expect(migo.getByRole('link', { name: /^Nr\. \d+, / })).toBeVisible()
    // The sign-up form itself (the double opt-in flow: tests/int/newsletter-subscription.int.spec.ts).
    await expect(migo.getByRole('textbox', { name: 'Ihre E-Mail-Adresse' })).toBeVisible()
    await expect(migo.getByRole('checkbox', { name: /^Ja, ich möchte migo/ })).not.toBeChecked()
    await expect(migo.getByRole('button', { name: 'migo kostenlos abonnieren' })).toBeVisible()
    await expect(migo.locator('input[name="source"]')).toHaveValue('/')
  })

  test('news list: heading, filter, twelve cards, pagination and feed link', async ({ page }) => {
    const response = await page.goto('/aktuelles')
    expect(response?.status()).toBe(200)
    await expect(page).toHaveTitle(/^Aktuelle Nachrichten und Beiträge – /)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aktuelle Nachrichten und Beiträge')
    const filter = page.getByRole('navigation', { name: 'Nach Kategorie filtern' })
    await expect(filter.getByRole('link')).toHaveText(['Alle', 'Verbund-News', 'Mitgliedsvereine', 'Essen', 'Ausland', 'Politik', 'Kultur'])
    await expect(filter.getByRole('link', { name: 'Alle' })).toHaveAttribute('aria-current', 'page')
    await expect(page.locator('main .card')).toHaveCount(PER_PAGE)
    await expect(page.getByRole('navigation', { name: 'Seitennavigation' })).toBeVisible()
    const main = page.getByRole('main')
    await expect(main.getByRole('link', { name: 'RSS-Feed', exact: true })).toHaveAttribute('href', '/feed.xml')
    await expect(main.getByRole('link', { name: 'Ältere Beiträge im Archiv' })).toHaveAttribute('href', '/aktuelles/archiv')
  })

  test('article: meta, hero image with caption and credit, body, source, sharing, related articles and the three boxes', async ({
    page,
    context,
  }) => {
    const response = await page.goto(`/aktuelles/nachrichten/${ARTICLE.slug}`)
    expect(response?.status()).toBe(200)
    const article = page.locator('main article.article')
    await expect(article.getByRole('heading', { level: 1 })).toHaveText(ARTICLE.title)
    await expect(article.locator('.article__header .meta')).toContainText(ARTICLE.category)
    await expect(article.locator('.article__header .meta time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/)
    await expect(article.locator('.article__header .lead')).not.toBeEmpty()

    const hero = article.locator('figure.hero-image')
    await expect(hero.locator('img')).toHaveAttribute('alt', /\S/)
    await expect(hero.locator('figcaption')).toContainText(/\S+/)
    await expect(hero.locator('figcaption .credit')).toHaveText(/^© /)

    await expect(article.locator('.prose h2')).toHaveText('Wie es weitergeht')
    await expect(article.locator('.prose blockquote')).toContainText('Vielfalt ist in Essen keine Ausnahme')
    await expect(article.locator('.article__source')).toHaveText('Quelle: Stadt Essen, www.essen.de')
    await expect(article.locator('.article__source a')).toHaveAttribute('href', 'https://www.essen.de')

    const share = article.getByRole('region', { name: 'Beitrag teilen' })
    await expect(share.getByRole('link', { name: /^WhatsApp/ })).toHaveAttribute('href', /^https:\/\/wa\.me\/\?text=/)
    await expect(share.getByRole('link', { name: /^Telegram/ })).toHaveAttribute('href', /^https:\/\/t\.me\/share\/url\?url=/)
    await expect(share.getByRole('link', { name: /^Facebook/ })).toHaveAttribute('href', /^https:\/\/www\.facebook\.com\/sharer\/sharer\.php\?u=/)
    await expect(share.getByRole('link', { name: 'E-Mail' })).toHaveAttribute('href', /^mailto:\?subject=/)
    // No third-party script: sharing is plain links.
    expect(await page.locator('script[src^="http"]').count()).toBe(0)

    // "Link kopieren" puts the canonical address on the clipboard and says so.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
    await share.getByRole('button', { name: 'Link kopieren' }).click()
    await expect(share.getByRole('status')).toHaveText('Link kopiert')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical)

    const related = page.getByRole('region', { name: 'Weitere Beiträge zum Thema' })
    await expect(related.locator('.card')).not.toHaveCount(0)
    for (const meta of await related.locator('.card .meta').allInnerTexts()) expect(meta).toContain(ARTICLE.category)
    await expect(related.getByRole('link', { name: ARTICLE.title })).toHaveCount(0)

    const boxes = page.getByRole('complementary', { name: 'Mehr vom Verbund' })
    await expect(boxes.getByRole('heading', { level: 2 })).toHaveText(['migo – unser Magazin', 'Der Verbund', 'Folgen Sie uns'])
  })

  test('article: canonical URL, Open Graph image and JSON-LD NewsArticle', async ({ page, request }) => {
    await page.goto(`/aktuelles/nachrichten/${ARTICLE.slug}`)
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
    expect(pathOf(canonical!)).toBe(`/aktuelles/nachrichten/${ARTICLE.slug}`)
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article')
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical!)
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', ARTICLE.title)
    const ogImage = await page.locator('meta[property="og:image"]').first().getAttribute('content')
    expect(ogImage).toMatch(/^https?:\/\//)
    const image = await request.get(pathOf(ogImage!))
    expect(image.status()).toBe(200)
    expect(image.headers()['content-type']).toMatch(/^image\//)

    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents()
    const data = scripts.map((text) => JSON.parse(text) as Record<string, unknown>).find((d) => d['@type'] === 'NewsArticle')
    expect(data, 'a NewsArticle in JSON-LD').toBeDefined()
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      headline: ARTICLE.title,
      mainEntityOfPage: canonical,
      publisher: { '@type': 'Organization', name: 'Essener Verbund der Immigrantenvereine e.V.' },
    })
    expect(Number.isNaN(Date.parse(String(data!.datePublished)))).toBe(false)
    expect((data!.image as string[])[0]).toBe(ogImage)
  })

  for (const [path, heading] of [
    ['/impressum', 'Impressum'],
    ['/datenschutz', 'Datenschutz'],
    ['/kontakt', 'Kontakt'],
    ['/ueber-uns', 'Über uns'],
  ] as const) {
    test(`free page ${path}`, async ({ page }) => {
      const response = await page.goto(path)
      expect(response?.status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
      await expect(page.locator('main .prose p').first()).not.toBeEmpty()
      await expect(page).toHaveTitle(new RegExp(`^${heading} – `))
    })
  }

  test('404: a German page with a real 404 status', async ({ page }) => {
    for (const path of ['/gibt-es-nicht', '/aktuelles/nachrichten/gibt-es-nicht', '/aktuelles/kategorie/gibt-es-nicht', '/aktuelles/quatsch']) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden')
      await expect(page.locator('html')).toHaveAttribute('lang', 'de')
      await expect(page.getByRole('link', { name: 'Zur Startseite' })).toHaveAttribute('href', '/')
      await expect(page.getByRole('link', { name: 'Zum Hauptinhalt springen' })).toBeAttached()
    }
  })
})

/**
 * What readers without script (old phones, blocked scripts) and crawlers get:
 * the server's HTML alone. The 404 page fails here at the time of writing:
 * Next.js answers `notFound()` in these dynamic routes with an empty
 * `<html id="__next_error__">` shell and renders the page by script
 * (vercel/next.js#62228).
 */
test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  for (const [name, path, status, heading] of [
    ['home', '/', 200, 'Essener Verbund der Immigrantenvereine'],
    ['news list', '/aktuelles', 200, 'Aktuelle Nachrichten und Beiträge'],
    ['article', `/aktuelles/nachrichten/${ARTICLE.slug}`, 200, ARTICLE.title],
    ['search', '/suche?q=Hausaufgabenhilfe', 200, 'Suche'],
    ['404 page', '/gibt-es-nicht', 404, 'Seite nicht gefunden'],
    ['404 page of an unknown article', '/aktuelles/nachrichten/gibt-es-nicht', 404, 'Seite nicht gefunden'],
  ] as const) {
    test(`${name} is complete in the server's HTML`, async ({ page }) => {
      const response = await page.goto(path)
      expect(response?.status()).toBe(status)
      await expect(page.locator('html')).toHaveAttribute('lang', 'de')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
      await expect(page.getByRole('link', { name: 'Zum Hauptinhalt springen' })).toBeAttached()
      await expect(page.getByRole('navigation', { name: 'Hauptmenü' })).toBeVisible()
    })
  }
})

test.describe('category filter', () => {
  test('a category shows only its articles, its URL can be shared, and "Alle" resets', async ({ page, request, browser }) => {
    await page.goto('/aktuelles')
    const filter = page.getByRole('navigation', { name: 'Nach Kategorie filtern' })
    await filter.getByRole('link', { name: 'Kultur' }).click()
    await expect(page).toHaveURL(/\/aktuelles\/kategorie\/kultur$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aktuelle Nachrichten und Beiträge: Kultur')
    await expect(filter.getByRole('link', { name: 'Kultur' })).toHaveAttribute('aria-current', 'page')
    await expect(filter.getByRole('link', { name: 'Alle' })).not.toHaveAttribute('aria-current', /./)

    // Exactly the category's public articles (as the REST API counts them for a reader), each marked with it.
    const kultur = await categoryId(request, 'kultur')
    const { totalDocs } = await (await request.get(`/api/articles?where[categories][in]=${kultur}&limit=0`)).json()
    expect(totalDocs).toBeGreaterThan(1)
    await expect(page.locator('main .card')).toHaveCount(Math.min(totalDocs, PER_PAGE))
    for (const meta of await page.locator('main .card .meta').allInnerTexts()) expect(meta).toContain('Kultur')
    const filtered = await cardTitles(page)

    // The address alone shows the same list (shareable, no script state).
    const other = await browser.newContext()
    const shared = await other.newPage()
    expect((await shared.goto('/aktuelles/kategorie/kultur'))?.status()).toBe(200)
    expect(await cardTitles(shared)).toEqual(filtered)
    await other.close()

    // The category's own feed is offered.
    await expect(page.getByRole('main').getByRole('link', { name: 'RSS-Feed „Kultur“' })).toHaveAttribute('href', '/feed.xml?kategorie=kultur')

    await filter.getByRole('link', { name: 'Alle' }).click()
    await expect(page).toHaveURL(/\/aktuelles$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aktuelle Nachrichten und Beiträge')
    await expect(filter.getByRole('link', { name: 'Alle' })).toHaveAttribute('aria-current', 'page')
    await expect(page.locator('main .card')).toHaveCount(PER_PAGE)
    const metas = await page.locator('main .card .meta').allInnerTexts()
    expect(metas.some((meta) => !meta.includes('Kultur'))).toBe(true)
  })
})

test.describe('pagination', () => {
  test('page 2 continues page 1, with rel links and the current page marked; past the end is a 404', async ({ page, request }) => {
    const { totalDocs } = await (await request.get('/api/articles?limit=0')).json()
    const totalPages = Math.ceil(totalDocs / PER_PAGE)
    expect(totalPages).toBeGreaterThan(2)

    await page.goto('/aktuelles')
    const pagination = page.getByRole('navigation', { name: 'Seitennavigation' })
    await expect(pagination.locator('[aria-current="page"]')).toHaveText('Seite 1')
    await expect(pagination.locator('a[rel="prev"]')).toHaveCount(0)
    await expect(pagination.getByRole('link', { name: `Seite ${totalPages}` })).toHaveAttribute('href', `/aktuelles/seite/${totalPages}`)
    const first = await cardTitles(page)

    await pagination.locator('a[rel="next"]').click()
    await expect(page).toHaveURL(/\/aktuelles\/seite\/2$/)
    await expect(page).toHaveTitle(/\(Seite 2\)/)
    await expect(pagination.locator('[aria-current="page"]')).toHaveText('Seite 2')
    await expect(pagination.locator('a[rel="prev"]')).toHaveAttribute('href', '/aktuelles')
    await expect(pagination.locator('a[rel="next"]')).toHaveAttribute('href', '/aktuelles/seite/3')
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/aktuelles\/seite\/2$/)
    const second = await cardTitles(page)
    expect(second).toHaveLength(PER_PAGE)
    expect(second.filter((title) => first.includes(title))).toEqual([])

    // Newest first across pages: the last date of page 1 is not older than the first of page 2.
    await page.goto('/aktuelles')
    const lastOfFirst = await page.locator('main .card time').last().getAttribute('datetime')
    await page.goto('/aktuelles/seite/2')
    const firstOfSecond = await page.locator('main .card time').first().getAttribute('datetime')
    expect(Date.parse(lastOfFirst!)).toBeGreaterThanOrEqual(Date.parse(firstOfSecond!))

    const last = await page.goto(`/aktuelles/seite/${totalPages}`)
    expect(last?.status()).toBe(200)
    await expect(page.locator('main .card')).toHaveCount(totalDocs - (totalPages - 1) * PER_PAGE)
    await expect(pagination.locator('a[rel="next"]')).toHaveCount(0)

    for (const path of [`/aktuelles/seite/${totalPages + 1}`, '/aktuelles/seite/999', '/aktuelles/seite/0', '/aktuelles/seite/zwei']) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden')
    }
  })
})

test.describe('archive', () => {
  test('years and months with counts; a month lists exactly its articles', async ({ page }) => {
    const response = await page.goto('/aktuelles/archiv')
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Archiv')
    const years = await page.locator('main h2').allInnerTexts()
    expect(years.length).toBeGreaterThan(0)
    expect(years.every((year) => /^\d{4}$/.test(year))).toBe(true)
    expect([...years].sort().reverse()).toEqual(years)

    const firstMonth = page.locator('.archive-months li').first()
    const label = await firstMonth.getByRole('link').innerText()
    const count = Number((await firstMonth.locator('.count').innerText()).match(/\d+/)![0])
    const href = await firstMonth.getByRole('link').getAttribute('href')
    const [, year, month] = href!.match(/^\/aktuelles\/archiv\/(\d{4})\/(\d{2})$/)!
    expect(label).toMatch(new RegExp(`^(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) ${year}$`))

    await firstMonth.getByRole('link').click()
    await expect(page).toHaveURL(new RegExp(`${href}$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Beiträge im ${label}`)
    await expect(page.locator('main .card')).toHaveCount(count)
    for (const datetime of await page.locator('main .card time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!))) {
      expect(berlinMonth(datetime)).toBe(`${year}-${month}`)
    }
    await expect(page.getByRole('link', { name: 'Archiv', exact: true })).toHaveAttribute('href', '/aktuelles/archiv')

    for (const path of ['/aktuelles/archiv/2026/13', '/aktuelles/archiv/1999/01', '/aktuelles/archiv/abcd/01']) {
      expect((await page.goto(path))?.status(), path).toBe(404)
    }
  })
})

test.describe('search', () => {
  const TARGET = 'Ehrenamtspreis für Elternverein aus Katernberg'

  test('the form finds an article by a word of its text, with the passage highlighted', async ({ page }) => {
    await page.goto('/suche')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Suche')
    await page.getByLabel('Suchbegriff').fill('Hausaufgabenhilfe')
    await page.getByRole('button', { name: 'Suchen' }).click()
    await expect(page).toHaveURL(/\/suche\?q=Hausaufgabenhilfe$/)
    await expect(page.getByRole('status')).toHaveText(/^\d+ Treffer für „Hausaufgabenhilfe“$/)
    const hit = page.locator('.search-results li').filter({ has: page.getByRole('link', { name: TARGET }) })
    await expect(hit.locator('mark').first()).toHaveText('Hausaufgabenhilfe')
    await expect(page.getByLabel('Suchbegriff')).toHaveValue('Hausaufgabenhilfe')

    await hit.getByRole('link', { name: TARGET }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TARGET)
  })

  for (const [kind, query, marked] of [
    ['another inflected form', 'Elternvereine', /^Elternverein/],
    ['the beginning of a word', 'Hausaufgaben', /^Hausaufgabenhilfe$/],
    ['lower case and two words', 'hausaufgabenhilfe katernberg', /^Hausaufgabenhilfe$/],
  ] as const) {
    test(`search finds the article by ${kind}`, async ({ page }) => {
      const response = await page.goto(`/suche?q=${encodeURIComponent(query)}`)
      expect(response?.status()).toBe(200)
      await expect(page.getByRole('status')).toHaveText(new RegExp(`^\\d+ Treffer für „${query}“$`))
      const hit = page.locator('.search-results li').filter({ has: page.getByRole('link', { name: TARGET }) })
      await expect(hit).toHaveCount(1)
      await expect(hit.locator('mark').first()).toHaveText(marked)
    })
  }

  test('a word that occurs nowhere says so', async ({ page }) => {
    const response = await page.goto('/suche?q=Quellwasserturbine')
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('status')).toHaveText('Keine Treffer für „Quellwasserturbine“')
    await expect(page.locator('.search-results li')).toHaveCount(0)
  })

  test('empty, very long and punctuation-only queries are answered calmly', async ({ page }) => {
    const empty = await page.goto('/suche?q=')
    expect(empty?.status()).toBe(200)
    await expect(page.getByText('Suchen Sie in allen Beiträgen')).toBeVisible()
    await expect(page.getByRole('status')).toHaveCount(0)

    const long = 'Hausaufgabenhilfe '.repeat(28).slice(0, 500)
    const longResponse = await page.goto(`/suche?q=${encodeURIComponent(long)}`)
    expect(longResponse?.status()).toBe(200)
    await expect(page.getByRole('status')).toHaveText(/^\d+ Treffer für „Hausaufgabenhilfe/)
    await expect(page.getByRole('link', { name: TARGET })).toBeVisible()
    expect(await page.getByLabel('Suchbegriff').getAttribute('maxlength')).toBe('200')

    for (const query of ['"&|!:*()', "'; drop table articles; --", '<script>alert(1)</script>', ':* & | !']) {
      const response = await page.goto(`/suche?q=${encodeURIComponent(query)}`)
      expect(response?.status(), query).toBe(200)
      await expect(page.getByRole('status')).toHaveText(`Keine Treffer für „${query}“`)
      await expect(page.getByLabel('Suchbegriff')).toHaveValue(query)
    }
    // Nothing was executed or dropped: the site still searches.
    await page.goto('/suche?q=Hausaufgabenhilfe')
    await expect(page.getByRole('link', { name: TARGET })).toBeVisible()
  })
})

test.describe('feeds and crawlers', () => {
  test('the RSS feed is well-formed RSS 2.0 with the newest articles', async ({ request }) => {
    const response = await request.get('/feed.xml')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toMatch(/^application\/rss\+xml/)
    const channel = parseRss(await response.text())
    expect(channel.title).toBe('Essener Verbund der Immigrantenvereine – Aktuelles')
    expect(pathOf(channel.link)).toBe('/aktuelles')
    expect(channel.description).not.toBe('')

    const items = channel.item ?? []
    const publicSlugs = await publicArticleSlugs(request)
    expect(items.length).toBe(Math.min(50, publicSlugs.length))
    for (const item of items) {
      expect(item.title).not.toBe('')
      expect(pathOf(item.link)).toMatch(/^\/aktuelles\/nachrichten\/[a-z0-9-]+$/)
      expect(typeof item.guid === 'object' ? item.guid['#text'] : item.guid).toBe(item.link)
      // RFC 822 dates, as RSS 2.0 wants them.
      expect(item.pubDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/)
    }
    const dates = items.map((item) => Date.parse(item.pubDate))
    expect([...dates].sort((a, b) => b - a)).toEqual(dates)
    expect(publicSlugs).toEqual(expect.arrayContaining(items.map((item) => pathOf(item.link).split('/').pop())))

    expect((await request.get(pathOf(items[0].link))).status()).toBe(200)
  })

  test('a category feed holds only that category; an unknown one is a 404', async ({ request }) => {
    const channel = parseRss(await (await request.get('/feed.xml?kategorie=kultur')).text())
    expect(channel.title).toBe('Kultur – Essener Verbund der Immigrantenvereine')
    expect(pathOf(channel.link)).toBe('/aktuelles/kategorie/kultur')
    expect(channel.item?.length).toBeGreaterThan(0)
    for (const item of channel.item ?? []) expect(item.category).toContain('Kultur')

    const unknown = await request.get('/feed.xml?kategorie=gibt-es-nicht')
    expect(unknown.status()).toBe(404)
  })

  test('the sitemap lists exactly the public articles, the free pages and the lists', async ({ request }) => {
    const response = await request.get('/sitemap.xml')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toMatch(/xml/)
    const paths = sitemapPaths(await response.text())
    expect(new Set(paths).size).toBe(paths.length)

    const listed = paths.filter((path) => path.startsWith('/aktuelles/nachrichten/')).map((path) => path.split('/').pop()).sort()
    expect(listed).toEqual((await publicArticleSlugs(request)).sort())
    expect(paths).toEqual(
      expect.arrayContaining(['/', '/aktuelles', '/aktuelles/archiv', '/aktuelles/kategorie/kultur', '/impressum', '/datenschutz', '/kontakt', '/ueber-uns']),
    )
    // Every listed address answers (a sample: one of each kind).
    for (const path of ['/aktuelles/kategorie/kultur', `/aktuelles/nachrichten/${listed[0]}`, '/ueber-uns']) {
      expect((await request.get(path)).status(), path).toBe(200)
    }
  })

  test('robots.txt allows the site, keeps crawlers out of admin and search, and points to the sitemap', async ({ request }) => {
    const response = await request.get('/robots.txt')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toMatch(/^text\/plain/)
    const text = await response.text()
    expect(text).toMatch(/^User-Agent: \*$/im)
    expect(text).toMatch(/^Disallow: \/admin$/m)
    expect(text).toMatch(/^Disallow: \/suche$/m)
    const sitemap = text.match(/^Sitemap: (\S+)$/m)?.[1]
    expect(sitemap).toBeDefined()
    expect(pathOf(sitemap!)).toBe('/sitemap.xml')
  })
})
