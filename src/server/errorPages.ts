import { messagesFor } from '../i18n'
import { DEFAULT_LOCALE, dirOf, localizedPath, type Locale } from '../i18n/locales'
import { escapeMarkup } from '../lib/escapeMarkup'
import { simplePage } from '../lib/simplePage'

/**
 * Next renders `notFound()` and server errors in apps with several root
 * layouts (ours: the site and the admin) as an empty `__next_error__`
 * document that only script fills in (vercel/next.js#59180): readers without
 * script, crawlers, and screen readers before hydration get a blank page.
 * For public pages the front server therefore sends, with the same status,
 * the site's own not-found page (a normal route, rendered with layout and
 * menu, in the reader's language) for a 404, and a small page in the reader's
 * language for a server error (frontServer.ts).
 */
export const NOT_FOUND_PATH = '/seite-nicht-gefunden'

const serverErrorPages = new Map<Locale, Buffer>()

/** The small page sent for a server error, in the reader's language (src/i18n/<lang>.ts, `error`). */
export function serverErrorPage(locale: Locale): Buffer {
  let page = serverErrorPages.get(locale)
  if (!page) {
    const { error, notFound } = messagesFor(locale)
    const body = `<p>${escapeMarkup(error.text)}</p><p><a href="${localizedPath('/', locale)}">${escapeMarkup(notFound.home)}</a></p>`
    serverErrorPages.set(locale, (page = Buffer.from(simplePage(error.title, body, { lang: locale, dir: dirOf(locale) }))))
  }
  return page
}

/** The German one. */
export const SERVER_ERROR_PAGE = serverErrorPage(DEFAULT_LOCALE)
