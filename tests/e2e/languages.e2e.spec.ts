/**
 * Every reader in their language: each page type in each of the five
 * languages with its `lang` and `dir`, the language switcher, the hreflang
 * alternates (real translations only) and the note above German text shown
 * for a missing translation; the addresses (/de/… and trailing slashes), the
 * feeds and the sitemap per language, answers of a form in its language, and
 * Leichte Sprache. Reads the seeded demo content (src/seed/translationData.ts);
 * axe runs in German and Arabic in tests/e2e/accessibility.e2e.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test'

import { parseRss, pathOf } from './helpers'

const LOCALES = ['de', 'tr', 'ar', 'en', 'ru'] as const
type Locale = (typeof LOCALES)[number]
const NATIVE = { de: 'Deutsch', tr: 'Türkçe', ar: 'العربية', en: 'English', ru: 'Русский' }
/** The note above German text, in each language (src/i18n/<lang>.ts, languages.fallbackNote). */
const NOTE = {
  tr: 'Bu içerik henüz Türkçe olarak mevcut değil. Almanca sürümünü okuyorsunuz.',
  ar: 'هذا المحتوى غير متوفر بالعربية بعد. أنت تقرأ النسخة الألمانية.',
  en: 'This content is not available in English yet. You are reading the German version.',
  ru: 'Этот материал пока не переведён на русский язык. Вы читаете немецкую версию.',
}
const SWITCHER = { de: 'Sprache wählen', tr: 'Dil seçin', ar: 'اختر اللغة', en: 'Choose language', ru: 'Выберите язык' }

const inLanguage = (locale: Locale, path: string) => (locale === 'de' ? path : path === '/' ? `/${locale}` : `/${locale}${path}`)

type PageType = {
  name: string
  /** The German path, or how to find it on the site. */
  path: string | ((page: Page) => Promise<string>)
  /** The languages the page really exists in (its hreflang alternates); every language for interface pages. */
  translations?: readonly Locale[]
  status?: number
  /** Not for search engines (noindex): no alternates, no canonical. */
  noindex?: boolean
}

/** The first link `selector` finds on a German list page. */
const firstLinkOn = (listPath: string, selector: string) => async (page: Page) => {
  await page.goto(listPath)
  const href = await page.locator(selector).first().getAttribute('href')
  expect(href).toMatch(/^\/[a-z]/)
  return href!
}

const PAGE_TYPES: PageType[] = [
  { name: 'home', path: '/' },
  { name: 'news list', path: '/aktuelles' },
  { name: 'news list of a category', path: '/aktuelles/kategorie/kultur' },
  { name: 'article translated into every language', path: '/aktuelles/nachrichten/verbund-waehlt-neuen-vorstand', translations: LOCALES },
  {
    name: 'article without an English translation',
    path: '/aktuelles/nachrichten/neue-beratungsstelle-fuer-eltern-in-altenessen',
    translations: ['de', 'tr', 'ar', 'ru'],
  },
  { name: 'article only in German', path: '/aktuelles/nachrichten/jugendturnier-16-mannschaften-ein-ziel', translations: ['de'] },
  { name: 'archive', path: '/aktuelles/archiv' },
  { name: 'archive month', path: firstLinkOn('/aktuelles/archiv', '.archive-months a') },
  { name: 'search', path: '/suche?q=Verbund' },
  { name: 'free page, translated', path: '/ueber-uns', translations: LOCALES },
  { name: 'free page only in German', path: '/impressum', translations: ['de'] },
  { name: 'member directory', path: '/mitgliedsvereine' },
  { name: 'organisation profile, partly translated', path: '/mitgliedsvereine/tuerkischer-kulturverein-stadtkern-e-v', translations: ['de', 'tr', 'en'] },
  { name: 'application form', path: '/mitgliedsvereine/eintragen' },
  { name: 'migo archive', path: '/migo' },
  { name: 'newest migo issue', path: firstLinkOn('/migo', '.migo-list a'), translations: ['de', 'tr', 'ar'] },
  { name: 'newsletter thank-you page', path: '/newsletter/danke', noindex: true },
  { name: '404 page', path: '/gibt-es-nicht', status: 404 },
]

async function expectSwitcher(page: Page, locale: Locale, path: string) {
  const switcher = page.getByRole('navigation', { name: SWITCHER[locale] })
  const links = switcher.getByRole('link')
  await expect(links).toHaveText(LOCALES.map((l) => NATIVE[l]))
  for (const [i, language] of LOCALES.entries()) {
    const link = links.nth(i)
    await expect(link).toHaveAttribute('lang', language)
    await expect(link).toHaveAttribute('href', inLanguage(language, path))
    if (language === locale) await expect(link).toHaveAttribute('aria-current', 'true')
    else await expect(link).not.toHaveAttribute('aria-current', /./)
  }
}

