/**
 * migo in the reader's language, through the real pieces: the sign-up and
 * link route handlers, PostgreSQL, the send job, and mail over SMTP to a real
 * SMTP server process whose messages are parsed.
 */
import { createLocalReq, type Endpoint } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { SendSettings } from '@/jobs/newsletter/settings'
import type { NewsletterIssue } from '@/payload-types'

import { createIssue } from '../helpers/newsletter'
import { rawHeader, smtpEnvironment, startSmtpSink, type ReceivedMail } from '../helpers/smtpSink'
import { createUser } from '../helpers/users'

// The real renderer, counted: the sender must render each language once, not once per reader.
vi.mock('@/email/render', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/email/render')>()
  return { ...real, renderEmail: vi.fn(real.renderEmail) }
})

// The mail adapter is chosen when Payload's config is built: the sink must be running first.
const sink = await startSmtpSink()
afterAll(() => sink.stop())
Object.assign(process.env, smtpEnvironment(sink))
const { testPayload } = await import('../helpers/payload')
const { renderEmail } = await import('@/email/render')
const { sendIssue } = await import('@/jobs/newsletter/sendIssue')
const { startSending } = await import('@/jobs/newsletter/startSending')
const signupRoute = await import('@/app/(frontend)/newsletter/anmelden/route')
const confirmRoute = await import('@/app/(frontend)/newsletter/bestaetigen/route')
const languageRoute = await import('@/app/(frontend)/newsletter/anmelden/sprache/route')

const payload = await testPayload()
const db = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 })
afterAll(() => db.end())

const SETTINGS: SendSettings = { concurrency: 4, ratePerSecond: 0, maxAttempts: 3, retryDelayMs: 20 }

let counter = 0
const fresh = (name: string) => {
  counter += 1
  return { email: `${name}-${counter}@beispiel.de`, ip: `198.51.100.${100 + counter}` }
}

function signupForm(email: string, language?: string): FormData {
  const form = new FormData()
  for (const [name, value] of Object.entries({ email, consent: 'ja', source: '/migo', homepage: '' })) form.set(name, value)
  if (language !== undefined) form.set('language', language)
  return form
}
const postSignup = (form: FormData, ip: string) =>
  signupRoute.POST(new Request('http://localhost:3000/newsletter/anmelden', { method: 'POST', body: form, headers: { 'x-evi-client-ip': ip } }))

/** Runs `action` and returns the mails it sent (exactly `count`). */
async function mailsFrom(action: () => Promise<unknown>, count: number): Promise<ReceivedMail[]> {
  const before = sink.received.length
  await action()
  await sink.waitForCount(before + count)
  await new Promise((resolve) => setTimeout(resolve, 150))
  expect(sink.received.length - before).toBe(count)
  return sink.received.slice(before)
}

/** The one link to `path` in the mail, the same in its HTML and its text part. */
function linkIn(mail: ReceivedMail, path: string): string {
  const pattern = new RegExp(`https?://[^\\s"'<>\\]]+${path.replaceAll('/', '\\/')}\\?token=[A-Za-z0-9_-]{43}`)
  const inHtml = pattern.exec(String(mail.parsed.html))?.[0]
  expect(inHtml, `link ${path} in the HTML part`).toBeTruthy()
  expect(pattern.exec(mail.parsed.text ?? '')?.[0], `link ${path} in the text part`).toBe(inHtml)
  return inHtml!
}
const tokenOf = (url: string) => new URL(url).searchParams.get('token')!

/** What the mail's HTML declares about itself. */
function htmlHead(mail: ReceivedMail) {
  const html = String(mail.parsed.html)
  const root = /<html([^>]*)>/.exec(html)?.[1] ?? ''
  return {
    lang: /\blang="([^"]+)"/.exec(root)?.[1],
    dir: /\bdir="([^"]+)"/.exec(root)?.[1],
    title: decode(/<title>([^<]*)<\/title>/.exec(html)?.[1]),
  }
}
/** React writes ' " & as entities. */
const decode = (text: string | undefined) => text?.replaceAll('&#x27;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&')

const subscriberByEmail = async (email: string) =>
  (await payload.find({ collection: 'newsletter-subscribers', where: { email: { equals: email } }, overrideAccess: true })).docs[0]

