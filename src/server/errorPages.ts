import { simplePage } from '../lib/simplePage'

/**
 * Next renders `notFound()` and server errors in apps with several root
 * layouts (ours: the site and the admin) as an empty `__next_error__`
 * document that only script fills in (vercel/next.js#59180): readers without
 * script, crawlers, and screen readers before hydration get a blank page.
 * For public pages the front server therefore sends, with the same status,
 * the site's own not-found page (a normal route, rendered with layout and
 * menu) for a 404, and a small German page for a server error (frontServer.ts).
 */
export const NOT_FOUND_PATH = '/seite-nicht-gefunden'

export const SERVER_ERROR_PAGE = Buffer.from(
  simplePage(
    'Es ist ein Fehler aufgetreten',
    '<p>Die Seite konnte gerade nicht geladen werden. Bitte versuchen Sie es in einem Moment noch einmal.</p><p><a href="/">Zur Startseite</a></p>',
  ),
)
