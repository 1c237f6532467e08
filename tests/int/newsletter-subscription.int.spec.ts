/**
 * Subscribing to migo, end to end through the real pieces: the sign-up logic
 * and the route handlers, PostgreSQL, and mail over SMTP to a real SMTP
 * server process (tests/helpers/smtpSink.ts) whose messages are parsed and
 * their links followed — opened as a page, then its button pressed, as a
 * person does; link scanners only open them.
 */
import { Forbidden } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { confirmSubscription, unsubscribe } from '@/forms/newsletterSubscription'
import { CONSENT_WORDING } from '@/forms/newsletterConsent'
import { signUp, SIGNUP_LIMIT } from '@/forms/newsletterSignup'
import { hashToken } from '@/lib/tokens'
import type { NewsletterSubscriber } from '@/payload-types'

import { rawHeader, smtpEnvironment, startSmtpSink, type ReceivedMail } from '../helpers/smtpSink'
import { createUser } from '../helpers/users'

// The mail adapter is chosen when Payload's config is built: the sink must be running first.
const sink = await startSmtpSink()
afterAll(() => sink.stop())
Object.assign(process.env, smtpEnvironment(sink))
const { testPayload } = await import('../helpers/payload')
const signupRoute = await import('@/app/(frontend)/newsletter/anmelden/route')
const confirmRoute = await import('@/app/(frontend)/newsletter/bestaetigen/route')
const unsubscribeRoute = await import('@/app/(frontend)/newsletter/abmelden/route')

const payload = await testPayload()
const db = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 })
afterAll(() => db.end())

const ARTICLE = '/aktuelles/nachrichten/ein-beitrag'
let counter = 0
/** Each test signs up from its own address and IP, so rate limits of other tests never interfere. */
const fresh = () => {
  counter += 1
  return { email: `leserin-${counter}@beispiel.de`, ip: `198.51.100.${counter}` }
}

function signupForm(email: string, fields: Record<string, string> = {}): FormData {
  const form = new FormData()
  for (const [name, value] of Object.entries({ email, consent: 'ja', source: ARTICLE, homepage: '', ...fields })) form.set(name, value)
  return form
}

const postSignup = (form: FormData, ip: string, json = false) =>
  signupRoute.POST(
    new Request('http://localhost:3000/newsletter/anmelden', {
      method: 'POST',
      body: form,
      headers: { 'x-evi-client-ip': ip, ...(json ? { accept: 'application/json' } : {}) },
    }),
  )
type LinkRoute = { GET: (request: Request) => Promise<Response>; POST: (request: Request) => Promise<Response> }
/** Opens a link from a mail (what a person's browser and a provider's link scanner both do). */
const openLink = (route: LinkRoute, url: string, ip = '203.0.113.9') => route.GET(new Request(url, { headers: { 'x-evi-client-ip': ip } }))

/** The one form of a link's page: where it posts and its hidden fields. */
function formOf(html: string): { action: string; fields: Record<string, string> } {
  const forms = [...html.matchAll(/<form\b[^>]*>/g)]
  expect(forms, 'forms on the page').toHaveLength(1)
  expect(forms[0][0]).toMatch(/method="post"/)
  const action = /action="([^"]*)"/.exec(forms[0][0])?.[1] ?? ''
  const fields = Object.fromEntries([...html.matchAll(/<input\b[^>]*type="hidden"[^>]*>/g)].map(([input]) => [/name="([^"]*)"/.exec(input)![1], /value="([^"]*)"/.exec(input)![1]]))
  return { action, fields }
}

/** Opens the link and presses the page's one button, as a person does; returns the button's answer. */
async function followLink(route: LinkRoute, url: string, ip = '203.0.113.9'): Promise<Response> {
  const page = await openLink(route, url, ip)
  expect(page.status, `page of ${url}`).toBe(200)
  const { action, fields } = formOf(await page.text())
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.set(name, value)
  return route.POST(new Request(new URL(action, url), { method: 'POST', body: form, headers: { 'x-evi-client-ip': ip } }))
}

