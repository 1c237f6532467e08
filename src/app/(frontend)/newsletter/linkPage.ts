import { pageAnswer } from '@/forms/answer'
import { DEFAULT_MAIL_LANGUAGE, textDirection, type MailLanguage } from '@/email/i18n'
import { FORM_BODY_BYTES } from '@/lib/bodyLimits'
import { escapeMarkup } from '@/lib/escapeMarkup'

type LinkPage = { title: string; text: string; action: string; token: string; button: string; language?: MailLanguage }

/**
 * What opening a link from a mail shows: a German page with one button. Link
 * scanners of mail providers open (GET) every link of a mail, so opening does
 * nothing; the button's POST (to `action`, the token in a hidden field) acts.
 * In the reader's language (the one they chose for their mails). Never
 * cached, and the token leaves the page by no Referer (pageAnswer).
 */
export const linkPage = ({ title, text, action, token, button, language = DEFAULT_MAIL_LANGUAGE }: LinkPage): Response =>
  pageAnswer(
    200,
    title,
    `<p>${escapeMarkup(text)}</p>
<form method="post" action="${escapeMarkup(action)}">
<input type="hidden" name="token" value="${escapeMarkup(token)}">
<button type="submit">${escapeMarkup(button)}</button>
</form>`,
    { lang: language, dir: textDirection(language) },
  )

/** Link checkers ask with HEAD: answered without reading or changing anything. */
export const headAnswer = (): Response => new Response(null, { status: 204, headers: { 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' } })

/** The token a button's form sent; forms far larger than a token are no button of ours. */
export async function postedToken(request: Request): Promise<string | null> {
  if (Number(request.headers.get('content-length') ?? 0) > FORM_BODY_BYTES.mailLinkButton) return null
  try {
    const value = (await request.formData()).get('token')
    return typeof value === 'string' ? value : null
  } catch {
    return null
  }
}