/** Signs up in `language` through the route, confirms through the link; returns the confirmation request and the welcome mail. */
async function subscribe(name: string, language: string) {
  const { email, ip } = fresh(name)
  const [request] = await mailsFrom(async () => expect((await postSignup(signupForm(email, language), ip)).status).toBe(303), 1)
  // Opening the link shows the button; its POST confirms.
  const token = new URL(linkIn(request, '/newsletter/bestaetigen')).searchParams.get('token')!
  const [welcome] = await mailsFrom(
    () => confirmRoute.POST(new Request('http://localhost/newsletter/bestaetigen', { method: 'POST', body: new URLSearchParams({ token }), headers: { 'x-evi-client-ip': ip } })),
    1,
  )
  return { email, request, welcome }
}

beforeAll(async () => {
  await payload.updateGlobal({
    slug: 'site-settings',
    data: { siteName: 'Essener Verbund der Immigrantenvereine e.V.', contact: { address: 'Friedrich-Ebert-Straße 30\n45127 Essen', email: 'info@evi-essen.de' } },
  })
})

describe('choosing the language when signing up', () => {
  it('a Turkish sign-up is stored as Turkish; the confirmation and the welcome mail come in Turkish, with lang, dir and a title', async () => {
    const { email, request, welcome } = await subscribe('okur', 'tr')
    expect((await subscriberByEmail(email))?.language).toBe('tr')

    expect(request.parsed.subject).toBe('Lütfen migo aboneliğinizi onaylayın')
    expect(htmlHead(request)).toEqual({ lang: 'tr', dir: 'ltr', title: 'Lütfen migo aboneliğinizi onaylayın' })
    expect(request.parsed.text).toContain('Aboneliği onayla')
    expect(request.parsed.text).toMatch(/Bağlantı \d{1,2} [A-Za-zÇĞİÖŞÜçğıöşü]+ \d{4} \d{2}:\d{2} tarihine kadar geçerlidir/)
    expect(request.parsed.text).toContain('/tr/impressum')

    expect(welcome.parsed.subject).toBe("migo'ya hoş geldiniz – aboneliğiniz onaylandı")
    expect(htmlHead(welcome)).toEqual({ lang: 'tr', dir: 'ltr', title: "migo'ya hoş geldiniz – aboneliğiniz onaylandı" })
    expect(welcome.parsed.text).toContain('Abonelikten çık')
    expect(welcome.parsed.text).toContain('Dili değiştir')
    // One token per mail, in both links: the language link is the unsubscribe link's sibling.
    const unsubscribeUrl = linkIn(welcome, '/newsletter/abmelden')
    expect(tokenOf(linkIn(welcome, '/newsletter/anmelden/sprache'))).toBe(tokenOf(unsubscribeUrl))
    expect(rawHeader(welcome.parsed, 'List-Unsubscribe')).toBe(`<${unsubscribeUrl}>`)
  })

  it('an Arabic sign-up gets its mails right to left', async () => {
    const { email, request, welcome } = await subscribe('qari', 'ar')
    expect((await subscriberByEmail(email))?.language).toBe('ar')
    expect(htmlHead(request)).toEqual({ lang: 'ar', dir: 'rtl', title: 'يرجى تأكيد اشتراكك في migo' })
    expect(htmlHead(welcome)).toMatchObject({ lang: 'ar', dir: 'rtl' })
    expect(welcome.parsed.text).toContain('تغيير اللغة')
  })

  it('without a choice (a form from before) it is German; an unknown language is refused in German and nothing is stored', async () => {
    const { email, request } = await subscribe('leser', '')
    expect((await subscriberByEmail(email))?.language).toBe('de')
    expect(htmlHead(request)).toEqual({ lang: 'de', dir: 'ltr', title: 'Bitte bestätigen Sie Ihre Anmeldung zu migo' })

    const odd = fresh('seltsam')
    const before = sink.received.length
    const answer = await postSignup(signupForm(odd.email, 'xx'), odd.ip)
    expect(answer.status).toBe(400)
    const page = await answer.text()
    expect(page).toContain('Sprache von migo')
    expect(page).toContain('Bitte wählen Sie eine der angebotenen Sprachen.')
    expect(page).not.toMatch(/at .+\.ts:\d+/)
    expect(await subscriberByEmail(odd.email)).toBeUndefined()
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(sink.received.length).toBe(before)
  })

  it('signing up a confirmed address again keeps its language: the note goes out in the language it chose', async () => {
    const { email } = await subscribe('treu', 'ru')
    const again = fresh('treu-nochmal')
    const [note] = await mailsFrom(() => postSignup(signupForm(email, 'en'), again.ip), 1)
    expect(note.parsed.subject).toBe('Вы уже получаете migo')
    expect(htmlHead(note)).toMatchObject({ lang: 'ru', dir: 'ltr' })
    expect((await subscriberByEmail(email))?.language).toBe('ru')
  })
})

