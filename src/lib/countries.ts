import { displayNames } from './displayNames'

/**
 * Countries of origin as ISO 3166-1 alpha-2 codes, shown with their names in
 * the reader's language (from the runtime's ICU data, so no list of names to maintain).
 */
const CODES = (
  'AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG CH CI CL CM ' +
  'CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR ' +
  'HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ' +
  'ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PS PT PW PY QA RO ' +
  'RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TW TZ UA UG US ' +
  'UY UZ VA VC VE VN VU WS XK YE ZA ZM ZW'
).split(' ')

const { nameOf, options, codes } = displayNames('region', CODES)

/** The name of a code in a reader's language (German by default, as the admin shows it). */
export const countryName = nameOf
/** Options sorted by name in a reader's language. */
export const countryOptions = options
export const COUNTRY_OPTIONS = options('de')
export const COUNTRY_CODES = codes