async function alternates(page: Page): Promise<Record<string, string>> {
  const links = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((els) =>
    els.map((el) => [el.getAttribute('hreflang')!, el.getAttribute('href')!]),
  )
  return Object.fromEntries(links.map(([language, href]) => [language, pathOf(href)]))
}

for (const type of PAGE_TYPES) {
  test(`${type.name} in each language: lang, dir, switcher, hreflang, fallback note`, async ({ page }) => {
    const path = typeof type.path === 'string' ? type.path : await type.path(page)
    const translations = type.translations ?? LOCALES
    for (const locale of LOCALES) {
      const url = inLanguage(locale, path)
      const response = await page.goto(url)
      expect(response?.status(), url).toBe(type.status ?? 200)
      await expect(page.locator('html'), url).toHaveAttribute('lang', locale)
      await expect(page.locator('html'), url).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr')
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

      if (type.status === 404) {
        // An unknown address: the switcher offers each language's home page, and nothing is offered to search engines.
        await expectSwitcher(page, locale, '/')
        expect(await alternates(page)).toEqual({})
        continue
      }
      await expectSwitcher(page, locale, path)

      const pathname = path.split('?')[0]
      const translated = translations.includes(locale)
      if (type.noindex) expect(await alternates(page)).toEqual({})
      else {
        const expected = Object.fromEntries([...translations.map((l) => [l, inLanguage(l, pathname)]), ['x-default', pathname]])
        expect(await alternates(page), `hreflang of ${url}`).toEqual(expected)
        // A page shown in German for lack of a translation names the German page as canonical.
        const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href')
        expect(pathOf(canonical!), url).toBe(inLanguage(translated ? locale : 'de', pathname))
      }

      const note = page.getByRole('note')
      if (translated) await expect(note, url).toHaveCount(0)
      else {
        await expect(note, url).toHaveText(NOTE[locale as keyof typeof NOTE])
        // The German text below the note is marked as German.
        await expect(page.locator('main [lang="de"]').first(), url).toBeVisible()
      }
    }
  })
}

