import { i18n } from '@/i18n'
import type { Locale } from '@/i18n/locales'

/** First focusable element of every page: keyboard and screen-reader users jump past the menu. */
export function SkipLink({ locale }: { locale: Locale }) {
  return (
    <a className="skip-link" href="#hauptinhalt">
      {i18n(locale).t.site.skipLink}
    </a>
  )
}
