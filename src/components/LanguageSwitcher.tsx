import { i18n } from '@/i18n'
import { DEFAULT_LOCALE, dirOf, LOCALES, localizedPath, NATIVE_NAMES, type Locale } from '@/i18n/locales'

/**
 * The same page in each language, every language named in itself and marked
 * with its `lang` (screen readers pronounce it right). Plain links built on
 * the server from the page's own path: they work without script, and a switch
 * loads the page anew with its language and direction. A German-only page
 * (Leichte Sprache) names `otherLanguagesPath` for the other languages.
 */
export function LanguageSwitcher({ locale, path, otherLanguagesPath }: { locale: Locale; path: string; otherLanguagesPath?: string }) {
  return (
    <nav className="languages" aria-label={i18n(locale).t.languages.switcher}>
      <ul>
        {LOCALES.map((language) => (
          <li key={language}>
            <a
              href={localizedPath(language === DEFAULT_LOCALE || !otherLanguagesPath ? path : otherLanguagesPath, language)}
              lang={language}
              hrefLang={language}
              dir={dirOf(language)}
              aria-current={language === locale ? 'true' : undefined}
            >
              {NATIVE_NAMES[language]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