test.describe('text in the reader’s language', () => {
  test('the interface, dates and countries follow the language; German cards on a Turkish page are marked', async ({ page }) => {
    await page.goto('/tr/aktuelles')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Güncel haberler ve yazılar')
    await expect(page.getByRole('navigation', { name: 'Ana menü' }).getByRole('link', { name: 'Haberler' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Ana içeriğe geç' })).toBeAttached()
    // A date in Turkish, in Essen's time.
    await expect(page.locator('main .card time').first()).toHaveText(/^\d{1,2} (Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık) \d{4}$/)
    // Translated articles in Turkish, the others in German with lang="de".
    await expect(page.locator('main .card__title', { hasText: 'Birlik yeni yönetim kurulunu seçti' })).not.toHaveAttribute('lang', /./)
    await expect(page.locator('main .card__title[lang="de"]').first()).toBeVisible()
    await expect(page.locator('main .card__title[lang="de"] a').first()).toHaveAttribute('href', /^\/tr\/aktuelles\/nachrichten\//)

    await page.goto('/ar/mitgliedsvereine')
    const country = page.getByLabel('بلد المنشأ', { exact: true })
    await expect(country.locator('option', { hasText: /^تركيا \(\d+\)$/ })).toHaveCount(1)
    await expect(page.getByLabel('مجال النشاط', { exact: true }).locator('option', { hasText: /^الرياضة/ })).toHaveCount(1)
    await expect(page.locator('.result-count')).toHaveText(/جمعية/)

    await page.goto('/ru/mitgliedsvereine/tuerkischer-kulturverein-stadtkern-e-v')
    // Not translated into Russian: the note, and the description in German.
    await expect(page.getByRole('note')).toBeVisible()
    await expect(page.locator('.profile__head .lead')).toHaveAttribute('lang', 'de')
    await expect(page.locator('.profile__row', { hasText: 'Происхождение' }).locator('dd')).toHaveText('Турция')
  })

  test('Arabic pages run right to left, with German names set apart and arrows pointing the reading way', async ({ page }) => {
    await page.goto('/ar/aktuelles')
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    const next = page.getByRole('navigation', { name: 'التنقل بين الصفحات' }).locator('a[rel="next"]')
    await expect(next).toHaveText('التالي ←')
    // The layout mirrors: the heading's text starts at the right edge of its box, the language bar begins at the right.
    const { text, box } = await page.getByRole('heading', { level: 1 }).evaluate((h1) => {
      const range = document.createRange()
      range.selectNodeContents(h1)
      const text = range.getBoundingClientRect()
      const box = h1.getBoundingClientRect()
      return { text: { left: text.left, right: text.right }, box: { left: box.left, right: box.right } }
    })
    expect(Math.abs(text.right - box.right)).toBeLessThan(2)
    expect(text.left).toBeGreaterThan(box.left + 20)
    const languages = await page.locator('.languages a').evaluateAll((links) => links.map((a) => a.getBoundingClientRect().left))
    // Deutsch, the first in the list, stands furthest right.
    expect(languages[0]).toBe(Math.max(...languages))

    await page.goto('/ar/mitgliedsvereine/tuerkischer-kulturverein-stadtkern-e-v')
    await expect(page.locator('h1')).toHaveAttribute('dir', 'auto')
    await expect(page.locator('.profile__row', { hasText: 'الحي' }).locator('[lang="de"]').first()).toHaveText('Stadtkern')
  })

  test('the switcher works by keyboard and leads to the same page in the other language', async ({ page }) => {
    await page.goto('/aktuelles/nachrichten/verbund-waehlt-neuen-vorstand')
    const arabic = page.getByRole('navigation', { name: 'Sprache wählen' }).getByRole('link', { name: 'العربية' })
    await arabic.focus()
    await expect(arabic).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/ar\/aktuelles\/nachrichten\/verbund-waehlt-neuen-vorstand$/)
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('الاتحاد ينتخب مجلس إدارة جديدًا')
    // JSON-LD names the article's language.
    const data = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text))
    expect(data.find((d) => d['@type'] === 'NewsArticle')).toMatchObject({ inLanguage: 'ar', headline: 'الاتحاد ينتخب مجلس إدارة جديدًا' })
  })

  test('client-side navigation keeps the reader’s language and German addresses', async ({ page }) => {
    await page.goto('/aktuelles')
    await page.getByRole('navigation', { name: 'Nach Kategorie filtern' }).getByRole('link', { name: 'Kultur' }).click()
    await expect(page).toHaveURL(/\/aktuelles\/kategorie\/kultur$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    await page.goto('/ru/aktuelles')
    await page.getByRole('navigation', { name: 'Фильтр по рубрикам' }).getByRole('link', { name: 'Культура' }).click()
    await expect(page).toHaveURL(/\/ru\/aktuelles\/kategorie\/kultur$/)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Культура')
  })

  test('a form answers in its page’s language, without script too', async ({ request }) => {
    const response = await request.post('/newsletter/anmelden', {
      form: { email: 'keine-adresse', source: '/tr/migo', locale: 'tr' },
      maxRedirects: 0,
    })
    expect(response.status()).toBe(400)
    const html = await response.text()
    expect(html).toContain('<html lang="tr" dir="ltr">')
    expect(html).toContain('Lütfen bilgilerinizi kontrol edin.')
    expect(html).toContain('href="/tr/migo"')

    const application = await request.post('/ar/mitgliedsvereine/eintragen/absenden', { form: { name: '' }, maxRedirects: 0 })
    expect(application.status()).toBe(400)
    const arabic = await application.text()
    expect(arabic).toContain('<html lang="ar" dir="rtl">')
    expect(arabic).toContain('يرجى إدخال اسم الجمعية.')
  })
})

test.describe('addresses, feeds and the sitemap', () => {
  test('German keeps today’s addresses: /de/… and trailing slashes lead there with a 301', async ({ request }) => {
    for (const [from, to] of [
      ['/de', '/'],
      ['/de/aktuelles', '/aktuelles'],
      ['/de/aktuelles?seite=2', '/aktuelles?seite=2'],
      ['/aktuelles/', '/aktuelles'],
      ['/tr/', '/tr'],
    ]) {
      const response = await request.get(from, { maxRedirects: 0 })
      expect(response.status(), from).toBe(301)
      expect(pathOf(new URL(response.headers().location, 'http://x').toString()), from).toBe(to)
    }
    for (const path of ['/aktuelles', '/tr/aktuelles', '/ar/aktuelles', '/en/aktuelles', '/ru/aktuelles']) {
      expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(200)
    }
  })

  test('each language has its feed, with only its real translations', async ({ request }) => {
    const turkish = parseRss(await (await request.get('/tr/feed.xml')).text())
    const titles = (turkish.item ?? []).map((item) => item.title)
    expect(titles).toEqual(expect.arrayContaining(['Birlik yeni yönetim kurulunu seçti', 'Arapça ve Türkçe ilk yardım kursları']))
    expect(titles).not.toContain('Health day with doctors speaking five languages')
    for (const item of turkish.item ?? []) expect(pathOf(item.link)).toMatch(/^\/tr\/aktuelles\/nachrichten\//)
    expect(await (await request.get('/tr/feed.xml')).text()).toContain('<language>tr-tr</language>')
    const english = parseRss(await (await request.get('/en/feed.xml')).text())
    expect((english.item ?? []).map((item) => item.title)).not.toContain('Neue Beratungsstelle für Eltern in Altenessen')
  })

  test('the sitemap names each language version with its hreflang alternates, real translations only', async ({ request }) => {
    const xml = await (await request.get('/sitemap.xml')).text()
    const entry = (path: string) => {
      const block = xml.split('<url>').find((part) => new RegExp(`<loc>https?://[^/]+${path}</loc>`).test(part))
      return block ? [...block.matchAll(/hreflang="([\w-]+)"/g)].map((m) => m[1]).sort() : null
    }
    expect(entry('/aktuelles/nachrichten/neue-beratungsstelle-fuer-eltern-in-altenessen')).toEqual(['ar', 'de', 'ru', 'tr', 'x-default'])
    expect(entry('/ar/aktuelles/nachrichten/neue-beratungsstelle-fuer-eltern-in-altenessen')).toEqual(['ar', 'de', 'ru', 'tr', 'x-default'])
    expect(entry('/en/aktuelles/nachrichten/neue-beratungsstelle-fuer-eltern-in-altenessen')).toBeNull()
    expect(entry('/en/impressum')).toBeNull()
    expect(entry('/ru/aktuelles')).toEqual(['ar', 'de', 'en', 'ru', 'tr', 'x-default'])
  })
})

test.describe('Leichte Sprache', () => {
  test('key pages and their plain-language versions link each other with the sign', async ({ page }) => {
    for (const [path, easy] of [
      ['/ueber-uns', '/leichte-sprache/ueber-uns'],
      ['/mitglied-werden', '/leichte-sprache/mitglied-werden'],
      ['/migo', '/leichte-sprache/migo'],
    ]) {
      await page.goto(path)
      // In the language bar (the footer's menu links to it as well).
      const link = page.getByRole('main').getByRole('link', { name: 'Leichte Sprache' })
      await expect(link).toHaveAttribute('href', easy)
      // The sign is drawn, and hidden from screen readers (the words name the link).
      await expect(link.locator('svg')).toHaveAttribute('aria-hidden', 'true')
      await link.click()
      await expect(page).toHaveURL(new RegExp(`${easy}$`))
      await expect(page.locator('html')).toHaveAttribute('lang', 'de')
      await expect(page.locator('article.easy-read svg.easy-language__sign')).toBeVisible()
      await expect(page.getByRole('link', { name: 'Diese Seite in Alltagssprache' })).toHaveAttribute('href', path)
      // The other languages lead to the page it explains.
      await expect(page.getByRole('navigation', { name: 'Sprache wählen' }).getByRole('link', { name: 'Türkçe' })).toHaveAttribute('href', `/tr${path}`)
    }
    // The plain-language migo page carries the sign-up form.
    await expect(page.getByRole('button', { name: 'migo kostenlos abonnieren' })).toBeVisible()
    // Readers of other languages find the way to it too, named in their language.
    await page.goto('/tr/ueber-uns')
    await expect(page.getByRole('main').getByRole('link', { name: 'Kolay Almanca' })).toHaveAttribute('href', '/leichte-sprache/ueber-uns')
  })
})

test.describe('on a phone (Lighthouse\'s 412 px)', () => {
  test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true })

  // The sub-menu's toggle button appears only once script runs; a header that
  // grew then pushed the whole page down (Lighthouse: CLS 0.33 in Arabic).
  test('the header keeps its height when the page comes alive, in every language', async ({ page, browser }) => {
    const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 412, height: 823 }, isMobile: true })
    const served = await noScript.newPage()
    const height = (p: Page) => p.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height)
    for (const locale of LOCALES) {
      const path = inLanguage(locale, '/aktuelles/nachrichten/verbund-waehlt-neuen-vorstand')
      await served.goto(path)
      await page.goto(path)
      await expect(page.getByRole('navigation', { name: SWITCHER[locale] })).toBeVisible()
      await expect(page.locator('.has-submenu--enhanced').first()).toBeAttached()
      expect(await height(page), locale).toBe(await height(served))
    }
    await noScript.close()
  })
})

test.describe('screenshots', () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true })

  test('an Arabic article and the Arabic directory on a phone', async ({ page }) => {
    await page.goto('/ar/aktuelles/nachrichten/verbund-waehlt-neuen-vorstand')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.evaluate(() => document.fonts.ready)
    // About three screens: header, language bar, the article's beginning.
    const top = { x: 0, y: 0, width: 390, height: 2000 }
    await page.screenshot({ path: test.info().outputPath('arabisch-beitrag-smartphone.png'), fullPage: true, clip: top })
    await page.goto('/ar/mitgliedsvereine?feld=kultur')
    await expect(page.locator('.org-card').first()).toBeVisible()
    await page.evaluate(() => document.fonts.ready)
    // The filters, the letters and the first organisations.
    await page.screenshot({ path: test.info().outputPath('arabisch-mitgliedsvereine-smartphone.png'), fullPage: true, clip: { ...top, height: 2600 } })
  })
})
