import type { ReactNode } from 'react'

import { i18n } from '@/i18n'
import type { Locale } from '@/i18n/locales'

import { LanguageSwitcher } from './LanguageSwitcher'

type Props = {
  locale: Locale
  /** The page's public path in German form, query included ("/mitgliedsvereine?land=TR"). */
  path: string
  /** The language the page's content is shown in: German when it has no translation into `locale`. */
  shown?: Locale
  /** Links beside the switcher (the page in Leichte Sprache). */
  children?: ReactNode
}

/**
 * The top of every page: the language switcher, and when the content is not
 * translated into the reader's language, a short note in that language that
 * the German text follows.
 */
export function PageLanguages({ locale, path, shown = locale, children }: Props) {
  return (
    <>
      <div className="page-languages">
        <div className="container page-languages__inner">
          {children}
          <LanguageSwitcher locale={locale} path={path} />
        </div>
      </div>
      {shown !== locale && (
        <div className="container">
          <p className="translation-note" role="note">
            {i18n(locale).t.languages.fallbackNote}
          </p>
        </div>
      )}
    </>
  )
}