describe('changing the language through the link in a mail', () => {
  const languagePage = (url: string) => languageRoute.GET(new Request(url))
  const postLanguage = (fields: Record<string, string>) => {
    const form = new FormData()
    for (const [name, value] of Object.entries(fields)) form.set(name, value)
    return languageRoute.POST(new Request('http://localhost:3000/newsletter/anmelden/sprache', { method: 'POST', body: form }))
  }

  it('opening the link shows a form in the current language and changes nothing; posting it changes the language', async () => {
    const { email, welcome } = await subscribe('wechsel', 'tr')
    const url = linkIn(welcome, '/newsletter/anmelden/sprache')

    const shown = await languagePage(url)
    expect(shown.status).toBe(200)
    expect(shown.headers.get('cache-control')).toBe('no-store')
    expect(shown.headers.get('referrer-policy')).toBe('no-referrer')
    const form = await shown.text()
    expect(form).toMatch(/<html lang="tr" dir="ltr">/)
    expect(form).toContain("migo'yu hangi dilde almak istersiniz?")
    expect(form).toMatch(/<option value="tr" lang="tr" selected>Türkçe<\/option>/)
    expect(form).toContain(`name="token" value="${tokenOf(url)}"`)
    expect((await subscriberByEmail(email))?.language).toBe('tr')

    const saved = await postLanguage({ token: tokenOf(url), language: 'ar' })
    expect(saved.status).toBe(200)
    const page = await saved.text()
    expect(page).toMatch(/<html lang="ar" dir="rtl">/)
    expect(page).toContain('ستتلقى migo من الآن باللغة: العربية')
    expect((await subscriberByEmail(email))?.language).toBe('ar')

    // The next mail to them (here: signing up again) comes in the new language.
    const [note] = await mailsFrom(() => postSignup(signupForm(email), fresh('x').ip), 1)
    expect(htmlHead(note)).toMatchObject({ lang: 'ar', dir: 'rtl' })
  })

  it('an unknown language is refused (400, in the reader’s language) and an unknown link is answered 404', async () => {
    const { email, welcome } = await subscribe('vorsicht', 'en')
    const token = tokenOf(linkIn(welcome, '/newsletter/abmelden'))
    const refused = await postLanguage({ token, language: 'kl' })
    expect(refused.status).toBe(400)
    expect(await refused.text()).toContain('Please choose one of the languages offered.')
    expect((await subscriberByEmail(email))?.language).toBe('en')

    for (const bad of ['A'.repeat(43), 'kurz', '']) {
      expect((await postLanguage({ token: bad, language: 'de' })).status).toBe(404)
      expect((await languagePage(`http://localhost:3000/newsletter/anmelden/sprache?token=${bad}`)).status).toBe(404)
    }
    expect((await subscriberByEmail(email))?.language).toBe('en')
  })
})