/** Runs `action` and returns the mails it sent: exactly `count`, none more once the sink has reported all it accepted. */
async function mailsFrom(action: () => Promise<unknown>, count: number): Promise<ReceivedMail[]> {
  const before = sink.received.length
  await action()
  await sink.waitForCount(before + count)
  await sink.settle()
  expect(sink.received.length - before).toBe(count)
  return sink.received.slice(before)
}

/** The one link of this kind in the mail, found in its HTML and its text part alike. */
function linkIn(mail: ReceivedMail, path: string): string {
  const pattern = new RegExp(`https?://[^\\s"'<>\\]]+${path.replace('/', '\\/')}\\?token=[A-Za-z0-9_-]{43}`)
  const inHtml = pattern.exec(String(mail.parsed.html))?.[0]
  const inText = pattern.exec(mail.parsed.text ?? '')?.[0]
  expect(inHtml, `link ${path} in the HTML part`).toBeTruthy()
  expect(inText, `link ${path} in the text part`).toBe(inHtml)
  return inHtml!
}
const tokenOf = (url: string) => new URL(url).searchParams.get('token')!
const header = (mail: ReceivedMail, name: string) => rawHeader(mail.parsed, name)

const subscriberByEmail = async (email: string): Promise<NewsletterSubscriber | undefined> =>
  (await payload.find({ collection: 'newsletter-subscribers', where: { email: { equals: email } }, overrideAccess: true })).docs[0]

/** Signs up, opens the confirmation link and returns the welcome mail. */
async function subscribe(email: string, ip: string): Promise<ReceivedMail> {
  const [request] = await mailsFrom(() => signUp(payload, signupForm(email), ip), 1)
  const [welcome] = await mailsFrom(() => followLink(confirmRoute, linkIn(request, '/newsletter/bestaetigen')), 1)
  return welcome
}

beforeAll(async () => {
  await payload.updateGlobal({
    slug: 'site-settings',
    data: {
      siteName: 'Essener Verbund der Immigrantenvereine e.V.',
      contact: { address: 'Friedrich-Ebert-Straße 30\n45127 Essen', email: 'info@evi-essen.de', phone: '0201 123456' },
    },
  })
})

