import { germanNames } from './germanNames'

/** Languages as ISO 639-1 codes, shown with their German names (runtime ICU data). */
const CODES = (
  'ar az bg bn bs cs da de el en es fa fi fr he hi hr hu hy id it ja ka kk ko ku ky lt lv mk ml mn ' +
  'nl no pa pl ps pt ro ru sk sl so sq sr sv sw ta th ti tk tl tr uk ur uz vi yo zh am ha ig ln rw'
).split(' ')

const { nameOf, options, codes } = germanNames('language', CODES)

export const languageName = nameOf
export const LANGUAGE_OPTIONS = options
export const LANGUAGE_CODES = codes
