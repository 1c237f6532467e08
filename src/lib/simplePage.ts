import { escapeMarkup } from './escapeMarkup'

/**
 * A small, complete HTML page without the site's layout, for answers that
 * must not depend on the app rendering (form problems without script, server
 * errors, the links in migo's mails). German unless `lang` says otherwise.
 * `body` is trusted markup; put readers' text through escapeMarkup.
 */
export function simplePage(title: string, body: string, { lang = 'de', dir = 'ltr' }: { lang?: string; dir?: 'ltr' | 'rtl' } = {}): string {
  return `<!doctype html>
<html lang="${escapeMarkup(lang)}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeMarkup(title)} – Essener Verbund der Immigrantenvereine</title>
<style>body{font-family:system-ui,sans-serif;line-height:1.6;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1b1f23}a{color:#0b5a6b}h1{font-size:1.75rem}</style>
</head><body><main>
<h1>${escapeMarkup(title)}</h1>
${body}
</main></body></html>`
}
