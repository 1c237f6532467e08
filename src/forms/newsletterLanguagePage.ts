/**
 * The page behind the "change language" link in every mail to a subscriber:
 * in the reader's current language, a form that posts the choice back with
 * the mail's token (src/app/(frontend)/newsletter/anmelden/sprache/route.ts).
 */
import { LANGUAGE_NAMES, MAIL_LANGUAGE_OPTIONS, mailLanguageOf, mailTexts, textDirection, type MailLanguage } from '@/email/i18n'
import { escapeMarkup } from '@/lib/escapeMarkup'
import { simplePage } from '@/lib/simplePage'

/** The token sits in the page and its address: nothing may keep the page, and no link on it may pass the address on. */
const PRIVATE_PAGE = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' }

function page(status: number, language: MailLanguage, title: string, body: string): Response {
  return new Response(simplePage(title, body, { lang: language, dir: textDirection(language) }), { status, headers: PRIVATE_PAGE })
}

/** The form: the current language preselected, each option named in itself. */
export function languageForm(action: string, token: string, stored: unknown, { status = 200, problem }: { status?: number; problem?: string } = {}): Response {
  const language = mailLanguageOf(stored)
  const texts = mailTexts(language).languagePage
  const options = MAIL_LANGUAGE_OPTIONS.map(
    (option) =>
      `<option value="${option.value}" lang="${option.value}"${option.value === language ? ' selected' : ''}>${escapeMarkup(option.label)}</option>`,
  ).join('')
  return page(
    status,
    language,
    texts.title,
    `${problem ? `<p role="alert"><strong>${escapeMarkup(problem)}</strong></p>` : ''}
<p>${escapeMarkup(texts.current(LANGUAGE_NAMES[language]))}</p>
<p>${escapeMarkup(texts.explanation)}</p>
<form method="post" action="${escapeMarkup(action)}">
<input type="hidden" name="token" value="${escapeMarkup(token)}">
<p><label for="sprache">${escapeMarkup(texts.label)}</label><br>
<select id="sprache" name="language">${options}</select></p>
<p><button type="submit">${escapeMarkup(texts.submit)}</button></p>
</form>`,
  )
}

/** After the change, in the newly chosen language. */
export function languageSaved(language: MailLanguage): Response {
  const texts = mailTexts(language).languagePage
  return page(200, language, texts.savedTitle, `<p>${escapeMarkup(texts.saved(LANGUAGE_NAMES[language]))}</p>`)
}

/** A link we do not know: we cannot tell the reader's language, so German, as on the unsubscribe page. */
export function unknownLanguageLink(): Response {
  return page(
    404,
    'de',
    'Dieser Link ist uns nicht bekannt',
    `<p>Bitte prüfen Sie, ob die Adresse vollständig aus der E-Mail übernommen wurde – manche E-Mail-Programme brechen lange Links um.</p>
<p>Klappt es trotzdem nicht, schreiben Sie uns über die <a href="/kontakt">Kontaktseite</a>: Wir stellen die Sprache dann von Hand um.</p>
<p><a href="/">Zur Startseite</a></p>`,
  )
}
