import { displayNames } from './displayNames'

/** Languages as ISO 639-1 codes, shown with their names in the reader's language (runtime ICU data). */
const CODES = (
  'ar az bg bn bs cs da de el en es fa fi fr he hi hr hu hy id it ja ka kk ko ku ky lt lv mk ml mn ' +
  'nl no pa pl ps pt ro ru sk sl so sq sr sv sw ta th ti tk tl tr uk ur uz vi yo zh am ha ig ln rw'
).split(' ')

const { nameOf, options, codes } = displayNames('language', CODES)

/** The name of a code in a reader's language (German by default, as the admin shows it). */
export const languageName = nameOf
/** Options sorted by name in a reader's language. */
export const languageOptions = options
export const LANGUAGE_OPTIONS = options('de')
export const LANGUAGE_CODES = codes