describe('sending an issue in each reader’s language', () => {
  /** Only these readers are subscribed (earlier tests' readers leave): one per language given. */
  async function readers(prefix: string, languages: string[]): Promise<Record<string, string>> {
    await db.query(`UPDATE subscribers SET status = 'unsubscribed' WHERE status = 'confirmed'`)
    const byLanguage: Record<string, string> = {}
    for (const [index, language] of languages.entries()) {
      const email = `${prefix}-${index}-${language}@beispiel.de`
      await db.query(`INSERT INTO subscribers (email, status, language) VALUES ($1, 'confirmed', $2)`, [email, language])
      byLanguage[language] ??= email
    }
    return byLanguage
  }

  /** Adds a translation (title, editorial, item headline and text) in one locale, sending the rows' ids as the notes require. */
  async function translate(issue: NewsletterIssue, locale: 'tr' | 'ar', texts: { title: string; editorial: string; headline: string; text: string }) {
    const paragraph = { type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text: texts.editorial, detail: 0, format: 0, mode: 'normal', style: '' }] }
    await payload.update({
      collection: 'newsletter-issues',
      id: issue.id,
      locale,
      data: {
        title: texts.title,
        editorial: { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [paragraph] } },
        sections: issue.sections!.map((section) => ({
          id: section.id,
          topic: section.topic,
          items: section.items!.map((item) => ({ id: item.id, headline: texts.headline, text: texts.text })),
        })),
      },
    })
  }

  async function send(issue: NewsletterIssue) {
    expect(await startSending(payload, issue.id)).toMatchObject({ ok: true })
    const before = sink.received.length
    vi.mocked(renderEmail).mockClear()
    const outcome = await sendIssue(payload, issue.id, { settings: SETTINGS })
    expect(outcome).toMatchObject({ status: 'sent' })
    await new Promise((resolve) => setTimeout(resolve, 300))
    const mails = sink.received.slice(before)
    return { to: (email: string) => mails.filter((mail) => mail.to.includes(email)), renders: vi.mocked(renderEmail).mock.calls.length }
  }

  it('an issue translated into Turkish reaches a Turkish reader in Turkish and a German reader in German; others get German with a note in theirs', async () => {
    const readersOf = await readers('tuerkisch', ['de', 'tr', 'ar', 'ru', 'tr', 'de', 'tr', 'de'])
    const issue = await createIssue(payload, 'Was der Winter bringt')
    await translate(issue, 'tr', { title: 'Kışın neler var', editorial: 'Sevgili okurlar, yeni sayıya hoş geldiniz.', headline: 'Kışın dil kursları', text: 'Yeni kurslar ocakta başlıyor.' })
    const sent = await send(issue)

    const [turkish] = sent.to(readersOf.tr)
    expect(sent.to(readersOf.tr)).toHaveLength(1)
    expect(turkish.parsed.subject).toBe(`migo Sayı ${issue.issueNumber} – Kışın neler var`)
    expect(htmlHead(turkish)).toEqual({ lang: 'tr', dir: 'ltr', title: `migo Sayı ${issue.issueNumber} – Kışın neler var` })
    for (const part of [String(turkish.parsed.html), turkish.parsed.text ?? '']) {
      expect(part).toContain('Sevgili okurlar, yeni sayıya hoş geldiniz.')
      expect(part).toContain('Kışın dil kursları')
      expect(part).toContain('Eğitim')
      expect(part).toContain(`/tr/migo/${issue.slug}`)
      expect(part).not.toContain('Liebe Leserinnen und Leser')
      expect(part).toMatch(/\/newsletter\/abmelden\?token=[A-Za-z0-9_-]{43}/)
      expect(part).toMatch(/\/newsletter\/anmelden\/sprache\?token=[A-Za-z0-9_-]{43}/)
    }

    const [german] = sent.to(readersOf.de)
    expect(german.parsed.subject).toBe(`migo Nr. ${issue.issueNumber} – Was der Winter bringt`)
    expect(htmlHead(german)).toEqual({ lang: 'de', dir: 'ltr', title: `migo Nr. ${issue.issueNumber} – Was der Winter bringt` })
    expect(german.parsed.text).toContain('Liebe Leserinnen und Leser')
    expect(german.parsed.text).not.toContain('Kışın')
    expect(german.parsed.text).toContain(`/migo/${issue.slug}`)
    expect(german.parsed.text).not.toContain(`/tr/migo/`)

    // Not translated into Arabic: German, with one line in Arabic (marked as such) saying why.
    const [arabic] = sent.to(readersOf.ar)
    expect(htmlHead(arabic)).toMatchObject({ lang: 'de', dir: 'ltr' })
    expect(String(arabic.parsed.html)).toMatch(/<p[^>]*lang="ar"[^>]*dir="rtl"[^>]*>هذا العدد غير متوفر بالعربية بعد/)
    expect(arabic.parsed.text).toContain('Liebe Leserinnen und Leser')

    // Each language's mail is rendered once per send, however many readers share it.
    expect(sent.renders).toBe(5)
  })

  it('an issue translated into Arabic goes right to left to an Arabic reader', async () => {
    const readersOf = await readers('arabisch', ['ar', 'de'])
    const issue = await createIssue(payload, 'Gesundheit im Alter')
    await translate(issue, 'ar', { title: 'الصحة في سن الشيخوخة', editorial: 'أعزاءنا القراء، أهلًا بكم في العدد الجديد.', headline: 'دورات اللغة في الشتاء', text: 'تبدأ الدورات الجديدة في يناير.' })
    const sent = await send(issue)
    const [arabic] = sent.to(readersOf.ar)
    expect(htmlHead(arabic)).toEqual({ lang: 'ar', dir: 'rtl', title: `migo العدد ${issue.issueNumber} – الصحة في سن الشيخوخة` })
    expect(arabic.parsed.text).toContain('أعزاءنا القراء')
    expect(arabic.parsed.text).toContain('تعليم')
    expect(htmlHead(sent.to(readersOf.de)[0])).toMatchObject({ lang: 'de', dir: 'ltr' })
  })

  it('an untranslated issue goes in German to a Russian reader, and so does one whose translation lacks the editorial', async () => {
    const readersOf = await readers('russisch', ['ru', 'tr'])
    const untranslated = await createIssue(payload, 'Nur auf Deutsch')
    const russian = (await send(untranslated)).to(readersOf.ru)
    expect(russian).toHaveLength(1)
    expect(russian[0].parsed.subject).toBe(`migo Nr. ${untranslated.issueNumber} – Nur auf Deutsch`)
    expect(htmlHead(russian[0])).toEqual({ lang: 'de', dir: 'ltr', title: `migo Nr. ${untranslated.issueNumber} – Nur auf Deutsch` })
    expect(russian[0].parsed.text).toContain('Liebe Leserinnen und Leser')
    expect(String(russian[0].parsed.html)).toMatch(/<p[^>]*lang="ru"[^>]*>Этот выпуск пока не переведён на русский язык/)

    // Half a translation (the title alone) is not a translation: the Turkish reader gets German too.
    const half = await createIssue(payload, 'Halb übersetzt')
    await payload.update({ collection: 'newsletter-issues', id: half.id, locale: 'tr', data: { title: 'Yarı çevrilmiş' } })
    const [turkish] = (await send(half)).to(readersOf.tr)
    expect(htmlHead(turkish)).toMatchObject({ lang: 'de' })
    expect(turkish.parsed.subject).toBe(`migo Nr. ${half.issueNumber} – Halb übersetzt`)
    expect(turkish.parsed.text).toContain('Bu sayı henüz Türkçe olarak mevcut değil')
  })
})

