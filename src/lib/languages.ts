/** Languages as ISO 639-1 codes, shown with their German names (runtime ICU data). */
const CODES = (
  'ar az bg bn bs cs da de el en es fa fi fr he hi hr hu hy id it ja ka kk ko ku ky lt lv mk ml mn ' +
  'nl no pa pl ps pt ro ru sk sl so sq sr sv sw ta th ti tk tl tr uk ur uz vi yo zh am ha ig ln rw'
).split(' ')

const germanLanguageNames = new Intl.DisplayNames(['de'], { type: 'language' })

export const languageName = (code: string): string => germanLanguageNames.of(code) ?? code

export const LANGUAGE_OPTIONS = CODES.map((value) => ({ value, label: languageName(value) })).sort((a, b) =>
  a.label.localeCompare(b.label, 'de'),
)

export const LANGUAGE_CODES = new Set(CODES)
