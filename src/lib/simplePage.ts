import { escapeMarkup } from './escapeMarkup'

/**
 * A small, complete HTML page without the site's layout, for answers that
 * must not depend on the app rendering (form problems without script, server
 * errors, the links in migo's mails). German unless `lang` says otherwise.
 * `body` is trusted markup; put readers' text through escapeMarkup.
 * `noReferrer`: nothing the page loads or links to learns its address (which
 * may hold a secret token from a mail).
 */
export function simplePage(
  title: string,
  body: string,
  { lang = 'de', dir = 'ltr', noReferrer = false }: { lang?: string; dir?: 'ltr' | 'rtl'; noReferrer?: boolean } = {},
): string {
  return `<!doctype html>
<html lang="${escapeMarkup(lang)}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">${noReferrer ? '\n<meta name="referrer" content="no-referrer">' : ''}
<title>${escapeMarkup(title)} – Essener Verbund der Immigrantenvereine</title>
<style>body{font-family:system-ui,sans-serif;line-height:1.6;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1b1f23}a{color:#0b5a6b}h1{font-size:1.75rem}button{font:inherit;padding:.6rem 1.2rem;border:0;border-radius:4px;background:#0b5a6b;color:#fff;cursor:pointer}</style>
</head><body><main>
<h1>${escapeMarkup(title)}</h1>
${body}
</main></body></html>`
}
