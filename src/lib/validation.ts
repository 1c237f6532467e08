/** Checks shared by the admin's field validation and the public forms, so both say the same. */
export const EMAIL_MESSAGE = 'Bitte eine gültige E-Mail-Adresse angeben.'
export const POSTAL_CODE_MESSAGE = 'Die PLZ hat fünf Ziffern.'

export const isEmail = (value: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) && value.length <= 254
export const isPostalCode = (value: string): boolean => /^\d{5}$/.test(value)

/** An http(s) address, or the German reason why not. */
export const URL_SCHEME_MESSAGE = 'Die Adresse muss mit https:// beginnen.'

export function checkHttpUrl(value: string): true | string {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? true : URL_SCHEME_MESSAGE
  } catch {
    return 'Bitte eine vollständige Adresse angeben, z. B. https://www.essen.de'
  }
}
