import { getEasyLanguageLinks } from '@/content/easyLanguage'
import { i18n } from '@/i18n'
import type { Locale } from '@/i18n/locales'

import { EasyLanguageSign } from './EasyLanguageSign'
import { LanguageSwitcher } from './LanguageSwitcher'

type Props = {
  locale: Locale
  /** The page's public path in German form, query included ("/mitgliedsvereine?land=TR"). */
  path: string
  /** The language the page's content is shown in: German when it has no translation into `locale`. */
  shown?: Locale
}

/**
 * The top of every page: the language switcher; the way to the page's
 * Leichte-Sprache version (German, plain language) where there is one, and
 * back from it; and, when the content is not translated into the reader's
 * language, a short note in that language that the German text follows.
 */
export async function PageLanguages({ locale, path, shown = locale }: Props) {
  const { t } = i18n(locale)
  const pathname = path.split('?', 1)[0]
  const { easy, standard } = await getEasyLanguageLinks(pathname)
  return (
    <>
      <div className="page-languages">
        <div className="container page-languages__inner">
          {easy && (
            <a className="easy-language" href={easy} hrefLang="de">
              <EasyLanguageSign />
              <span>{t.languages.easyLanguage}</span>
            </a>
          )}
          {standard && (
            <a className="easy-language" href={i18n(locale).href(standard)}>
              {t.languages.standardLanguageLink}
            </a>
          )}
          {/* A Leichte-Sprache page is German only: the other languages lead to the page it explains. */}
          <LanguageSwitcher locale={locale} path={path} otherLanguagesPath={standard} />
        </div>
      </div>
      {shown !== locale && (
        <div className="container">
          <p className="translation-note" role="note">
            {t.languages.fallbackNote}
          </p>
        </div>
      )}
    </>
  )
}
