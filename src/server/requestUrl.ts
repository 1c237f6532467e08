/**
 * Addresses that cannot be read are refused before anything looks at them:
 * invalid or overlong percent-encoding (`%C0%AF`), encoded UTF-16 surrogates
 * (`%ED%A0%80`), NUL and other control characters. Next would answer some of
 * them with a 500 (URI malformed) and pass others on to PostgreSQL, which
 * refuses a NUL byte in text.
 */
// eslint-disable-next-line no-control-regex -- exactly the characters no address of this site contains
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/

const readable = (part: string): boolean => {
  try {
    return !CONTROL_CHARACTERS.test(decodeURIComponent(part.replace(/\+/g, ' ')))
  } catch {
    return false
  }
}

export function isReadableUrl(url: string): boolean {
  const question = url.indexOf('?')
  const path = question < 0 ? url : url.slice(0, question)
  const query = question < 0 ? '' : url.slice(question + 1)
  return readable(path) && query.split(/[&=]/).every(readable)
}

export const UNREADABLE_URL_MESSAGE = 'Die Adresse enthält Zeichen, die keine Adresse dieser Website enthält.'