describe('double opt-in', () => {
  it('a sign-up stores a pending subscriber and sends one confirmation mail with HTML and text parts, the link, its expiry and the imprint', async () => {
    const { email, ip } = fresh()
    const [mail] = await mailsFrom(() => signUp(payload, signupForm(email), ip), 1)

    expect(mail.to).toEqual([email])
    expect(mail.parsed.subject).toBe('Bitte bestätigen Sie Ihre Anmeldung zu migo')
    expect(mail.parsed.html).toContain('<table')
    expect(mail.parsed.text).toContain('Bitte bestätigen Sie Ihre Anmeldung')
    linkIn(mail, '/newsletter/bestaetigen')
    for (const part of [String(mail.parsed.html), mail.parsed.text ?? '']) {
      expect(part).toContain('Der Link gilt bis')
      expect(part).toContain('Friedrich-Ebert-Straße 30')
      expect(part).toContain('45127 Essen')
      expect(part).toContain('/impressum')
    }
    // Nothing to unsubscribe from yet: no advertising, no list headers.
    expect(header(mail, 'List-Unsubscribe')).toBeUndefined()

    const subscriber = await subscriberByEmail(email)
    expect(subscriber?.status).toBe('pending')
    const expires = new Date(subscriber!.confirmTokenExpiresAt!).getTime()
    expect(Math.abs(expires - (Date.now() + 7 * 24 * 3600 * 1000))).toBeLessThan(60_000)
  })

  it('the link confirms, records a complete consent record, works once, and a welcome mail brings the one-click way out', async () => {
    const { email, ip } = fresh()
    const signedUpFrom = Date.now()
    const [request] = await mailsFrom(() => signUp(payload, signupForm(email), ip), 1)
    const link = linkIn(request, '/newsletter/bestaetigen')

    const [welcome] = await mailsFrom(async () => {
      const answer = await followLink(confirmRoute, link, '203.0.113.77')
      expect(answer.status).toBe(303)
      expect(answer.headers.get('location')).toBe('/newsletter/bestaetigt')
      expect(answer.headers.get('cache-control')).toBe('no-store')
    }, 1)

    const subscriber = await subscriberByEmail(email)
    expect(subscriber?.status).toBe('confirmed')
    expect(subscriber?.consent).toMatchObject({ wording: CONSENT_WORDING, source: ARTICLE, signedUpIp: ip, confirmedIp: '203.0.113.77', unsubscribedAt: null })
    const signedUpAt = new Date(subscriber!.consent!.signedUpAt!).getTime()
    const confirmedAt = new Date(subscriber!.consent!.confirmedAt!).getTime()
    expect(signedUpAt).toBeGreaterThanOrEqual(signedUpFrom - 1000)
    expect(confirmedAt).toBeGreaterThanOrEqual(signedUpAt)
    expect(confirmedAt).toBeLessThanOrEqual(Date.now())
    expect(subscriber?.confirmTokenHash ?? null).toBeNull()

    expect(welcome.to).toEqual([email])
    expect(welcome.parsed.subject).toContain('bestätigt')
    const unsubscribeUrl = linkIn(welcome, '/newsletter/abmelden')
    expect(header(welcome, 'List-Unsubscribe')).toBe(`<${unsubscribeUrl}>`)
    expect(header(welcome, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')

    // Used once, the link is spent: the reader lands on the page that explains it.
    const again = await openLink(confirmRoute, link)
    expect(again.headers.get('location')).toBe('/newsletter/link-ungueltig')
  })

  it('an expired confirmation link is refused and changes nothing', async () => {
    const { email, ip } = fresh()
    const [request] = await mailsFrom(() => signUp(payload, signupForm(email), ip), 1)
    const subscriber = (await subscriberByEmail(email))!
    await payload.update({
      collection: 'newsletter-subscribers',
      id: subscriber.id,
      data: { confirmTokenExpiresAt: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
    const link = linkIn(request, '/newsletter/bestaetigen')

    expect(await confirmSubscription(payload, tokenOf(link), '203.0.113.1')).toBe('expired')
    const answer = await openLink(confirmRoute, link)
    expect(answer.status).toBe(303)
    expect(answer.headers.get('location')).toBe('/newsletter/link-ungueltig')
    const after = await subscriberByEmail(email)
    expect(after?.status).toBe('pending')
    expect(after?.consent?.confirmedAt ?? null).toBeNull()
  })

  it('unknown and malformed confirmation tokens are refused', async () => {
    for (const token of ['A'.repeat(43), 'kurz', '', "x' or 1=1 --"]) {
      expect(await confirmSubscription(payload, token, '203.0.113.1')).toBe('unknown')
    }
    const answer = await openLink(confirmRoute, 'http://localhost:3000/newsletter/bestaetigen')
    expect(answer.headers.get('location')).toBe('/newsletter/link-ungueltig')
  })
})

describe('links opened by link scanners (GET) change nothing; the page\'s button does it', () => {
  /** What a provider's scanner does with every link of a mail: HEAD, then GET, more than once. */
  async function scan(route: LinkRoute & { HEAD: () => Response }, url: string): Promise<Response> {
    expect(route.HEAD().status).toBe(204)
    let page!: Response
    for (let i = 0; i < 3; i += 1) page = await openLink(route, url, `192.0.2.${60 + i}`)
    return page
  }

  /** The page of a link: German, one form with one button, never cached, and no way for the token to leave by Referer. */
  async function expectButtonPage(page: Response, token: string, button: RegExp) {
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toContain('text/html')
    expect(page.headers.get('cache-control')).toBe('no-store')
    expect(page.headers.get('referrer-policy')).toBe('no-referrer')
    const html = await page.text()
    expect(html).toContain('<html lang="de"')
    expect(html).toContain('<meta name="referrer" content="no-referrer">')
    const buttons = [...html.matchAll(/<button\b[^>]*>([^<]*)<\/button>/g)]
    expect(buttons).toHaveLength(1)
    expect(buttons[0][1]).toMatch(button)
    // The token is in the form alone: no link, image or script of the page carries it anywhere.
    expect(formOf(html).fields.token).toBe(token)
    expect(html.split(token)).toHaveLength(2)
    expect(html).not.toMatch(/<(img|script|iframe|link)\b/)
  }

  it('a confirm link opened by a scanner leaves the sign-up unconfirmed and sends nothing; the button confirms', async () => {
    const { email, ip } = fresh()
    const [request] = await mailsFrom(() => signUp(payload, signupForm(email), ip), 1)
    const link = linkIn(request, '/newsletter/bestaetigen')
    const page = await mailsFrom(() => scan(confirmRoute as never, link), 0)
    expect((await subscriberByEmail(email))?.status).toBe('pending')
    expect((await subscriberByEmail(email))?.consent?.confirmedAt ?? null).toBeNull()

    const opened = await openLink(confirmRoute, link)
    await expectButtonPage(opened, tokenOf(link), /bestätigen/)
    await mailsFrom(async () => expect((await followLink(confirmRoute, link)).headers.get('location')).toBe('/newsletter/bestaetigt'), 1)
    expect((await subscriberByEmail(email))?.status).toBe('confirmed')
    expect(page).toBeDefined()
  })

  it('an unsubscribe link opened by a scanner keeps the subscription; the button, or the mail program\'s one-click POST, ends it', async () => {
    const { email, ip } = fresh()
    const welcome = await subscribe(email, ip)
    const link = linkIn(welcome, '/newsletter/abmelden')
    await scan(unsubscribeRoute as never, link)
    expect((await subscriberByEmail(email))?.status).toBe('confirmed')

    await expectButtonPage(await openLink(unsubscribeRoute, link), tokenOf(link), /abmelden/i)
    const answer = await followLink(unsubscribeRoute, link)
    expect(answer.status).toBe(303)
    expect(answer.headers.get('location')).toBe('/newsletter/abgemeldet')
    expect((await subscriberByEmail(email))?.status).toBe('unsubscribed')
  })

  it('a button pressed with a changed or missing token changes nothing and says so in German', async () => {
    const { email, ip } = fresh()
    await mailsFrom(() => signUp(payload, signupForm(email), ip), 1)
    for (const token of ['A'.repeat(43), '', 'x'.repeat(5000)]) {
      const form = new FormData()
      form.set('token', token)
      const confirm = await confirmRoute.POST(new Request('http://localhost:3000/newsletter/bestaetigen', { method: 'POST', body: form }))
      expect(confirm.status).toBe(400)
      expect(await confirm.text()).toContain('Dieser Bestätigungslink gilt nicht mehr')
      const unsubscribeAnswer = await unsubscribeRoute.POST(new Request('http://localhost:3000/newsletter/abmelden', { method: 'POST', body: form }))
      expect(unsubscribeAnswer.status).toBe(404)
      expect(await unsubscribeAnswer.text()).toContain('Dieser Abmeldelink ist uns nicht bekannt')
    }
    expect((await subscriberByEmail(email))?.status).toBe('pending')
  })
})

describe('the same answer for every address', () => {
  it('unknown, waiting, subscribed and unsubscribed addresses get the identical answer, as a redirect and as JSON', async () => {
    const unknown = fresh()
    const waiting = fresh()
    const subscribed = fresh()
    const gone = fresh()
    await mailsFrom(() => signUp(payload, signupForm(waiting.email), waiting.ip), 1)
    await subscribe(subscribed.email, subscribed.ip)
    const welcome = await subscribe(gone.email, gone.ip)
    await unsubscribe(payload, tokenOf(linkIn(welcome, '/newsletter/abmelden')))

    const answers: string[] = []
    for (const json of [false, true]) {
      const seen = new Set<string>()
      for (const { email, ip } of [unknown, waiting, subscribed, gone]) {
        const [response] = await Promise.all([postSignup(signupForm(email), ip, json), sink.waitForCount(sink.received.length + 1)])
        const shown = JSON.stringify({ status: response.status, location: response.headers.get('location'), body: await response.text() })
        seen.add(shown)
        answers.push(shown)
      }
      expect(seen.size, json ? 'JSON answers' : 'redirects').toBe(1)
    }
    expect(JSON.parse(answers[0])).toMatchObject({ status: 303, location: '/newsletter/danke', body: '' })
    expect(JSON.parse(JSON.parse(answers[4]).body)).toEqual({ ok: true, redirect: '/newsletter/danke' })
  })

  it('an address that is already subscribed stays so and gets a short note (with its way out), not a new confirmation', async () => {
    const { email, ip } = fresh()
    await subscribe(email, ip)
    const [note] = await mailsFrom(() => signUp(payload, signupForm(email), '192.0.2.200'), 1)
    expect(note.parsed.subject).toBe('Sie erhalten migo bereits')
    linkIn(note, '/newsletter/abmelden')
    expect(String(note.parsed.html)).not.toContain('/newsletter/bestaetigen')
    expect((await subscriberByEmail(email))?.status).toBe('confirmed')
  })

  it('a waiting address gets a new link; only the newest one works', async () => {
    const { email, ip } = fresh()
    const [first] = await mailsFrom(() => signUp(payload, signupForm(email), ip), 1)
    const [second] = await mailsFrom(() => signUp(payload, signupForm(email, { source: '/' }), ip), 1)
    expect(await confirmSubscription(payload, tokenOf(linkIn(first, '/newsletter/bestaetigen')), ip)).toBe('unknown')
    await mailsFrom(async () => expect(await confirmSubscription(payload, tokenOf(linkIn(second, '/newsletter/bestaetigen')), ip)).toBe('confirmed'), 1)
    expect((await subscriberByEmail(email))?.consent?.source).toBe('/')
  })

  it('addresses are stored trimmed and in lower case, once', async () => {
    const { email, ip } = fresh()
    await mailsFrom(() => signUp(payload, signupForm(`  ${email.toUpperCase()} `), ip), 1)
    await mailsFrom(() => signUp(payload, signupForm(email), ip), 1)
    const { docs } = await payload.find({ collection: 'newsletter-subscribers', where: { email: { like: email.split('@')[0] } }, overrideAccess: true })
    expect(docs.map((doc) => doc.email)).toEqual([email])
  })
})

describe('unsubscribing', () => {
  it('the link from a mail unsubscribes with one button and says so; the one-click POST does the same and answers 200', async () => {
    const viaGet = fresh()
    const welcome = await subscribe(viaGet.email, viaGet.ip)
    const answer = await followLink(unsubscribeRoute, linkIn(welcome, '/newsletter/abmelden'))
    expect(answer.status).toBe(303)
    expect(answer.headers.get('location')).toBe('/newsletter/abgemeldet')
    const gone = await subscriberByEmail(viaGet.email)
    expect(gone?.status).toBe('unsubscribed')
    expect(gone?.consent?.unsubscribedAt).toBeTruthy()
    // The consent record stays as evidence of what was agreed and withdrawn.
    expect(gone?.consent?.confirmedAt).toBeTruthy()

    const viaPost = fresh()
    const mail = await subscribe(viaPost.email, viaPost.ip)
    const url = header(mail, 'List-Unsubscribe')!.slice(1, -1)
    const oneClick = await unsubscribeRoute.POST(
      new Request(url, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
    )
    expect(oneClick.status).toBe(200)
    expect(await oneClick.text()).toContain('Sie sind abgemeldet')
    expect((await subscriberByEmail(viaPost.email))?.status).toBe('unsubscribed')
  })

  it('subscribing again works, and the unsubscribe link of an old mail still works afterwards', async () => {
    const { email, ip } = fresh()
    const oldWelcome = await subscribe(email, ip)
    const oldLink = linkIn(oldWelcome, '/newsletter/abmelden')
    expect(await unsubscribe(payload, tokenOf(oldLink))).toBe('unsubscribed')

    const [request] = await mailsFrom(() => signUp(payload, signupForm(email, { source: '/newsletter/abgemeldet' }), '192.0.2.50'), 1)
    const again = await subscriberByEmail(email)
    expect(again?.status).toBe('pending')
    expect(again?.consent).toMatchObject({ source: '/newsletter/abgemeldet', signedUpIp: '192.0.2.50', confirmedAt: null, confirmedIp: null, unsubscribedAt: null })
    await mailsFrom(() => followLink(confirmRoute, linkIn(request, '/newsletter/bestaetigen')), 1)
    expect((await subscriberByEmail(email))?.status).toBe('confirmed')

    const answer = await followLink(unsubscribeRoute, oldLink)
    expect(answer.headers.get('location')).toBe('/newsletter/abgemeldet')
    expect((await subscriberByEmail(email))?.status).toBe('unsubscribed')
    // Clicking again later changes nothing and still says "abgemeldet".
    expect((await followLink(unsubscribeRoute, oldLink)).headers.get('location')).toBe('/newsletter/abgemeldet')
  })

  it('an unknown unsubscribe link gets a German 404 page', async () => {
    for (const url of ['http://localhost:3000/newsletter/abmelden?token=' + 'B'.repeat(43), 'http://localhost:3000/newsletter/abmelden']) {
      const answer = await openLink(unsubscribeRoute, url)
      expect(answer.status).toBe(404)
      expect(answer.headers.get('content-type')).toContain('text/html')
      expect(await answer.text()).toContain('Dieser Abmeldelink ist uns nicht bekannt')
    }
    const post = await unsubscribeRoute.POST(new Request('http://localhost:3000/newsletter/abmelden?token=x', { method: 'POST' }))
    expect(post.status).toBe(404)
  })
})

describe('refusals', () => {
  it('the sixth sign-up within an hour from one IP address is refused with 429, in German; so is the sixth for one e-mail address', async () => {
    const { ip } = fresh()
    await mailsFrom(async () => {
      for (let i = 0; i < SIGNUP_LIMIT.limit; i += 1) {
        const response = await postSignup(signupForm(`viele-${i}-${counter}@beispiel.de`), ip)
        expect(response.status).toBe(303)
      }
    }, SIGNUP_LIMIT.limit)
    const refused = await postSignup(signupForm(`viele-x-${counter}@beispiel.de`), ip)
    expect(refused.status).toBe(429)
    expect(await refused.text()).toContain('Es wurden gerade zu viele Anmeldungen gesendet')
    const refusedJson = await postSignup(signupForm(`viele-y-${counter}@beispiel.de`), ip, true)
    expect(refusedJson.status).toBe(429)
    expect((await refusedJson.json()).message).toContain('zu viele Anmeldungen')
    expect(await subscriberByEmail(`viele-x-${counter}@beispiel.de`)).toBeUndefined()

    const { email } = fresh()
    await mailsFrom(async () => {
      for (let i = 0; i < SIGNUP_LIMIT.limit; i += 1) expect((await signUp(payload, signupForm(email), `192.0.2.${100 + i}`)).kind).toBe('accepted')
    }, SIGNUP_LIMIT.limit)
    await mailsFrom(async () => expect((await signUp(payload, signupForm(email), '192.0.2.199')).kind).toBe('rate-limited'), 0)
  })

  it('bad input gets a 400 with German messages; nothing is stored', async () => {
    const { email, ip } = fresh()
    const noConsent = await postSignup(signupForm(email, { consent: '' }), ip, true)
    expect(noConsent.status).toBe(400)
    expect((await noConsent.json()).errors).toEqual({ consent: 'Bitte bestätigen Sie mit dem Häkchen, dass Sie migo per E-Mail erhalten möchten.' })
    const badAddress = await postSignup(signupForm('keine-adresse'), ip)
    expect(badAddress.status).toBe(400)
    const page = await badAddress.text()
    expect(page).toContain('Bitte prüfen Sie Ihre Angaben.')
    expect(page).toContain('E-Mail-Adresse:</strong> Bitte eine gültige E-Mail-Adresse angeben.')
    expect(page).toContain(`href="${ARTICLE}"`)
    expect(await subscriberByEmail(email)).toBeUndefined()
  })

  it('a filled-in honeypot is answered like a success, and nothing is stored or sent', async () => {
    const { email, ip } = fresh()
    const before = sink.received.length
    const response = await postSignup(signupForm(email, { homepage: 'https://spam.example' }), ip)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/newsletter/danke')
    await sink.settle()
    expect(sink.received.length).toBe(before)
    expect(await subscriberByEmail(email)).toBeUndefined()
  })
})

describe('secrets and access', () => {
  it('tokens are stored only as hashes: no column of any newsletter table holds a raw token', async () => {
    const { email, ip } = fresh()
    const [request] = await mailsFrom(() => signUp(payload, signupForm(email), ip), 1)
    const confirmToken = tokenOf(linkIn(request, '/newsletter/bestaetigen'))
    const stored = (await db.query('select * from subscribers where email = $1', [email])).rows[0]
    expect(stored.confirm_token_hash).toBe(hashToken(confirmToken))

    const [welcome] = await mailsFrom(() => confirmSubscription(payload, confirmToken, ip), 1)
    const unsubscribeToken = tokenOf(linkIn(welcome, '/newsletter/abmelden'))
    const tokenRows = (await db.query('select t.* from unsub_tokens t join subscribers s on s.id = t.subscriber_id where s.email = $1', [email])).rows
    expect(tokenRows.map((row) => row.token_hash)).toEqual([hashToken(unsubscribeToken)])

    const everything = JSON.stringify([
      (await db.query('select * from subscribers')).rows,
      (await db.query('select * from unsub_tokens')).rows,
      (await db.query('select * from rate_limit_counters')).rows,
    ])
    for (const token of [confirmToken, unsubscribeToken]) expect(everything).not.toContain(token)
  })

  it('anonymous readers, members and editors cannot read subscribers; admins can, but never the token hash', async () => {
    const { email, ip } = fresh()
    await mailsFrom(() => signUp(payload, signupForm(email), ip), 1)
    const subscriber = (await subscriberByEmail(email))!
    // The first account ever created becomes an admin: the admin comes first.
    const admin = await createUser(payload, 'admin')
    const editor = await createUser(payload, 'editor')
    const own = await payload.create({ collection: 'member-organisations', data: { name: 'Ein Verein', slug: 'ein-verein', status: 'active', _status: 'published' } })
    const member = await createUser(payload, 'member', 'Vertretung', own.id)

    for (const user of [undefined, editor, member]) {
      // Refused as such (403), not an empty list that any database error would give as well.
      await expect(payload.find({ collection: 'newsletter-subscribers', user, overrideAccess: false })).rejects.toBeInstanceOf(Forbidden)
      await expect(payload.findByID({ collection: 'newsletter-subscribers', id: subscriber.id, user, overrideAccess: false })).rejects.toBeInstanceOf(Forbidden)
    }
    const asAdmin = await payload.findByID({ collection: 'newsletter-subscribers', id: subscriber.id, user: admin, overrideAccess: false })
    expect(asAdmin.email).toBe(email)
    expect(asAdmin).not.toHaveProperty('confirmTokenHash')
    await expect(
      payload.find({ collection: 'newsletter-unsubscribe-tokens', user: admin, overrideAccess: false }),
    ).rejects.toBeInstanceOf(Forbidden)
  })

  it('deleting a subscriber (erasure) removes their unsubscribe links too', async () => {
    const { email, ip } = fresh()
    const welcome = await subscribe(email, ip)
    const subscriber = (await subscriberByEmail(email))!
    await payload.delete({ collection: 'newsletter-subscribers', id: subscriber.id, overrideAccess: true })
    expect((await db.query('select count(*)::int as n from unsub_tokens where subscriber_id = $1', [subscriber.id])).rows[0].n).toBe(0)
    expect(await unsubscribe(payload, tokenOf(linkIn(welcome, '/newsletter/abmelden')))).toBe('unknown')
  })
})