describe('the editors’ preview per language', () => {
  it('shows the latest draft as the readers of a language get it: translated where it is, German with the note elsewhere', async () => {
    await createUser(payload, 'admin', 'Erste Person')
    const editor = await createUser(payload, 'editor', 'Vorschau')
    const issue = await createIssue(payload, 'Vorschau in Sprachen')
    await payload.update({ collection: 'newsletter-issues', id: issue.id, locale: 'tr', draft: true, data: { title: 'Dillerde önizleme' } })
    const endpoint = (payload.collections['newsletter-issues'].config.endpoints as Endpoint[]).find((e) => e.path === '/:id/email-preview')!
    const preview = async (query: string) => {
      const req = await createLocalReq({ user: { ...editor, collection: 'users' }, urlSuffix: `/api/newsletter-issues/${issue.id}/email-preview?${query}` }, payload)
      req.routeParams = { id: String(issue.id) }
      const response = (await endpoint.handler(req)) as Response
      expect(response.status).toBe(200)
      return response.text()
    }
    // Only the title is translated: Turkish readers would get German, and the preview says so.
    expect(await preview('sprache=tr')).toContain('Bu sayı henüz Türkçe olarak mevcut değil')
    await payload.update({
      collection: 'newsletter-issues',
      id: issue.id,
      locale: 'tr',
      draft: true,
      data: {
        editorial: { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text: 'Merhaba', detail: 0, format: 0, mode: 'normal', style: '' }] }] } },
        sections: issue.sections!.map((section) => ({ id: section.id, topic: section.topic, items: section.items!.map((item) => ({ id: item.id, headline: 'Kurslar' })) })),
      },
    })
    const turkish = await preview('sprache=tr')
    expect(turkish).toMatch(/<html[^>]*\slang="tr"/)
    expect(turkish).toContain('Dillerde önizleme')
    const arabic = await preview('sprache=ar')
    expect(arabic).toMatch(/<html[^>]*\slang="de"/)
    expect(arabic).toContain('هذا العدد غير متوفر بالعربية بعد')
    const german = await preview('')
    expect(german).toMatch(/<html[^>]*\slang="de"/)
    expect(german).toContain('Vorschau in Sprachen')
  })
})
